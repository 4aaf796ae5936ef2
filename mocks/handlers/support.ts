/** What every domain handler shares: the typed `http`, the citizen behind the token, localized Error bodies, paging, idempotency, rate limits. */
import { HttpResponse, delay } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { paths, components } from '../generated/api-types.js';
import { getDb, personIdForToken } from '../db/index.js';
import type { Profile } from '../db/index.js';
import { decodeJwt, isJwtShaped } from '../oidc/jwt.js';

/** The contract-typed MSW `http` for every /api path, on any origin (a portal's api-base may be elsewhere). */
export const http = createOpenApiHttp<paths>({ baseUrl: '*/api' });

/** The shared error body of every 4xx/5xx response. */
export type ErrorBody = components['schemas']['Error'];
type FieldError = NonNullable<ErrorBody['fields']>[number];
/** Languages of error messages. */
export type Locale = 'ru' | 'en';

const MESSAGES: Record<string, Record<Locale, string>> = {
  unauthorized: { ru: 'Требуется вход в личный кабинет.', en: 'You need to sign in.' },
  'invalid-token': {
    ru: 'Сеанс истёк или токен доступа недействителен. Войдите снова.',
    en: 'The session has expired or the access token is invalid. Please sign in again.',
  },
  'unknown-citizen': {
    ru: 'Учётная запись не найдена. Войдите снова.',
    en: 'Account not found. Please sign in again.',
  },
  'server-error': {
    ru: 'Внутренняя ошибка сервера. Попробуйте позже.',
    en: 'Internal server error. Please try again later.',
  },
  unavailable: {
    ru: 'Сервис временно недоступен. Повторите попытку через {retryAfter} с.',
    en: 'The service is temporarily unavailable. Try again in {retryAfter} s.',
  },
  'rate-limited': {
    ru: 'Слишком много запросов. Повторите попытку через {retryAfter} с.',
    en: 'Too many requests. Try again in {retryAfter} s.',
  },
  'not-found': { ru: 'Не найдено.', en: 'Not found.' },
  'unknown-endpoint': { ru: 'Такого метода API нет.', en: 'No such API method.' },
  'bad-request': { ru: 'Некорректный запрос.', en: 'Bad request.' },
  'validation-failed': { ru: 'Проверьте данные запроса.', en: 'Check the request data.' },
  'not-cancellable': {
    ru: 'Заявление нельзя отменить: ведомство уже приступило к рассмотрению или рассмотрение завершено.',
    en: 'The application can no longer be cancelled: the agency has started or finished processing it.',
  },
  'idempotency-key-missing': {
    ru: 'Не передан заголовок Idempotency-Key.',
    en: 'The Idempotency-Key header is missing.',
  },
  'idempotency-key-invalid': {
    ru: 'Заголовок Idempotency-Key должен быть UUID.',
    en: 'The Idempotency-Key header must be a UUID.',
  },
  'idempotency-in-flight': {
    ru: 'Запрос с этим ключом ещё выполняется. Дождитесь результата.',
    en: 'A request with this key is still in progress. Wait for its result.',
  },
  'idempotency-key-reused': {
    ru: 'Ключ Idempotency-Key уже использован для другого запроса.',
    en: 'The Idempotency-Key was already used for a different request.',
  },
  'charge-not-found': { ru: 'Начисление не найдено.', en: 'Charge not found.' },
  'charge-already-paid': { ru: 'Начисление уже оплачено.', en: 'The charge is already paid.' },
  'charge-not-payable': {
    ru: 'Начисление нельзя оплатить: оно аннулировано.',
    en: 'The charge cannot be paid: it has been cancelled.',
  },
  required: { ru: 'Обязательное поле.', en: 'Required.' },
  invalid: { ru: 'Недопустимое значение.', en: 'Invalid value.' },
};

/** The language of messages from Accept-Language: en when English is preferred to Russian, ru otherwise. */
export function localeOf(request: Request): Locale {
  const header = request.headers.get('Accept-Language') ?? '';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { lang: tag.split('-')[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.lang === 'ru' || entry.lang === 'en')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang === 'en' ? 'en' : 'ru';
}

/** A localized message for an error code. */
export function message(code: string, locale: Locale, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[code]?.[locale] ?? MESSAGES['bad-request']![locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** An Error response with a localized message; `retryAfter` also sets the Retry-After header. */
export function errorResponse(
  request: Request,
  status: number,
  code: string,
  extra: {
    fields?: Array<{ field: string; code: string }>;
    retryAfter?: number;
    headers?: Record<string, string>;
  } = {},
): HttpResponse<ErrorBody> {
  const locale = localeOf(request);
  const body: ErrorBody = { code, message: message(code, locale, { retryAfter: extra.retryAfter ?? '' }) };
  if (extra.fields)
    body.fields = extra.fields.map((field): FieldError => ({ ...field, message: message(field.code, locale) }));
  const headers: Record<string, string> = { 'Content-Language': locale, ...extra.headers };
  if (extra.retryAfter !== undefined) {
    body.retryAfter = extra.retryAfter;
    headers['Retry-After'] = String(extra.retryAfter);
  }
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer realm="gu-kit"';
  return HttpResponse.json(body, { status, headers });
}

/** The bearer token of a request, or undefined when the Authorization header is missing or malformed. */
export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/.exec(request.headers.get('Authorization') ?? '');
  return match?.[1];
}

/** The signed-in citizen of a request (the scenario gate has already answered 401 when there is none). */
export function citizenOf(request: Request): Profile {
  const person = findCitizen(request);
  if (!person) throw new Error('citizenOf() called for a request the scenario gate should have rejected');
  return person;
}

/** The citizen a request's token selects, if any: a mock OIDC access token (JWT) selects its `sub`. */
export function findCitizen(request: Request): Profile | undefined {
  const token = bearerToken(request);
  if (!token) return undefined;
  const personId = isJwtShaped(token) ? decodeJwt(token)?.sub : personIdForToken(token);
  return getDb().persons.find((person) => person.id === personId);
}

/** Limits per minute and token. */
export const RATE_LIMITS = { read: 1000, payments: 10 } as const;
const WINDOW_MS = 60_000;

/** Counts one call of a bucket for a token; tells the window's remaining calls and reset, or that the limit is exceeded. */
export function takeRateLimit(
  bucket: keyof typeof RATE_LIMITS,
  token: string,
): { limited: boolean; headers: Record<string, string>; retryAfter: number } {
  const windows = getDb().rateWindows;
  const key = `${bucket}\u0000${token}`;
  const now = Date.now();
  let window = windows.get(key);
  if (!window || now - window.startedAt >= WINDOW_MS) {
    window = { startedAt: now, count: 0 };
    windows.set(key, window);
  }
  const limit = RATE_LIMITS[bucket];
  const reset = Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000));
  const limited = window.count >= limit;
  if (!limited) window.count += 1;
  return {
    limited,
    retryAfter: reset,
    headers: {
      'RateLimit-Limit': String(limit),
      'RateLimit-Remaining': String(Math.max(0, limit - window.count)),
      'RateLimit-Reset': String(reset),
    },
  };
}

