/**
 * Step-up re-authentication calls of <gu-security-settings> (contract: mocks/openapi.yaml, tag `security`:
 * reauthenticate, createReauthenticationChallenge), loaded with the re-authentication dialog; answers validated at
 * the boundary with valibot.
 */
import * as v from 'valibot';
import { valibotParser, type ApiClient } from '../core/api/index.js';
import type { PasskeyRequestOptions } from './types.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());

const ReauthenticationSchema = v.object({ until: DATE_TIME });

const RequestOptionsSchema = v.object({
  challenge: v.string(),
  rpId: v.string(),
  timeout: v.pipe(v.number(), v.integer(), v.minValue(0)),
  allowCredentials: v.array(v.string()),
}) satisfies v.GenericSchema<unknown, PasskeyRequestOptions>;

const PasskeyCountSchema = v.object({ passkeys: v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(0)) }) });

/** A passkey assertion as the identity contract sends it (IdentityPasskeyAssertion). */
export interface PasskeyAssertion {
  credentialId: string;
  clientDataJSON: string;
  authenticatorData: string;
  signature: string;
  userHandle?: string;
}

export type ReauthenticationRequest =
  { password: string } | { passkey: { challenge: string; assertion: PasskeyAssertion } };

/**
 * Confirms it is the citizen (the password again, or a passkey assertion). 422 `wrong-password` with
 * `attemptsLeft` (counted against the account's lockout like a sign-in), 429 `account-locked` with `retryAfter`.
 */
export function reauthenticate(
  client: ApiClient,
  request: ReauthenticationRequest,
  signal?: AbortSignal,
): Promise<{ until: string }> {
  return client.post('security/reauthentication', request, { signal, parse: valibotParser(ReauthenticationSchema) });
}

/** A WebAuthn challenge for one of the account's passkeys (404: the account has none). */
export function createReauthenticationChallenge(
  client: ApiClient,
  signal?: AbortSignal,
): Promise<PasskeyRequestOptions> {
  return client.post('security/reauthentication/challenge', undefined, {
    signal,
    parse: valibotParser(RequestOptionsSchema),
  });
}

/** How many passkeys the account has (the overview's count): the dialog offers a passkey only when there is one. */
export async function passkeyCount(client: ApiClient, signal?: AbortSignal): Promise<number> {
  const overview = await client.get('security', { signal, parse: valibotParser(PasskeyCountSchema) });
  return overview.passkeys.count;
}
