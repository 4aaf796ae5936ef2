/**
 * Two-factor calls of <gu-security-settings> (contract: mocks/openapi.yaml, tag `security`), loaded with the
 * two-factor part; each answer checked into types.ts at the boundary with valibot. The sensitive ones (on/off, a
 * method added or removed, backup codes) go through `ctx.stepUp.guard()` in the part.
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import type { BackupCodes, SecurityChallenge, TotpSetup, TwoFactorMethod, TwoFactorState } from './types.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());

const MethodSchema = v.object({
  id: v.string(),
  kind: v.picklist(['sms', 'email', 'totp']),
  label: v.string(),
  addedAt: DATE_TIME,
  lastUsedAt: v.optional(DATE_TIME),
}) satisfies v.GenericSchema<unknown, TwoFactorMethod>;

export const TwoFactorStateSchema = v.object({
  enabled: v.boolean(),
  methods: v.array(MethodSchema),
  defaultMethodId: v.optional(v.string()),
  backupCodes: v.object({ left: v.pipe(v.number(), v.integer(), v.minValue(0)), generatedAt: v.optional(DATE_TIME) }),
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
}) satisfies v.GenericSchema<unknown, TwoFactorState>;

const parseState = valibotParser(TwoFactorStateSchema);

export const ChallengeSchema = v.object({
  id: v.string(),
  purpose: v.picklist(['password-change', 'sms-factor']),
  channel: v.picklist(['sms', 'email']),
  sentTo: v.string(),
  length: v.pipe(v.number(), v.integer(), v.minValue(4), v.maxValue(8)),
  expiresAt: DATE_TIME,
  resendIn: v.pipe(v.number(), v.minValue(0)),
  attemptsLeft: v.pipe(v.number(), v.integer(), v.minValue(0)),
}) satisfies v.GenericSchema<unknown, SecurityChallenge>;

const parseChallenge = valibotParser(ChallengeSchema);

const TotpSetupSchema = v.object({
  id: v.string(),
  secret: v.pipe(v.string(), v.regex(/^[A-Z2-7]{16,64}$/)),
  otpauthUri: v.pipe(v.string(), v.startsWith('otpauth://totp/')),
  issuer: v.string(),
  accountName: v.string(),
  algorithm: v.literal('SHA1'),
  digits: v.literal(6),
  period: v.literal(30),
  expiresAt: DATE_TIME,
}) satisfies v.GenericSchema<unknown, TotpSetup>;

const BackupCodesSchema = v.object({
  codes: v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{8}$/))), v.length(10)),
  generatedAt: DATE_TIME,
}) satisfies v.GenericSchema<unknown, BackupCodes>;

/** The two-factor state (the overview's `twoFactor`: the contract has no read of its own for it). */
export async function loadTwoFactor(client: ApiClient, signal?: AbortSignal): Promise<TwoFactorState> {
  const overview = await client.get('security', {
    signal,
    parse: valibotParser(v.object({ twoFactor: TwoFactorStateSchema })),
  });
  return overview.twoFactor;
}

/** Turns two-factor sign-in on or off (`version`: the state the citizen saw; another change → 409). */
export function setTwoFactor(
  client: ApiClient,
  enabled: boolean,
  version: number,
  signal?: AbortSignal,
): Promise<TwoFactorState> {
  return client.request({
    method: 'PUT',
    path: 'security/two-factor',
    body: { enabled, version },
    signal,
    parse: parseState,
  });
}

/** The method offered first at sign-in. */
export function setDefaultMethod(
  client: ApiClient,
  methodId: string,
  version: number,
  signal?: AbortSignal,
): Promise<TwoFactorState> {
  return client.request({
    method: 'PUT',
    path: 'security/two-factor/default',
    body: { methodId, version },
    signal,
    parse: parseState,
  });
}

/** Removes a method (422 `last-method` while two-factor is on and it is the only one). */
export function removeMethod(client: ApiClient, id: string, signal?: AbortSignal): Promise<TwoFactorState> {
  return client.request({
    method: 'DELETE',
    path: `security/two-factor/methods/${pathSegment(id)}`,
    signal,
    parse: parseState,
  });
}

/** Sends a code to a phone to bind it (`phone` as +7XXXXXXXXXX). */
export function startSmsFactor(client: ApiClient, phone: string, signal?: AbortSignal): Promise<SecurityChallenge> {
  return client.post('security/two-factor/sms', { phone }, { signal, parse: parseChallenge });
}

/** The code sent to the new phone. */
export function confirmSmsFactor(
  client: ApiClient,
  challengeId: string,
  code: string,
  signal?: AbortSignal,
): Promise<TwoFactorState> {
  return client.post('security/two-factor/sms/confirmation', { challengeId, code }, { signal, parse: parseState });
}

/** A new code for a challenge (the old one stops working). */
export function resendChallenge(client: ApiClient, id: string, signal?: AbortSignal): Promise<SecurityChallenge> {
  return client.post(`security/challenges/${pathSegment(id)}/resend`, undefined, { signal, parse: parseChallenge });
}

/** The authenticator app's setup: the same pending one again while it lasts. */
export function startTotpFactor(client: ApiClient, signal?: AbortSignal): Promise<TotpSetup> {
  return client.post('security/two-factor/totp', undefined, { signal, parse: valibotParser(TotpSetupSchema) });
}

/** The first code from the app proves it was added; `label` names the app. */
export function confirmTotpFactor(
  client: ApiClient,
  body: { setupId: string; code: string; label?: string },
  signal?: AbortSignal,
): Promise<TwoFactorState> {
  return client.post('security/two-factor/totp/confirmation', body, { signal, parse: parseState });
}

/** New backup codes (shown once; the old ones stop working). */
export function generateBackupCodes(client: ApiClient, signal?: AbortSignal): Promise<BackupCodes> {
  return client.post('security/backup-codes', undefined, { signal, parse: valibotParser(BackupCodesSchema) });
}
