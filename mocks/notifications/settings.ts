/**
 * «Настройки уведомлений»: GET/PUT /notification-settings (the whole preferences with a version: 409
 * settings-changed when another save came first; 422 channel-unavailable when e-mail or SMS has no confirmed
 * contact — the verification mock's contacts, so confirming one with verifyContactCode makes its channel available —
 * or push has no device), and the browsers' Web Push subscriptions (POST/DELETE /push-subscriptions).
 */
import { HttpResponse, type RequestHandler } from 'msw';
import type { Profile } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, http, idempotent, localeOf } from '../handlers/support.js';
import { autopayRulesOf } from '../payments/autopay.js';
import { contactsOf } from '../verification/store.js';
import { CATEGORIES } from './feed.js';
import {
  Refusal,
  fail,
  isObject,
  jsonBody,
  unknownFields,
  unlessRefused,
  type FieldError,
  type Raw,
} from './replies.js';
import {
  logOperation,
  newId,
  stateOf,
  type NotificationPreferences,
  type PushDevice,
  type SettingsRecord,
} from './store.js';

type Schemas = components['schemas'];
type Channel = Schemas['NotificationChannel'];
type Category = Schemas['NotificationCategory'];

export const CHANNELS: readonly Channel[] = ['portal', 'email', 'sms', 'push'];
const FREQUENCIES = ['instant', 'daily', 'weekly'] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The VAPID public key (an uncompressed P-256 point, base64url) a browser subscribes with. The mock sends no push
 * messages: the demo's push worker is shown what to do by the docs (docs/push-service-worker.md).
 */
export const VAPID_PUBLIC_KEY =
  'BACZP7-Rzj-sR3iKVWC-UqlwFHvvrRvDBipMknKhml6l5C52KfxPtBL7iDRrdnd6zRZ9WrZVXmf-bApWqWjb7E8';

/** Which channels a person can use now, and the field code that says why one cannot. */
export function unavailableChannel(person: Profile, channel: Channel): string | undefined {
  const contacts = contactsOf(person);
  if (channel === 'email' && !(contacts.email && contacts.emailConfirmed)) return 'email-unconfirmed';
  if (channel === 'sms' && !(contacts.phone && contacts.phoneConfirmed)) return 'phone-unconfirmed';
  if (channel === 'push' && !stateOf().devices.some((d) => d.ownerId === person.id)) return 'no-push-device';
  return undefined;
}

/** The channels of the defaults that the person can use. */
function usable(person: Profile, channels: Channel[]): Channel[] {
  return channels.filter((channel) => !unavailableChannel(person, channel));
}

const DEFAULT_CHANNELS: Record<Category, { channels: Channel[]; frequency: (typeof FREQUENCIES)[number] }> = {
  security: { channels: ['portal', 'email', 'sms'], frequency: 'instant' },
  applications: { channels: ['portal', 'email'], frequency: 'instant' },
  charges: { channels: ['portal', 'email'], frequency: 'instant' },
  'payment-due': { channels: ['portal', 'sms'], frequency: 'instant' },
  payments: { channels: ['portal'], frequency: 'instant' },
  documents: { channels: ['portal', 'email'], frequency: 'instant' },
  appointments: { channels: ['portal', 'sms'], frequency: 'instant' },
  messages: { channels: ['portal', 'email'], frequency: 'daily' },
  news: { channels: ['portal'], frequency: 'weekly' },
};

/** A person's settings (the defaults, with the channels their contacts allow, on first use). */
function settingsRecordOf(person: Profile): SettingsRecord {
  const state = stateOf();
  let record = state.settings.get(person.id);
  if (!record) {
    record = {
      version: 1,
      updatedAt: new Date(Date.UTC(2026, 8, 1, 9)).toISOString(),
      preferences: {
        categories: CATEGORIES.map((category) => ({
          category,
          channels: usable(person, DEFAULT_CHANNELS[category].channels),
          frequency: DEFAULT_CHANNELS[category].frequency,
        })),
        quietHours: { enabled: true, from: '22:00', to: '08:00', timeZone: 'Europe/Moscow' },
        loginAlerts: { enabled: true, channels: usable(person, ['portal', 'email']) },
      },
    };
    state.settings.set(person.id, record);
  }
  return record;
}

