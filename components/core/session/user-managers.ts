/**
 * The page's UserManagers, one per (authority, client_id), on a `Symbol.for` global so separately built bundles share
 * them — the part of the registry that needs no oidc-client-ts. The session starts without the library: a UserManager
 * is created (by `getUserManager` in user-manager-registry.ts, loaded on demand) only when the session needs one, and
 * never a second one for the same authority and client.
 */
import type { OidcMetadata, UserManager } from 'oidc-client-ts';
import type { RequestStateStore } from './state-store.js';

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

/** The page-wide registry (created on first use). */
export function userManagerRegistry(): Registry {
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

/** The existing UserManager for this authority and client, if any (created by this bundle or another one). */
export function findUserManager(authority: string, clientId: string): UserManagerEntry | undefined {
  return userManagerRegistry().get(userManagerKey(authority, clientId));
}

/** How many UserManagers the page has (for tests: at most one per authority and client). */
export function userManagerCount(): number {
  return userManagerRegistry().size;
}

/** Forgets every UserManager (tests only). */
export function resetUserManagersForTests(): void {
  userManagerRegistry().clear();
}
