/**
 * One-time codes (SMS, e-mail, authenticator app) of sign-in, registration and recovery: delivery with cooldown and
 * hourly limits, verification with per-code and per-account failure counts, backup codes.
 */
import type { CodeMethod } from './data.js';
import {
  IdentityProblem,
  accounts,
  config,
  factorFailures,
  inbox,
  nowMs,
  rememberDevice,
  sends,
  type DeviceTrust,
  type Flow,
  type IdentityStep,
  type Schemas,
} from './store.js';
import { destinationOf, finish, flowOf, maskEmail, maskPhoneNumber } from './flows.js';
import { passwordStep } from './passwords.js';
import { secondFactorStep } from './password-sign-in.js';
import { totpCode, totpValid } from './totp.js';

// ——— One-time codes ———

export function randomDigits(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((byte) => String(byte % 10)).join('');
}

export function codeStep(flow: Flow, problem?: IdentityStep['problem']): IdentityStep {
  const code = flow.code!;
  const now = nowMs();
  const state = code.invalidated ? 'exhausted' : code.expiresAt <= now ? 'expired' : 'active';
  const step: IdentityStep = {
    flowId: flow.id,
    step: 'code',
    code: {
      method: code.method,
      destination: code.destination,
      length: config.codeLength,
      expiresIn: Math.max(0, Math.ceil((code.expiresAt - now) / 1000)),
      attemptsLeft: Math.max(0, Math.min(config.codeAttempts - code.wrong, accountAttemptsLeft(flow.personId))),
      state,
    },
  };
  if (code.method !== 'totp')
    step.code!.resendIn = Math.max(0, Math.ceil((code.sentAt + config.resendCooldown * 1000 - now) / 1000));
  if (flow.kind === 'sign-in') {
    const account = accounts.get(flow.personId ?? '');
    step.backupCodes = (account?.identity.backupCodes.length ?? 0) > 0;
  }
  if (problem) step.problem = problem;
  return step;
}

/** Wrong codes the account may still enter before its factor is locked (resending never resets this). */
export function accountAttemptsLeft(personId: string | undefined): number {
  const count = personId ? (factorFailures.get(personId)?.count ?? 0) : 0;
  return config.factorLockFailures - (count % config.factorLockFailures);
}

export function checkFactorLock(personId: string | undefined): void {
  const entry = personId ? factorFailures.get(personId) : undefined;
  if (!entry) return;
  if (entry.count >= 100) throw new IdentityProblem(409, 'factor-disabled');
  if (entry.lockedUntil > nowMs())
    throw new IdentityProblem(429, 'factor-locked', { retryAfter: Math.ceil((entry.lockedUntil - nowMs()) / 1000) });
}

export function recordCodeFailure(personId: string | undefined): void {
  if (!personId) return;
  const entry = factorFailures.get(personId) ?? { count: 0, lockedUntil: 0, locks: 0 };
  entry.count += 1;
  if (entry.count % config.factorLockFailures === 0) {
    const seconds = Math.min(3600, 900 * 2 ** entry.locks);
    entry.locks += 1;
    entry.lockedUntil = nowMs() + seconds * 1000;
  }
  factorFailures.set(personId, entry);
}

