/**
 * MSW handlers of the identity API under `/api/identity/…` (no bearer token: the citizen is not signed in yet).
 * `identityGate` applies the scenario like the /api scenario gate (offline, slow, server-error, flaky, malformed) and
 * is registered before it in mocks/handlers/index.ts.
 */
import { HttpResponse, delay, getResponse, http } from 'msw';
import type { RequestHandler } from 'msw';
import type { components } from '../generated/api-types.js';
import { FLAKY_RETRY_AFTER_S, SLOW_LATENCY_MS, countCall, getScenario } from '../scenarios.js';
import { localeOf } from '../handlers/support.js';
import type { Locale } from '../handlers/support.js';
import { BANKS, CERTIFICATES } from './data.js';
import type { CodeMethod } from './data.js';
import { IDENTITY_LIMITS } from '../../components/login/limits.js';
import { checkTextLimit } from '../../components/core/validation/text-limits.js';
import {
  IdentityProblem,
  answerQuestions,
  mockIdentityConfig,
  completeBank,
  pollQr,
  recover,
  register,
  registerPasskey,
  sendCode,
  setPassword,
  signIn,
  startBank,
  startPasskey,
  startPasskeyRegistration,
  startQr,
  startSignature,
  verifyCode,
  verifyPasskey,
  verifySignature,
} from './identity.js';
import type { DeviceTrust, IdentityStep } from './identity.js';
import { beginAttempt } from './login-events.js';

type Schemas = components['schemas'];