/** The settings as the contract answers them: preferences, contacts, push devices, autopay reminders. */
export function settingsOf(person: Profile): Schemas['NotificationSettings'] {
  const record = settingsRecordOf(person);
  const contacts = contactsOf(person);
  return {
    version: record.version,
    preferences: structuredClone(record.preferences),
    contacts: {
      email: {
        confirmed: Boolean(contacts.email && contacts.emailConfirmed),
        ...(contacts.email ? { value: contacts.email } : {}),
      },
      phone: {
        confirmed: Boolean(contacts.phone && contacts.phoneConfirmed),
        ...(contacts.phone ? { value: contacts.phone } : {}),
      },
    },
    push: {
      publicKey: VAPID_PUBLIC_KEY,
      devices: stateOf()
        .devices.filter((d) => d.ownerId === person.id)
        .map(({ id, label, createdAt }): PushDevice => ({ id, label, createdAt })),
    },
    autopayReminders: autopayRulesOf(person.id).map(({ providerId, providerName, remindDaysBefore }) => ({
      providerId,
      providerName,
      remindDaysBefore,
    })),
    updatedAt: record.updatedAt,
  };
}

/** A list of distinct channels, or the field errors that say why not. */
function channelList(value: unknown, field: string, allowed: readonly string[], errors: FieldError[], min = 0): void {
  if (!Array.isArray(value) || value.length < min || !value.every((c) => typeof c === 'string' && allowed.includes(c)))
    errors.push({ field, code: 'invalid' });
  else if (new Set(value).size !== value.length) errors.push({ field, code: 'duplicate' });
}

/** The field errors of a NotificationPreferences body (every category once, channels, frequency, quiet hours). */
function preferencesErrors(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  if (!isObject(value)) return [{ field: 'preferences', code: 'required' }];
  errors.push(...unknownFields(value, ['categories', 'quietHours', 'loginAlerts'], 'preferences.'));
  const seen = new Set<string>();
  if (!Array.isArray(value['categories'])) errors.push({ field: 'preferences.categories', code: 'required' });
  else
    for (const entry of value['categories'] as unknown[]) {
      const category = isObject(entry) ? entry['category'] : undefined;
      if (!isObject(entry) || typeof category !== 'string' || !CATEGORIES.includes(category as Category)) {
        errors.push({ field: 'preferences.categories', code: 'invalid' });
        continue;
      }
      const at = `preferences.categories.${category}`;
      if (seen.has(category)) errors.push({ field: at, code: 'duplicate' });
      seen.add(category);
      errors.push(...unknownFields(entry, ['category', 'channels', 'frequency'], `${at}.`));
      channelList(entry['channels'], `${at}.channels`, CHANNELS, errors);
      if (!FREQUENCIES.includes(entry['frequency'] as never))
        errors.push({ field: `${at}.frequency`, code: 'invalid' });
    }
  if (Array.isArray(value['categories']) && CATEGORIES.some((category) => !seen.has(category)))
    errors.push({ field: 'preferences.categories', code: 'required' });
  const quiet = value['quietHours'];
  if (!isObject(quiet)) errors.push({ field: 'preferences.quietHours', code: 'required' });
  else {
    errors.push(...unknownFields(quiet, ['enabled', 'from', 'to', 'timeZone'], 'preferences.quietHours.'));
    if (typeof quiet['enabled'] !== 'boolean')
      errors.push({ field: 'preferences.quietHours.enabled', code: 'invalid' });
    for (const name of ['from', 'to'])
      if (typeof quiet[name] !== 'string' || !TIME.test(quiet[name] as string))
        errors.push({ field: `preferences.quietHours.${name}`, code: 'invalid' });
    if (!validTimeZone(quiet['timeZone'])) errors.push({ field: 'preferences.quietHours.timeZone', code: 'invalid' });
  }
  const alerts = value['loginAlerts'];
  if (!isObject(alerts)) errors.push({ field: 'preferences.loginAlerts', code: 'required' });
  else {
    errors.push(...unknownFields(alerts, ['enabled', 'channels'], 'preferences.loginAlerts.'));
    if (typeof alerts['enabled'] !== 'boolean')
      errors.push({ field: 'preferences.loginAlerts.enabled', code: 'invalid' });
    channelList(alerts['channels'], 'preferences.loginAlerts.channels', CHANNELS, errors);
  }
  return errors;
}

function validTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The channels chosen that the person cannot use: `channels.<category>.<channel>`, and for the login alerts
 * `channels.login-alerts.<channel>`, each with the reason's code (email-unconfirmed, phone-unconfirmed, no-push-device).
 */
function channelErrors(person: Profile, preferences: NotificationPreferences): FieldError[] {
  const errors: FieldError[] = [];
  const rows: Array<[string, Channel[]]> = [
    ...preferences.categories.map((entry): [string, Channel[]] => [entry.category, entry.channels]),
    ['login-alerts', preferences.loginAlerts.channels],
  ];
  for (const [row, channels] of rows)
    for (const channel of channels) {
      const code = unavailableChannel(person, channel);
      if (code) errors.push({ field: `channels.${row}.${channel}`, code });
    }
  return errors;
}

/** The browser and system of a User-Agent, e.g. «Chrome, Windows». */
function deviceLabel(userAgent: string): string {
  const browser =
    [
      ['YaBrowser', 'Яндекс Браузер'],
      ['Edg/', 'Edge'],
      ['Firefox', 'Firefox'],
      ['Chrome', 'Chrome'],
      ['Safari', 'Safari'],
    ].find(([token]) => userAgent.includes(token!))?.[1] ?? 'Браузер';
  const system =
    [
      ['Android', 'Android'],
      ['iPhone', 'iPhone'],
      ['Windows', 'Windows'],
      ['Mac OS', 'macOS'],
      ['Linux', 'Linux'],
    ].find(([token]) => userAgent.includes(token!))?.[1] ?? '';
  return system ? `${browser}, ${system}` : browser;
}

function pushErrors(body: Raw): FieldError[] {
  const errors = unknownFields(body, ['endpoint', 'expirationTime', 'keys', 'label']);
  const endpoint = body['endpoint'];
  if (typeof endpoint !== 'string' || endpoint.length > 2000 || !URL.canParse(endpoint))
    errors.push({ field: 'endpoint', code: 'required' });
  const expiration = body['expirationTime'];
  if (expiration !== undefined && expiration !== null && !Number.isInteger(expiration))
    errors.push({ field: 'expirationTime', code: 'invalid' });
  const keys = body['keys'];
  if (!isObject(keys)) errors.push({ field: 'keys', code: 'required' });
  else {
    errors.push(...unknownFields(keys, ['p256dh', 'auth'], 'keys.'));
    for (const [name, max] of [
      ['p256dh', 200],
      ['auth', 100],
    ] as const)
      if (typeof keys[name] !== 'string' || keys[name] === '' || (keys[name] as string).length > max)
        errors.push({ field: `keys.${name}`, code: 'required' });
  }
  const label = body['label'];
  if (label !== undefined && (typeof label !== 'string' || label.length > 100))
    errors.push({ field: 'label', code: 'invalid' });
  return errors;
}

