/**
 * Passkey calls of <gu-security-settings> (contract: mocks/openapi.yaml, tag `security`), loaded with the passkeys
 * part; answers checked into types.ts with valibot. The browser's side (navigator.credentials.create) is core/api's
 * webauthn.ts, shared with <gu-login>.
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import type { PasskeyAttestationJson } from '../core/api/webauthn.js';
import type { PasskeyCreationOptions, SecurityPasskey } from './types.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());

const PasskeySchema = v.object({
  id: v.string(),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  createdAt: DATE_TIME,
  lastUsedAt: v.optional(DATE_TIME),
  createdOn: v.optional(v.string()),
}) satisfies v.GenericSchema<unknown, SecurityPasskey>;

const parsePasskey = valibotParser(PasskeySchema);

const OptionsSchema = v.object({
  challenge: v.string(),
  rpId: v.string(),
  rpName: v.string(),
  userId: v.string(),
  userName: v.string(),
  userDisplayName: v.string(),
  timeout: v.pipe(v.number(), v.integer(), v.minValue(1000)),
  excludeCredentials: v.array(v.string()),
}) satisfies v.GenericSchema<unknown, PasskeyCreationOptions>;

/** The longest name a passkey may have. */
export const PASSKEY_NAME_MAX = 64;

/** The account's passkeys, newest first. */
export async function listPasskeys(client: ApiClient, signal?: AbortSignal): Promise<SecurityPasskey[]> {
  const body = await client.get('security/passkeys', {
    signal,
    parse: valibotParser(v.object({ items: v.array(PasskeySchema) })),
  });
  return body.items;
}

/** Creation options with a fresh challenge (step-up). */
export function createPasskeyOptions(client: ApiClient, signal?: AbortSignal): Promise<PasskeyCreationOptions> {
  return client.post('security/passkeys/options', undefined, { signal, parse: valibotParser(OptionsSchema) });
}

/** Adds the passkey the browser made (step-up). */
export function addPasskey(
  client: ApiClient,
  body: { challenge: string; name: string; attestation: PasskeyAttestationJson },
  signal?: AbortSignal,
): Promise<SecurityPasskey> {
  return client.post('security/passkeys', body, { signal, parse: parsePasskey });
}

/** Renames a passkey. */
export function renamePasskey(
  client: ApiClient,
  id: string,
  name: string,
  signal?: AbortSignal,
): Promise<SecurityPasskey> {
  return client.request({
    method: 'PATCH',
    path: `security/passkeys/${pathSegment(id)}`,
    body: { name },
    signal,
    parse: parsePasskey,
  });
}

/** Removes a passkey: it no longer signs in (step-up). */
export async function removePasskey(client: ApiClient, id: string, signal?: AbortSignal): Promise<void> {
  await client.request({ method: 'DELETE', path: `security/passkeys/${pathSegment(id)}`, signal });
}
