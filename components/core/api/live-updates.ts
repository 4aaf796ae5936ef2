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
}

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

/** The connection of one API base, shared by its listeners. */
class Channel {
  readonly listeners = new Set<LiveSubscription>();
  private mode: 'stream' | 'poll' = 'stream';
  private lastEventId: string | undefined;
  private etag: string | undefined;
  private retryMs = DEFAULT_RETRY_MS;
  private failures = 0;
  private lastPollAt = 0;
  private abort: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onVisibility = (): void => this.schedule(0);

  constructor(private readonly close: () => void) {}

  add(listener: LiveSubscription): void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      document.addEventListener('visibilitychange', this.onVisibility);
      this.schedule(0);
    }
  }

  remove(listener: LiveSubscription): void {
    if (!this.listeners.delete(listener) || this.listeners.size > 0) return;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
    this.close();
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
    if (document.visibilityState === 'hidden') return this.stop();
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

  /** The delay after the n-th failure in a row: the base doubled, capped. */
  private backoff(base: number): number {
    this.failures += 1;
    return Math.min(MAX_BACKOFF_MS, base * 2 ** Math.min(this.failures - 1, 10));
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
      await this.read(response.body, abort.signal);
      next =
        Date.now() - started >= HEALTHY_STREAM_MS ? ((this.failures = 0), this.retryMs) : this.backoff(this.retryMs);
    } catch (error) {
      if (this.abort !== abort || abort.signal.aborted) return; // stopped: hidden, or the last listener left
      if (isApiError(error) && error.status !== undefined && NO_STREAM.has(error.status)) return this.fallBack(abort);
      if (isApiError(error) && error.retryAfter !== undefined) next = error.retryAfter * 1000;
      else next = this.backoff(this.retryMs);
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
    this.dispatch({ type, id: this.lastEventId ?? '', data });
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
              this.dispatch({ type: item.type, id: item.id, data: item.data });
      }
      this.failures = 0;
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
    channel = new Channel(() => channels.delete(key));
    channels.set(key, channel);
  }
  const listener = { ...subscription };
  const joined = channel;
  joined.add(listener);
  return () => joined.remove(listener);
}

/** How many connections (channels) the page has open: one per API base with listeners. */
export function liveChannelCount(): number {
  return channels.size;
}
