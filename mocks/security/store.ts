/**
 * The security mock's shared state (issue 16) beside the identity mock that <gu-login> uses: per database object AND
 * per identity reset (`setScenario()`/`resetDb()` and `resetMockIdentity()` both start it afresh) — the login events
 * of every person (seeded history + what mocks/identity's flows record), «Это был не я» reports, the password history,
 * the security alerts' own settings, and the re-authentication (step-up) of each session.
 *
 * Every security handler shares from here:
 * - `requestContext(request)` — who, which session, from where (IP, device kind, browser, OS, place);
 * - `requireReauth(request)` / `markReauthenticated(request)` — the step-up: a sensitive call answers 403
 *   `reauthentication-required` unless this session signed in or re-authenticated within 10 minutes;
 * - `recordLoginEvent(personId, fields)` — a sign-in or a failed attempt (publishes `security-changed` login-history);
 * - `securityChanged(personId, area)` — tells the person's open pages (the `security-changed` live event);
 * - `SecurityProblem` + `securityError()` + `securityRoute()` — the contract's Error bodies (with `attemptsLeft`).
 */
import { HttpResponse } from 'msw';
import { getDb } from '../db/index.js';
import type { Db } from '../db/index.js';
import { publishLiveEvent } from '../db/live-events.js';
import type { components } from '../generated/api-types.js';
import { findCitizen, bearerToken, localeOf, message } from '../handlers/support.js';
import type { ErrorBody, Locale } from '../handlers/support.js';
import { IdentityProblem, accounts, nowMs } from '../identity/store.js';
import { decodeJwt, isJwtShaped } from '../oidc/jwt.js';
import { oidcSession, sessionIdOfToken, thisBrowserSessionId } from '../oidc/sessions.js';
import { LOCAL_IP, deviceOf as deviceOfAgent, ipOf, userAgentOf } from '../oidc/user-agent.js';
import { getScenario } from '../scenarios.js';

type Schemas = components['schemas'];
export type LoginEvent = Schemas['LoginEvent'];
export type LoginMethod = Schemas['LoginMethod'];
export type LoginResult = Schemas['LoginResult'];
export type LoginFailureReason = Schemas['LoginFailureReason'];
export type DeviceKind = Schemas['DeviceKind'];
export type SecondFactor = NonNullable<LoginEvent['secondFactor']>;
export type SecurityArea = Schemas['SecurityChangedEvent']['area'];
export type SecurityAlert = Schemas['SecurityAlert'];
export type SuspiciousLoginReport = Schemas['SuspiciousLoginReport'];

// ——— Places and devices ———

/** Cities the mock knows, with their names in both languages (a login event's `place` is said in the request's language). */
export const CITIES = {
  arkhangelsk: { ru: 'Архангельск', en: 'Arkhangelsk' },
  moscow: { ru: 'Москва', en: 'Moscow' },
  spb: { ru: 'Санкт-Петербург', en: 'Saint Petersburg' },
  novosibirsk: { ru: 'Новосибирск', en: 'Novosibirsk' },
  murmansk: { ru: 'Мурманск', en: 'Murmansk' },
} as const;
export type City = keyof typeof CITIES;

/**
 * The city of an address, by the mock's «geo-IP base» (the documentation ranges of RFC 5737, as in
 * mocks/oidc/user-agent.ts): 192.0.2.0/24 and this computer — Архангельск, 198.51.100.0–63 Москва, .64–127
 * Санкт-Петербург, 203.0.113.0–31 Мурманск, .32–63 Новосибирск.
 */
export function cityOfIp(ip: string): City | undefined {
  if (ip === '127.0.0.1' || ip === '::1' || ip.startsWith('192.0.2.')) return 'arkhangelsk';
  const last = Number(ip.split('.')[3]);
  if (ip.startsWith('198.51.100.')) return last < 64 ? 'moscow' : last < 128 ? 'spb' : undefined;
  if (ip.startsWith('203.0.113.')) return last < 32 ? 'murmansk' : last < 64 ? 'novosibirsk' : undefined;
  return undefined;
}

