/**
 * The notifications mock (issue 15) over real HTTP: the seeded feed, its order and filters, the summary, every
 * change with its live event, the logged deletion, settings (version 409, channel 422, contact confirmed → channel
 * available), push devices, subscriptions, and the scenarios unconfirmed-contacts, notification-burst, malformed.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/server/http-server.js';
import { setScenario } from '../../mocks/scenarios.js';
import { getDb, resetDb } from '../../mocks/db/index.js';
import { onLiveEvent, type LiveEventRecord } from '../../mocks/db/live-events.js';
import { CATEGORIES, operationsOf, pushNotification } from '../../mocks/notifications/index.js';
import { BURST_SIZE, burst } from '../../mocks/notifications/scenarios.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON answers
type Json = Record<string, any>;

let server: MockHttpServer;
before(async () => {
  server = await startMockHttpServer({ port: 0 });
});
after(async () => {
  await server.close();
});

async function api(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: {
      Authorization: 'Bearer test-token',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** The live events published while `run` runs. */
async function published(run: () => Promise<unknown>): Promise<Array<LiveEventRecord & { data: Json }>> {
  const events: Array<LiveEventRecord & { data: Json }> = [];
  const stop = onLiveEvent((event) => events.push(event as LiveEventRecord & { data: Json }));
  try {
    await run();
  } finally {
    stop();
  }
  return events;
}

describe('the seeded feed', () => {
  beforeEach(() => setScenario('default'));

  it('has every category with a sender, links by kind, archived ones, and new-device alerts first', async () => {
    const mine = getDb().notifications.filter((n) => n.ownerId === 'person-1');
    assert.equal(
      mine.length,
      getDb().notifications.length - getDb().notifications.filter((n) => n.ownerId !== 'person-1').length,
    );
    assert.deepEqual([...new Set(mine.map((n) => n.category))].sort(), [...CATEGORIES].sort());
    assert.ok(mine.every((n) => n.sender.length > 0));
    assert.ok(mine.some((n) => n.archived) && mine.every((n) => !n.archived || n.read));
    const link = (kind: string) => mine.find((n) => n.link?.kind === kind)!.link!;
    assert.match(link('application').href, /^\/applications\/app-\d+$/);
    assert.match(link('charge').href, /^\/payments\?charge=/);
    assert.equal(link('security').href, '/security');
    assert.ok(
      mine.some((n) => n.link === undefined),
      'a message without a link',
    );

    const page = await api('GET', '/notifications?pageSize=3');
    assert.equal(page.status, 200);
    assert.deepEqual(
      page.body.items.slice(0, 2).map((n: Json) => [n.category, n.read, n.title]),
      [
        ['security', false, 'Вход с нового устройства'],
        ['security', false, 'Вход с нового устройства'],
      ],
    );
    assert.equal(page.body.total, mine.filter((n) => !n.archived).length);
    assert.equal(page.body.unreadCount, mine.filter((n) => !n.read && !n.archived).length);
  });

  it('orders unread security alerts first, then newest first, over every page', async () => {
    const all = await api('GET', '/notifications?pageSize=100');
    const items: Json[] = all.body.items;
    const alerts = items.findIndex((n) => !(n.category === 'security' && !n.read));
    assert.ok(alerts > 0);
    assert.ok(items.slice(alerts).every((n) => !(n.category === 'security' && !n.read)));
    for (const part of [items.slice(0, alerts), items.slice(alerts)])
      for (let i = 1; i < part.length; i += 1) assert.ok(part[i - 1]!.createdAt >= part[i]!.createdAt);
    const second = await api('GET', '/notifications?pageSize=10&page=2');
    assert.deepEqual(
      second.body.items.map((n: Json) => n.id),
      items.slice(10, 20).map((n) => n.id),
    );
  });

  it('filters by unread, categories, period (Moscow days), words (ё = е) and the archive', async () => {
    const unread = await api('GET', '/notifications?unread=true&pageSize=100');
    assert.ok(unread.body.items.length > 0 && unread.body.items.every((n: Json) => !n.read));
    const some = await api('GET', '/notifications?category=charges&category=payments&pageSize=100');
    assert.ok(some.body.items.every((n: Json) => ['charges', 'payments'].includes(n.category)));
    assert.ok(some.body.items.some((n: Json) => n.category === 'charges'));
    const first = pushNotification('person-1', { title: 'Ёлка у МФЦ', createdAt: '2026-11-30T21:30:00Z' });
    const day = await api('GET', '/notifications?from=2026-12-01&to=2026-12-01');
    assert.deepEqual(
      day.body.items.map((n: Json) => n.id),
      [first.id],
      '21:30 UTC is already 1 December in Moscow',
    );
    const words = await api('GET', '/notifications?q=%D0%B5%D0%9B%D0%9A%D0%90%20%D0%BC%D1%84%D1%86'); // «еЛКА мфц»
    assert.deepEqual(
      words.body.items.map((n: Json) => n.id),
      [first.id],
    );
    const archive = await api('GET', '/notifications?archived=true&pageSize=100');
    assert.ok(archive.body.total > 0 && archive.body.items.every((n: Json) => n.archived));
    const bad = await api('GET', '/notifications?unread=yes&category=weather&from=2026-02-30');
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.fields.map((f: Json) => f.field).sort(), ['category', 'from', 'unread']);
  });

  it('summarises the unread count and the feed’s first five', async () => {
    const summary = await api('GET', '/notifications/summary');
    const feed = await api('GET', '/notifications?pageSize=5');
    assert.equal(summary.body.unreadCount, feed.body.unreadCount);
    assert.deepEqual(summary.body.latest, feed.body.items);
  });
});

