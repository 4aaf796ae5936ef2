/**
 * The CDN build (build/cdn.ts, issue 18): the kit with content-hashed names, an import map that names the widgets and
 * gives every JS file its integrity hash, a manifest for portals that write their own tags; and the plain demo page
 * served from it under the strict CSP (only the inline import map allowed, by its hash). In Chromium: the tracker
 * renders and works, nothing is refused by the policy; a lazily loaded chunk changed by one byte on the server is
 * refused by its integrity hash, and the tracker shows its error with «Повторить» and keeps working. And a portal's own
 * page made of the tags `cdnTags()` prints works under the strict CSP with the manifest's import-map hash.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findChrome } from '../tools/find-chrome.mjs';
import { CHROME_ARGS } from './harness.js';
import {
  buildCdnDemo,
  CDN_DEFAULT_BASE,
  CDN_LIT_ENTRY,
  cdnCsp,
  cdnTags,
  rebaseCdn,
  serveCdnDemo,
  type CdnDemo,
} from '../../build/cdn.js';
import { publicEntries } from '../../build/kit.js';
import { PACKAGE_WIDGETS } from '../../build/package.js';

const PORT = 9657;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const sha = (algorithm: 'sha256' | 'sha384', bytes: string | Uint8Array): string =>
  `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;

/** `bytes` with one byte changed (the last: a newline becomes a space and back, so the script still parses). */
function oneByteChanged(bytes: Buffer): Buffer {
  const changed = Buffer.from(bytes);
  const last = changed.length - 1;
  changed[last] = changed[last] === 0x0a ? 0x20 : 0x0a;
  return changed;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

/** The attributes of every `<script>` and `<link>` of the page. */
function tagsOf(html: string): { tag: string; attributes: Record<string, string>; text: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>|<link\b([^>]*)>/g)].map(([, script, text, link]) => ({
    tag: script === undefined ? 'link' : 'script',
    attributes: Object.fromEntries(
      [...(script ?? link)!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k, v ?? '']),
    ),
    text: text ?? '',
  }));
}

interface Watched {
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

async function openDemo(context: BrowserContext, url = `${ORIGIN}/plain/`): Promise<{ page: Page; watched: Watched }> {
  const page = await context.newPage();
  const watched: Watched = { violations: [], consoleErrors: [], pageErrors: [] };
  await page.exposeFunction('__cspViolation', (text: string) => watched.violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __cspViolation(text: string): void }).__cspViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
      ),
    ),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  await page.goto(url);
  return { page, watched };
}

/** Signs in through the demo's developer toolbar and waits for the tracker's rows. */
async function signInAndSeeRows(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Войти как тестовый гражданин' }).click({ timeout: 30_000 });
  await page.locator('gu-application-tracker button.open').first().waitFor({ timeout: 30_000 });
}

