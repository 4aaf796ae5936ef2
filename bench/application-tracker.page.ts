/**
 * The page bench/application-tracker.ts opens in headless Chromium: the tracker on the mock backend with
 * 10 000 applications. `window.__trackerBench()` runs it once and resolves its figures (the driver calls it once its
 * own script is in the page, so that work does not fall into the measured time).
 *
 * `?api=<base>`: the tracker talks to that backend over real HTTP (the mock served from Node,
 * mocks/server/http-server.ts, its index built there before the run); without it, to the mock in a service worker
 * answering on this page's main thread (MSW).
 */
import { ContextProvider } from '@lit/context';
import { sessionContext, type Session } from '../components/core/session/session-context.js';
import '../components/application-tracker/gu-application-tracker.js';

/**
 * When the frame showing what `done` waits for has been painted: watches the shadow root until `done()` holds and
 * nothing in it is busy, then waits for the next frame — a task queued from its requestAnimationFrame callback runs
 * once that frame's style, layout, paint and commit are done (the usual «after next paint»).
 */
function painted(root: ShadowRoot, done: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const ready = () => done() && !root.querySelector('[aria-busy]');
    const paint = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    if (ready()) return paint();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      paint();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/** The mock in a service worker (MSW) on this page; returns its main-thread time per request. */
async function inPageMock(): Promise<{ url: string; ms: number }[]> {
  // Loaded only for this run: over HTTP the page carries no mock (its 10 000 records would weigh on the heap).
  const [{ startMockWorker }, { setScenario }, { DEFAULT_PERSON_ID, getDb }, { applicationIndex, sortedApplications }] =
    await Promise.all([
      import('../mocks/browser.js'),
      import('../mocks/scenarios.js'),
      import('../mocks/db/index.js'),
      import('../mocks/db/application-index.js'),
    ]);
  const worker = await startMockWorker({ quiet: true });
  // The mock's own time on the page's main thread: from MSW taking the request to the mocked response handed back.
  const mockStarted = new Map<string, number>();
  const mockMs: { url: string; ms: number }[] = [];
  worker.events.on('request:start', ({ requestId }) => void mockStarted.set(requestId, performance.now()));
  worker.events.on('request:end', ({ requestId, request }) => {
    const at = mockStarted.get(requestId);
    if (at !== undefined) mockMs.push({ url: request.url, ms: performance.now() - at });
  });
  setScenario('large');
  // A real backend's list index exists before the first request: build the mock's (mocks/db/application-index.ts)
  // now, not inside the measured request.
  sortedApplications(applicationIndex(getDb(), DEFAULT_PERSON_ID), '-submittedAt');
  return mockMs;
}

async function run(): Promise<Record<string, number>> {
  const params = new URLSearchParams(location.search);
  const httpApi = params.get('api');
  const pageSize = Number(params.get('rows') ?? 50);
  // Over real HTTP the mock answers in Node, off this page: nothing of it to time here.
  const mockMs = httpApi ? [] : await inPageMock();
  const host = document.getElementById('host')!;
  // The page itself is on screen first (as a portal page is when the widget mounts).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const session = {
    status: 'signed-in',
    level: 'confirmed',
    apiBase: httpApi ?? '/api',
    // Any bearer token is the default citizen, in the service worker and over HTTP alike.
    apiAuth: { getAccessToken: () => 'bench-token' },
  } as unknown as Session;
  new ContextProvider(host, { context: sessionContext, initialValue: session });

  // Fetch timing of the list request, so render time can be told apart from the mock's answer.
  const observed: PerformanceResourceTiming[] = [];
  new PerformanceObserver((list) => observed.push(...(list.getEntries() as PerformanceResourceTiming[]))).observe({
    type: 'resource',
  });

  const started = performance.now();
  performance.mark('tracker:mount');
  const tracker = document.createElement('gu-application-tracker');
  tracker.pageSize = pageSize;
  tracker.pollInterval = 0;
  host.append(tracker);
  const root = tracker.shadowRoot!;
  // The widget's first frame (heading, search, sort and the loading state), then the list's.
  const shellPaint = painted(root, () => root.querySelector('#heading') !== null);
  const firstPaint = await painted(root, () => root.querySelectorAll('ol.rows > li').length === pageSize);
  const listResponse = observed.find((e) => /\/api\/applications\?/.test(e.name));

  // Filter: once the filters panel and its agencies are in (they load after the list, which never waits for them),
  // tick one status and wait for the filtered page to be painted.
  const panel = () => root.querySelector('gu-application-filters')?.shadowRoot;
  // (Not timed: the panel's own shadow root, which painted() does not watch.)
  while ((panel()?.querySelector('#agency')?.querySelectorAll('option').length ?? 0) < 2)
    await new Promise((resolve) => setTimeout(resolve, 10));
  await painted(root, () => true);
  const box = panel()!.querySelector<HTMLInputElement>('.statuses input')!;
  const before = root.querySelector('ol.rows button.open')!.getAttribute('data-id');
  performance.mark('tracker:painted');
  const filterStarted = performance.now();
  performance.mark('tracker:filter');
  box.click();
  const filtered = await painted(
    root,
    () => root.querySelector('ol.rows button.open')?.getAttribute('data-id') !== before,
  );
  performance.mark('tracker:filtered');
  const filterResponse = observed.filter((e) => /\/api\/applications\?/.test(e.name)).at(-1);
  return {
    firstPaintMs: firstPaint - started,
    firstPaintRenderMs: listResponse ? firstPaint - listResponse.responseEnd : NaN,
    filterMs: filtered - filterStarted,
    filterRenderMs: filterResponse ? filtered - filterResponse.responseEnd : NaN,
    rows: root.querySelectorAll('ol.rows > li').length,
    firstPaintMockMs: mockMs.find((m) => /\/api\/applications\?/.test(m.url))?.ms ?? NaN,
    filterMockMs: mockMs.filter((m) => /\/api\/applications\?/.test(m.url)).at(-1)?.ms ?? NaN,
    listResponseAt: listResponse ? listResponse.responseEnd - started : NaN,
    listRequestAt: listResponse ? listResponse.startTime - started : NaN,
    listFirstByteAt: listResponse?.responseStart ? listResponse.responseStart - started : NaN,
    shellPaintMs: (await shellPaint) - started,
  };
}

(window as unknown as { __trackerBench: () => Promise<Record<string, number>> }).__trackerBench = run;