describe('changes and their live events', () => {
  beforeEach(() => setScenario('default'));

  it('read, unread, archive, unarchive emit notifications-changed with the unread count — only when changed', async () => {
    const target = getDb().notifications.find((n) => n.ownerId === 'person-1' && !n.read && !n.archived)!;
    const before = (await api('GET', '/notifications/summary')).body.unreadCount;
    const read = await published(() => api('POST', `/notifications/${target.id}/read`));
    assert.deepEqual(
      read.map((e) => [e.type, e.data]),
      [['notifications-changed', { change: 'read', ids: [target.id], unreadCount: before - 1 }]],
    );
    assert.deepEqual(await published(() => api('POST', `/notifications/${target.id}/read`)), [], 'nothing changed');
    const unread = await published(() => api('POST', `/notifications/${target.id}/unread`));
    assert.deepEqual(unread[0]!.data, { change: 'unread', ids: [target.id], unreadCount: before });
    const archived = await api('POST', `/notifications/${target.id}/archive`);
    assert.equal(archived.body.archived, true);
    assert.equal(archived.body.read, true, 'archiving reads it');
    assert.equal((await api('GET', '/notifications/summary')).body.unreadCount, before - 1);
    assert.ok(!(await api('GET', '/notifications?pageSize=100')).body.items.some((n: Json) => n.id === target.id));
    const back = await published(() => api('POST', `/notifications/${target.id}/unarchive`));
    assert.equal(back[0]!.data.change, 'unarchived');
    assert.equal((await api('GET', `/notifications/${target.id}`)).body.archived, false);
    assert.equal((await api('POST', '/notifications/nope/read')).status, 404);
    assert.equal(
      (
        await api('POST', `/notifications/${target.id}/read`, undefined, {
          Authorization: 'Bearer mock-citizen-person-2',
        })
      ).status,
      404,
      "another citizen's notification",
    );
  });

  it('deletes for good and logs it in the operations history; a second delete is 404, a replay is not', async () => {
    const target = getDb().notifications.find((n) => n.ownerId === 'person-1')!;
    const key = { 'Idempotency-Key': randomUUID() };
    const events = await published(async () => {
      const deleted = await api('DELETE', `/notifications/${target.id}`, undefined, key);
      assert.equal(deleted.status, 200);
      assert.equal(deleted.body.id, target.id);
      assert.equal(deleted.body.operation.kind, 'notification-deleted');
      assert.equal(deleted.body.operation.title, `Удалено уведомление «${target.title}»`);
      assert.deepEqual(operationsOf('person-1'), [deleted.body.operation]);
    });
    assert.equal(events[0]!.data.change, 'deleted');
    assert.equal((await api('GET', `/notifications/${target.id}`)).status, 404);
    assert.equal((await api('DELETE', `/notifications/${target.id}`)).status, 404);
    assert.equal((await api('DELETE', `/notifications/${target.id}`, undefined, key)).status, 200, 'replayed');
    const en = getDb().notifications.find((n) => n.ownerId === 'person-1')!;
    const english = await api('DELETE', `/notifications/${en.id}`, undefined, { 'Accept-Language': 'en' });
    assert.equal(english.body.operation.title, `Notification deleted: “${en.title}”`);
  });

  it('marks all read up to `before`: a newer one stays unread', async () => {
    const newer = pushNotification('person-1', { createdAt: '2026-12-01T10:00:00Z' });
    const events = await published(async () => {
      const result = await api('POST', '/notifications/read-all', { before: '2026-11-30T00:00:00Z' });
      assert.equal(result.status, 200);
      assert.ok(result.body.updated > 0);
    });
    assert.deepEqual(events[0]!.data, { change: 'read-all', ids: [], unreadCount: 1 });
    assert.equal((await api('GET', `/notifications/${newer.id}`)).body.read, false);
    assert.equal((await api('POST', '/notifications/read-all')).body.updated, 1, 'no body: every one');
    assert.equal((await api('POST', '/notifications/read-all', { before: 'yesterday' })).status, 400);
  });

  it('a produced notification (pushNotification, a payment settled…) is a `notification` live event', async () => {
    const events = await published(async () => {
      pushNotification('person-1', { category: 'security', title: '<img src=x onerror=alert(1)>' });
    });
    assert.equal(events.length, 1);
    assert.equal(events[0]!.type, 'notification');
    assert.equal(events[0]!.data.title, '<img src=x onerror=alert(1)>');
    assert.equal(events[0]!.data.read, false);
    assert.equal(events[0]!.data.archived, false);
    assert.equal('ownerId' in events[0]!.data, false);
  });
});

