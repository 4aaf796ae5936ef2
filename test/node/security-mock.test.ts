/**
 * The security mock's login history (issue 16) over real HTTP: the seeded history and its filters and pages, the
 * CSV export (BOM, `;`, the header in the request's language, every filtered row, formulas defused), «Это был не я»
 * (reference, 409), the scenarios suspicious-login and reauth-required, and the login events <gu-login>'s flows
 * record in the same database (a wrong password, a lockout, a wrong code, a completed sign-in).
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/server/http-server.js';
import { setScenario } from '../../mocks/scenarios.js';
import { onLiveEvent, type LiveEventRecord } from '../../mocks/db/live-events.js';
import { lastDeliveredCode, resetMockIdentity } from '../../mocks/identity/index.js';
import {
  DEFAULT_IP,
  deviceOf,
  expireReauthentication,
  inPageSessionId,
  markReauthenticated,
  recordLoginEvent,
  requireReauth,
  sessionLoginEvent,
  SecurityProblem,
} from '../../mocks/security/store.js';
import { openOidcSession } from '../../mocks/oidc/sessions.js';
import { csvCell } from '../../mocks/security/history.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON answers
type Json = Record<string, any>;

let server: MockHttpServer;
before(async () => {
  server = await startMockHttpServer({ port: 0 });
});
after(async () => {
  await server.close();
});
beforeEach(() => {
  setScenario('default');
  resetMockIdentity();
});

/** A browser the seeded history never saw (a new device). */
const OPERA_UA =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0';

async function api(
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Json; text: string; headers: Headers }> {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: {
      Authorization: 'Bearer test-token-1',
      'Accept-Language': 'ru',
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: Json;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    body = {};
  }
  return { status: response.status, body, text, headers: response.headers };
}

const AUTHORIZATION = {
  clientId: 'gu-portal',
  redirectUri: 'http://localhost/callback',
  scope: 'openid profile',
  state: 'state-1',
  codeChallenge: 'a'.repeat(43),
  codeChallengeMethod: 'S256',
};

