/**
 * What the identity flows of <gu-login> leave in the account's login history («История входов» of
 * <gu-security-settings>, mocks/security/store.ts): every completed sign-in (password with its second factor or a
 * trusted device, passkey, QR, e-signature, bank, recovery, registration) and every failed attempt the citizen made
 * on a real account (wrong password, lockout, wrong or expired code, factor lock, a passkey that failed, wrong answers).
 *
 * The handlers (handlers.ts `route`) call `beginAttempt()` before a flow call and `succeeded(step)` / `failed(problem)`
 * after it: this module reads what it needs from the request (its body is cloned, never consumed) and the flow.
 */
import { accounts, flows, isTrustedDevice, passkeys, type DeviceTrust, type Flow, type FlowKind } from './store.js';
import type { IdentityProblem, IdentityStep } from './store.js';
import { findAccount } from './flows.js';
import {
  deviceOf,
  loginEventsOf,
  recordLoginEvent,
  type DeviceInfo,
  type LoginFailureReason,
  type LoginMethod,
  type SecondFactor,
} from '../security/store.js';

const METHODS: Partial<Record<FlowKind, LoginMethod>> = {
  'sign-in': 'password',
  'passkey-registration': 'password',
  passkey: 'passkey',
  qr: 'qr',
  signature: 'signature',
  bank: 'bank',
  recovery: 'recovery',
  registration: 'registration',
};

/** One identity call under way: how to record its outcome. */
export interface Attempt {
  succeeded(step: IdentityStep): void;
  failed(problem: IdentityProblem): void;
}

async function bodyOf(request: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await request.clone().json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Whether the person signed in from this kind of device, browser and OS before (successfully). */
function knownDevice(personId: string, device: DeviceInfo): boolean {
  return loginEventsOf(personId).some(
    (event) =>
      event.result === 'success' &&
      event.kind === device.kind &&
      event.browser === device.browser &&
      event.os === device.os,
  );
}

/** Reads what the outcome of an identity call will need (before the call changes or forgets the flow). */
export async function beginAttempt(
  path: string,
  request: Request,
  params: Record<string, string>,
  device: DeviceTrust,
): Promise<Attempt> {
  const body = await bodyOf(request);
  const flowId = params['flowId'];
  // The flow object itself: `finish` deletes it from the map but tells it whose sign-in it was.
  const flow: Flow | undefined = flowId ? flows.get(flowId) : undefined;
  const login = text(body['login']);
  const loginPerson = login !== undefined ? findAccount(login)?.personId : undefined;
  const codeMethod = flow?.code?.method;
  const backupCode = text(body['backupCode']) !== undefined;
  const deviceToken = device.token;
  const info = deviceOf(request);
  const method: LoginMethod | undefined = flow ? METHODS[flow.kind] : login !== undefined ? 'password' : undefined;

  const record = (
    personId: string | undefined,
    fields: { result: 'success' | 'failure'; reason?: LoginFailureReason; secondFactor?: SecondFactor },
    authorizationCode?: string,
  ): void => {
    if (!personId || !method || !accounts.has(personId)) return;
    const trusted = deviceToken !== undefined && isTrustedDevice(deviceToken, personId);
    recordLoginEvent(personId, {
      method,
      device: info,
      newDevice: fields.result === 'success' && !trusted && !knownDevice(personId, info),
      ...fields,
      ...(authorizationCode ? { authorizationCode } : {}),
    });
  };
  const secondFactorOf = (): SecondFactor | undefined =>
    backupCode
      ? 'backup-code'
      : codeMethod === 'sms' || codeMethod === 'email' || codeMethod === 'totp'
        ? codeMethod
        : undefined;

  return {
    succeeded(step) {
      const personId = flow?.personId ?? loginPerson;
      if (step.step === 'done') {
        let secondFactor: SecondFactor | undefined;
        if (path === '/sign-in')
          secondFactor =
            (accounts.get(personId ?? '')?.identity.factors.length ?? 0) > 0 ? 'trusted-device' : undefined;
        else if (path === '/flows/:flowId/verify') secondFactor = secondFactorOf();
        let code: string | undefined;
        try {
          code = step.redirectTo ? (new URL(step.redirectTo).searchParams.get('code') ?? undefined) : undefined;
        } catch {
          code = undefined;
        }
        record(personId, { result: 'success', ...(secondFactor ? { secondFactor } : {}) }, code);
        return;
      }
      const problem = step.problem;
      if (problem === 'wrong-code' || problem === 'code-exhausted' || problem === 'wrong-backup-code')
        record(personId, { result: 'failure', reason: 'wrong-code', secondFactor: secondFactorOf() });
      else if (problem === 'code-expired')
        record(personId, { result: 'failure', reason: 'code-expired', secondFactor: secondFactorOf() });
      else if (problem === 'wrong-answers') record(personId, { result: 'failure', reason: 'wrong-answers' });
    },
    failed(problem) {
      let personId = flow?.personId ?? loginPerson;
      const reasons: Record<string, LoginFailureReason> = {
        'bad-credentials': 'wrong-password',
        'account-locked': 'account-locked',
        'factor-locked': 'factor-locked',
        'questions-locked': 'wrong-answers',
        'passkey-invalid': 'passkey-failed',
      };
      const reason = reasons[problem.code];
      if (!reason) return;
      if (reason === 'passkey-failed') personId = passkeys.get(text(body['credentialId']) ?? '')?.personId;
      const secondFactor = reason === 'factor-locked' ? secondFactorOf() : undefined;
      record(personId, { result: 'failure', reason, ...(secondFactor ? { secondFactor } : {}) });
    },
  };
}
