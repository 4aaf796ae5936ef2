/**
 * core/api/live-updates.ts with a scripted server (the client's `fetch`): the event-stream parser, one connection
 * per base, Last-Event-ID on reconnection, the fall-back to conditional polling, and nothing while hidden. The test
 * drives the server; it waits for states, never for the module's timers.
 */
import { expect } from '@open-wc/testing';
import { until } from '../../helpers/until.js';
import { createApiClient } from '../../../components/core/api/request.js';
import { liveChannelCount, subscribeLiveUpdates, type LiveEvent } from '../../../components/core/api/live-updates.js';

interface Call {
  url: URL;
  headers: Headers;
  signal: AbortSignal | null | undefined;
  /** For a stream: writes text into its body. */
  write(text: string): void;
  end(): void;
}

/** A server the test scripts: every request is recorded; `answer` decides the response. */
function scriptedServer(answer: (call: Call) => Response | 'stream') {
  const calls: Call[] = [];
  const encoder = new TextEncoder();
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    const call: Call = {
      url: new URL(String(input), location.href),
      headers: new Headers(init?.headers),
      signal: init?.signal,
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
    calls.push(call);
    const result = answer(call);
    if (result !== 'stream') return result;
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
  };
  const client = createApiClient({ baseUrl: '/live-api', auth: { getAccessToken: () => 'token-1' }, fetch });
  return { calls, client };
}

function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('core/api live updates', () => {
  const stops: Array<() => void> = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('parses events split anywhere across chunks, with the token, and shares one connection per base', async () => {
    const server = scriptedServer(() => 'stream');
    const first: LiveEvent[] = [];
    const second: LiveEvent[] = [];
    stops.push(subscribeLiveUpdates({ client: server.client, baseUrl: '/live-api', onEvent: (e) => first.push(e) }));
    stops.push(subscribeLiveUpdates({ client: server.client, baseUrl: '/live-api/', onEvent: (e) => second.push(e) }));
    await until(() => server.calls.length === 1, 'the stream');
    const [call] = server.calls;
    expect(call!.url.pathname).to.equal('/live-api/events');
    expect(call!.headers.get('Accept')).to.equal('text/event-stream');
    expect(call!.headers.get('Authorization')).to.equal('Bearer token-1');
    expect(liveChannelCount()).to.equal(1);
    call!.write('retry: 2000\n\nid: 7\n\n: keep-alive\r\n\r\nid: 8\nevent: application-st');
    call!.write('atus\ndata: {"a":');
    call!.write('1}\r');
    call!.write('\n\r\nevent: other\ndata: {"b":2}\ndata: \n\n');
    call!.write('data: not json\n\n');
    await until(() => second.length === 2, 'two events');
    expect(first).to.deep.equal([
      { type: 'application-status', id: '8', data: { a: 1 } },
      { type: 'other', id: '8', data: { b: 2 } },
    ]);
    expect(second).to.deep.equal(first);
    expect(server.calls).to.have.length(1);
  });

  it('reconnects with Last-Event-ID when the stream ends; the last listener to leave closes it', async () => {
    const server = scriptedServer(() => 'stream');
    const stop = subscribeLiveUpdates({ client: server.client, baseUrl: '/live-api', onEvent: () => undefined });
    await until(() => server.calls.length === 1, 'the stream');
    server.calls[0]!.write('retry: 1000\n\nid: 41\nevent: x\ndata: {}\n\n');
    server.calls[0]!.end();
    await until(() => server.calls.length === 2, 'the reconnection', 10_000);
    expect(server.calls[1]!.headers.get('Last-Event-ID')).to.equal('41');
    stop();
    expect(server.calls[1]!.signal?.aborted, 'the stream is aborted').to.equal(true);
    expect(liveChannelCount()).to.equal(0);
  });

  it('without a stream it polls: since, If-None-Match, 304 — and nothing while the page is hidden', async () => {
    let cursor = 5;
    const server = scriptedServer((call) => {
      if (call.headers.get('Accept') === 'text/event-stream') return new Response(null, { status: 404 });
      const etag = `"v${cursor}"`;
      if (call.headers.get('If-None-Match') === etag)
        return new Response(null, { status: 304, headers: { ETag: etag } });
      const since = Number(call.url.searchParams.get('since') ?? cursor);
      const events = cursor > since ? [{ id: String(cursor), type: 'application-status', data: { n: cursor } }] : [];
      return Response.json({ events, cursor: String(cursor) }, { headers: { ETag: etag } });
    });
    const seen: LiveEvent[] = [];
    stops.push(
      subscribeLiveUpdates({
        client: server.client,
        baseUrl: '/live-api',
        pollInterval: 20,
        onEvent: (e) => seen.push(e),
      }),
    );
    const polls = () => server.calls.filter((call) => call.headers.get('Accept') !== 'text/event-stream');
    await until(() => polls().length >= 2, 'two polls');
    expect(polls()[0]!.url.searchParams.has('since'), 'the first poll takes the cursor').to.equal(false);
    expect(polls()[1]!.headers.get('If-None-Match')).to.equal('"v5"');
    expect(polls()[1]!.url.searchParams.get('since')).to.equal('5');
    cursor = 6;
    await until(() => seen.length === 1, 'the change');
    expect(seen[0]).to.deep.equal({ type: 'application-status', id: '6', data: { n: 6 } });

    setVisibility('hidden');
    const whileHidden = server.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 200)); // ten poll intervals
    expect(server.calls.length, 'requests while hidden').to.equal(whileHidden);
    setVisibility('visible');
    await until(() => server.calls.length > whileHidden, 'polling again once visible');
  });

  it('polls at most once a minute by default', async () => {
    const server = scriptedServer((call) =>
      call.headers.get('Accept') === 'text/event-stream'
        ? Response.json({ not: 'a stream' })
        : Response.json({ events: [], cursor: '1' }, { headers: { ETag: '"1"' } }),
    );
    stops.push(subscribeLiveUpdates({ client: server.client, baseUrl: '/live-api', onEvent: () => undefined }));
    await until(() => server.calls.length === 2, 'the stream refused, the first poll');
    // Visibility changes do not make it poll sooner than its interval.
    setVisibility('hidden');
    setVisibility('visible');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.calls).to.have.length(2);
  });
});