/** A place in a language. */
export function placeName(city: City | undefined, locale: Locale): string | undefined {
  return city ? CITIES[city][locale] : undefined;
}

/** The device of a request: address, kind, browser and OS from the User-Agent, the city of the address. */
export interface DeviceInfo {
  ip: string;
  kind: DeviceKind;
  browser: string;
  os: string;
  city?: City | undefined;
}

/** The address of «this computer» when no proxy says it (mocks/oidc/user-agent.ts). */
export const DEFAULT_IP = LOCAL_IP;

/**
 * The device a request comes from: X-Forwarded-For / X-Real-IP when a proxy says it, else this computer; kind,
 * browser and OS from the User-Agent (in the page's service worker: the page's own) — mocks/oidc/user-agent.ts, the
 * same reading as the sessions list.
 */
export function deviceOf(request: Request): DeviceInfo {
  const ip = ipOf(request);
  return { ip, ...deviceOfAgent(userAgentOf(request)), city: cityOfIp(ip) };
}

/** The session of a non-JWT test token of a person (the sessions list's «this browser»). */
export const inPageSessionId = (personId: string): string => thisBrowserSessionId(personId);

/** The session of a request: the JWT's `sid` claim (the refresh-token family); a test token: its person's «this browser». */
export function sessionIdOf(request: Request): string {
  const token = bearerToken(request) ?? '';
  const sid = sessionIdOfToken(token);
  if (sid) return sid;
  return `session-of-${String(decodeJwt(token)?.['sub'] ?? '')}`;
}

/** Who (the signed-in person), which session and from where: what every security handler needs. */
export interface RequestContext extends DeviceInfo {
  personId: string;
  sessionId: string;
  locale: Locale;
  /** The place in the request's language. */
  place?: string | undefined;
}

export function requestContext(request: Request): RequestContext {
  const device = deviceOf(request);
  const locale = localeOf(request);
  return {
    ...device,
    personId: findCitizen(request)?.id ?? '',
    sessionId: sessionIdOf(request),
    locale,
    place: placeName(device.city, locale),
  };
}

// ——— The state ———

/** A login event as stored: the contract's fields (place as a city) plus the owner and the session it started. */
export interface LoginEventRecord extends Omit<LoginEvent, 'place' | 'current'> {
  personId: string;
  city?: City | undefined;
  /** The session this sign-in started (the in-page session for the seeded one; linked by `linkLoginEventToSession`). */
  sessionId?: string;
  /** The authorization code the sign-in ended with (until a session is linked to it). */
  authorizationCode?: string;
}

export interface ReportRecord extends SuspiciousLoginReport {
  personId: string;
  comment?: string;
}

/** What the security area keeps per person besides the identity account. */
export interface PersonSecurity {
  /** The last passwords (newest first, at most PASSWORD_HISTORY), for `password-reused`. */
  passwordHistory: string[];
  /** When the password was last changed (ISO), if ever. */
  passwordChangedAt?: string;
  /** The alerts stored here (newDevice lives in the notification settings: one store). */
  alerts: { passwordChanged: SecurityAlert; twoFactorChanged: SecurityAlert; version: number };
}

/** How many previous passwords a new one must differ from. */
export const PASSWORD_HISTORY = 5;
/** How long a sign-in or a re-authentication lets a session make sensitive changes. */
export const REAUTH_WINDOW_MS = 10 * 60_000;

interface State {
  db: Db;
  /** The identity accounts map this state was seeded against (a new map = resetMockIdentity ran). */
  accounts: unknown;
  events: LoginEventRecord[];
  reports: ReportRecord[];
  persons: Map<string, PersonSecurity>;
  /** Session id → when it last re-authenticated (ms). */
  reauth: Map<string, number>;
  /** Tests: the in-page test session counts as signed in long ago (`expireReauthentication`). */
  inPageStale: boolean;
  nextId: number;
  nextReference: number;
}

const states = new WeakMap<Db, State>();

/** The state of the current database and identity (made, and seeded, on first use). */
export function securityState(): State {
  const db = getDb();
  let state = states.get(db);
  if (!state || state.accounts !== accounts) {
    state = {
      db,
      accounts,
      events: [],
      reports: [],
      persons: new Map(),
      reauth: new Map(),
      inPageStale: false,
      nextId: 1,
      nextReference: 1,
    };
    states.set(db, state);
    seedLoginEvents(state);
  }
  return state;
}

