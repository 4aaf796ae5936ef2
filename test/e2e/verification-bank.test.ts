/**
 * <gu-verification>'s partner-bank round trip with real page navigations: the portal page (a <gu-session> on the MSW
 * mock provider with <gu-verification> inside, signed in as `standard`) → «Перейти в банк» → the mock bank page
 * (mocks/verification/bank.html, same tab) → «Разрешить передачу данных» / «Отказать» → back to the portal page with
 * `?gu-bank-result=<ticket>` → the widget takes it out of the URL, asks the server and shows the result.
 *
 * Each page is a new document with its own MSW worker and in-memory database; the mock's bank tickets live in
 * sessionStorage, so they survive the navigations (the citizen signs in again on the way back, as a portal's session
 * would restore itself). The portal page is written here; the bank page is the one a user gets: served at
 * /mocks/verification/bank.html by build/mock-pages.ts in vite's dev server, as `npm start` serves it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { mockPages } from '../../build/mock-pages.js';
import { CHROME_ARGS } from './harness.js';

// 9506 is login-qr.test.ts's: this file has its own port so both can run at once.
const PAGE_PORT = 9507;
const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const at = (path: string): string => JSON.stringify(join(repoRoot, path));

/** The portal page: the mock backend, a session on /mock-oidc signed in as `standard`, the widget. */
const PORTAL_PAGE = `
import ${at('components/core/session/gu-session.js')};
import ${at('components/verification/gu-verification.js')};
import { startMockWorker } from ${at('mocks/browser.js')};
import { signInAsTestCitizen } from ${at('mocks/oidc/embedded-sign-in.js')};

await startMockWorker({ quiet: true });
const here = location.origin + location.pathname;
const session = document.createElement('gu-session');
session.setAttribute('authority', '/mock-oidc');
session.setAttribute('client-id', 'gu-kit-e2e-verification');
session.setAttribute('redirect-uri', here);
session.setAttribute('api-base', '/api');
session.append(document.createElement('gu-verification'));
document.querySelector('main').append(session);

// Sign in as the standard-level citizen through the embedded hand-over (what <gu-login> does).
while (!session.session || session.session.status === 'unknown') await new Promise((r) => setTimeout(r, 50));
await signInAsTestCitizen(session.session, '/mock-oidc', 'standard', 'standard-2026');
`;

const PORTAL_HTML = `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="utf-8" />
    <title>gu-kit e2e: подтверждение личности</title>
    <script type="module" src="./verification-page.ts"></script>
  </head>
  <body>
    <main></main>
  </body>
</html>
`;

/** Writes the portal page into `dir` (the root of the dev server). */
async function writePortalPage(dir: string): Promise<void> {
  await writeFile(join(dir, 'verification-page.ts'), PORTAL_PAGE);
  await writeFile(join(dir, 'verification.html'), PORTAL_HTML);
}

/**
 * Vite's dev server as `npm start` runs it for the mock pages: the mock-pages plugin (the bank page at its path),
 * the MSW worker from mocks/public at the root; the portal page from `dir`.
 */
async function serve(dir: string): Promise<{ origin: string; server: ViteDevServer }> {
  const server = await createServer({
    configFile: false,
    root: dir,
    cacheDir: resolve(repoRoot, 'node_modules/.vite-e2e-verification'),
    publicDir: resolve(repoRoot, 'mocks/public'),
    appType: 'mpa',
    logLevel: 'warn',
    plugins: [mockPages()],
    server: { host: '127.0.0.1', port: PAGE_PORT, strictPort: true, fs: { allow: [repoRoot, dir] } },
  });
  await server.listen();
  return { origin: `http://127.0.0.1:${PAGE_PORT}`, server };
}

/** The text and tag of the focused element, through shadow roots. */
function focused(page: Page): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return { tag: active?.tagName ?? '', text: active?.textContent?.trim() ?? '' };
  });
}

const sessionLevel = (page: Page): Promise<string | undefined> =>
  page.evaluate(
    () => (document.querySelector('gu-session') as unknown as { session?: { level?: string } }).session?.level,
  );

