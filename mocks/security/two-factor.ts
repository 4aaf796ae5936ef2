/**
 * The security mock (issue 16): two-factor sign-in and passkeys, on the identity mock's own account so that what the
 * citizen sets here is what <gu-login> asks for.
 *
 * - **On/off and the default method** write `identity.factors` (the second factors <gu-login> offers, the default
 *   first; off = none). Turning it on needs a method and backup codes (422 `no-method`, `backup-codes-required`).
 * - **SMS**: a phone bound with a one-time code delivered to the identity inbox (`lastDeliveredCode(challengeId)`),
 *   with the identity rules: code lifetime and attempts, resend cooldown, codes per hour (`configureMockIdentity`).
 *   The bound phone becomes `identity.smsPhone`, where the sign-in's codes go.
 * - **Authenticator app**: a pending setup per person (the same secret again while it lasts — going back keeps it),
 *   confirmed with a real RFC 6238 code (`otpauth`, mocks/identity/totp.ts); the secret becomes
 *   `identity.totpSecret`, which the sign-in's `totp` step checks.
 * - **Backup codes**: ten new 8-digit codes replace `identity.backupCodes` (the old ones are refused at sign-in).
 * - **Passkeys**: the identity passkeys map (what signs in) with name, createdAt, lastUsedAt (a passkey sign-in sets
 *   it), createdOn; added with a real attestation (challenge, origin, ES256/RS256), removed so it no longer signs in.
 *
 * Sensitive calls need the session's step-up (store.ts `requireReauth`); every change tells the person's pages
 * (`security-changed` two-factor / passkeys). The state lives as long as the identity accounts (resetMockIdentity()).
 */
import type { RequestHandler } from 'msw';
import { HttpResponse } from 'msw';
import type { components } from '../generated/api-types.js';
import { citizenOf, http, localeOf, type Locale } from '../handlers/support.js';
import { maskEmail, maskPhoneNumber } from '../identity/flows.js';
import { clientDataOf } from '../identity/passkey.js';
import {
  accounts,
  config,
  inbox,
  nowMs,
  passkeys,
  person,
  sends,
  type Account,
  type Passkey,
} from '../identity/store.js';
import { newTotpSecret, totpUri, totpValid, TOTP_ISSUER } from '../identity/totp.js';
import { randomToken } from '../oidc/jwt.js';
import { TEST_CITIZENS } from '../oidc/citizens.js';
import { SecurityProblem, deviceOf, requireReauth, securityChanged, securityRoute } from './store.js';

type Schemas = components['schemas'];
type TwoFactorState = Schemas['TwoFactorState'];
type TwoFactorMethod = Schemas['TwoFactorMethod'];
type SecurityChallenge = Schemas['SecurityChallenge'];
type SecurityPasskey = Schemas['SecurityPasskey'];

/** How long an authenticator-app setup waits for its first code. */
export const TOTP_SETUP_TTL_MS = 10 * 60_000;
/** Wrong codes a setup takes before it is dropped (a new secret next time). */
export const TOTP_SETUP_ATTEMPTS = 5;
/** How long passkey creation options stay usable. */
const PASSKEY_OPTIONS_TTL_MS = 5 * 60_000;
const BACKUP_CODE_COUNT = 10;

interface MethodRecord extends TwoFactorMethod {
  /** SMS: the bound phone (E.164). */
  phone?: string;
}

interface PendingTotp {
  id: string;
  secret: string;
  accountName: string;
  expiresAt: number;
  wrong: number;
}

interface SmsChallenge {
  id: string;
  personId: string;
  phone: string;
  code: string;
  sentAt: number;
  expiresAt: number;
  wrong: number;
  invalidated: boolean;
}

interface PersonTwoFactor {
  enabled: boolean;
  methods: MethodRecord[];
  defaultMethodId?: string;
  version: number;
  backupGeneratedAt?: string;
  pendingTotp?: PendingTotp;
}

