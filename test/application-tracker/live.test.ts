/**
 * Live status over the page's one live-updates channel (issue 12, defect 5): one event stream per page however many
 * trackers listen, nothing while the page is hidden, conditional polling with If-None-Match where the server has no
 * stream, and a change is applied and announced. Nothing here waits for a timer of the widget: the test pushes the
 * changes into the mock (pushStatusChange) and counts the requests the mock backend sees.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { useMockBackend } from '../helpers/mock-backend.js';
import { recordAnnouncements } from '../helpers/perceive.js';
import { getDb } from '../../mocks/db/index.js';
import { pushStatusChange } from '../../mocks/db/application-extras.js';
import { openLiveStreams } from '../../mocks/db/live-events.js';
import { liveChannelCount } from '../../components/core/api/live-updates.js';
import type { ApplicationStatus } from '../../components/application-tracker/api.js';
import { mountTracker, until, type Harness } from './harness.js';

type Worker = Awaited<ReturnType<typeof useMockBackend>>;

interface Seen {
  url: URL;
  headers: Headers;
}

/** Every /api/events request the mock backend receives, and the status of each answer. */
function countEvents(worker: Worker): { requests: Seen[]; statuses: number[]; stop(): void } {
  const requests: Seen[] = [];
  const statuses: number[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/events') requests.push({ url, headers: request.headers });
  };
  const onResponse = ({ request, response }: { request: Request; response: Response }) => {
    if (new URL(request.url).pathname === '/api/events') statuses.push(response.status);
  };
  worker.events.on('request:start', onRequest);
  worker.events.on('response:mocked', onResponse);
  return {
    requests,
    statuses,
    stop() {
      worker.events.removeListener('request:start', onRequest);
      worker.events.removeListener('response:mocked', onResponse);
    },
  };
}

const isStream = (seen: Seen) => (seen.headers.get('Accept') ?? '').includes('text/event-stream');

/** Makes the page look hidden or visible to the Page Visibility API, as switching tabs does. */
function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

function restoreVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
  delete (document as { hidden?: unknown }).hidden;
}

/** The next status of an application in the list (any other one). */
function nextStatus(id: string): { number: string; next: ApplicationStatus } {
  const application = getDb().applications.find((a) => a.id === id)!;
  return { number: application.number, next: application.status === 'approved' ? 'done' : 'approved' };
}

const statusOfRow = (h: Harness, id: string) =>
  h
    .rowButtons()
    .find((b) => b.dataset['id'] === id)
    ?.closest('li')
    ?.querySelector('.badge')?.textContent;

describe('gu-application-tracker: live status over the page channel', () => {
  let worker: Worker;
  let counter: ReturnType<typeof countEvents> | undefined;
  beforeEach(async () => {
    worker = await useMockBackend('default');
  });
  afterEach(() => {
    counter?.stop();
    restoreVisibility();
  });

  it('two trackers on a page share one stream; a change reaches both and is announced', async () => {
    counter = countEvents(worker);
    const first = await mountTracker({ pollInterval: 60_000 });
    const second = document.createElement('gu-application-tracker');
    second.pollInterval = 60_000;
    first.wrapper.append(second);
    await first.waitForList();
    await until(() => second.shadowRoot?.querySelector('ol.rows:not([aria-busy])'), 8000, 'the second list');
    await until(() => openLiveStreams() === 1, 8000, 'the stream open');
    expect(liveChannelCount(), 'connections of the page').to.equal(1);

    const id = first.rowButtons()[0]!.dataset['id']!;
    const { number, next } = nextStatus(id);
    const said = recordAnnouncements();
    pushStatusChange(id, next, 'Решение принято');
    await said.until(number);
    said.stop();
    expect(said.said.find((line) => line.includes(number))).to.match(/новый статус|Одобрено|Услуга оказана/);
    await until(() => statusOfRow(first, id) !== undefined && /Одобрено|Услуга оказана/.test(statusOfRow(first, id)!));
    const secondRow = second.shadowRoot!.querySelector(`button.open[data-id="${id}"]`)!.closest('li')!;
    await until(() => /Одобрено|Услуга оказана/.test(secondRow.querySelector('.badge')!.textContent!), 4000, 'both');
    expect(counter.requests.filter(isStream), 'event streams opened').to.have.length(1);
    expect(counter.requests.length, 'requests to /api/events').to.equal(1);
  });

  it('while the page is hidden: the stream is closed and nothing is asked; shown again, it catches up', async () => {
    counter = countEvents(worker);
    const h = await mountTracker({ pollInterval: 60_000 });
    await h.waitForList();
    await until(() => openLiveStreams() === 1, 8000, 'the stream open');
    // A first change, heard: the stream is read from (and its cursor known) before the page is hidden.
    const [firstId, id] = h.rowButtons().map((button) => button.dataset['id']!);
    const before = recordAnnouncements();
    const heard = nextStatus(firstId!);
    pushStatusChange(firstId!, heard.next);
    await before.until(heard.number);
    before.stop();
    const { number, next } = nextStatus(id!);

    setVisibility('hidden');
    await until(() => openLiveStreams() === 0, 8000, 'the stream closed while hidden');
    const whileHidden = counter.requests.length;
    pushStatusChange(id!, next); // happens while nobody looks
    // Longer than the stream's reconnection delay would be after a failure is not needed: nothing may run at all.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(counter.requests.length, 'requests while hidden').to.equal(whileHidden);

    const said = recordAnnouncements();
    setVisibility('visible');
    await until(() => counter!.requests.length === whileHidden + 1, 8000, 'the stream reopened');
    const reopened = counter.requests.at(-1)!;
    expect(isStream(reopened)).to.equal(true);
    expect(reopened.headers.get('Last-Event-ID'), 'Last-Event-ID on reconnection').to.match(/^\d+$/);
    await said.until(number); // the change made while hidden is replayed and announced
    said.stop();
  });

  it('without a stream it polls with If-None-Match: 304 while nothing changed, then the change', async () => {
    // A server (or proxy) that cannot stream: 406 to text/event-stream, JSON polling works.
    worker.use(
      http.get('*/api/events', ({ request }) =>
        (request.headers.get('Accept') ?? '').includes('text/event-stream')
          ? HttpResponse.json({ code: 'not-acceptable', message: 'No streams here.' }, { status: 406 })
          : undefined,
      ),
    );
    counter = countEvents(worker);
    const h = await mountTracker({ pollInterval: 50 }); // the page's poll interval, short for the test
    await h.waitForList();
    await until(() => counter!.statuses.includes(304), 8000, 'a 304');
    const polls = counter.requests.filter((seen) => !isStream(seen));
    const conditional = polls.find((seen) => seen.headers.get('If-None-Match'));
    expect(conditional, 'a poll with If-None-Match').to.exist;
    expect(conditional!.headers.get('If-None-Match')).to.match(/^"events-\d+"$/);
    expect(conditional!.url.searchParams.get('since')).to.match(/^\d+$/);

    const id = h.rowButtons()[0]!.dataset['id']!;
    const { number, next } = nextStatus(id);
    const said = recordAnnouncements();
    pushStatusChange(id, next);
    await said.until(number);
    said.stop();
  });

  it('removed, the tracker leaves no stream open in the mock and no connection in the page', async () => {
    const h = await mountTracker({ pollInterval: 60_000 });
    await h.waitForList();
    await until(() => openLiveStreams() === 1, 8000, 'the stream open');
    h.tracker.remove();
    await until(() => openLiveStreams() === 0, 8000, 'the stream closed');
    expect(liveChannelCount()).to.equal(0);
  });
});
