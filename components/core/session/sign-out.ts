/**
 * How a session core's session ends: the citizen's own «Выйти» (`signOut`: revocation, RP-initiated logout without
 * the ID token), the idle timeout (`expire`), and every other end in this tab (`endLocally`: another tab, the provider,
 * the API) — `gu-session-ending` first, then the tokens out of memory, then the state.
 */
import type { SignedOutReason } from './session-context.js';
import { GuSessionEndingEvent } from './events.js';
import { sessionDrafts } from './drafts.js';
import { storeUser } from './oidc-loader.js';
import type { UserManagerEntry } from './user-managers.js';
import type { SessionCore } from './session-core.js';

/** How the session leaves the page for the provider's end-session endpoint (tests replace `assign`). */
export const sessionNavigation = {
  assign(url: string): void {
    location.assign(url);
  },
};

/** Signs out: revokes the tokens, ends the provider session when it can, and signs out every tab. */
export async function signOut(core: SessionCore): Promise<void> {
  const user = core.user;
  sessionDrafts.clear(); // the citizen's own «Выйти»: nothing typed is kept
  core.sync.post({ type: 'signed-out', reason: 'user' });
  core.user = null;
  core.renewal.stop();
  core.setState({ status: 'signed-out', reason: 'user' });
  if (!core.metadata || !user) return;
  const endSession = core.metadata.end_session_endpoint;
  const postLogout = core.config.postLogoutRedirectUri;
  // Revocation goes through oidc-client-ts, which reads the user from its in-memory store.
  let entry = core.entry;
  try {
    entry ??= (await core.loadOidc()).entry;
    await storeUser(entry, user);
  } catch {
    entry = undefined; // the library could not be loaded: the tokens are out of memory already
  }
  if (entry) {
    await revoke(core, entry); // access and refresh tokens
    await entry.userManager.removeUser(); // with DPoP, also the key pair
  }
  if (endSession && postLogout) {
    // RP-initiated logout with client_id + post_logout_redirect_uri and WITHOUT id_token_hint (OIDC RP-Initiated
    // Logout 1.0 §2 allows it): the ID token names the citizen, and a URL ends up in the browser's history, in
    // Referer headers and in the provider's logs. (oidc-client-ts's signoutRedirect always adds the hint.)
    const logout = new URL(endSession);
    logout.searchParams.set('client_id', core.config.clientId);
    logout.searchParams.set('post_logout_redirect_uri', postLogout);
    sessionNavigation.assign(logout.href);
  }
}

/** The idle timeout elapsed: widgets keep drafts, tokens are revoked and removed, every tab is told. */
export async function expire(core: SessionCore): Promise<void> {
  if (core.state.status !== 'signed-in' && core.state.status !== 'expiring') return;
  core.sync.post({ type: 'signed-out', reason: 'idle-timeout' });
  await endLocally(core, 'idle-timeout', true);
}

async function revoke(core: SessionCore, entry: UserManagerEntry): Promise<void> {
  if (!core.metadata?.revocation_endpoint) return;
  try {
    await entry.userManager.revokeTokens(['access_token', 'refresh_token']);
  } catch {
    // Best effort: the provider's own idle and absolute timeouts still apply.
  }
}

/** Ends the session in this tab: `gu-session-ending` first, then tokens out of memory, then the state. */
export async function endLocally(core: SessionCore, reason: SignedOutReason, revokeTokens: boolean): Promise<void> {
  if (core.state.status === 'signed-out' || core.state.status === 'expired') return;
  window.dispatchEvent(new GuSessionEndingEvent({ reason }));
  core.renewal.stop();
  const user = core.user;
  core.user = null;
  core.setState(reason === 'idle-timeout' ? { status: 'expired', reason } : { status: 'signed-out', reason });
  if (!user || !core.metadata) return;
  let entry = core.entry;
  if (!entry) {
    // No UserManager so far, nothing to revoke nor a DPoP key to delete: the tokens were only in core.user.
    if (!revokeTokens && !core.dpop) return;
    try {
      ({ entry } = await core.loadOidc());
    } catch {
      return; // best effort, as revocation: the provider's own timeouts still apply
    }
  }
  if (revokeTokens) {
    await storeUser(entry, user); // revokeTokens reads the user from the UserManager's in-memory store
    await revoke(core, entry);
  }
  await entry.userManager.removeUser(); // with DPoP, also the key pair
}