/** A call of the identity API as <gu-login> makes it (no token), from another computer. */
async function identity(path: string, body: Json, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/identity${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': OPERA_UA,
      'X-Forwarded-For': '198.51.100.80',
      ...headers,
    },
    body: JSON.stringify({ authorization: AUTHORIZATION, ...body }),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

describe('the login history', () => {
  it('is seeded newest first with this session’s sign-in marked current, paged and filtered', async () => {
    const first = await api('GET', '/security/login-history?pageSize=10');
    assert.equal(first.status, 200);
    assert.ok(first.body.total >= 60 && first.body.total < 80, `about 60 seeded events, got ${first.body.total}`);
    assert.equal(first.body.items.length, 10);
    const times = first.body.items.map((event: Json) => event.at);
    assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
    assert.equal(first.body.items[0].current, true, 'this session’s sign-in first, «Этот вход»');
    assert.equal(first.body.items[0].place, 'Архангельск', 'this computer');
    assert.equal(first.body.items.filter((event: Json) => event.current).length, 1);

    const second = await api('GET', '/security/login-history?pageSize=10&page=2');
    assert.equal(second.body.items.length, 10);
    assert.ok(second.body.items[0].at <= first.body.items[9].at, 'page 2 continues page 1');

    const all = await api('GET', '/security/login-history?pageSize=100');
    const places = new Set(all.body.items.map((event: Json) => event.place));
    for (const city of ['Архангельск', 'Москва', 'Санкт-Петербург']) assert.ok(places.has(city), city);
    const methods = new Set(all.body.items.map((event: Json) => event.method));
    for (const method of ['password', 'passkey', 'qr']) assert.ok(methods.has(method), method);
    const reasons = new Set(all.body.items.map((event: Json) => event.reason).filter(Boolean));
    assert.ok(reasons.has('wrong-password') && reasons.has('account-locked'), 'failures with reasons, one lockout');

    const failures = await api('GET', '/security/login-history?result=failure&pageSize=100');
    assert.ok(failures.body.total > 0);
    assert.ok(failures.body.items.every((event: Json) => event.result === 'failure' && event.reason));
    const passkey = await api('GET', '/security/login-history?method=passkey&pageSize=100');
    assert.ok(passkey.body.total > 0 && passkey.body.items.every((event: Json) => event.method === 'passkey'));

    // A period: Moscow days, both ends inclusive. The day of this session's sign-in (not today: twenty minutes
    // after Moscow midnight it was yesterday's).
    const day = new Date(Date.parse(first.body.items[0].at) + 3 * 3600_000).toISOString().slice(0, 10);
    const recent = await api('GET', `/security/login-history?from=${day}&to=${day}`);
    assert.ok(recent.body.items.some((event: Json) => event.current));
    const old = await api('GET', '/security/login-history?from=2000-01-01&to=2000-12-31');
    assert.deepEqual([old.body.total, old.body.items], [0, []]);

    const bad = await api('GET', '/security/login-history?result=maybe&from=2026-13-40&pageSize=500', {
      headers: { 'Accept-Language': 'en' },
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.fields.map((field: Json) => field.field).sort(), ['from', 'pageSize', 'result']);
    const reversed = await api('GET', '/security/login-history?from=2026-02-01&to=2026-01-01');
    assert.equal(reversed.status, 400);
  });

  it('says places in the request’s language; large has 10 000 rows; empty none', async () => {
    const en = await api('GET', '/security/login-history?pageSize=1', { headers: { 'Accept-Language': 'en' } });
    assert.equal(en.body.items[0].place, 'Arkhangelsk');
    setScenario('large');
    const large = await api('GET', '/security/login-history?page=100&pageSize=100');
    assert.ok(large.body.total >= 10_000);
    assert.equal(large.body.items.length, 100);
    setScenario('empty');
    assert.equal((await api('GET', '/security/login-history')).body.total, 0);
  });

  it('exports every filtered row as CSV for Excel: BOM, `;`, the header in the request’s language', async () => {
    const failures = await api('GET', '/security/login-history?result=failure&pageSize=100');
    const ru = await api('GET', '/security/login-history/export?result=failure');
    assert.equal(ru.status, 200);
    assert.match(ru.headers.get('Content-Type') ?? '', /^text\/csv; charset=utf-8/);
    assert.match(ru.headers.get('Content-Disposition') ?? '', /^attachment; filename="login-history-.+\.csv"$/);
    // fetch's text() drops the BOM; read the raw bytes.
    const raw = new Uint8Array(
      await (
        await fetch(`${server.url}/api/security/login-history/export?result=failure`, {
          headers: { Authorization: 'Bearer test-token-1' },
        })
      ).arrayBuffer(),
    );
    assert.deepEqual([...raw.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const lines = ru.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.equal(
      lines[0],
      [
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
      ].join(';'),
    );
    assert.equal(lines.length - 1, failures.body.total, 'every filtered row (not one page)');
    assert.ok(lines.slice(1).every((line) => line.includes(';Неудачно;')));
    assert.match(lines[1]!, /^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2};/);
    const en = await api('GET', '/security/login-history/export?method=qr', { headers: { 'Accept-Language': 'en' } });
    assert.match(en.text, /^\uFEFF?Date and time \(Moscow\);IP address;Device;/);
    assert.ok(en.text.includes(';QR code;'));

    assert.equal(csvCell('a;b'), '"a;b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"', 'a formula becomes text');
    assert.equal(csvCell('Москва'), 'Москва');
  });

  it('«Это был не я»: the reference, the row reported, 409 the second time, 404 for another’s event', async () => {
    const events: LiveEventRecord[] = [];
    const stop = onLiveEvent((event) => events.push(event));
    const list = await api('GET', '/security/login-history?result=success&pageSize=5');
    const target = list.body.items.find((event: Json) => !event.current);
    const key = randomUUID();
    const report = await api('POST', `/security/login-history/${target.id}/report`, {
      body: { comment: 'Я был дома' },
      headers: { 'Idempotency-Key': key },
    });
    stop();
    assert.equal(report.status, 201);
    assert.match(report.body.reference, /^ИБ-\d{4}-\d{6}$/);
    assert.equal(report.body.eventId, target.id);
    assert.ok(
      events.some((event) => event.type === 'security-changed' && (event.data as Json).area === 'login-history'),
    );
    const replay = await api('POST', `/security/login-history/${target.id}/report`, {
      body: { comment: 'Я был дома' },
      headers: { 'Idempotency-Key': key },
    });
    assert.deepEqual([replay.status, replay.body.reference], [201, report.body.reference], 'a retry replays');
    const again = await api('POST', `/security/login-history/${target.id}/report`, { body: {} });
    assert.deepEqual([again.status, again.body.code], [409, 'already-reported']);
    assert.equal(again.body.message, 'Об этом входе вы уже сообщили.');
    const one = await api('GET', `/security/login-history/${target.id}`);
    assert.deepEqual([one.status, one.body.id, one.body.reported], [200, target.id, true], 'getLoginEvent');
    const current = await api('GET', `/security/login-history/${list.body.items[0].id}`);
    assert.equal(current.body.current, true);
    assert.equal((await api('GET', '/security/login-history/login-none')).status, 404);
    const reported = await api('GET', '/security/login-history?result=success&pageSize=5');
    assert.equal(reported.body.items.find((event: Json) => event.id === target.id).reported, true);

    const someoneElse = await api('GET', '/security/login-history?pageSize=1', {
      headers: { Authorization: 'Bearer mock-citizen-person-3' },
    });
    const foreign = await api('POST', `/security/login-history/${someoneElse.body.items[0].id}/report`, { body: {} });
    assert.equal(foreign.status, 404);
    const long = await api('POST', `/security/login-history/${target.id}/report`, {
      body: { comment: 'x'.repeat(1001) },
    });
    assert.deepEqual([long.status, long.body.fields[0].code], [400, 'too-long']);
  });
});

describe('the scenarios', () => {
  it('suspicious-login: an unreported sign-in from Новосибирск on an unknown device an hour ago after 3 failures', async () => {
    setScenario('suspicious-login');
    const list = await api('GET', '/security/login-history?pageSize=5');
    const [current, suspicious, ...failures] = list.body.items as Json[];
    assert.equal(current!.current, true);
    assert.deepEqual(
      [suspicious!.place, suspicious!.result, suspicious!.newDevice, suspicious!.reported],
      ['Новосибирск', 'success', true, false],
    );
    const ago = Date.now() - Date.parse(suspicious!.at);
    assert.ok(ago > 55 * 60_000 && ago < 65 * 60_000, 'an hour ago');
    assert.deepEqual(
      failures.map((event) => [event.place, event.result, event.reason]),
      Array(3).fill(['Новосибирск', 'failure', 'wrong-password']),
    );
  });

  it('reauth-required: the in-page session must re-authenticate; markReauthenticated lets it for 10 minutes', () => {
    const request = new Request('http://localhost/api/security', { headers: { Authorization: 'Bearer test-token-1' } });
    assert.doesNotThrow(() => requireReauth(request), 'by default a test token signed in just now');
    setScenario('reauth-required');
    assert.throws(
      () => requireReauth(request),
      (error: unknown) => error instanceof SecurityProblem && error.status === 403,
    );
    const until = markReauthenticated(request);
    assert.ok(Math.abs(until.getTime() - Date.now() - 600_000) < 5000);
    assert.doesNotThrow(() => requireReauth(request));
    setScenario('default');
    expireReauthentication();
    assert.throws(() => requireReauth(request), SecurityProblem, 'a test can make the step-up lapse mid-flow');
  });
});

describe('login events from <gu-login>’s flows', () => {
  it('a wrong password, the lockout, a wrong code and the completed sign-in appear in the history, live', async () => {
    const events: LiveEventRecord[] = [];
    const stop = onLiveEvent((event) => events.push(event));
    try {
      const wrong = await identity('/sign-in', { login: 'confirmed', password: 'wrong-one' });
      assert.equal(wrong.status, 401);
      assert.ok(
        events.some(
          (event) =>
            event.ownerId === 'person-1' &&
            event.type === 'security-changed' &&
            (event.data as Json).area === 'login-history',
        ),
        'security-changed login-history published',
      );
      let latest = (await api('GET', '/security/login-history?pageSize=1')).body.items[0];
      assert.deepEqual(
        [latest.method, latest.result, latest.reason, latest.ip, latest.place, latest.browser, latest.os, latest.kind],
        ['password', 'failure', 'wrong-password', '198.51.100.80', 'Санкт-Петербург', 'Opera', 'macOS', 'computer'],
      );
      for (let attempt = 2; attempt <= 5; attempt += 1)
        await identity('/sign-in', { login: 'confirmed', password: 'wrong-one' });
      latest = (await api('GET', '/security/login-history?pageSize=1')).body.items[0];
      assert.equal(latest.reason, 'account-locked', 'the fifth locks');
      resetMockIdentity();

      // A right password, then a wrong SMS code, then the right one.
      const signIn = await identity('/sign-in', { login: 'confirmed', password: 'confirmed-2026' });
      assert.equal(signIn.body.step, 'second-factor');
      const flowId = signIn.body.flowId as string;
      await identity(`/flows/${flowId}/code`, { method: 'sms' });
      const code = lastDeliveredCode(flowId)!;
      const wrongCode = code === '000000' ? '111111' : '000000';
      await identity(`/flows/${flowId}/verify`, { code: wrongCode });
      latest = (await api('GET', '/security/login-history?pageSize=1')).body.items[0];
      assert.deepEqual([latest.result, latest.reason, latest.secondFactor], ['failure', 'wrong-code', 'sms']);
      const done = await identity(`/flows/${flowId}/verify`, { code });
      assert.equal(done.body.step, 'done');
      latest = (await api('GET', '/security/login-history?pageSize=1')).body.items[0];
      assert.deepEqual(
        [latest.method, latest.result, latest.secondFactor, latest.reason, latest.newDevice],
        ['password', 'success', 'sms', undefined, true],
      );
      // The provider opens the session when the code becomes tokens: that sign-in is the session's «Этот вход».
      openOidcSession(new Request('http://localhost/token'), {
        id: 'sid-node-test',
        personId: 'person-1',
        clientId: 'gu-portal',
        expiresAt: Date.now() + 3_600_000,
      });
      assert.equal(sessionLoginEvent('person-1', 'sid-node-test')?.id, latest.id);
      assert.equal(sessionLoginEvent('person-1', 'sid-unknown'), undefined);
    } finally {
      stop();
    }
  });

  it('an unknown login records nothing; the device comes from the User-Agent', async () => {
    const before = (await api('GET', '/security/login-history?pageSize=1')).body.total;
    await identity('/sign-in', { login: 'nobody-here', password: 'whatever-1' });
    assert.equal((await api('GET', '/security/login-history?pageSize=1')).body.total, before);
    const iphone = new Request('http://localhost/', {
      headers: { 'User-Agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) Safari/604.1' },
    });
    assert.deepEqual(deviceOf(iphone), {
      ip: DEFAULT_IP,
      kind: 'phone',
      browser: 'Safari',
      os: 'iOS',
      city: 'arkhangelsk',
    });
    const record = recordLoginEvent('person-1', {
      method: 'reauthentication',
      result: 'failure',
      reason: 'wrong-password',
      device: { ip: DEFAULT_IP, kind: 'computer', browser: 'Chrome', os: 'Linux', city: 'moscow' },
      sessionId: inPageSessionId('person-1'),
    });
    const latest = (await api('GET', '/security/login-history?pageSize=1')).body.items[0];
    assert.deepEqual([latest.id, latest.method], [record.id, 'reauthentication']);
  });
});
