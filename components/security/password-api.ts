/**
 * «Изменить пароль» calls of <gu-security-settings> (contract: getSecurityOverview's `password`, startPasswordChange,
 * confirmPasswordChange, resendSecurityChallenge), loaded with the password part; answers validated at the boundary
 * with valibot.
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import type { PasswordChanged, PasswordPolicy, SecurityChallenge } from './types.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());
const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The portal's rules for a new password and when it was last changed (the overview's `password`). */
export interface PasswordRules {
  changedAt?: string;
  policy: PasswordPolicy;
  minLength: number;
  maxLength: number;
}

const RulesSchema = v.object({
  password: v.object({
    changedAt: v.optional(DATE_TIME),
    policy: v.picklist(['default', 'nist']),
    minLength: v.pipe(v.number(), v.integer(), v.minValue(1)),
    maxLength: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
}) satisfies v.GenericSchema<unknown, { password: PasswordRules }>;

const ChallengeSchema = v.object({
  id: v.string(),
  purpose: v.picklist(['password-change', 'sms-factor']),
  channel: v.picklist(['sms', 'email']),
  sentTo: v.string(),
  length: v.pipe(v.number(), v.integer(), v.minValue(4), v.maxValue(8)),
  expiresAt: DATE_TIME,
  resendIn: COUNT,
  attemptsLeft: COUNT,
}) satisfies v.GenericSchema<unknown, SecurityChallenge>;

const ChangedSchema = v.object({ changedAt: DATE_TIME, endedSessions: COUNT }) satisfies v.GenericSchema<
  unknown,
  PasswordChanged
>;

/** The password's rules now (GET /security, its `password`). */
export async function getPasswordRules(client: ApiClient, signal?: AbortSignal): Promise<PasswordRules> {
  return (await client.get('security', { signal, parse: valibotParser(RulesSchema) })).password;
}

/**
 * Checks the current and the new password and sends the code (202). 422 `wrong-password` (+ `attemptsLeft`), 429
 * `account-locked` (+ `retryAfter`), 422 with `fields` on `newPassword` (`password-reused`, `-blocklisted`, …).
 */
export function startPasswordChange(
  client: ApiClient,
  request: { currentPassword: string; newPassword: string },
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<SecurityChallenge> {
  return client.request({
    method: 'POST',
    path: 'security/password',
    body: request,
    idempotencyKey,
    signal,
    parse: valibotParser(ChallengeSchema),
  });
}

/** The code: the new password takes effect; `endOtherSessions` ends the others. 403 when the step-up lapsed. */
export function confirmPasswordChange(
  client: ApiClient,
  request: { challengeId: string; code: string; endOtherSessions: boolean },
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<PasswordChanged> {
  return client.request({
    method: 'POST',
    path: 'security/password/confirmation',
    body: request,
    idempotencyKey,
    signal,
    parse: valibotParser(ChangedSchema),
  });
}

/** A new code (the old one stops working): 429 `resend-too-soon`, `too-many-codes` with `retryAfter`. */
export function resendChallenge(client: ApiClient, id: string, signal?: AbortSignal): Promise<SecurityChallenge> {
  return client.post(`security/challenges/${pathSegment(id)}/resend`, undefined, {
    signal,
    parse: valibotParser(ChallengeSchema),
  });
}
