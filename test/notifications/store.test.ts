/**
 * components/notifications/store.ts — the page's one source of truth about notifications — against a scripted server
 * (the client's `fetch`): one summary request however many listen, live events applied, a burst announced once,
 * changes shared with the other tabs (BroadcastChannel), nothing kept after the last listener leaves.
 */
import { expect } from '@open-wc/testing';
import { createApiClient } from '../../components/core/api/request.js';
import { notificationsStore, type NotificationsSnapshot } from '../../components/notifications/store.js';
import type { Notification } from '../../components/notifications/types.js';
import { recordAnnouncements } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';

let base = 0;

function item(id: string, patch: Partial<Notification> = {}): Notification {
  return {
    id,
    category: 'applications',
    title: `Заявление ${id}`,
    body: 'Статус изменён.',
    sender: 'Госуслуги',
    createdAt: `2026-12-0${Math.min(9, Number(id.replace(/\D/g, '')) || 1)}T10:00:00Z`,
    read: false,
    archived: false,
    ...patch,
  };
}

/** A server whose summary the test sets and whose event stream the test writes into. */
function scriptedServer(summary: () => unknown) {
  const encoder = new TextEncoder();
  const calls: string[] = [];
  let stream: ReadableStreamDefaultController<Uint8Array> | undefined;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), location.href);
    calls.push(url.pathname);
    if (url.pathname.endsWith('/events')) {
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => {
          stream = controller;
          controller.enqueue(encoder.encode('retry: 60000\n\nid: 1\n\n'));
        },
      });
      init?.signal?.addEventListener('abort', () => {
        try {
          stream?.error(new DOMException('aborted', 'AbortError'));
        } catch {
          // closed already
        }
      });
      return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
    }
    return Response.json(summary());
  };
  base += 1;
  const baseUrl = `/store-api-${base}`;
  const client = createApiClient({ baseUrl, auth: { getAccessToken: () => 'token-1' }, fetch });
  return {
    client,
    baseUrl,
    summaries: () => calls.filter((path) => path.endsWith('/notifications/summary')).length,
    streams: () => calls.filter((path) => path.endsWith('/events')).length,
    send(type: string, data: unknown, id: number): void {
      stream!.enqueue(encoder.encode(`id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`));
    },
  };
}

