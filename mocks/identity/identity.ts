/**
 * The identity service of the embedded <gu-login>, in memory: accounts and passwords, flows (sign-in, registration,
 * recovery, e-signature, bank, passkey, QR), one-time codes and every rule a real service enforces server-side —
 * lockout, code lifetime and attempts, resend throttling, password policy and blocklist. Handlers: handlers.ts.
 */
import { getDb } from '../db/index.js';
import type { Profile } from '../db/index.js';
import { TEST_CITIZENS } from '../oidc/citizens.js';
import { issueAuthorizationCode } from '../oidc/provider.js';
import type { AuthorizationCodeRequest } from '../oidc/provider.js';
import { randomToken } from '../oidc/jwt.js';
import {
  validateEmail,
  validateInn,
  validatePassport,
  validatePhone,
  validateSnils,
  stripSeparators,
} from '../../components/core/validation/index.js';
import type { components } from '../generated/api-types.js';
import { DECOY_QUESTIONS, PASSWORD_BLOCKLIST, seedIdentityProfiles } from './data.js';
import type { CodeMethod, IdentityProfile, SecurityQuestion } from './data.js';
import type { Locale } from '../handlers/support.js';
import { NAME } from '../../components/login/limits.js';

type Schemas = components['schemas'];
export type IdentityStep = Schemas['IdentityStep'];
export type IdentityAuthorization = Schemas['IdentityAuthorization'];
export type PasswordPolicyName = Schemas['IdentityPasswordPolicy'];

/** The rules of the mock (defaults from requirements 23–25 and the issue); `configureMockIdentity` changes them. */
export interface MockIdentityConfig {
  /** Wrong passwords before the account is locked [5]. */
  maxPasswordFailures: number;
  /** Lockout length, s [900]. */
  lockoutSeconds: number;
  /** Code length [6]. */
  codeLength: number;
  /** How long a trusted device skips the one-time code, s [30 days]. */
  trustedDeviceTtl: number;
  /** Code lifetime, s [300]. */
  codeTtl: number;
  /** Wrong entries that invalidate a code [5]. */
  codeAttempts: number;
  /** Consecutive code failures that lock the factor [10] (for 15 min, doubling up to 1 h); 100 disable it. */
  factorLockFailures: number;
  /** Seconds before a code may be resent [60]. */
  resendCooldown: number;
  /** Codes sent per account and destination per hour [5]. */
  sendsPerHour: number;
  /** Security-question tries per flow [3]. */
  questionAttempts: number;
  /** QR: polls until «scanned» and until done, when auto-approve is on (a simulated phone) [3, 5; 0 = never]. */
  qrScanAfterPolls: number;
  qrApproveAfterPolls: number;
  /** QR lifetime, s [120]; poll interval, ms [2000]. */
  qrTtl: number;
  qrPollInterval: number;
  /** A flow left alone this long is forgotten, s [1800]. */
  flowTtl: number;
}

const DEFAULT_CONFIG: MockIdentityConfig = {
  maxPasswordFailures: 5,
  lockoutSeconds: 900,
  codeLength: 6,
  trustedDeviceTtl: 30 * 24 * 3600,
  codeTtl: 300,
  codeAttempts: 5,
  factorLockFailures: 10,
  resendCooldown: 60,
  sendsPerHour: 5,
  questionAttempts: 3,
  qrScanAfterPolls: 3,
  qrApproveAfterPolls: 5,
  qrTtl: 120,
  qrPollInterval: 2000,
  flowTtl: 1800,
};

/** A failure the handlers turn into an Error body. */
export class IdentityProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly extra: { retryAfter?: number; fields?: Array<{ field: string; code: string }> } = {},
  ) {
    super(code);
    this.name = 'IdentityProblem';
  }
}

interface Account {
  personId: string;
  password: string;
  identity: IdentityProfile;
}

interface CodeRecord {
  method: CodeMethod;
  destination: string;
  value: string;
  sentAt: number;
  expiresAt: number;
  wrong: number;
  invalidated: boolean;
}

