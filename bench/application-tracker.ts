/**
 * `npx tsx bench/application-tracker.ts`: <gu-application-tracker> with 10 000 applications in headless Chromium —
 * first paint of the list (budget ≤ 50 ms), filter time (≤ 30 ms) — and the gzip size of the widget's first render
 * (its entry plus every chunk loaded statically; budget ≤ 16 KB), checking chart.js is only in a dynamic chunk.
 * Prints figures; never fails.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { chromium } from 'playwright-core';
import { findChrome } from '../test/tools/find-chrome.mjs';
import { startMockHttpServer } from '../mocks/server/http-server.js';
import { DEFAULT_PERSON_ID, getDb } from '../mocks/db/index.js';
import { applicationIndex, sortedApplications } from '../mocks/db/application-index.js';
import { benchHtml, serveBenchPage } from './application-tracker.serve.js';
import { chunksOf, closure, gzip } from './size-measure.js';

const root = join(import.meta.dirname, '..');
const BUDGET = { firstPaintMs: 50, filterMs: 30, gzip: 16 * 1024 };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');

async function sizes(): Promise<void> {
  const chunks = await chunksOf({ tracker: join(root, 'components/application-tracker/gu-application-tracker.ts') });
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry)!;
  const first = [...closure(entry, byFile)].map((f) => byFile.get(f)!);
  const gz = first.reduce((sum, c) => sum + gzip(c.code), 0);
  // The same code as one file (what a portal bundling the widget into its own script would send): without the
  // per-file gzip overhead and the import/export lines between the chunks.
  const single = gzip(first.map((c) => c.code).join('\n'));
  const chartInFirst = first.some((c) => Object.keys(c.modules).some((m) => m.includes('node_modules/chart.js')));
  const lazy = chunks.filter((c) => !first.includes(c));
  const lazyGz = lazy.reduce((sum, c) => sum + gzip(c.code), 0);
  const chartChunk = lazy.find((c) => Object.keys(c.modules).some((m) => m.includes('node_modules/chart.js')));
  console.log(
    `first render (entry + static chunks, without chart.js): ${kb(gz)} gzip  (budget ${kb(BUDGET.gzip)}) ${gz <= BUDGET.gzip ? 'ok' : 'OVER'}`,
  );
  console.log(`  the same as one file: ${kb(single)} gzip (${first.length} files separately above)`);
  console.log(
    `chart.js in the first render: ${chartInFirst ? 'YES (should not be)' : 'no'}; in a dynamic chunk: ${chartChunk ? `${chartChunk.fileName} ${kb(gzip(chartChunk.code))} gzip` : 'not found'}`,
  );
  console.log(`loaded on demand (detail, upload, chart, states): ${lazy.length} chunks, ${kb(lazyGz)} gzip`);
  await floor(single);
}

/**
 * What any widget of the kit carries before its own code: the first render of a minimal element built like the
 * tracker, adding one layer at a time (Lit; the session context; the API client; the i18n controller; the theme's
 * base styles with a request and a formatted date). Prints the cumulative figures and what is left for the tracker.
 */