describe('producers', () => {
  beforeEach(() => setScenario('default'));

  it('an application’s status change and a cancellation notify with the agency as sender and the application’s link', async () => {
    const { pushStatusChange } = await import('../../mocks/db/application-extras.js');
    const application = getDb().applications.find((a) => a.ownerId === 'person-1' && a.status === 'processing')!;
    const events = await published(async () => pushStatusChange(application.id, 'approved'));
    const notification = events.find((e) => e.type === 'notification')!.data;
    assert.equal(notification.category, 'applications');
    assert.equal(notification.sender, application.agencyTitle);
    assert.deepEqual(notification.link, {
      kind: 'application',
      id: application.id,
      href: `/applications/${application.id}`,
    });
    const sent = getDb().applications.find((a) => a.ownerId === 'person-1' && a.status === 'sent')!;
    const cancelled = await api(
      'POST',
      `/applications/${sent.id}/cancel`,
      { reason: 'Ошибка' },
      {
        'Idempotency-Key': randomUUID(),
      },
    );
    assert.equal(cancelled.status, 200);
    const newest = (await api('GET', '/notifications?category=applications&pageSize=1')).body.items[0];
    assert.equal(newest.link.id, sent.id);
    assert.match(newest.title, /Отменено/);
  });

  it('seeds payment-due reminders only for unpaid charges with an amount due', () => {
    const due = getDb().notifications.filter((n) => n.category === 'payment-due');
    assert.ok(due.length > 0);
    for (const n of due) {
      const charge = getDb().charges.find((c) => c.id === n.link?.id)!;
      assert.equal(charge.status, 'unpaid', n.id);
      assert.doesNotMatch(n.body, /оплатите 0,00/);
    }
  });
});

