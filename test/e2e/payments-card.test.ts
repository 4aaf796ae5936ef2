/**
 * <gu-payments>, keyboard only, with real page navigations: two fines selected with Space in «Начисления» →
 * «Оплатить» → the checkout, bank card → «Оплатить N ₽» → the acquirer's page (mocks/payments/acquirer.html, same
 * tab: the card form, then 3-D Secure) → back on the portal page with `?gu-payment=<id>` → the widget follows the
 * payment, announces «Платёж выполнен» in the page's live region, focuses the result's heading, and the electronic
 * receipt downloads as a PDF. And «Привязанные карты»: «Привязать карту» → the same page (purpose `binding`, card form
 * and 3-D Secure) → back with `?gu-card-binding=<id>` → «Карта •••• 6781 привязана.» announced, the card listed by its
 * last four digits only.
 *
 * Each page is a new document with its own MSW worker and in-memory database: the mock keeps the acquirer's sessions
 * and the run-time payments in sessionStorage (mocks/payments/acquirer-sessions.ts, payments.ts), so they survive
 * the navigations; the portal page signs in again on every load, as a portal's session would restore itself. The
 * portal page is written here; the acquirer's page is the one a user gets, served by build/mock-pages.ts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { mockPages } from '../../build/mock-pages.js';
import { CHROME_ARGS } from './harness.js';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const at = (path: string): string => JSON.stringify(join(repoRoot, path));

/** The portal page: the mock backend, a session on /mock-oidc signed in as `confirmed`, the widget. */
const PORTAL_PAGE = `
import ${at('components/core/session/gu-session.js')};
import ${at('components/payments/gu-payments.js')};
import { startMockWorker } from ${at('mocks/browser.js')};
import { signInAsTestCitizen } from ${at('mocks/oidc/embedded-sign-in.js')};

await startMockWorker({ quiet: true });
const here = location.origin + location.pathname;
const session = document.createElement('gu-session');
session.setAttribute('authority', '/mock-oidc');
session.setAttribute('client-id', 'gu-kit-e2e-payments');
session.setAttribute('redirect-uri', here);
session.setAttribute('api-base', '/api');
const widget = document.createElement('gu-payments');
// The view to open (\`?view=cards\` for card linking); the widget keeps it when the acquirer's page comes back.
const view = new URLSearchParams(location.search).get('view');
if (view) widget.setAttribute('view', view);
session.append(widget);
document.querySelector('main').append(session);

while (!session.session || session.session.status === 'unknown') await new Promise((r) => setTimeout(r, 50));
await signInAsTestCitizen(session.session, '/mock-oidc', 'confirmed', 'confirmed-2026');
`;

const PORTAL_HTML = `<!doctype html>
<html lang="ru">
  <head>
    <meta charset="utf-8" />
    <title>gu-kit e2e: платежи</title>
    <script type="module" src="./payments-page.ts"></script>
  </head>
  <body>
    <main></main>
  </body>
</html>
`;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Vite's dev server as `npm start` runs it for the mock pages, with the portal page from `dir`. */
async function serve(dir: string): Promise<{ origin: string; server: ViteDevServer }> {
  const port = await freePort();
  const server = await createServer({
    configFile: false,
    root: dir,
    cacheDir: resolve(repoRoot, 'node_modules/.vite-e2e-payments'),
    publicDir: resolve(repoRoot, 'mocks/public'),
    appType: 'mpa',
    logLevel: 'warn',
    plugins: [mockPages()],
    server: { host: '127.0.0.1', port, strictPort: true, fs: { allow: [repoRoot, dir] } },
  });
  await server.listen();
  return { origin: `http://127.0.0.1:${port}`, server };
}

/** What has focus, through shadow roots: tag, role-ish attributes and text. */
interface Focused {
  tag: string;
  type: string;
  label: string;
  text: string;
  checked: boolean;
}
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const input = active as HTMLInputElement | null;
    return {
      tag: active?.tagName ?? '',
      type: input?.type ?? '',
      label: active?.getAttribute('aria-label') ?? '',
      text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      checked: Boolean(input?.checked),
    };
  });
}