/** A person's security record (made on first use). */
export function personSecurity(personId: string): PersonSecurity {
  const state = securityState();
  let record = state.persons.get(personId);
  if (!record) {
    record = {
      passwordHistory: [],
      alerts: {
        passwordChanged: { enabled: true, channels: ['email', 'push'] },
        twoFactorChanged: { enabled: true, channels: ['email', 'push'] },
        version: 0,
      },
    };
    state.persons.set(personId, record);
  }
  return record;
}

/** Puts a password at the head of the person's history (keeping the last PASSWORD_HISTORY). */
export function rememberPassword(personId: string, password: string): void {
  const record = personSecurity(personId);
  record.passwordHistory = [password, ...record.passwordHistory.filter((item) => item !== password)].slice(
    0,
    PASSWORD_HISTORY,
  );
}

/** An id unique in this state. */
export const newSecurityId = (prefix: string): string => `${prefix}-s${securityState().nextId++}`;

// ——— Live events ———

/** Tells the person's open pages (this tab, other tabs and devices) that an area of «Безопасность» changed. */
export function securityChanged(personId: string, area: SecurityArea): void {
  publishLiveEvent(personId, 'security-changed', { area });
}

// ——— Login events ———

/** What a recorder gives; the rest (id, time, not reported) is filled in. */
export interface LoginEventInput {
  method: LoginMethod;
  result: LoginResult;
  reason?: LoginFailureReason | undefined;
  secondFactor?: SecondFactor | undefined;
  newDevice?: boolean | undefined;
  device: DeviceInfo;
  at?: string;
  sessionId?: string;
  authorizationCode?: string;
}

/** Appends a sign-in (or a failed attempt) to the person's history and tells their open pages. */
export function recordLoginEvent(personId: string, input: LoginEventInput): LoginEventRecord {
  const state = securityState();
  const record: LoginEventRecord = {
    id: newSecurityId('login'),
    personId,
    at: input.at ?? new Date(nowMs()).toISOString(),
    ip: input.device.ip,
    city: input.device.city,
    kind: input.device.kind,
    browser: input.device.browser,
    os: input.device.os,
    method: input.method,
    result: input.result,
    newDevice: input.newDevice ?? false,
    reported: false,
  };
  if (input.secondFactor) record.secondFactor = input.secondFactor;
  if (input.result === 'failure' && input.reason) record.reason = input.reason;
  if (input.sessionId) record.sessionId = input.sessionId;
  if (input.authorizationCode) record.authorizationCode = input.authorizationCode;
  state.events.push(record);
  securityChanged(personId, 'login-history');
  return record;
}

/**
 * Links the session a sign-in's authorization code became (the OIDC token exchange knows both) to its login event:
 * that event is then «Этот вход» for the session and counts as its sign-in for the step-up.
 */
export function linkLoginEventToSession(authorizationCode: string, sessionId: string): void {
  const event = securityState().events.find((item) => item.authorizationCode === authorizationCode);
  if (!event) return;
  event.sessionId = sessionId;
  delete event.authorizationCode;
}