async function floor(tracker: number): Promise<void> {
  const layers: [string, string[], string[], string[]][] = [
    ['Lit', [], [], []],
    [
      '+ session (SessionConsumer)',
      ["import { SessionConsumer } from '/components/core/session/session-context.ts';"],
      ['s = new SessionConsumer(this);'],
      [],
    ],
    [
      '+ API client (core/api)',
      [
        "import { createApiClient } from '/components/core/api/request.ts';",
        "import { followSessionAuth } from '/components/core/session/session-context.ts';",
      ],
      ["c = createApiClient({ baseUrl: '/api', auth: followSessionAuth(() => this.s.value) });"],
      ["void this.c.get('x');"],
    ],
    [
      '+ i18n (core/i18n)',
      ["import { LocaleController } from '/components/core/i18n/locale-controller.ts';"],
      ["i = new LocaleController(this, { ru: { a: 'а' }, en: { a: 'a' } });"],
      ["void [this.i.msg.a, this.i.date('2026-01-01'), this.i.plural(2, { one: '', few: '', many: '', other: '' })];"],
    ],
    [
      '+ theme (core/theme)',
      ["import { baseStyles } from '/components/core/theme/base-styles.ts';"],
      ['static override styles = [baseStyles];'],
      [],
    ],
  ];
  const figures: string[] = [];
  let last = 0;
  for (let count = 1; count <= layers.length; count += 1) {
    const used = layers.slice(0, count);
    const code = [
      "import { LitElement, html } from 'lit';",
      ...used.flatMap(([, imports]) => imports),
      'class Floor extends LitElement {',
      ...used.flatMap(([, , members]) => members),
      '  override render() {',
      ...used.flatMap(([, , , calls]) => calls),
      '    return html`<p>floor</p>`;',
      '  }',
      '}',
      "customElements.define('gu-floor', Floor);",
    ].join('\n');
    const floorEntry: Plugin = {
      name: 'floor-entry',
      resolveId: (id) => (id.endsWith('virtual:floor.ts') ? '\0floor.ts' : null),
      load: (id) => (id === '\0floor.ts' ? code : null),
    };
    const entry = (await chunksOf('virtual:floor.ts', [floorEntry])).find((c) => c.isEntry)!;
    const size = gzip(entry.code);
    figures.push(`${used.at(-1)![0]} ${kb(size - last)}`);
    last = size;
  }
  console.log(
    `  of which the kit's floor (what any widget carries, one layer at a time): ${figures.join(' · ')} = ${kb(last)}`,
  );
  console.log(
    `  and the tracker's own code (list, search, sort, paging, states, strings, styles): ${kb(tracker - last)}`,
  );
}

interface Run {
  firstPaintMs: number;
  firstPaintRenderMs: number;
  firstPaintMockMs: number;
  listRequestAt: number;
  listFirstByteAt: number;
  listResponseAt: number;
  shellPaintMs: number;
  filterMs: number;
  filterRenderMs: number;
  filterMockMs: number;
  rows: number;
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
      await page.waitForFunction(() => '__trackerBench' in window, undefined, { timeout: 60_000 });
      // Playwright's page script is in now (waitForFunction put it there): nothing of the driver runs during the bench.
      results.push(
        await page.evaluate(() => (window as unknown as { __trackerBench: () => Promise<Run> }).__trackerBench()),
      );
      await page.close();
    }
    return results.slice(1);
  } finally {
    await browser.close();
  }
}

type Backend = 'same-origin' | 'cross-origin' | 'msw';

function report(label: string, measured: Run[], backend: Backend): void {
  const median = (key: keyof Run) => {
    const values = measured.map((r) => r[key]).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)]!;
  };
  const range = (key: keyof Run) => {
    const values = measured.map((r) => r[key]);
    return `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
  };
  const verdict = (value: number, budget: number) => (value <= budget ? 'ok' : 'OVER');
  const line = (key: keyof Run, budget?: number) =>
    `${ms(median(key)).padStart(9)} (${range(key)})${budget === undefined ? '' : `  budget ${budget} ms ${verdict(median(key), budget)}`}`;
  const network = () =>
    `    request out at ${ms(median('listRequestAt'))}, first byte at ${ms(median('listFirstByteAt'))}, ` +
    `answer in at ${ms(median('listResponseAt'))} from mount`;
  console.log(`${label} (median and range of ${measured.length} runs; 10 000 applications, 50 rows per page):`);
  if (backend === 'same-origin') {
    console.log(
      `  first paint of the widget (heading, search, sort, filters), from mount: ${line('shellPaintMs', BUDGET.firstPaintMs)}`,
    );
    console.log(
      `  first paint of the list, the widget's part (answer in → rows painted): ${line('firstPaintRenderMs', BUDGET.firstPaintMs)}`,
    );
    console.log(`  first paint of the list, from mount (backend round trip included): ${line('firstPaintMs')}`);
    console.log(network());
    console.log(`  filter, the widget's part (answer in → rows painted): ${line('filterRenderMs', BUDGET.filterMs)}`);
    console.log(`  filter, from ticking the box (backend round trip included): ${line('filterMs')}`);
    console.log(
      '  Painted = the task after the frame that shows it (style, layout, paint and commit done). The answer comes\n' +
        "    from the mock backend in Node over real HTTP on the page's own origin (/api, the widgets' default: a portal\n" +
        '    serves its API behind its own host); the mock filters and sorts 10 000 records per request. The budgets\n' +
        "    apply to the widget's own time; the backend's share (request out → answer in) depends on the backend.",
    );
    return;
  }
  if (backend === 'cross-origin') {
    console.log(
      `  first paint of the list, the widget's part: ${line('firstPaintRenderMs')}; from mount: ${line('firstPaintMs')}`,
    );
    console.log(network());
    console.log(`  filter, the widget's part: ${line('filterRenderMs')}; from ticking the box: ${line('filterMs')}`);
    console.log('  The same, with the API on another origin (CORS: a preflight before the first request of a page).');
    return;
  }
  console.log(
    `  first paint of the list, the widget's part: ${line('firstPaintRenderMs')}; from mount: ${line('firstPaintMs')}`,
  );
  console.log(`    the mock on the page's main thread: ${line('firstPaintMockMs')}`);
  console.log(`  filter, the widget's part: ${line('filterRenderMs')}; from ticking the box: ${line('filterMs')}`);
  console.log(`    the mock on the page's main thread: ${line('filterMockMs')}`);
  console.log(
    "  As the stories run it: MSW's service worker, the mock answering on the page's own main thread (competing\n" +
      '    with the widget; its time is what a real backend would spend elsewhere).',
  );
}

