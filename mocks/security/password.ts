/**
 * The security mock (issue 16): re-authentication (step-up), the password change with a one-time code, security
 * questions. Every change is made to the identity account <gu-login> uses (mocks/identity): the new password signs
 * in, recovery asks the new questions, a wrong current password counts against the same lockout as a sign-in and
 * shows in the login history.
 *
 * - POST /security/reauthentication (reauthenticate): the password again or a passkey assertion
 *   (+ POST /security/reauthentication/challenge); failures are login events of method `reauthentication`;
 * - POST /security/password (startPasswordChange): the current password (its right answer is a re-authentication),
 *   the new one against the portal's policy, the blocklist, the person's own data and the last 5 passwords, then a
 *   code by SMS (challenges.ts); POST /security/password/confirmation (confirmPasswordChange; step-up): the code,
 *   the password changes, «Завершить все другие сеансы» ends the others (sessions.ts `endSessions`);
 * - GET/PUT /security/questions (step-up on PUT): two different questions of the catalogue, answers never sent back.
 */
import type { RequestHandler } from 'msw';
import { addNotification } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, http, localeOf, type Locale } from '../handlers/support.js';
import { isObject, jsonBody, type Raw } from '../notifications/replies.js';
import { checkLock } from '../identity/password-sign-in.js';
import { passwordProblems } from '../identity/passwords.js';
import { checkClientData, passkeySignatureValid, b64urlBytes } from '../identity/passkey.js';
import { newFlow } from '../identity/flows.js';
import {
  IdentityProblem,
  accounts,
  config,
  flows,
  nowMs,
  passkeys,
  passwordFailures,
  person,
  type Account,
} from '../identity/store.js';
import type { SecurityQuestion as IdentityQuestion } from '../identity/data.js';
import { challengeFor, challengeHandlers, challengeOf, createChallenge, verifyChallenge } from './challenges.js';
import { endSessions } from './sessions.js';
import {
  SecurityProblem,
  markReauthenticated,
  personSecurity,
  recordLoginEvent,
  rememberPassword,
  requestContext,
  requireReauth,
  securityChanged,
  securityRoute,
  type RequestContext,
} from './store.js';

type Schemas = components['schemas'];

/** The portal's password rules for a change (the overview says the same: GET /security `password`). */
export const CHANGE_POLICY = { policy: 'default', minLength: 8, maxLength: 128 } as const;

/** The questions a citizen may choose from (the identity's three first: the seeded answers keep their ids). */
export const QUESTION_CATALOGUE: ReadonlyArray<{ id: string; text: Record<Locale, string> }> = [
  { id: 'mother', text: { ru: 'Девичья фамилия матери', en: "Mother's maiden name" } },
  { id: 'pet', text: { ru: 'Кличка первого домашнего животного', en: 'Name of your first pet' } },
  { id: 'school', text: { ru: 'Номер школы, которую вы окончили', en: 'Number of the school you finished' } },
  { id: 'city', text: { ru: 'Город, в котором вы родились', en: 'The city you were born in' } },
  { id: 'teacher', text: { ru: 'Фамилия первого учителя', en: 'Surname of your first teacher' } },
  { id: 'street', text: { ru: 'Улица, на которой вы выросли', en: 'The street you grew up on' } },
];

const accountOf = (personId: string): Account => {
  const account = accounts.get(personId);
  if (!account) throw new SecurityProblem(404, 'not-found');
  return account;
};

async function body(request: Request): Promise<Raw> {
  const value = await jsonBody(request);
  if (!isObject(value))
    throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'body', code: 'required' }] });
  return value;
}

const text = (value: unknown, field: string, max = 256): string => {
  if (typeof value !== 'string' || value.length === 0 || value.length > max)
    throw new SecurityProblem(400, 'validation-failed', { fields: [{ field, code: 'required' }] });
  return value;
};

/**
 * Checks the account's password like a sign-in does: a lock answers 429 before comparing; a wrong one counts on the
 * same lockout (422 `wrong-password` + `attemptsLeft`, the last one 429 `account-locked`) and is a failed login event.
 */
function checkPassword(ctx: RequestContext, account: Account, password: string): void {
  const fail = (reason: 'wrong-password' | 'account-locked') =>
    recordLoginEvent(account.personId, { method: 'reauthentication', result: 'failure', reason, device: ctx });
  try {
    checkLock(account.personId);
  } catch (error) {
    if (error instanceof IdentityProblem) fail('account-locked');
    throw error;
  }
  if (account.password === password) {
    passwordFailures.delete(account.personId);
    return;
  }
  const entry = passwordFailures.get(account.personId) ?? { count: 0, lockedUntil: 0 };
  if (entry.lockedUntil && entry.lockedUntil <= nowMs()) entry.count = 0;
  entry.count += 1;
  entry.lockedUntil = entry.count >= config.maxPasswordFailures ? nowMs() + config.lockoutSeconds * 1000 : 0;
  passwordFailures.set(account.personId, entry);
  if (entry.lockedUntil) {
    fail('account-locked');
    throw new SecurityProblem(429, 'account-locked', { retryAfter: config.lockoutSeconds });
  }
  fail('wrong-password');
  throw new SecurityProblem(422, 'wrong-password', { attemptsLeft: config.maxPasswordFailures - entry.count });
}

