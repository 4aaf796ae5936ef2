/**
 * The feed's operations: list (filters, search, archive, the feed's order), summary (the bell), one notification,
 * read / unread / archive / unarchive / delete (logged) / read-all. Every change emits `notifications-changed`
 * (store.ts emitChange) so the bell, the feed and the other tabs follow.
 */
import type { RequestHandler } from 'msw';
import { getDb } from '../db/index.js';
import type { NotificationCategory, NotificationRecord } from '../db/index.js';
import { citizenOf, enumValues, http, idempotent, localeOf, pageOf, paging } from '../handlers/support.js';
import { fail, isDate, isDateTime, isObject, jsonBody, unknownFields, type FieldError } from './replies.js';
import {
  emitChange,
  feedOrder,
  logOperation,
  notificationOf,
  notificationsOf,
  summaryOf,
  unreadCountOf,
  type NotificationsChange,
} from './store.js';

export const CATEGORIES: readonly NotificationCategory[] = [
  'applications',
  'charges',
  'payment-due',
  'payments',
  'documents',
  'security',
  'appointments',
  'messages',
  'news',
];

const MOSCOW_OFFSET_MS = 3 * 3600_000;
/** The day of a moment in Moscow time (the feed's periods are Moscow days). */
const moscowDay = (iso: string): string => new Date(Date.parse(iso) + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
/** Lower case, ё = е: how search compares. */
const fold = (value: string): string => value.toLowerCase().replaceAll('ё', 'е');

const booleanParam = (url: URL, name: string, errors: FieldError[]): boolean | undefined => {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  if (raw !== 'true' && raw !== 'false') errors.push({ field: name, code: 'invalid' });
  return raw === 'true';
};

/** One of the person's notifications by id (the feed or the archive). */
const find = (ownerId: string, id: string): NotificationRecord | undefined =>
  getDb().notifications.find((n) => n.id === id && n.ownerId === ownerId);

/**
 * A state change of one notification (read, unread, archive, unarchive): 404 when it is not the person's; the
 * change is emitted only when something changed; an Idempotency-Key replays the first answer.
 */
function change(
  path:
    | '/notifications/{id}/read'
    | '/notifications/{id}/unread'
    | '/notifications/{id}/archive'
    | '/notifications/{id}/unarchive',
  kind: NotificationsChange,
  apply: (notification: NotificationRecord) => boolean,
): RequestHandler {
  return http.post(path, async ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const answer = await idempotent(request, { required: false, fingerprint: `${kind}:${params.id}` }, async () => {
      const notification = find(ownerId, params.id);
      if (!notification) return fail(request, 404, 'notification-not-found');
      if (apply(notification)) emitChange(ownerId, kind, [notification.id]);
      return { status: 200, body: notificationOf(notification) };
    });
    return response.untyped(answer);
  });
}