/** Page and page size from the query, or the field errors that make them invalid. */
export function paging(
  url: URL,
): { page: number; pageSize: number } | { errors: Array<{ field: string; code: string }> } {
  const errors: Array<{ field: string; code: string }> = [];
  const read = (name: string, fallback: number, max: number): number => {
    const raw = url.searchParams.get(name);
    if (raw === null || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max) errors.push({ field: name, code: 'invalid' });
    return value;
  };
  const page = read('page', 1, Number.MAX_SAFE_INTEGER);
  const pageSize = read('pageSize', 20, 100);
  return errors.length > 0 ? { errors } : { page, pageSize };
}

/** One page of a list. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/** Checks that every value of a repeated query parameter is one of the allowed values. */
export function enumValues<T extends string>(
  url: URL,
  name: string,
  allowed: readonly T[],
): { values: T[] } | { errors: Array<{ field: string; code: string }> } {
  const values = url.searchParams
    .getAll(name)
    .flatMap((value) => value.split(','))
    .filter((value) => value !== '');
  const bad = values.filter((value) => !allowed.includes(value as T));
  return bad.length > 0 ? { errors: [{ field: name, code: 'invalid' }] } : { values: values as T[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How long a payment "takes" in the mock, so a second request with the same key can meet the first in flight. */
export const PAYMENT_PROCESSING_MS = 150;

/**
 * Runs an unsafe operation under Idempotency-Key semantics (IETF draft, Stripe): 400 when a required key is missing or not
 * a UUID, 409 while the first request with the key is in flight, 422 when the key comes with another payload,
 * otherwise the first response replayed with `Idempotent-Replayed: true`. Without a key (when optional) it just runs.
 */
export async function idempotent(
  request: Request,
  options: { required: boolean; fingerprint: string },
  run: () => Promise<{ status: number; body: unknown } | HttpResponse<ErrorBody>>,
): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  const toResponse = (result: { status: number; body: unknown } | HttpResponse<ErrorBody>): Response =>
    result instanceof Response ? result : HttpResponse.json(result.body as never, { status: result.status });
  if (key === null || key === '') {
    if (options.required)
      return errorResponse(request, 400, 'idempotency-key-missing', {
        fields: [{ field: 'Idempotency-Key', code: 'required' }],
      });
    return toResponse(await run());
  }
  if (!UUID.test(key))
    return errorResponse(request, 400, 'idempotency-key-invalid', {
      fields: [{ field: 'Idempotency-Key', code: 'invalid' }],
    });
  const store = getDb().idempotency;
  const storeKey = `${bearerToken(request) ?? ''}\u0000${new URL(request.url).pathname.replace(/^.*\/api\//, '')}\u0000${key}`;
  const existing = store.get(storeKey);
  if (existing) {
    if (existing.fingerprint !== options.fingerprint) return errorResponse(request, 422, 'idempotency-key-reused');
    if (existing.state === 'in-flight') return errorResponse(request, 409, 'idempotency-in-flight', { retryAfter: 1 });
    return HttpResponse.json(existing.body as never, {
      status: existing.status,
      headers: { 'Idempotent-Replayed': 'true' },
    });
  }
  const entry = {
    fingerprint: options.fingerprint,
    state: 'in-flight' as 'in-flight' | 'done',
    status: 0,
    body: undefined as unknown,
  };
  store.set(storeKey, entry);
  try {
    const result = await run();
    const response = toResponse(result);
    if (response.status >= 500 || response.status === 429) {
      store.delete(storeKey); // not a final answer: the client may retry with the same key
      return response;
    }
    entry.status = response.status;
    entry.body = await response.clone().json();
    entry.state = 'done';
    return response;
  } catch (error) {
    store.delete(storeKey);
    throw error;
  }
}

/** Waits like a real backend does (kept in one place so tests can reason about it). */
export function processing(ms: number): Promise<void> {
  return delay(ms);
}