describe('settings', () => {
  beforeEach(() => setScenario('default'));

  it('saves the whole preferences once per version: 409 for a stale one, logged', async () => {
    const settings = (await api('GET', '/notification-settings')).body;
    assert.equal(settings.version, 1);
    assert.deepEqual(
      settings.preferences.categories.map((c: Json) => c.category),
      [...CATEGORIES],
    );
    assert.equal(settings.contacts.email.confirmed, true);
    assert.match(settings.push.publicKey, /^[A-Za-z0-9_-]{87}$/);
    assert.ok(settings.autopayReminders.length > 0);
    const preferences = structuredClone(settings.preferences);
    preferences.categories[0].frequency = 'daily';
    preferences.quietHours = { enabled: true, from: '23:30', to: '06:00', timeZone: 'Asia/Yekaterinburg' };
    const saved = await api('PUT', '/notification-settings', { version: 1, preferences });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.version, 2);
    assert.deepEqual(saved.body.preferences, preferences);
    assert.deepEqual(
      operationsOf('person-1').map((o) => o.kind),
      ['notification-settings-changed'],
    );
    const stale = await api('PUT', '/notification-settings', { version: 1, preferences });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.code, 'settings-changed');
    const wrong = await api('PUT', '/notification-settings', {
      version: 2,
      preferences: {
        ...preferences,
        categories: preferences.categories.slice(1),
        quietHours: { ...preferences.quietHours, to: '25:00' },
      },
    });
    assert.equal(wrong.status, 400);
    assert.deepEqual(
      wrong.body.fields.map((f: Json) => f.field),
      ['preferences.categories', 'preferences.quietHours.to'],
    );
  });

  it('422 for a channel without a confirmed contact or device; confirming the contact makes it available', async () => {
    setScenario('unconfirmed-contacts');
    const settings = (await api('GET', '/notification-settings')).body;
    assert.deepEqual(settings.contacts.email.confirmed, false);
    assert.deepEqual(settings.contacts.phone.confirmed, false);
    assert.ok(settings.preferences.categories.every((c: Json) => c.channels.join() === 'portal'));
    const preferences = structuredClone(settings.preferences);
    preferences.categories.find((c: Json) => c.category === 'charges').channels = ['portal', 'email', 'push'];
    preferences.loginAlerts.channels = ['sms'];
    const refused = await api('PUT', '/notification-settings', { version: 1, preferences });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'channel-unavailable');
    assert.deepEqual(
      refused.body.fields.map((f: Json) => [f.field, f.code]),
      [
        ['channels.charges.email', 'email-unconfirmed'],
        ['channels.charges.push', 'no-push-device'],
        ['channels.login-alerts.sms', 'phone-unconfirmed'],
      ],
    );
    assert.match(refused.body.fields[0].message, /Подтвердите адрес электронной почты/);

    const code = await api('POST', '/verification/contacts/codes', { channel: 'email', purpose: 'confirm' });
    assert.equal(code.status, 201);
    assert.equal(
      (await api('POST', `/verification/contacts/codes/${code.body.id}/verify`, { code: '123456' })).status,
      200,
    );
    const device = await api(
      'POST',
      '/push-subscriptions',
      { endpoint: 'https://push.example.test/a', keys: { p256dh: 'BNc', auth: 'tBH' } },
      { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36' },
    );
    assert.equal(device.status, 201);
    assert.equal(device.body.label, 'Chrome, Linux');
    const again = await api('PUT', '/notification-settings', { version: 1, preferences });
    assert.deepEqual(
      again.body.fields.map((f: Json) => f.field),
      ['channels.login-alerts.sms'],
    );
    preferences.loginAlerts.channels = ['email', 'push'];
    const saved = await api('PUT', '/notification-settings', { version: 1, preferences });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.contacts.email.confirmed, true);
    assert.deepEqual(
      saved.body.push.devices.map((d: Json) => d.id),
      [device.body.id],
    );
  });

  it('a refusal that depends on the state is not remembered under its Idempotency-Key', async () => {
    setScenario('unconfirmed-contacts');
    const confirm = async (channel: 'email' | 'phone'): Promise<void> => {
      const code = await api('POST', '/verification/contacts/codes', { channel, purpose: 'confirm' });
      assert.equal(
        (await api('POST', `/verification/contacts/codes/${code.body.id}/verify`, { code: '123456' })).status,
        200,
      );
    };
    const preferences = structuredClone((await api('GET', '/notification-settings')).body.preferences);
    preferences.categories[0].channels = ['portal', 'email'];
    const key = { 'Idempotency-Key': randomUUID() };
    assert.equal((await api('PUT', '/notification-settings', { version: 1, preferences }, key)).status, 422);
    await confirm('email');
    const saved = await api('PUT', '/notification-settings', { version: 1, preferences }, key);
    assert.equal(saved.status, 200, 'the same choices, the same key: saved once the e-mail is confirmed');
    const replayed = await api('PUT', '/notification-settings', { version: 1, preferences }, key);
    assert.equal(replayed.body.version, 2, 'a success is replayed, not saved again');

    const subscription = { topicId: 'fns-news', channels: ['sms'], frequency: 'once' };
    const subscriptionKey = { 'Idempotency-Key': randomUUID() };
    assert.equal((await api('POST', '/notification-subscriptions', subscription, subscriptionKey)).status, 422);
    await confirm('phone');
    assert.equal((await api('POST', '/notification-subscriptions', subscription, subscriptionKey)).status, 201);
  });

  it('push devices: the same endpoint is the same device; http is refused; removed once', async () => {
    const body = {
      endpoint: 'https://push.example.test/b',
      keys: { p256dh: 'BNc', auth: 'tBH' },
      label: 'Мой ноутбук',
    };
    const first = await api('POST', '/push-subscriptions', body);
    const second = await api('POST', '/push-subscriptions', body);
    assert.equal(second.status, 201);
    assert.equal(second.body.id, first.body.id);
    assert.equal(first.body.label, 'Мой ноутбук');
    const http = await api('POST', '/push-subscriptions', { ...body, endpoint: 'http://push.example.test/b' });
    assert.equal(http.status, 422);
    assert.equal(http.body.fields[0].code, 'https-required');
    assert.equal((await api('POST', '/push-subscriptions', { endpoint: 'x' })).status, 400);
    assert.equal((await api('DELETE', `/push-subscriptions/${first.body.id}`)).status, 204);
    assert.equal((await api('DELETE', `/push-subscriptions/${first.body.id}`)).status, 404);
  });
});