describe('gu-verification: partner bank round trip through the mock bank page', { timeout: 240_000 }, () => {
  let dir = '';
  let pages: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gu-kit-e2e-verification-'));
    await writePortalPage(dir);
    pages = await serve(dir);
    const { findChrome } = (await import('../tools/find-chrome.mjs' as string)) as { findChrome(): string };
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await pages?.server.close().catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Opens the portal page signed in, chooses `bank` and follows «Перейти в банк» to the mock bank page. */
  async function toTheBank(bank: string): Promise<Page> {
    const context = await browser!.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${pages!.origin}/verification.html?from=portal`);
    await page.locator('gu-verification [data-current-level="standard"]').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /^Выбрать\s*: Через банк-партнёр/ }).click();
    await page.getByRole('radio', { name: bank }).check();
    await page.getByRole('button', { name: 'Перейти в банк' }).click();
    await page.waitForURL(/\/mocks\/verification\/bank\.html\?/, { timeout: 30_000 });
    const url = new URL(page.url());
    assert.match(url.searchParams.get('ticket') ?? '', /^[0-9a-f]{32}$/);
    assert.equal(url.searchParams.get('return'), `${pages!.origin}/verification.html?from=portal`);
    // Strict CSP shape: no inline script or style on the bank page.
    const inline = await page.evaluate(
      () =>
        document.querySelectorAll('script:not([src]), style, [style]').length +
        document.querySelectorAll('[onclick]').length,
    );
    assert.equal(inline, 0);
    return page;
  }

  it('allow: back on the portal with the ticket, the server confirms, the level goes up', async () => {
    const page = await toTheBank('Сбербанк');
    await page.getByRole('heading', { level: 1, name: 'Сбербанк: Подтверждение личности для Госуслуг' }).waitFor();
    const allow = page.getByRole('button', { name: 'Разрешить передачу данных' });
    const box = await allow.boundingBox();
    assert.ok(box && box.height >= 24, 'a target of at least 24 px');
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/verification/bank-results/')) asked.push(request.url());
    });
    await allow.click();
    await page.waitForURL(/\/verification\.html/, { timeout: 30_000 });
    await page.getByRole('heading', { name: 'Личность подтверждена' }).waitFor({ timeout: 30_000 });
    assert.deepEqual(await focused(page), { tag: 'H3', text: 'Личность подтверждена' });
    assert.equal(new URL(page.url()).searchParams.has('gu-bank-result'), false, 'the ticket left the URL');
    assert.equal(new URL(page.url()).searchParams.get('from'), 'portal', 'the rest of the URL is kept');
    assert.equal(asked.length, 1, 'the server was asked for the result once');
    await page.waitForFunction(
      () =>
        (document.querySelector('gu-session') as unknown as { session?: { level?: string } }).session?.level ===
        'confirmed',
      undefined,
      { timeout: 15_000 },
    );
    assert.equal(await sessionLevel(page), 'confirmed');
  });

  it('decline (the bank page in English): back on the portal, refused, another bank offered', async () => {
    const page = await toTheBank('Т-Банк');
    await page.goto(`${page.url()}&lang=en`);
    await page.getByRole('heading', { level: 1, name: 'T-Bank: Identity confirmation for Gosuslugi' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.waitForURL(/\/verification\.html/, { timeout: 30_000 });
    await page.getByRole('heading', { name: 'Банк не подтвердил личность' }).waitFor({ timeout: 30_000 });
    assert.deepEqual(await focused(page), { tag: 'H3', text: 'Банк не подтвердил личность' });
    assert.equal(await sessionLevel(page), 'standard');
    await page.getByRole('button', { name: 'Выбрать другой банк' }).click();
    await page.getByRole('radio', { name: 'Сбербанк' }).waitFor();
  });

  it('a forged return (?gu-bank-result=…): a precise error, nothing confirmed', async () => {
    const context = await browser!.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${pages!.origin}/verification.html?gu-bank-result=forged`);
    await page.getByRole('heading', { name: 'Не удалось получить ответ банка' }).waitFor({ timeout: 30_000 });
    assert.match(await page.locator('gu-verification [data-bank-problem]').innerText(), /Ответ банка не найден/);
    assert.equal(new URL(page.url()).searchParams.has('gu-bank-result'), false);
    assert.equal(await sessionLevel(page), 'standard');
  });
});