describe('CDN build with integrity hashes, the plain page under the strict CSP', { timeout: 300_000 }, () => {
  let outDir = '';
  let demo: CdnDemo;
  let server: Server | undefined;
  let browser: Browser | undefined;
  const tampered = new Set<string>();
  /** Every path the server answered, in order. */
  const served: string[] = [];
  let kitDir = '';

  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'gu-cdn-'));
    demo = await buildCdnDemo({ outDir });
    kitDir = join(outDir, 'gu-kit');
    server = await serveCdnDemo(outDir, demo.csp, {
      port: PORT,
      transform: (pathname, bytes) => {
        served.push(pathname);
        return tampered.has(pathname) ? oneByteChanged(bytes) : bytes;
      },
    });
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    rmSync(outDir, { recursive: true, force: true });
  });

  it('names every file by its content and gives each its integrity, in the manifest and the import map', () => {
    const { manifest } = demo;
    const written = filesUnder(kitDir).filter((file) => !/^(cdn-manifest|import-map)\.(json|html)$/.test(file));
    assert.deepEqual(Object.keys(manifest.files).sort(), written, 'the manifest lists exactly the files written');
    for (const file of written) {
      assert.match(file, /-[\w-]{8}\.(js|css)$/, `${file} has a content hash in its name`);
      const bytes = readFileSync(join(kitDir, file));
      assert.equal(manifest.files[file]!.integrity, sha('sha384', bytes), `${file}: integrity of its bytes`);
      if (file.endsWith('.js'))
        assert.equal(manifest.importMap.integrity[CDN_DEFAULT_BASE + file], sha('sha384', bytes), `${file} in the map`);
    }
    assert.equal(
      Object.keys(manifest.importMap.integrity).length,
      written.filter((file) => file.endsWith('.js')).length,
      'the import map checks every JS file, nothing else',
    );
    // Every public entry is in the build, and Lit; every widget of the npm package has its bare name.
    assert.deepEqual(Object.keys(manifest.entries).sort(), [...Object.keys(publicEntries()), CDN_LIT_ENTRY].sort());
    assert.equal(manifest.importMap.imports['gu-kit/lit'], CDN_DEFAULT_BASE + manifest.entries[CDN_LIT_ENTRY]!.file);
    for (const [name, { define }] of Object.entries(PACKAGE_WIDGETS)) {
      const url = manifest.importMap.imports[`gu-kit/${name}`];
      assert.equal(url, CDN_DEFAULT_BASE + manifest.entries[define]!.file, `gu-kit/${name} → its entry`);
    }
    assert.equal(
      manifest.importMap.imports['gu-kit/core/ui/gu-text-field.js'],
      CDN_DEFAULT_BASE + manifest.entries['components/core/ui/gu-text-field']!.file,
    );
    // The themes as stylesheets.
    assert.ok(readFileSync(join(kitDir, manifest.themes.severny!), 'utf8').includes('--gu-color-primary'));
  });

  it('ships lit once, in a shared chunk, and nothing of the mock backend', () => {
    for (const module of [
      'lit-html/lit-html.js',
      '@lit/reactive-element/reactive-element.js',
      'lit-element/lit-element.js',
    ]) {
      const holders = Object.entries(demo.modules).filter(([, ids]) =>
        ids.some((id) => id.includes(`node_modules/${module}`)),
      );
      assert.equal(holders.length, 1, `${module} is in one file: ${holders.map(([file]) => file).join(', ')}`);
      assert.match(holders[0]![0], /^shared\//);
    }
    const mockModules = Object.values(demo.modules)
      .flat()
      .filter((id) => /(^|\/)(mocks|msw)\//.test(id));
    assert.deepEqual(mockModules, [], 'no module of mocks/ or msw in the kit');
    for (const file of filesUnder(kitDir))
      assert.doesNotMatch(readFileSync(join(kitDir, file), 'utf8'), /mockServiceWorker/, `${file} has no mock`);
  });

  it('gives the CSP hash of the import map to paste, byte for byte', () => {
    const text = readFileSync(join(kitDir, 'import-map.json'), 'utf8');
    assert.deepEqual(JSON.parse(text), demo.manifest.importMap);
    assert.equal(demo.manifest.importMapCsp, `'${sha('sha256', text)}'`);
    assert.deepEqual(
      rebaseCdn(demo.manifest, CDN_DEFAULT_BASE),
      demo.manifest,
      'rebasing to its own base changes nothing',
    );
    const [script] = tagsOf(readFileSync(join(kitDir, 'import-map.html'), 'utf8'));
    assert.equal(script!.attributes.type, 'importmap');
    assert.equal(script!.text, text, 'import-map.html holds exactly the hashed text');
  });

  it('serves the page with integrity on every script, preload and stylesheet, matching the served bytes', async () => {
    const response = await fetch(`${ORIGIN}/plain/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    const tags = tagsOf(await response.text());
    const inline = tags.filter(({ tag, attributes }) => tag === 'script' && !('src' in attributes));
    assert.deepEqual(
      inline.map(({ attributes }) => attributes.type),
      ['importmap'],
      'the one inline script is the import map',
    );
    assert.ok(csp.includes(`'${sha('sha256', inline[0]!.text)}'`), 'the policy allows the import map by its hash');
    const pageMap = JSON.parse(inline[0]!.text) as CdnDemo['pageImportMap'];
    const loaded = tags.filter(
      ({ tag, attributes }) =>
        (tag === 'script' && 'src' in attributes) || ['modulepreload', 'stylesheet'].includes(attributes.rel ?? ''),
    );
    assert.ok(loaded.some(({ tag, attributes }) => tag === 'script' && attributes.type === 'module'));
    assert.ok(loaded.filter(({ attributes }) => attributes.rel === 'modulepreload').length > 5);
    for (const { attributes } of loaded) {
      const url = attributes.src ?? attributes.href!;
      const bytes = Buffer.from(await (await fetch(ORIGIN + url)).arrayBuffer());
      assert.equal(attributes.integrity, sha('sha384', bytes), `${url}: integrity matches the served bytes`);
      if (url.endsWith('.js')) assert.equal(pageMap.integrity[url], attributes.integrity, `${url}: the map agrees`);
    }
    // Every JS file the page may load — the kit's and the demo's own — is checked through the import map.
    const served = [
      ...filesUnder(kitDir).map((f) => `/gu-kit/${f}`),
      ...filesUnder(join(outDir, 'plain/demo')).map((f) => `/plain/demo/${f}`),
    ];
    for (const url of served.filter((file) => file.endsWith('.js')))
      assert.equal(pageMap.integrity[url], sha('sha384', readFileSync(join(outDir, url))), `${url} in the page's map`);
  });

  it('renders and works from the CDN build: sign in, rows, a lazily loaded detail; no CSP violation', async () => {
    const context = await browser!.newContext({ locale: 'ru-RU' });
    try {
      served.length = 0;
      const { page, watched } = await openDemo(context);
      await signInAndSeeRows(page);
      const trackerFile = demo.manifest.entries['components/application-tracker/gu-application-tracker']!.file;
      assert.ok(served.includes(CDN_DEFAULT_BASE + trackerFile), 'the tracker came from the CDN build');
      // The chart: chart.js, loaded by import() and checked by the import map's integrity, arrives and draws.
      await page.getByRole('button', { name: 'Показать диаграмму' }).click();
      await page.getByRole('heading', { name: 'Заявления в цифрах' }).waitFor({ timeout: 30_000 });
      await page.locator('gu-application-chart canvas').first().waitFor({ timeout: 30_000 });
      assert.equal(await page.locator('gu-application-chart gu-error-state').count(), 0);
      // A row opens its detail: chunks loaded by import(), each checked by the import map's integrity.
      await page.locator('gu-application-tracker button.open').first().click();
      await page.getByRole('button', { name: 'К списку заявлений' }).waitFor({ timeout: 30_000 });
      const detailFile = Object.entries(demo.modules).find(([, ids]) =>
        ids.includes('components/application-tracker/parts/application-detail.ts'),
      )![0];
      const trackerPreload = demo.manifest.entries['components/application-tracker/gu-application-tracker']!.preload;
      assert.ok(!trackerPreload.includes(detailFile), 'the detail is not in the first load');
      assert.ok(served.includes(CDN_DEFAULT_BASE + detailFile), `${detailFile} was loaded from the CDN build`);
      assert.deepEqual(watched.violations, [], 'no CSP violation');
      assert.deepEqual(watched.pageErrors, [], 'no uncaught error');
      assert.deepEqual(watched.consoleErrors, [], 'no console error');
    } finally {
      await context.close();
    }
  });

  it('refuses a lazily loaded chunk changed by one byte; the tracker shows its error and keeps working', async () => {
    const chartFile = Object.entries(demo.modules).find(([, ids]) =>
      ids.includes('components/core/ui/bar-chart.ts'),
    )![0];
    const trackerPreload = demo.manifest.entries['components/application-tracker/gu-application-tracker']!.preload;
    assert.ok(!trackerPreload.includes(chartFile), 'chart.js is loaded later, with import()');
    tampered.add(CDN_DEFAULT_BASE + chartFile);
    const context = await browser!.newContext({ locale: 'ru-RU' });
    try {
      served.length = 0;
      const { page, watched } = await openDemo(context);
      await signInAndSeeRows(page);
      assert.ok(!served.includes(CDN_DEFAULT_BASE + chartFile), 'chart.js is not loaded before the chart is asked for');
      await page.getByRole('button', { name: 'Показать диаграмму' }).click();
      const error = page.locator('gu-application-chart gu-error-state');
      await error.getByRole('heading', { name: 'Не удалось загрузить данные' }).waitFor({ timeout: 30_000 });
      await error.getByRole('button', { name: 'Повторить' }).waitFor();
      assert.ok(served.includes(CDN_DEFAULT_BASE + chartFile), 'the server did send the chunk: the browser refused it');
      // Refused for its integrity: the same bytes fetched with the map's hash fail, without it they arrive.
      const fetched = await page.evaluate(
        async ({ url, integrity }) => ({
          checked: await fetch(url, { integrity, cache: 'no-store' }).then(
            () => 'loaded',
            () => 'refused',
          ),
          unchecked: await fetch(url, { cache: 'no-store' }).then((response) => response.status),
        }),
        { url: CDN_DEFAULT_BASE + chartFile, integrity: demo.manifest.files[chartFile]!.integrity },
      );
      assert.deepEqual(fetched, { checked: 'refused', unchecked: 200 });
      for (const text of watched.consoleErrors) assert.match(text, /^Failed to load resource/, 'only the refused load');
      assert.deepEqual(watched.pageErrors, [], 'no uncaught error: the widget did not crash');
      assert.deepEqual(watched.violations, [], 'no CSP violation');
      // The rest of the tracker still works: a row opens its detail.
      await page.getByRole('button', { name: 'Скрыть диаграмму' }).click();
      await page.locator('gu-application-tracker button.open').first().click();
      await page.getByRole('button', { name: 'К списку заявлений' }).waitFor({ timeout: 30_000 });
    } finally {
      tampered.clear();
      await context.close();
    }
  });

  it('prints the tags to paste for chosen widgets, each with its integrity', () => {
    const { manifest } = demo;
    const tags = tagsOf(cdnTags(manifest, ['application-tracker', 'session'], { theme: 'severny' }));
    const [map] = tags.filter(({ attributes }) => attributes.type === 'importmap');
    assert.equal(map!.text, readFileSync(join(kitDir, 'import-map.json'), 'utf8'), 'the map allowed by importMapCsp');
    const urls = tags.flatMap(({ attributes }) => (attributes.src ?? attributes.href ?? '') || []);
    const entries = ['application-tracker/gu-application-tracker', 'core/session/gu-session'].map(
      (name) => manifest.entries[`components/${name}`]!,
    );
    const scripts = tags
      .filter(({ attributes }) => attributes.type === 'module')
      .map(({ attributes }) => attributes.src);
    assert.deepEqual(
      scripts,
      entries.map(({ file }) => CDN_DEFAULT_BASE + file),
    );
    const expected = new Set([...entries.flatMap(({ preload }) => preload), manifest.themes.severny!]);
    assert.deepEqual(new Set(urls.map((url) => url.slice(CDN_DEFAULT_BASE.length))), expected);
    for (const { attributes } of tags.filter(({ attributes }) => attributes.type !== 'importmap')) {
      const file = (attributes.src ?? attributes.href)!.slice(CDN_DEFAULT_BASE.length);
      assert.equal(attributes.integrity, sha('sha384', readFileSync(join(kitDir, file))), `${file}: integrity`);
    }
    assert.throws(() => cdnTags(manifest, ['no-such-widget']), /no widget "no-such-widget"/);
  });

  it("works on a portal's own page from the pasted tags, the kit on another origin (a CDN), under the strict CSP", async () => {
    const pagePort = PORT + 1;
    const cdnOrigin = `http://127.0.0.1:${PORT + 2}`;
    // The same files served by a CDN: only the import map (and its hash) changes with the base.
    const manifest = rebaseCdn(demo.manifest, `${cdnOrigin}/gu-kit/`);
    const tags = cdnTags(manifest, ['a11y-toggle', 'core/ui/gu-text-field.js'], { theme: 'severny' });
    writeFileSync(
      join(outDir, 'portal.html'),
      `<!doctype html>\n<html lang="ru">\n<head>\n<meta charset="utf-8" />\n<title>Портал</title>\n${tags}\n` +
        `<link rel="icon" href="/favicon.svg" type="image/svg+xml" />\n</head>\n<body>\n<main>\n` +
        `<gu-a11y-toggle></gu-a11y-toggle>\n<form><gu-text-field name="snils" label="СНИЛС"></gu-text-field></form>\n` +
        `</main>\n</body>\n</html>\n`,
    );
    const fromPage: string[] = [];
    const fromCdn: string[] = [];
    const pageServer = await serveCdnDemo(outDir, cdnCsp(manifest.importMapCsp, cdnOrigin), {
      port: pagePort,
      transform: (pathname, bytes) => (fromPage.push(pathname), bytes),
    });
    const cdnServer = await serveCdnDemo(outDir, demo.csp, {
      port: PORT + 2,
      cors: true,
      transform: (pathname, bytes) => (fromCdn.push(pathname), bytes),
    });
    const context = await browser!.newContext({ locale: 'ru-RU' });
    try {
      const { page, watched } = await openDemo(context, `http://127.0.0.1:${pagePort}/portal.html`);
      const field = page.getByRole('textbox', { name: 'СНИЛС' });
      await field.fill('112-233-445 95');
      assert.equal(await field.inputValue(), '112-233-445 95');
      // The theme's stylesheet (with its integrity) applies to the page.
      const primary = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--gu-color-primary').trim(),
      );
      const severny = readFileSync(join(kitDir, manifest.themes.severny!), 'utf8');
      assert.equal(
        primary,
        /--gu-color-primary:\s*([^;]+);/.exec(severny)?.[1]?.trim(),
        'the severny preset is on :root',
      );
      // The toggle's panel: a chunk loaded with import() on the first press, checked through the import map.
      await page.getByRole('button', { name: 'Версия для слабовидящих' }).click();
      await page.getByRole('region', { name: 'Версия для слабовидящих' }).waitFor({ timeout: 30_000 });
      const panelFile = manifest.entries['components/a11y/gu-a11y-panel']!.file;
      assert.ok(!manifest.entries['components/a11y/gu-a11y-toggle']!.preload.includes(panelFile));
      assert.ok(fromCdn.includes(`/gu-kit/${panelFile}`), 'the panel came from the CDN');
      assert.deepEqual(
        fromPage.filter((path) => path.startsWith('/gu-kit/')),
        [],
        'nothing of the kit from the page origin',
      );
      assert.deepEqual(watched.violations, [], 'no CSP violation');
      assert.deepEqual(watched.pageErrors, [], 'no uncaught error');
      assert.deepEqual(watched.consoleErrors, [], 'no console error');
    } finally {
      await context.close();
      await new Promise((done) => pageServer.close(done));
      await new Promise((done) => cdnServer.close(done));
    }
  });

  it('keeps the demo page in step with shells/plain/index.html', () => {
    const source = readFileSync(join(import.meta.dirname, '../../shells/plain/index.html'), 'utf8');
    const page = readFileSync(join(outDir, demo.page), 'utf8');
    const body = (html: string): string => html.slice(html.indexOf('<body>'));
    assert.equal(body(page), body(source));
    assert.equal(relative(outDir, join(outDir, demo.page)), 'plain/index.html');
    // The demo script loads the widgets the page preloads: both read shells/plain-cdn/widgets.ts.
    const script = readFileSync(join(import.meta.dirname, '../../shells/plain-cdn/demo.ts'), 'utf8');
    assert.match(script, /import \{ CDN_DEMO_WIDGETS \} from '\.\/widgets\.js';/);
    assert.match(script, /CDN_DEMO_WIDGETS\.map\(fromKit\)/);
  });
});