describe('subscriptions to agencies’ mailings', () => {
  beforeEach(() => setScenario('default'));

  it('lists by status with every topic; adds one per topic; pauses, edits and removes', async () => {
    const list = (await api('GET', '/notification-subscriptions')).body;
    assert.deepEqual(
      list.items.map((s: Json) => [s.topicId, s.status]),
      [
        ['sfr-services', 'active'],
        ['fns-deadlines', 'paused'],
      ],
    );
    assert.ok(
      ['Социальный фонд России', 'ФНС России', 'МВД России', 'Минздрав России'].every((agency) =>
        list.topics.some((t: Json) => t.agency === agency),
      ),
    );
    const paused = await api('GET', '/notification-subscriptions?status=paused');
    assert.deepEqual(
      paused.body.items.map((s: Json) => s.id),
      ['subscription-2'],
    );
    const key = () => ({ 'Idempotency-Key': randomUUID() });
    const add = { topicId: 'minzdrav-checkup', channels: ['email'], frequency: 'weekly', from: '2026-12-01' };
    assert.equal((await api('POST', '/notification-subscriptions', add)).status, 400, 'Idempotency-Key required');
    const added = await api('POST', '/notification-subscriptions', add, key());
    assert.equal(added.status, 201);
    assert.equal(added.body.agency, 'Минздрав России');
    assert.equal(added.body.status, 'active');
    assert.equal((await api('POST', '/notification-subscriptions', add, key())).body.code, 'subscription-exists');
    const backwards = await api(
      'POST',
      '/notification-subscriptions',
      { ...add, topicId: 'fns-news', until: '2026-11-01' },
      key(),
    );
    assert.equal(backwards.status, 422);
    assert.equal(backwards.body.fields[0].code, 'before-from');
    const unknown = await api('POST', '/notification-subscriptions', { ...add, topicId: 'weather' }, key());
    assert.equal(unknown.body.fields[0].code, 'unknown-topic');

    const pause = await api('PATCH', `/notification-subscriptions/${added.body.id}`, { status: 'paused' });
    assert.equal(pause.body.status, 'paused');
    const edit = await api('PATCH', `/notification-subscriptions/${added.body.id}`, { frequency: 'daily', from: null });
    assert.equal(edit.body.frequency, 'daily');
    assert.equal('from' in edit.body, false, 'null removes the date');
    assert.equal((await api('PATCH', `/notification-subscriptions/${added.body.id}`, {})).status, 400);
    assert.equal((await api('DELETE', `/notification-subscriptions/${added.body.id}`)).status, 204);
    assert.equal((await api('DELETE', `/notification-subscriptions/${added.body.id}`)).status, 404);
  });

  it('refuses a channel whose contact is not confirmed', async () => {
    setScenario('unconfirmed-contacts');
    const refused = await api(
      'POST',
      '/notification-subscriptions',
      { topicId: 'fns-news', channels: ['sms'], frequency: 'once' },
      { 'Idempotency-Key': randomUUID() },
    );
    assert.equal(refused.status, 422);
    assert.deepEqual(
      refused.body.fields.map((f: Json) => [f.field, f.code]),
      [['channels', 'phone-unconfirmed']],
    );
    // Pausing an existing one does not trip on the contact.
    assert.equal((await api('PATCH', '/notification-subscriptions/subscription-1', { status: 'paused' })).status, 200);
  });
});

