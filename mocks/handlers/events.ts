/**
 * GET /events — the page's one live-updates channel (mocks/db/live-events.ts holds the log; `application-status`
 * events come from the applications' changes, `payment-status` ones from mocks/payments/payments.ts when a pending
 * payment settles — completed, declined or cancelled): a server-sent event
 * stream for `Accept: text/event-stream` (MSW streams a ReadableStream body in the browser worker and in Node), the
 * changes after `since` as JSON with an ETag otherwise (304 for a matching `If-None-Match`).
 */
import { HttpResponse } from 'msw';
import { liveCursor, liveEventsSince, onLiveEvent, type LiveEventRecord } from '../db/live-events.js';
import { citizenOf, errorResponse, http } from './support.js';

/** The reconnection delay the stream asks for (`retry:`), in ms. */
export const EVENT_STREAM_RETRY_MS = 5000;
/** A comment line keeps idle connections open through proxies. */
const KEEP_ALIVE_MS = 30_000;
const CURSOR = /^\d{1,15}$/;

const frame = (event: LiveEventRecord): string =>
  `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;

/**
 * The event stream of one connection: the changes after `lastEventId` (a reconnection), then the current cursor as
 * an `id:` line without data, then every change of the owner as it happens. It ends when the client goes away
 * (the body is cancelled, or the request aborted).
 */
function eventStream(request: Request, ownerId: string, lastEventId: string | undefined): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stop = (): void => undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string): void => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop(); // closed under us
        }
      };
      let head = `retry: ${EVENT_STREAM_RETRY_MS}\n\n`;
      if (lastEventId !== undefined) head += liveEventsSince(ownerId, lastEventId).map(frame).join('');
      send(`${head}id: ${liveCursor()}\n\n`);
      const unsubscribe = onLiveEvent((event) => {
        if (event.ownerId === ownerId) send(frame(event));
      });
      let keepAlive: ReturnType<typeof setTimeout> | undefined;
      const beat = (): void => {
        keepAlive = setTimeout(() => {
          send(': keep-alive\n\n');
          beat();
        }, KEEP_ALIVE_MS);
      };
      beat();
      stop = () => {
        unsubscribe();
        clearTimeout(keepAlive);
        stop = () => undefined;
      };
      request.signal?.addEventListener('abort', () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      stop();
    },
  });
}

/** Handlers of the live-updates channel. */
export const eventHandlers = [
  http.get('/events', ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    const url = new URL(request.url);
    const since = url.searchParams.get('since');
    const lastEventId = request.headers.get('Last-Event-ID') ?? undefined;
    const fields = [
      ...(since !== null && !CURSOR.test(since) ? [{ field: 'since', code: 'invalid' }] : []),
      ...(lastEventId !== undefined && !CURSOR.test(lastEventId) ? [{ field: 'Last-Event-ID', code: 'invalid' }] : []),
    ];
    if (fields.length > 0) return response.untyped(errorResponse(request, 400, 'validation-failed', { fields }));
    if ((request.headers.get('Accept') ?? '').includes('text/event-stream'))
      return response.untyped(
        new HttpResponse(eventStream(request as Request, ownerId, lastEventId), {
          status: 200,
          headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' },
        }) as never,
      );
    const cursor = liveCursor();
    const etag = `"events-${cursor}"`;
    const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
    if (request.headers.get('If-None-Match') === etag)
      return response.untyped(new HttpResponse(null, { status: 304, headers }) as never);
    const events =
      since === null ? [] : liveEventsSince(ownerId, since).map(({ id, type, data }) => ({ id, type, data }));
    return response.untyped(HttpResponse.json({ events, cursor }, { headers }) as never);
  }),
];
