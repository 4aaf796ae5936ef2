/**
 * What every flow shares: identifiers (detected as <gu-login> detects them), the authorization request a flow
 * ends with (`finish`: a code of the mock OIDC provider), creating and finding flows, masked destinations.
 */
import {
  IdentityProblem,
  accounts,
  config,
  flows,
  nowMs,
  person,
  type Account,
  type Flow,
  type FlowKind,
  type IdentityAuthorization,
  type IdentityStep,
} from './store.js';
import { issueAuthorizationCode, type AuthorizationCodeRequest } from '../oidc/provider.js';
import type { CodeMethod } from './data.js';
import { TEST_CITIZENS } from '../oidc/citizens.js';
import { randomToken } from '../oidc/jwt.js';
import {
  stripSeparators,
  validateEmail,
  validateInn,
  validatePassport,
  validatePhone,
  validateSnils,
} from '../../components/core/validation/index.js';

// ——— Identifiers ———

/** What an identifier is, detected the way <gu-login> detects it. */
export type IdentifierKind = 'phone' | 'email' | 'snils' | 'inn' | 'passport' | 'login';

/** Detects and normalises an identifier: phone → +7…, e-mail lower-cased, SNILS/INN/passport digits. */
export function normaliseIdentifier(input: string): { kind: IdentifierKind; value: string } {
  const trimmed = input.trim();
  if (trimmed.includes('@')) {
    const email = validateEmail(trimmed);
    return { kind: 'email', value: email.ok ? email.value.toLowerCase() : trimmed.toLowerCase() };
  }
  const compact = stripSeparators(trimmed);
  if (/^\+\d+$/.test(compact) || /^[78]9\d{9}$/.test(compact) || /^9\d{9}$/.test(compact)) {
    const phone = validatePhone(compact);
    if (phone.ok) return { kind: 'phone', value: phone.value };
  }
  if (/^\d{11}$/.test(compact) && validateSnils(compact).ok) return { kind: 'snils', value: compact };
  if (/^\d{12}$/.test(compact) && validateInn(compact, 'person').ok) return { kind: 'inn', value: compact };
  if (/^\d{10}$/.test(compact) && validatePassport(compact).ok) return { kind: 'passport', value: compact };
  return { kind: 'login', value: trimmed.toLowerCase() };
}

export function findAccount(input: string, allowPassport = false): Account | undefined {
  const { kind, value } = normaliseIdentifier(input);
  for (const account of accounts.values()) {
    const citizen = TEST_CITIZENS.find((item) => item.personId === account.personId);
    const profile = person(account.personId);
    if (kind === 'login' && citizen?.login === value) return account;
    if (!profile) continue;
    if (kind === 'phone' && profile.phone === value) return account;
    if (kind === 'email' && profile.email.toLowerCase() === value) return account;
    if (kind === 'snils' && profile.snils === value) return account;
    if (kind === 'inn' && profile.inn === value) return account;
    if (kind === 'passport' && allowPassport && account.identity.passport === value) return account;
  }
  return undefined;
}

// ——— Authorization ———

export function checkAuthorization(authorization: IdentityAuthorization | undefined): IdentityAuthorization {
  if (!authorization) throw new IdentityProblem(400, 'authorization-missing');
  let redirect: URL;
  try {
    redirect = new URL(authorization.redirectUri);
  } catch {
    throw new IdentityProblem(400, 'authorization-invalid');
  }
  if (
    !['http:', 'https:'].includes(redirect.protocol) ||
    !authorization.clientId ||
    !authorization.scope.split(' ').includes('openid') ||
    authorization.codeChallengeMethod !== 'S256' ||
    !/^[A-Za-z0-9_-]{43,128}$/.test(authorization.codeChallenge)
  )
    throw new IdentityProblem(400, 'authorization-invalid');
  return authorization;
}

export function finish(flow: Flow, personId: string, authorization = flow.authorization): IdentityStep {
  const request = checkAuthorization(authorization);
  flow.done = true;
  flow.personId = personId; // whose sign-in it was (the login history reads it after the flow is gone)
  flows.delete(flow.id);
  const codeRequest: AuthorizationCodeRequest = {
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    scope: request.scope,
    state: request.state,
    nonce: request.nonce,
    codeChallenge: request.codeChallenge,
  };
  const level = person(personId)?.accountLevel;
  return {
    flowId: flow.id,
    step: 'done',
    redirectTo: issueAuthorizationCode(codeRequest, personId),
    ...(level ? { level } : {}),
  };
}

export function newFlow(kind: FlowKind, fields: Partial<Flow> = {}): Flow {
  const flow: Flow = {
    id: randomToken(12),
    kind,
    createdAt: nowMs(),
    policy: 'default',
    codeVerified: false,
    questionsPassed: false,
    questionTries: 0,
    polls: 0,
    foreignComputer: false,
    done: false,
    ...fields,
  };
  flows.set(flow.id, flow);
  return flow;
}

/** The flow of an id, if it is alive. */
export function flowOf(flowId: string, kinds?: FlowKind[]): Flow {
  const flow = flows.get(flowId);
  if (!flow || nowMs() - flow.createdAt > config.flowTtl * 1000 || (kinds && !kinds.includes(flow.kind)))
    throw new IdentityProblem(404, 'flow-not-found');
  return flow;
}

// ——— Masking ———

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 2)}***@${domain}`;
}

export function maskPhoneNumber(phone: string): string {
  const match = /^\+7\d{6}(\d{2})(\d{2})$/.exec(phone);
  return match ? `+7 (***) ***-${match[1]}-${match[2]}` : phone;
}

export function destinationOf(method: CodeMethod, personId: string | undefined): string {
  const profile = personId ? person(personId) : undefined;
  if (method === 'totp') return 'authenticator';
  if (!profile) return method === 'sms' ? '+7 (***) ***-**-**' : '***@***';
  const phone = accounts.get(personId ?? '')?.identity.smsPhone ?? profile.phone;
  return method === 'sms' ? maskPhoneNumber(phone) : maskEmail(profile.email);
}
