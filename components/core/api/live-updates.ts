/**
 * Live updates: the page's one channel for changes the server pushes (an application's status, later notifications
 * and charges). Every widget that listens subscribes here; listeners of one API base share one connection, opened
 * with the first and closed when the last one leaves.
 *
 * - **Server-sent events** first: `GET {base}/events` with `Accept: text/event-stream`, read through `fetch` and a
 *   stream parser (EventSource cannot send a bearer token) with the token, locale and renewal of the subscriber's
 *   core/api client; a reconnection sends `Last-Event-ID`, so the server replays what was missed. A dropped stream
 *   is opened again after the server's `retry:` delay, doubling after quick failures up to a minute.
 * - **Conditional polling** when the server (or a proxy) has no stream — it answers JSON, 404, 405, 406 or 501:
 *   `GET {base}/events?since=` with `If-None-Match` (304 while nothing changed), at most once a minute by default
 *   (`pollInterval`), backing off on failures.
 * - **Nothing while the page is hidden** (Page Visibility): the stream is closed and polling stops; when the page
 *   is shown again the stream reopens with `Last-Event-ID` (or the next poll runs, no sooner than its interval).
 * - **One connection per browser** where tabs can share it (Web Locks and BroadcastChannel): the tabs of one origin
 *   elect a leader per API base — `navigator.locks.request('gu-live:<base>')`, which only a VISIBLE tab asks for —
 *   that holds the stream (or the polling) and relays every event, with its cursor, to the other tabs over a
 *   BroadcastChannel. A leader that is hidden (or whose last listener leaves) lets go; a visible tab waiting for the
 *   lock takes over and resumes from the last cursor it was told (`Last-Event-ID`, or `since` and `If-None-Match`,
 *   no sooner than the last poll's interval). While every tab is hidden nothing is connected. Without Web Locks or
 *   BroadcastChannel each page keeps its own connection.
 *
 *   const stop = subscribeLiveUpdates({ client, baseUrl, onEvent: (event) => … });
 *   stop(); // the last one to leave closes the connection
 */
import { isApiError } from './api-error.js';
import type { ApiClient } from './request.js';

/** One change from the server: its type (`application-status` …), its cursor and its payload (JSON, unchecked). */
export interface LiveEvent {
  type: string;
  id: string;
  /** The parsed `data` — untrusted: the listener validates it for its type. */
  data: unknown;
}

/** One listener of the page's live updates. */
export interface LiveSubscription {
  /** The subscriber's API client: its token, locale and renewal carry the connection. */
  client: ApiClient;
  /** The client's base URL (relative or absolute): listeners of one base share one connection. */
  baseUrl: string;
  /** Called with every change. */
  onEvent(event: LiveEvent): void;
  /** The longest a change may wait when polling, in ms: a channel polls at its listeners' shortest, 60 000 at most. */
  pollInterval?: number;
  /**
   * Told when the connection stays broken (`broken`: BROKEN_AFTER_FAILURES attempts in a row failed; it keeps
   * trying, backing off) and when it works again (`connected`) — never for a single drop that the next attempt mends.
   */
  onStatus?(status: LiveStatus): void;
}

/** Whether live updates arrive: `broken` only after several failed attempts in a row. */
export type LiveStatus = 'connected' | 'broken';

/** Failed attempts in a row after which the connection is said to be broken. */
export const BROKEN_AFTER_FAILURES = 3;

/** Default time between polls (the design's idle cost: at most one request a minute). */
export const DEFAULT_POLL_INTERVAL_MS = 60_000;
/** Reconnection delay of a stream when the server gives none. */
const DEFAULT_RETRY_MS = 5000;
/** The longest wait between attempts after failures. */
const MAX_BACKOFF_MS = 10 * 60_000;
/** A stream that lived this long was healthy: its reconnection does not back off. */
const HEALTHY_STREAM_MS = 60_000;
/** Answers that say there is no event stream here: switch to polling. */
const NO_STREAM = new Set([404, 405, 406, 415, 501]);

/** What a tab that takes over the connection needs to resume where the last leader stopped. */
interface CursorState {
  mode: 'stream' | 'poll';
  lastEventId: string | undefined;
  etag: string | undefined;
  /** When the last poll was sent (the next comes no sooner than its interval after it). */
  lastPollAt: number;
  /** The connection stays broken (the leader's word for every tab). */
  broken: boolean;
}

