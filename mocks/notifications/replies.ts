/**
 * The notifications mock's error answers: the contract's `Error` body, localised, with the codes the shared
 * support.ts does not word (settings-changed, channel-unavailable, subscription-exists and their field codes).
 */
import { HttpResponse } from 'msw';
import type { components } from '../generated/api-types.js';
import { localeOf, message as sharedMessage, type Locale } from '../handlers/support.js';

const MESSAGES: Record<string, Record<Locale, string>> = {
  'settings-changed': {
    ru: 'Настройки изменены в другой вкладке или на другом устройстве. Мы загрузили их заново — проверьте и сохраните ещё раз.',
    en: 'The settings were changed in another tab or on another device. They have been reloaded: check them and save again.',
  },
  'channel-unavailable': {
    ru: 'Этот способ получения уведомлений сейчас недоступен.',
    en: 'This way of receiving notifications is not available now.',
  },
  'email-unconfirmed': {
    ru: 'Подтвердите адрес электронной почты, чтобы получать уведомления по e-mail.',
    en: 'Confirm your e-mail address to receive notifications by e-mail.',
  },
  'phone-unconfirmed': {
    ru: 'Подтвердите номер телефона, чтобы получать уведомления по СМС.',
    en: 'Confirm your phone number to receive notifications by SMS.',
  },
  'no-push-device': {
    ru: 'Разрешите push-уведомления в браузере, чтобы получать их.',
    en: 'Allow push notifications in your browser to receive them.',
  },
  'subscription-exists': {
    ru: 'Вы уже подписаны на эту рассылку. Измените существующую подписку.',
    en: 'You are already subscribed to this mailing. Edit the existing subscription.',
  },
  'unknown-topic': { ru: 'Такой рассылки нет.', en: 'No such mailing.' },
  'before-from': {
    ru: 'Дата окончания не может быть раньше даты начала.',
    en: 'The end date cannot be before the start date.',
  },
  'https-required': { ru: 'Адрес подписки должен начинаться с https://.', en: 'The endpoint must be an https URL.' },
  duplicate: { ru: 'Значение повторяется.', en: 'The value is repeated.' },
  'notification-not-found': { ru: 'Уведомление не найдено.', en: 'Notification not found.' },
  'subscription-not-found': { ru: 'Подписка не найдена.', en: 'Subscription not found.' },
  'device-not-found': { ru: 'Устройство не найдено.', en: 'Device not found.' },
};

const text = (code: string, locale: Locale): string => MESSAGES[code]?.[locale] ?? sharedMessage(code, locale);

export type FieldError = { field: string; code: string };

/**
 * A refusal that depends on the state, not on the request (409 settings-changed / subscription-exists, 422
 * channel-unavailable): thrown out of idempotent() so that it is not remembered — the same Idempotency-Key may
 * succeed once the state has changed (the contact confirmed, the settings reloaded). `unlessRefused` answers it.
 */
export class Refusal extends Error {
  constructor(readonly response: Response) {
    super('refused');
  }
}

/** Runs an idempotent operation; a Refusal thrown inside is its answer, not remembered under the key. */
export async function unlessRefused(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refusal) return error.response;
    throw error;
  }
}

/** An Error response with a localised message and field errors. */
export function fail(
  request: Request,
  status: number,
  code: string,
  fields: FieldError[] = [],
): HttpResponse<components['schemas']['Error']> {
  const locale = localeOf(request);
  const body: components['schemas']['Error'] = { code, message: text(code, locale) };
  if (fields.length > 0) body.fields = fields.map((f) => ({ ...f, message: text(f.code, locale) }));
  return HttpResponse.json(body, { status, headers: { 'Content-Language': locale } });
}

/**
 * The request's JSON body: `undefined` when there is none, `false` when it is not JSON. An empty body is
 * `undefined` (read-all may come without one).
 */
export async function jsonBody(request: Request): Promise<unknown> {
  const raw = await request.text();
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return false;
  }
}

export type Raw = Record<string, unknown>;
export const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys of an object that the schema does not allow (additionalProperties: false). */
export const unknownFields = (body: Raw, allowed: readonly string[], prefix = ''): FieldError[] =>
  Object.keys(body)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ field: `${prefix}${key}`, code: 'invalid' }));

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date YYYY-MM-DD that exists. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** An RFC 3339 date-time. */
export const isDateTime = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
  !Number.isNaN(Date.parse(value));
