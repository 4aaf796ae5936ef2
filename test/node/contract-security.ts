/**
 * Valid requests of the security area's operations for test/node/contract.test.ts (one entry per operationId). The
 * operations of one scenario run at the same time, so each entry acts on something of its own — another citizen where
 * two would collide (`token`) — and the two-factor changes, which carry the version they saw, run one after the other
 * after the rest (SEQUENTIAL_SECURITY_OPERATIONS: each is built just before it is sent, with the version then).
 * The default citizen is person-1 (confirmed-2026); person-3 (standard-2026) and person-4 (simplified-2026) are the
 * other accounts of the identity mock.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { Db } from '../../mocks/db/index.js';
import { accounts, lastDeliveredCode, sends } from '../../mocks/identity/store.js';
import { registerTestPasskey } from '../../mocks/identity/passkey.js';
import { securityAlertsOf } from '../../mocks/security/alerts.js';
import { createChallenge } from '../../mocks/security/challenges.js';
import { QUESTION_CATALOGUE } from '../../mocks/security/password.js';
import { inPageSessionId, loginEventsOf } from '../../mocks/security/store.js';
import { listSessionsOf, listTrustedDevicesOf } from '../../mocks/security/sessions.js';
import { passkeyOptions, startSmsFactor, startTotpFactor, twoFactorStateOf } from '../../mocks/security/two-factor.js';

type RequestSpec = {
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
  /** Another citizen's bearer token (the default is person-1's). */
  token?: string;
};

/** The bearer token of another citizen of the mock (mocks/db personIdForToken). */
const as = (personId: string): string => `Bearer mock-citizen-${personId}`;
const idempotent = () => ({ 'Idempotency-Key': randomUUID() });

/**
 * Each scenario is a fresh hour for the codes' limits (5 per account per hour): the scenarios run one after the
 * other against one identity mock, and a code is sent in each.
 */
function freshHour(): void {
  sends.clear();
}

/**
 * Built just before they are sent, one after the other in this order, after the rest: they carry the version they saw
 * (two-factor, alerts — the alerts share the notification settings' version), or need what the one before made
 * (person-4's authenticator app is added, then removed: two-factor is off for person-4, so it may go).
 */
export const SEQUENTIAL_SECURITY_OPERATIONS: ReadonlySet<string> = new Set([
  'confirmTotpFactor',
  'confirmSmsFactor',
  'setTwoFactor',
  'setDefaultTwoFactorMethod',
  'generateBackupCodes',
  'removeTwoFactorMethod',
  'setSecurityAlerts',
  'confirmPasswordChange',
]);

/**
 * person-4's password changes at the end of every scenario (confirmPasswordChange, last): the next scenario starts
 * with the password the other operations (identitySignIn) sign in with.
 */
function restorePassword(): void {
  const account = accounts.get('person-4');
  if (account) account.password = 'simplified-2026';
}

function person(db: Db, personId: string) {
  const found = db.persons.find((item) => item.id === personId);
  if (!found) throw new Error(`no ${personId} in the database`);
  return found;
}

/** A passkey of person-1 for the re-authentication: a key pair made here, its public half registered. */
const reauthKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const REAUTH_CREDENTIAL = 'contract-reauth-passkey';