const MESSAGES: Record<string, Record<Locale, string>> = {
  'bad-credentials': {
    ru: 'Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock.',
    en: 'Wrong login or password. Check the keyboard layout and Caps Lock.',
  },
  'account-locked': {
    ru: 'Слишком много неудачных попыток входа. Вход временно заблокирован.',
    en: 'Too many failed sign-in attempts. Sign-in is temporarily blocked.',
  },
  'factor-locked': {
    ru: 'Слишком много неверных кодов. Подтверждение входа временно заблокировано.',
    en: 'Too many wrong codes. Confirmation is temporarily blocked.',
  },
  'factor-disabled': {
    ru: 'Подтверждение кодом отключено после множества ошибок. Восстановите доступ.',
    en: 'Code confirmation is disabled after too many errors. Recover access.',
  },
  'resend-too-early': { ru: 'Новый код можно запросить чуть позже.', en: 'You can request a new code a little later.' },
  'too-many-codes': {
    ru: 'Отправлено слишком много кодов за час. Повторите позже.',
    en: 'Too many codes sent this hour. Try again later.',
  },
  'questions-locked': {
    ru: 'Слишком много неверных ответов. Обратитесь в службу поддержки.',
    en: 'Too many wrong answers. Contact support.',
  },
  'flow-not-found': {
    ru: 'Сеанс входа устарел. Начните заново.',
    en: 'The sign-in attempt has expired. Start again.',
  },
  'no-code-sent': { ru: 'Сначала запросите код.', en: 'Request a code first.' },
  'step-not-reached': { ru: 'Сначала подтвердите код.', en: 'Confirm the code first.' },
  'contact-registered': {
    ru: 'Этот телефон или адрес уже зарегистрирован. Войдите или восстановите доступ.',
    en: 'This phone or address is already registered. Sign in or recover access.',
  },
  'method-unavailable': { ru: 'Этот способ подтверждения недоступен.', en: 'This confirmation method is unavailable.' },
  'backup-unavailable': { ru: 'Резервные коды здесь не принимаются.', en: 'Backup codes are not accepted here.' },
  'authorization-missing': { ru: 'Нет запроса авторизации.', en: 'The authorization request is missing.' },
  'authorization-invalid': { ru: 'Запрос авторизации некорректен.', en: 'The authorization request is invalid.' },
  'certificate-unknown': { ru: 'Сертификат не найден.', en: 'Certificate not found.' },
  'certificate-expired': {
    ru: 'Срок действия сертификата истёк. Выберите другой сертификат.',
    en: 'The certificate has expired. Choose another certificate.',
  },
  'signature-invalid': { ru: 'Подпись не прошла проверку.', en: 'The signature failed verification.' },
  'bank-unknown': { ru: 'Банк не найден.', en: 'Bank not found.' },
  'bank-denied': { ru: 'Банк не подтвердил вход.', en: 'The bank did not confirm the sign-in.' },
  'passkey-unknown': {
    ru: 'Этот ключ доступа не привязан к учётной записи.',
    en: 'This passkey is not linked to an account.',
  },
  'passkey-invalid': { ru: 'Ключ доступа не прошёл проверку.', en: 'The passkey failed verification.' },
  'passkey-algorithm': { ru: 'Алгоритм ключа не поддерживается.', en: 'The key algorithm is not supported.' },
  'validation-failed': { ru: 'Проверьте введённые данные.', en: 'Check the data you entered.' },
  'password-rejected': { ru: 'Пароль не подходит.', en: 'The password is not accepted.' },
  'server-error': {
    ru: 'Внутренняя ошибка сервера. Попробуйте позже.',
    en: 'Internal server error. Please try again later.',
  },
  unavailable: { ru: 'Сервис временно недоступен.', en: 'The service is temporarily unavailable.' },
  'bad-request': { ru: 'Некорректный запрос.', en: 'Bad request.' },
  'too-long': {
    ru: 'Слишком длинное значение: сократите его.',
    en: 'The value is too long: shorten it.',
  },
  'control-character': {
    ru: 'Значение содержит невидимый управляющий символ.',
    en: 'The value contains an invisible control character.',
  },
  // Field codes.
  required: { ru: 'Заполните поле.', en: 'Fill in the field.' },
  'name-letters': {
    ru: 'Только буквы, пробел, дефис и апостроф.',
    en: 'Letters, spaces, hyphens and apostrophes only.',
  },
  'email-invalid': { ru: 'Неверный адрес электронной почты.', en: 'Invalid e-mail address.' },
  'phone-format': { ru: 'Неверный номер телефона.', en: 'Invalid phone number.' },
  'phone-length': { ru: 'В номере 10 цифр после +7.', en: 'The number has 10 digits after +7.' },
  'phone-foreign': { ru: 'Только российский номер +7.', en: 'Russian +7 numbers only.' },
  'phone-kazakhstan': { ru: 'Номер Казахстана не подходит.', en: 'A Kazakhstan number is not accepted.' },
  'phone-required': { ru: 'Укажите телефон или адрес.', en: 'Enter a phone or an address.' },
  'consent-required': { ru: 'Нужно согласие с условиями.', en: 'Consent to the terms is required.' },
  'identifier-invalid': {
    ru: 'Укажите телефон, адрес электронной почты, СНИЛС, ИНН или паспорт.',
    en: 'Enter a phone, e-mail, SNILS, INN or passport.',
  },
  'password-too-short': { ru: 'Пароль слишком короткий.', en: 'The password is too short.' },
  'password-too-long': { ru: 'Пароль слишком длинный.', en: 'The password is too long.' },
  'password-no-upper': { ru: 'Нет заглавной буквы.', en: 'No upper-case letter.' },
  'password-no-lower': { ru: 'Нет строчной буквы.', en: 'No lower-case letter.' },
  'password-no-digit': { ru: 'Нет цифры.', en: 'No digit.' },
  'password-no-special': { ru: 'Нет специального символа.', en: 'No special character.' },
  'password-blocklisted': {
    ru: 'Этот пароль слишком распространён или есть в базах утечек.',
    en: 'This password is too common or appears in breach databases.',
  },
  'password-contextual': {
    ru: 'Пароль содержит ваши данные (имя, телефон, СНИЛС) или название сервиса.',
    en: 'The password contains your data (name, phone, SNILS) or the service name.',
  },
};

/** A custom message for a code (tests replace it, e.g. with an XSS string, to prove it renders as text). */
const overrides = new Map<string, string>();
/** Makes the mock answer `code` with `message` (both locales); `null` restores the catalogue. */
export function overrideIdentityMessage(code: string, message: string | null): void {
  if (message === null) overrides.delete(code);
  else overrides.set(code, message);
}

function messageOf(code: string, locale: Locale): string {
  return overrides.get(code) ?? MESSAGES[code]?.[locale] ?? MESSAGES['bad-request']![locale];
}

const NO_STORE = { 'Cache-Control': 'no-store' };

function problemResponse(request: Request, problem: IdentityProblem): Response {
  const locale = localeOf(request);
  const body: Schemas['Error'] = { code: problem.code, message: messageOf(problem.code, locale) };
  const headers: Record<string, string> = { 'Content-Language': locale, ...NO_STORE };
  if (problem.extra.fields)
    body.fields = problem.extra.fields.map((field) => ({ ...field, message: messageOf(field.code, locale) }));
  if (problem.extra.retryAfter !== undefined) {
    body.retryAfter = problem.extra.retryAfter;
    headers['Retry-After'] = String(problem.extra.retryAfter);
  }
  return HttpResponse.json(body, { status: problem.status, headers });
}

