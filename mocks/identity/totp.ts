/**
 * Authenticator-app codes (RFC 6238: SHA-1, 6 digits, 30 s, ±1 step) with the kept `otpauth` library: the secret of
 * an account's app (`identity.totpSecret`, set by «Безопасность» — mocks/security/two-factor.ts) is what <gu-login>'s
 * `totp` step verifies, so a code computed from the key the widget showed signs in.
 */
import { Secret, TOTP } from 'otpauth';
import { nowMs } from './store.js';

export const TOTP_ISSUER = 'Госуслуги';

/** A new random secret (160 bits), base32 as the app takes it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The code the app shows now (the mock's clock). */
export function totpCode(secret: string, at: number = nowMs()): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });
}

/** Whether a code is the app's for now, the step before or the step after. */
export function totpValid(secret: string, code: string, at: number = nowMs()): boolean {
  return TOTP.validate({ token: code, secret: Secret.fromBase32(secret), timestamp: at, window: 1 }) !== null;
}

/** otpauth://totp/Госуслуги:<account>?secret=…&issuer=… — what the QR code encodes. */
export function totpUri(secret: string, accountName: string): string {
  return new TOTP({ issuer: TOTP_ISSUER, label: accountName, secret: Secret.fromBase32(secret) }).toString();
}