/** A person's login events, newest first. */
export function loginEventsOf(personId: string): LoginEventRecord[] {
  const events = securityState().events.filter((event) => event.personId === personId);
  return events.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

/**
 * The sign-in that started a session («Этот вход»): the event recorded for it, or — for a session of the OIDC
 * provider — the person's completed sign-in through the identity flows just before the session opened (its code
 * became this session's tokens), linked from then on.
 */
export function sessionLoginEvent(personId: string, sessionId: string): LoginEventRecord | undefined {
  const signIns = loginEventsOf(personId).filter(
    (event) => event.result === 'success' && event.method !== 'reauthentication',
  );
  const linked = signIns.find((event) => event.sessionId === sessionId);
  if (linked) return linked;
  const session = oidcSession(sessionId);
  if (!session || session.seeded || session.personId !== personId) return undefined;
  const event = signIns.find(
    (item) =>
      item.authorizationCode !== undefined &&
      Date.parse(item.at) <= session.startedAt + 5000 &&
      Date.parse(item.at) >= session.startedAt - REAUTH_WINDOW_MS,
  );
  if (event) {
    event.sessionId = sessionId;
    delete event.authorizationCode;
  }
  return event;
}

/** A stored event as the contract has it, in a language; `current` when it is the asking session's sign-in. */
export function loginEventOf(record: LoginEventRecord, locale: Locale, currentId?: string): LoginEvent {
  const { personId: _person, city, sessionId: _session, authorizationCode: _code, ...event } = record;
  const place = placeName(city, locale);
  return { ...event, ...(place ? { place } : {}), ...(record.id === currentId ? { current: true } : {}) };
}

/** A person's «Это был не я» reports, oldest first. */
export function reportsOf(personId: string): ReportRecord[] {
  return securityState().reports.filter((report) => report.personId === personId);
}

/** Files a report: the reference «ИБ-<year>-NNNNNN». */
export function addReport(personId: string, event: LoginEventRecord, comment?: string): ReportRecord {
  const state = securityState();
  const at = new Date(nowMs());
  const report: ReportRecord = {
    id: newSecurityId('report'),
    reference: `ИБ-${at.getUTCFullYear()}-${String(state.nextReference++).padStart(6, '0')}`,
    reportedAt: at.toISOString(),
    eventId: event.id,
    personId,
    ...(comment ? { comment } : {}),
  };
  state.reports.push(report);
  event.reported = true;
  return report;
}

// ——— Re-authentication (step-up) ———

function signedInRecently(request: Request, sessionId: string): boolean {
  const state = securityState();
  const token = bearerToken(request) ?? '';
  if (!isJwtShaped(token)) return !state.inPageStale && getScenario() !== 'reauth-required';
  const session = oidcSession(sessionId);
  if (session && !session.seeded && session.startedAt > Date.now() - REAUTH_WINDOW_MS) return true;
  const authTime = decodeJwt(token)?.['auth_time'];
  return typeof authTime === 'number' && authTime * 1000 > Date.now() - REAUTH_WINDOW_MS;
}

/** Until when this session may make sensitive changes (undefined: it must re-authenticate first). */
export function reauthenticatedUntil(request: Request): Date | undefined {
  const now = nowMs();
  const sessionId = sessionIdOf(request);
  const marked = securityState().reauth.get(sessionId);
  if (marked !== undefined && marked > now - REAUTH_WINDOW_MS) return new Date(marked + REAUTH_WINDOW_MS);
  return signedInRecently(request, sessionId) ? new Date(now + REAUTH_WINDOW_MS) : undefined;
}

/** Throws the contract's 403 `reauthentication-required` unless this session signed in or re-authenticated lately. */
export function requireReauth(request: Request): void {
  if (!reauthenticatedUntil(request)) throw new SecurityProblem(403, 'reauthentication-required');
}

/** This session has just re-authenticated; returns until when that lasts. */
export function markReauthenticated(request: Request): Date {
  const now = nowMs();
  securityState().reauth.set(sessionIdOf(request), now);
  return new Date(now + REAUTH_WINDOW_MS);
}

/** Tests: every session's step-up lapses (the in-page test session too, in any scenario) until it re-authenticates. */
export function expireReauthentication(): void {
  const state = securityState();
  state.reauth.clear();
  state.inPageStale = true;
}

// ——— Errors ———

/** A failure a security handler (or a helper it calls) throws; `securityRoute` answers it as the contract's Error. */
export class SecurityProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly extra: {
      retryAfter?: number;
      attemptsLeft?: number;
      fields?: Array<{ field: string; code: string }>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(code);
    this.name = 'SecurityProblem';
  }
}