/** Handlers of the feed (summary and read-all before `{id}`). */
export const feedHandlers: RequestHandler[] = [
  http.get('/notifications', ({ request, response }) => {
    const url = new URL(request.url);
    const ownerId = citizenOf(request).id;
    const paged = paging(url);
    const categories = enumValues(url, 'category', CATEGORIES);
    const errors: FieldError[] = [
      ...('errors' in paged ? paged.errors : []),
      ...('errors' in categories ? categories.errors : []),
    ];
    const unread = booleanParam(url, 'unread', errors);
    const archived = booleanParam(url, 'archived', errors) ?? false;
    const from = url.searchParams.get('from') || undefined;
    const to = url.searchParams.get('to') || undefined;
    if (from !== undefined && !isDate(from)) errors.push({ field: 'from', code: 'invalid' });
    if (to !== undefined && !isDate(to)) errors.push({ field: 'to', code: 'invalid' });
    const q = url.searchParams.get('q') ?? '';
    if (q.length > 200) errors.push({ field: 'q', code: 'invalid' });
    if (errors.length > 0 || 'errors' in paged || 'errors' in categories)
      return response.untyped(fail(request, 400, 'validation-failed', errors));

    const wanted = new Set(categories.values);
    const words = fold(q).split(/\s+/).filter(Boolean);
    const own = notificationsOf(ownerId);
    const filtered = own.filter((n) => {
      if (n.archived !== archived) return false;
      if (unread !== undefined && n.read === unread) return false;
      if (wanted.size > 0 && !wanted.has(n.category)) return false;
      if (from !== undefined || to !== undefined) {
        const day = moscowDay(n.createdAt);
        if ((from !== undefined && day < from) || (to !== undefined && day > to)) return false;
      }
      if (words.length > 0) {
        const haystack = fold(`${n.title}\n${n.body}`);
        if (!words.every((word) => haystack.includes(word))) return false;
      }
      return true;
    });
    filtered.sort(feedOrder);
    return response(200).json({
      items: pageOf(filtered, paged.page, paged.pageSize).map(notificationOf),
      total: filtered.length,
      page: paged.page,
      pageSize: paged.pageSize,
      unreadCount: unreadCountOf(ownerId),
    });
  }),

  http.get('/notifications/summary', ({ request, response }) => response(200).json(summaryOf(citizenOf(request).id))),

  http.post('/notifications/read-all', async ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    const body = await jsonBody(request);
    const fields: FieldError[] = [];
    if (body !== undefined) {
      if (!isObject(body)) fields.push({ field: 'body', code: 'invalid' });
      else {
        fields.push(...unknownFields(body, ['before']));
        if (body['before'] !== undefined && !isDateTime(body['before']))
          fields.push({ field: 'before', code: 'invalid' });
      }
    }
    if (fields.length > 0) return response.untyped(fail(request, 400, 'validation-failed', fields));
    const before = isObject(body) && typeof body['before'] === 'string' ? Date.parse(body['before']) : Infinity;
    const answer = await idempotent(
      request,
      { required: false, fingerprint: `read-all:${String(before)}` },
      async () => {
        let updated = 0;
        for (const n of getDb().notifications) {
          if (n.ownerId !== ownerId || n.read || n.archived || Date.parse(n.createdAt) > before) continue;
          n.read = true;
          updated += 1;
        }
        if (updated > 0) emitChange(ownerId, 'read-all', []);
        return { status: 200, body: { updated } };
      },
    );
    return response.untyped(answer);
  }),

  http.get('/notifications/{id}', ({ request, params, response }) => {
    const notification = find(citizenOf(request).id, params.id);
    if (!notification) return response.untyped(fail(request, 404, 'notification-not-found'));
    return response(200).json(notificationOf(notification));
  }),

  http.delete('/notifications/{id}', async ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const answer = await idempotent(request, { required: false, fingerprint: `delete:${params.id}` }, async () => {
      const notifications = getDb().notifications;
      const index = notifications.findIndex((n) => n.id === params.id && n.ownerId === ownerId);
      if (index < 0) return fail(request, 404, 'notification-not-found');
      const [removed] = notifications.splice(index, 1);
      const title =
        localeOf(request) === 'en'
          ? `Notification deleted: “${removed!.title}”`
          : `Удалено уведомление «${removed!.title}»`;
      const operation = logOperation(ownerId, 'notification-deleted', title);
      emitChange(ownerId, 'deleted', [removed!.id]);
      return { status: 200, body: { id: removed!.id, operation } };
    });
    return response.untyped(answer);
  }),

  change('/notifications/{id}/read', 'read', (n) => {
    if (n.read) return false;
    n.read = true;
    return true;
  }),
  change('/notifications/{id}/unread', 'unread', (n) => {
    if (!n.read) return false;
    n.read = false;
    return true;
  }),
  change('/notifications/{id}/archive', 'archived', (n) => {
    if (n.archived) return false;
    n.archived = true;
    n.read = true;
    return true;
  }),
  change('/notifications/{id}/unarchive', 'unarchived', (n) => {
    if (!n.archived) return false;
    n.archived = false;
    return true;
  }),
];
