/**
 * Chromium's virtual authenticator for browser tests (test/tools/webauthn-plugin.mjs): real passkeys made and used
 * by the page's own WebAuthn calls, with no person and no device.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface VirtualCredential {
  /** base64url, as the page's `credential.id`. */
  credentialId: string;
  isResidentCredential: boolean;
  rpId: string;
  signCount: number;
}

/** Adds a virtual platform authenticator (resident keys, user verification, answers by itself) to this page. */
export async function addVirtualAuthenticator(options: Record<string, unknown> = {}): Promise<string> {
  const { authenticatorId } = await executeServerCommand<{ authenticatorId: string }, unknown>('gu-webauthn', {
    action: 'add',
    options,
  });
  return authenticatorId;
}

/** Removes it: the page then has no authenticator. */
export async function removeVirtualAuthenticator(): Promise<void> {
  await executeServerCommand('gu-webauthn', { action: 'remove' });
}

/** The passkeys the virtual authenticator holds. */
export function virtualCredentials(): Promise<VirtualCredential[]> {
  return executeServerCommand<VirtualCredential[], unknown>('gu-webauthn', { action: 'credentials' });
}

/** Whether the authenticator answers by itself (false: the browser's question stays until it times out). */
export async function setUserPresence(answers: boolean): Promise<void> {
  await executeServerCommand('gu-webauthn', { action: 'presence', value: answers });
}