/**
 * The budgeted figures: a production build of the bench page (application-tracker.serve.ts: Lit in production
 * mode, minified, as a portal bundles the kit), against the mock backend served over real HTTP from Node — on the
 * page's origin (the budget), then on another origin, then (as the stories run it) in MSW's service worker.
 */
async function production(runs: number): Promise<void> {
  // The list index built before the runs, as a real backend's exists (the in-page run builds its own).
  const backend = await startMockHttpServer({ port: 0, scenario: 'large' });
  sortedApplications(applicationIndex(getDb(), DEFAULT_PERSON_ID), '-submittedAt');
  const page = await serveBenchPage({ api: backend.url });
  try {
    report(
      "Production build, mock backend over HTTP on the page's origin",
      await measure(`${page.url}?api=/api&rows=${process.env.BENCH_ROWS ?? 50}`, runs),
      'same-origin',
    );
    // BENCH_ONLY_BUDGET=1: the budgeted run only (quicker, e.g. to compare two versions over many runs).
    if (process.env.BENCH_ONLY_BUDGET === '1') return;
    console.log('');
    const api = encodeURIComponent(`${backend.url}/api`);
    report('The same, API on another origin', await measure(`${page.url}?api=${api}`, runs), 'cross-origin');
    console.log('');
    report('The same, mock in a service worker on the page (MSW)', await measure(page.url, runs), 'msw');
  } finally {
    await page.close();
    await backend.close();
  }
}

/** For comparison only: the Vite dev server (Lit in dev mode, unbundled modules) — not what a citizen gets. */
async function development(runs: number): Promise<void> {
  const server = await createServer({
    configFile: false,
    root,
    publicDir: join(root, 'mocks/public'),
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
    plugins: [
      {
        name: 'tracker-bench-page',
        configureServer(dev) {
          dev.middlewares.use('/__bench/tracker.html', (_req, res) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(benchHtml('/bench/application-tracker.page.ts'));
          });
        },
      },
    ],
  });
  await server.listen();
  try {
    const { port } = server.httpServer!.address() as AddressInfo;
    report(
      'Dev server, for comparison only (Lit dev mode, unbundled, mock in a service worker)',
      await measure(`http://127.0.0.1:${port}/__bench/tracker.html`, runs),
      'msw',
    );
  } finally {
    await server.close();
  }
}

try {
  await sizes();
} catch (error) {
  console.log(`size: could not build (${String(error)})`);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 12);
try {
  await production(RUNS);
} catch (error) {
  console.log(`timings (production build): could not run (${String(error)})`);
}
if (process.env.BENCH_DEV !== '0') {
  try {
    await development(4);
  } catch (error) {
    console.log(`timings (dev server): could not run (${String(error)})`);
  }
}
