/**
 * New passwords (registration, recovery): the policy's rules, the blocklist and the person's own data.
 */
import {
  IdentityProblem,
  accounts,
  endedSessions,
  passwordFailures,
  person,
  type Flow,
  type IdentityStep,
  type PasswordPolicyName,
  type Schemas,
} from './store.js';
import { PASSWORD_BLOCKLIST } from './data.js';
import { createPerson } from './registration.js';
import { endSessions } from '../security/sessions.js';
import { finish, flowOf } from './flows.js';
import { stripSeparators } from '../../components/core/validation/index.js';

// ——— Passwords ———

export function mfaOf(flow: Flow): boolean {
  if (flow.kind === 'registration' || !flow.personId) return false;
  return (accounts.get(flow.personId)?.identity.factors.length ?? 0) > 0;
}

export function minLengthOf(flow: Flow): number {
  if (flow.policy === 'nist') return mfaOf(flow) ? 8 : 15;
  return 8;
}

export function passwordStep(flow: Flow): IdentityStep {
  return {
    flowId: flow.id,
    step: 'password',
    password: {
      policy: flow.policy,
      minLength: minLengthOf(flow),
      maxLength: 128,
      ...(flow.kind === 'recovery' ? { endOtherSessions: true } : {}),
    },
  };
}

/** Server-side password rules: the policy's length and composition, then the blocklist and the person's own data. */
export function passwordProblems(
  password: string,
  policy: PasswordPolicyName,
  minLength: number,
  context: string[],
): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < minLength) problems.push('password-too-short');
  if (length > 128) problems.push('password-too-long');
  if (policy === 'default') {
    if (!/\p{Lu}/u.test(password)) problems.push('password-no-upper');
    if (!/\p{Ll}/u.test(password)) problems.push('password-no-lower');
    if (!/\d/.test(password)) problems.push('password-no-digit');
    if (!/[^\p{L}\d\s]/u.test(password)) problems.push('password-no-special');
  }
  const lower = password.toLowerCase();
  if (PASSWORD_BLOCKLIST.includes(lower) || /^(.)\1+$/.test(password) || /0123456|1234567|qwerty|йцукен/.test(lower))
    problems.push('password-blocklisted');
  else if (context.some((item) => item.length >= 4 && lower.includes(item.toLowerCase())))
    problems.push('password-contextual');
  return problems;
}

export function contextOf(flow: Flow): string[] {
  const items = ['gosuslugi', 'госуслуги'];
  if (flow.registration) {
    items.push(flow.registration.surname, flow.registration.name, stripSeparators(flow.registration.contact).slice(-7));
  }
  const profile = flow.personId ? person(flow.personId) : undefined;
  if (profile)
    items.push(profile.surname, profile.name, profile.phone.slice(-7), profile.snils, profile.email.split('@')[0]!);
  return items.filter(Boolean);
}

/** `POST /identity/flows/{flowId}/password`: registration creates the account; recovery changes the password. */
export function setPassword(flowId: string, body: Schemas['IdentityPasswordRequest']): IdentityStep {
  const flow = flowOf(flowId, ['registration', 'recovery']);
  if (!flow.codeVerified && !flow.questionsPassed) throw new IdentityProblem(409, 'step-not-reached');
  const problems = passwordProblems(body.password, flow.policy, minLengthOf(flow), contextOf(flow));
  if (problems.length > 0)
    throw new IdentityProblem(422, 'password-rejected', {
      fields: problems.map((code) => ({ field: 'password', code })),
    });
  if (flow.kind === 'registration') {
    const personId = createPerson(flow);
    accounts.set(personId, {
      personId,
      password: body.password,
      identity: { personId, factors: [], backupCodes: [], questions: [], passport: '' },
    });
    return finish(flow, personId);
  }
  const account = accounts.get(flow.personId!)!;
  account.password = body.password;
  passwordFailures.delete(account.personId);
  if (body.endOtherSessions) {
    // A recovery is made signed out: every session of the account ends (its pages sign out: `sessions-ended`).
    endedSessions.push(account.personId);
    endSessions(account.personId, undefined, 'password-changed');
  }
  return finish(flow, account.personId);
}