type FlowKind =
  'sign-in' | 'registration' | 'recovery' | 'signature' | 'bank' | 'passkey' | 'passkey-registration' | 'qr';

interface Flow {
  id: string;
  kind: FlowKind;
  createdAt: number;
  authorization?: IdentityAuthorization;
  /** The account the flow acts for (undefined: nobody — a recovery for an unknown identifier). */
  personId?: string;
  policy: PasswordPolicyName;
  code?: CodeRecord;
  /** Which stage the citizen has passed. */
  codeVerified: boolean;
  questionsPassed: boolean;
  questionTries: number;
  registration?: {
    surname: string;
    name: string;
    patronymic?: string;
    contact: string;
    contactKind: 'phone' | 'email';
  };
  challenge?: string;
  ticket?: string;
  polls: number;
  qrApprovedBy?: string;
  foreignComputer: boolean;
  done: boolean;
}

/** A code as the mock «delivered» it (SMS, e-mail, or what the authenticator app shows). */
export interface DeliveredCode {
  flowId: string;
  method: CodeMethod;
  destination: string;
  code: string;
  sentAt: number;
}

interface Passkey {
  personId: string;
  publicKey: string;
  algorithm: number;
}

let config: MockIdentityConfig = { ...DEFAULT_CONFIG };
let clockOffsetMs = 0;
let accounts = new Map<string, Account>();
const flows = new Map<string, Flow>();
/** Lockout key (person id or normalised identifier) → consecutive failures and lock. */
const passwordFailures = new Map<string, { count: number; lockedUntil: number }>();
/** Person id → consecutive code failures, factor lock, lock count. */
const factorFailures = new Map<string, { count: number; lockedUntil: number; locks: number }>();
/** `${personId}|${destination}` → send times (ms). */
const sends = new Map<string, number[]>();
const inbox: DeliveredCode[] = [];
const passkeys = new Map<string, Passkey>();
/**
 * Trusted devices: the device token (a real server's HttpOnly cookie; the handlers set it) → the person and until
 * when the device skips the one-time code. Never issued to a sign-in with «Чужой компьютер» (`foreignComputer`).
 */
const trustedDevices = new Map<string, { personId: string; until: number }>();
/** Sessions ended by recoveries (person ids), for tests. */
const endedSessions: string[] = [];
let registered = 0;

/** The mock's clock in ms (real time plus what tests advanced). */
export const nowMs = (): number => Date.now() + clockOffsetMs;

/** Moves the mock's clock forward (code expiry, cooldowns, lockouts) without waiting. */
export function advanceMockIdentityClock(ms: number): void {
  clockOffsetMs += ms;
}

/** Changes the rules; omitted fields stay. */
export function configureMockIdentity(changes: Partial<MockIdentityConfig>): void {
  config = { ...config, ...changes };
}

/** The current rules. */
export function mockIdentityConfig(): MockIdentityConfig {
  return { ...config };
}

function seedAccounts(): Map<string, Account> {
  const identities = seedIdentityProfiles();
  return new Map(
    TEST_CITIZENS.map((citizen) => [
      citizen.personId,
      {
        personId: citizen.personId,
        password: citizen.password,
        identity: identities.find((item) => item.personId === citizen.personId) ?? {
          personId: citizen.personId,
          factors: [],
          backupCodes: [],
          questions: [],
          passport: '',
        },
      },
    ]),
  );
}
accounts = seedAccounts();

/** Forgets flows, failures, codes, passkeys, registrations and password changes; restores the rules and the clock. */
export function resetMockIdentity(): void {
  config = { ...DEFAULT_CONFIG };
  clockOffsetMs = 0;
  accounts = seedAccounts();
  flows.clear();
  passwordFailures.clear();
  factorFailures.clear();
  sends.clear();
  inbox.length = 0;
  passkeys.clear();
  trustedDevices.clear();
  endedSessions.length = 0;
}

