/**
 * What an element leaves running: a probe patched into the page that records timers not yet fired or cleared,
 * listeners on window and document not removed, /api/ requests not settled, and streams (EventSource, WebSocket,
 * BroadcastChannel) not closed — each with where it was made, so a failure names the code. Used by the lifecycle
 * contract suite (test/lifecycle/) and the tracker's cleanup test.
 *
 *   const probe = instrumentPage();            // before mounting
 *   … mount, use, remove …
 *   await probe.untilClean();                  // fails, listing what is left, when something stays
 *   probe.restore();
 */

export interface LeftOver {
  kind: 'timer' | 'interval' | 'listener' | 'request' | 'stream';
  what: string;
  /** The first stack frame in the kit's code where it was made. */
  where: string;
}

export interface Probe {
  /** Timers set and not yet fired or cleared (id → description). */
  timers: Map<number, string>;
  /** Window and document listeners added and not removed. */
  listeners: Set<string>;
  /** /api/ requests not yet settled. */
  pending: Set<string>;
  /** Every /api/ path fetched, in order. */
  calls: string[];
  /** Everything still open now, with where it was made. */
  leftOver(): LeftOver[];
  /** Waits (up to `timeout`) until nothing is left open; fails with the list otherwise. */
  untilClean(timeout?: number): Promise<void>;
  restore(): void;
}

/** Frames of the mock backend and the test tooling: what they open is not the element's. */
const NOT_THE_ELEMENT = /\/mocks\/|node_modules\/(msw|@mswjs|@open-wc|chai|mocha|@web)|\/test\/|__web-dev-server__/;

/** The first frame of the stack in the kit (components/) or a package it uses; `?` when none. */
function whereFrom(stack: string): string {
  const frames = stack.split('\n').slice(1);
  const kit = frames.find((frame) => frame.includes('/components/')) ?? frames.find((f) => f.includes('node_modules'));
  return (kit ?? '?')
    .trim()
    .replace(/^at /, '')
    .replace(/\?[^:)]*/, '');
}

/**
 * Starts recording. `ignore` (a pattern over the creation stack) leaves out what something else on the page opens
 * (e.g. `/components\/core\/session\//` when a widget's test wraps it in a real <gu-session>); `ignoreWhere` (a
 * pattern over the first kit frame) what a host element that stays on the page opens itself.
 */