/** What the tabs of a base tell each other (BroadcastChannel `gu-live:<base>`). */
type TabMessage =
  /** The leader relays an event, with the cursor after it. */
  | { kind: 'event'; event: LiveEvent; state: CursorState }
  /** The leader's cursor moved (a poll, a fall-back to polling), or it answers a `hello`. */
  | { kind: 'state'; state: CursorState }
  /** A tab joined: the leader answers with its state. */
  | { kind: 'hello' };

interface LockManagerLike {
  request(name: string, options: { signal: AbortSignal }, callback: () => Promise<void> | undefined): Promise<unknown>;
}

/** The Web Locks of this browser, when it has them (with BroadcastChannel: else each page keeps its own connection). */
function tabLocks(): LockManagerLike | undefined {
  const locks = (navigator as Navigator & { locks?: LockManagerLike }).locks;
  return typeof locks?.request === 'function' && typeof BroadcastChannel === 'function' ? locks : undefined;
}

/** The connection of one API base, shared by its listeners — and by the tabs of the browser where it can be. */
class Channel {
  readonly listeners = new Set<LiveSubscription>();
  private mode: 'stream' | 'poll' = 'stream';
  private lastEventId: string | undefined;
  private etag: string | undefined;
  private retryMs = DEFAULT_RETRY_MS;
  private failures = 0;
  private lastPollAt = 0;
  private broken = false;
  private abort: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Tabs share the connection: the lock manager, and the channel to the other tabs while listening. */
  private readonly locks = tabLocks();
  private tabs: BroadcastChannel | undefined;
  /** This tab holds the connection (always, where tabs cannot share it). */
  private leading = !this.locks;
  /** The pending or granted lock request: abort withdraws a pending one, release lets a granted one go. */
  private leadership: { abort: AbortController; release: () => void } | undefined;
  private readonly onVisibility = (): void => {
    if (!this.locks) return this.schedule(0);
    if (document.visibilityState === 'hidden') this.resign();
    else this.lead();
  };

  constructor(
    private readonly key: string,
    private readonly close: () => void,
  ) {}

  add(listener: LiveSubscription): void {
    this.listeners.add(listener);
    if (this.broken) listener.onStatus?.('broken');
    if (this.listeners.size === 1) {
      document.addEventListener('visibilitychange', this.onVisibility);
      if (this.locks) {
        this.tabs = new BroadcastChannel(`gu-live:${this.key}`);
        this.tabs.onmessage = ({ data }: MessageEvent<TabMessage>) => this.heard(data);
        this.tell({ kind: 'hello' });
      }
      this.onVisibility();
    }
  }

  remove(listener: LiveSubscription): void {
    if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.resign();
    this.tabs?.close();
    this.tabs = undefined;
    this.close();
  }

  /** Asks for the connection: granted when no other visible tab holds it (at once, or when that one lets go). */
  private lead(): void {
    if (this.leadership) return this.schedule(0);
    const abort = new AbortController();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const leadership = { abort, release };
    this.leadership = leadership;
    this.locks!.request(`gu-live:${this.key}`, { signal: abort.signal }, () => {
      if (this.leadership !== leadership) return undefined; // withdrawn meanwhile: let go at once
      this.leading = true;
      this.schedule(0);
      return held;
    }).catch(() => undefined); // withdrawn before it was granted
  }

  /** Lets the connection go (hidden, or the last listener left): a visible tab waiting for it takes over. */
  private resign(): void {
    const leadership = this.leadership;
    this.leadership = undefined;
    this.leading = !this.locks;
    this.stop();
    leadership?.abort.abort();
    leadership?.release();
  }

  private get state(): CursorState {
    return {
      mode: this.mode,
      lastEventId: this.lastEventId,
      etag: this.etag,
      lastPollAt: this.lastPollAt,
      broken: this.broken,
    };
  }

  private tell(message: TabMessage): void {
    this.tabs?.postMessage(message);
  }

  /** The leader's cursor moved: the other tabs keep it, to resume from it when one of them takes over. */
  private share(): void {
    if (this.leading && this.tabs) this.tell({ kind: 'state', state: this.state });
  }

