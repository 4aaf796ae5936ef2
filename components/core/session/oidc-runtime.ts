/**
 * The part of the session that needs oidc-client-ts, loaded with dynamic `import()` (its own `oidc` chunk in the
 * portals) only when the session really needs it: a sign-in (redirect, popup, the embedded hand-over), an
 * authorization response in the URL, a renewal (preloaded well before it), sign-out with revocation or end-session,
 * and DPoP proofs. Start-up, the hand-over between tabs and `getAccessToken()` for a valid token work without it.
 */
export { OidcClient, User } from 'oidc-client-ts';
export { getUserManager } from './user-manager-registry.js';
export { authorizationHeaders } from './dpop.js';
export { acceptUser, authorizationRequest, exchangeCode, validateUser } from './sign-in-exchange.js';