async function jsonBody<T>(request: Request): Promise<T> {
  try {
    const body: unknown = await request.json();
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as T;
  } catch {
    // fall through
  }
  throw new IdentityProblem(400, 'bad-request');
}

/** Checks the required string fields a JSON body must have. */
function requireStrings(body: Record<string, unknown>, names: string[]): void {
  const missing = names.filter((name) => typeof body[name] !== 'string' || (body[name] as string).length === 0);
  if (missing.length > 0)
    throw new IdentityProblem(422, 'validation-failed', {
      fields: missing.map((field) => ({ field, code: 'required' })),
    });
}

/**
 * The contract's `maxLength` and no control characters (NUL …) for the named string fields: 400 with a field error
 * per offending field (`too-long`, `control-character`) before anything else looks at the body — a too-long password
 * is not a wrong password (no lockout count) and nothing is cut.
 */
function checkLimits(body: Record<string, unknown>, limits: Record<string, number>): void {
  const fields: Array<{ field: string; code: string }> = [];
  for (const [field, maxLength] of Object.entries(limits)) {
    const value = body[field];
    if (typeof value !== 'string') continue;
    const issue = checkTextLimit(value, maxLength);
    if (issue) fields.push({ field, code: issue.reason === 'too-long' ? 'too-long' : 'control-character' });
  }
  if (fields.length > 0) throw new IdentityProblem(400, 'validation-failed', { fields });
}

type Handler = (
  request: Request,
  params: Record<string, string>,
  device: DeviceTrust,
) => Promise<IdentityStep> | IdentityStep;

/** The trusted-device cookie: HttpOnly (no script reads it), only sent to the API (identity; security lists it). */
export const DEVICE_COOKIE = 'gu_trusted_device';

function deviceCookie(device: DeviceTrust): string | undefined {
  const attributes = 'Path=/api; HttpOnly; SameSite=Strict';
  if (device.set)
    return `${DEVICE_COOKIE}=${device.set}; ${attributes}; Max-Age=${mockIdentityConfig().trustedDeviceTtl}`;
  if (device.clear) return `${DEVICE_COOKIE}=; ${attributes}; Max-Age=0`;
  return undefined;
}

function route(path: string, handler: Handler): RequestHandler {
  return http.post(`*/api/identity${path}`, async ({ request, params, cookies }) => {
    const device: DeviceTrust = { token: cookies[DEVICE_COOKIE] || undefined };
    const attempt = await beginAttempt(path, request, params as Record<string, string>, device);
    try {
      const step = await handler(request, params as Record<string, string>, device);
      attempt.succeeded(step);
      const cookie = deviceCookie(device);
      return HttpResponse.json(step, { headers: cookie ? { ...NO_STORE, 'Set-Cookie': cookie } : NO_STORE });
    } catch (error) {
      if (error instanceof IdentityProblem) {
        attempt.failed(error);
        return problemResponse(request, error);
      }
      throw error;
    }
  });
}

const rpIdOf = (request: Request): string => new URL(request.url).hostname;
const originOf = (request: Request): string => new URL(request.url).origin;