interface State {
  persons: Map<string, PersonTwoFactor>;
  challenges: Map<string, SmsChallenge>;
  /** Passkey creation challenges → their person and deadline. */
  passkeyOptions: Map<string, { personId: string; expiresAt: number }>;
  nextId: number;
}

/** One state per identity reset: it describes the identity accounts, so it goes when they are seeded anew. */
const states = new WeakMap<object, State>();

function state(): State {
  let current = states.get(accounts);
  if (!current) {
    current = { persons: new Map(), challenges: new Map(), passkeyOptions: new Map(), nextId: 1 };
    states.set(accounts, current);
  }
  return current;
}

/** The date the seeded methods were added. */
const SEEDED_AT = new Date(Date.UTC(2026, 0, 15, 9)).toISOString();

const APP_LABEL: Record<Locale, string> = { ru: 'Приложение-аутентификатор', en: 'Authenticator app' };

function accountOf(personId: string): Account {
  const account = accounts.get(personId);
  if (!account) throw new SecurityProblem(404, 'not-found');
  return account;
}

const phoneOf = (account: Account): string => account.identity.smsPhone ?? person(account.personId)?.phone ?? '';

/** The person's two-factor record; the first time, read from the identity account's factors. */
function recordOf(personId: string): PersonTwoFactor {
  const persons = state().persons;
  let record = persons.get(personId);
  if (!record) {
    const account = accountOf(personId);
    const profile = person(personId);
    const methods = account.identity.factors.map((kind): MethodRecord => ({
      id: `factor-${kind}`,
      kind,
      label:
        kind === 'sms'
          ? maskPhoneNumber(phoneOf(account))
          : kind === 'email'
            ? maskEmail(profile?.email ?? '')
            : APP_LABEL.ru,
      addedAt: SEEDED_AT,
      ...(kind === 'sms' ? { phone: phoneOf(account) } : {}),
    }));
    record = {
      enabled: methods.length > 0,
      methods,
      ...(methods[0] ? { defaultMethodId: methods[0].id } : {}),
      version: 0,
    };
    persons.set(personId, record);
  }
  return record;
}

/** Writes what <gu-login> sees: the second factors (the default first; none while off). */
function syncFactors(personId: string, record: PersonTwoFactor): void {
  const account = accountOf(personId);
  const ordered = [...record.methods].sort(
    (a, b) => Number(b.id === record.defaultMethodId) - Number(a.id === record.defaultMethodId),
  );
  account.identity.factors = record.enabled ? [...new Set(ordered.map((method) => method.kind))] : [];
}

/** The contract's TwoFactorState of a person. */
export function twoFactorStateOf(personId: string): TwoFactorState {
  const record = recordOf(personId);
  return {
    enabled: record.enabled,
    methods: record.methods.map(({ phone: _phone, ...method }) => ({ ...method })),
    ...(record.defaultMethodId ? { defaultMethodId: record.defaultMethodId } : {}),
    backupCodes: {
      left: accountOf(personId).identity.backupCodes.length,
      ...(record.backupGeneratedAt ? { generatedAt: record.backupGeneratedAt } : {}),
    },
    version: record.version,
  };
}

function changed(personId: string, record: PersonTwoFactor): TwoFactorState {
  record.version += 1;
  syncFactors(personId, record);
  securityChanged(personId, 'two-factor');
  return twoFactorStateOf(personId);
}

const newId = (prefix: string): string => `${prefix}-${state().nextId++}-${randomToken(6)}`;

function checkVersion(record: PersonTwoFactor, version: unknown): void {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'version', code: 'required' }] });
  if (version !== record.version) throw new SecurityProblem(409, 'security-changed');
}

async function body(request: Request): Promise<Record<string, unknown>> {
  const value: unknown = await request.json().catch(() => undefined);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'body', code: 'required' }] });
  return value as Record<string, unknown>;
}

