/**
 * `npx tsx bench/application-tracker.ts`: <gu-application-tracker> with 10 000 applications in headless Chromium —
 * first paint of the list (budget ≤ 50 ms), filter time (≤ 30 ms) — and the gzip size of the widget's first render
 * (its entry plus every chunk loaded statically; budget ≤ 16 KB), checking chart.js is only in a dynamic chunk.
 * Prints figures; never fails.
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, createServer, type Rolldown } from 'vite';
import { chromium } from 'playwright-core';
import { findChrome } from '../test/tools/find-chrome.mjs';

const root = join(import.meta.dirname, '..');
const BUDGET = { firstPaintMs: 50, filterMs: 30, gzip: 16 * 1024 };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');

async function sizes(): Promise<void> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: { tracker: join(root, 'components/application-tracker/gu-application-tracker.ts') },
        preserveEntrySignatures: 'strict',
        output: { format: 'es' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as {
    output: (Rolldown.OutputChunk | { type: 'asset' })[];
  }[];
  const chunks = outputs.flatMap((o) => o.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (chunk: Rolldown.OutputChunk, seen = new Set<string>()): Set<string> => {
    seen.add(chunk.fileName);
    for (const next of chunk.imports) if (byFile.has(next) && !seen.has(next)) closure(byFile.get(next)!, seen);
    return seen;
  };
  const entry = chunks.find((c) => c.isEntry)!;
  const first = [...closure(entry)].map((f) => byFile.get(f)!);
  const gz = first.reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0);
  const chartInFirst = first.some((c) => Object.keys(c.modules).some((m) => m.includes('node_modules/chart.js')));
  const lazy = chunks.filter((c) => !first.includes(c));
  const lazyGz = lazy.reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0);
  const chartChunk = lazy.find((c) => Object.keys(c.modules).some((m) => m.includes('node_modules/chart.js')));
  console.log(
    `first render (entry + static chunks, without chart.js): ${kb(gz)} gzip  (budget ${kb(BUDGET.gzip)}) ${gz <= BUDGET.gzip ? 'ok' : 'OVER'}`,
  );
  console.log(
    `chart.js in the first render: ${chartInFirst ? 'YES (should not be)' : 'no'}; in a dynamic chunk: ${chartChunk ? `${chartChunk.fileName} ${kb(gzipSync(chartChunk.code, { level: 9 }).length)} gzip` : 'not found'}`,
  );
  console.log(`loaded on demand (detail, upload, chart, states): ${lazy.length} chunks, ${kb(lazyGz)} gzip`);
}

async function timings(): Promise<void> {
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
            res.end(
              '<!doctype html><html lang="ru"><body><script type="module" src="/bench/application-tracker.page.ts"></script></body></html>',
            );
          });
        },
      },
    ],
  });
  await server.listen();
  const address = server.httpServer!.address() as { port: number };
  const browser = await chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  try {
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < 4; i += 1) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${address.port}/__bench/tracker.html`);
      await page.waitForFunction(() => '__trackerBench' in window, undefined, { timeout: 60_000 });
      runs.push(
        await page.evaluate(
          () => (window as unknown as { __trackerBench: Promise<Record<string, number>> }).__trackerBench,
        ),
      );
      await page.close();
    }
    const measured = runs.slice(1); // the first run warms the dev server's transform cache
    const median = (key: string) => {
      const values = measured.map((r) => r[key]!).sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)]!;
    };
    console.log(
      `10 000 applications, 50 rows per page (median of ${measured.length} runs, dev build, mock backend in a service worker):`,
    );
    console.log(
      `  first paint of the list: ${ms(median('firstPaintMs'))} from mount (budget ${BUDGET.firstPaintMs} ms) ${median('firstPaintMs') <= BUDGET.firstPaintMs ? 'ok' : 'OVER'}; render after the response: ${ms(median('firstPaintRenderMs'))}`,
    );
    console.log(
      `  filter (one status):     ${ms(median('filterMs'))} from the click (budget ${BUDGET.filterMs} ms) ${median('filterMs') <= BUDGET.filterMs ? 'ok' : 'OVER'}; render after the response: ${ms(median('filterRenderMs'))}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  await sizes();
} catch (error) {
  console.log(`size: could not build (${String(error)})`);
}
try {
  await timings();
} catch (error) {
  console.log(`timings: could not run (${String(error)})`);
}
