/**
 * The security mock (issue 16): GET /security (getSecurityOverview) — every section's state at a glance, read from
 * what <gu-login> uses (mocks/identity: the account's second factors, backup codes, questions, passkeys, trusted
 * devices), the notification settings (the new-device alert) and the security alerts (alerts.ts).
 */
import type { RequestHandler } from 'msw';
import type { Profile } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, http } from '../handlers/support.js';
import { accounts, nowMs, passkeys, trustedDevices } from '../identity/store.js';
import { securityAlertsOf } from './alerts.js';
import { twoFactorStateOf } from './two-factor.js';

type Schemas = components['schemas'];
export type SecurityOverview = Schemas['SecurityOverview'];

/** The maximum length of a new password (the identity mock's, for every policy). */
const MAX_PASSWORD_LENGTH = 128;

/** «+7 *** ***-45-67». */
export function maskPhone(phone: string | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? `+7 *** ***-${digits.slice(-4, -2)}-${digits.slice(-2)}` : '+7 *** ***-**-**';
}

/** «i***@example.ru». */
export function maskEmail(email: string | undefined): string {
  const [name = '', domain = ''] = (email ?? '').split('@');
  return domain ? `${name.slice(0, 1)}***@${domain}` : '***';
}

/** The overview of a person's security now. */
export function securityOverviewOf(person: Profile): SecurityOverview {
  const account = accounts.get(person.id);
  const twoFactor = twoFactorStateOf(person.id);
  const now = nowMs();
  const passkeyCount = [...passkeys.values()].filter((passkey) => passkey.personId === person.id).length;
  const devices = [...trustedDevices.values()].filter((d) => d.personId === person.id && d.until > now).length;
  const questions = account?.identity.questions.length ?? 0;
  return {
    password: { policy: 'default', minLength: 8, maxLength: MAX_PASSWORD_LENGTH },
    twoFactor,
    passkeys: { count: passkeyCount },
    questions: { count: questions },
    devices: { count: devices },
    sessions: { count: 1 },
    alerts: securityAlertsOf(person),
  };
}

export const overviewHandlers: RequestHandler[] = [
  http.get('/security', ({ request, response }) => response(200).json(securityOverviewOf(citizenOf(request)))),
];
