/**
 * `npx tsx bench/notifications.ts` (and `npm run bench`): <gu-notifications> and <gu-notification-bell> (issue 15).
 *
 * - First-render sizes (gzip, as bench/payments.ts measures them): <gu-notifications> ≤ 16 KB, the bell ≤ 8 KB, and
 *   the home page's <gu-notifications-latest>.
 * - What an idle open page costs the backend, in requests per simulated minute against the mock over HTTP (a
 *   production build in headless Chromium, Playwright's clock moving time on): the feed and the bell (and the latest
 *   few, where they exist) on one page with the event stream (budget 0), with conditional polling where the server
 *   has no stream (≤ 1), hidden (0) — and three widgets in each of two tabs of one browser (the same budgets: one
 *   connection per browser). Counted from the browser: every request to /api.
 * - The feed with 5 000 notifications (the mock's `large` scenario): first paint of its first page and a filter.
 *
 * Widgets whose module does not exist yet are left out of the page and said so. Prints figures; never fails.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findChrome } from '../test/tools/find-chrome.mjs';
import { startMockHttpServer } from '../mocks/server/http-server.js';
import { setScenario } from '../mocks/scenarios.js';
import { serveBenchPage } from './application-tracker.serve.js';
import { chunksOf, closure, gzip, kb } from './size-measure.js';

const root = join(import.meta.dirname, '..');
const MINUTE = 60_000;
/** How long each idle case is watched, in simulated minutes. */
const MINUTES = Number(process.env.BENCH_IDLE_MINUTES ?? 10);
const BUDGET = { feedGzip: 16 * 1024, bellGzip: 8 * 1024, firstPaintMs: 50, filterMs: 30 };
/** Which figures to print (all by default): `BENCH_NOTIFICATIONS=idle,paint` leaves the sizes out. */
const PARTS = new Set((process.env.BENCH_NOTIFICATIONS ?? 'size,idle,paint').split(','));
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

async function size(name: string, entry: string, budget: number | undefined, what: string): Promise<void> {
  if (!existsSync(join(root, entry))) return void console.log(`<${name}>: ${entry} does not exist yet`);
  const chunks = await chunksOf({ [name]: join(root, entry) });
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const start = chunks.find((chunk) => chunk.isEntry)!;
  const first = [...closure(start, byFile)].map((file) => byFile.get(file)!);
  const firstGz = first.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  const lazy = chunks.filter((chunk) => !first.includes(chunk));
  const lazyGz = lazy.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  const verdict = budget === undefined ? '' : `  (budget ${kb(budget)}) ${firstGz <= budget ? 'ok' : 'OVER'}`;
  console.log(`<${name}> first render (${what}): ${kb(firstGz)} gzip in ${first.length} file(s)${verdict}`);
  if (lazy.length > 0) console.log(`  loaded later: ${lazy.length} chunks, ${kb(lazyGz)} gzip`);
}

// ——— The idle cost ———

interface IdleCase {
  label: string;
  /** The server has no event stream (its answer to `Accept: text/event-stream` is 404): conditional polling. */
  polling: boolean;
  tabs: number;
  widgets: string;
  /** Hidden while counted: every tab. */
  hidden: boolean;
  /** The most requests a simulated minute may cost. */
  budget: number;
}

const CASES: IdleCase[] = [
  { label: 'event stream, feed + bell', polling: false, tabs: 1, widgets: 'feed,bell', hidden: false, budget: 0 },
  { label: 'polling, feed + bell, visible', polling: true, tabs: 1, widgets: 'feed,bell', hidden: false, budget: 1 },
  { label: 'polling, feed + bell, hidden', polling: true, tabs: 1, widgets: 'feed,bell', hidden: true, budget: 0 },
  {
    label: 'event stream, feed + bell, hidden',
    polling: false,
    tabs: 1,
    widgets: 'feed,bell',
    hidden: true,
    budget: 0,
  },
  {
    label: 'event stream, three widgets × two tabs',
    polling: false,
    tabs: 2,
    widgets: 'feed,bell,latest',
    hidden: false,
    budget: 0,
  },
  {
    label: 'polling, three widgets × two tabs',
    polling: true,
    tabs: 2,
    widgets: 'feed,bell,latest',
    hidden: false,
    budget: 1,
  },
  {
    label: 'polling, three widgets × two tabs, hidden',
    polling: true,
    tabs: 2,
    widgets: 'feed,bell,latest',
    hidden: true,
    budget: 0,
  },
];