const json = (value: unknown, status = 200): Response =>
  HttpResponse.json(value as never, { status, headers: { 'Cache-Control': 'no-store' } });

// ——— On/off, default, remove ———

export function setTwoFactor(personId: string, enabled: boolean, version: unknown): TwoFactorState {
  const record = recordOf(personId);
  checkVersion(record, version);
  if (enabled) {
    if (record.methods.length === 0) throw new SecurityProblem(422, 'no-method');
    if (accountOf(personId).identity.backupCodes.length === 0) throw new SecurityProblem(422, 'backup-codes-required');
  }
  if (record.enabled === enabled) return twoFactorStateOf(personId);
  record.enabled = enabled;
  return changed(personId, record);
}

export function setDefaultMethod(personId: string, methodId: string, version: unknown): TwoFactorState {
  const record = recordOf(personId);
  checkVersion(record, version);
  if (!record.methods.some((method) => method.id === methodId)) throw new SecurityProblem(404, 'not-found');
  record.defaultMethodId = methodId;
  return changed(personId, record);
}

export function removeMethod(personId: string, methodId: string): TwoFactorState {
  const record = recordOf(personId);
  const method = record.methods.find((item) => item.id === methodId);
  if (!method) throw new SecurityProblem(404, 'not-found');
  if (record.enabled && record.methods.length === 1) throw new SecurityProblem(422, 'last-method');
  record.methods = record.methods.filter((item) => item !== method);
  if (record.defaultMethodId === methodId) {
    const next = record.methods[0]?.id;
    if (next) record.defaultMethodId = next;
    else delete record.defaultMethodId;
  }
  const identity = accountOf(personId).identity;
  if (method.kind === 'totp') delete identity.totpSecret;
  if (method.kind === 'sms') delete identity.smsPhone;
  return changed(personId, record);
}

/** Puts a confirmed method in (one per kind: a new phone or app replaces the old one), the default when first. */
function addMethod(personId: string, method: MethodRecord): TwoFactorState {
  const record = recordOf(personId);
  const replaced = record.methods.find((item) => item.kind === method.kind);
  record.methods = [...record.methods.filter((item) => item !== replaced), method];
  if (!record.defaultMethodId || record.defaultMethodId === replaced?.id) record.defaultMethodId = method.id;
  return changed(personId, record);
}

// ——— SMS ———

function challengeOf(challenge: SmsChallenge): SecurityChallenge {
  const now = nowMs();
  return {
    id: challenge.id,
    purpose: 'sms-factor',
    channel: 'sms',
    sentTo: maskPhoneNumber(challenge.phone),
    length: config.codeLength,
    expiresAt: new Date(challenge.expiresAt).toISOString(),
    resendIn: Math.max(0, Math.ceil((challenge.sentAt + config.resendCooldown * 1000 - now) / 1000)),
    attemptsLeft: challenge.invalidated ? 0 : Math.max(0, config.codeAttempts - challenge.wrong),
  };
}

/** Sends the code (first or again) with the identity rules: cooldown and codes per hour per phone. */
function sendSmsCode(challenge: SmsChallenge, first: boolean): void {
  const now = nowMs();
  if (!first && challenge.sentAt + config.resendCooldown * 1000 > now)
    throw new SecurityProblem(429, 'resend-too-soon', {
      retryAfter: Math.ceil((challenge.sentAt + config.resendCooldown * 1000 - now) / 1000),
    });
  const key = `${challenge.personId}|${challenge.phone}`;
  const recent = (sends.get(key) ?? []).filter((at) => at > now - 3_600_000);
  if (recent.length >= config.sendsPerHour)
    throw new SecurityProblem(429, 'too-many-codes', { retryAfter: Math.ceil((recent[0]! + 3_600_000 - now) / 1000) });
  recent.push(now);
  sends.set(key, recent);
  const digits = crypto.getRandomValues(new Uint8Array(config.codeLength));
  Object.assign(challenge, {
    code: [...digits].map((byte) => String(byte % 10)).join(''),
    sentAt: now,
    expiresAt: now + config.codeTtl * 1000,
    wrong: 0,
    invalidated: false,
  });
  const destination = maskPhoneNumber(challenge.phone);
  inbox.push({ flowId: challenge.id, method: 'sms', destination, code: challenge.code, sentAt: now });
  if (typeof window !== 'undefined')
    console.info(`[gu-kit mock sms] ${destination}: ${challenge.code} (challenge ${challenge.id})`);
}

