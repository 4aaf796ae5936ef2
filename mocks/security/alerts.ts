/**
 * The security mock (issue 16): «Оповещения» — PUT /security/alerts (setSecurityAlerts); the overview (GET /security)
 * reads them with `securityAlertsOf`. `newDevice` IS the notification settings' login alert (one store:
 * mocks/notifications/settings.ts `loginAlertsOf`/`setLoginAlerts` — a change here shows there and back);
 * `passwordChanged` and `twoFactorChanged` are kept in the security store (store.ts). One version for the three: the
 * store's count plus the notification settings' version, so a save on either side makes the other's version stale (409).
 * A channel without a confirmed contact (or push without a device) → 422 `channel-unavailable`, fields
 * `<kind>.<channel>` with the notification settings' codes.
 */
import type { RequestHandler } from 'msw';
import type { Profile } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, http, idempotent } from '../handlers/support.js';
import { CHANNELS, loginAlertsOf, setLoginAlerts, unavailableChannel } from '../notifications/settings.js';
import {
  Refusal,
  fail,
  isObject,
  jsonBody,
  unknownFields,
  unlessRefused,
  type FieldError,
} from '../notifications/replies.js';
import { personSecurity, securityChanged, securityError, type PersonSecurity } from './store.js';

type Schemas = components['schemas'];
type Channel = Schemas['NotificationChannel'];
type Alert = Schemas['SecurityAlert'];
export type SecurityAlerts = Schemas['SecurityAlerts'];

/** The alerts' kinds as the contract names them (and as the 422 fields start). */
export const ALERT_KINDS = ['newDevice', 'passwordChanged', 'twoFactorChanged'] as const;
type Kind = (typeof ALERT_KINDS)[number];

/** Store records whose defaults were fitted to the person's contacts (once, on first use). */
const fitted = new WeakSet<object>();

/**
 * The person's password and two-factor alerts, kept in the security store (store.ts `personSecurity`). The store's
 * defaults are fitted to what the person can use on first read (a channel without a confirmed contact or a push
 * browser dropped), as the notification settings fit theirs — or an untouched «Сохранить» would be refused.
 */
function ownOf(person: Profile): PersonSecurity['alerts'] {
  const alerts = personSecurity(person.id).alerts;
  if (!fitted.has(alerts)) {
    fitted.add(alerts);
    if (alerts.version === 0)
      for (const kind of ['passwordChanged', 'twoFactorChanged'] as const)
        alerts[kind] = {
          ...alerts[kind],
          channels: alerts[kind].channels.filter((channel) => !unavailableChannel(person, channel)),
        };
  }
  return alerts;
}

/** A person's security alerts as the contract answers them. */
export function securityAlertsOf(person: Profile): SecurityAlerts {
  const own = ownOf(person);
  const login = loginAlertsOf(person);
  return {
    newDevice: { enabled: login.enabled, channels: login.channels },
    passwordChanged: structuredClone(own.passwordChanged),
    twoFactorChanged: structuredClone(own.twoFactorChanged),
    version: own.version + login.version,
  };
}

function alertErrors(value: unknown, kind: Kind): FieldError[] {
  if (!isObject(value)) return [{ field: kind, code: 'required' }];
  const errors = unknownFields(value, ['enabled', 'channels'], `${kind}.`);
  if (typeof value['enabled'] !== 'boolean') errors.push({ field: `${kind}.enabled`, code: 'invalid' });
  const channels = value['channels'];
  if (!Array.isArray(channels) || !channels.every((c) => typeof c === 'string' && CHANNELS.includes(c as Channel)))
    errors.push({ field: `${kind}.channels`, code: 'invalid' });
  else if (new Set(channels).size !== channels.length) errors.push({ field: `${kind}.channels`, code: 'duplicate' });
  return errors;
}

export const alertHandlers: RequestHandler[] = [
  http.put('/security/alerts', async ({ request, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request);
    if (!isObject(body))
      return response.untyped(fail(request, 400, 'validation-failed', [{ field: 'body', code: 'required' }]));
    const errors = [
      ...unknownFields(body, [...ALERT_KINDS, 'version']),
      ...ALERT_KINDS.flatMap((kind) => alertErrors(body[kind], kind)),
    ];
    const version = body['version'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
      errors.push({ field: 'version', code: 'required' });
    if (errors.length > 0) return response.untyped(fail(request, 400, 'validation-failed', errors));
    const answer = await unlessRefused(() =>
      idempotent(request, { required: false, fingerprint: JSON.stringify(body) }, async () => {
        if (version !== securityAlertsOf(person).version) {
          throw new Refusal(securityError(request, 409, 'security-changed'));
        }
        const alerts = Object.fromEntries(ALERT_KINDS.map((kind) => [kind, body[kind] as Alert])) as Record<
          Kind,
          Alert
        >;
        const unusable: FieldError[] = [];
        for (const kind of ALERT_KINDS)
          for (const channel of alerts[kind].channels) {
            const code = unavailableChannel(person, channel);
            if (code) unusable.push({ field: `${kind}.${channel}`, code });
          }
        if (unusable.length > 0) throw new Refusal(fail(request, 422, 'channel-unavailable', unusable));
        const own = ownOf(person);
        const login = loginAlertsOf(person);
        const { newDevice } = alerts;
        if (
          newDevice.enabled !== login.enabled ||
          newDevice.channels.length !== login.channels.length ||
          newDevice.channels.some((c) => !login.channels.includes(c))
        )
          setLoginAlerts(person, newDevice);
        own.passwordChanged = {
          enabled: alerts.passwordChanged.enabled,
          channels: [...alerts.passwordChanged.channels],
        };
        own.twoFactorChanged = {
          enabled: alerts.twoFactorChanged.enabled,
          channels: [...alerts.twoFactorChanged.channels],
        };
        own.version += 1;
        securityChanged(person.id, 'alerts');
        return { status: 200, body: securityAlertsOf(person) };
      }),
    );
    return response.untyped(answer);
  }),
];
