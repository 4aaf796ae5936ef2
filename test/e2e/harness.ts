/**
 * What the end-to-end tests share: building the test pages with vite's build API (each bundle self-contained), a
 * static page server on a fixed loopback port, the dev IdP, Chromium through playwright-core, and helpers to sign in
 * at the provider and to find tokens in browser storage.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { mkdtemp, readFile, rm, copyFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import type { Browser, Page, Response } from 'playwright-core';
import { defaultClients, startDevIdp } from '../../mocks/idp/dev-idp.js';
import type { DevIdp, DevIdpTtl } from '../../mocks/idp/dev-idp.js';

const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));
const repoRoot = resolve(pagesDir, '../../..');

/** Chromium flags of every e2e test (no sandbox as root, nothing reaching the network on its own). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Bundles an entry (with its own copy of every dependency) into `outDir/<name>.js`. */
export async function bundle(entry: string, outDir: string, name: string): Promise<void> {
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'error',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      copyPublicDir: false,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
    },
  });
}

/**
 * The e2e pages: `session` (one page), `bundles` (four bundles), `flows` (popup, notice, API calls), `login`
 * (<gu-login> in a <gu-session> on the MSW mock provider; the MSW worker script is served next to it).
 */
export type E2ePage = 'session' | 'bundles' | 'flows' | 'login';

/** Builds the pages a test needs into a fresh temp dir. */
export async function buildPages(which: ReadonlyArray<E2ePage>): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'gu-kit-e2e-'));
  if (which.includes('flows')) {
    await bundle(join(pagesDir, 'flows-page.ts'), out, 'flows-page');
    await copyFile(join(pagesDir, 'flows.html'), join(out, 'flows.html'));
  }
  if (which.includes('login')) {
    await bundle(join(pagesDir, 'login-page.ts'), out, 'login-page');
    await copyFile(join(pagesDir, 'login.html'), join(out, 'login.html'));
    await copyFile(join(repoRoot, 'mocks/public/mockServiceWorker.js'), join(out, 'mockServiceWorker.js'));
  }
  if (which.includes('session')) {
    await bundle(join(pagesDir, 'session-page.ts'), out, 'session-page');
    await copyFile(join(pagesDir, 'session.html'), join(out, 'session.html'));
  }
  if (which.includes('bundles')) {
    await mkdir(join(out, 'bundles'), { recursive: true });
    // Four separate builds: each has its own lit, @lit/context (and the session bundle its own oidc-client-ts).
    for (const name of ['widget-a', 'widget-b', 'widget-c', 'session'])
      await bundle(join(pagesDir, 'bundles', `${name}.ts`), join(out, 'bundles'), name);
    await copyFile(join(pagesDir, 'bundles.html'), join(out, 'bundles.html'));
  }
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves a directory of built pages on 127.0.0.1:<port>; a page asked for with `?csp=<policy>` is sent with that
 * Content-Security-Policy (a test's way to try a policy on a page).
 */
export async function servePages(dir: string, port: number): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const csp = url.searchParams.get('csp');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'session.html' : path);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
          ...(csp ? { 'Content-Security-Policy': csp } : {}),
        });
        res.end(body);
      },
      () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Everything one e2e file runs: the dev IdP on `pagePort − 100`, the built pages on `pagePort`, a browser. */
