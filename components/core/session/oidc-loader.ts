/**
 * Loading oidc-client-ts on demand (oidc-runtime.ts, the portals' `oidc` chunk) and the user before and after it:
 * a user taken over from another tab is a `StoredUser` until the library arrives, a real `User` afterwards.
 */
import type { User } from 'oidc-client-ts';
import { StoredUser, type SessionUser } from './stored-user.js';
import type { UserManagerEntry } from './user-managers.js';
import type * as OidcRuntimeModule from './oidc-runtime.js';

/** What `oidc-runtime.ts` exports: oidc-client-ts and the session's parts that need it. */
export type OidcRuntime = typeof OidcRuntimeModule;

let runtimeLoading: Promise<OidcRuntime> | undefined;
let runtime: OidcRuntime | undefined;

/** Loads oidc-client-ts (the `oidc` chunk) once per bundle; a failed load is tried again on the next call. */
export function loadOidcRuntime(): Promise<OidcRuntime> {
  runtimeLoading ??= import('./oidc-runtime.js').then(
    (loaded) => {
      runtime = loaded;
      return loaded;
    },
    (error: unknown) => {
      runtimeLoading = undefined;
      throw error;
    },
  );
  return runtimeLoading;
}

/** Whether this bundle has loaded oidc-client-ts. */
export function oidcRuntimeLoaded(): boolean {
  return runtime !== undefined;
}

/** oidc-client-ts's storage string as a user: a real `User` once the library is loaded, else a `StoredUser`. */
export function parseUser(storageString: string): SessionUser {
  return runtime ? runtime.User.fromStorageString(storageString) : StoredUser.fromStorageString(storageString);
}

/**
 * `UserManager.storeUser` only calls `toStorageString()`, which a `StoredUser` (or a `User` of another bundle's copy
 * of oidc-client-ts) has too.
 */
export function storeUser(entry: UserManagerEntry, user: SessionUser): Promise<void> {
  return entry.userManager.storeUser(user as unknown as User);
}
