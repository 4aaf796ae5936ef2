/**
 * Sessions and trusted devices of the security mock over real HTTP (the Node mock server): the mock OIDC provider's
 * sign-ins are the account's sessions (`sid` claim, device from the User-Agent, client name), «Завершить все другие
 * сеансы» makes the other sessions' refresh fail and their access tokens 401 at the API and publishes
 * `sessions-ended`; devices are listed with «Это устройство» from the device cookie and can be forgotten.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { startMockHttpServer } from '../../mocks/server/http-server.js';
import type { MockHttpServer } from '../../mocks/server/http-server.js';
import { resetMockOidc } from '../../mocks/oidc/index.js';
import { setScenario } from '../../mocks/scenarios.js';
import { resetMockIdentity } from '../../mocks/identity/index.js';
import { trustedDevices } from '../../mocks/identity/store.js';
import { seededDeviceToken } from '../../mocks/security/sessions.js';

const CLIENT_ID = 'gu-kit-demo';
const REDIRECT_URI = 'http://127.0.0.1:5173/';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const WINDOWS_CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const b64url = (bytes: Buffer): string => bytes.toString('base64url');

let server: MockHttpServer;
let authority: string;

interface Tokens {
  access_token: string;
  refresh_token: string;
  id_token: string;
}

interface SessionItem {
  id: string;
  current: boolean;
  kind: string;
  browser: string;
  os: string;
  client: string;
  place?: string;
  ip: string;
}

async function signIn(userAgent: string): Promise<Tokens> {
  const verifier = b64url(randomBytes(32));
  const authorized = await fetch(`${authority}/embedded/authorize`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'User-Agent': userAgent },
    body: JSON.stringify({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid profile offline_access',
      state: 's',
      nonce: 'n',
      code_challenge: b64url(createHash('sha256').update(verifier).digest()),
      code_challenge_method: 'S256',
      login: 'confirmed',
      password: 'confirmed-2026',
    }),
  });
  assert.equal(authorized.status, 200);
  const code = new URL(((await authorized.json()) as { redirectTo: string }).redirectTo).searchParams.get('code')!;
  const response = await fetch(`${authority}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': userAgent },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
    }).toString(),
  });
  assert.equal(response.status, 200);
  return (await response.json()) as Tokens;
}

const refresh = (token: string): Promise<Response> =>
  fetch(`${authority}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token, client_id: CLIENT_ID }).toString(),
  });

const api = (token: string, path: string, init: RequestInit & { cookie?: string } = {}): Promise<Response> =>
  fetch(`${server.url}/api${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'User-Agent': WINDOWS_CHROME,
      ...(init.cookie ? { Cookie: init.cookie } : {}),
    },
  });

const claims = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

async function sessions(token: string): Promise<SessionItem[]> {
  const response = await api(token, '/security/sessions');
  assert.equal(response.status, 200);
  return ((await response.json()) as { items: SessionItem[] }).items;
}

before(async () => {
  server = await startMockHttpServer({ port: 0 });
  authority = `${server.url}/mock-oidc`;
});
after(() => server.close());
beforeEach(() => {
  setScenario('default');
  resetMockOidc();
  resetMockIdentity();
});

describe('security mock: sessions', () => {
  it('a sign-in is a session: the same sid in the ID and access tokens, listed with its device and client', async () => {
    const a = await signIn(WINDOWS_CHROME);
    const b = await signIn(IPHONE);
    const sidA = claims(a.access_token).sid;
    assert.equal(typeof sidA, 'string');
    assert.equal(claims(a.id_token).sid, sidA);
    assert.notEqual(claims(b.access_token).sid, sidA);
    const items = await sessions(a.access_token);
    assert.equal(items[0]!.id, sidA, 'this session first');
    assert.equal(items[0]!.current, true);
    assert.equal(items.filter((item) => item.current).length, 1);
    const other = items.find((item) => item.id === claims(b.access_token).sid)!;
    assert.deepEqual(
      [other.kind, other.browser, other.os, other.client],
      ['phone', 'Safari', 'iOS', 'Госуслуги Северного края'],
    );
    assert.equal(items[0]!.browser, 'Chrome');
    // person-1's seeds: «this browser» of the test tokens and two other devices
    assert.equal(items.length, 5);
  });

  it('«Завершить все другие сеансы»: the others cannot refresh, their tokens get 401, sessions-ended is published', async () => {
    const a = await signIn(WINDOWS_CHROME);
    const b = await signIn(IPHONE);
    const { cursor } = (await (await api(a.access_token, '/events')).json()) as { cursor: string };
    const ended = await api(a.access_token, '/security/sessions/end-others', { method: 'POST' });
    assert.equal(ended.status, 200);
    assert.deepEqual(await ended.json(), { count: 4 });
    assert.equal((await api(b.access_token, '/profile')).status, 401);
    const refused = await refresh(b.refresh_token);
    assert.equal(refused.status, 400);
    assert.equal(((await refused.json()) as { error: string }).error, 'invalid_grant');
    // this one stays signed in
    assert.equal((await api(a.access_token, '/profile')).status, 200);
    assert.equal((await refresh(a.refresh_token)).status, 200);
    assert.equal((await sessions(a.access_token)).length, 1);
    const { events } = (await (await api(a.access_token, `/events?since=${cursor}`)).json()) as {
      events: Array<{ type: string; data: { sessionIds?: string[]; reason?: string } }>;
    };
    const event = events.find((item) => item.type === 'sessions-ended');
    assert.ok(event, 'sessions-ended published');
    assert.ok(event.data.sessionIds!.includes(claims(b.access_token).sid as string));
    assert.ok(!event.data.sessionIds!.includes(claims(a.access_token).sid as string));
    assert.equal(event.data.reason, 'ended-by-citizen');
  });

  it('ends one session; the current one is 422, an unknown one 404; the test token is the seeded session', async () => {
    const items = await sessions('test-token-1');
    assert.equal(items[0]!.id, 'sid-person-1-this');
    assert.equal(items[0]!.current, true);
    assert.equal(items[0]!.place, 'Архангельск');
    assert.equal((await api('test-token-1', '/security/sessions/sid-person-1-this', { method: 'DELETE' })).status, 422);
    assert.equal((await api('test-token-1', '/security/sessions/nope', { method: 'DELETE' })).status, 404);
    assert.equal(
      (await api('test-token-1', '/security/sessions/sid-person-1-phone', { method: 'DELETE' })).status,
      204,
    );
    assert.deepEqual(
      (await sessions('test-token-1')).map((item) => item.id),
      ['sid-person-1-this', 'sid-person-1-laptop'],
    );
    // a signed-in browser ends the test token's session: the test token gets 401
    const a = await signIn(WINDOWS_CHROME);
    await api(a.access_token, '/security/sessions/end-others', { method: 'POST' });
    assert.equal((await api('test-token-2', '/profile')).status, 401);
  });
});

describe('security mock: trusted devices', () => {
  it('lists the seeded devices, «this device» from the cookie; forgets one, then all', async () => {
    const cookie = `gu_trusted_device=${seededDeviceToken('phone')}`;
    const list = async (): Promise<Array<{ id: string; current: boolean; kind: string; place?: string }>> =>
      ((await (await api('test-token-1', '/security/devices', { cookie })).json()) as { items: never[] }).items;
    const items = await list();
    assert.equal(items.length, 3);
    assert.deepEqual(
      items.filter((item) => item.current).map((item) => item.id),
      ['device-seed-phone'],
    );
    assert.equal((await api('test-token-1', '/security/devices/device-seed-tablet', { method: 'DELETE' })).status, 204);
    assert.equal((await api('test-token-1', '/security/devices/device-seed-tablet', { method: 'DELETE' })).status, 404);
    assert.equal((await list()).length, 2);
    const all = await api('test-token-1', '/security/devices', { method: 'DELETE' });
    assert.deepEqual(await all.json(), { count: 2 });
    assert.deepEqual(await list(), []);
  });

  it('a device trusted at a sign-in is described from the requests that carry its cookie', async () => {
    trustedDevices.set('signed-in-device', { personId: 'person-1', until: Date.now() + 3_600_000 });
    const seen = await fetch(`${server.url}/api/profile`, {
      headers: {
        Authorization: 'Bearer test-token-1',
        'User-Agent': IPHONE,
        'X-Forwarded-For': '198.51.100.23',
        Cookie: 'gu_trusted_device=signed-in-device',
      },
    });
    assert.equal(seen.status, 200);
    const items = ((await (await api('test-token-1', '/security/devices')).json()) as { items: never[] })
      .items as Array<{
      kind: string;
      browser: string;
      os: string;
      place?: string;
      current: boolean;
    }>;
    const device = items[0]!; // used just now: first
    assert.deepEqual(
      [device.kind, device.browser, device.os, device.place, device.current],
      ['phone', 'Safari', 'iOS', 'Москва', false],
    );
  });
});
