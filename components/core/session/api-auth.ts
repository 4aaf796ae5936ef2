/**
 * The session token's way to core/api (docs/widget-anatomy.md draws the whole path): `Session.apiAuth`, the token
 * source <gu-session> puts in every snapshot. A widget's API client follows it (`followSessionAuth`), core/api asks
 * it for the token of each request, for the request's authorization headers, and for one renewal after a 401 — and
 * all of these lead to the session core: its renewal (renewal.ts, the one guarded place) and its DPoP key.
 */
import type { User } from 'oidc-client-ts';
import type { ApiAuth, ApiAuthHooks, AuthorizeRequest } from '../api/request.js';
import { bearerHeaders } from '../api/bearer.js';
import { isDpopTokenType } from './dpop-support.js';
import type { SessionCore } from './session-core.js';

/**
 * The authorization headers of one API request (core/api's `authorize` hook): `Authorization: DPoP <token>` and a
 * fresh `DPoP` proof (htm, htu, ath, the resource's nonce) for a DPoP-bound token; else `Authorization: Bearer`.
 */
export async function authorize(core: SessionCore, request: AuthorizeRequest): Promise<Record<string, string>> {
  // Bearer without oidc-client-ts; a DPoP proof needs it (the key and the signing are its).
  if (!core.dpop || (core.user && !isDpopTokenType(core.user.token_type))) return bearerHeaders(request.accessToken);
  const { runtime, entry } = await core.loadOidc();
  return runtime.authorizationHeaders(entry.userManager, core.dpop, core.user as User | null, request);
}

/** `Session.apiAuth` of a <gu-session>: its current core's tokens (none while it is not connected). */
export function sessionApiAuth(current: () => SessionCore | undefined): ApiAuth & ApiAuthHooks {
  return {
    getAccessToken: () => current()?.renewal.accessToken() ?? Promise.resolve(null),
    renewAccessToken: () => current()?.renewal.afterUnauthorized() ?? Promise.resolve(null),
    onUnauthorized: () => void current()?.renewal.refused(),
    // Bearer, or DPoP + a proof when the session's tokens are DPoP-bound (requirement 8).
    authorize: (request) => {
      const core = current();
      return core ? authorize(core, request) : Promise.resolve(bearerHeaders(request.accessToken));
    },
  };
}
