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

/*
 * The first Intl formatter a page creates costs 15–30 ms in Chromium (ICU starting up; measured by
 * bench/application-tracker.ts), and a list's first paint would pay it. The two formats a list shows — whole counts
 * and calendar dates in Moscow — are written out below exactly as Intl writes them (counts in both languages, long
 * dates in Russian, the default language; test/core/i18n.test.ts compares them over thousands of values); everything
 * else goes to Intl.
 */

/** A non-negative whole number grouped by threes: `10 000` (no-break space) in Russian, `10,000` in English. */
function formatCount(locale: Locale, value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, locale === 'ru' ? '\u00a0' : ',');
}

/** Russian month names in the genitive, as in `25 ноября 2026 г.`. */
const MONTHS_RU = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** Moscow has been UTC+3 all year since this moment (26 October 2014, 02:00 local time); earlier dates go to Intl. */
const MOSCOW_UTC3_SINCE = Date.UTC(2014, 9, 25, 22);

/** A long date in Moscow in Russian (`25 ноября 2026 г.`), or undefined where Intl must decide. */
function formatLongMoscowDate(locale: Locale, date: Date): string | undefined {
  if (locale !== 'ru' || date.getTime() < MOSCOW_UTC3_SINCE) return undefined;
  const moscow = new Date(date.getTime() + 3 * 3_600_000);
  const year = moscow.getUTCFullYear();
  if (year > 9999) return undefined;
  return `${moscow.getUTCDate()} ${MONTHS_RU[moscow.getUTCMonth()]} ${year} г.`;
}

/** Formats a number with the locale's grouping (`10 000` in Russian, `10,000` in English). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  if (!options && Number.isSafeInteger(value) && value >= 0) return formatCount(locale, value);
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
export function formatDate(locale: Locale, value: Date | string, options?: Intl.DateTimeFormatOptions): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  if (!options) return formatLongMoscowDate(locale, date) ?? formatDate(locale, date, { dateStyle: 'long' });
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