/**
 * The device cookie of a request and what the answer does with it: `set` a new token (a sign-in completed with the
 * second factor on a computer the citizen did not call foreign) or `clear` it («Чужой компьютер»: forget the device).
 */
export interface DeviceTrust {
  /** The device token the request carried. */
  token?: string | undefined;
  /** A token to set (the handlers write the cookie). */
  set?: string;
  /** Whether to clear the cookie. */
  clear?: boolean;
}

function trustedFor(device: DeviceTrust, personId: string): boolean {
  const entry = device.token ? trustedDevices.get(device.token) : undefined;
  return entry !== undefined && entry.personId === personId && entry.until > nowMs();
}

/** After a completed second factor: remember the device, unless the citizen said the computer is not theirs. */
function rememberDevice(flow: Flow, device: DeviceTrust): void {
  if (flow.kind !== 'sign-in' || !flow.personId) return;
  if (flow.foreignComputer) {
    if (device.token) trustedDevices.delete(device.token);
    device.clear = true;
    return;
  }
  if (device.token) trustedDevices.delete(device.token);
  const token = randomToken(24);
  trustedDevices.set(token, { personId: flow.personId, until: nowMs() + config.trustedDeviceTtl * 1000 });
  device.set = token;
}

/** Whether a device token is trusted for a person (tests). */
export function isTrustedDevice(token: string, personId: string): boolean {
  return trustedFor({ token }, personId);
}

/** Every code the mock delivered, oldest first (a test's SMS and e-mail inbox). */
export function mockIdentityInbox(): readonly DeliveredCode[] {
  return [...inbox];
}

/** The last code delivered for a flow (or at all). */
export function lastDeliveredCode(flowId?: string): string | undefined {
  return [...inbox].reverse().find((item) => !flowId || item.flowId === flowId)?.code;
}

/** Person ids whose other sessions a recovery ended. */
export function endedSessionsOf(): readonly string[] {
  return [...endedSessions];
}

/** Approves a QR sign-in as if the app of `personId` scanned and confirmed it. */
export function approveQrFlow(flowId: string, personId = 'person-1'): void {
  const flow = flows.get(flowId);
  if (flow) flow.qrApprovedBy = personId;
}

function person(personId: string): Profile | undefined {
  return getDb().persons.find((item) => item.id === personId);
}

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

