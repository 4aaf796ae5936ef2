/**
 * The portals' /payments route and the way back from the acquirer's page (issue 14, «In the portals»), on `npm run
 * preview` of the portals' build in Chromium (the build shared with the other portal tests, test/tools/portals-build.ts;
 * the preview server sends the strict CSP and serves the provider's sign-in page as the dev server does — the dev
 * server itself is walked by demo-walk.test.ts, and starting another one here cost more CPU than the rest of this
 * test): the route gives <gu-payments> its own URL as `return-url`; the acquirer's page sends the citizen back to
 * `/payments?gu-payment=<id>` — a page load, so the session (tokens in memory) is gone —; the widget reads the
 * parameter and asks to sign in; after the provider's sign-in page the citizen lands on /payments with the parameter
 * again (shells/portal/return-path.ts) and the widget shows that payment's result, from the server.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createNetServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { getDb } from '../../mocks/db/index.js';
import { findChrome } from '../tools/find-chrome.mjs';
import { portalsBuild } from '../tools/portals-build.js';
import { portalsConfig } from '../../vite.config.js';
import { CHROME_ARGS } from './harness.js';

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

describe('portals: /payments and the way back from the acquirer', { timeout: 180_000 }, () => {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let origin = '';

  before(async () => {
    const port = await freePort();
    const config = portalsConfig((await portalsBuild()).dir);
    server = await preview({
      ...config,
      configFile: false,
      logLevel: 'warn',
      preview: { ...config.preview, port, strictPort: true },
    });
    origin = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await new Promise((done) => (server ? server.httpServer.close(done) : done(undefined)));
  });

  it('back on /payments?gu-payment= signed out: sign in, and the payment’s result is shown', async () => {
    // A completed payment of the default citizen (Гарипова Екатерина, «confirmed»), as the mock seeds it in the page.
    const payment = getDb().payments.find(
      (candidate) => candidate.ownerId === 'person-1' && candidate.status === 'completed',
    );
    assert.ok(payment, 'the mock has a completed payment of person-1');
    const context = await browser!.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const widget = page.locator('#gu-view gu-payments');

      // As the acquirer's page sends the citizen back: a page load of the route with the payment's id.
      await page.goto(`${origin}/severny/payments?gu-payment=${payment.id}`);
      await widget.getByRole('heading', { name: 'Войдите, чтобы продолжить' }).waitFor({ timeout: 60_000 });
      assert.equal(await widget.getAttribute('return-url'), `${origin}/severny/payments`, 'the route’s own URL');
      assert.equal(new URL(page.url()).search, '', 'the widget took the parameter out of the URL');

      // Sign in at the provider's page (a navigation): back on the route, with the payment the page was opened for.
      await widget.getByRole('button', { name: 'Войти', exact: true }).first().click({ timeout: 30_000 });
      await page.waitForURL((url) => url.pathname === '/mock-oidc/authorize', { timeout: 30_000 });
      await page.getByRole('button', { name: /Гарипова Екатерина/ }).click();
      await page.getByRole('button', { name: 'Выйти', exact: true }).waitFor({ timeout: 30_000 });
      await page.waitForURL((url) => url.pathname === '/severny/payments', { timeout: 30_000 });
      await widget.getByRole('heading', { name: 'Платёж выполнен' }).waitFor({ timeout: 30_000 });
      assert.equal(new URL(page.url()).search, '', 'taken out of the URL again');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
