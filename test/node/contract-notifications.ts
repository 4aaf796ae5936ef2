/**
 * Valid requests of the notifications area's operations for test/node/contract.test.ts (one entry per operationId).
 * The operations of one scenario run at the same time: each entry acts on a notification of its own. The default
 * citizen is person-1.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../mocks/db/index.js';
import { CATEGORIES, addTestPushDevice } from '../../mocks/notifications/index.js';

type RequestSpec = {
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
};

/** The default citizen's n-th notification of the feed (not archived), or of the archive. */
const nth = (db: Db, n: number, archived = false): string =>
  db.notifications.filter((x) => x.ownerId === 'person-1' && x.archived === archived)[n]?.id ?? `notification-${n + 1}`;

export const notificationRequests: Record<string, (db: Db) => RequestSpec> = {
  listNotifications: () => ({
    query: { page: '1', pageSize: '10', unread: 'false', category: 'applications', from: '2026-01-01', q: 'заявление' },
  }),
  getNotificationSummary: () => ({}),
  getNotification: (db) => ({ path: { id: nth(db, 0) } }),
  deleteNotification: (db) => ({ path: { id: nth(db, 1) }, headers: { 'Idempotency-Key': randomUUID() } }),
  markNotificationRead: (db) => ({ path: { id: nth(db, 2) } }),
  markNotificationUnread: (db) => ({ path: { id: nth(db, 3) } }),
  archiveNotification: (db) => ({ path: { id: nth(db, 4) }, headers: { 'Idempotency-Key': randomUUID() } }),
  unarchiveNotification: (db) => ({ path: { id: nth(db, 0, true) } }),
  markAllNotificationsRead: () => ({ body: { before: '2026-11-20T09:00:00Z' } }),
  getNotificationSettings: () => ({}),
  // Channels the default citizen can use (portal, confirmed e-mail and phone); version 1 is the seeded one.
  updateNotificationSettings: () => ({
    headers: { 'Idempotency-Key': randomUUID() },
    body: {
      version: 1,
      preferences: {
        categories: CATEGORIES.map((category) => ({
          category,
          channels: category === 'news' ? ['portal'] : ['portal', 'email'],
          frequency: category === 'news' ? 'weekly' : 'instant',
        })),
        quietHours: { enabled: true, from: '23:00', to: '07:30', timeZone: 'Europe/Moscow' },
        loginAlerts: { enabled: true, channels: ['portal', 'sms'] },
      },
    },
  }),
  addPushSubscription: () => ({
    body: {
      endpoint: 'https://push.example.test/contract',
      expirationTime: null,
      keys: {
        p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
        auth: 'tBHItJI5svbpez7KI4CCXg',
      },
      label: 'Chrome, Linux',
    },
  }),
  removePushSubscription: () => ({ path: { id: addTestPushDevice('person-1') } }),
  listNotificationSubscriptions: () => ({ query: { status: 'active' } }),
  addNotificationSubscription: () => ({
    headers: { 'Idempotency-Key': randomUUID() },
    body: {
      topicId: 'mvd-traffic',
      channels: ['email', 'sms'],
      frequency: 'daily',
      from: '2026-12-01',
      until: '2027-06-01',
    },
  }),
  updateNotificationSubscription: () => ({
    path: { id: 'subscription-2' },
    body: { status: 'active', channels: ['email'], until: null },
  }),
  removeNotificationSubscription: () => ({ path: { id: 'subscription-1' } }),
};