const MESSAGES: Record<string, Record<Locale, string>> = {
  'reauthentication-required': {
    ru: 'Подтвердите, что это вы: введите пароль ещё раз.',
    en: 'Confirm it is you: enter your password again.',
  },
  'wrong-password': { ru: 'Неверный пароль.', en: 'Wrong password.' },
  'bad-credentials': { ru: 'Неверный пароль.', en: 'Wrong password.' },
  'account-locked': {
    ru: 'Слишком много неудачных попыток. Вход временно заблокирован.',
    en: 'Too many failed attempts. Sign-in is temporarily blocked.',
  },
  'wrong-code': { ru: 'Неверный код.', en: 'Wrong code.' },
  'code-expired': { ru: 'Срок действия кода истёк. Запросите новый.', en: 'The code has expired. Request a new one.' },
  'code-exhausted': {
    ru: 'Код больше не действует: слишком много ошибок. Запросите новый.',
    en: 'The code no longer works: too many errors. Request a new one.',
  },
  'resend-too-soon': { ru: 'Новый код можно запросить чуть позже.', en: 'You can request a new code a little later.' },
  'too-many-codes': {
    ru: 'Отправлено слишком много кодов за час. Повторите позже.',
    en: 'Too many codes sent this hour. Try again later.',
  },
  'setup-expired': {
    ru: 'Настройка устарела. Начните заново.',
    en: 'The setup has expired. Start again.',
  },
  'password-same': { ru: 'Новый пароль совпадает с текущим.', en: 'The new password is the same as the current one.' },
  'password-reused': {
    ru: 'Этот пароль уже использовался. Придумайте новый.',
    en: 'This password was used before. Choose a new one.',
  },
  'password-blocklisted': {
    ru: 'Этот пароль слишком распространён или есть в базах утечек.',
    en: 'This password is too common or appears in breach databases.',
  },
  'password-personal-data': {
    ru: 'Пароль содержит ваши данные (имя, телефон, СНИЛС).',
    en: 'The password contains your data (name, phone, SNILS).',
  },
  'password-too-short': { ru: 'Пароль слишком короткий.', en: 'The password is too short.' },
  'password-too-long': { ru: 'Пароль слишком длинный.', en: 'The password is too long.' },
  'password-no-upper': { ru: 'Нет заглавной буквы.', en: 'No upper-case letter.' },
  'password-no-lower': { ru: 'Нет строчной буквы.', en: 'No lower-case letter.' },
  'password-no-digit': { ru: 'Нет цифры.', en: 'No digit.' },
  'password-no-special': { ru: 'Нет специального символа.', en: 'No special character.' },
  'phone-invalid': { ru: 'Неверный номер телефона.', en: 'Invalid phone number.' },
  'method-exists': { ru: 'Этот способ уже подключён.', en: 'This method is already set up.' },
  'last-method': {
    ru: 'Это последний способ подтверждения: пока двухфакторная защита включена, его нельзя удалить.',
    en: 'This is the last confirmation method: it cannot be removed while two-factor protection is on.',
  },
  'no-method': {
    ru: 'Сначала подключите способ подтверждения.',
    en: 'Set up a confirmation method first.',
  },
  'backup-codes-required': {
    ru: 'Сначала создайте резервные коды: они вернут доступ, если телефон потеряется.',
    en: 'Create backup codes first: they restore access if the phone is lost.',
  },
  'passkey-invalid': { ru: 'Ключ доступа не прошёл проверку.', en: 'The passkey failed verification.' },
  'passkey-exists': { ru: 'Этот ключ доступа уже добавлен.', en: 'This passkey is already added.' },
  'current-session': {
    ru: 'Текущий сеанс так не завершить: нажмите «Выйти».',
    en: 'The current session cannot be ended here: use «Sign out».',
  },
  'already-reported': { ru: 'Об этом входе вы уже сообщили.', en: 'You have already reported this sign-in.' },
  'security-changed': {
    ru: 'Настройки изменены в другой вкладке или на другом устройстве. Обновите данные.',
    en: 'The settings were changed in another tab or on another device. Reload them.',
  },
  'channel-unavailable': { ru: 'Канал недоступен.', en: 'The channel is unavailable.' },
  'email-unconfirmed': { ru: 'Подтвердите адрес электронной почты.', en: 'Confirm your e-mail address.' },
  'phone-unconfirmed': { ru: 'Подтвердите номер телефона.', en: 'Confirm your phone number.' },
  'no-push-device': {
    ru: 'Нет устройства для push-уведомлений.',
    en: 'No device for push notifications.',
  },
  'too-long': { ru: 'Слишком длинное значение.', en: 'The value is too long.' },
};

