/**
 * The page bench/application-tracker.ts opens in headless Chromium: the tracker on the mock backend with
 * 10 000 applications. Publishes its figures on `window.__trackerBench`.
 */
import { ContextProvider } from '@lit/context';
import { startMockWorker } from '../mocks/browser.js';
import { setScenario } from '../mocks/scenarios.js';
import { sessionContext, type Session } from '../components/core/session/session-context.js';
import '../components/application-tracker/gu-application-tracker.js';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

async function painted(root: ShadowRoot, done: () => boolean): Promise<number> {
  for (;;) {
    if (done() && !root.querySelector('[aria-busy]')) {
      await frame();
      return frame();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function run(): Promise<Record<string, number>> {
  await startMockWorker({ quiet: true });
  setScenario('large');
  const host = document.createElement('div');
  document.body.append(host);
  const session = {
    status: 'signed-in',
    level: 'confirmed',
    apiBase: '/api',
    apiAuth: { getAccessToken: () => 'bench-token' },
  } as unknown as Session;
  new ContextProvider(host, { context: sessionContext, initialValue: session });

  // Fetch timing of the list request, so render time can be told apart from the mock's answer.
  const observed: PerformanceResourceTiming[] = [];
  new PerformanceObserver((list) => observed.push(...(list.getEntries() as PerformanceResourceTiming[]))).observe({
    type: 'resource',
  });

  const started = performance.now();
  const tracker = document.createElement('gu-application-tracker');
  tracker.pageSize = 50;
  tracker.pollInterval = 0;
  host.append(tracker);
  await tracker.updateComplete;
  const root = tracker.shadowRoot!;
  const firstPaint = await painted(root, () => root.querySelectorAll('ol.rows > li').length === 50);
  const listResponse = observed.find((e) => /\/api\/applications\?/.test(e.name));

  // Filter: tick one status and wait for the filtered page to be painted.
  const box = root.querySelector<HTMLInputElement>('.statuses input')!;
  const before = root.querySelector('ol.rows button.open')!.getAttribute('data-id');
  const filterStarted = performance.now();
  box.click();
  const filtered = await painted(
    root,
    () => root.querySelector('ol.rows button.open')?.getAttribute('data-id') !== before,
  );
  const filterResponse = observed.filter((e) => /\/api\/applications\?/.test(e.name)).at(-1);
  return {
    firstPaintMs: firstPaint - started,
    firstPaintRenderMs: listResponse ? firstPaint - listResponse.responseEnd : NaN,
    filterMs: filtered - filterStarted,
    filterRenderMs: filterResponse ? filtered - filterResponse.responseEnd : NaN,
    rows: root.querySelectorAll('ol.rows > li').length,
  };
}

(window as unknown as { __trackerBench: Promise<Record<string, number>> }).__trackerBench = run();