  /** A message from another tab of this base. */
  private heard(message: TabMessage | undefined): void {
    if (message?.kind === 'hello') return this.share();
    if (this.leading || (message?.kind !== 'event' && message?.kind !== 'state')) return;
    const { mode, lastEventId, etag, lastPollAt } = message.state ?? {};
    if (mode === 'stream' || mode === 'poll') this.mode = mode;
    if (typeof lastEventId === 'string') this.lastEventId = lastEventId;
    if (typeof etag === 'string' || etag === undefined) this.etag = etag;
    if (typeof lastPollAt === 'number') this.lastPollAt = Math.max(this.lastPollAt, lastPollAt);
    if (typeof message.state?.broken === 'boolean') this.setBroken(message.state.broken);
    if (message.kind === 'event' && typeof message.event?.type === 'string') this.dispatch(message.event);
  }

  private get client(): ApiClient | undefined {
    return this.listeners.values().next().value?.client;
  }

  private get pollInterval(): number {
    let interval = DEFAULT_POLL_INTERVAL_MS;
    for (const listener of this.listeners)
      if (listener.pollInterval !== undefined && listener.pollInterval > 0)
        interval = Math.min(interval, listener.pollInterval);
    return interval;
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  /**
   * Connects (or polls) after `delay` ms — hidden: stops instead, and a `visibilitychange` to visible calls this
   * again. A poll never comes sooner than its interval after the last one.
   */
  private schedule(delay: number): void {
    if (this.listeners.size === 0) return;
    if (document.visibilityState === 'hidden' || !this.leading) return this.stop();
    if (this.abort && delay === 0) return; // connected or polling now: nothing to do
    this.stop();
    if (this.mode === 'poll' && this.failures === 0)
      delay = Math.max(delay, this.lastPollAt + this.pollInterval - Date.now());
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        void (this.mode === 'stream' ? this.connect() : this.poll());
      },
      Math.max(0, delay),
    );
  }

  /** Says the connection's state to the listeners (and, from the leader, to the other tabs) when it changes. */
  private setBroken(broken: boolean): void {
    if (this.broken === broken) return;
    this.broken = broken;
    for (const listener of [...this.listeners]) listener.onStatus?.(broken ? 'broken' : 'connected');
    this.share();
  }

  /** The delay after the n-th failure in a row: the base doubled, capped. */
  private backoff(base: number): number {
    this.failures += 1;
    if (this.failures >= BROKEN_AFTER_FAILURES) this.setBroken(true);
    return Math.min(MAX_BACKOFF_MS, base * 2 ** Math.min(this.failures - 1, 10));
  }

  /** Hands an event from the server to this page's listeners and, from the leader, to the other tabs. */
  private deliver(event: LiveEvent): void {
    if (this.leading) this.tell({ kind: 'event', event, state: this.state });
    this.dispatch(event);
  }

  private dispatch(event: LiveEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener.onEvent(event);
      } catch (error) {
        // One listener's failure must not stop the others (nor the connection).
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Opens the event stream and reads it until it ends; then reconnects (or falls back to polling). */
  private async connect(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const abort = new AbortController();
    this.abort = abort;
    const started = Date.now();
    let next: number;
    try {
      const response = await client.request({
        raw: true,
        path: 'events',
        signal: abort.signal,
        headers: {
          Accept: 'text/event-stream',
          ...(this.lastEventId === undefined ? {} : { 'Last-Event-ID': this.lastEventId }),
        },
      });
      if (!/^text\/event-stream/i.test(response.headers.get('Content-Type') ?? '') || !response.body) {
        void response.body?.cancel();
        return this.fallBack(abort);
      }
      this.setBroken(false);
      await this.read(response.body, abort.signal);
      next =
        Date.now() - started >= HEALTHY_STREAM_MS ? ((this.failures = 0), this.retryMs) : this.backoff(this.retryMs);
    } catch (error) {
      if (this.abort !== abort || abort.signal.aborted) return; // stopped: hidden, or the last listener left
      if (isApiError(error) && error.status !== undefined && NO_STREAM.has(error.status)) return this.fallBack(abort);
      if (isApiError(error) && error.retryAfter !== undefined) {
        next = error.retryAfter * 1000;
        this.backoff(0); // counted as a failure, waiting as the server asks
      } else next = this.backoff(this.retryMs);
    }
    if (this.abort !== abort) return;
    this.abort = undefined;
    this.schedule(next);
  }

  /** The server has no event stream: poll from now on. */
  private fallBack(abort: AbortController): void {
    if (this.abort !== abort) return;
    this.abort = undefined;
    this.mode = 'poll';
    this.failures = 0;
    this.share();
    this.schedule(0);
  }

  /** Parses `text/event-stream` (WHATWG HTML §9.2.6) and dispatches each complete event. */
  private async read(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<void> {
    const reader = body.getReader();
    const stop = (): void => void reader.cancel().catch(() => undefined);
    signal.addEventListener('abort', stop, { once: true });
    const decoder = new TextDecoder();
    let buffer = '';
    let data: string[] = [];
    let type = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        const lines = buffer.split(/\r\n|\r|\n/);
        // A trailing "\r" may be the first half of "\r\n": keep it with the unfinished line.
        buffer = lines.pop()!;
        for (const line of lines) {
          if (line === '') {
            if (data.length > 0) this.emit(type || 'message', data.join('\n'));
            [data, type] = [[], ''];
            continue;
          }
          const colon = line.indexOf(':');
          if (colon === 0) continue; // a comment (keep-alive)
          const field = colon < 0 ? line : line.slice(0, colon);
          let value = colon < 0 ? '' : line.slice(colon + 1);
          if (value.startsWith(' ')) value = value.slice(1);
          if (field === 'data') data.push(value);
          else if (field === 'event') type = value;
          else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
          else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Math.max(1000, Number(value));
        }
      }
    } finally {
      signal.removeEventListener('abort', stop);
    }
  }

  private emit(type: string, text: string): void {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return; // not JSON: no listener could read it
    }
    this.failures = 0;
    this.deliver({ type, id: this.lastEventId ?? '', data });
  }

  /** One conditional poll: the changes after the last cursor, or 304 when nothing changed. */
  private async poll(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const abort = new AbortController();
    this.abort = abort;
    this.lastPollAt = Date.now();
    let next = this.pollInterval;
    try {
      const response = await client.request({
        raw: true,
        path: 'events',
        signal: abort.signal,
        query: { since: this.lastEventId },
        headers: this.etag === undefined ? {} : { 'If-None-Match': this.etag },
      });
      if (response.status !== 304) {
        const page = (await response.json()) as { events?: unknown; cursor?: unknown };
        if (!Array.isArray(page.events) || typeof page.cursor !== 'string') throw new TypeError('Not an event page');
        const first = this.lastEventId === undefined;
        this.lastEventId = page.cursor;
        this.etag = response.headers.get('ETag') ?? undefined;
        if (!first)
          for (const item of page.events as Array<Partial<LiveEvent>>)
            if (typeof item?.type === 'string' && typeof item.id === 'string')
              this.deliver({ type: item.type, id: item.id, data: item.data });
      }
      this.failures = 0;
      this.setBroken(false);
      this.share();
    } catch (error) {
      if (this.abort !== abort || abort.signal.aborted) return;
      next =
        isApiError(error) && error.retryAfter !== undefined
          ? Math.max(error.retryAfter * 1000, next)
          : this.backoff(next);
    }
    if (this.abort !== abort) return;
    this.abort = undefined;
    this.schedule(next);
  }
}

/** The page's channels by absolute API base. */
const channels = new Map<string, Channel>();

/**
 * Listens to the page's live updates from the API at `baseUrl`: the first listener of a base opens its one
 * connection, the last one to leave closes it. Returns the function that stops this listener.
 */
export function subscribeLiveUpdates(subscription: LiveSubscription): () => void {
  const key = new URL(subscription.baseUrl, document.baseURI).href.replace(/\/*$/, '/');
  let channel = channels.get(key);
  if (!channel) {
    channel = new Channel(key, () => channels.delete(key));
    channels.set(key, channel);
  }
  const listener = { ...subscription };
  const joined = channel;
  joined.add(listener);
  return () => joined.remove(listener);
}

/**
 * How many channels the page has: one per API base with listeners (each holds the connection, or follows the tab
 * that holds it).
 */
export function liveChannelCount(): number {
  return channels.size;
}
