/**
 * End to end through single-spa routing, on the static build of the portals served with the strict CSP of
 * requirement 30 (no 'unsafe-inline', Trusted Types required): sign in → see the level → open an application →
 * sign out, with focus and page titles checked at every step; every route rendered with 0 CSP violations; every
 * route passes axe (in a separate context that bypasses the CSP only to inject axe).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { findChrome } from '../tools/find-chrome.mjs';
import { portalsBuild } from '../tools/portals-build.js';
import { serveWithStrictCsp } from './csp-static-server.js';
import { portalPageFor, portalsConfig } from '../../vite.config.js';
import { ROUTES } from '../../shells/portal/routes.js';

const PORT = 9600;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PORTAL = 'Госуслуги Северного края';
const AXE_PATH = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
const TITLES: Record<string, string> = {
  home: 'Главная',
  login: 'Вход',
  verification: 'Подтверждение учётной записи',
  applications: 'Мои заявления',
  payments: 'Платежи',
  notifications: 'Уведомления',
  security: 'Безопасность',
};
const serveStatic = (dir: string): Promise<Server> => serveWithStrictCsp(dir, PORT, portalPageFor);

/** The focused element, through open shadow roots: `TAG#id: text`. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.tagName}#${active.id}: ${(active.textContent ?? '').trim().slice(0, 80)}` : 'none';
  });
}

async function expectView(page: Page, title: string): Promise<void> {
  await page.waitForFunction((expected) => document.title === expected, `${title} — ${PORTAL}`, { timeout: 10_000 });
  await page.waitForFunction(
    (expected) => document.querySelector('#gu-page-title')?.textContent?.trim() === expected,
    title,
    { timeout: 10_000 },
  );
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

// Its tests run side by side, each in a context of its own (own page, focus, mock backend, session): most of each is
// waiting on a page, and one after the other they were one of the longest files of npm test's node lane.
describe('portal «Северный край» end to end under a strict CSP', { timeout: 180_000, concurrency: true }, () => {
  let outDir = '';
  let server: Server | undefined;
  let browser: Browser | undefined;

  before(async () => {
    // `npm run build`'s output, built once for every test that serves it (test/tools/portals-build.ts). Read only.
    outDir = (await portalsBuild()).dir;
    server = await serveStatic(outDir);
    browser = await chromium.launch({
      executablePath: findChrome(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  it('sends the strict policy with frame-ancestors none (requirements 30, 34)', async () => {
    const response = await fetch(`${ORIGIN}/severny/login`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const html = await response.text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in the built page');
    assert.doesNotMatch(html, /<style|style=/, 'no inline style in the built page');
  });

  it('sign in → level → application → sign out, with titles and focus, 0 CSP violations on every route', async () => {
    const context = await browser!.newContext({ locale: 'ru-RU' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        const store: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
        document.addEventListener('securitypolicyviolation', (event) =>
          store.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
        );
      });
      await page.goto(`${ORIGIN}/severny/`);
      await expectView(page, TITLES.home!);
      await page.getByRole('link', { name: 'Перейти к основному содержанию' }).focus();
      assert.equal((await focused(page)).startsWith('A#'), true, 'the skip link is reachable');

      // Sign in (MSW mode: the mock provider's embedded hand-over, through the developer toolbar).
      await page.getByRole('button', { name: 'Войти как тестовый гражданин' }).click();
      await page.getByText('Уровень учётной записи').waitFor({ timeout: 15_000 });
      assert.match(await page.locator('.home-level').innerText(), /подтверждённая/);
      assert.match(await focused(page), /^H1#gu-page-title: Главная/);
      await page.getByRole('button', { name: 'Выйти' }).first().waitFor();

      // Every route through single-spa: title, heading focused, «Выйти» visible, no violation.
      for (const route of ROUTES.filter((candidate) => candidate.inNav && candidate.id !== 'home')) {
        await page.getByRole('navigation').getByRole('link', { name: TITLES[route.id]! }).click();
        await expectView(page, TITLES[route.id]!);
        await page.waitForFunction(() => document.querySelector('#gu-view')?.childElementCount === 1);
        assert.match(await focused(page), new RegExp(`^H1#gu-page-title: ${TITLES[route.id]}`), route.id);
        assert.equal(
          await page.getByRole('button', { name: 'Выйти' }).first().isVisible(),
          true,
          `«Выйти» on ${route.id}`,
        );
      }

      // Open an application.
      await page.getByRole('navigation').getByRole('link', { name: TITLES.applications! }).click();
      await expectView(page, TITLES.applications!);
      const open = page.locator('gu-application-tracker button.open').first();
      await open.waitFor({ timeout: 15_000 });
      await open.click();
      await page.waitForFunction(
        () => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.id === 'detail-heading';
        },
        undefined,
        { timeout: 15_000 },
      );
      assert.match(await focused(page), /^H2#detail-heading: Заявление №/);
      assert.equal(await page.title(), `${TITLES.applications} — ${PORTAL}`);

      // Sign out: back to «Главная», focus on its heading, signed-out content.
      await page.getByRole('button', { name: 'Выйти' }).first().click();
      await expectView(page, TITLES.home!);
      await page.getByText('Войдите, чтобы увидеть').waitFor({ timeout: 15_000 });
      assert.match(await focused(page), /^H1#gu-page-title: Главная/);

      // Deep links (a static copy per route) and the not-found page, signed out.
      // /payments mounts <gu-payments> with its query (routes match the path): back from the acquirer's page, the
      // widget reads ?gu-payment= (and takes it out of the URL); signed out it shows its sign-in notice.
      await page.goto(`${ORIGIN}/severny/payments?gu-payment=payment-x`);
      await expectView(page, TITLES.payments!);
      await page
        .locator('#gu-view gu-payments')
        .getByRole('heading', { name: 'Войдите, чтобы продолжить' })
        .waitFor({ timeout: 15_000 });
      assert.equal(new URL(page.url()).pathname, '/severny/payments');
      assert.equal(new URL(page.url()).search, '', 'the widget took ?gu-payment= out of the URL');
      await page.goto(`${ORIGIN}/severny/nowhere`);
      await expectView(page, 'Страница не найдена');

      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('every route passes axe, signed in, in Russian and English', async () => {
    const context = await browser!.newContext({ bypassCSP: true, locale: 'ru-RU' });
    try {
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/severny/`);
      await expectView(page, TITLES.home!);
      await page.addScriptTag({ path: AXE_PATH });
      await page.getByRole('button', { name: 'Войти как тестовый гражданин' }).click();
      await page.getByText('Уровень учётной записи').waitFor({ timeout: 15_000 });
      const failures: string[] = [];
      for (const lang of ['ru', 'en']) {
        await page.evaluate((value) => (document.documentElement.lang = value), lang);
        for (const route of ROUTES) {
          await page.evaluate((path) => {
            history.pushState(null, '', `/severny/${path}`);
          }, route.path);
          await page.waitForFunction(() => document.querySelector('#gu-view')?.childElementCount === 1);
          await page.waitForTimeout(700);
          const found = await page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: {
                  run(
                    target: Document,
                    options: object,
                  ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
                };
              }
            ).axe;
            const results = await axe.run(document, {
              runOnly: {
                type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
              },
              resultTypes: ['violations'],
            });
            return results.violations.map(
              (violation) => `${violation.id} ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
            );
          });
          failures.push(...found.map((line) => `${lang} /${route.path}: ${line}`));
        }
      }
      assert.deepEqual(failures, []);
    } finally {
      await context.close();
    }
  });
  it("the mock pages a citizen is sent to load under `npm run preview`'s strict CSP: authorize, banks, acquirer", async () => {
    // vite preview of the same build, as `npm run preview` serves it (the authorize page is its middleware).
    const config = portalsConfig(outDir);
    const previewServer = await preview({
      ...config,
      configFile: false,
      logLevel: 'warn',
      preview: { ...config.preview, port: PORT + 1, strictPort: true },
    });
    const origin = `http://127.0.0.1:${PORT + 1}`;
    const context = await browser!.newContext({ locale: 'ru-RU' });
    try {
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
        ),
      );
      const back = (path: string) => encodeURIComponent(`${origin}${path}`);
      const pages: [path: string, heading: string][] = [
        [
          `/mock-oidc/authorize?client_id=gu-kit-demo&redirect_uri=${back('/severny/')}&response_type=code` +
            `&scope=openid&state=s&nonce=n&code_challenge=${'a'.repeat(43)}&code_challenge_method=S256`,
          'Вход на Госуслуги',
        ],
        [
          `/mocks/verification/bank.html?bank=sber&ticket=${'0'.repeat(32)}&return=${back('/severny/verification')}`,
          'Сбербанк: Подтверждение личности для Госуслуг',
        ],
        [`/mocks/identity/bank.html?ticket=t&flow=f&return=${back('/severny/login')}`, 'Вход на Госуслуги через банк'],
        [
          `/mocks/payments/acquirer.html?session=s&purpose=payment&kind=card&amount=150000&payment=p` +
            `&return=${back('/severny/payments')}`,
          'Оплата картой',
        ],
      ];
      for (const [path, heading] of pages) {
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('response', (response) => {
          if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
        });
        const response = await page.goto(`${origin}${path}`);
        assert.match(response?.headers()['content-security-policy'] ?? '', /default-src/, `${path}: a CSP`);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 15_000 });
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
        // Keyboard: Tab reaches a control, and its focus is visible (an outline drawn).
        await page.keyboard.press('Tab');
        const outline = await page.evaluate(() => {
          const active = document.activeElement;
          return active && active !== document.body ? getComputedStyle(active).outlineStyle : 'nothing focused';
        });
        assert.notEqual(outline, 'none', `${path}: a visible focus`);
        assert.notEqual(outline, 'nothing focused', `${path}: Tab reaches a control`);
        await page.waitForLoadState('networkidle');
        assert.deepEqual(problems, [], path);
        await page.close();
      }
    } finally {
      await context.close();
      await new Promise((done) => previewServer.httpServer.close(done));
    }
  });
});
