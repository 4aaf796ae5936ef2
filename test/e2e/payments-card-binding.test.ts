/**
 * <gu-payments> «Привязанные карты», keyboard only, with real page navigations: «Привязать карту» → the acquirer's
 * page (mocks/payments/acquirer.html, purpose `binding`, same tab: the card form, then 3-D Secure) → back on the
 * portal page with `?gu-card-binding=<id>` → the widget asks the server how the linking ended, announces «Карта
 * •••• 6781 привязана.» in the page's live region and lists the card by its last four digits only.
 *
 * Each page is a new document with its own MSW worker and in-memory database: the acquirer's outcome survives the
 * navigation in sessionStorage (mocks/payments/acquirer-sessions.ts), and the cards' mock reads it (cards.ts).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
session.setAttribute('client-id', 'gu-kit-e2e-card-binding');
session.setAttribute('redirect-uri', here);
session.setAttribute('api-base', '/api');
const widget = document.createElement('gu-payments');
widget.setAttribute('view', 'cards');
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
    cacheDir: resolve(repoRoot, 'node_modules/.vite-e2e-card-binding'),
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

describe('gu-payments: a card linked through the acquirer page, keyboard only', { timeout: 300_000 }, () => {
  let dir = '';
  let pages: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gu-kit-e2e-card-binding-'));
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

  it('«Привязать карту» → acquirer (3-D Secure) → back: announced, listed by its last four digits', async () => {
    const context = await browser!.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${pages!.origin}/payments.html?from=portal`);
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
});