/** The identity operations (reached only through `identityGate`). */
export const identityHandlers: RequestHandler[] = [
  route('/sign-in', async (request, _params, device) => {
    const body = await jsonBody<Schemas['IdentitySignInRequest']>(request);
    checkLimits(body as unknown as Record<string, unknown>, {
      login: IDENTITY_LIMITS.login,
      password: IDENTITY_LIMITS.password,
    });
    requireStrings(body as unknown as Record<string, unknown>, ['login', 'password']);
    return signIn(body, device);
  }),
  route('/registration', async (request) => {
    const body = await jsonBody<Schemas['IdentityRegistrationRequest']>(request);
    body.surname ??= '';
    body.name ??= '';
    body.contact ??= '';
    checkLimits(body as unknown as Record<string, unknown>, {
      surname: IDENTITY_LIMITS.name,
      name: IDENTITY_LIMITS.name,
      patronymic: IDENTITY_LIMITS.name,
      contact: IDENTITY_LIMITS.contact,
    });
    return register(body);
  }),
  route('/recovery', async (request) => {
    const body = await jsonBody<Schemas['IdentityRecoveryRequest']>(request);
    checkLimits(body as unknown as Record<string, unknown>, { identifier: IDENTITY_LIMITS.identifier });
    requireStrings(body as unknown as Record<string, unknown>, ['identifier']);
    return recover(body);
  }),
  route('/signature', async (request) =>
    startSignature(await jsonBody<Schemas['IdentityAuthorizationOnly']>(request), CERTIFICATES),
  ),
  route('/bank', async (request) =>
    startBank(
      await jsonBody<Schemas['IdentityBankRequest']>(request),
      originOf(request),
      BANKS.map((bank) => bank.id),
    ),
  ),
  route('/passkey', async (request) =>
    startPasskey(await jsonBody<Schemas['IdentityAuthorizationOnly']>(request), rpIdOf(request)),
  ),
  route('/passkey/registration', async (request) => {
    const body = await jsonBody<Schemas['IdentityPasskeyRegistrationRequest']>(request);
    checkLimits(body as unknown as Record<string, unknown>, {
      login: IDENTITY_LIMITS.login,
      password: IDENTITY_LIMITS.password,
    });
    return startPasskeyRegistration(body, rpIdOf(request));
  }),
  route('/qr', async (request) =>
    startQr(await jsonBody<Schemas['IdentityAuthorizationOnly']>(request), originOf(request)),
  ),
  route('/flows/:flowId/code', async (request, params) => {
    const body = await jsonBody<Schemas['IdentitySendCodeRequest']>(request);
    return sendCode(params['flowId']!, body.method as CodeMethod | undefined);
  }),
  route('/flows/:flowId/verify', async (request, params, device) =>
    verifyCode(params['flowId']!, await jsonBody<Schemas['IdentityVerifyRequest']>(request), device),
  ),
  route('/flows/:flowId/questions', async (request, params) => {
    const body = await jsonBody<Schemas['IdentityQuestionsRequest']>(request);
    // Each answer's field is its question id (as the widget names them).
    const answers = Object.fromEntries((body.answers ?? []).map((item) => [item.id, item.answer]));
    checkLimits(answers, Object.fromEntries(Object.keys(answers).map((id) => [id, IDENTITY_LIMITS.answer])));
    return answerQuestions(params['flowId']!, body, localeOf(request));
  }),
  route('/flows/:flowId/password', async (request, params) => {
    const body = await jsonBody<Schemas['IdentityPasswordRequest']>(request);
    checkLimits(body as unknown as Record<string, unknown>, { password: IDENTITY_LIMITS.password });
    requireStrings(body as unknown as Record<string, unknown>, ['password']);
    return setPassword(params['flowId']!, body);
  }),
  route('/flows/:flowId/signature', async (request, params) =>
    verifySignature(params['flowId']!, await jsonBody<Schemas['IdentitySignatureRequest']>(request), CERTIFICATES),
  ),
  route('/flows/:flowId/bank', async (request, params) =>
    completeBank(params['flowId']!, await jsonBody<Schemas['IdentityBankCompleteRequest']>(request)),
  ),
  route('/flows/:flowId/passkey', async (request, params) =>
    verifyPasskey(params['flowId']!, await jsonBody<Schemas['IdentityPasskeyAssertion']>(request), rpIdOf(request)),
  ),
  route('/flows/:flowId/passkey-registration', async (request, params) =>
    registerPasskey(params['flowId']!, await jsonBody<Schemas['IdentityPasskeyAttestation']>(request), rpIdOf(request)),
  ),
  route('/flows/:flowId/poll', async (request, params) =>
    pollQr(params['flowId']!, await jsonBody<Schemas['IdentityAuthorizationOnly']>(request), originOf(request)),
  ),
];

function breakShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? value.map(breakShape) : 'not-an-array';
  if (value === null) return false;
  if (typeof value === 'string') return 0;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, breakShape(field)]));
  return null;
}

function scenarioError(request: Request, status: number, code: string, retryAfter?: number): Response {
  return problemResponse(request, new IdentityProblem(status, code, retryAfter === undefined ? {} : { retryAfter }));
}

/** Applies the scenario to every identity call, then answers from `identityHandlers`. */
export const identityGate = http.all('*/api/identity/*', async ({ request }) => {
  if (!new URL(request.url).pathname.startsWith('/api/identity/')) return undefined;
  const scenario = getScenario();
  const call = countCall();
  if (scenario === 'offline') return HttpResponse.error();
  if (scenario === 'slow') await delay(SLOW_LATENCY_MS);
  if (scenario === 'server-error') return scenarioError(request, 500, 'server-error');
  if (scenario === 'flaky' && call % 3 === 0) return scenarioError(request, 503, 'unavailable', FLAKY_RETRY_AFTER_S);
  const answer = (await getResponse(identityHandlers, request)) ?? scenarioError(request, 404, 'flow-not-found');
  if (scenario === 'malformed') {
    let body: unknown = 'malformed';
    try {
      body = breakShape(await answer.clone().json());
    } catch {
      // not JSON
    }
    return HttpResponse.json(body as never, { status: answer.ok ? answer.status : 200 });
  }
  return answer;
});
