/**
 * The password sign-in: lockout after wrong passwords, trusted devices, the second-factor step.
 */
import {
  IdentityProblem,
  config,
  nowMs,
  passwordFailures,
  trustedDevices,
  trustedFor,
  type Account,
  type DeviceTrust,
  type Flow,
  type IdentityStep,
  type Schemas,
} from './store.js';
import { checkAuthorization, destinationOf, findAccount, finish, newFlow, normaliseIdentifier } from './flows.js';

// ——— Password sign-in and lockout ———

export function lockKey(account: Account | undefined, login: string): string {
  return account ? account.personId : `id:${normaliseIdentifier(login).value}`;
}

export function checkLock(key: string): void {
  const entry = passwordFailures.get(key);
  if (entry && entry.lockedUntil > nowMs()) {
    throw new IdentityProblem(429, 'account-locked', { retryAfter: Math.ceil((entry.lockedUntil - nowMs()) / 1000) });
  }
}

export function recordPasswordFailure(key: string): void {
  const entry = passwordFailures.get(key) ?? { count: 0, lockedUntil: 0 };
  if (entry.lockedUntil && entry.lockedUntil <= nowMs()) entry.count = 0;
  entry.count += 1;
  entry.lockedUntil = 0;
  if (entry.count >= config.maxPasswordFailures) entry.lockedUntil = nowMs() + config.lockoutSeconds * 1000;
  passwordFailures.set(key, entry);
  if (entry.lockedUntil) throw new IdentityProblem(429, 'account-locked', { retryAfter: config.lockoutSeconds });
  throw new IdentityProblem(401, 'bad-credentials');
}

/**
 * Step 1 of the password sign-in: a locked account answers 429 before the password is even compared. A device the
 * citizen trusted (a completed second factor without «Чужой компьютер») skips the one-time code; «Чужой компьютер»
 * on it forgets it, so the code is asked again.
 */
export function signIn(body: Schemas['IdentitySignInRequest'], device: DeviceTrust = {}): IdentityStep {
  const authorization = checkAuthorization(body.authorization);
  const account = findAccount(body.login);
  const key = lockKey(account, body.login);
  checkLock(key);
  if (!account || account.password !== body.password) recordPasswordFailure(key);
  passwordFailures.delete(key);
  const flow = newFlow('sign-in', {
    authorization,
    personId: account!.personId,
    foreignComputer: body.foreignComputer ?? false,
  });
  if (account!.identity.factors.length === 0) return finish(flow, account!.personId);
  if (flow.foreignComputer) {
    if (device.token) trustedDevices.delete(device.token);
    device.clear = device.token !== undefined;
  } else if (trustedFor(device, account!.personId)) return finish(flow, account!.personId);
  return secondFactorStep(flow, account!);
}

export function secondFactorStep(flow: Flow, account: Account): IdentityStep {
  return {
    flowId: flow.id,
    step: 'second-factor',
    methods: account.identity.factors.map((method) => ({
      method,
      destination: destinationOf(method, account.personId),
    })),
    backupCodes: account.identity.backupCodes.length > 0,
  };
}