describe('scenarios', () => {
  it(
    'notification-burst: four arrive together on the event stream a moment after it opens, once',
    { timeout: 15_000 },
    async () => {
      setScenario('notification-burst');
      const before = getDb().notifications.length;
      const events: LiveEventRecord[] = [];
      const stop = onLiveEvent((event) => events.push(event));
      const abort = new AbortController();
      try {
        const response = await fetch(`${server.url}/api/events`, {
          headers: { Accept: 'text/event-stream', Authorization: 'Bearer test-token' },
          signal: abort.signal,
        });
        const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
        let text = '';
        while ((text.match(/event: notification\n/g) ?? []).length < BURST_SIZE) {
          const { value, done } = await reader.read();
          if (done) break;
          text += value;
        }
        const frames = [...text.matchAll(/event: notification\ndata: (.+)\n\n/g)].map((m) => JSON.parse(m[1]!));
        assert.equal(frames.length, BURST_SIZE);
        assert.ok(frames.every((n) => n.read === false && typeof n.sender === 'string'));
        assert.equal(getDb().notifications.length, before + BURST_SIZE);
        const again = onLiveEvent(() => undefined); // a second stream: no second burst
        await new Promise((resolve) => setTimeout(resolve, 1500));
        again();
        assert.equal(events.length, BURST_SIZE);
      } finally {
        abort.abort();
        stop();
      }
      // Another scenario before the stream opens: nothing arrives.
      setScenario('notification-burst');
      setScenario('default');
      const quiet: LiveEventRecord[] = [];
      const stopQuiet = onLiveEvent((event) => quiet.push(event));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      stopQuiet();
      assert.deepEqual(quiet, []);
    },
  );

  it('malformed: the feed and the summary break one item in four, the rest stays well formed', async () => {
    setScenario('malformed');
    const page = (await api('GET', '/notifications?pageSize=8')).body;
    assert.equal(page.items.length, 8);
    assert.equal(typeof page.total, 'number');
    const broken = page.items.map((n: Json) => typeof n.id !== 'string');
    assert.deepEqual(broken, [false, true, false, false, false, true, false, false]);
    const summary = (await api('GET', '/notifications/summary')).body;
    assert.equal(typeof summary.unreadCount, 'number');
    assert.deepEqual(
      summary.latest.map((n: Json) => typeof n.title !== 'string'),
      [false, true, false, false, false],
    );
    const settings = (await api('GET', '/notification-settings')).body;
    assert.equal(typeof settings.version, 'string', 'every other answer is broken whole');
  });

  it('burst() adds four of different categories for the default citizen', () => {
    resetDb();
    burst();
    assert.deepEqual(
      getDb()
        .notifications.slice(0, BURST_SIZE)
        .map((n) => n.category),
      ['messages', 'documents', 'applications', 'charges'],
    );
  });
});
