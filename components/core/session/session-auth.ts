import type { ApiAuth, ApiAuthHooks } from '../api/index.js';
import { bearerHeaders } from '../api/bearer.js';
import type { Session } from './session-context.js';

/**
 * Token access for an API client that a widget creates once: every call follows the session's CURRENT snapshot
 * (a new snapshot after sign-in or renewal needs no new client) and keeps all of its hooks — renewal after a 401,
 * the end-of-session signal, and DPoP-bound `authorize` headers.
 */
export function followSessionAuth(current: () => Session | undefined): ApiAuth & ApiAuthHooks {
  return {
    getAccessToken: () => current()?.apiAuth.getAccessToken() ?? null,
    renewAccessToken: async () => (await current()?.apiAuth.renewAccessToken?.()) ?? null,
    onUnauthorized: () => current()?.apiAuth.onUnauthorized?.(),
    authorize: (request) => {
      const auth = current()?.apiAuth;
      return auth?.authorize ? auth.authorize(request) : bearerHeaders(request.accessToken);
    },
  };
}