export function instrumentPage({ ignore, ignoreWhere }: { ignore?: RegExp; ignoreWhere?: RegExp } = {}): Probe {
  const open = new Map<string, LeftOver>();
  const made = (): string | undefined => {
    const stack = new Error().stack ?? '';
    const own = stack.split('\n').slice(2).join('\n');
    const firstExternal = own.split('\n').find((frame) => !frame.includes('lifecycle-probe'));
    if (firstExternal && NOT_THE_ELEMENT.test(firstExternal) && !/\/components\//.test(firstExternal)) return undefined;
    if (ignore?.test(own)) return undefined;
    const where = whereFrom(stack);
    return ignoreWhere?.test(where) ? undefined : where;
  };
  const probe: Probe = {
    timers: new Map(),
    listeners: new Set(),
    pending: new Set(),
    calls: [],
    leftOver: () => [...open.values()],
    async untilClean(timeout = 3000) {
      const started = Date.now();
      while (open.size > 0 && Date.now() - started < timeout)
        await new Promise((resolve) => realSetTimeout(resolve, 25));
      if (open.size > 0) {
        const list = [...open.values()].map((item) => `${item.kind} ${item.what} — made at ${item.where}`);
        throw new Error(`left behind after removal:\n  ${list.join('\n  ')}`);
      }
    },
    restore: () => undefined,
  };
  const realSetTimeout = window.setTimeout.bind(window);
  const { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI, fetch: realFetch } = window;
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  const RealEventSource = window.EventSource;
  const RealWebSocket = window.WebSocket;
  const RealBroadcastChannel = window.BroadcastChannel;
  const ids = new WeakMap<object, number>();
  let next = 0;
  const listenerKey = (
    target: EventTarget,
    type: string,
    listener: unknown,
    options?: boolean | EventListenerOptions,
  ) => {
    if ((typeof listener === 'object' || typeof listener === 'function') && listener && !ids.has(listener)) {
      ids.set(listener, (next += 1));
    }
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const id = listener ? ids.get(listener as object) : 0;
    return `${target === window ? 'window' : 'document'} ${type}${capture ? ' (capture)' : ''} #${id}`;
  };

  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const where = made();
    const id: number = setT(
      (...inner: unknown[]) => {
        probe.timers.delete(id);
        open.delete(`timer ${id}`);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
      },
      ms,
      ...args,
    );
    if (where) {
      probe.timers.set(id, `setTimeout ${ms ?? 0} ms`);
      open.set(`timer ${id}`, { kind: 'timer', what: `setTimeout ${ms ?? 0} ms`, where });
    }
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) {
      probe.timers.delete(id);
      open.delete(`timer ${id}`);
    }
    clearT(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const where = made();
    const id = setI(handler, ms, ...args);
    if (where) {
      probe.timers.set(id, `setInterval ${ms ?? 0} ms`);
      open.set(`timer ${id}`, { kind: 'interval', what: `setInterval ${ms ?? 0} ms`, where });
    }
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) {
      probe.timers.delete(id);
      open.delete(`timer ${id}`);
    }
    clearI(id);
  }) as typeof window.clearInterval;
  proto.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
    if (this === window || this === document) {
      const where = made();
      const key = listenerKey(this, args[0], args[1], args[2]);
      const once = typeof args[2] === 'object' && args[2]?.once;
      if (where && !once) {
        probe.listeners.add(key);
        open.set(`listener ${key}`, { kind: 'listener', what: key.replace(/ #\d+$/, ''), where });
      }
    }
    return add.apply(this, args);
  };
  proto.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
    if (this === window || this === document) {
      const key = listenerKey(this, args[0], args[1], args[2]);
      probe.listeners.delete(key);
      open.delete(`listener ${key}`);
    }
    return remove.apply(this, args);
  };
  let requests = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const where = made();
    const key = `request ${(requests += 1)}`;
    const name = `${init?.method ?? (input instanceof Request ? input.method : 'GET')} ${url.pathname}${url.search}`;
    if (url.pathname.startsWith('/api/')) {
      probe.pending.add(key);
      probe.calls.push(url.pathname);
      open.set(key, { kind: 'request', what: name, where: where ?? whereFrom(new Error().stack ?? '') });
    }
    const settled = () => {
      probe.pending.delete(key);
      open.delete(key);
    };
    const request = realFetch(input, init);
    request.then(settled, settled);
    return request;
  };
  let streams = 0;
  /** Wraps a stream constructor so every instance is open until its close(). */
  const trackStream = <C extends abstract new (...args: never[]) => { close(): void }>(Real: C, label: string): C =>
    new Proxy(Real, {
      construct(target, args: unknown[]) {
        const instance = Reflect.construct(target, args) as InstanceType<C>;
        const where = made();
        if (where) {
          const key = `stream ${(streams += 1)}`;
          open.set(key, { kind: 'stream', what: `${label} ${String(args[0])}`, where });
          const close = instance.close.bind(instance);
          instance.close = () => {
            open.delete(key);
            close();
          };
        }
        return instance;
      },
    });
  window.EventSource = trackStream(RealEventSource, 'EventSource');
  window.WebSocket = trackStream(RealWebSocket, 'WebSocket');
  window.BroadcastChannel = trackStream(RealBroadcastChannel, 'BroadcastChannel');
  probe.restore = () => {
    Object.assign(window, { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI });
    window.fetch = realFetch;
    proto.addEventListener = add;
    proto.removeEventListener = remove;
    Object.assign(window, {
      EventSource: RealEventSource,
      WebSocket: RealWebSocket,
      BroadcastChannel: RealBroadcastChannel,
    });
  };
  return probe;
}
