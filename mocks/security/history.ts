/**
 * The security mock (issue 16): «История входов» — listLoginEvents (filters result/method/period, server pages,
 * newest first, «Этот вход» for the asking session), exportLoginEvents (every filtered row as CSV: UTF-8 with BOM,
 * `;`, the header row in the request's language, for Excel in Russian) and reportLoginEvent («Это был не я»: the
 * reference «ИБ-<year>-NNNNNN»; 409 already-reported) and getLoginEvent (the sign-in «Это был не я» is about).
 */
import { HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { http, idempotent, pageOf, paging } from '../handlers/support.js';
import type { Locale } from '../handlers/support.js';
import {
  addReport,
  loginEventOf,
  loginEventsOf,
  placeName,
  requestContext,
  securityChanged,
  securityError,
  securityState,
  sessionLoginEvent,
  type LoginEventRecord,
  type LoginFailureReason,
  type LoginMethod,
  type LoginResult,
  type SecondFactor,
} from './store.js';

export const LOGIN_RESULTS: readonly LoginResult[] = ['success', 'failure'];
export const LOGIN_METHODS: readonly LoginMethod[] = [
  'password',
  'passkey',
  'qr',
  'signature',
  'bank',
  'recovery',
  'registration',
  'reauthentication',
];
/** Longest comment of a report (the contract's maxLength). */
export const REPORT_COMMENT_MAX = 1000;

const MOSCOW_OFFSET_MS = 3 * 3600_000;
/** The day of a moment in Moscow time (the history's periods are Moscow days). */
const moscowDay = (iso: string): string => new Date(Date.parse(iso) + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string): boolean => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

type FieldError = { field: string; code: string };

/** The filters of a request, or the field errors that make them invalid. */
export function loginFilters(
  url: URL,
): { result?: LoginResult; method?: LoginMethod; from?: string; to?: string } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const filters: { result?: LoginResult; method?: LoginMethod; from?: string; to?: string } = {};
  const result = url.searchParams.get('result');
  if (result) {
    if (LOGIN_RESULTS.includes(result as LoginResult)) filters.result = result as LoginResult;
    else errors.push({ field: 'result', code: 'invalid' });
  }
  const method = url.searchParams.get('method');
  if (method) {
    if (LOGIN_METHODS.includes(method as LoginMethod)) filters.method = method as LoginMethod;
    else errors.push({ field: 'method', code: 'invalid' });
  }
  for (const name of ['from', 'to'] as const) {
    const value = url.searchParams.get(name);
    if (!value) continue;
    if (isDay(value)) filters[name] = value;
    else errors.push({ field: name, code: 'invalid' });
  }
  if (filters.from && filters.to && filters.from > filters.to) errors.push({ field: 'to', code: 'invalid' });
  return errors.length > 0 ? { errors } : filters;
}

/** A person's events that pass the filters, newest first. */
export function filteredLoginEvents(
  personId: string,
  filters: { result?: LoginResult; method?: LoginMethod; from?: string; to?: string },
): LoginEventRecord[] {
  return loginEventsOf(personId).filter((event) => {
    if (filters.result && event.result !== filters.result) return false;
    if (filters.method && event.method !== filters.method) return false;
    if (filters.from || filters.to) {
      const day = moscowDay(event.at);
      if (filters.from && day < filters.from) return false;
      if (filters.to && day > filters.to) return false;
    }
    return true;
  });
}

// ——— CSV ———

const HEADERS: Record<Locale, string[]> = {
  ru: [
    'Дата и время (МСК)',
    'IP-адрес',
    'Устройство',
    'Браузер',
    'Операционная система',
    'Место',
    'Способ входа',
    'Второй шаг',
    'Результат',
    'Причина',
    'Новое устройство',
    'Вы сообщили «Это был не я»',
  ],
  en: [
    'Date and time (Moscow)',
    'IP address',
    'Device',
    'Browser',
    'Operating system',
    'Place',
    'Method',
    'Second step',
    'Result',
    'Reason',
    'New device',
    'Reported «It was not me»',
  ],
};

