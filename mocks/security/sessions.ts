/**
 * The security mock (issue 16): «Активные сеансы» and «Доверенные устройства».
 *
 * Sessions are the mock OIDC provider's sessions (mocks/oidc/sessions.ts: one per sign-in, `sid` = the refresh-token
 * family; seeds for the in-page test tokens and person-1's other devices). Ending one makes its refresh fail
 * (`invalid_grant`) and the API answer 401 to its access tokens (the scenario gate asks `isApiSessionAlive`), and
 * publishes the live event `sessions-ended` {sessionIds, reason} — a page whose session is listed signs out.
 * `endSessions(personId, exceptSessionId, reason)` is the one way to end sessions (the password change calls it).
 *
 * Trusted devices are the identity mock's (mocks/identity/store.ts `trustedDevices`: the device cookie's token →
 * person, until when) with what this module knows of them (kind, browser, OS, IP, last used); `current` is the device
 * whose cookie the request carries. Forgetting one makes the next sign-in on it ask the one-time code again.
 */
import { HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import type { components } from '../generated/api-types.js';
import { getDb } from '../db/index.js';
import type { Db } from '../db/types.js';
import { publishLiveEvent } from '../db/live-events.js';
import { bearerToken, citizenOf, localeOf, http, type Locale } from '../handlers/support.js';
import { mockIdentityConfig, nowMs, trustedDevices } from '../identity/store.js';
import {
  SEEDED_PERSON,
  endOidcSession,
  isOidcSessionEnded,
  oidcSession,
  oidcSessionsOf,
  sessionIdOfToken,
  touchOidcSession,
  type OidcSession,
} from '../oidc/sessions.js';
import { clientName, deviceOf, ipOf, userAgentOf } from '../oidc/user-agent.js';
import { cityOfIp, placeName, securityChanged } from './store.js';

type Schemas = components['schemas'];
type AccountSession = Schemas['AccountSession'];
type TrustedDevice = Schemas['TrustedDevice'];

/** Why sessions ended, as the live event `sessions-ended` says it. */
export type SessionsEndedReason = Schemas['SessionsEndedEvent']['reason'];

/** The cookie of a trusted device (the identity mock sets it at a sign-in with the second factor). */
export const DEVICE_COOKIE = 'gu_trusted_device';

const MESSAGES: Record<string, { ru: string; en: string }> = {
  'current-session': {
    ru: 'Этот сеанс нельзя завершить здесь: чтобы закончить его, выйдите из личного кабинета.',
    en: 'This session cannot be ended here: sign out to end it.',
  },
  'session-not-found': {
    ru: 'Сеанс не найден: возможно, он уже завершён.',
    en: 'Session not found: it may have ended already.',
  },
  'device-not-found': {
    ru: 'Устройство не найдено: возможно, оно уже забыто.',
    en: 'Device not found: it may have been forgotten already.',
  },
};

function fail(request: Request, status: number, code: keyof typeof MESSAGES): Response {
  const locale = localeOf(request);
  const body: Schemas['Error'] = { code, message: MESSAGES[code]![locale] };
  return HttpResponse.json(body, { status, headers: { 'Content-Language': locale } });
}

const iso = (ms: number): string => new Date(ms).toISOString();

// ——— Sessions ———

/** The session (`sid`) of a request's access token. */
export function sessionIdOf(request: Request): string | undefined {
  const token = bearerToken(request);
  return token ? sessionIdOfToken(token) : undefined;
}

/**
 * The API gate's check (mocks/handlers/index.ts): false when the token's session was ended (→ 401), otherwise the
 * session — and the trusted device whose cookie the request carries — is marked active now, and true.
 */
export function isApiSessionAlive(request: Request, token: string, cookies: Record<string, string> = {}): boolean {
  const sid = sessionIdOfToken(token);
  if (sid && isOidcSessionEnded(sid)) return false;
  if (sid) touchOidcSession(sid, request);
  const device = deviceTokenOf(cookies);
  const trusted = device ? trustedDevices.get(device) : undefined;
  if (device && trusted && trusted.until > nowMs()) seeDevice(metaOf(device, trusted.until), request);
  return true;
}

function sessionView(session: OidcSession, currentId: string | undefined, locale: Locale): AccountSession {
  const device = deviceOf(session.userAgent);
  const item: AccountSession = {
    id: session.id,
    startedAt: iso(session.startedAt),
    lastActiveAt: iso(session.lastActiveAt),
    ip: session.ip,
    client: clientName(session.clientId),
    kind: device.kind,
    browser: device.browser,
    os: device.os,
    current: session.id === currentId,
  };
  const place = placeName(cityOfIp(session.ip), locale);
  if (place) item.place = place;
  return item;
}

/** The live sessions of a person as the contract shows them: `currentId` first, then by last activity. */
export function listSessionsOf(personId: string, currentId?: string, locale: Locale = 'ru'): AccountSession[] {
  const items = oidcSessionsOf(personId).map((session) => sessionView(session, currentId, locale));
  return [...items.filter((item) => item.current), ...items.filter((item) => !item.current)];
}

/** How many sessions a person has (the overview's count). */
export function sessionCount(personId: string): number {
  return oidcSessionsOf(personId).length;
}

/**
 * Ends every live session of a person but `exceptSessionId` (none: all of them): their refresh tokens and access
 * tokens stop working, `sessions-ended` {sessionIds, reason} and `security-changed` {area: 'sessions'} are published.
 * Returns how many ended.
 */
export function endSessions(
  personId: string,
  exceptSessionId: string | undefined,
  reason: SessionsEndedReason,
): number {
  const ids = oidcSessionsOf(personId)
    .filter((session) => session.id !== exceptSessionId)
    .map((session) => session.id);
  return endSessionsById(personId, ids, reason);
}

/** Ends these sessions of a person (those live), publishing as `endSessions` does; returns how many ended. */
export function endSessionsById(personId: string, ids: readonly string[], reason: SessionsEndedReason): number {
  const ended = ids.filter((id) => endOidcSession(id, reason));
  if (ended.length > 0) {
    publishLiveEvent(personId, 'sessions-ended', { sessionIds: ended, reason });
    securityChanged(personId, 'sessions');
  }
  return ended.length;
}

// ——— Trusted devices ———

interface DeviceMeta {
  id: string;
  userAgent: string;
  ip: string;
  lastUsedAt: number;
}

/** What the mock knows of each trusted device token (its id in the API, device, address, last use). */
const deviceMeta = new Map<string, DeviceMeta>();
let nextDeviceId = 1;
/** The databases whose seeded devices have been put into the identity mock. */
const seededDevices = new WeakSet<Db>();

const DAY = 24 * 3600_000;

/** The seeded trusted devices of person-1 (device token → what is known of it), put in once per database. */
function seedDevices(): void {
  const db = getDb();
  if (seededDevices.has(db)) return;
  seededDevices.add(db);
  const now = nowMs();
  const ttl = mockIdentityConfig().trustedDeviceTtl * 1000;
  const seeds: Array<['laptop' | 'phone' | 'tablet', string, string, number]> = [
    [
      'laptop',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
      '198.51.100.77',
      1 * DAY,
    ],
    [
      'phone',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      '198.51.100.23',
      3 * DAY,
    ],
    [
      'tablet',
      'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
      '203.0.113.8',
      12 * DAY,
    ],
  ];
  for (const [name, userAgent, ip, ago] of seeds) {
    const token = seededDeviceToken(name);
    trustedDevices.set(token, { personId: SEEDED_PERSON, until: now - ago + ttl });
    deviceMeta.set(token, { id: `device-seed-${name}`, userAgent, ip, lastUsedAt: now - ago });
  }
}

/** The device cookie value of a seeded device of person-1 (tests set it to be «this device»). */
export function seededDeviceToken(name: 'laptop' | 'phone' | 'tablet'): string {
  return `seed-device-${SEEDED_PERSON}-${name}`;
}

/** The device token of a request's cookies (MSW's `cookies`: the page's and the ones the mock set), if any. */
function deviceTokenOf(cookies: Record<string, string>): string | undefined {
  return cookies[DEVICE_COOKIE] || undefined;
}

/** The device was seen now, with this request's browser and address. */
function seeDevice(meta: DeviceMeta, request: Request): void {
  meta.userAgent = userAgentOf(request) || meta.userAgent;
  meta.ip = ipOf(request);
  meta.lastUsedAt = nowMs();
}

function metaOf(token: string, until: number): DeviceMeta {
  let meta = deviceMeta.get(token);
  if (!meta) {
    // Trusted at a sign-in the mock did not watch: known only by when it was trusted.
    meta = {
      id: `device-${nextDeviceId++}`,
      userAgent: '',
      ip: '',
      lastUsedAt: until - mockIdentityConfig().trustedDeviceTtl * 1000,
    };
    deviceMeta.set(token, meta);
  }
  return meta;
}

/** A person's trusted devices (the token the request carries — `current` — refreshed from the request). */
function devicesOf(personId: string, request?: Request, currentToken?: string): Array<[string, TrustedDevice]> {
  const locale: Locale = request ? localeOf(request) : 'ru';
  seedDevices();
  const now = nowMs();
  const list: Array<[string, TrustedDevice]> = [];
  for (const [token, entry] of trustedDevices) {
    if (entry.personId !== personId || entry.until <= now) continue;
    const meta = metaOf(token, entry.until);
    const current = token === currentToken;
    if (current && request) seeDevice(meta, request);
    const device = deviceOf(meta.userAgent);
    const item: TrustedDevice = {
      id: meta.id,
      kind: device.kind,
      browser: device.browser,
      os: device.os,
      lastUsedAt: iso(meta.lastUsedAt),
      trustedUntil: iso(entry.until),
      current,
    };
    const place = meta.ip ? placeName(cityOfIp(meta.ip), locale) : undefined;
    if (place) item.place = place;
    list.push([token, item]);
  }
  return list.sort(([, a], [, b]) => b.lastUsedAt.localeCompare(a.lastUsedAt));
}

/** The trusted devices of a person as the contract shows them, most recently used first. */
export function listTrustedDevicesOf(
  personId: string,
  request?: Request,
  cookies: Record<string, string> = {},
): TrustedDevice[] {
  return devicesOf(personId, request, deviceTokenOf(cookies)).map(([, item]) => item);
}

/** How many trusted devices a person has (the overview's count). */
export function trustedDeviceCount(personId: string): number {
  return devicesOf(personId).length;
}

function deviceChanged(personId: string): void {
  securityChanged(personId, 'devices');
}

// ——— Handlers ———

export const sessionHandlers: RequestHandler[] = [
  http.get('/security/sessions', ({ request, response }) => {
    const person = citizenOf(request);
    return response(200).json({ items: listSessionsOf(person.id, sessionIdOf(request), localeOf(request)) });
  }),
  http.post('/security/sessions/end-others', ({ request, response }) => {
    const person = citizenOf(request);
    return response(200).json({ count: endSessions(person.id, sessionIdOf(request), 'ended-by-citizen') });
  }),
  http.delete('/security/sessions/{id}', ({ request, params, response }) => {
    const person = citizenOf(request);
    if (params.id === sessionIdOf(request)) return response.untyped(fail(request, 422, 'current-session') as never);
    const session = oidcSession(params.id);
    if (!session || session.personId !== person.id || !oidcSessionsOf(person.id).includes(session))
      return response.untyped(fail(request, 404, 'session-not-found') as never);
    endSessionsById(person.id, [session.id], 'ended-by-citizen');
    return response.untyped(new HttpResponse(null, { status: 204 }) as never);
  }),
  http.get('/security/devices', ({ request, cookies, response }) =>
    response(200).json({ items: listTrustedDevicesOf(citizenOf(request).id, request, cookies) }),
  ),
  http.delete('/security/devices', ({ request, response }) => {
    const person = citizenOf(request);
    const devices = devicesOf(person.id);
    for (const [token] of devices) trustedDevices.delete(token);
    if (devices.length > 0) deviceChanged(person.id);
    return response(200).json({ count: devices.length });
  }),
  http.delete('/security/devices/{id}', ({ request, params, response }) => {
    const person = citizenOf(request);
    const found = devicesOf(person.id).find(([, item]) => item.id === params.id);
    if (!found) return response.untyped(fail(request, 404, 'device-not-found') as never);
    trustedDevices.delete(found[0]);
    deviceChanged(person.id);
    return response.untyped(new HttpResponse(null, { status: 204 }) as never);
  }),
];