// ——— Re-authentication ———

/** Passkey challenges of re-authentication: challenge → the identity flow that carries it. */
const REAUTH_FLOW_TTL_MS = 5 * 60_000;

async function reauthenticateWithPasskey(request: Request, ctx: RequestContext, passkey: Raw): Promise<void> {
  const challenge = text(passkey['challenge'], 'passkey.challenge');
  const assertion = passkey['assertion'];
  if (!isObject(assertion))
    throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'passkey.assertion', code: 'required' }] });
  const flow = [...flows.values()].find((item) => item.kind === 'passkey' && item.challenge === challenge);
  if (!flow || flow.personId !== ctx.personId || nowMs() - flow.createdAt > REAUTH_FLOW_TTL_MS)
    throw new SecurityProblem(422, 'passkey-invalid');
  flows.delete(flow.id);
  const credentialId = text(assertion['credentialId'], 'passkey.assertion.credentialId');
  const key = passkeys.get(credentialId);
  const rpId = new URL(request.url).hostname;
  const fail = () => {
    recordLoginEvent(ctx.personId, {
      method: 'reauthentication',
      result: 'failure',
      reason: 'passkey-failed',
      device: ctx,
    });
    return new SecurityProblem(422, 'passkey-invalid');
  };
  if (!key || key.personId !== ctx.personId) throw fail();
  try {
    checkClientData(text(assertion['clientDataJSON'], 'clientDataJSON', 10_000), 'webauthn.get', flow, rpId);
  } catch {
    throw fail();
  }
  const authenticatorData = b64urlBytes(text(assertion['authenticatorData'], 'authenticatorData', 10_000));
  const rpIdHash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(rpId)));
  if (authenticatorData.length < 37 || rpIdHash.some((byte, index) => authenticatorData[index] !== byte)) throw fail();
  const clientHash = new Uint8Array(
    await crypto.subtle.digest('SHA-256', b64urlBytes(String(assertion['clientDataJSON']))),
  );
  const signed = new Uint8Array(authenticatorData.length + 32);
  signed.set(authenticatorData);
  signed.set(clientHash, authenticatorData.length);
  if (!(await passkeySignatureValid(key, text(assertion['signature'], 'signature', 10_000), signed))) throw fail();
  (key as { lastUsedAt?: string }).lastUsedAt = new Date(nowMs()).toISOString();
}

// ——— Password change ———

interface PendingPassword {
  password: string;
  sessionId: string;
}

/** The server's reasons against a new password (contract codes), the personal-data one renamed as the contract has it. */
function newPasswordProblems(account: Account, password: string): string[] {
  const profile = person(account.personId);
  const context = ['gosuslugi', 'госуслуги'];
  if (profile)
    context.push(profile.surname, profile.name, profile.phone.slice(-7), profile.snils, profile.email.split('@')[0]!);
  const problems = passwordProblems(
    password,
    CHANGE_POLICY.policy,
    CHANGE_POLICY.minLength,
    context.filter(Boolean),
  ).map((code) => (code === 'password-contextual' ? 'password-personal-data' : code));
  if (password === account.password) problems.push('password-same');
  else if (personSecurity(account.personId).passwordHistory.includes(password)) problems.push('password-reused');
  return problems;
}

// ——— Questions ———

function questionsOf(account: Account, locale: Locale, updatedAt?: string): Schemas['SecurityQuestions'] {
  return {
    chosen: account.identity.questions.map((question) => ({ id: question.id, text: question.text[locale] })),
    catalogue: QUESTION_CATALOGUE.map((question) => ({ id: question.id, text: question.text[locale] })),
    ...(updatedAt ? { updatedAt } : {}),
  };
}

const questionsUpdated = new WeakMap<Account, string>();