export function startSmsFactor(personId: string, phone: unknown): SecurityChallenge {
  if (typeof phone !== 'string' || !/^\+7\d{10}$/.test(phone))
    throw new SecurityProblem(422, 'validation-failed', { fields: [{ field: 'phone', code: 'phone-invalid' }] });
  const record = recordOf(personId);
  if (record.methods.some((method) => method.kind === 'sms' && method.phone === phone))
    throw new SecurityProblem(409, 'method-exists');
  const challenge: SmsChallenge = {
    id: newId('sms-challenge'),
    personId,
    phone,
    code: '',
    sentAt: 0,
    expiresAt: 0,
    wrong: 0,
    invalidated: false,
  };
  sendSmsCode(challenge, true);
  state().challenges.set(challenge.id, challenge);
  return challengeOf(challenge);
}

function ownChallenge(personId: string, id: unknown): SmsChallenge {
  const challenge = typeof id === 'string' ? state().challenges.get(id) : undefined;
  if (!challenge || challenge.personId !== personId) throw new SecurityProblem(404, 'not-found');
  return challenge;
}

export function confirmSmsFactor(personId: string, challengeId: unknown, code: unknown): TwoFactorState {
  const challenge = ownChallenge(personId, challengeId);
  if (challenge.invalidated) throw new SecurityProblem(422, 'code-exhausted', { attemptsLeft: 0 });
  if (challenge.expiresAt <= nowMs()) throw new SecurityProblem(422, 'code-expired');
  if (code !== challenge.code) {
    challenge.wrong += 1;
    const attemptsLeft = Math.max(0, config.codeAttempts - challenge.wrong);
    if (attemptsLeft === 0) {
      challenge.invalidated = true;
      throw new SecurityProblem(422, 'code-exhausted', { attemptsLeft });
    }
    throw new SecurityProblem(422, 'wrong-code', { attemptsLeft });
  }
  state().challenges.delete(challenge.id);
  accountOf(personId).identity.smsPhone = challenge.phone;
  return addMethod(personId, {
    id: newId('factor-sms'),
    kind: 'sms',
    label: maskPhoneNumber(challenge.phone),
    addedAt: new Date(nowMs()).toISOString(),
    phone: challenge.phone,
  });
}

// ——— Authenticator app ———

function accountNameOf(personId: string): string {
  return person(personId)?.email || TEST_CITIZENS.find((citizen) => citizen.personId === personId)?.login || personId;
}

export function startTotpFactor(personId: string): Schemas['TotpSetup'] {
  const record = recordOf(personId);
  const now = nowMs();
  if (!record.pendingTotp || record.pendingTotp.expiresAt <= now)
    record.pendingTotp = {
      id: newId('totp-setup'),
      secret: newTotpSecret(),
      accountName: accountNameOf(personId),
      expiresAt: now + TOTP_SETUP_TTL_MS,
      wrong: 0,
    };
  const setup = record.pendingTotp;
  return {
    id: setup.id,
    secret: setup.secret,
    otpauthUri: totpUri(setup.secret, setup.accountName),
    issuer: TOTP_ISSUER,
    accountName: setup.accountName,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    expiresAt: new Date(setup.expiresAt).toISOString(),
  };
}

