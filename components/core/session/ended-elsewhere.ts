/**
 * A session ended from elsewhere (issue 16): the citizen pressed «Завершить все другие сеансы» (or «Завершить» on
 * this one) on another device, or changed the password there and ended the other sessions. The server says so with
 * the live event `sessions-ended` {sessionIds, reason}; a page whose session (`sid` of its ID token) is listed signs
 * out with the reason said in the notice, and tells the other tabs of this session through the tab sync (tabs of
 * other sessions of this browser stay signed in).
 *
 * Loaded with dynamic `import()` after sign-in (session-element.ts), so the session's first render does not grow; it
 * shares the page's one live connection (core/api live-updates) with the widgets.
 */
import { createApiClient } from '../api/request.js';
import type { ApiAuth, ApiAuthHooks } from '../api/request.js';
import { subscribeLiveUpdates } from '../api/live-updates.js';
import { sessionIdOf } from './claims.js';
import type { SignedOutReason } from './session-context.js';
import type { SessionCore } from './session-core.js';

/** The `sessions-ended` payload, checked (the stream's data is untrusted). */
export function endedSessions(data: unknown): { sessionIds: string[]; reason: SignedOutReason } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { sessionIds, reason } = data as { sessionIds?: unknown; reason?: unknown };
  if (!Array.isArray(sessionIds) || !sessionIds.every((id) => typeof id === 'string')) return undefined;
  return { sessionIds, reason: reason === 'password-changed' ? 'password-changed' : 'ended-elsewhere' };
}

/**
 * Ends this tab's session (and tells its other tabs) when `sessionIds` lists it; returns whether it did. The tokens
 * are dead at the server already: nothing to revoke.
 */
export async function endIfListed(
  core: SessionCore,
  sessionIds: readonly string[],
  reason: SignedOutReason,
): Promise<boolean> {
  const sid = sessionIdOf(core.user);
  if (!sid || !sessionIds.includes(sid)) return false;
  core.sync.post({ type: 'signed-out', reason, sessionId: sid });
  await core.endLocally(reason, false);
  return true;
}

/** Follows the live event `sessions-ended` for a signed-in core; returns the function that stops following. */
export function watchSessionsEnded(core: SessionCore, apiBase: string, auth: ApiAuth & ApiAuthHooks): () => void {
  const client = createApiClient({ baseUrl: apiBase, auth });
  return subscribeLiveUpdates({
    client,
    baseUrl: apiBase,
    onEvent: ({ type, data }) => {
      if (type !== 'sessions-ended') return;
      const ended = endedSessions(data);
      if (ended) void endIfListed(core, ended.sessionIds, ended.reason);
    },
  });
}
