/**
 * The boundary check of a notification from the server (lists, the summary, live events): small and hand-written,
 * because the bell's first render carries it. A malformed item is `undefined`: the caller skips it and says so.
 */
import {
  NOTIFICATION_CATEGORIES,
  type Notification,
  type NotificationLink,
  type NotificationsChange,
} from './types.js';

const LINK_KINDS = new Set([
  'application',
  'charge',
  'payment',
  'security',
  'document',
  'appointment',
  'message',
  'page',
]);
const CHANGES = new Set(['read', 'unread', 'read-all', 'archived', 'unarchived', 'deleted']);
const CATEGORIES = new Set<string>(NOTIFICATION_CATEGORIES);

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function parseLink(raw: unknown): NotificationLink | undefined | false {
  if (raw === undefined) return undefined;
  if (!isObject(raw) || !LINK_KINDS.has(raw['kind'] as string) || !isText(raw['href'])) return false;
  if (raw['id'] !== undefined && !isText(raw['id'])) return false;
  return {
    kind: raw['kind'] as NotificationLink['kind'],
    href: raw['href'],
    ...(isText(raw['id']) ? { id: raw['id'] } : {}),
  };
}

/** A notification as the contract defines it, or `undefined` when it is not one. Text stays text (never markup). */
export function parseNotification(raw: unknown): Notification | undefined {
  if (!isObject(raw)) return undefined;
  const { id, category, title, body, sender, createdAt, read, archived } = raw;
  if (!isText(id) || !id || !CATEGORIES.has(category as string) || !isText(title) || !isText(body)) return undefined;
  if (!isText(sender) || !isText(createdAt) || Number.isNaN(Date.parse(createdAt))) return undefined;
  if (typeof read !== 'boolean' || typeof archived !== 'boolean') return undefined;
  const link = parseLink(raw['link']);
  if (link === false) return undefined;
  return {
    id,
    category: category as Notification['category'],
    title,
    body,
    sender,
    createdAt,
    read,
    archived,
    ...(link ? { link } : {}),
  };
}

/** The notifications of a list that are well formed, and how many were not. */
export function parseNotifications(raw: unknown): { items: Notification[]; skipped: number } {
  const list = Array.isArray(raw) ? raw : [];
  const items: Notification[] = [];
  for (const entry of list) {
    const item = parseNotification(entry);
    if (item) items.push(item);
  }
  return { items, skipped: list.length - items.length };
}

/** A `notifications-changed` event (or a message of another tab), or `undefined`. */
export function parseChange(raw: unknown): NotificationsChange | undefined {
  if (!isObject(raw) || !CHANGES.has(raw['change'] as string) || !isCount(raw['unreadCount'])) return undefined;
  const ids = raw['ids'];
  if (!Array.isArray(ids) || !ids.every(isText)) return undefined;
  return { change: raw['change'] as NotificationsChange['change'], ids, unreadCount: raw['unreadCount'] };
}

/** The count, if the answer has one. */
export function parseCount(raw: unknown): number | undefined {
  return isCount(raw) ? raw : undefined;
}

/** The feed's order: unread security alerts first, then newest first. */
export function feedOrder(a: Notification, b: Notification): number {
  const alertA = a.category === 'security' && !a.read ? 0 : 1;
  const alertB = b.category === 'security' && !b.read ? 0 : 1;
  return alertA - alertB || b.createdAt.localeCompare(a.createdAt);
}
