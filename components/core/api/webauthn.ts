/**
 * WebAuthn (passkeys) for every widget: base64url, whether this page can use passkeys at all, and the two browser
 * ceremonies with the server's JSON on both sides — request options → `navigator.credentials.get()` → the assertion
 * as JSON (<gu-login>'s passkey sign-in, <gu-security-settings>' re-authentication), creation options →
 * `navigator.credentials.create()` → the attestation as JSON (<gu-security-settings>' «Добавить ключ доступа»).
 * The shapes are the contract's (IdentityPasskeyAssertion, IdentityPasskeyAttestation). Load it with the step that
 * needs it: it is in no first render.
 */

/** Bytes as base64url without padding (RFC 4648 §5), as the contract writes ids, challenges and signatures. */
export const toBase64Url = (bytes: ArrayBuffer | Uint8Array): string =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

/** base64url (with or without padding) as bytes. */
export const fromBase64Url = (value: string): Uint8Array<ArrayBuffer> => {
  const base64 = value.replaceAll('-', '+').replaceAll('_', '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (char) => char.charCodeAt(0));
};

/**
 * Whether this page can use passkeys: `supported`, `no-api` (the browser has no WebAuthn) or `insecure` (the page is
 * not a secure context — http on a host other than localhost —, so the browser refuses).
 */
export type PasskeySupport = 'supported' | 'no-api' | 'insecure';

export function passkeySupport(): PasskeySupport {
  if (typeof window !== 'undefined' && window.isSecureContext === false) return 'insecure';
  if (typeof PublicKeyCredential === 'undefined' || !('credentials' in navigator)) return 'no-api';
  return 'supported';
}

/**
 * Why a ceremony failed, in the citizen's terms: `cancelled` (they closed the browser's question, it timed out, or no
 * passkey of this site is on the device — the browser does not say which, on purpose), `exists` (this device already
 * holds a passkey for the account), `unsupported` (the browser or device cannot make one: no suitable authenticator,
 * no ES256/RS256), `insecure` (not a secure context, or a relying party id that is not this site's), `other`.
 */
export type PasskeyFailure = 'cancelled' | 'exists' | 'unsupported' | 'insecure' | 'other';

export function passkeyFailure(error: unknown): PasskeyFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'AbortError':
      return 'cancelled';
    case 'InvalidStateError':
      return 'exists';
    case 'NotSupportedError':
      return 'unsupported';
    case 'SecurityError':
      return 'insecure';
    default:
      return 'other';
  }
}

/** A ceremony that ended without a credential (the browser answered null): treated as the citizen cancelling. */
const noCredential = (): DOMException => new DOMException('No credential', 'NotAllowedError');

/** Request options as the server sends them (ids and challenge base64url). */
export interface PasskeyRequestJson {
  challenge: string;
  rpId: string;
  timeout: number;
  /** Credential ids the server accepts; empty or left out: any discoverable passkey of this site. */
  allowCredentials?: readonly string[];
}

/** An assertion as the server takes it (contract: IdentityPasskeyAssertion). */
export interface PasskeyAssertionJson {
  credentialId: string;
  clientDataJSON: string;
  authenticatorData: string;
  signature: string;
  userHandle?: string;
}

/**
 * Asks the browser to sign the server's challenge with a passkey (`navigator.credentials.get()`). Rejects with the
 * browser's DOMException (read it with `passkeyFailure()`), or a NotAllowedError when it gave no credential.
 */
export async function getPasskeyAssertion(
  options: PasskeyRequestJson,
  signal?: AbortSignal,
): Promise<PasskeyAssertionJson> {
  const credential = (await navigator.credentials.get({
    publicKey: {
      challenge: fromBase64Url(options.challenge),
      rpId: options.rpId,
      timeout: options.timeout,
      userVerification: 'preferred',
      allowCredentials: (options.allowCredentials ?? []).map((id) => ({ type: 'public-key', id: fromBase64Url(id) })),
    },
    ...(signal ? { signal } : {}),
  })) as PublicKeyCredential | null;
  if (!credential) throw noCredential();
  const response = credential.response as AuthenticatorAssertionResponse;
  return {
    credentialId: credential.id,
    clientDataJSON: toBase64Url(response.clientDataJSON),
    authenticatorData: toBase64Url(response.authenticatorData),
    signature: toBase64Url(response.signature),
    ...(response.userHandle ? { userHandle: toBase64Url(response.userHandle) } : {}),
  };
}

/** Creation options as the server sends them (contract: PasskeyCreationOptions; ids and challenge base64url). */
export interface PasskeyCreationJson {
  challenge: string;
  rpId: string;
  rpName: string;
  userId: string;
  userName: string;
  userDisplayName: string;
  timeout: number;
  /** The account's passkeys already made: the browser refuses to make a second one on the same device. */
  excludeCredentials?: readonly string[];
}

/** A new passkey as the server takes it (contract: IdentityPasskeyAttestation). */
export interface PasskeyAttestationJson {
  credentialId: string;
  clientDataJSON: string;
  /** SubjectPublicKeyInfo, base64url (`getPublicKey()`). */
  publicKey: string;
  /** COSE algorithm (-7 = ES256, -257 = RS256). */
  algorithm: number;
}

/**
 * Asks the browser to make a passkey for the account (`navigator.credentials.create()`: a discoverable credential
 * with user verification, ES256 or RS256). Rejects with the browser's DOMException (read it with `passkeyFailure()`).
 */
export async function createPasskeyCredential(
  options: PasskeyCreationJson,
  signal?: AbortSignal,
): Promise<PasskeyAttestationJson> {
  const credential = (await navigator.credentials.create({
    publicKey: {
      challenge: fromBase64Url(options.challenge),
      rp: { id: options.rpId, name: options.rpName },
      user: { id: fromBase64Url(options.userId), name: options.userName, displayName: options.userDisplayName },
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      excludeCredentials: (options.excludeCredentials ?? []).map((id) => ({
        type: 'public-key',
        id: fromBase64Url(id),
      })),
      timeout: options.timeout,
    },
    ...(signal ? { signal } : {}),
  })) as PublicKeyCredential | null;
  if (!credential) throw noCredential();
  const response = credential.response as AuthenticatorAttestationResponse;
  const publicKey = response.getPublicKey();
  if (!publicKey) throw new DOMException('The authenticator gave no public key', 'NotSupportedError');
  return {
    credentialId: credential.id,
    clientDataJSON: toBase64Url(response.clientDataJSON),
    publicKey: toBase64Url(publicKey),
    algorithm: response.getPublicKeyAlgorithm(),
  };
}