function findAccount(input: string, allowPassport = false): Account | undefined {
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

function checkAuthorization(authorization: IdentityAuthorization | undefined): IdentityAuthorization {
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

function finish(flow: Flow, personId: string, authorization = flow.authorization): IdentityStep {
  const request = checkAuthorization(authorization);
  flow.done = true;
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

function newFlow(kind: FlowKind, fields: Partial<Flow> = {}): Flow {
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

function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 2)}***@${domain}`;
}

function maskPhoneNumber(phone: string): string {
  const match = /^\+7\d{6}(\d{2})(\d{2})$/.exec(phone);
  return match ? `+7 (***) ***-${match[1]}-${match[2]}` : phone;
}

function destinationOf(method: CodeMethod, personId: string | undefined): string {
  const profile = personId ? person(personId) : undefined;
  if (method === 'totp') return 'authenticator';
  if (!profile) return method === 'sms' ? '+7 (***) ***-**-**' : '***@***';
  return method === 'sms' ? maskPhoneNumber(profile.phone) : maskEmail(profile.email);
}

// ——— Password sign-in and lockout ———

function lockKey(account: Account | undefined, login: string): string {
  return account ? account.personId : `id:${normaliseIdentifier(login).value}`;
}

function checkLock(key: string): void {
  const entry = passwordFailures.get(key);
  if (entry && entry.lockedUntil > nowMs()) {
    throw new IdentityProblem(429, 'account-locked', { retryAfter: Math.ceil((entry.lockedUntil - nowMs()) / 1000) });
  }
}

function recordPasswordFailure(key: string): void {
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

function secondFactorStep(flow: Flow, account: Account): IdentityStep {
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

// ——— One-time codes ———

function randomDigits(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((byte) => String(byte % 10)).join('');
}

function codeStep(flow: Flow, problem?: IdentityStep['problem']): IdentityStep {
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
function accountAttemptsLeft(personId: string | undefined): number {
  const count = personId ? (factorFailures.get(personId)?.count ?? 0) : 0;
  return config.factorLockFailures - (count % config.factorLockFailures);
}

function checkFactorLock(personId: string | undefined): void {
  const entry = personId ? factorFailures.get(personId) : undefined;
  if (!entry) return;
  if (entry.count >= 100) throw new IdentityProblem(409, 'factor-disabled');
  if (entry.lockedUntil > nowMs())
    throw new IdentityProblem(429, 'factor-locked', { retryAfter: Math.ceil((entry.lockedUntil - nowMs()) / 1000) });
}

function recordCodeFailure(personId: string | undefined): void {
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
function deliver(flow: Flow, method: CodeMethod, destinationKey: string): IdentityStep {
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
  // A new code replaces the previous one (single use, requirement 23); the account's failure count stays.
  flow.code = {
    method,
    destination,
    value: randomDigits(config.codeLength),
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
  if (body.code !== code.value) {
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

// ——— Passwords ———

function mfaOf(flow: Flow): boolean {
  if (flow.kind === 'registration' || !flow.personId) return false;
  return (accounts.get(flow.personId)?.identity.factors.length ?? 0) > 0;
}

function minLengthOf(flow: Flow): number {
  if (flow.policy === 'nist') return mfaOf(flow) ? 8 : 15;
  return 8;
}

function passwordStep(flow: Flow): IdentityStep {
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

function contextOf(flow: Flow): string[] {
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
  if (body.endOtherSessions) endedSessions.push(account.personId);
  return finish(flow, account.personId);
}

function snilsWithControl(first9: string): string {
  const sum = [...first9].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
  const control = sum % 101 === 100 ? 0 : sum % 101;
  return `${first9}${String(control).padStart(2, '0')}`;
}

/** A new simplified account in the mock database (placeholder SNILS/INN/address: a simplified account has none yet). */
function createPerson(flow: Flow): string {
  const data = flow.registration!;
  registered += 1;
  const id = `person-new-${registered}-${randomToken(3)}`;
  const profile: Profile = {
    id,
    surname: data.surname,
    name: data.name,
    ...(data.patronymic ? { patronymic: data.patronymic } : {}),
    birthDate: '1990-01-01',
    snils: snilsWithControl(String(200_000_000 + registered).padStart(9, '0')),
    inn: '000000000000',
    phone: data.contactKind === 'phone' ? data.contact : '+79000000000',
    email: data.contactKind === 'email' ? data.contact : `${id}@example.invalid`,
    accountLevel: 'simplified',
    address: { region: '—', city: '—', street: '—', house: '—', postcode: '000000' },
  };
  getDb().persons.push(profile);
  return id;
}

// ——— Registration and recovery ———

/** `POST /identity/registration`. */
export function register(body: Schemas['IdentityRegistrationRequest']): IdentityStep {
  const authorization = checkAuthorization(body.authorization);
  const fields: Array<{ field: string; code: string }> = [];
  // The contract's `pattern` of names (components/login/limits.ts): letters, then letters, space, hyphen, apostrophe.
  const nameOk = (value: string | undefined) => !value || NAME.test(value.trim());
  if (!body.surname.trim()) fields.push({ field: 'surname', code: 'required' });
  else if (!nameOk(body.surname)) fields.push({ field: 'surname', code: 'name-letters' });
  if (!body.name.trim()) fields.push({ field: 'name', code: 'required' });
  else if (!nameOk(body.name)) fields.push({ field: 'name', code: 'name-letters' });
  if (!nameOk(body.patronymic)) fields.push({ field: 'patronymic', code: 'name-letters' });
  const isEmail = body.contact.includes('@');
  const contact = isEmail ? validateEmail(body.contact) : validatePhone(body.contact);
  if (!contact.ok) fields.push({ field: 'contact', code: isEmail ? 'email-invalid' : `phone-${contact.reason}` });
  if (body.consent !== true) fields.push({ field: 'consent', code: 'consent-required' });
  if (fields.length > 0) throw new IdentityProblem(422, 'validation-failed', { fields });
  const value = contact.ok ? (isEmail ? contact.value.toLowerCase() : contact.value) : '';
  if (findAccount(value)) throw new IdentityProblem(409, 'contact-registered');
  const flow = newFlow('registration', {
    authorization,
    policy: body.passwordPolicy ?? 'default',
    registration: {
      surname: body.surname.trim(),
      name: body.name.trim(),
      ...(body.patronymic?.trim() ? { patronymic: body.patronymic.trim() } : {}),
      contact: value,
      contactKind: isEmail ? 'email' : 'phone',
    },
  });
  return deliver(flow, isEmail ? 'email' : 'sms', value);
}

/** `POST /identity/recovery`: the same answer whether or not an account matches (nothing is sent for none). */
export function recover(body: Schemas['IdentityRecoveryRequest']): IdentityStep {
  const authorization = checkAuthorization(body.authorization);
  const { kind } = normaliseIdentifier(body.identifier);
  if (kind === 'login')
    throw new IdentityProblem(422, 'validation-failed', {
      fields: [{ field: 'identifier', code: 'identifier-invalid' }],
    });
  const account = findAccount(body.identifier, true);
  const flow = newFlow('recovery', {
    authorization,
    personId: account?.personId,
    policy: body.passwordPolicy ?? 'default',
  });
  return deliver(flow, kind === 'email' ? 'email' : 'sms', kind === 'email' ? 'email' : 'phone');
}

function questionsOf(flow: Flow): SecurityQuestion[] {
  const account = flow.personId ? accounts.get(flow.personId) : undefined;
  return account && account.identity.questions.length > 0 ? account.identity.questions : DECOY_QUESTIONS;
}

/** `POST /identity/flows/{flowId}/questions`. */
export function answerQuestions(
  flowId: string,
  body: Schemas['IdentityQuestionsRequest'],
  locale: Locale,
): IdentityStep {
  const flow = flowOf(flowId, ['recovery']);
  const questions = questionsOf(flow);
  const step = (problem?: IdentityStep['problem']): IdentityStep => ({
    flowId: flow.id,
    step: 'questions',
    questions: questions.map((question) => ({ id: question.id, text: question.text[locale] })),
    attemptsLeft: Math.max(0, config.questionAttempts - flow.questionTries),
    ...(problem ? { problem } : {}),
  });
  if (flow.questionTries >= config.questionAttempts)
    throw new IdentityProblem(429, 'questions-locked', { retryAfter: 86_400 });
  if (!body.answers) return step();
  const normal = (value: string) => value.trim().toLowerCase().replaceAll('ё', 'е');
  const correct = questions.every(
    (question) =>
      normal(body.answers!.find((answer) => answer.id === question.id)?.answer ?? '') === normal(question.answer),
  );
  if (!correct || !flow.personId) {
    flow.questionTries += 1;
    if (flow.questionTries >= config.questionAttempts)
      throw new IdentityProblem(429, 'questions-locked', { retryAfter: 86_400 });
    return step('wrong-answers');
  }
  flow.questionsPassed = true;
  return passwordStep(flow);
}

// ——— E-signature ———

async function sha256Base64Url(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** `POST /identity/signature`. */
export function startSignature(
  body: Schemas['IdentityAuthorizationOnly'],
  certificates: Array<{ id: string; owner: string; issuer: string; validFrom: string; validTo: string }>,
): IdentityStep {
  const flow = newFlow('signature', {
    ...(body.authorization ? { authorization: checkAuthorization(body.authorization) } : {}),
    challenge: randomToken(24),
  });
  const today = new Date(nowMs()).toISOString().slice(0, 10);
  return {
    flowId: flow.id,
    step: 'signature',
    challenge: flow.challenge!,
    certificates: certificates.map(({ id, owner, issuer, validFrom, validTo }) => ({
      id,
      owner,
      issuer,
      validFrom,
      validTo,
      expired: validTo < today,
    })),
  };
}

/** `POST /identity/flows/{flowId}/signature`: the mock signature is base64url(SHA-256(`<certificateId>:<challenge>`)). */
export async function verifySignature(
  flowId: string,
  body: Schemas['IdentitySignatureRequest'],
  certificates: Array<{ id: string; validTo: string; personId: string }>,
): Promise<IdentityStep> {
  const flow = flowOf(flowId, ['signature']);
  const certificate = certificates.find((item) => item.id === body.certificateId);
  if (!certificate) throw new IdentityProblem(422, 'certificate-unknown');
  if (certificate.validTo < new Date(nowMs()).toISOString().slice(0, 10))
    throw new IdentityProblem(422, 'certificate-expired');
  if ((await sha256Base64Url(`${certificate.id}:${flow.challenge}`)) !== body.signature)
    throw new IdentityProblem(422, 'signature-invalid');
  return finish(flow, certificate.personId);
}

// ——— Bank ID (simulated round trip through mocks/identity/bank.html) ———

/** `POST /identity/bank`. */
export function startBank(
  body: Schemas['IdentityBankRequest'],
  origin: string,
  bankIds: readonly string[],
): IdentityStep {
  if (!bankIds.includes(body.bankId)) throw new IdentityProblem(422, 'bank-unknown');
  const flow = newFlow('bank', { ticket: randomToken(12) });
  const target = new URL('/mocks/identity/bank.html', origin);
  target.searchParams.set('flow', flow.id);
  target.searchParams.set('bank', body.bankId);
  target.searchParams.set('ticket', flow.ticket!);
  target.searchParams.set('return', body.returnUrl);
  return { flowId: flow.id, step: 'bank', redirectUrl: target.href };
}

/** `POST /identity/flows/{flowId}/bank`: `result` = `<ticket>:<personId>` from the mock bank, or `denied`. */
export function completeBank(flowId: string, body: Schemas['IdentityBankCompleteRequest']): IdentityStep {
  const flow = flowOf(flowId, ['bank']);
  const [ticket, personId] = body.result.split(':');
  if (ticket !== flow.ticket || !personId || !accounts.has(personId)) throw new IdentityProblem(422, 'bank-denied');
  return finish(flow, personId, body.authorization);
}

// ——— Passkeys (WebAuthn) ———

const b64urlBytes = (value: string): Uint8Array<ArrayBuffer> => {
  const base64 = value.replaceAll('-', '+').replaceAll('_', '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
};

function clientDataOf(encoded: string): { type?: string; challenge?: string; origin?: string } {
  try {
    return JSON.parse(new TextDecoder().decode(b64urlBytes(encoded))) as {
      type?: string;
      challenge?: string;
      origin?: string;
    };
  } catch {
    throw new IdentityProblem(422, 'passkey-invalid');
  }
}

/** DER ECDSA signature → raw r‖s (64 bytes), as WebCrypto verifies it. */
function derToRaw(der: Uint8Array): Uint8Array<ArrayBuffer> {
  const raw = new Uint8Array(64);
  let offset = 2;
  for (const index of [0, 1]) {
    if (der[offset] !== 0x02) throw new IdentityProblem(422, 'passkey-invalid');
    const length = der[offset + 1]!;
    let value = der.slice(offset + 2, offset + 2 + length);
    while (value.length > 32 && value[0] === 0) value = value.slice(1);
    raw.set(value, index * 32 + (32 - value.length));
    offset += 2 + length;
  }
  return raw;
}

/** `POST /identity/passkey` (sign-in) and `/identity/passkey/registration` (after login + password). */
export function startPasskey(body: Schemas['IdentityAuthorizationOnly'], rpId: string): IdentityStep {
  const flow = newFlow('passkey', {
    ...(body.authorization ? { authorization: checkAuthorization(body.authorization) } : {}),
    challenge: randomToken(32),
  });
  return { flowId: flow.id, step: 'passkey', publicKey: { challenge: flow.challenge!, rpId, timeout: 60_000 } };
}

export function startPasskeyRegistration(
  body: Schemas['IdentityPasskeyRegistrationRequest'],
  rpId: string,
): IdentityStep {
  const account = findAccount(body.login);
  if (!account || account.password !== body.password) throw new IdentityProblem(401, 'bad-credentials');
  const flow = newFlow('passkey-registration', { personId: account.personId, challenge: randomToken(32) });
  const profile = person(account.personId);
  return {
    flowId: flow.id,
    step: 'passkey',
    publicKey: {
      challenge: flow.challenge!,
      rpId,
      rpName: 'Госуслуги (gu-kit mock)',
      timeout: 60_000,
      userId: btoa(account.personId).replaceAll('=', ''),
      userName: body.login,
      userDisplayName: profile ? `${profile.surname} ${profile.name}` : body.login,
    },
  };
}

function checkClientData(encoded: string, type: string, flow: Flow, rpId: string): void {
  const data = clientDataOf(encoded);
  let originHost = '';
  try {
    originHost = new URL(data.origin ?? '').hostname;
  } catch {
    // An unparsable origin fails the check below.
  }
  if (data.type !== type || data.challenge !== flow.challenge || originHost !== rpId)
    throw new IdentityProblem(422, 'passkey-invalid');
}

export function registerPasskey(
  flowId: string,
  body: Schemas['IdentityPasskeyAttestation'],
  rpId: string,
): IdentityStep {
  const flow = flowOf(flowId, ['passkey-registration']);
  checkClientData(body.clientDataJSON, 'webauthn.create', flow, rpId);
  if (body.algorithm !== -7) throw new IdentityProblem(422, 'passkey-algorithm');
  passkeys.set(body.credentialId, { personId: flow.personId!, publicKey: body.publicKey, algorithm: body.algorithm });
  flows.delete(flow.id);
  return { flowId: flow.id, step: 'done' };
}

export async function verifyPasskey(
  flowId: string,
  body: Schemas['IdentityPasskeyAssertion'],
  rpId: string,
): Promise<IdentityStep> {
  const flow = flowOf(flowId, ['passkey']);
  const passkey = passkeys.get(body.credentialId);
  if (!passkey) throw new IdentityProblem(422, 'passkey-unknown');
  checkClientData(body.clientDataJSON, 'webauthn.get', flow, rpId);
  const authenticatorData = b64urlBytes(body.authenticatorData);
  const rpIdHash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(rpId)));
  if (authenticatorData.length < 37 || rpIdHash.some((byte, index) => authenticatorData[index] !== byte))
    throw new IdentityProblem(422, 'passkey-invalid');
  if ((authenticatorData[32]! & 0x01) === 0) throw new IdentityProblem(422, 'passkey-invalid');
  const clientHash = new Uint8Array(await crypto.subtle.digest('SHA-256', b64urlBytes(body.clientDataJSON)));
  const signed = new Uint8Array(authenticatorData.length + 32);
  signed.set(authenticatorData);
  signed.set(clientHash, authenticatorData.length);
  const key = await crypto.subtle.importKey(
    'spki',
    b64urlBytes(passkey.publicKey),
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  const ok = await crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    derToRaw(b64urlBytes(body.signature)),
    signed,
  );
  if (!ok) throw new IdentityProblem(422, 'passkey-invalid');
  return finish(flow, passkey.personId);
}

// ——— QR code for the mobile app ———

export function startQr(body: Schemas['IdentityAuthorizationOnly'], origin: string): IdentityStep {
  const flow = newFlow('qr', {
    ...(body.authorization ? { authorization: checkAuthorization(body.authorization) } : {}),
    ticket: randomToken(12),
  });
  return qrStep(flow, origin);
}

function qrStep(flow: Flow, origin: string): IdentityStep {
  const left = Math.max(0, Math.ceil((flow.createdAt + config.qrTtl * 1000 - nowMs()) / 1000));
  const scanned =
    flow.qrApprovedBy !== undefined || (config.qrScanAfterPolls > 0 && flow.polls >= config.qrScanAfterPolls);
  return {
    flowId: flow.id,
    step: 'qr',
    qr: {
      payload: `${origin}/app/qr-login?ticket=${flow.ticket}`,
      expiresIn: left,
      pollInterval: config.qrPollInterval,
      state: left === 0 ? 'expired' : scanned ? 'scanned' : 'waiting',
    },
  };
}

export function pollQr(flowId: string, body: Schemas['IdentityAuthorizationOnly'], origin: string): IdentityStep {
  const flow = flowOf(flowId, ['qr']);
  flow.polls += 1;
  if (flow.createdAt + config.qrTtl * 1000 <= nowMs()) return qrStep(flow, origin);
  if (config.qrApproveAfterPolls > 0 && flow.polls >= config.qrApproveAfterPolls) flow.qrApprovedBy ??= 'person-1';
  if (flow.qrApprovedBy && flow.polls > (config.qrScanAfterPolls > 0 ? config.qrScanAfterPolls : 0))
    return finish(flow, flow.qrApprovedBy, body.authorization ?? flow.authorization);
  return qrStep(flow, origin);
}

// ——— For the contract test: flows in a given state ———

/** Creates a flow that is ready for the operation `kind` (contract and unit tests), returns its id. */
export function createTestFlow(
  kind: 'code' | 'verify' | 'questions' | 'password' | 'signature' | 'bank' | 'passkey' | 'passkey-registration' | 'qr',
  authorization: IdentityAuthorization,
): { flowId: string; code?: string; ticket?: string; challenge?: string } {
  const personId = 'person-1';
  switch (kind) {
    case 'code': {
      // A registration: its sends count per flow, so repeated contract runs never reach the hourly limit.
      const registration = {
        surname: 'Тестов',
        name: 'Тест',
        contact: `t${randomToken(4)}@example.ru`,
        contactKind: 'email' as const,
      };
      return { flowId: newFlow('registration', { authorization, registration }).id };
    }
    case 'verify': {
      const flow = newFlow('sign-in', { authorization, personId });
      deliver(flow, 'totp', 'totp');
      return { flowId: flow.id, code: flow.code!.value };
    }
    case 'questions':
      return { flowId: newFlow('recovery', { authorization, personId }).id };
    case 'password': {
      // A registration whose code is confirmed (a recovery would change a test citizen's password).
      const registration = {
        surname: 'Тестов',
        name: 'Тест',
        contact: `t${randomToken(4)}@example.ru`,
        contactKind: 'email' as const,
      };
      return { flowId: newFlow('registration', { authorization, registration, codeVerified: true }).id };
    }
    case 'signature': {
      const flow = newFlow('signature', { authorization, challenge: randomToken(24) });
      return { flowId: flow.id, challenge: flow.challenge! };
    }
    case 'bank': {
      const flow = newFlow('bank', { ticket: randomToken(12) });
      return { flowId: flow.id, ticket: flow.ticket! };
    }
    case 'passkey': {
      const flow = newFlow('passkey', { authorization, challenge: randomToken(32) });
      return { flowId: flow.id, challenge: flow.challenge! };
    }
    case 'passkey-registration': {
      const flow = newFlow('passkey-registration', { personId, challenge: randomToken(32) });
      return { flowId: flow.id, challenge: flow.challenge! };
    }
    case 'qr': {
      const flow = newFlow('qr', { authorization, ticket: randomToken(12) });
      flow.qrApprovedBy = personId;
      flow.polls = config.qrScanAfterPolls;
      return { flowId: flow.id };
    }
  }
}

/** Links a passkey (SPKI public key, base64url) to a person without the WebAuthn ceremony (tests). */
export function registerTestPasskey(credentialId: string, publicKey: string, personId = 'person-1'): void {
  passkeys.set(credentialId, { personId, publicKey, algorithm: -7 });
}
