/**
 * The Vue 3 host (shells/vue/): the page of the static build, served with the strict CSP of requirement 30 (no
 * 'unsafe-inline', no 'unsafe-eval', Trusted Types required), renders from Vue's runtime-only build; signing in from
 * the Vue button shows the list; the page size reaches the widget as a property set by Vue; opening an application
 * updates Vue-rendered text through the widget's `gu-application-opened` event; the locale switch in Vue re-renders
 * the widget in English; «Версия для слабовидящих» (the toggle in the Vue header, the panel under it) changes the page
 * and the widget outside single-spa. 0 page errors, 0 console errors, 0 CSP violations.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChrome } from '../tools/find-chrome.mjs';
import { portalsBuild } from '../tools/portals-build.js';
import { serveWithStrictCsp } from './csp-static-server.js';
import { CHROME_ARGS } from './harness.js';
import { PAGES } from '../../vite.config.js';

// Its own port (focus-visible has 9610, portal-severny 9600–9601): the e2e files can run side by side.
const PORT = 9612;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGE = 'vue/index.html';
const AXE_PATH = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
const serveStatic = (dir: string): Promise<Server> => serveWithStrictCsp(dir, PORT);

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const rows = (page: Page) => page.locator('gu-application-tracker li[part="row"]');

// Its tests run side by side, each in a context of its own: most of each is waiting on the page.
describe('Vue 3 host (shells/vue) under a strict CSP', { timeout: 120_000, concurrency: true }, () => {
  let server: Server | undefined;
  let browser: Browser | undefined;

  before(async () => {
    // `npm run build`'s output (every page, this one among them), built once for every test that serves it
    // (test/tools/portals-build.ts): the page as the build ships it, not a build of this page alone.
    server = await serveStatic((await portalsBuild()).dir);
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  it('is a page of the static build, with no inline script or style and no eval allowed', async () => {
    assert.ok(PAGES.includes(PAGE), 'listed in PAGES of vite.config.ts');
    const response = await fetch(`${ORIGIN}/vue/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const html = await response.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in the built page');
    assert.doesNotMatch(html, /<style|style=/, 'no inline style in the built page');
  });

  it('Vue renders the widget: sign in, page size as a property, the opened event, the locale switch', async () => {
    const context = await browser!.newContext({ locale: 'ru-RU' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.addInitScript(() => {
        const store: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
        document.addEventListener('securitypolicyviolation', (event) =>
          store.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
        );
      });

      // Rendered by Vue: landmarks, the heading, the host's text; signed out, the widget's notice.
      await page.goto(`${ORIGIN}/vue/`);
      await page.getByRole('heading', { level: 1, name: 'Личный кабинет в приложении на Vue' }).waitFor();
      assert.equal(await page.title(), 'Личный кабинет в приложении на Vue');
      assert.equal(await page.getByRole('main').count(), 1);
      assert.equal(await page.getByRole('banner').count(), 1);
      await page.getByRole('status').filter({ hasText: 'Вы ещё не открывали заявление.' }).waitFor();
      const tracker = page.locator('gu-application-tracker');
      assert.equal(await tracker.evaluate((element) => (element as HTMLElement & { pageSize: number }).pageSize), 5);

      // Sign in from the Vue button (the mock provider's embedded hand-over): the list, 5 rows (Vue's `.pageSize`).
      await page.getByRole('button', { name: 'Войти как тестовый гражданин' }).click();
      await page.locator('gu-application-tracker button.open').first().waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Выйти' }).first().waitFor();
      assert.equal(await page.getByRole('button', { name: 'Войти как тестовый гражданин' }).count(), 0);
      assert.equal(await rows(page).count(), 5, 'the default scenario has more than 10 applications');

      // Vue state → widget property: 10 per page.
      const sizeButton = page.getByRole('button', { name: 'По 10 заявлений на странице' });
      await sizeButton.click();
      assert.equal(await sizeButton.getAttribute('aria-pressed'), 'true');
      await page.waitForFunction(
        () => (document.querySelector('gu-application-tracker') as HTMLElement & { pageSize: number }).pageSize === 10,
      );
      await page.waitForFunction(
        () =>
          document.querySelector('gu-application-tracker')?.shadowRoot?.querySelectorAll('li[part="row"]').length ===
          10,
        undefined,
        { timeout: 10_000 },
      );

      // Widget event → Vue state → Vue-rendered text.
      await page.locator('gu-application-tracker button.open').first().click();
      const detailHeading = page.locator('gu-application-tracker #detail-heading');
      await detailHeading.waitFor({ timeout: 15_000 });
      const number = /№\s*(\S+)/.exec(await detailHeading.innerText())?.[1];
      assert.ok(number, 'the detail names the application');
      await page
        .getByRole('status')
        .filter({ hasText: `Последнее открытое заявление: № ${number}` })
        .waitFor();

      // «Версия для слабовидящих» outside single-spa: the header's toggle opens the panel under the header; white on
      // black applies to the page's body and the widget (tokens through the CSSOM: no CSP violation); Esc closes it.
      const colourOf = () =>
        page.evaluate(() => {
          const widget = document.querySelector('gu-application-tracker')!;
          return getComputedStyle(widget.shadowRoot!.querySelector('button') ?? widget).color;
        });
      const widgetColour = await colourOf();
      const toggle = page.locator('header gu-a11y-toggle').getByRole('button', { name: 'Версия для слабовидящих' });
      await toggle.click();
      const panel = page.locator('gu-a11y-panel[open]');
      await panel.getByRole('radio', { name: 'Белым по чёрному' }).check({ timeout: 15_000 });
      await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(0, 0, 0)');
      assert.notEqual(await colourOf(), widgetColour, 'the widget follows the scheme');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await page.keyboard.press('Escape');
      await page.locator('gu-a11y-panel:not([open])').waitFor({ state: 'attached' });
      await page.locator('header gu-a11y-toggle').getByRole('button', { name: 'Обычная версия' }).click();
      await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor !== 'rgb(0, 0, 0)');
      assert.equal(await colourOf(), widgetColour, 'the normal version is back');

      // Vue's locale button → the widget (its `locale`) and the page re-render in English.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Personal account in a Vue application' }).waitFor();
      assert.equal(await tracker.evaluate((element) => (element as HTMLElement & { locale?: string }).locale), 'en');
      // The tracker waits for its English strings (loaded on demand), then renders and reflects `locale`.
      await page
        .locator('gu-application-tracker #detail-heading')
        .filter({ hasText: `Application No. ${number}` })
        .waitFor({ timeout: 10_000 });
      assert.equal(await tracker.getAttribute('locale'), 'en');
      await page
        .getByRole('status')
        .filter({ hasText: `Last opened application: No. ${number}` })
        .waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await page.title(), 'Personal account in a Vue application');
      await page.getByRole('button', { name: 'Sign out' }).first().waitFor();
      // The toggle follows Vue's locale too.
      await page.locator('header gu-a11y-toggle').getByRole('button', { name: 'Low-vision version' }).waitFor();

      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('passes axe, signed out and signed in, in Russian and English', async () => {
    // A separate context that bypasses the CSP only to inject axe.
    const context = await browser!.newContext({ bypassCSP: true, locale: 'ru-RU' });
    try {
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/vue/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.addScriptTag({ path: AXE_PATH });
      const audit = () =>
        page.evaluate(async () => {
          const { axe } = window as unknown as {
            axe: {
              run(target: Document, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
            };
          };
          const results = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
            resultTypes: ['violations'],
          });
          return results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
        });
      const failures: string[] = [];
      // The state checked: the signed-out notice rendered (its heading and «Войти»), not only the element present.
      // Before that axe sees a loading state, and a heading-order defect of the notice would go unseen.
      const notice = page.locator('gu-session-notice').first();
      await notice.getByRole('heading', { name: 'Войдите, чтобы продолжить' }).waitFor({ timeout: 15_000 });
      await notice.getByRole('button', { name: 'Войти' }).waitFor();
      failures.push(...(await audit()).map((line) => `ru signed out: ${line}`));
      await page.getByRole('button', { name: 'Войти как тестовый гражданин' }).click();
      await page.locator('gu-application-tracker button.open').first().waitFor({ timeout: 15_000 });
      failures.push(...(await audit()).map((line) => `ru signed in: ${line}`));
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('gu-application-tracker h2').filter({ hasText: 'My applications' }).waitFor();
      failures.push(...(await audit()).map((line) => `en signed in: ${line}`));
      assert.deepEqual(failures, []);
    } finally {
      await context.close();
    }
  });
});
