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
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, createServer } from 'vite';
import { findChrome } from '../test/tools/find-chrome.mjs';
import { PORTALS, portalPageFor, portalsConfig } from '../vite.config.js';

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

/** Demo-only modules: the mock backend (MSW) and the developer toolbar. */
const isDemoEntry = (chunk: ManifestChunk) =>
  chunk.src === 'portal/mock-backend.ts' || chunk.src === 'portal/dev-toolbar.ts';

/** Sums the gzip sizes of `loaded`, the demo-only files apart. */
function account(outDir: string, loaded: Set<string>, demoOnly: Set<string>) {
  let portal = 0;
  let demo = 0;
  const sizes: string[] = [];
  for (const file of loaded) {
    const gz = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
    if (demoOnly.has(file)) demo += gz;
    else {
      portal += gz;
      sizes.push(`${file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')} ${kb(gz)}`);
    }
  }
  return { portal, demo, files: loaded.size, sizes: sizes.sort() };
}

function trackScripts(page: Page): Set<string> {
  const loaded = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname.slice(1);
    if (path.endsWith('.js') && path !== 'mockServiceWorker.js') loaded.add(path);
  });
  return loaded;
}

/**
 * First-load JS of each portal, signed out (a first visit: the notice with «Войти» shows at once) and signed in
 * (a second tab of a signed-in citizen, which takes the session over from the first; on «Уведомления», a route
 * without a widget yet, so the figure is the portal's own — a route's widget is its own chunk, loaded on demand:
 * bench/payments.ts and bench/size.ts print the widgets' own).
 */
async function firstLoad(browser: Browser): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'gu-bench-portals-'));
  let server: Server | undefined;
  try {
    await build({ ...portalsConfig(outDir), configFile: false, logLevel: 'silent' });
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      ManifestChunk
    >;
    // Demo-only: what the page loaded only because the mock backend or the toolbar imports it. A module a widget
    // loads on demand and the mock imports too (a validator the mock's documents share with «Документы для поиска»)
    // is loaded at once only for the mock's sake: a portal without the mock loads it when the view opens.
    const demoStatic = new Set<string>();
    for (const chunk of Object.values(manifest))
      if (isDemoEntry(chunk))
        for (const key of [chunk.src!, ...(chunk.imports ?? [])]) closure(manifest, key, demoStatic);
    const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
    const demoOnlyOf = (loaded: Set<string>): Set<string> => {
      const needed = new Set<string>();
      for (const file of loaded)
        if (!demoStatic.has(file) && keyOf.has(file)) closure(manifest, keyOf.get(file)!, needed);
      return new Set([...demoStatic].filter((file) => !needed.has(file)));
    };
    server = await serve(outDir, 9610);
    const verdict = (bytes: number) => (bytes <= FIRST_LOAD_BUDGET ? 'within' : 'OVER');
    const firstLoaded = new Set<string>();
    for (const portal of PORTALS) {
      const context = await browser.newContext({ locale: 'ru-RU' });
      try {
        const first = await context.newPage();
        const signedOutFiles = trackScripts(first);
        await first.goto(`http://127.0.0.1:9610/${portal}/`, { waitUntil: 'networkidle' });
        const signedOut = account(outDir, signedOutFiles, demoOnlyOf(signedOutFiles));
        for (const file of signedOutFiles) firstLoaded.add(file);
        console.log(
          `${portal}: first-load JS signed out ${kb(signedOut.portal)} gzip (${verdict(signedOut.portal)} the ` +
            `${kb(FIRST_LOAD_BUDGET)} budget; ${signedOut.files} files) + demo-only MSW and toolbar ${kb(signedOut.demo)}`,
        );
        if (portal === 'severny') console.log(`  ${signedOut.sizes.join(', ')}`);

        await first.getByRole('button', { name: 'Войти как тестовый гражданин' }).click({ timeout: 60_000 });
        await first.getByText('Уровень учётной записи').waitFor({ timeout: 30_000 });
        const second = await context.newPage();
        const signedInFiles = trackScripts(second);
        await second.goto(`http://127.0.0.1:9610/${portal}/notifications`, { waitUntil: 'networkidle' });
        await second.getByRole('button', { name: 'Выйти' }).first().waitFor({ timeout: 30_000 });
        await second.waitForLoadState('networkidle');
        const signedIn = account(outDir, signedInFiles, demoOnlyOf(signedInFiles));
        console.log(
          `${portal}: first-load JS signed in ${kb(signedIn.portal)} gzip (${verdict(signedIn.portal)} the ` +
            `${kb(FIRST_LOAD_BUDGET)} budget; ${signedIn.files} files) + demo-only MSW and toolbar ${kb(signedIn.demo)}`,
        );
        if (portal === 'severny') console.log(`  ${signedIn.sizes.join(', ')}`);
      } finally {
        await context.close();
      }
    }
    // The session starts without oidc-client-ts and loads it on demand (sign-in, renewal, sign-out, DPoP).
    const oidcKey = Object.keys(manifest).find((key) => key.endsWith('core/session/oidc-runtime.ts'));
    if (oidcKey) {
      const onDemand = closure(manifest, oidcKey);
      for (const file of firstLoaded) onDemand.delete(file);
      const { portal: bytes } = account(outDir, onDemand, new Set());
      console.log(`  on demand: oidc-client-ts (sign-in, renewal, sign-out, DPoP) ${kb(bytes)} gzip`);
    }
    const shared = Object.entries(manifest).filter(([key]) => /^_(lit|session|portal)-/.test(key)).length;
    console.log(
      `  lit, @lit/context and the session core: one copy each, in shared chunks (${shared} shared first-load chunk files)`,
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
  if (!process.argv.includes('--first-load')) await heapGrowth(browser);
} catch (error) {
  console.log(`portal bench did not finish: ${(error as Error).message}`);
} finally {
  await browser.close();
}