export function confirmTotpFactor(personId: string, input: Record<string, unknown>, locale: Locale): TwoFactorState {
  const record = recordOf(personId);
  const setup = record.pendingTotp;
  if (!setup || setup.id !== input['setupId'] || setup.expiresAt <= nowMs())
    throw new SecurityProblem(404, 'setup-expired');
  const code = input['code'];
  if (typeof code !== 'string' || !/^\d{6}$/.test(code))
    throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'code', code: 'invalid' }] });
  const label = typeof input['label'] === 'string' ? input['label'].trim() : '';
  if (label.length > 64)
    throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'label', code: 'too-long' }] });
  if (!totpValid(setup.secret, code)) {
    setup.wrong += 1;
    const attemptsLeft = Math.max(0, TOTP_SETUP_ATTEMPTS - setup.wrong);
    if (attemptsLeft === 0) delete record.pendingTotp;
    throw new SecurityProblem(422, attemptsLeft === 0 ? 'code-exhausted' : 'wrong-code', { attemptsLeft });
  }
  delete record.pendingTotp;
  accountOf(personId).identity.totpSecret = setup.secret;
  return addMethod(personId, {
    id: newId('factor-totp'),
    kind: 'totp',
    label: label || APP_LABEL[locale],
    addedAt: new Date(nowMs()).toISOString(),
  });
}

// ——— Backup codes ———

export function generateBackupCodes(personId: string): Schemas['BackupCodes'] {
  const codes = new Set<string>();
  while (codes.size < BACKUP_CODE_COUNT) {
    const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
    codes.add(String(value % 100_000_000).padStart(8, '0'));
  }
  const generatedAt = new Date(nowMs()).toISOString();
  accountOf(personId).identity.backupCodes = [...codes];
  const record = recordOf(personId);
  record.backupGeneratedAt = generatedAt;
  changed(personId, record);
  return { codes: [...codes], generatedAt };
}

// ——— Passkeys ———

const passkeyOf = (id: string, key: Passkey): SecurityPasskey => ({
  id,
  name: key.name ?? 'Ключ доступа',
  createdAt: key.createdAt ?? SEEDED_AT,
  ...(key.lastUsedAt ? { lastUsedAt: key.lastUsedAt } : {}),
  ...(key.createdOn ? { createdOn: key.createdOn } : {}),
});

