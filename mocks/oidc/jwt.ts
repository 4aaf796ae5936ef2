/** RS256 JWTs with WebCrypto (browsers and Node alike): one key pair per page or process, signing and verification. */

/** The key id of the mock provider's signing key. */
export const MOCK_KEY_ID = 'gu-kit-mock-1';

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const encoder = new TextEncoder();

/** Base64url without padding of bytes or a UTF-8 string. */
export function base64url(input: Uint8Array | string): string {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url string (throws on bad input). */
export function fromBase64url(value: string): Uint8Array {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (value.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The PKCE S256 challenge of a verifier: base64url(SHA-256(verifier)). */
export async function s256(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(verifier))));
}

/** Random URL-safe string of `bytes` random bytes. */
export function randomToken(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

let keyPair: Promise<CryptoKeyPair> | undefined;

/** The provider's key pair, generated on first use. */
function signingKeys(): Promise<CryptoKeyPair> {
  keyPair ??= crypto.subtle.generateKey(
    { ...ALGORITHM, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  ) as Promise<CryptoKeyPair>;
  return keyPair;
}

/** A JSON Web Key of the public key, as served at /jwks. */
export interface PublicJwk {
  kty: 'RSA';
  kid: string;
  use: 'sig';
  alg: 'RS256';
  n: string;
  e: string;
}

/** The public key as a JWK. */
export async function publicJwk(): Promise<PublicJwk> {
  const jwk = await crypto.subtle.exportKey('jwk', (await signingKeys()).publicKey);
  return { kty: 'RSA', kid: MOCK_KEY_ID, use: 'sig', alg: 'RS256', n: jwk.n!, e: jwk.e! };
}

/** Signs a payload as a compact RS256 JWT. */
export async function signJwt(payload: Record<string, unknown>, type = 'JWT'): Promise<string> {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: type, kid: MOCK_KEY_ID }));
  const body = base64url(JSON.stringify(payload));
  const signature = await crypto.subtle.sign(
    ALGORITHM,
    (await signingKeys()).privateKey,
    encoder.encode(`${header}.${body}`),
  );
  return `${header}.${body}.${base64url(new Uint8Array(signature))}`;
}

/** Whether a string has the shape of a compact JWS (three base64url parts). */
export function isJwtShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);
}

/** The payload of a JWT without any check, or undefined when it is not a decodable JWT. */
export function decodeJwt(token: string): Record<string, unknown> | undefined {
  if (!isJwtShaped(token)) return undefined;
  try {
    const payload: unknown = JSON.parse(new TextDecoder().decode(fromBase64url(token.split('.')[1]!)));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The payload of a JWT signed by this provider's key with RS256, or undefined when the signature does not verify. */
export async function verifyJwtSignature(token: string): Promise<Record<string, unknown> | undefined> {
  const payload = decodeJwt(token);
  if (!payload) return undefined;
  const [header, body, signature] = token.split('.') as [string, string, string];
  try {
    const head: unknown = JSON.parse(new TextDecoder().decode(fromBase64url(header)));
    if ((head as { alg?: unknown }).alg !== 'RS256') return undefined;
    const valid = await crypto.subtle.verify(
      ALGORITHM,
      (await signingKeys()).publicKey,
      fromBase64url(signature) as BufferSource,
      encoder.encode(`${header}.${body}`),
    );
    return valid ? payload : undefined;
  } catch {
    return undefined;
  }
}