/** Handlers of the settings and the push subscriptions. */
export const settingsHandlers: RequestHandler[] = [
  http.get('/notification-settings', ({ request, response }) => response(200).json(settingsOf(citizenOf(request)))),

  http.put('/notification-settings', async ({ request, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request);
    if (!isObject(body))
      return response.untyped(fail(request, 400, 'validation-failed', [{ field: 'body', code: 'required' }]));
    const errors = [...unknownFields(body, ['version', 'preferences']), ...preferencesErrors(body['preferences'])];
    const version = body['version'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      errors.push({ field: 'version', code: 'required' });
    if (errors.length > 0) return response.untyped(fail(request, 400, 'validation-failed', errors));
    const answer = await unlessRefused(() =>
      idempotent(request, { required: false, fingerprint: JSON.stringify(body) }, async () => {
        const record = settingsRecordOf(person);
        if (version !== record.version) throw new Refusal(fail(request, 409, 'settings-changed'));
        const preferences = structuredClone(body['preferences']) as NotificationPreferences;
        const unusable = channelErrors(person, preferences);
        if (unusable.length > 0) throw new Refusal(fail(request, 422, 'channel-unavailable', unusable));
        record.version += 1;
        record.preferences = preferences;
        record.updatedAt = new Date().toISOString();
        logOperation(
          person.id,
          'notification-settings-changed',
          localeOf(request) === 'en' ? 'Notification settings changed' : 'Изменены настройки уведомлений',
        );
        return { status: 200, body: settingsOf(person) };
      }),
    );
    return response.untyped(answer);
  }),

  http.post('/push-subscriptions', async ({ request, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request);
    if (!isObject(body))
      return response.untyped(fail(request, 400, 'validation-failed', [{ field: 'body', code: 'required' }]));
    const errors = pushErrors(body);
    if (errors.length > 0) return response.untyped(fail(request, 400, 'validation-failed', errors));
    const endpoint = body['endpoint'] as string;
    if (new URL(endpoint).protocol !== 'https:')
      return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'endpoint', code: 'https-required' }]));
    const answer = await idempotent(request, { required: false, fingerprint: JSON.stringify(body) }, async () => {
      const state = stateOf();
      let device = state.devices.find((d) => d.ownerId === person.id && d.endpoint === endpoint);
      if (!device) {
        const label =
          typeof body['label'] === 'string' && body['label']
            ? body['label']
            : deviceLabel(request.headers.get('User-Agent') ?? '');
        device = { id: newId('push'), ownerId: person.id, endpoint, label, createdAt: new Date().toISOString() };
        state.devices.push(device);
      }
      const { id, label, createdAt } = device;
      return { status: 201, body: { id, label, createdAt } };
    });
    return response.untyped(answer);
  }),

  http.delete('/push-subscriptions/{id}', ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const devices = stateOf().devices;
    const index = devices.findIndex((d) => d.id === params.id && d.ownerId === ownerId);
    if (index < 0) return response.untyped(fail(request, 404, 'device-not-found'));
    devices.splice(index, 1);
    return response.untyped(new HttpResponse(null, { status: 204 }) as never);
  }),
];

/** Test control: registers a push device for a person (as the browser's subscription would), returns its id. */
export function addTestPushDevice(ownerId: string, label = 'Chrome, Windows'): string {
  const id = newId('push');
  stateOf().devices.push({
    id,
    ownerId,
    endpoint: `https://push.example.test/${id}`,
    label,
    createdAt: new Date().toISOString(),
  });
  return id;
}

/**
 * The login alerts — the same store as «Безопасность»' new-device alert (mocks/security/alerts.ts, setSecurityAlerts):
 * what one saves the other shows. `version` is the notification settings' version (it moves on with either save).
 */
export function loginAlertsOf(person: Profile): { enabled: boolean; channels: Channel[]; version: number } {
  const record = settingsRecordOf(person);
  return { ...structuredClone(record.preferences.loginAlerts), version: record.version };
}

/** Writes the login alerts from «Безопасность» (validated by the caller): the notification settings' version moves on. */
export function setLoginAlerts(person: Profile, alerts: { enabled: boolean; channels: Channel[] }): void {
  const record = settingsRecordOf(person);
  record.preferences.loginAlerts = { enabled: alerts.enabled, channels: [...alerts.channels] };
  record.version += 1;
  record.updatedAt = new Date().toISOString();
}