export const passwordHandlers: RequestHandler[] = [
  ...challengeHandlers,
  http.post(
    '/security/reauthentication',
    securityRoute(async ({ request, response }) => {
      const ctx = requestContext(request);
      const account = accountOf(ctx.personId);
      const raw = await body(request);
      if ((raw['password'] === undefined) === (raw['passkey'] === undefined))
        throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'password', code: 'required' }] });
      if (raw['password'] !== undefined) checkPassword(ctx, account, text(raw['password'], 'password'));
      else if (isObject(raw['passkey'])) await reauthenticateWithPasskey(request, ctx, raw['passkey']);
      else throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'passkey', code: 'required' }] });
      const until = markReauthenticated(request);
      return response(200).json({ until: until.toISOString() });
    }),
  ),
  http.post(
    '/security/reauthentication/challenge',
    securityRoute(async ({ request, response }) => {
      const ctx = requestContext(request);
      const own = [...passkeys.entries()].filter(([, key]) => key.personId === ctx.personId).map(([id]) => id);
      if (own.length === 0) throw new SecurityProblem(404, 'not-found');
      const flow = newFlow('passkey', { personId: ctx.personId });
      const challenge = [...crypto.getRandomValues(new Uint8Array(32))]
        .map((byte) => String.fromCharCode(byte))
        .join('');
      flow.challenge = btoa(challenge).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
      return response(200).json({
        challenge: flow.challenge,
        rpId: new URL(request.url).hostname,
        timeout: 60_000,
        allowCredentials: own,
      });
    }),
  ),
  http.post(
    '/security/password',
    securityRoute(async ({ request, response }) => {
      const ctx = requestContext(request);
      const account = accountOf(ctx.personId);
      const raw = await body(request);
      const current = text(raw['currentPassword'], 'currentPassword');
      const next = text(raw['newPassword'], 'newPassword');
      checkPassword(ctx, account, current);
      // The right current password is a re-authentication of this session.
      markReauthenticated(request);
      const problems = newPasswordProblems(account, next);
      if (problems.length > 0)
        throw new SecurityProblem(422, 'password-rejected', {
          fields: problems.map((code) => ({ field: 'newPassword', code })),
        });
      const record = createChallenge<PendingPassword>(ctx.personId, 'password-change', {
        password: next,
        sessionId: ctx.sessionId,
      });
      return response(202).json(challengeOf(record));
    }),
  ),
  http.post(
    '/security/password/confirmation',
    securityRoute(async ({ request, response }) => {
      const ctx = requestContext(request);
      const account = accountOf(ctx.personId);
      const raw = await body(request);
      const challengeId = text(raw['challengeId'], 'challengeId');
      const code = raw['code'];
      if (typeof code !== 'string' || !/^\d{4,8}$/.test(code))
        throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'code', code: 'invalid' }] });
      const record = challengeFor<PendingPassword>(ctx.personId, challengeId, 'password-change');
      requireReauth(request);
      verifyChallenge(record, code);
      const previous = account.password;
      if (newPasswordProblems(account, record.pending.password).length > 0)
        throw new SecurityProblem(409, 'security-changed');
      rememberPassword(account.personId, previous);
      account.password = record.pending.password;
      rememberPassword(account.personId, account.password);
      passwordFailures.delete(account.personId);
      const changedAt = new Date(nowMs()).toISOString();
      personSecurity(account.personId).passwordChangedAt = changedAt;
      // The «Пароль изменён» alert (alerts.ts keeps whether the citizen wants it), in the portal's feed.
      if (personSecurity(account.personId).alerts.passwordChanged.enabled)
        addNotification(account.personId, {
          category: 'security',
          title: 'Пароль изменён',
          body: 'Пароль от учётной записи изменён. Если это были не вы, сразу восстановите доступ и завершите все сеансы.',
          sender: 'Госуслуги',
          link: { kind: 'security', href: '/security' },
        });
      const endedSessions =
        raw['endOtherSessions'] === true ? endSessions(ctx.personId, ctx.sessionId, 'password-changed') : 0;
      securityChanged(ctx.personId, 'password');
      return response(200).json({ changedAt, endedSessions });
    }),
  ),
  http.get(
    '/security/questions',
    securityRoute(({ request, response }) => {
      const account = accountOf(citizenOf(request).id);
      return response(200).json(questionsOf(account, localeOf(request), questionsUpdated.get(account)));
    }),
  ),
  http.put(
    '/security/questions',
    securityRoute(async ({ request, response }) => {
      const ctx = requestContext(request);
      const account = accountOf(ctx.personId);
      const raw = await body(request);
      const answers = raw['answers'];
      if (!Array.isArray(answers) || answers.length !== 2 || !answers.every(isObject))
        throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'answers', code: 'invalid' }] });
      const fields: Array<{ field: string; code: string }> = [];
      const chosen: IdentityQuestion[] = [];
      answers.forEach((answer, index) => {
        const question = QUESTION_CATALOGUE.find((item) => item.id === answer['questionId']);
        if (!question) fields.push({ field: `answers.${index}.questionId`, code: 'invalid' });
        else if (chosen.some((item) => item.id === question.id))
          fields.push({ field: `answers.${index}.questionId`, code: 'duplicate' });
        const value = typeof answer['answer'] === 'string' ? answer['answer'].trim() : '';
        if ([...value].length < 2 || [...value].length > 100)
          fields.push({ field: `answers.${index}.answer`, code: 'invalid' });
        if (question) chosen.push({ id: question.id, text: { ...question.text }, answer: value });
      });
      if (fields.length > 0) throw new SecurityProblem(422, 'validation-failed', { fields });
      requireReauth(request);
      account.identity.questions = chosen;
      const updatedAt = new Date(nowMs()).toISOString();
      questionsUpdated.set(account, updatedAt);
      securityChanged(ctx.personId, 'questions');
      return response(200).json(questionsOf(account, localeOf(request), updatedAt));
    }),
  ),
];
