import type { CoreMessages } from './locales/ru.js';

type ApiMessageKey =
  | 'apiNetwork'
  | 'apiTimeout'
  | 'apiUnauthorized'
  | 'apiForbidden'
  | 'apiNotFound'
  | 'apiConflict'
  | 'apiValidation'
  | 'apiServer'
  | 'apiMalformed';

/** The core catalog's message per failure kind of core/api (ApiError `kind`). */
const MESSAGE_KEYS: Record<string, ApiMessageKey> = {
  network: 'apiNetwork',
  timeout: 'apiTimeout',
  unauthorized: 'apiUnauthorized',
  forbidden: 'apiForbidden',
  'not-found': 'apiNotFound',
  conflict: 'apiConflict',
  validation: 'apiValidation',
  server: 'apiServer',
  malformed: 'apiMalformed',
};

/**
 * What to tell the citizen about a failed request of this kind, from the core catalog; undefined for the kinds a
 * caller words itself — `rate-limited` (it says how long to wait), `aborted` (nothing failed) — and unknown kinds.
 */
export function apiErrorMessage(core: CoreMessages, kind: string | undefined): string | undefined {
  return kind !== undefined && Object.hasOwn(MESSAGE_KEYS, kind) ? core[MESSAGE_KEYS[kind]!] : undefined;
}
