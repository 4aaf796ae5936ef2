/**
 * The notifications mock's state beside the database's feed (`db.notifications`): per database object (so
 * `resetDb()` / `setScenario()` start afresh) the settings of each citizen with their version, the push devices, the
 * subscriptions to agencies' mailings and the operations history (every deletion and settings save is logged).
 * Also the feed's order, its unread count and the `notifications-changed` live event every change emits.
 */
import { getDb } from '../db/index.js';
import { publishLiveEvent } from '../db/live-events.js';
import type { Db, NotificationRecord } from '../db/index.js';
import type { components } from '../generated/api-types.js';

type Schemas = components['schemas'];
export type Notification = Schemas['Notification'];
export type NotificationPreferences = Schemas['NotificationPreferences'];
export type PushDevice = Schemas['PushDevice'];
export type NotificationSubscription = Schemas['NotificationSubscription'];
export type AccountOperation = Schemas['AccountOperation'];
export type NotificationsChange = Schemas['NotificationsChangedEvent']['change'];

export interface SettingsRecord {
  version: number;
  preferences: NotificationPreferences;
  updatedAt: string;
}
export interface PushDeviceRecord extends PushDevice {
  ownerId: string;
  endpoint: string;
}
export type SubscriptionRecord = NotificationSubscription & { ownerId: string };
export type OperationRecord = AccountOperation & { ownerId: string };

interface State {
  settings: Map<string, SettingsRecord>;
  devices: PushDeviceRecord[];
  subscriptions: SubscriptionRecord[] | undefined;
  operations: OperationRecord[];
  nextId: number;
}

const states = new WeakMap<Db, State>();

/** The state of the current database (made on first use). */
export function stateOf(db: Db = getDb()): State {
  let state = states.get(db);
  if (!state) {
    state = { settings: new Map(), devices: [], subscriptions: undefined, operations: [], nextId: 1 };
    states.set(db, state);
  }
  return state;
}

/** An id unique in this database's notifications state. */
export const newId = (prefix: string): string => `${prefix}-n${stateOf().nextId++}`;

/** A notification as the contract has it (the owner left out). */
export function notificationOf(record: NotificationRecord): Notification {
  const { ownerId: _owner, ...notification } = record;
  return notification;
}

/** The feed's order: unread security alerts first (newest first among them), then newest first. */
export function feedOrder(a: NotificationRecord, b: NotificationRecord): number {
  const alertA = a.category === 'security' && !a.read ? 0 : 1;
  const alertB = b.category === 'security' && !b.read ? 0 : 1;
  return alertA - alertB || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

/** A person's notifications (the feed and the archive), in the database's order. */
export function notificationsOf(ownerId: string): NotificationRecord[] {
  return getDb().notifications.filter((n) => n.ownerId === ownerId);
}

/** Unread notifications of a person's feed (not archived). */
export function unreadCountOf(ownerId: string): number {
  let count = 0;
  for (const n of getDb().notifications) if (n.ownerId === ownerId && !n.read && !n.archived) count += 1;
  return count;
}

/** The feed's first five and the unread count: what the bell shows. */
export function summaryOf(ownerId: string): Schemas['NotificationSummary'] {
  const feed = notificationsOf(ownerId).filter((n) => !n.archived);
  feed.sort(feedOrder);
  return { unreadCount: unreadCountOf(ownerId), latest: feed.slice(0, 5).map(notificationOf) };
}

/** Tells the person's open streams (the bell, the feed, other tabs and devices) what changed. */
export function emitChange(ownerId: string, change: NotificationsChange, ids: string[]): void {
  publishLiveEvent(ownerId, 'notifications-changed', { change, ids, unreadCount: unreadCountOf(ownerId) });
}

/** Logs an entry in the person's operations history and returns it (contract shape). */
export function logOperation(ownerId: string, kind: AccountOperation['kind'], title: string): AccountOperation {
  const record: OperationRecord = { id: newId('operation'), ownerId, at: new Date().toISOString(), kind, title };
  stateOf().operations.push(record);
  const { ownerId: _owner, ...operation } = record;
  return operation;
}

/** A person's operations history, oldest first (tests). */
export function operationsOf(ownerId: string): AccountOperation[] {
  return stateOf()
    .operations.filter((o) => o.ownerId === ownerId)
    .map(({ ownerId: _owner, ...operation }) => operation);
}