/** The message of a code in a language (security codes here, the shared ones from handlers/support.ts). */
export function securityMessage(code: string, locale: Locale, retryAfter?: number): string {
  return MESSAGES[code]?.[locale] ?? message(code, locale, { retryAfter: retryAfter ?? '' });
}

/** The contract's Error response for a security failure (localized; Retry-After; `attemptsLeft`). */
export function securityError(
  request: Request,
  status: number,
  code: string,
  extra: SecurityProblem['extra'] = {},
): HttpResponse<ErrorBody> {
  const locale = localeOf(request);
  const body: ErrorBody = { code, message: securityMessage(code, locale, extra.retryAfter) };
  if (extra.fields)
    body.fields = extra.fields.map((field) => ({ ...field, message: securityMessage(field.code, locale) }));
  const headers: Record<string, string> = { 'Content-Language': locale, 'Cache-Control': 'no-store', ...extra.headers };
  if (extra.retryAfter !== undefined) {
    body.retryAfter = extra.retryAfter;
    headers['Retry-After'] = String(extra.retryAfter);
  }
  if (extra.attemptsLeft !== undefined) body.attemptsLeft = extra.attemptsLeft;
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer realm="gu-kit"';
  return HttpResponse.json(body, { status, headers });
}

/** The Error response of a thrown SecurityProblem or IdentityProblem (anything else is rethrown). */
export function problemResponse(request: Request, error: unknown): HttpResponse<ErrorBody> {
  if (error instanceof SecurityProblem) return securityError(request, error.status, error.code, error.extra);
  if (error instanceof IdentityProblem) return securityError(request, error.status, error.code, error.extra);
  throw error;
}

/**
 * Wraps a security handler's resolver: a thrown SecurityProblem/IdentityProblem becomes its Error response.
 *   http.post('/security/…', securityRoute(async ({ request }) => { requireReauth(request); … }))
 */
export function securityRoute<A extends { request: Request }, R>(
  resolver: (args: A) => R | Promise<R>,
): (args: A) => Promise<R | HttpResponse<ErrorBody>> {
  return async (args) => {
    try {
      return await resolver(args);
    } catch (error) {
      return problemResponse(args.request, error);
    }
  };
}

// ——— Seeds ———

