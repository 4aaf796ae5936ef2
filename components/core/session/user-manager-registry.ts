/**
 * Exactly one oidc-client-ts UserManager per (authority, client_id) per page, kept on a `Symbol.for` global so
 * separately built bundles (three single-spa parcels) share it. This module imports oidc-client-ts: the session core
 * reaches it only through the lazily loaded `oidc-runtime.ts`; the registry itself lives in `user-managers.ts`.
 */
import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { RequestStateStore } from './state-store.js';
import { dpopSettings } from './dpop.js';
import { userManagerKey, userManagerRegistry, type UserManagerConfig, type UserManagerEntry } from './user-managers.js';

export {
  findUserManager,
  resetUserManagersForTests,
  userManagerCount,
  userManagerKey,
  type UserManagerConfig,
  type UserManagerEntry,
} from './user-managers.js';

/** Settings per requirement 4: code + PKCE, tokens in memory, no iframe, no session monitor; gu-session drives renewal. */
export function userManagerSettings(config: UserManagerConfig, stateStore: RequestStateStore) {
  return {
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    popup_redirect_uri: config.redirectUri,
    ...(config.postLogoutRedirectUri ? { post_logout_redirect_uri: config.postLogoutRedirectUri } : {}),
    scope: config.scope,
    response_type: 'code',
    // PKCE: `disablePKCE` is left unset (S256 code challenge on every request).
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore,
    // The citizen's claims come from the ID token (both the mock and the dev IdP put them there): no userinfo call.
    loadUserInfo: false,
    revokeTokensOnSignout: true,
    monitorSession: false,
    automaticSilentRenew: false,
    maxSilentRenewTimeoutRetries: config.renewRetries,
    accessTokenExpiringNotificationTimeInSeconds: config.expiringNotification,
    // No silent_redirect_uri (oidc-client-ts would default it to redirect_uri; '' leaves it unset): the iframe path
    // stays disabled — signinSilent() without a refresh token throws instead of creating an iframe.
    silent_redirect_uri: '',
    includeIdTokenInSilentRenew: false,
    ...(config.metadata ? { metadata: config.metadata } : {}),
    // Requirement 8: the key pair (non-extractable private key) in IndexedDB is the only thing stored there.
    ...(config.dpop ? { dpop: dpopSettings() } : {}),
  };
}

/** The page's UserManager for this authority and client, created on first use (never a second one). */
export function getUserManager(config: UserManagerConfig): UserManagerEntry {
  const key = userManagerKey(config.authority, config.clientId);
  const map = userManagerRegistry();
  let entry = map.get(key);
  if (!entry) {
    const stateStore = new RequestStateStore();
    entry = { userManager: new UserManager(userManagerSettings(config, stateStore)), stateStore };
    map.set(key, entry);
  }
  return entry;
}
