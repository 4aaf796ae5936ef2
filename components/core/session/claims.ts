/**
 * ID token claims: decoding (no signature check — the token came straight from the token endpoint over TLS,
 * per OIDC Core 3.1.3.7), validation of iss / aud / nonce / exp, and the citizen and level the snapshot shows.
 */
import { maskPhone } from '../validation/index.js';
import type { AccountLevel, Citizen } from './session-context.js';
import { SessionError } from './errors.js';

/** Claims gu-kit reads; others are kept but unused. */
export interface IdTokenClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
  iat?: number;
  nonce?: string;
  acr?: string;
  [claim: string]: unknown;
}

function base64UrlDecode(part: string): string {
  const base64 = part.replaceAll('-', '+').replaceAll('_', '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Decodes a JWT's payload; throws SessionError('id-token') when it is not a JWT with a JSON object payload. */
export function decodeJwtPayload(token: string): IdTokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) throw new SessionError('id-token', 'The ID token is not a JWT');
  let payload: unknown;
  try {
    payload = JSON.parse(base64UrlDecode(parts[1]));
  } catch (cause) {
    throw new SessionError('id-token', 'The ID token payload is not JSON', { cause });
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new SessionError('id-token', 'The ID token payload is not an object');
  }
  return payload as IdTokenClaims;
}

/** Strips one trailing slash so `https://id.example/` and `https://id.example` compare equal. */
export function normaliseIssuer(value: string): string {
  return value.endsWith('/') ? value.slice(0, -1) : value;
}

/** What an ID token must match. */
export interface ClaimExpectations {
  issuer: string;
  clientId: string;
  /** The nonce of the authorization request (absent for tokens from a refresh). */
  nonce?: string;
  /** Seconds since epoch (default now). */
  now?: number;
}

/** Validates iss, aud, nonce and exp (OIDC Core 3.1.3.7); throws SessionError('id-token') naming the claim. */
export function validateIdTokenClaims(claims: IdTokenClaims, expected: ClaimExpectations): void {
  const now = expected.now ?? Math.floor(Date.now() / 1000);
  if (typeof claims.iss !== 'string' || normaliseIssuer(claims.iss) !== normaliseIssuer(expected.issuer)) {
    throw new SessionError('id-token', `ID token issuer ${String(claims.iss)} is not ${expected.issuer}`);
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(expected.clientId)) {
    throw new SessionError('id-token', `ID token audience does not contain ${expected.clientId}`);
  }
  if (expected.nonce !== undefined && claims.nonce !== expected.nonce) {
    throw new SessionError('id-token', 'ID token nonce does not match the authorization request');
  }
  if (typeof claims.exp !== 'number' || claims.exp <= now) {
    throw new SessionError('id-token', 'ID token has expired');
  }
  if (typeof claims.sub !== 'string' || claims.sub === '') {
    throw new SessionError('id-token', 'ID token has no subject');
  }
}

/** Masks a SNILS for display: `***-***-445 95` (the last three digits and the control number). */
export function maskSnils(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 11) return '***-***-*** **';
  return `***-***-${digits.slice(6, 9)} ${digits.slice(9)}`;
}

/** Masks an e-mail for display: `iv***@mail.ru` (two first characters of the local part). */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 1) return '***';
  const local = value.slice(0, at);
  return `${local.slice(0, Math.min(2, local.length - 1) || 1)}***${value.slice(at)}`;
}

function stringClaim(claims: Record<string, unknown>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function normalisePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8'))) return `+7${digits.slice(1)}`;
  return value;
}

/** The citizen the snapshot shows, identifiers masked. Claims: name (or family_name given_name middle_name), snils, phone_number, email. */
export function citizenFromClaims(claims: Record<string, unknown>): Citizen {
  const name =
    stringClaim(claims, 'name') ??
    [stringClaim(claims, 'family_name'), stringClaim(claims, 'given_name'), stringClaim(claims, 'middle_name')]
      .filter(Boolean)
      .join(' ');
  const snils = stringClaim(claims, 'snils');
  const phone = stringClaim(claims, 'phone_number');
  const email = stringClaim(claims, 'email');
  const citizen: { -readonly [K in keyof Citizen]: Citizen[K] } = {
    id: stringClaim(claims, 'sub') ?? '',
    name,
  };
  if (snils) citizen.snilsMasked = maskSnils(snils);
  if (phone) {
    const masked = maskPhone(normalisePhone(phone));
    citizen.phoneMasked = masked.includes('*') ? masked : '+7 (***) ***-**-**';
  }
  if (email) citizen.emailMasked = maskEmail(email);
  return citizen;
}

const LEVELS: readonly AccountLevel[] = ['simplified', 'standard', 'confirmed'];

/** The account level from `account_level`, else `acr` = `urn:gu-kit:level:<level>`; simplified when neither says. */
export function levelFromClaims(claims: Record<string, unknown>): AccountLevel {
  const direct = claims['account_level'];
  if (typeof direct === 'string' && (LEVELS as readonly string[]).includes(direct)) return direct as AccountLevel;
  const acr = claims['acr'];
  if (typeof acr === 'string') {
    const match = /^urn:gu-kit:level:(simplified|standard|confirmed)$/.exec(acr);
    if (match) return match[1] as AccountLevel;
  }
  return 'simplified';
}

/** The provider's session id of a user (the `sid` claim of its ID token), if the provider gives one. */
export function sessionIdOf(
  user: { readonly profile: Record<string, unknown>; readonly id_token?: string | undefined } | null,
): string | undefined {
  if (!user) return undefined;
  let sid = user.profile['sid'];
  if (typeof sid !== 'string' && user.id_token) {
    try {
      sid = decodeJwtPayload(user.id_token)['sid'];
    } catch {
      return undefined;
    }
  }
  return typeof sid === 'string' && sid ? sid : undefined;
}