export function securityRequests(): Record<string, (db: Db) => RequestSpec> {
  registerTestPasskey(
    REAUTH_CREDENTIAL,
    reauthKey.publicKey.export({ type: 'spki', format: 'der' }).toString('base64url'),
  );
  return {
    getSecurityOverview: () => ({}),
    reauthenticate: () => ({ body: { password: 'confirmed-2026' } }),
    createReauthenticationChallenge: () => ({}),
    // This one only asks for the code (person-3); person-4's password changes in confirmPasswordChange.
    startPasswordChange: () => {
      restorePassword();
      return {
        token: as('person-3'),
        headers: idempotent(),
        body: { currentPassword: 'standard-2026', newPassword: 'Severnoe-Siyanie-2026!' },
      };
    },
    confirmPasswordChange: () => {
      freshHour();
      const record = createChallenge('person-4', 'password-change', {
        password: `Polyarnaya-Zvezda-${randomUUID().slice(0, 6)}!`,
        sessionId: inPageSessionId('person-4'),
      });
      const code = lastDeliveredCode(record.id) ?? lastDeliveredCode(record.flow.id);
      return {
        token: as('person-4'),
        headers: idempotent(),
        body: { challengeId: record.id, code, endOtherSessions: false },
      };
    },
    resendSecurityChallenge: () => {
      const record = createChallenge('person-3', 'password-change', {
        password: 'Severnoe-Siyanie-2026!',
        sessionId: inPageSessionId('person-3'),
      });
      // Sent a minute ago: the cooldown before a new code is over.
      if (record.flow.code) record.flow.code.sentAt -= 61_000;
      return { token: as('person-3'), path: { id: record.id } };
    },
    setTwoFactor: () => ({
      token: as('person-3'),
      headers: idempotent(),
      body: { enabled: true, version: twoFactorStateOf('person-3').version },
    }),
    setDefaultTwoFactorMethod: () => {
      const state = twoFactorStateOf('person-1');
      const method = state.methods.find((item) => item.id !== state.defaultMethodId) ?? state.methods[0];
      return { headers: idempotent(), body: { methodId: method?.id ?? 'none', version: state.version } };
    },
    removeTwoFactorMethod: () => ({
      token: as('person-4'),
      path: { id: twoFactorStateOf('person-4').methods.find((item) => item.kind === 'totp')?.id ?? 'none' },
    }),
    startSmsFactor: () => ({
      token: as('person-4'),
      headers: idempotent(),
      body: { phone: `+7911${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}` },
    }),
    confirmSmsFactor: () => {
      freshHour();
      const challenge = startSmsFactor('person-3', `+7912${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`);
      return {
        token: as('person-3'),
        headers: idempotent(),
        body: { challengeId: challenge.id, code: lastDeliveredCode(challenge.id) },
      };
    },
    startTotpFactor: () => ({ token: as('person-3') }),
    confirmTotpFactor: () => {
      const setup = startTotpFactor('person-4');
      const code = new TOTP({ secret: Secret.fromBase32(setup.secret), digits: 6, period: 30 }).generate();
      return {
        token: as('person-4'),
        headers: idempotent(),
        body: { setupId: setup.id, code, label: 'Яндекс Ключ' },
      };
    },
    generateBackupCodes: () => ({ token: as('person-4'), headers: idempotent() }),
    listPasskeys: () => ({}),
    createPasskeyOptions: () => ({ token: as('person-3') }),
    addPasskey: () => {
      const options = passkeyOptions('person-3', '127.0.0.1');
      const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const clientDataJSON = Buffer.from(
        JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin: 'http://127.0.0.1' }),
      ).toString('base64url');
      return {
        token: as('person-3'),
        headers: idempotent(),
        body: {
          challenge: options.challenge,
          name: 'Ноутбук',
          attestation: {
            credentialId: randomUUID(),
            clientDataJSON,
            publicKey: key.publicKey.export({ type: 'spki', format: 'der' }).toString('base64url'),
            algorithm: -7,
          },
        },
      };
    },
    renamePasskey: () => ({ path: { id: REAUTH_CREDENTIAL }, body: { name: 'Рабочий ноутбук' } }),
    removePasskey: () => {
      const id = randomUUID();
      registerTestPasskey(id, reauthKey.publicKey.export({ type: 'spki', format: 'der' }).toString('base64url'));
      return { path: { id } };
    },
    getSecurityQuestions: () => ({}),
    setSecurityQuestions: () => ({
      token: as('person-3'),
      headers: idempotent(),
      body: {
        answers: QUESTION_CATALOGUE.slice(0, 2).map((question, index) => ({
          questionId: question.id,
          answer: index === 0 ? 'Иванова' : 'Барсик',
        })),
      },
    }),
    listTrustedDevices: () => ({}),
    forgetAllTrustedDevices: () => ({ token: as('person-3') }),
    forgetTrustedDevice: () => ({ path: { id: listTrustedDevicesOf('person-1')[0]?.id ?? 'none' } }),
    listSessions: () => ({}),
    endSession: () => ({
      path: { id: listSessionsOf('person-1').find((item) => item.id !== inPageSessionId('person-1'))?.id ?? 'none' },
    }),
    endOtherSessions: () => ({ token: as('person-3'), headers: idempotent() }),
    listLoginEvents: () => ({
      query: { page: '1', pageSize: '20', result: 'failure', method: 'password', from: '2026-01-01', to: '2026-12-31' },
    }),
    exportLoginEvents: () => ({ query: { result: 'success', from: '2026-01-01' } }),
    getLoginEvent: () => ({ path: { id: loginEventsOf('person-1')[0]?.id ?? 'none' } }),
    reportLoginEvent: () => {
      const event = loginEventsOf('person-1').find((item) => item.result === 'success' && !item.reported);
      return { path: { id: event?.id ?? 'none' }, headers: idempotent(), body: { comment: 'Я не входил из Москвы.' } };
    },
    setSecurityAlerts: (db) => {
      const alerts = securityAlertsOf(person(db, 'person-1'));
      return {
        headers: idempotent(),
        body: {
          newDevice: { enabled: true, channels: ['portal', 'email'] },
          passwordChanged: { enabled: true, channels: ['portal', 'email'] },
          twoFactorChanged: { enabled: true, channels: ['portal'] },
          version: alerts.version,
        },
      };
    },
  };
}
