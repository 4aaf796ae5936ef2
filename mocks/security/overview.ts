/**
 * The security mock (issue 16): GET /security (getSecurityOverview) — every section's state at a glance, read from
 * what <gu-login> uses (mocks/identity: the account's questions) and the other security modules' exports: two-factor
 * and passkeys (two-factor.ts), sessions and trusted devices (sessions.ts), the password's age, failed sign-ins of 7
 * days and this session's step-up (store.ts), the alerts (alerts.ts, with the notification settings' login alert).
 */
import type { RequestHandler } from 'msw';
import type { Profile } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, http } from '../handlers/support.js';
import { accounts, nowMs } from '../identity/store.js';
import { securityAlertsOf } from './alerts.js';
import { sessionCount, trustedDeviceCount } from './sessions.js';
import { loginEventsOf, personSecurity, reauthenticatedUntil } from './store.js';
import { passkeysOf, twoFactorStateOf } from './two-factor.js';

type Schemas = components['schemas'];
export type SecurityOverview = Schemas['SecurityOverview'];

/** The length of a new password (the identity mock's default policy). */
const MIN_PASSWORD_LENGTH = 8;
const MAX_PASSWORD_LENGTH = 128;
/** «Recent» failed sign-ins: the last 7 days. */
const RECENT_FAILURES_MS = 7 * 24 * 3600_000;

/** The overview of a person's security now (`request`: this session's step-up). */
export function securityOverviewOf(person: Profile, request?: Request): SecurityOverview {
  const account = accounts.get(person.id);
  const keys = passkeysOf(person.id);
  const lastUsed = keys
    .map((key) => key.lastUsedAt)
    .filter((at): at is string => Boolean(at))
    .sort()
    .at(-1);
  const since = nowMs() - RECENT_FAILURES_MS;
  const recentFailures = loginEventsOf(person.id).filter(
    (event) => event.result === 'failure' && Date.parse(event.at) >= since,
  ).length;
  const changedAt = personSecurity(person.id).passwordChangedAt;
  const until = request ? reauthenticatedUntil(request) : undefined;
  return {
    password: {
      ...(changedAt ? { changedAt } : {}),
      policy: 'default',
      minLength: MIN_PASSWORD_LENGTH,
      maxLength: MAX_PASSWORD_LENGTH,
    },
    twoFactor: twoFactorStateOf(person.id),
    passkeys: { count: keys.length, ...(lastUsed ? { lastUsedAt: lastUsed } : {}) },
    questions: { count: account?.identity.questions.length ?? 0 },
    devices: { count: trustedDeviceCount(person.id) },
    sessions: { count: Math.max(1, sessionCount(person.id)) },
    recentFailures,
    ...(until ? { reauthenticatedUntil: until.toISOString() } : {}),
    alerts: securityAlertsOf(person),
  };
}

export const overviewHandlers: RequestHandler[] = [
  http.get('/security', ({ request, response }) => response(200).json(securityOverviewOf(citizenOf(request), request))),
];
