/**
 * Shared by the live-updates tests across tabs and the cost test: a server the test scripts (the clients' `fetch`:
 * every request recorded, a stream's body written by the test) and "tabs" — this page, and same-origin iframes, each
 * with its OWN instance of core/api (its own module graph, timers, clock and visibility), sharing Web Locks and
 * BroadcastChannel with this page as the tabs of a browser do.
 */
import { createApiClient, type ApiClient } from '../../../components/core/api/request.js';
import * as liveUpdates from '../../../components/core/api/live-updates.js';

export interface Call {
  url: URL;
  headers: Headers;
  signal: AbortSignal | null | undefined;
  /** Which tab sent it. */
  tab: string;
  /** For a stream: writes text into its body. */
  write(text: string): void;
  end(): void;
}

export type Answer = (call: Call) => Response | 'stream';

/** A server the test scripts: `answer` decides each response (changeable between steps). */
export class ScriptedServer {
  readonly calls: Call[] = [];
  constructor(public answer: Answer) {}

  /** The fetch of one tab's client. */
  fetchFor(tab: string): typeof fetch {
    const encoder = new TextEncoder();
    return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      let controller!: ReadableStreamDefaultController<Uint8Array>;
      const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
      const call: Call = {
        url: new URL(String(input), location.href),
        headers: new Headers(init?.headers),
        signal: init?.signal,
        tab,
        write: (text) => controller.enqueue(encoder.encode(text)),
        end: () => controller.close(),
      };
      init?.signal?.addEventListener('abort', () => {
        try {
          controller.error(new DOMException('aborted', 'AbortError'));
        } catch {
          // closed already
        }
      });
      this.calls.push(call);
      const result = this.answer(call);
      if (result !== 'stream') return result;
      return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
    };
  }

  /** The event-stream requests, and the polls. */
  streams(): Call[] {
    return this.calls.filter((call) => call.headers.get('Accept') === 'text/event-stream');
  }
  polls(): Call[] {
    return this.calls.filter((call) => call.headers.get('Accept') !== 'text/event-stream');
  }
  /** The streams still open (not aborted by their tab). */
  openStreams(): Call[] {
    return this.streams().filter((call) => !call.signal?.aborted);
  }
}

/** An answer without an event stream: polling, `cursor` read at each call, 304 while the ETag matches. */
export function pollingAnswer(cursor: () => number): Answer {
  return (call) => {
    if (call.headers.get('Accept') === 'text/event-stream') return new Response(null, { status: 404 });
    const now = cursor();
    const etag = `"v${now}"`;
    if (call.headers.get('If-None-Match') === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
    const since = Number(call.url.searchParams.get('since') ?? now);
    const events = [];
    for (let id = since + 1; id <= now; id += 1) events.push({ id: String(id), type: 'x', data: { n: id } });
    return Response.json({ events, cursor: String(now) }, { headers: { ETag: etag } });
  };
}

type LiveModule = typeof liveUpdates;

/** One tab: its window, its own live-updates module and API client, and its visibility. */
export interface Tab {
  name: string;
  window: Window;
  live: LiveModule;
  client: ApiClient;
  setVisibility(state: 'hidden' | 'visible'): void;
  /** Subscribes a listener of `/live-api` in this tab; the events it receives are collected in `events`. */
  listen(options?: { pollInterval?: number }): { events: liveUpdates.LiveEvent[]; stop: () => void };
  remove(): void;
}

function makeTab(name: string, win: Window, live: LiveModule, client: ApiClient, remove: () => void): Tab {
  const stops: Array<() => void> = [];
  return {
    name,
    window: win,
    live,
    client,
    setVisibility(state) {
      Object.defineProperty(win.document, 'visibilityState', { configurable: true, get: () => state });
      win.document.dispatchEvent(new (win as unknown as typeof globalThis).Event('visibilitychange'));
    },
    listen(options = {}) {
      const events: liveUpdates.LiveEvent[] = [];
      const stop = live.subscribeLiveUpdates({
        client,
        baseUrl: '/live-api',
        onEvent: (event) => events.push(event),
        ...options,
      });
      stops.push(stop);
      return { events, stop };
    },
    remove() {
      for (const stop of stops.splice(0)) stop();
      delete (win.document as { visibilityState?: unknown }).visibilityState;
      remove();
    },
  };
}

/** This page as a tab. */
export function thisTab(server: ScriptedServer): Tab {
  const client = createApiClient({
    baseUrl: '/live-api',
    auth: { getAccessToken: () => 'token-1' },
    fetch: server.fetchFor('top'),
  });
  return makeTab('top', window, liveUpdates, client, () => undefined);
}

/**
 * Another tab: a same-origin iframe that loads core/api itself (its own module instances). `before` runs in the
 * frame's window before the modules load (e.g. to take Web Locks away, or install a fake clock).
 */
export async function otherTab(server: ScriptedServer, name: string, before?: (win: Window) => void): Promise<Tab> {
  const frame = document.createElement('iframe');
  frame.title = name;
  frame.srcdoc = '<!doctype html><title>tab</title>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { eval(code: string): unknown };
  before?.(win);
  const [live, request] = (await win.eval(
    "Promise.all([import('/components/core/api/live-updates.ts'), import('/components/core/api/request.ts')])",
  )) as [LiveModule, { createApiClient: typeof createApiClient }];
  const client = request.createApiClient({
    baseUrl: '/live-api',
    auth: { getAccessToken: () => 'token-1' },
    fetch: server.fetchFor(name),
  });
  return makeTab(name, win, live, client, () => frame.remove());
}