/** Page Visibility under the bench's control (headless pages of one window would hide each other). */
const VISIBILITY_SCRIPT = `Object.defineProperty(document, 'visibilityState', {
  configurable: true, get: () => window.__benchVisibility ?? 'visible' });`;

async function setVisibility(page: Page, state: 'visible' | 'hidden'): Promise<void> {
  await page.evaluate((value) => {
    (window as unknown as { __benchVisibility: string }).__benchVisibility = value;
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

interface IdleResult {
  requests: number;
  /** Event streams asked for, from the first page's load to the end (one per browser; refused ones when polling). */
  streams: number;
  mounted: string[];
  settled: boolean;
  paths: string[];
}

async function idleCase(browser: Browser, url: string, test: IdleCase): Promise<IdleResult> {
  const context: BrowserContext = await browser.newContext();
  try {
    await context.clock.install({ time: Date.now() });
    await context.addInitScript(VISIBILITY_SCRIPT);
    if (test.polling)
      await context.route('**/api/events*', (route) =>
        (route.request().headers()['accept'] ?? '').includes('text/event-stream')
          ? route.fulfill({ status: 404, contentType: 'application/problem+json', body: '{"status":404}' })
          : route.continue(),
      );
    const requests: string[] = [];
    let streams = 0;
    const pending = new Set<unknown>();
    context.on('request', (request) => {
      const { pathname, search } = new URL(request.url());
      if (!pathname.startsWith('/api/')) return;
      requests.push(`${request.method()} ${pathname}${search}`);
      if ((request.headers()['accept'] ?? '').includes('text/event-stream')) streams += 1;
      else pending.add(request);
    });
    context.on('requestfinished', (request) => pending.delete(request));
    context.on('requestfailed', (request) => pending.delete(request));

    const pages: Page[] = [];
    for (let tab = 0; tab < test.tabs; tab += 1) {
      const page = await context.newPage();
      await page.goto(`${url}?mode=idle&api=/api&widgets=${test.widgets}`);
      pages.push(page);
    }
    // Settle: simulated time moves a second at a time until every widget has drawn and no request is in flight.
    let settled = false;
    for (let step = 0, quiet = 0; step < 120 && quiet < 3; step += 1) {
      await context.clock.runFor(1000);
      await sleep(50);
      const drawn = await Promise.all(
        pages.map((page) =>
          page.evaluate(() => (window as unknown as { __benchSettled?: () => boolean }).__benchSettled?.() ?? false),
        ),
      );
      settled = drawn.every(Boolean) && pending.size === 0;
      quiet = settled ? quiet + 1 : 0;
    }
    const mounted = await pages[0]!.evaluate(
      () => (window as unknown as { __benchMounted?: string[] }).__benchMounted ?? [],
    );
    if (test.hidden) for (const page of pages) await setVisibility(page, 'hidden');
    // Closing the stream or the last poll of a hidden page is not the idle cost: it settles first.
    await context.clock.runFor(1000);
    await sleep(100);
    const before = requests.length;
    for (let elapsed = 0; elapsed < MINUTES * MINUTE; elapsed += 10_000) {
      await context.clock.runFor(10_000);
      await sleep(30);
    }
    await sleep(200);
    return { requests: requests.length - before, streams, mounted, settled, paths: requests.slice(before) };
  } finally {
    await context.close();
  }
}

async function idleCost(browser: Browser, url: string): Promise<void> {
  console.log(
    `Idle cost: requests to /api per simulated minute, over ${MINUTES} simulated minutes after the widgets have drawn`,
  );
  let mountedNote = '';
  for (const test of CASES) {
    const result = await idleCase(browser, url, test);
    const perMinute = result.requests / MINUTES;
    const verdict = perMinute <= test.budget ? 'ok' : 'OVER';
    console.log(
      `  ${test.label.padEnd(44)} ${perMinute.toFixed(1).padStart(5)} /min (${result.requests} in ${MINUTES} min)` +
        `  budget ${test.budget === 0 ? '0' : `≤ ${test.budget}`} ${verdict}; event streams asked for: ${result.streams}` +
        (result.settled ? '' : '  (widgets had not settled)'),
    );
    if (verdict === 'OVER') console.log(`    requests: ${[...new Set(result.paths)].slice(0, 6).join(', ')}`);
    const missing = test.widgets.split(',').filter((name) => !result.mounted.includes(name));
    if (missing.length > 0) mountedNote = `  (not built yet, left out: ${missing.join(', ')})`;
  }
  if (mountedNote) console.log(mountedNote);
}

// ——— 5 000 notifications: first paint and a filter ———

interface Run {
  firstPaintMs: number;
  firstPaintRenderMs: number;
  rows: number;
  total: number;
  filterMs: number;
  filterRenderMs: number;
}

async function paintRuns(browser: Browser, url: string, runs: number): Promise<Run[]> {
  const results: Run[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${url}?mode=paint&api=/api`);
      await page.waitForFunction(() => '__notificationsBench' in window, undefined, { timeout: 60_000 });
      results.push(
        await page.evaluate(
          () => (window as unknown as { __notificationsBench: () => Promise<Run> }).__notificationsBench(),
          undefined,
        ),
      );
    } finally {
      await context.close();
    }
  }
  return results.slice(1); // the first run only warms caches
}

function reportPaint(measured: Run[]): void {
  const median = (key: keyof Run) => {
    const values = measured.map((run) => run[key]).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)]!;
  };
  const range = (key: keyof Run) => {
    const values = measured.map((run) => run[key]);
    return `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
  };
  const line = (key: keyof Run, budget?: number) =>
    `${ms(median(key)).padStart(9)} (${range(key)})${budget === undefined ? '' : `  budget ${budget} ms ${median(key) <= budget ? 'ok' : 'OVER'}`}`;
  console.log(
    `The feed on the \`large\` database (5 000 notifications; ${median('total')} in the feed, the archived apart), ` +
      `median and range of ${measured.length} runs, ${median('rows')} rows on its first page:`,
  );
  console.log(
    `  first paint, the widget's part (list answer in → rows painted): ${line('firstPaintRenderMs', BUDGET.firstPaintMs)}`,
  );
  console.log(`  first paint, from mount (backend round trips included): ${line('firstPaintMs')}`);
  console.log(
    `  filter by category, the widget's part (answer in → rows painted): ${line('filterRenderMs', BUDGET.filterMs)}`,
  );
  console.log(`  filter by category, from choosing it (backend round trip included): ${line('filterMs')}`);
  console.log(
    "  Painted = the task after the frame that shows it. The budgets (the tracker's) apply to the widget's own time;\n" +
      "    the mock in Node answers from 5 000 notifications per request, a real backend's share depends on it.",
  );
}

async function browserFigures(): Promise<void> {
  const backend = await startMockHttpServer({ port: 0, scenario: 'default' });
  const page = await serveBenchPage({
    api: backend.url,
    page: join(root, 'bench/notifications.page.ts'),
    heading: 'Уведомления',
  });
  const browser = await chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  try {
    if (PARTS.has('idle'))
      try {
        await idleCost(browser, page.url);
      } catch (error) {
        console.log(`idle cost: could not run (${String(error)})`);
      }
    if (PARTS.has('paint'))
      try {
        setScenario('large');
        reportPaint(await paintRuns(browser, page.url, Number(process.env.BENCH_RUNS ?? 6)));
      } catch (error) {
        console.log(`5 000 notifications: could not run (${String(error).split('\n')[0]})`);
      }
  } finally {
    await browser.close();
    await page.close();
    await backend.close();
  }
}

/** The first-render sizes of the entries that exist. */
async function sizes(): Promise<void> {
  await size(
    'gu-notifications',
    'components/notifications/gu-notifications.ts',
    BUDGET.feedGzip,
    'frame; each view loads its part',
  );
  await size(
    'gu-notification-bell',
    'components/notifications/gu-notification-bell.ts',
    BUDGET.bellGzip,
    "the portal header's bell",
  );
  await size(
    'gu-notifications-latest',
    'components/notifications/gu-notifications-latest.ts',
    BUDGET.feedGzip,
    "the home page's latest few",
  );
}

try {
  if (PARTS.has('size')) await sizes();
} catch (error) {
  console.log(`size: could not build (${String(error)})`);
}
try {
  if (PARTS.has('idle') || PARTS.has('paint')) await browserFigures();
} catch (error) {
  console.log(`browser figures (production build): could not run (${String(error).split('\n')[0]})`);
}