/** A small deterministic generator (mulberry32), so every seed gives the same history. */
function random(seed: number): () => number {
  let value = seed >>> 0;
  return () => {
    value = (value + 0x6d2b79f5) >>> 0;
    let t = value;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED_DEVICES: ReadonlyArray<Omit<DeviceInfo, 'ip' | 'city'>> = [
  { kind: 'computer', browser: 'Chrome', os: 'Linux' },
  { kind: 'phone', browser: 'Safari', os: 'iOS' },
  { kind: 'computer', browser: 'Firefox', os: 'Windows' },
  { kind: 'tablet', browser: 'Chrome', os: 'Android' },
  { kind: 'computer', browser: 'Яндекс Браузер', os: 'Windows' },
];
/** Addresses of the seeded sign-ins by city (RFC 5737 documentation ranges: never a real person's address). */
const SEED_IPS: Record<'arkhangelsk' | 'moscow' | 'spb', (n: number) => string> = {
  arkhangelsk: (n) => `192.0.2.${10 + (n % 40)}`,
  moscow: (n) => `198.51.100.${1 + (n % 60)}`,
  spb: (n) => `198.51.100.${64 + (n % 60)}`,
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The seeded history: person-1 has ~60 events over 90 days (10 000 over two years in the `large` database) —
 * sign-ins by password + SMS, passkey and QR from Архангельск, Москва and Санкт-Петербург, a few failures with
 * their reasons and one lockout; the newest success is the in-page test session's sign-in («Этот вход»). The other
 * accounts have a short history. `empty` has none; `suspicious-login` adds a sign-in from Новосибирск on an unknown
 * device an hour ago after three failed attempts.
 */
function seedLoginEvents(state: State): void {
  const size = state.db.size;
  if (size === 'empty') return;
  const now = nowMs();
  const push = (
    personId: string,
    at: number,
    fields: Omit<LoginEventRecord, 'id' | 'personId' | 'at' | 'reported'>,
  ): void => {
    state.events.push({
      id: `login-${state.nextId++}`,
      personId,
      at: new Date(at).toISOString(),
      reported: false,
      ...fields,
    });
  };
  for (const personId of accountsIds()) {
    const main = personId === 'person-1';
    const count = main ? (size === 'large' ? 10_000 : 60) : 12;
    const span = main && size === 'large' ? 730 * DAY : 90 * DAY;
    const next = random(personId.length * 7919 + count);
    const seen = new Set<string>();
    let lockoutAt = main ? Math.floor(count * 0.4) : -1;
    for (let index = 0; index < count; index += 1) {
      // Oldest first, spread over the span, the last a day before now at the latest.
      const at = now - span + Math.floor(((index + next()) / count) * (span - DAY));
      const roll = next();
      const city: keyof typeof SEED_IPS = roll < 0.6 ? 'arkhangelsk' : roll < 0.85 ? 'moscow' : 'spb';
      const device = SEED_DEVICES[Math.floor(next() * (main ? SEED_DEVICES.length : 2))]!;
      const ip = SEED_IPS[city](Math.floor(next() * 1000));
      const deviceKey = `${device.kind}|${device.browser}|${device.os}`;
      const newDevice = !seen.has(deviceKey);
      const base = { ip, city, ...device, newDevice: false };
      if (index === lockoutAt) {
        // Five wrong passwords a minute apart, the fifth locks the account.
        for (let attempt = 0; attempt < 5; attempt += 1)
          push(personId, at + attempt * MINUTE, {
            ...base,
            method: 'password',
            result: 'failure',
            reason: attempt === 4 ? 'account-locked' : 'wrong-password',
          });
        lockoutAt = -1;
        continue;
      }
      const kindRoll = next();
      if (kindRoll < 0.1) {
        push(personId, at, { ...base, method: 'password', result: 'failure', reason: 'wrong-password' });
        continue;
      }
      if (kindRoll < 0.14) {
        push(personId, at, {
          ...base,
          method: 'password',
          secondFactor: 'sms',
          result: 'failure',
          reason: next() < 0.5 ? 'wrong-code' : 'code-expired',
        });
        continue;
      }
      seen.add(deviceKey);
      const method: LoginMethod = kindRoll < 0.7 ? 'password' : kindRoll < 0.85 ? 'passkey' : 'qr';
      push(personId, at, {
        ...base,
        newDevice,
        method,
        ...(method === 'password'
          ? { secondFactor: next() < 0.85 ? ('sms' as const) : ('trusted-device' as const) }
          : {}),
        result: 'success',
      });
    }
    // This session's sign-in: twenty minutes ago, here.
    push(personId, now - 20 * MINUTE, {
      ip: LOCAL_IP,
      city: cityOfIp(LOCAL_IP),
      ...SEED_DEVICES[0]!,
      newDevice: false,
      method: 'password',
      secondFactor: 'sms',
      result: 'success',
      sessionId: inPageSessionId(personId),
    });
  }
  if (getScenario() === 'suspicious-login') {
    const stranger = { ip: '203.0.113.45', city: cityOfIp('203.0.113.45'), kind: 'computer' as const };
    const device = { ...stranger, browser: 'Edge', os: 'Windows' };
    for (let attempt = 0; attempt < 3; attempt += 1)
      push('person-1', now - 70 * MINUTE + attempt * MINUTE, {
        ...device,
        newDevice: false,
        method: 'password',
        result: 'failure',
        reason: 'wrong-password',
      });
    push('person-1', now - 60 * MINUTE, {
      ...device,
      newDevice: true,
      method: 'password',
      secondFactor: 'sms',
      result: 'success',
    });
  }
  state.events.sort((a, b) => a.at.localeCompare(b.at));
}

function accountsIds(): string[] {
  const ids = getDb().persons.map((person) => person.id);
  return ids.filter((id) => accounts.has(id));
}