describe('notifications store', () => {
  const leaves: Array<() => void> = [];
  afterEach(() => {
    for (const leave of leaves.splice(0)) leave();
  });

  it('loads one summary for every listener of the page and opens one live connection', async () => {
    const server = scriptedServer(() => ({ unreadCount: 3, latest: [item('n3'), item('n2', { read: true })] }));
    const seen: NotificationsSnapshot[] = [];
    for (let i = 0; i < 3; i += 1) {
      const store = notificationsStore({ client: server.client, baseUrl: server.baseUrl, citizenId: 'person-1' });
      leaves.push(store.subscribe({ onChange: (snapshot) => seen.push(snapshot) }));
    }
    await until(() => seen.some((s) => s.status === 'ready'), 'the summary');
    await until(() => server.streams() === 1, 'the live connection');
    const store = notificationsStore({ client: server.client, baseUrl: server.baseUrl, citizenId: 'person-1' });
    expect(store.snapshot.unreadCount).to.equal(3);
    expect(store.snapshot.latest.map((n) => n.id)).to.deep.equal(['n3', 'n2']);
    expect(server.summaries(), 'summary requests').to.equal(1);
    expect(server.streams(), 'connections').to.equal(1);
  });

  it('applies new notifications from the stream and announces a burst once', async () => {
    const server = scriptedServer(() => ({ unreadCount: 0, latest: [] }));
    const store = notificationsStore({ client: server.client, baseUrl: server.baseUrl, citizenId: 'person-1' });
    leaves.push(
      store.subscribe({ onChange: () => undefined, describeBurst: (count) => `Новых уведомлений: ${count}` }),
    );
    await until(() => store.snapshot.status === 'ready' && server.streams() === 1, 'ready and connected');
    const heard = recordAnnouncements();
    try {
      for (let i = 1; i <= 4; i += 1) server.send('notification', item(`n${i}`), 10 + i);
      server.send('notification', { id: 'bad', title: '<img src=x onerror=alert(1)>' }, 20); // malformed: skipped
      await heard.until('Новых уведомлений: 4');
      expect(store.snapshot.unreadCount).to.equal(4);
      expect(store.snapshot.latest.map((n) => n.id)).to.deep.equal(['n4', 'n3', 'n2', 'n1']);
      expect(store.snapshot.externalRevision).to.equal(4);
      expect(heard.said.filter((text) => /Новых уведомлений/.test(text))).to.deep.equal(['Новых уведомлений: 4']);
    } finally {
      heard.stop();
    }
  });

  it("shares the citizen's changes with the other tabs and follows theirs", async () => {
    const server = scriptedServer(() => ({ unreadCount: 2, latest: [item('n2'), item('n1')] }));
    const store = notificationsStore({ client: server.client, baseUrl: server.baseUrl, citizenId: 'person-1' });
    leaves.push(store.subscribe({ onChange: () => undefined }));
    await until(() => store.snapshot.status === 'ready' && server.streams() === 1, 'ready and connected');
    const otherTab = new BroadcastChannel('gu-notifications');
    const posted: unknown[] = [];
    otherTab.onmessage = ({ data }) => posted.push(data);
    try {
      store.applied({ change: 'read', ids: ['n2'], unreadCount: 1 });
      expect(store.snapshot.unreadCount).to.equal(1);
      expect(store.snapshot.latest.find((n) => n.id === 'n2')?.read).to.equal(true);
      await until(() => posted.length === 1, 'the message to the other tabs');
      const message = posted[0] as { key: string; change: unknown };
      expect(message.change).to.deep.equal({ change: 'read', ids: ['n2'], unreadCount: 1 });
      // The server's echo of the page's own change is not news: the feed does not reload for it.
      const revision = store.snapshot.externalRevision;
      server.send('notifications-changed', { change: 'read', ids: ['n2'], unreadCount: 1 }, 25);
      server.send('notifications-changed', { change: 'unread', ids: ['n2'], unreadCount: 2 }, 26);
      await until(() => store.snapshot.unreadCount === 2, 'the change after the echo');
      expect(store.snapshot.externalRevision, 'only the change made elsewhere counts').to.equal(revision + 1);
      server.send('notifications-changed', { change: 'read', ids: ['n2'], unreadCount: 1 }, 27);
      await until(() => store.snapshot.unreadCount === 1, 'the same change made elsewhere again');
      expect(store.snapshot.externalRevision, 'an echo is recognised once').to.equal(revision + 2);

      otherTab.postMessage({ key: message.key, change: { change: 'read-all', ids: [], unreadCount: 0 } });
      await until(() => store.snapshot.unreadCount === 0, "the other tab's change");
      expect(store.snapshot.latest.every((n) => n.read)).to.equal(true);
      otherTab.postMessage({ key: 'someone else', change: { change: 'unread', ids: ['n1'], unreadCount: 7 } });
      otherTab.postMessage({ key: message.key, change: { change: 'unread', ids: ['n1'] } }); // malformed
      server.send('notifications-changed', { change: 'unread', ids: ['n1'], unreadCount: 1 }, 30);
      await until(() => store.snapshot.unreadCount === 1, 'the change from another device');
      expect(store.snapshot.latest.find((n) => n.id === 'n1')?.read).to.equal(false);
    } finally {
      otherTab.close();
    }
  });

  it('forgets everything when the last listener leaves, and reloads for the next', async () => {
    let unread = 5;
    const server = scriptedServer(() => ({ unreadCount: unread, latest: [item('n1')] }));
    const store = notificationsStore({ client: server.client, baseUrl: server.baseUrl, citizenId: 'person-1' });
    const leave = store.subscribe({ onChange: () => undefined });
    await until(() => store.snapshot.status === 'ready', 'ready');
    leave();
    expect(store.snapshot.latest, 'nothing personal kept').to.deep.equal([]);
    expect(store.snapshot.unreadCount).to.equal(0);
    unread = 6;
    const again = notificationsStore({ client: server.client, baseUrl: server.baseUrl, citizenId: 'person-1' });
    leaves.push(again.subscribe({ onChange: () => undefined }));
    await until(() => again.snapshot.status === 'ready', 'ready again');
    expect(again.snapshot.unreadCount).to.equal(6);
    expect(server.summaries()).to.equal(2);
    const other = notificationsStore({ client: server.client, baseUrl: server.baseUrl, citizenId: 'person-2' });
    expect(other, 'another citizen gets a store of their own').not.to.equal(again);
  });

  it('says a malformed summary failed and recovers on refresh', async () => {
    let answer: unknown = { latest: 'nope' };
    const server = scriptedServer(() => answer);
    const store = notificationsStore({ client: server.client, baseUrl: server.baseUrl, citizenId: 'person-1' });
    leaves.push(store.subscribe({ onChange: () => undefined }));
    await until(() => store.snapshot.status === 'error', 'the failure');
    answer = { unreadCount: 1, latest: [item('n1'), { id: 'n2' }] };
    await store.refresh();
    expect(store.snapshot.status).to.equal('ready');
    expect(
      store.snapshot.latest.map((n) => n.id),
      'the malformed item skipped',
    ).to.deep.equal(['n1']);
  });
});