const KINDS: Record<LoginEventRecord['kind'], Record<Locale, string>> = {
  computer: { ru: 'Компьютер', en: 'Computer' },
  phone: { ru: 'Телефон', en: 'Phone' },
  tablet: { ru: 'Планшет', en: 'Tablet' },
  unknown: { ru: 'Неизвестное устройство', en: 'Unknown device' },
};
const METHOD_LABELS: Record<LoginMethod, Record<Locale, string>> = {
  password: { ru: 'Пароль', en: 'Password' },
  passkey: { ru: 'Ключ доступа', en: 'Passkey' },
  qr: { ru: 'QR-код', en: 'QR code' },
  signature: { ru: 'Электронная подпись', en: 'E-signature' },
  bank: { ru: 'Через банк', en: 'Via a bank' },
  recovery: { ru: 'Восстановление доступа', en: 'Access recovery' },
  registration: { ru: 'Регистрация', en: 'Registration' },
  reauthentication: { ru: 'Повторное подтверждение', en: 'Re-authentication' },
};
const SECOND_FACTORS: Record<SecondFactor, Record<Locale, string>> = {
  sms: { ru: 'Код из СМС', en: 'SMS code' },
  email: { ru: 'Код из письма', en: 'E-mail code' },
  totp: { ru: 'Приложение-аутентификатор', en: 'Authenticator app' },
  'backup-code': { ru: 'Резервный код', en: 'Backup code' },
  'trusted-device': { ru: 'Доверенное устройство', en: 'Trusted device' },
};
const RESULTS: Record<LoginResult, Record<Locale, string>> = {
  success: { ru: 'Успешно', en: 'Success' },
  failure: { ru: 'Неудачно', en: 'Failed' },
};
const REASONS: Record<LoginFailureReason, Record<Locale, string>> = {
  'wrong-password': { ru: 'Неверный пароль', en: 'Wrong password' },
  'wrong-code': { ru: 'Неверный код', en: 'Wrong code' },
  'code-expired': { ru: 'Код истёк', en: 'Code expired' },
  'account-locked': { ru: 'Вход заблокирован', en: 'Sign-in blocked' },
  'factor-locked': { ru: 'Подтверждение заблокировано', en: 'Confirmation blocked' },
  'passkey-failed': { ru: 'Ключ доступа не прошёл проверку', en: 'Passkey failed' },
  'wrong-answers': { ru: 'Неверные ответы на вопросы', en: 'Wrong answers' },
};
const YES_NO: Record<Locale, [string, string]> = { ru: ['Да', 'Нет'], en: ['Yes', 'No'] };

/**
 * One CSV cell: quoted when it holds `;`, a quote or a line break; a cell that a spreadsheet would run as a formula
 * (= + - @, tab, carriage return first) is made text with a leading apostrophe.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The moment in Moscow time: 05.12.2026 21:14:50 (ru) or 2026-12-05 21:14:50 (en). */
function csvTime(iso: string, locale: Locale): string {
  const moscow = new Date(Date.parse(iso) + MOSCOW_OFFSET_MS).toISOString();
  const [day = '', time = ''] = moscow.split('T');
  const [year, month, date] = day.split('-');
  return `${locale === 'ru' ? `${date}.${month}.${year}` : day} ${time.slice(0, 8)}`;
}

