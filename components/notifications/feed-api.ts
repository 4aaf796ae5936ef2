/**
 * The feed's and the detail view's calls (contract: mocks/openapi.yaml, tag `notifications`: listNotifications,
 * getNotification, markNotificationRead, markNotificationUnread, archiveNotification, unarchiveNotification,
 * deleteNotification, markAllNotificationsRead). A notification is checked by parse.ts (the one boundary check the bell
 * shares); what is the feed's own (a page's counts, the deletion's log entry, read-all's count) with valibot. Loaded
 * with the feed's and the detail's parts, never in the element's first render.
 */
import * as v from 'valibot';
import { ApiError, pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import type { FeedFilters } from './context.js';
import { parseNotification, parseNotifications } from './parse.js';
import type { Notification, NotificationPage } from './types.js';

const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0));
const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());

/** A page around its items: the items are checked one by one (a malformed one is skipped, the rest still shows). */
const PageSchema = v.object({
  items: v.array(v.unknown()),
  total: COUNT,
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  unreadCount: COUNT,
});

/** One entry of the account's operations history (every action is logged: seed 003). */
const OperationSchema = v.object({
  id: v.string(),
  at: DATE_TIME,
  kind: v.string(),
  title: v.string(),
});

const DeletedSchema = v.object({ id: v.string(), operation: OperationSchema });
const ReadAllSchema = v.object({ updated: COUNT });

/** The log entry a deletion left in the operations history. */
export type AccountOperation = v.InferOutput<typeof OperationSchema>;

export interface FeedQuery extends FeedFilters {
  page: number;
  pageSize: number;
}

const parsePage = (data: unknown): NotificationPage => {
  const page = valibotParser(PageSchema)(data);
  const { items, skipped } = parseNotifications(page.items);
  return { ...page, items, skipped };
};

const parseOne = (data: unknown): Notification => {
  const item = parseNotification(data);
  if (!item) throw new ApiError('malformed', 'Not a notification');
  return item;
};

/** The contract's query of listNotifications for the feed's filters (empty ones left out). */
export function feedParams(filters: FeedFilters): Record<string, string | boolean | readonly string[] | undefined> {
  const q = filters.q.trim().slice(0, 200);
  return {
    unread: filters.unreadOnly ? true : undefined,
    category: filters.categories.length ? filters.categories : undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    q: q || undefined,
    archived: filters.archived ? true : undefined,
  };
}

/** One page of the feed (or the archive) that matches the filters, in the feed's order. */
export function listNotifications(
  client: ApiClient,
  query: FeedQuery,
  signal?: AbortSignal,
): Promise<NotificationPage> {
  return client.get('notifications', {
    signal,
    query: { ...feedParams(query), page: query.page, pageSize: query.pageSize },
    parse: parsePage,
  });
}

/** One notification (archived ones too). */
export function getNotification(client: ApiClient, id: string, signal?: AbortSignal): Promise<Notification> {
  return client.get(`notifications/${pathSegment(id)}`, { signal, parse: parseOne });
}

/** What can be done to one notification: each answers the notification as it is now. */
export type NotificationAction = 'read' | 'unread' | 'archive' | 'unarchive';

export function changeNotification(
  client: ApiClient,
  id: string,
  action: NotificationAction,
  signal?: AbortSignal,
): Promise<Notification> {
  return client.post(`notifications/${pathSegment(id)}/${action}`, undefined, { signal, parse: parseOne });
}

/** Deletes one for good; the answer is the entry the deletion left in the operations history. */
export async function deleteNotification(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<AccountOperation> {
  const answer = await client.request({
    method: 'DELETE',
    path: `notifications/${pathSegment(id)}`,
    signal,
    parse: valibotParser(DeletedSchema),
  });
  return answer.operation;
}

/** Marks read every unread notification created up to `before` (the newest the citizen saw); answers how many. */
export async function markAllRead(
  client: ApiClient,
  before: string | undefined,
  signal?: AbortSignal,
): Promise<number> {
  const answer = await client.post('notifications/read-all', before ? { before } : {}, {
    signal,
    parse: valibotParser(ReadAllSchema),
  });
  return answer.updated;
}