export interface E2eWorld {
  idp: DevIdp;
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the dev IdP, builds and serves the pages, launches Chromium; `close()` stops all of it (call it in `after`). */
export async function startWorld(options: {
  pagePort: number;
  pages: ReadonlyArray<E2ePage>;
  ttl?: Partial<DevIdpTtl>;
  /** The dev IdP with DPoP (`features.dPoP`) [false]. */
  dpop?: boolean;
}): Promise<E2eWorld> {
  const origin = `http://127.0.0.1:${options.pagePort}`;
  const stops: Array<() => Promise<unknown>> = [];
  const close = async (): Promise<void> => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const clients = defaultClients().map((client) => ({
      ...client,
      redirect_uris: [
        ...client.redirect_uris,
        `${origin}/session.html`,
        `${origin}/bundles.html`,
        `${origin}/flows.html`,
      ],
      post_logout_redirect_uris: [
        ...(client.post_logout_redirect_uris ?? []),
        `${origin}/session.html`,
        `${origin}/bundles.html`,
        `${origin}/flows.html`,
      ],
    }));
    const idp = await startDevIdp({
      port: options.pagePort - 100,
      clients,
      ...(options.ttl ? { ttl: options.ttl } : {}),
      ...(options.dpop ? { dpop: true } : {}),
    });
    stops.push(() => idp.close());
    const dir = await buildPages(options.pages);
    stops.push(() => rm(dir, { recursive: true, force: true }));
    const pages = await servePages(dir, options.pagePort);
    stops.push(() => pages.close());
    // find-chrome.mjs is plain JS without types: import it by a computed specifier and type what it gives.
    const { findChrome } = (await import('../tools/find-chrome.mjs' as string)) as { findChrome(): string };
    const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
    stops.push(() => browser.close());
    return { idp, origin, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Pages on `pagePort` and a browser, without the dev IdP (pages that run the MSW mock backend, e.g. `login`). */
export async function startPagesOnly(options: {
  pagePort: number;
  pages: ReadonlyArray<E2ePage>;
}): Promise<Omit<E2eWorld, 'idp'>> {
  const stops: Array<() => Promise<unknown>> = [];
  const close = async (): Promise<void> => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const dir = await buildPages(options.pages);
    stops.push(() => rm(dir, { recursive: true, force: true }));
    const pages = await servePages(dir, options.pagePort);
    stops.push(() => pages.close());
    const { findChrome } = (await import('../tools/find-chrome.mjs' as string)) as { findChrome(): string };
    const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
    stops.push(() => browser.close());
    return { origin: pages.origin, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The values of every token the page received from the token endpoint (seen on the wire). */
export interface SeenTokens {
  accessTokens: string[];
  refreshTokens: string[];
  idTokens: string[];
}

/** Records every token response of the IdP that a page receives. */
export function watchTokens(
  page: Page,
  issuer: string,
  seen: SeenTokens = { accessTokens: [], refreshTokens: [], idTokens: [] },
): SeenTokens {
  page.on('response', (response: Response) => {
    if (response.url() !== `${issuer}/token` || response.request().method() !== 'POST') return;
    response
      .json()
      .then((body: Record<string, unknown>) => {
        if (typeof body.access_token === 'string') seen.accessTokens.push(body.access_token);
        if (typeof body.refresh_token === 'string') seen.refreshTokens.push(body.refresh_token);
        if (typeof body.id_token === 'string') seen.idTokens.push(body.id_token);
      })
      .catch(() => undefined);
  });
  return seen;
}

/** Reads a probe's reflected snapshot. */
export async function probeState(page: Page, selector = 'e2e-probe'): Promise<Record<string, string>> {
  return page.$eval(selector, (element) => ({ ...(element as HTMLElement).dataset }) as Record<string, string>);
}

/** Waits until a probe shows a status. */
export async function waitForStatus(
  page: Page,
  status: string,
  selector = 'e2e-probe',
  timeout = 15_000,
): Promise<void> {
  await page.waitForFunction(
    ([sel, want]) => (document.querySelector(sel!) as HTMLElement | null)?.dataset.status === want,
    [selector, status] as const,
    { timeout, polling: 50 },
  );
}

/** Calls `session.signIn('redirect')` on a probe's snapshot (the page then navigates to the provider). */
export async function startSignIn(page: Page, selector = 'e2e-probe'): Promise<void> {
  await page
    .evaluate((sel) => {
      const probe = document.querySelector(sel) as
        (HTMLElement & { session?: { signIn(method?: string): Promise<void> } }) | null;
      void probe?.session?.signIn('redirect');
    }, selector)
    .catch(() => undefined); // the navigation may destroy the context
}

/** On the provider's pages: log in with a test citizen and allow access (when asked); waits for the way back. */
export async function loginAtProvider(page: Page, issuer: string, login: string, password: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(`${issuer}/interaction/`), { timeout: 15_000 });
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  // Next is the consent page (first grant to the client) or, with a grant already given, the way back.
  const consent = page.getByRole('button', { name: 'Разрешить' });
  const back = page.waitForURL((url) => !url.href.startsWith(issuer), { timeout: 15_000 });
  const asked = await Promise.race([consent.waitFor({ timeout: 15_000 }).then(() => true), back.then(() => false)]);
  if (asked) await consent.click();
  await page.waitForURL((url) => !url.href.startsWith(issuer), { timeout: 15_000 });
}

/** Every JWT-shaped string and every given secret found in localStorage, sessionStorage, IndexedDB and document.cookie. */
export async function findTokensInStorage(page: Page, secrets: string[]): Promise<string[]> {
  return page.evaluate(async (values) => {
    const texts: Array<[string, string]> = [];
    for (const [name, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const)
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i)!;
        texts.push([`${name}:${key}`, `${key}=${storage.getItem(key) ?? ''}`]);
      }
    texts.push(['document.cookie', document.cookie]);
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const records = await new Promise<unknown[]>((done, fail) => {
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
        texts.push([`indexedDB:${info.name}/${storeName}`, JSON.stringify(records)]);
      }
      db.close();
    }
    const found: string[] = [];
    const jwt = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/;
    for (const [where, text] of texts) {
      if (jwt.test(text)) found.push(`JWT-shaped string in ${where}`);
      for (const secret of values) if (secret && text.includes(secret)) found.push(`a token value in ${where}`);
    }
    return found;
  }, secrets);
}

/**
 * An init script (`context.addInitScript({ content: RECORD_IFRAMES })`): a MutationObserver, from before the first
 * page script, records every <iframe> added to the document or to any shadow root in `window.__iframes` (their `src`).
 * Plain JS in a string, so no transpiler helper ends up in the serialized function.
 */
export const RECORD_IFRAMES = `(() => {
  const found = [];
  window.__iframes = found;
  const watch = (root) => new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node);
  }).observe(root, { childList: true, subtree: true });
  const scan = (node) => {
    if (node instanceof HTMLIFrameElement) found.push(node.src || '(no src)');
    if (node instanceof Element) for (const frame of node.querySelectorAll('iframe')) found.push(frame.src || '(no src)');
  };
  watch(document);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
})();`;

/** The <iframe> elements recorded by `RECORD_IFRAMES` on this page so far. */
export async function recordedIframes(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __iframes?: string[] }).__iframes ?? [])]);
}
