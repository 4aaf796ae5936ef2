/**
 * `npm run bench` → the whole portal: first-load JS of a demo portal (gzip, budget ≤ 50 KB) measured from what
 * Chromium really loads, with the demo-only parts (MSW and the developer toolbar) counted apart; and the heap
 * growth over 1 000 mount/unmount cycles of every widget through the single-spa adapter (budget ≤ 1 MB).
 * Prints; never fails.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync, existsSync, statSync, createReadStream } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build, createServer } from 'vite';
import { findChrome } from '../test/tools/find-chrome.mjs';
import { portalPageFor, portalsConfig } from '../vite.config.js';

const repoRoot = resolve(import.meta.dirname, '..');
const FIRST_LOAD_BUDGET = 50 * 1024;
const HEAP_BUDGET = 1024 * 1024;
const CYCLES = 1000;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isDynamicEntry?: boolean;
  src?: string;
}

function closure(manifest: Record<string, ManifestChunk>, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into);
  return into;
}

function serve(dir: string, port: number): Promise<Server> {
  const server = createHttpServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    let file = join(dir, pathname);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) file = join(dir, portalPageFor(pathname) ?? '/404');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const type = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' }[extname(file)];
    res.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream', 'Service-Worker-Allowed': '/' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--js-flags=--expose-gc',
    ],
  });
}

async function firstLoad(browser: Browser): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'gu-bench-portals-'));
  let server: Server | undefined;
  try {
    await build({ ...portalsConfig(outDir), configFile: false, logLevel: 'silent' });
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      ManifestChunk
    >;
    const demoOnly = new Set<string>();
    for (const [key, chunk] of Object.entries(manifest)) {
      if (chunk.src === 'portal/mock-backend.ts' || chunk.src === 'portal/dev-toolbar.ts')
        closure(manifest, key, demoOnly);
    }
    server = await serve(outDir, 9610);
    for (const portal of ['severny', 'yuzhny']) {
      for (const removed of closure(manifest, `${portal}/index.html`)) demoOnly.delete(removed);
      const page = await browser.newPage();
      const loaded = new Set<string>();
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname.slice(1);
        if (path.endsWith('.js') && path !== 'mockServiceWorker.js') loaded.add(path);
      });
      await page.goto(`http://127.0.0.1:9610/${portal}/`, { waitUntil: 'networkidle' });
      await page.close();
      let portalBytes = 0;
      const sizes: string[] = [];
      let demoBytes = 0;
      for (const file of loaded) {
        const gz = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
        if (demoOnly.has(file)) demoBytes += gz;
        else {
          portalBytes += gz;
          sizes.push(`${file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')} ${kb(gz)}`);
        }
      }
      const verdict = portalBytes <= FIRST_LOAD_BUDGET ? 'within' : 'OVER';
      console.log(
        `${portal}: first-load JS ${kb(portalBytes)} gzip (${verdict} the ${kb(FIRST_LOAD_BUDGET)} budget; ` +
          `${loaded.size} files) + demo-only MSW and toolbar ${kb(demoBytes)}`,
      );
      if (portal === 'severny') console.log(`  ${sizes.sort().join(', ')}`);
    }
    const lit = Object.values(manifest).filter((chunk) => /lit|shared|define/.test(chunk.file)).length;
    console.log(
      `  lit, @lit/context and the session core: one copy each, in shared chunks (${lit} shared chunk files)`,
    );
  } finally {
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function heapGrowth(browser: Browser): Promise<void> {
  const server = await createServer({
    ...portalsConfig(),
    configFile: false,
    logLevel: 'silent',
    server: { port: 9611, strictPort: true, host: '127.0.0.1' },
  });
  await server.listen();
  try {
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:9611/severny/');
    await page.getByRole('button', { name: 'Войти как тестовый гражданин' }).click({ timeout: 60_000 });
    await page.getByText('Уровень учётной записи').waitFor({ timeout: 30_000 });
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const widgets = readdirSync(join(repoRoot, 'components'))
      .filter((dir) => dir !== 'core')
      .flatMap((dir) =>
        readdirSync(join(repoRoot, 'components', dir))
          .filter((name) => /^gu-[\w-]+\.ts$/.test(name))
          .map((name) => ({
            tag: name.replace(/\.ts$/, ''),
            module: `/@fs${join(repoRoot, 'components', dir, name)}`,
          })),
      );
    const shellViews = [
      { tag: 'gu-portal-pending', module: '/portal/portal-pages.ts' },
      { tag: 'gu-portal-home', module: '/portal/portal-pages.ts' },
    ];
    for (const widget of [...widgets, ...shellViews]) {
      // A plain-JS string: functions compiled by tsx carry helpers (__name) the page does not have.
      const run = (cycles: number) =>
        page.evaluate(`(async ({ tag, module, cycles }) => {
          const { guElementLifecycles } = await import('/adapter/lifecycles.ts');
          const lifecycles = guElementLifecycles({ tagName: tag, load: () => import(module), attributes: { 'api-base': '/api' } });
          const container = document.createElement('div');
          document.querySelector('#gu-view').append(container);
          await lifecycles.bootstrap({ name: tag });
          for (let index = 0; index < cycles; index += 1) {
            await lifecycles.mount({ name: tag, domElement: container, elementProps: { options: { index } } });
            await lifecycles.unmount({ name: tag, domElement: container });
          }
          container.remove();
        })(${JSON.stringify({ ...widget, cycles })})`);
      await run(50); // warm-up: modules, styles, caches
      await page.waitForTimeout(500);
      const before = await heap();
      const started = Date.now();
      await run(CYCLES);
      await page.waitForTimeout(1000);
      const after = await heap();
      const growth = after - before;
      const verdict = growth <= HEAP_BUDGET ? 'within' : 'OVER';
      console.log(
        `<${widget.tag}>: heap growth over ${CYCLES} mount/unmount cycles ${kb(growth)} (${verdict} the ${kb(HEAP_BUDGET)} budget; ` +
          `${((Date.now() - started) / CYCLES).toFixed(1)} ms per cycle)`,
      );
    }
    await page.close();
  } finally {
    await server.close();
  }
}

const browser = await launch();
try {
  await firstLoad(browser);
  await heapGrowth(browser);
} catch (error) {
  console.log(`portal bench did not finish: ${(error as Error).message}`);
} finally {
  await browser.close();
}
