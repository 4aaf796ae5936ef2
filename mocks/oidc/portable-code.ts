/**
 * Authorization codes that survive a page navigation. The mock provider's state (codes, tokens) lives in the page
 * that runs MSW; a redirect or popup sign-in leaves that page, and the code comes back in a new one. So the authorize
 * page of the dev and preview servers (build/mock-pages.ts, in Node) issues a self-contained code: the authorization
 * request and the citizen, with an expiry, MACed with HMAC-SHA-256. The token endpoint of the page the browser lands
 * on (provider.ts) checks the MAC and the expiry and then treats the code like one it issued itself (single use,
 * bound to client, redirect URI, PKCE challenge and nonce).
 *
 * The key is in this file: it is a development mock, whose test citizens' passwords are public anyway. The MAC keeps
 * a code from being edited by accident (a truncated or altered code is refused), not from a determined forger.
 */
import { base64url, fromBase64url } from './jwt.js';

/** What a portable code carries: the authorization request it answers and the signed-in citizen. */
export interface PortableCodeClaims {
  readonly clientId: string;
  readonly redirectUri: string;
  /** The PKCE S256 challenge. */
  readonly codeChallenge: string;
  readonly scope: string;
  readonly nonce?: string;
  /** The person id (`sub`). */
  readonly sub: string;
  /** Seconds since the epoch. */
  readonly authTime: number;
  /** Seconds since the epoch. */
  readonly expiresAt: number;
}

const PREFIX = 'gkc1';
const KEY_TEXT = 'gu-kit mock OIDC provider: portable authorization codes (development only, not a secret)';
const encoder = new TextEncoder();
let key: Promise<CryptoKey> | undefined;

function macKey(): Promise<CryptoKey> {
  key ??= crypto.subtle.importKey('raw', encoder.encode(KEY_TEXT), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  return key;
}

/** Whether a code has the shape of a portable code (`gkc1.<payload>.<mac>`). */
export function isPortableCode(code: string): boolean {
  return /^gkc1\.[\w-]+\.[\w-]+$/.test(code);
}

/** A portable code for `claims`. */
export async function mintPortableCode(claims: PortableCodeClaims): Promise<string> {
  const payload = base64url(
    JSON.stringify({
      c: claims.clientId,
      r: claims.redirectUri,
      ch: claims.codeChallenge,
      s: claims.scope,
      ...(claims.nonce ? { n: claims.nonce } : {}),
      sub: claims.sub,
      at: claims.authTime,
      exp: claims.expiresAt,
      // Two codes of the same request and second differ (a code is single use).
      j: base64url(crypto.getRandomValues(new Uint8Array(9))),
    }),
  );
  const mac = await crypto.subtle.sign('HMAC', await macKey(), encoder.encode(`${PREFIX}.${payload}`));
  return `${PREFIX}.${payload}.${base64url(new Uint8Array(mac))}`;
}

/**
 * The claims of a portable code whose MAC is right and which has not expired at `now` (seconds); `undefined`
 * for anything else (another shape, an altered code, an expired one).
 */
export async function readPortableCode(
  code: string,
  now = Math.floor(Date.now() / 1000),
): Promise<PortableCodeClaims | undefined> {
  if (!isPortableCode(code)) return undefined;
  const [, payload, mac] = code.split('.') as [string, string, string];
  try {
    const valid = await crypto.subtle.verify(
      'HMAC',
      await macKey(),
      fromBase64url(mac) as Uint8Array<ArrayBuffer>,
      encoder.encode(`${PREFIX}.${payload}`),
    );
    if (!valid) return undefined;
    const body = JSON.parse(new TextDecoder().decode(fromBase64url(payload))) as Record<string, unknown>;
    const text = (name: string): string | undefined => (typeof body[name] === 'string' ? body[name] : undefined);
    const { at, exp } = body;
    const [clientId, redirectUri, codeChallenge, scope, sub] = ['c', 'r', 'ch', 's', 'sub'].map(text);
    if (!clientId || !redirectUri || !codeChallenge || !scope || !sub) return undefined;
    if (typeof at !== 'number' || typeof exp !== 'number' || exp <= now) return undefined;
    const nonce = text('n');
    return {
      clientId,
      redirectUri,
      codeChallenge,
      scope,
      sub,
      authTime: at,
      expiresAt: exp,
      ...(nonce ? { nonce } : {}),
    };
  } catch {
    return undefined;
  }
}
