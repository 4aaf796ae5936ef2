/**
 * Exactly one oidc-client-ts UserManager per (authority, client_id) per page, kept on a `Symbol.for` global so
 * separately built bundles (three single-spa parcels) share it.
 */
import { InMemoryWebStorage, UserManager, WebStorageStateStore, type OidcMetadata } from 'oidc-client-ts';
import { RequestStateStore } from './state-store.js';
import { dpopSettings } from './dpop.js';

/** What gu-session configures. */
export interface UserManagerConfig {
  /** Absolute authority URL (relative ones are resolved by gu-session against document.baseURI). */
  authority: string;
  clientId: string;
  redirectUri: string;
  postLogoutRedirectUri?: string;
  scope: string;
  /** Seconds before expiry when renewal starts [60]. */
  expiringNotification: number;
  /** Renewal retries [2]. */
  renewRetries: number;
  /** The discovery document, already validated (so oidc-client-ts does not fetch it again). */
  metadata?: Partial<OidcMetadata>;
  /** DPoP-bound tokens (the provider advertises ES256 DPoP proofs; see dpop.ts) [false]. */
  dpop?: boolean;
}

/** One registry entry: the UserManager and the request-state store it writes to. */
export interface UserManagerEntry {
  readonly userManager: UserManager;
  readonly stateStore: RequestStateStore;
}

const REGISTRY_KEY = Symbol.for('gu-kit/user-managers');

type Registry = Map<string, UserManagerEntry>;

function registry(): Registry {
  const global = globalThis as unknown as Record<symbol, Registry | undefined>;
  let map = global[REGISTRY_KEY];
  if (!map) {
    map = new Map();
    global[REGISTRY_KEY] = map;
  }
  return map;
}

/** The registry key of an authority and client. */
export function userManagerKey(authority: string, clientId: string): string {
  return `${authority} ${clientId}`;
}

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

/** The page's UserManager for this authority and client, created on first use. */
export function getUserManager(config: UserManagerConfig): UserManagerEntry {
  const key = userManagerKey(config.authority, config.clientId);
  const map = registry();
  let entry = map.get(key);
  if (!entry) {
    const stateStore = new RequestStateStore();
    entry = { userManager: new UserManager(userManagerSettings(config, stateStore)), stateStore };
    map.set(key, entry);
  }
  return entry;
}

/** The existing UserManager for this authority and client, if any. */
export function findUserManager(authority: string, clientId: string): UserManagerEntry | undefined {
  return registry().get(userManagerKey(authority, clientId));
}

/** How many UserManagers the page has (for tests: one per authority and client). */
export function userManagerCount(): number {
  return registry().size;
}

/** Forgets every UserManager (tests only). */
export function resetUserManagersForTests(): void {
  registry().clear();
}
