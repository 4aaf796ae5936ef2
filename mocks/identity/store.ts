/**
 * The identity mock's state and rules: the configuration, the clock, accounts, flows, failure counters, the
 * inbox of delivered codes, passkeys and trusted devices — and the test controls that read or reset them.
 */
import { seedIdentityProfiles, type CodeMethod, type IdentityProfile } from './data.js';
import { getDb, type Profile } from '../db/index.js';
import { TEST_CITIZENS } from '../oidc/citizens.js';
import type { components } from '../generated/api-types.js';
import { randomToken } from '../oidc/jwt.js';

export type Schemas = components['schemas'];
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

export interface Account {
  personId: string;
  password: string;
  identity: IdentityProfile;
}

export interface CodeRecord {
  method: CodeMethod;
  destination: string;
  value: string;
  sentAt: number;
  expiresAt: number;
  wrong: number;
  invalidated: boolean;
}

export type FlowKind =
  'sign-in' | 'registration' | 'recovery' | 'signature' | 'bank' | 'passkey' | 'passkey-registration' | 'qr';

export interface Flow {
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

export interface Passkey {
  personId: string;
  publicKey: string;
  algorithm: number;
  /** What «Безопасность» shows of it (mocks/security/two-factor.ts): the citizen's name for it … */
  name?: string;
  /** … when it was made and last signed in (ISO), and where it was made («Chrome, Windows»). */
  createdAt?: string;
  lastUsedAt?: string;
  createdOn?: string;
}

/** The rules now (`configureMockIdentity`; a reset restores the defaults): the flows read it, only this module sets it. */
export let config: MockIdentityConfig = { ...DEFAULT_CONFIG };
let clockOffsetMs = 0;
/** Accounts by person id (the test citizens, then registrations): a reset seeds them anew. */
export let accounts = new Map<string, Account>();
export const flows = new Map<string, Flow>();
/** Lockout key (person id or normalised identifier) → consecutive failures and lock. */
export const passwordFailures = new Map<string, { count: number; lockedUntil: number }>();
/** Person id → consecutive code failures, factor lock, lock count. */
export const factorFailures = new Map<string, { count: number; lockedUntil: number; locks: number }>();
/** `${personId}|${destination}` → send times (ms). */
export const sends = new Map<string, number[]>();
export const inbox: DeliveredCode[] = [];
export const passkeys = new Map<string, Passkey>();
/**
 * Trusted devices: the device token (a real server's HttpOnly cookie; the handlers set it) → the person and until
 * when the device skips the one-time code. Never issued to a sign-in with «Чужой компьютер» (`foreignComputer`).
 */
export const trustedDevices = new Map<string, { personId: string; until: number }>();
/** Sessions ended by recoveries (person ids), for tests. */
export const endedSessions: string[] = [];

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

export function trustedFor(device: DeviceTrust, personId: string): boolean {
  const entry = device.token ? trustedDevices.get(device.token) : undefined;
  return entry !== undefined && entry.personId === personId && entry.until > nowMs();
}

/** After a completed second factor: remember the device, unless the citizen said the computer is not theirs. */
export function rememberDevice(flow: Flow, device: DeviceTrust): void {
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

export function person(personId: string): Profile | undefined {
  return getDb().persons.find((item) => item.id === personId);
}
