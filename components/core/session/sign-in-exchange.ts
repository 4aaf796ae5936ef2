/**
 * The sign-in steps that run once oidc-client-ts is loaded, so they come with it (oidc-runtime.ts re-exports them) and
 * stay out of <gu-session>'s first render: the embedded request's PKCE and state, the code exchange of an
 * authorization response, and `acceptUser` — the ID token checked (`validateUser`), the user kept in memory, signed in.
 */
import { OidcClient, User } from 'oidc-client-ts';
import type { AuthorizationRequest } from './session-context.js';
import { decodeJwtPayload, validateIdTokenClaims } from './claims.js';
import { SessionError, classifyTokenFailure, oauthErrorCode } from './errors.js';
import { randomString } from './sign-in.js';
import type { SessionUser } from './stored-user.js';
import type { UserManagerEntry } from './user-managers.js';
import type { SessionCore } from './session-core.js';

/** The authorization request (state, nonce, PKCE S256) for the embedded <gu-login>, kept in memory. */
export async function authorizationRequest(core: SessionCore, entry: UserManagerEntry): Promise<AuthorizationRequest> {
  const client = new OidcClient(entry.userManager.settings, entry.userManager.metadataService);
  const nonce = randomString(16);
  const dpop = entry.userManager.settings.dpop;
  // DPoP: bind the code to the key (dpop_jkt), as signinRedirect / signinPopup do.
  const dpopJkt = dpop?.bind_authorization_code ? await entry.userManager.generateDPoPJkt(dpop) : undefined;
  const request = await client.createSigninRequest({
    request_type: 'si:r',
    nonce,
    ...(dpopJkt ? { dpopJkt } : {}),
  });
  const url = new URL(request.url);
  const codeChallenge = url.searchParams.get('code_challenge');
  if (!codeChallenge || url.searchParams.get('code_challenge_method') !== 'S256') {
    throw new SessionError('configuration', 'The authorization request has no S256 code challenge');
  }
  return {
    url: request.url,
    clientId: core.config.clientId,
    redirectUri: core.config.redirectUri,
    scope: core.config.scope,
    state: request.state.id,
    nonce,
    codeChallenge,
    codeChallengeMethod: 'S256',
  };
}

/** Exchanges the code of an authorization response this page asked for (redirect or embedded) and signs in. */
export async function exchangeCode(core: SessionCore, entry: UserManagerEntry, url: string): Promise<void> {
  const stateId = new URL(url, location.href).searchParams.get('state');
  const stored = stateId ? await entry.stateStore.get(stateId) : null;
  if (!stateId || stored === null) {
    throw new SessionError('state', 'The authorization response does not match a request of this page');
  }
  let nonce: string | undefined;
  try {
    const parsed = JSON.parse(stored) as { nonce?: unknown };
    if (typeof parsed.nonce === 'string') nonce = parsed.nonce;
  } catch {
    // oidc-client-ts will reject the state itself.
  }
  const client = new OidcClient(entry.userManager.settings, entry.userManager.metadataService);
  let response;
  try {
    response = await client.processSigninResponse(url);
  } catch (error) {
    const code = oauthErrorCode(error);
    if (code === 'access_denied' || code === 'login_required' || code === 'interaction_required') {
      await entry.stateStore.remove(stateId);
      core.setState({ status: 'signed-out' });
      return;
    }
    throw classifyTokenFailure(error);
  }
  const user = new User({
    id_token: response.id_token,
    session_state: response.session_state,
    access_token: response.access_token,
    refresh_token: response.refresh_token,
    token_type: response.token_type,
    scope: response.scope,
    profile: response.profile,
    expires_at: response.expires_at,
    userState: response.userState,
  });
  await acceptUser(core, user, nonce);
}

/** Validates the ID token, stores the user in memory and signs in (here and in tabs still signed out). */
export async function acceptUser(core: SessionCore, user: User, nonce: string | undefined): Promise<void> {
  const entry = core.entry!;
  try {
    validateUser(core, user, nonce);
  } catch (error) {
    await entry.userManager.removeUser();
    throw error;
  }
  await entry.userManager.storeUser(user);
  core.adopt(user);
  if (core.config.shareTokens) core.sync.post({ type: 'session', user: user.toStorageString() });
}

/** Checks the ID token (iss, aud, exp, sub; the nonce of a sign-in): oidc-client-ts checks only nonce and sub. */
export function validateUser(core: SessionCore, user: SessionUser, nonce: string | undefined): void {
  if (!user.id_token) throw new SessionError('id-token', 'The token response has no ID token');
  const claims = decodeJwtPayload(user.id_token);
  validateIdTokenClaims(claims, {
    issuer: core.metadata?.issuer ?? core.config.authority,
    clientId: core.config.clientId,
    ...(nonce === undefined ? {} : { nonce }),
  });
}
