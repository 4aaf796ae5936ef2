/**
 * The bell's data: the page's notifications store (store.ts: the summary, live updates, other tabs) with an API
 * client that follows the session, and the popover's content — a chunk the bell starts loading as soon as it is attached and signed in. Its
 * first render is the button alone («Уведомления»); the count follows with the summary, which needs this chunk anyway.
 */
import { createApiClient } from '../core/api/request.js';
import { followSessionAuth } from '../core/session/session-auth.js';
import type { Session } from '../core/session/session-context.js';
import { notificationsStore, type NotificationsStore } from './store.js';
// The popover's content comes with the data: the count and the list are there together, nothing to wait for on open.
import './bell-popover.js';

/** The page's store for this base and citizen (one per page, whichever widget asked first). */
export function bellStore(options: {
  baseUrl: string;
  citizenId: string | undefined;
  session: () => Session | undefined;
  locale: () => string;
}): NotificationsStore {
  const { baseUrl, citizenId, session, locale } = options;
  const client = createApiClient({ baseUrl, auth: followSessionAuth(session), locale });
  return notificationsStore({ client, baseUrl, citizenId });
}
