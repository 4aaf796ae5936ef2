/**
 * The mock backend of <gu-notifications> and <gu-notification-bell> (issue 15): the feed (feed.ts), its state beside
 * the database (store.ts), and the test helper `pushNotification` that stories and browser tests use to make a new
 * notification arrive (through the one producer, addNotification, so the `notification` live event carries it).
 */
import type { RequestHandler } from 'msw';
import { addNotification, type NotificationInput } from '../db/index.js';
import { feedHandlers } from './feed.js';
import { settingsHandlers } from './settings.js';
import { subscriptionHandlers } from './subscriptions.js';
import { notificationOf, type Notification } from './store.js';

export { CATEGORIES } from './feed.js';
export { VAPID_PUBLIC_KEY, addTestPushDevice, settingsOf } from './settings.js';
export { TOPICS } from './subscriptions.js';
export { BURST_DELAY_MS, BURST_SIZE, burst } from './scenarios.js';
export { feedOrder, operationsOf, summaryOf, unreadCountOf } from './store.js';

/** Every handler of the notifications area. */
export const notificationHandlers: RequestHandler[] = [...feedHandlers, ...settingsHandlers, ...subscriptionHandlers];

/**
 * Test helper: a new notification for `ownerId` (default citizen: 'person-1'), arriving as the backend would make it
 * — at the head of the feed, unread, with the `notification` live event. Unset fields get plain defaults.
 */
export function pushNotification(ownerId: string, partial: Partial<NotificationInput> = {}): Notification {
  return notificationOf(
    addNotification(ownerId, {
      category: 'news',
      title: 'Новое уведомление',
      body: 'Текст уведомления.',
      sender: 'Госуслуги',
      ...partial,
    }),
  );
}