/** A person's passkeys, newest first. */
export function passkeysOf(personId: string): SecurityPasskey[] {
  return [...passkeys.entries()]
    .filter(([, key]) => key.personId === personId)
    .map(([id, key]) => passkeyOf(id, key))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function passkeyOptions(personId: string, rpId: string): Schemas['PasskeyCreationOptions'] {
  const now = nowMs();
  const options = state().passkeyOptions;
  for (const [challenge, entry] of options) if (entry.expiresAt <= now) options.delete(challenge);
  const challenge = randomToken(32);
  options.set(challenge, { personId, expiresAt: now + PASSKEY_OPTIONS_TTL_MS });
  const profile = person(personId);
  return {
    challenge,
    rpId,
    rpName: 'Госуслуги (gu-kit mock)',
    userId: btoa(personId).replaceAll('=', '').replaceAll('+', '-').replaceAll('/', '_'),
    userName: accountNameOf(personId),
    userDisplayName: profile ? `${profile.surname} ${profile.name}` : accountNameOf(personId),
    timeout: 60_000,
    excludeCredentials: passkeysOf(personId).map((key) => key.id),
  };
}

const nameProblem = (name: unknown): string | undefined =>
  typeof name !== 'string' || name.trim() === '' ? 'required' : name.trim().length > 64 ? 'too-long' : undefined;

export function addPasskey(
  personId: string,
  input: Record<string, unknown>,
  rpId: string,
  createdOn: string,
): SecurityPasskey {
  const problem = nameProblem(input['name']);
  if (problem) throw new SecurityProblem(422, 'validation-failed', { fields: [{ field: 'name', code: problem }] });
  const attestation = input['attestation'] as Partial<Schemas['IdentityPasskeyAttestation']> | undefined;
  const challenge = typeof input['challenge'] === 'string' ? input['challenge'] : '';
  const pending = state().passkeyOptions.get(challenge);
  if (!pending || pending.personId !== personId || pending.expiresAt <= nowMs() || !attestation)
    throw new SecurityProblem(422, 'passkey-invalid');
  const { credentialId, clientDataJSON, publicKey, algorithm } = attestation;
  if (!credentialId || !clientDataJSON || !publicKey || (algorithm !== -7 && algorithm !== -257))
    throw new SecurityProblem(422, 'passkey-invalid');
  let data: ReturnType<typeof clientDataOf>;
  try {
    data = clientDataOf(clientDataJSON);
  } catch {
    throw new SecurityProblem(422, 'passkey-invalid');
  }
  let originHost = '';
  try {
    originHost = new URL(data.origin ?? '').hostname;
  } catch {
    // An unparsable origin fails below.
  }
  if (data.type !== 'webauthn.create' || data.challenge !== challenge || originHost !== rpId)
    throw new SecurityProblem(422, 'passkey-invalid');
  if (passkeys.has(credentialId)) throw new SecurityProblem(409, 'passkey-exists');
  state().passkeyOptions.delete(challenge);
  const key = {
    personId,
    publicKey,
    algorithm,
    name: (input['name'] as string).trim(),
    createdAt: new Date(nowMs()).toISOString(),
    ...(createdOn ? { createdOn } : {}),
  };
  passkeys.set(credentialId, key);
  securityChanged(personId, 'passkeys');
  return passkeyOf(credentialId, key);
}

function ownPasskey(personId: string, id: string): Passkey {
  const key = passkeys.get(id);
  if (!key || key.personId !== personId) throw new SecurityProblem(404, 'not-found');
  return key;
}

export function renamePasskey(personId: string, id: string, name: unknown): SecurityPasskey {
  const key = ownPasskey(personId, id);
  const problem = nameProblem(name);
  if (problem) throw new SecurityProblem(422, 'validation-failed', { fields: [{ field: 'name', code: problem }] });
  key.name = (name as string).trim();
  securityChanged(personId, 'passkeys');
  return passkeyOf(id, key);
}

export function removePasskey(personId: string, id: string): void {
  ownPasskey(personId, id);
  passkeys.delete(id);
  securityChanged(personId, 'passkeys');
}

/**
 * Tests and stories: sets a person's second factors and backup codes on the identity account (`[]`: two-factor off,
 * no methods) and forgets what this module derived from the old ones.
 */
export function setTwoFactorOf(personId: string, factors: Account['identity']['factors'], backupCodes: string[]): void {
  const identity = accountOf(personId).identity;
  identity.factors = [...factors];
  identity.backupCodes = [...backupCodes];
  state().persons.delete(personId);
}

/**
 * Tests and stories: gives a person a passkey with a name and dates (no real key: it is listed, it does not sign in).
 * Returns its id.
 */
export function seedPasskeyMetadata(
  personId: string,
  fields: { name: string; createdAt: string; lastUsedAt?: string; createdOn?: string },
): string {
  const id = `seeded-${randomToken(12)}`;
  passkeys.set(id, { personId, publicKey: '', algorithm: -7, ...fields });
  return id;
}

// ——— Handlers ———

const rpIdOf = (request: Request): string => new URL(request.url).hostname;

export const twoFactorHandlers: RequestHandler[] = [
  http.put(
    '/security/two-factor',
    securityRoute(async ({ request, response }) => {
      const personId = citizenOf(request).id;
      const input = await body(request);
      if (typeof input['enabled'] !== 'boolean')
        throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'enabled', code: 'required' }] });
      requireReauth(request);
      return response.untyped(json(setTwoFactor(personId, input['enabled'], input['version'])));
    }),
  ),
  http.put(
    '/security/two-factor/default',
    securityRoute(async ({ request, response }) => {
      const input = await body(request);
      if (typeof input['methodId'] !== 'string')
        throw new SecurityProblem(400, 'validation-failed', { fields: [{ field: 'methodId', code: 'required' }] });
      return response.untyped(json(setDefaultMethod(citizenOf(request).id, input['methodId'], input['version'])));
    }),
  ),
  http.delete(
    '/security/two-factor/methods/{id}',
    securityRoute(({ request, params, response }) => {
      const personId = citizenOf(request).id;
      requireReauth(request);
      return response.untyped(json(removeMethod(personId, String(params.id))));
    }),
  ),
  http.post(
    '/security/two-factor/sms',
    securityRoute(async ({ request, response }) => {
      const personId = citizenOf(request).id;
      const input = await body(request);
      requireReauth(request);
      return response.untyped(json(startSmsFactor(personId, input['phone']), 202));
    }),
  ),
  http.post(
    '/security/two-factor/sms/confirmation',
    securityRoute(async ({ request, response }) => {
      const input = await body(request);
      return response.untyped(json(confirmSmsFactor(citizenOf(request).id, input['challengeId'], input['code'])));
    }),
  ),
  // The SMS factor's challenges; other challenges (the password change's) are left to their handler.
  http.post('/security/challenges/{id}/resend', async ({ request, params, response }) => {
    const challenge = state().challenges.get(String(params.id));
    if (!challenge) return undefined;
    return securityRoute(() => {
      const own = ownChallenge(citizenOf(request).id, challenge.id);
      if (own.invalidated && own.wrong >= config.codeAttempts) throw new SecurityProblem(409, 'code-exhausted');
      sendSmsCode(own, false);
      return response.untyped(json(challengeOf(own)));
    })({ request });
  }),
  http.post(
    '/security/two-factor/totp',
    securityRoute(({ request, response }) => {
      const personId = citizenOf(request).id;
      requireReauth(request);
      return response.untyped(json(startTotpFactor(personId)));
    }),
  ),
  http.post(
    '/security/two-factor/totp/confirmation',
    securityRoute(async ({ request, response }) => {
      const input = await body(request);
      return response.untyped(json(confirmTotpFactor(citizenOf(request).id, input, localeOf(request))));
    }),
  ),
  http.post(
    '/security/backup-codes',
    securityRoute(({ request, response }) => {
      const personId = citizenOf(request).id;
      requireReauth(request);
      return response.untyped(json(generateBackupCodes(personId), 201));
    }),
  ),
  http.get('/security/passkeys', ({ request, response }) =>
    response.untyped(json({ items: passkeysOf(citizenOf(request).id) })),
  ),
  http.post(
    '/security/passkeys/options',
    securityRoute(({ request, response }) => {
      const personId = citizenOf(request).id;
      requireReauth(request);
      return response.untyped(json(passkeyOptions(personId, rpIdOf(request))));
    }),
  ),
  http.post(
    '/security/passkeys',
    securityRoute(async ({ request, response }) => {
      const personId = citizenOf(request).id;
      const input = await body(request);
      requireReauth(request);
      const device = deviceOf(request);
      const createdOn = [device.browser, device.os].filter(Boolean).join(', ');
      return response.untyped(json(addPasskey(personId, input, rpIdOf(request), createdOn), 201));
    }),
  ),
  http.patch(
    '/security/passkeys/{id}',
    securityRoute(async ({ request, params, response }) => {
      const input = await body(request);
      return response.untyped(json(renamePasskey(citizenOf(request).id, String(params.id), input['name'])));
    }),
  ),
  http.delete(
    '/security/passkeys/{id}',
    securityRoute(({ request, params, response }) => {
      const personId = citizenOf(request).id;
      requireReauth(request);
      removePasskey(personId, String(params.id));
      return response.untyped(new HttpResponse(null, { status: 204 }));
    }),
  ),
];
