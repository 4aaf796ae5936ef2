/**
 * Removing <gu-application-tracker> leaves nothing running: no timer, no listener on window or document, no
 * request (list, agencies) still pending, no live-status stream open. The portal bench mounts and unmounts it 1 000 times.
 */
import { expect } from '@open-wc/testing';
import { useMockBackend } from '../helpers/mock-backend.js';
import { openLiveStreams } from '../../mocks/db/live-events.js';
import { mountTracker, until } from './harness.js';

interface Probe {
  timers: Map<number, string>;
  listeners: Set<string>;
  pending: Set<string>;
  /** Every /api/ path fetched, in order. */
  calls: string[];
  restore(): void;
}

/** Records timers not yet fired or cleared, window/document listeners not removed, and fetches not settled. */
function instrument(): Probe {
  const probe: Probe = {
    timers: new Map(),
    listeners: new Set(),
    pending: new Set(),
    calls: [],
    restore: () => undefined,
  };
  const { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI, fetch: realFetch } = window;
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  const ids = new WeakMap<object, number>();
  let next = 0;
  const key = (target: EventTarget, type: string, listener: unknown) => {
    if (typeof listener === 'object' || typeof listener === 'function') {
      if (listener && !ids.has(listener)) ids.set(listener, (next += 1));
    }
    return `${target === window ? 'window' : 'document'} ${type} #${listener ? ids.get(listener) : 0}`;
  };
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = setT(
      (...inner: unknown[]) => {
        probe.timers.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
      },
      ms,
      ...args,
    );
    // The mock backend runs in this page too: its own delays are not the tracker's.
    if (!MOCK_FRAME.test(new Error().stack ?? '')) probe.timers.set(id, `setTimeout ${ms ?? 0} ms`);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) probe.timers.delete(id);
    clearT(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = setI(handler, ms, ...args);
    probe.timers.set(id, `setInterval ${ms ?? 0} ms`);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) probe.timers.delete(id);
    clearI(id);
  }) as typeof window.clearInterval;
  proto.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
    if (this === window || this === document) probe.listeners.add(key(this, args[0], args[1]));
    return add.apply(this, args);
  };
  proto.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
    if (this === window || this === document) probe.listeners.delete(key(this, args[0], args[1]));
    return remove.apply(this, args);
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const name = `${url.pathname}${url.search} (${Math.random()})`;
    if (url.pathname.startsWith('/api/')) {
      probe.pending.add(name);
      probe.calls.push(url.pathname);
    }
    const settle = () => probe.pending.delete(name);
    const request = realFetch(input, init);
    request.then(settle, settle);
    return request;
  };
  probe.restore = () => {
    Object.assign(window, { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI });
    window.fetch = realFetch;
    proto.addEventListener = add;
    proto.removeEventListener = remove;
  };
  return probe;
}

const MOCK_FRAME = /\/mocks\/|node_modules\/msw|node_modules\/\.vite/;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('gu-application-tracker: removal leaves nothing behind', () => {
  let probe: Probe | undefined;
  /** The event streams the tracker opened (GET /api/events). */
  const streams = () => probe!.calls.filter((path) => path === '/api/events');
  beforeEach(async () => {
    await useMockBackend('default');
  });
  afterEach(() => probe?.restore());

  it('removed while its first list request is in flight: the request is aborted, no timer stays', async () => {
    await useMockBackend('slow'); // the mock answers after a while: the request is still out when the tracker goes
    probe = instrument();
    const h = await mountTracker({ pollInterval: 60_000 });
    await until(() => probe!.pending.size > 0, 4000, 'the list request');
    h.tracker.remove();
    await settle(300); // longer than the announcer's frame fallback; far shorter than the poll and retry delays
    expect([...probe.pending], 'requests still pending').to.deep.equal([]);
    expect([...probe.timers.values()], 'timers still set').to.deep.equal([]);
    expect([...probe.listeners], 'window/document listeners').to.deep.equal([]);
  });

  it('removed while listening to live status and with a search typed: no stream, no timer, no listener stays', async () => {
    probe = instrument();
    const h = await mountTracker({ pollInterval: 60_000 });
    await h.waitForList();
    await until(() => openLiveStreams() === 1, 8000, 'the event stream open');
    const input = h.root.querySelector<HTMLInputElement>('#q')!;
    input.value = 'паспорт';
    input.dispatchEvent(new InputEvent('input')); // the 400 ms search timer is running
    h.tracker.remove();
    await until(() => openLiveStreams() === 0, 8000, 'the event stream closed');
    await settle(300); // longer than the announcer's frame fallback
    expect(streams().length, 'streams opened').to.equal(1);
    expect([...probe.pending], 'requests still pending').to.deep.equal([]);
    expect([...probe.timers.values()], 'timers still set').to.deep.equal([]);
    expect([...probe.listeners], 'window/document listeners').to.deep.equal([]);
  });

  it('put back after removal, it loads and listens again', async () => {
    probe = instrument();
    const h = await mountTracker({ pollInterval: 60_000 });
    await h.waitForList();
    await until(() => openLiveStreams() === 1, 8000, 'the event stream open');
    h.tracker.remove();
    await until(() => openLiveStreams() === 0, 8000, 'the event stream closed');
    h.wrapper.append(h.tracker);
    await h.waitForList();
    expect(h.rows().length).to.be.greaterThan(0);
    await until(() => openLiveStreams() === 1 && streams().length === 2, 8000, 'listening again');
  });

  it('listens only while signed in with a poll interval: 0 or signing out closes the stream, and it resumes', async () => {
    probe = instrument();
    const h = await mountTracker({ pollInterval: 0 });
    await h.waitForList();
    await settle(400);
    expect(streams(), 'listened with poll-interval 0').to.have.length(0);
    h.tracker.pollInterval = 60_000;
    await until(() => openLiveStreams() === 1, 8000, 'listening with poll-interval 60 000');
    h.tracker.pollInterval = 0;
    await until(() => openLiveStreams() === 0, 8000, 'closed by poll-interval 0');
    h.tracker.pollInterval = 60_000;
    await until(() => openLiveStreams() === 1, 8000, 'listening again');
    h.session.update({ status: 'signed-out', reason: 'user' });
    await until(() => openLiveStreams() === 0, 8000, 'closed by signing out');
    const before = streams().length;
    h.session.update({ status: 'signed-in', reason: undefined });
    await until(() => openLiveStreams() === 1 && streams().length === before + 1, 8000, 'listening after signing in');
  });
});