/** Sends a code (first or again): cooldown and the hourly limit are checked here, never reset by a resend. */
export function deliver(flow: Flow, method: CodeMethod, destinationKey: string): IdentityStep {
  checkFactorLock(flow.personId);
  const now = nowMs();
  if (method !== 'totp') {
    if (flow.code && flow.code.method === method && flow.code.sentAt + config.resendCooldown * 1000 > now)
      throw new IdentityProblem(429, 'resend-too-early', {
        retryAfter: Math.ceil((flow.code.sentAt + config.resendCooldown * 1000 - now) / 1000),
      });
    const key = `${flow.personId ?? flow.id}|${destinationKey}`;
    const recent = (sends.get(key) ?? []).filter((at) => at > now - 3_600_000);
    if (recent.length >= config.sendsPerHour)
      throw new IdentityProblem(429, 'too-many-codes', {
        retryAfter: Math.ceil((recent[0]! + 3_600_000 - now) / 1000),
      });
    recent.push(now);
    sends.set(key, recent);
  }
  const destination =
    flow.kind === 'registration' && flow.registration
      ? flow.registration.contactKind === 'phone'
        ? maskPhoneNumber(flow.registration.contact)
        : maskEmail(flow.registration.contact)
      : destinationOf(method, flow.personId);
  // A new code replaces the previous one (single use, requirement 23); the account's failure count stays. An
  // authenticator app with a known secret «shows» its current code (and any valid one is accepted, see verifyCode).
  const totpSecret = method === 'totp' ? accounts.get(flow.personId ?? '')?.identity.totpSecret : undefined;
  flow.code = {
    method,
    destination,
    value: totpSecret ? totpCode(totpSecret, now) : randomDigits(config.codeLength),
    sentAt: now,
    expiresAt: now + config.codeTtl * 1000,
    wrong: 0,
    invalidated: false,
  };
  // Only a real account (or a registration) receives anything: a recovery for an unknown identifier sends nothing.
  if (flow.personId || flow.kind === 'registration') {
    inbox.push({ flowId: flow.id, method, destination, code: flow.code.value, sentAt: now });
    if (typeof window !== 'undefined')
      console.info(`[gu-kit mock ${method}] ${destination}: ${flow.code.value} (flow ${flow.id})`);
  }
  return codeStep(flow);
}

/** `POST /identity/flows/{flowId}/code`. */
export function sendCode(flowId: string, method: CodeMethod | undefined): IdentityStep {
  const flow = flowOf(flowId, ['sign-in', 'registration', 'recovery']);
  if (flow.kind === 'sign-in') {
    const account = accounts.get(flow.personId!)!;
    const chosen = method ?? account.identity.factors[0];
    if (!chosen || !account.identity.factors.includes(chosen)) throw new IdentityProblem(422, 'method-unavailable');
    return deliver(flow, chosen, chosen === 'sms' ? 'phone' : chosen);
  }
  if (flow.kind === 'registration') {
    const kind = flow.registration!.contactKind;
    return deliver(flow, kind === 'phone' ? 'sms' : 'email', flow.registration!.contact);
  }
  return deliver(flow, method === 'email' ? 'email' : (flow.code?.method ?? 'sms'), method ?? 'recovery');
}

/** `POST /identity/flows/{flowId}/verify`: a wrong code counts on the code and on the account. */
export function verifyCode(
  flowId: string,
  body: Schemas['IdentityVerifyRequest'],
  device: DeviceTrust = {},
): IdentityStep {
  const flow = flowOf(flowId, ['sign-in', 'registration', 'recovery']);
  if (body.backupCode !== undefined) {
    if (flow.kind !== 'sign-in') throw new IdentityProblem(422, 'backup-unavailable');
    checkFactorLock(flow.personId);
    const account = accounts.get(flow.personId!)!;
    const index = account.identity.backupCodes.indexOf(body.backupCode);
    if (index < 0) {
      recordCodeFailure(flow.personId);
      const step = flow.code ? codeStep(flow) : secondFactorStep(flow, account);
      return { ...step, problem: 'wrong-backup-code' };
    }
    account.identity.backupCodes.splice(index, 1);
    factorFailures.delete(account.personId);
    rememberDevice(flow, device);
    return finish(flow, account.personId);
  }
  if (!flow.code) throw new IdentityProblem(409, 'no-code-sent');
  checkFactorLock(flow.personId);
  const code = flow.code;
  if (code.invalidated) return codeStep(flow, 'code-exhausted');
  if (code.expiresAt <= nowMs()) return codeStep(flow, 'code-expired');
  const totpSecret = code.method === 'totp' ? accounts.get(flow.personId ?? '')?.identity.totpSecret : undefined;
  if (totpSecret ? !totpValid(totpSecret, body.code ?? '') : body.code !== code.value) {
    code.wrong += 1;
    recordCodeFailure(flow.personId);
    if (code.wrong >= config.codeAttempts) {
      code.invalidated = true;
      return codeStep(flow, 'code-exhausted');
    }
    checkFactorLock(flow.personId);
    return codeStep(flow, 'wrong-code');
  }
  code.invalidated = true; // single use
  if (flow.personId) factorFailures.delete(flow.personId);
  flow.codeVerified = true;
  if (flow.kind === 'sign-in') {
    rememberDevice(flow, device);
    return finish(flow, flow.personId!);
  }
  return passwordStep(flow);
}