/** The history as CSV text: BOM, the header row, one row per event, CRLF line ends. */
export function loginEventsCsv(events: readonly LoginEventRecord[], locale: Locale): string {
  const rows = [HEADERS[locale]];
  for (const event of events)
    rows.push([
      csvTime(event.at, locale),
      event.ip,
      KINDS[event.kind][locale],
      event.browser,
      event.os,
      placeName(event.city, locale) ?? '',
      METHOD_LABELS[event.method][locale],
      event.secondFactor ? SECOND_FACTORS[event.secondFactor][locale] : '',
      RESULTS[event.result][locale],
      event.reason ? REASONS[event.reason][locale] : '',
      YES_NO[locale][event.newDevice ? 0 : 1],
      YES_NO[locale][event.reported ? 0 : 1],
    ]);
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

// ——— Handlers ———

export const historyHandlers: RequestHandler[] = [
  http.get('/security/login-history/export', ({ request, response }) => {
    const context = requestContext(request);
    const filters = loginFilters(new URL(request.url));
    if ('errors' in filters)
      return response.untyped(securityError(request, 400, 'validation-failed', { fields: filters.errors }));
    const csv = loginEventsCsv(filteredLoginEvents(context.personId, filters), context.locale);
    const day = new Date().toISOString().slice(0, 10);
    return response.untyped(
      new HttpResponse(csv, {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="login-history-${day}.csv"`,
          'Content-Language': context.locale,
          'Cache-Control': 'no-store',
        },
      }),
    );
  }),
  http.get('/security/login-history', ({ request, response }) => {
    const context = requestContext(request);
    const url = new URL(request.url);
    const page = paging(url);
    const filters = loginFilters(url);
    const errors = [...('errors' in page ? page.errors : []), ...('errors' in filters ? filters.errors : [])];
    if ('errors' in page || 'errors' in filters)
      return response.untyped(securityError(request, 400, 'validation-failed', { fields: errors }));
    const events = filteredLoginEvents(context.personId, filters);
    const currentId = sessionLoginEvent(context.personId, context.sessionId)?.id;
    return response.untyped(
      HttpResponse.json(
        {
          items: pageOf(events, page.page, page.pageSize).map((event) =>
            loginEventOf(event, context.locale, currentId),
          ),
          total: events.length,
          page: page.page,
          pageSize: page.pageSize,
        },
        { headers: { 'Content-Language': context.locale } },
      ),
    );
  }),
  http.get('/security/login-history/{id}', ({ request, params, response }) => {
    const context = requestContext(request);
    const event = loginEventsOf(context.personId).find((item) => item.id === params.id);
    if (!event) return response.untyped(securityError(request, 404, 'not-found'));
    const currentId = sessionLoginEvent(context.personId, context.sessionId)?.id;
    return response.untyped(
      HttpResponse.json(loginEventOf(event, context.locale, currentId), {
        headers: { 'Content-Language': context.locale },
      }),
    );
  }),
  http.post('/security/login-history/{id}/report', async ({ request, params, response }) => {
    const context = requestContext(request);
    let body: unknown;
    try {
      const text = await request.clone().text();
      body = text ? JSON.parse(text) : {};
    } catch {
      return response.untyped(securityError(request, 400, 'bad-request'));
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return response.untyped(securityError(request, 400, 'bad-request'));
    const { comment, ...rest } = body as { comment?: unknown };
    const fields: FieldError[] = Object.keys(rest).map((field) => ({ field, code: 'invalid' }));
    if (comment !== undefined && typeof comment !== 'string') fields.push({ field: 'comment', code: 'invalid' });
    else if (typeof comment === 'string' && comment.length > REPORT_COMMENT_MAX)
      fields.push({ field: 'comment', code: 'too-long' });
    if (fields.length > 0) return response.untyped(securityError(request, 400, 'validation-failed', { fields }));
    const answer = await idempotent(request, { required: false, fingerprint: `report:${params.id}` }, async () => {
      const event = securityState().events.find((item) => item.id === params.id && item.personId === context.personId);
      if (!event) return securityError(request, 404, 'not-found');
      if (event.reported) return securityError(request, 409, 'already-reported');
      const trimmed = typeof comment === 'string' ? comment.trim() : '';
      const { personId: _person, comment: _comment, ...report } = addReport(context.personId, event, trimmed);
      securityChanged(context.personId, 'login-history');
      return { status: 201, body: report };
    });
    return response.untyped(answer);
  }),
];
