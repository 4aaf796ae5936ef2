import type { Locale } from './locale.js';

/** Russian needs one/few/many; English uses one/other. Every catalog plural gives all four so both fit. */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Picks the CLDR plural form for `count` and replaces `{n}` with the formatted number:
 * `plural('ru', 3, { one: '{n} заявление', few: '{n} заявления', many: '{n} заявлений', other: '{n} заявления' })`.
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const category = rules.select(count) as keyof PluralForms | 'zero' | 'two';
  const template = category in forms ? forms[category as keyof PluralForms] : forms.other;
  return template.replaceAll('{n}', formatNumber(locale, count));
}

const tag = (locale: Locale): string => (locale === 'ru' ? 'ru-RU' : 'en-GB');

/**
 * Intl formatters are costly to create (a list of 50 rows with two dates each spent most of its render building
 * them), so each locale + options pair is built once and reused.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  locale: Locale,
  options: object | undefined,
  create: () => F,
): F {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Formats a number with the locale's grouping (`10 000` in Russian, `10,000` in English). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return cached('n', locale, options, () => new Intl.NumberFormat(tag(locale), options)).format(value);
}

/** Formats an amount given in kopecks as roubles: `1 234,50 ₽`. */
export function formatMoney(locale: Locale, kopecks: number): string {
  return cached(
    'm',
    locale,
    undefined,
    () => new Intl.NumberFormat(tag(locale), { style: 'currency', currency: 'RUB' }),
  ).format(kopecks / 100);
}

/** Formats a date (Date or ISO string) in Moscow time unless a timeZone is given: `25 ноября 2026 г.`. */
export function formatDate(
  locale: Locale,
  value: Date | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return cached(
    'd',
    locale,
    options,
    () => new Intl.DateTimeFormat(tag(locale), { timeZone: 'Europe/Moscow', ...options }),
  ).format(date);
}

/** Formats a date and time: `25.11.2026, 14:32`. */
export function formatDateTime(locale: Locale, value: Date | string): string {
  return formatDate(locale, value, { dateStyle: 'short', timeStyle: 'short' });
}

/** Formats a time of day: `14:32`. */
export function formatTime(locale: Locale, value: Date | string): string {
  return formatDate(locale, value, { timeStyle: 'short' });
}

/** Formats a list: `СНИЛС, ИНН и паспорт`. */
export function formatList(locale: Locale, items: string[]): string {
  return cached('l', locale, undefined, () => new Intl.ListFormat(tag(locale), { type: 'conjunction' })).format(items);
}
