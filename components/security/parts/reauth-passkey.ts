/**
 * The passkey way of the step-up dialog, loaded when the citizen chooses it: the server's challenge
 * (createReauthenticationChallenge) → the browser's assertion (core/api/webauthn.ts) → what `reauthenticate` takes.
 */
import { isApiError, type ApiClient } from '../../core/api/index.js';
import { getPasskeyAssertion, passkeyFailure, type PasskeyAssertionJson } from '../../core/api/webauthn.js';
import { createReauthenticationChallenge } from '../reauth-api.js';

/** The signed challenge, or why there is none: `none` (the account has no passkey), `cancelled` (the citizen or
 * the browser said no), `unsupported` (this browser or device cannot). */
export async function assertPasskey(
  client: ApiClient,
  signal: AbortSignal,
): Promise<{ challenge: string; assertion: PasskeyAssertionJson } | 'none' | 'cancelled' | 'unsupported'> {
  let options;
  try {
    options = await createReauthenticationChallenge(client, signal);
  } catch (error) {
    if (isApiError(error) && error.status === 404) return 'none';
    throw error;
  }
  try {
    const assertion = await getPasskeyAssertion(options, signal);
    return { challenge: options.challenge, assertion };
  } catch (error) {
    if (signal.aborted) throw error;
    return passkeyFailure(error) === 'cancelled' ? 'cancelled' : 'unsupported';
  }
}
