/**
 * <gu-login> QR sign-in for the mobile app, in a vite build (the `qrcode` encoder is CommonJS, which the browser-test
 * runner does not convert; the build does, as the portal's does): the QR step draws the symbol as an SVG of rects with
 * role="img" and a name, keeps the sign-in link as text, and the polling state goes waiting → scanned (announced) →
 * signed in. The encoder is not part of the first render: it is requested only when the QR step opens.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext } from 'playwright-core';
import { startPagesOnly, waitForStatus } from './harness.js';

const PAGE_PORT = 9506;

describe('gu-login: QR code for the mobile app', { timeout: 180_000 }, () => {
  let world: Awaited<ReturnType<typeof startPagesOnly>>;
  const contexts: BrowserContext[] = [];

  before(async () => {
    world = await startPagesOnly({ pagePort: PAGE_PORT, pages: ['login'] });
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await world?.close();
  });

  it('draws the QR as an accessible SVG, keeps the link, polls to «scanned» and signs in', async () => {
    const context = await world.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${world.origin}/login.html`);
    await waitForStatus(page, 'signed-out');
    await page.evaluate(() =>
      (
        globalThis as unknown as { e2eLogin: { configureMockIdentity(config: Record<string, number>): void } }
      ).e2eLogin.configureMockIdentity({ qrPollInterval: 400, qrScanAfterPolls: 3, qrApproveAfterPolls: 6 }),
    );
    await page.getByRole('heading', { name: 'Вход в личный кабинет' }).waitFor({ timeout: 15_000 });
    const scriptsBefore = scripts.length;

    await page.getByRole('button', { name: 'QR-код в приложении Госуслуги' }).click();
    const image = page.getByRole('img', { name: 'QR-код для входа через приложение Госуслуги' });
    await image.waitFor({ timeout: 15_000 });
    assert.ok(scripts.length > scriptsBefore, 'the QR step loaded its code on demand');

    const drawn = await page.$eval('gu-login svg.gu-login__qr', (element) => ({
      modules: Number(element.getAttribute('data-modules')),
      rects: element.querySelectorAll('g rect').length,
      viewBox: element.getAttribute('viewBox'),
      inner: element.closest('gu-login')!.querySelectorAll('script, foreignObject').length,
    }));
    assert.ok(drawn.modules > 20, `a real QR symbol (${drawn.modules} modules a side)`);
    assert.equal(drawn.viewBox, `0 0 ${drawn.modules + 8} ${drawn.modules + 8}`, 'with a 4-module quiet zone');
    assert.ok(drawn.rects > drawn.modules, `drawn with rects (${drawn.rects})`);
    assert.equal(drawn.inner, 0);

    // The link stays as text for those who cannot scan.
    const link = page.locator('gu-login figure a');
    assert.match((await link.textContent()) ?? '', /\/app\/qr-login\?ticket=/);
    await page.getByText(/Ждём сканирования/).waitFor({ timeout: 5_000 });

    // Polling: scanned (announced politely), then signed in.
    await page.waitForFunction(
      () =>
        /QR-код отсканирован|Код отсканирован/.test(
          document.querySelector('gu-login [role="status"]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 15_000 },
    );
    await waitForStatus(page, 'signed-in', 'e2e-probe', 20_000);
    await page.getByRole('heading', { name: 'Вы вошли в личный кабинет' }).waitFor({ timeout: 15_000 });
  });
});