/** Presses Tab until the focused element matches (at most `max` presses). */
async function tabTo(page: Page, match: (f: Focused) => boolean, what: string, max = 200): Promise<Focused> {
  for (let i = 0; i < max; i += 1) {
    const now = await focused(page);
    if (match(now)) return now;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}; last: ${JSON.stringify(await focused(page))}`);
}

describe(
  'gu-payments: the acquirer page round trips (pay by card, link a card), keyboard only',
  { timeout: 300_000 },
  () => {
    let dir = '';
    let pages: Awaited<ReturnType<typeof serve>> | undefined;
    let browser: Browser | undefined;
    const contexts: BrowserContext[] = [];

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'gu-kit-e2e-payments-'));
      await writeFile(join(dir, 'payments-page.ts'), PORTAL_PAGE);
      await writeFile(join(dir, 'payments.html'), PORTAL_HTML);
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

    it('select two fines → card → acquirer (3-D Secure) → back: announced, focused, receipt downloaded', async () => {
      const context = await browser!.newContext({ acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${pages!.origin}/payments.html?from=portal`);
      await page.locator('gu-payments-charges [data-group="fine"] input[type="checkbox"]').first().waitFor({
        timeout: 60_000,
      });

      // «Начисления»: the first two fines, with Space on their checkboxes.
      const fineLabels = await page
        .locator('gu-payments-charges [data-group="fine"] input[type="checkbox"]')
        .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''));
      const wanted = fineLabels.filter((label) => label.startsWith('Выбрать к оплате')).slice(0, 2);
      assert.equal(wanted.length, 2, 'two fines to select');
      for (const label of wanted) {
        await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'checkbox' && f.label === label, label);
        await page.keyboard.press('Space');
        assert.equal((await focused(page)).checked, true);
      }
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Оплатить', '«Оплатить»');
      await page.keyboard.press('Enter');

      // The checkout: both lines, the bank card (the default), «Оплатить N ₽».
      await page.locator('gu-payments-checkout tbody tr').nth(1).waitFor({ timeout: 30_000 });
      assert.equal(await page.locator('gu-payments-checkout tbody tr').count(), 2);
      await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'radio' && f.checked, 'the chosen method');
      assert.equal(await page.locator('gu-payments-checkout input[value="card"]').isChecked(), true);
      const pay = await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('Оплатить '), '«Оплатить N ₽»');
      const total = pay.text.slice('Оплатить '.length);
      await page.keyboard.press('Enter');

      // The acquirer's page: the test card is filled in, «success» picked; then 3-D Secure.
      await page.waitForURL(/\/mocks\/payments\/acquirer\.html/, { timeout: 30_000 });
      await page.locator('#card-form:not([hidden])').waitFor({ timeout: 30_000 });
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Оплатить', 'the acquirer’s «Оплатить»');
      await page.keyboard.press('Enter');
      await page.locator('#secure-form:not([hidden])').waitFor({ timeout: 30_000 });
      await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'text', 'the 3-D Secure code');
      await page.keyboard.type('12345');
      await page.keyboard.press('Enter');

      // Back on the portal page: the payment followed until it completed.
      await page.waitForURL(/\/payments\.html/, { timeout: 30_000 });
      await page.getByRole('heading', { name: 'Платёж выполнен' }).waitFor({ timeout: 60_000 });
      assert.equal(new URL(page.url()).searchParams.has('gu-payment'), false, 'the parameter left the URL');
      assert.equal(new URL(page.url()).searchParams.get('from'), 'portal', 'the rest of the URL is kept');
      await page.waitForFunction(
        () => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.tagName === 'H3';
        },
        undefined,
        { timeout: 15_000 },
      );
      assert.deepEqual(
        { tag: (await focused(page)).tag, text: (await focused(page)).text },
        { tag: 'H3', text: 'Платёж выполнен' },
      );
      await page.waitForFunction(
        (sum) =>
          [...document.querySelectorAll('[role="status"][aria-live="polite"]')].some((region) =>
            (region.textContent ?? '').replace(/\s+/g, ' ').includes(`Платёж выполнен: ${sum}`),
          ),
        total,
        { timeout: 15_000 },
      );

      // «Скачать электронный чек» from the keyboard: a PDF.
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Скачать электронный чек', 'the receipt button');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert.match(download.suggestedFilename(), /\.pdf$/);
      const file = await download.path();
      const bytes = await readFile(file);
      assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');
      assert.deepEqual(errors, []);
    });

    it('«Привязать карту» → acquirer (3-D Secure) → back: announced, listed by its last four digits', async () => {
      const context = await browser!.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${pages!.origin}/payments.html?from=portal&view=cards`);
      await page.locator('gu-payments-cards [data-card]').first().waitFor({ timeout: 60_000 });
      assert.equal(await page.locator('gu-payments-cards [data-card]').count(), 2);

      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Привязать карту', '«Привязать карту»');
      await page.keyboard.press('Enter');

      // The acquirer's page: the test card is filled in; «Привязать карту», then 3-D Secure.
      await page.waitForURL(/\/mocks\/payments\/acquirer\.html/, { timeout: 30_000 });
      await page.locator('#card-form:not([hidden])').waitFor({ timeout: 30_000 });
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Привязать карту', 'the acquirer’s «Привязать карту»');
      await page.keyboard.press('Enter');
      await page.locator('#secure-form:not([hidden])').waitFor({ timeout: 30_000 });
      await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'text', 'the 3-D Secure code');
      await page.keyboard.type('12345');
      await page.keyboard.press('Enter');

      // Back on the portal page: the linking asked about, announced, the card listed.
      await page.waitForURL(/\/payments\.html/, { timeout: 30_000 });
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('[role="status"][aria-live="polite"]')].some((region) =>
            (region.textContent ?? '').includes('Карта •••• 6781 привязана.'),
          ),
        undefined,
        { timeout: 60_000 },
      );
      assert.equal(new URL(page.url()).searchParams.has('gu-card-binding'), false, 'the parameter left the URL');
      assert.equal(new URL(page.url()).searchParams.get('from'), 'portal', 'the rest of the URL is kept');
      await page.locator('gu-payments-cards [data-card]').nth(2).waitFor({ timeout: 30_000 });
      const listed = await page.locator('gu-payments-cards [data-card]').allTextContents();
      assert.ok(
        listed.some((text) => text.includes('•••• 6781')),
        listed.join(' | '),
      );
      // Every text of the widget, through its shadow roots (no named functions: the page gets the code as it is).
      const shown = await page.locator('gu-payments').evaluate((element) => {
        const texts: string[] = [];
        const stack: Node[] = [element];
        while (stack.length > 0) {
          const node = stack.pop()!;
          if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
          if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
          stack.push(...node.childNodes);
        }
        return texts.join(' ');
      });
      assert.doesNotMatch(shown, /\d(?:[ -]?\d){12,18}/, 'no card number on the portal page');
      assert.deepEqual(errors, []);
    });
  },
);
