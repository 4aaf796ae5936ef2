/**
 * «Настройки уведомлений» calls of <gu-notifications> (contract: mocks/openapi.yaml, tag `notification-settings`, and
 * the verification contact codes that confirm an e-mail or phone in place), loaded with the settings part; each
 * answer validated at the boundary with valibot.
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import {
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CHANNELS,
  type NotificationPreferences,
  type NotificationSettings,
  type PushDevice,
} from './types.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());
const TIME = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
const CHANNEL = v.picklist(NOTIFICATION_CHANNELS);

const ContactSchema = v.object({ value: v.optional(v.string()), confirmed: v.boolean() });
const DeviceSchema = v.object({ id: v.string(), label: v.string(), createdAt: DATE_TIME }) satisfies v.GenericSchema<
  unknown,
  PushDevice
>;

const PreferencesSchema = v.object({
  categories: v.array(
    v.object({
      category: v.picklist(NOTIFICATION_CATEGORIES),
      channels: v.array(CHANNEL),
      frequency: v.picklist(['instant', 'daily', 'weekly']),
    }),
  ),
  quietHours: v.object({ enabled: v.boolean(), from: TIME, to: TIME, timeZone: v.string() }),
  loginAlerts: v.object({ enabled: v.boolean(), channels: v.array(CHANNEL) }),
}) satisfies v.GenericSchema<unknown, NotificationPreferences>;

const SettingsSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  preferences: PreferencesSchema,
  contacts: v.object({ email: ContactSchema, phone: ContactSchema }),
  push: v.object({ publicKey: v.string(), devices: v.array(DeviceSchema) }),
  autopayReminders: v.array(
    v.object({
      providerId: v.string(),
      providerName: v.string(),
      remindDaysBefore: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
    }),
  ),
  updatedAt: DATE_TIME,
}) satisfies v.GenericSchema<unknown, NotificationSettings>;

/** The settings, with the version to send back. */
export function getSettings(client: ApiClient, signal?: AbortSignal): Promise<NotificationSettings> {
  return client.get('notification-settings', { signal, parse: valibotParser(SettingsSchema) });
}

/**
 * Saves every choice at once (one PUT per «Применить»). 409 `settings-changed`: another save came first; 422
 * `channel-unavailable` with `fields` `channels.<category>.<channel>`. The same key for a retry of the same choices.
 */
export function saveSettings(
  client: ApiClient,
  request: { version: number; preferences: NotificationPreferences },
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<NotificationSettings> {
  return client.request({
    method: 'PUT',
    path: 'notification-settings',
    body: request,
    idempotencyKey,
    signal,
    parse: valibotParser(SettingsSchema),
  });
}

/** What the browser's PushSubscription.toJSON() gives, plus a label for the list of devices. */
export interface PushSubscriptionRequest {
  endpoint: string;
  expirationTime?: number | null;
  keys: { p256dh: string; auth: string };
  label?: string;
}

/** Registers this browser's push subscription. */
export function addPushSubscription(
  client: ApiClient,
  request: PushSubscriptionRequest,
  signal?: AbortSignal,
): Promise<PushDevice> {
  return client.post('push-subscriptions', request, { signal, parse: valibotParser(DeviceSchema) });
}

/** Stops push to one browser. */
export async function removePushSubscription(client: ApiClient, id: string, signal?: AbortSignal): Promise<void> {
  await client.request({ method: 'DELETE', path: `push-subscriptions/${pathSegment(id)}`, signal });
}

/** A contact: `email` or `phone` (the verification API's channels). */
export type ContactChannel = 'email' | 'phone';

const TicketSchema = v.object({
  id: v.string(),
  sentTo: v.string(),
  expiresAt: DATE_TIME,
  resendAfter: v.pipe(v.number(), v.integer(), v.minValue(0)),
  attemptsLeft: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
/** A confirmation code that was sent. */
export type ContactTicket = v.InferOutput<typeof TicketSchema>;

/** Sends a code to confirm the profile's e-mail or phone (verification's sendContactCode, purpose `confirm`). */
export function sendContactCode(
  client: ApiClient,
  channel: ContactChannel,
  signal?: AbortSignal,
): Promise<ContactTicket> {
  return client.post(
    'verification/contacts/codes',
    { channel, purpose: 'confirm' },
    { signal, parse: valibotParser(v.looseObject(TicketSchema.entries)) },
  );
}

const ContactsSchema = v.looseObject({ phoneConfirmed: v.boolean(), emailConfirmed: v.boolean() });

/** Checks the code (verifyContactCode); resolves whether the contact is now confirmed. */
export async function verifyContactCode(
  client: ApiClient,
  ticketId: string,
  channel: ContactChannel,
  code: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const contacts = await client.post(
    `verification/contacts/codes/${pathSegment(ticketId)}/verify`,
    { code },
    { signal, parse: valibotParser(ContactsSchema) },
  );
  return channel === 'email' ? contacts.emailConfirmed : contacts.phoneConfirmed;
}
