/**
 * The page's notifications store for a widget that reads the session: an API client that follows the session (its
 * token, its renewal) and notificationsStore() (store.ts: one per page, API base and citizen — one summary request
 * however many bells, feeds and latest lists the page has). Loaded lazily by <gu-notification-bell> (with its popover,
 * bell-store.ts) and <gu-notifications-latest>: neither carries the API client in its first render.
 */
import { createApiClient } from '../core/api/request.js';
import { followSessionAuth } from '../core/session/session-auth.js';
import type { Session } from '../core/session/session-context.js';
import { notificationsStore, type NotificationsStore } from './store.js';

/** The page's store for this base and citizen (one per page, whichever widget asked first). */
export function pageStore(options: {
  baseUrl: string;
  citizenId: string | undefined;
  session: () => Session | undefined;
  locale: () => string;
}): NotificationsStore {
  const { baseUrl, citizenId, session, locale } = options;
  const client = createApiClient({ baseUrl, auth: followSessionAuth(session), locale });
  return notificationsStore({ client, baseUrl, citizenId });
}
