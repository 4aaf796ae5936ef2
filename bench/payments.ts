/**
 * `npx tsx bench/payments.ts` (and `npm run bench`): <gu-payments> with 1 000 charges (the mock's `large` scenario)
 * in headless Chromium — first paint of «Начисления» (budget ≤ 50 ms, the tracker's) and the history's filter
 * (≤ 30 ms) — and the gzip sizes of <gu-payments>' first render (its entry and every chunk loaded statically; budget
 * ≤ 16 KB, without chart.js, the QR code or PDF code) and of what it loads later, and of <gu-payments-due>'s first
 * render (the portal's home page). Model: bench/application-tracker.ts. Prints figures; never fails.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from '../test/tools/find-chrome.mjs';
import { startMockHttpServer } from '../mocks/server/http-server.js';
import { serveBenchPage } from './application-tracker.serve.js';
import { chunksOf, closure, gzip, kb } from './size-measure.js';

const root = join(import.meta.dirname, '..');
const BUDGET = { firstPaintMs: 50, filterMs: 30, gzip: 16 * 1024 };
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');

/** Libraries that must never be in a first render: they load with the view that needs them. */
const HEAVY: [string, RegExp][] = [
  ['chart.js', /node_modules\/chart\.js\//],
  ['the QR code', /node_modules\/qrcode|core\/ui\/qr-/],
  ['PDF code', /node_modules\/(pdf-lib|@pdf-lib)\//],
  ['valibot', /node_modules\/valibot\//],
];

async function sizes(name: string, entry: string, what: string): Promise<void> {
  const chunks = await chunksOf({ [name]: join(root, entry) });
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const start = chunks.find((chunk) => chunk.isEntry)!;
  const first = [...closure(start, byFile)].map((file) => byFile.get(file)!);
  const firstGz = first.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  const lazy = chunks.filter((chunk) => !first.includes(chunk));
  const lazyGz = lazy.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  const verdict = firstGz <= BUDGET.gzip ? 'ok' : 'OVER';
  console.log(
    `<${name}> first render (${what}): ${kb(firstGz)} gzip in ${first.length} file(s)  (budget ${kb(BUDGET.gzip)}) ${verdict}`,
  );
  const inFirst = HEAVY.filter(([, pattern]) =>
    first.some((chunk) => Object.keys(chunk.modules).some((m) => pattern.test(m))),
  );
  console.log(
    `  in the first render of the heavy ones (${HEAVY.map(([label]) => label).join(', ')}): ${inFirst.length ? inFirst.map(([label]) => label).join(', ') + ' (should not be)' : 'none'}`,
  );
  if (lazy.length === 0) return;
  console.log(`  loaded later (views, their catalogs, states): ${lazy.length} chunks, ${kb(lazyGz)} gzip`);
  const biggest = lazy
    .map((chunk) => ({
      label: chunk.facadeModuleId?.replace(`${root}/`, '') ?? chunk.fileName,
      bytes: gzip(chunk.code),
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
  console.log(
    `    largest: ${biggest.map(({ label, bytes }) => `${label.replace(/^node_modules\//, '')} ${kb(bytes)}`).join(', ')}`,
  );
}

interface Run {
  firstPaintMs: number;
  firstPaintRenderMs: number;
  chargeRequests: number;
  rows: number;
  filterMs: number;
  filterRenderMs: number;
}

/** Runs the bench page `runs` times in fresh pages of one browser; the first run only warms caches. */
async function measure(url: string, runs: number): Promise<Run[]> {
  const browser = await chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  try {
    const results: Run[] = [];
    for (let i = 0; i < runs; i += 1) {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => '__paymentsBench' in window, undefined, { timeout: 60_000 });
      results.push(
        await page.evaluate(
          () => (window as unknown as { __paymentsBench: () => Promise<Run> }).__paymentsBench(),
          undefined,
        ),
      );
      await page.close();
    }
    return results.slice(1);
  } finally {
    await browser.close();
  }
}

function report(measured: Run[]): void {
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
    `Production build, mock backend over HTTP on the page's origin (median and range of ${measured.length} runs; ` +
      `1 000 charges, ${median('rows')} rows drawn in ${median('chargeRequests')} request(s)):`,
  );
  console.log(
    `  first paint of «Начисления», the widget's part (last answer in → rows painted): ${line('firstPaintRenderMs', BUDGET.firstPaintMs)}`,
  );
  console.log(`  first paint of «Начисления», from mount (backend round trips included): ${line('firstPaintMs')}`);
  console.log(
    `  history filter, the widget's part (answer in → rows painted): ${line('filterRenderMs', BUDGET.filterMs)}`,
  );
  console.log(`  history filter, from choosing the status (backend round trip included): ${line('filterMs')}`);
  console.log(
    "  Painted = the task after the frame that shows it. The budgets apply to the widget's own time; the mock in\n" +
      "    Node answers from 1 000 charges per request, a real backend's share depends on the backend.",
  );
}

async function timings(runs: number): Promise<void> {
  const backend = await startMockHttpServer({ port: 0, scenario: 'large' });
  const page = await serveBenchPage({
    api: backend.url,
    page: join(root, 'bench/payments.page.ts'),
    heading: 'Платежи',
  });
  try {
    report(await measure(`${page.url}?api=/api`, runs));
  } finally {
    await page.close();
    await backend.close();
  }
}

try {
  await sizes(
    'gu-payments',
    'components/payments/gu-payments.ts',
    'frame, navigation, session notice; each view loads its part',
  );
  await sizes('gu-payments-due', 'components/payments/gu-payments-due.ts', "the home page's summary");
} catch (error) {
  console.log(`size: could not build (${String(error)})`);
}
try {
  await timings(Number(process.env.BENCH_RUNS ?? 8));
} catch (error) {
  console.log(`timings (production build): could not run (${String(error)})`);
}
