/**
 * DPoP (RFC 9449, requirement 8): when the provider's discovery document advertises ES256 in
 * `dpop_signing_alg_values_supported`, the UserManager gets `dpop: { bind_authorization_code: true, store: new
 * IndexedDbDPoPStore() }` — a non-extractable P-256 key pair in IndexedDB (`oidc`/`dpop`, the one thing the session
 * keeps there), proofs on every token request, `dpop_jkt` on the authorization request — and API requests carry
 * `Authorization: DPoP <token>` plus a fresh `DPoP` proof (htm, htu, ath, the resource's nonce). This module imports
 * oidc-client-ts and is loaded on demand with it (oidc-runtime.ts); what the session needs at start is in dpop-support.ts.
 */
import { IndexedDbDPoPStore, User, type UserManager } from 'oidc-client-ts';
import type { AuthorizeRequest } from '../api/request.js';
import { bearerHeaders } from '../api/bearer.js';
import { SessionError } from './errors.js';
import { isDpopTokenType, proofTargetUri } from './dpop-support.js';

export { providerSupportsDpop, isDpopTokenType, proofTargetUri } from './dpop-support.js';

/** The UserManager's DPoP settings. */
export interface DpopSettings {
  bind_authorization_code: boolean;
  store: IndexedDbDPoPStore;
}

/** The UserManager's `dpop` setting: the authorization code bound to the key, the key pair in IndexedDB. */
export function dpopSettings(): DpopSettings {
  return { bind_authorization_code: true, store: new IndexedDbDPoPStore() };
}

/**
 * The authorization headers of one API request: `DPoP <token>` + a fresh proof when DPoP is on and the token is
 * DPoP-bound, else `Bearer <token>`.
 */
export async function authorizationHeaders(
  userManager: UserManager | undefined,
  dpop: boolean,
  user: User | null,
  request: AuthorizeRequest,
): Promise<Record<string, string>> {
  const bound = dpop && userManager !== undefined && (user ? isDpopTokenType(user.token_type) : true);
  if (!bound) return bearerHeaders(request.accessToken);
  // The proof's `ath` is the hash of the token of this attempt (it may be newer or older than the session's user).
  const tokenUser =
    user && user.access_token === request.accessToken
      ? user
      : new User({
          access_token: request.accessToken,
          token_type: 'DPoP',
          profile: { sub: '', iss: '', aud: '', exp: 0, iat: 0 },
        });
  const proof = await userManager.dpopProof(
    proofTargetUri(request.url),
    tokenUser,
    request.method.toUpperCase(),
    request.nonce,
  );
  if (!proof) throw new SessionError('token', 'No DPoP key for the DPoP-bound access token');
  return { Authorization: `DPoP ${request.accessToken}`, DPoP: proof };
}
