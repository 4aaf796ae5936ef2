/** GET /notifications, POST /notifications/{id}/read, POST /notifications/read-all. */
import { getDb } from '../db/index.js';
import type { NotificationCategory, NotificationRecord } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, enumValues, errorResponse, http, pageOf, paging } from './support.js';

const CATEGORIES: readonly NotificationCategory[] = ['applications', 'payments', 'security', 'news'];

function notificationOf(record: NotificationRecord): components['schemas']['Notification'] {
  const { ownerId: _owner, ...notification } = record;
  return notification;
}

/** Handlers of the notification feed. */
export const notificationHandlers = [
  http.get('/notifications', ({ request, response }) => {
    const url = new URL(request.url);
    const ownerId = citizenOf(request).id;
    const paged = paging(url);
    const categories = enumValues(url, 'category', CATEGORIES);
    const unread = url.searchParams.get('unread');
    if ('errors' in paged || 'errors' in categories || (unread !== null && unread !== 'true' && unread !== 'false')) {
      const fields = [...('errors' in paged ? paged.errors : []), ...('errors' in categories ? categories.errors : [])];
      if (unread !== null && unread !== 'true' && unread !== 'false') fields.push({ field: 'unread', code: 'invalid' });
      return response.untyped(errorResponse(request, 400, 'validation-failed', { fields }));
    }
    const wanted = new Set(categories.values);
    const own = getDb().notifications.filter((n) => n.ownerId === ownerId);
    const filtered = own.filter(
      (n) => (wanted.size === 0 || wanted.has(n.category)) && (unread === null || n.read === (unread === 'false')),
    );
    return response(200).json({
      items: pageOf(filtered, paged.page, paged.pageSize).map(notificationOf),
      total: filtered.length,
      page: paged.page,
      pageSize: paged.pageSize,
      unreadCount: own.filter((n) => !n.read).length,
    });
  }),

  http.post('/notifications/{id}/read', ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const notification = getDb().notifications.find((n) => n.id === params.id && n.ownerId === ownerId);
    if (!notification) return response.untyped(errorResponse(request, 404, 'not-found'));
    notification.read = true;
    return response(200).json(notificationOf(notification));
  }),

  http.post('/notifications/read-all', ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    let updated = 0;
    for (const notification of getDb().notifications) {
      if (notification.ownerId === ownerId && !notification.read) {
        notification.read = true;
        updated += 1;
      }
    }
    return response(200).json({ updated });
  }),
];
