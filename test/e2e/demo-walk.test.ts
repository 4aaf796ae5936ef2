/**
 * The demo walk: `npm start`'s dev server (vite with portalsConfig, as shells/start.ts starts it, on a free port) in
 * Chromium, both portals, as a citizen clicks through them: signed out → «Войти» on a session notice → sign-in at the
 * mock provider's authorize page → back on that route → every route of the portal (shells/portal/routes.ts; on
 * «Главная» the «К оплате» summary and its link to /payments, the latest notifications, the header bell's count, its
 * popover, «Все уведомления» → the feed, a notification opened from the bell there; on /payments <gu-payments>'
 * sections, on /notifications <gu-notifications>' views) → the focus ring
 * of «Выйти» → <gu-verification>'s bank page and <gu-login>'s bank page and back → «Выйти». Both portals
 * walk every route and sign out; the focus ring and the bank pages (the same header styles and pages in both) are
 * checked in one (severny), which halves the time. One dev server and one browser serve both.
 *
 * It fails on any HTTP 404, failed request or navigation, browser error page, console error or page error, and on
 * any personal data of the test citizen (name, SNILS, phone, e-mail, application numbers) left rendered or in the
 * DOM (text, attributes, field values, shadow roots included) after sign-out.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { getDb } from '../../mocks/db/index.js';
import { TEST_CITIZENS } from '../../mocks/oidc/citizens.js';
import { portalRu } from '../../shells/portal/locales.js';
import { ROUTES } from '../../shells/portal/routes.js';
import { findChrome } from '../tools/find-chrome.mjs';
import { portalsConfig } from '../../vite.config.js';
import { CHROME_ARGS } from './harness.js';

const COMPONENTS = resolve(import.meta.dirname, '../../components');
/** Whether the kit has the widget (components/<any>/<tag>.ts), as the portal finds it (shells/portal/widgets.ts). */
const hasWidget = (tag: string | undefined): tag is string =>
  Boolean(tag) && readdirSync(COMPONENTS).some((folder) => existsSync(resolve(COMPONENTS, folder, `${tag}.ts`)));

const CITIZEN = TEST_CITIZENS.find((citizen) => citizen.login === 'standard')!; // a level to raise: the bank page

/** A port nothing listens on now. */
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

/** What would identify the citizen on screen: name, SNILS, phone, e-mail (as stored and as shown), application numbers. */
function personalData(personId: string): string[] {
  const db = getDb();
  const person = db.persons.find((candidate) => candidate.id === personId)!;
  const snils = person.snils;
  const phone = person.phone.replace(/\D/g, '');
  return [
    person.surname,
    `${person.name} ${person.patronymic ?? ''}`.trim(),
    snils,
    `${snils.slice(0, 3)}-${snils.slice(3, 6)}-${snils.slice(6, 9)} ${snils.slice(9)}`,
    person.phone,
    `${phone.slice(1, 4)} ${phone.slice(4, 7)}-${phone.slice(7, 9)}-${phone.slice(9)}`,
    person.email,
    ...db.applications
      .filter((application) => application.ownerId === personId)
      .map((application) => application.number),
    // What <gu-payments> and <gu-payments-due> show of the citizen: the УИН of each of their charges.
    ...db.charges.filter((charge) => charge.ownerId === personId).map((charge) => charge.uin),
  ];
}

/**
 * Every text, attribute value and field value of the document, through open shadow roots. Plain JS in a string, so
 * no transpiler helper ends up in the serialized function.
 */
const DOM_TEXT = `(() => {
  const parts = [];
  const walk = (root) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent || '');
      if (!(node instanceof Element)) continue;
      for (const attribute of node.attributes) parts.push(attribute.value);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push(node.value);
      if (node.shadowRoot) walk(node.shadowRoot);
      walk(node);
    }
  };
  walk(document);
  return parts.join('\\n');
})()`;

const domText = (page: Page): Promise<string> => page.evaluate(DOM_TEXT) as Promise<string>;

/** What went wrong on a page: HTTP 404s, failed requests, console and page errors, browser error pages. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) problems.push(`404 ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // A navigation cancels what the page it leaves was still loading: not a failure the citizen sees.
    if (failure === 'net::ERR_ABORTED') return;
    problems.push(`failed ${request.url()}: ${failure}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url().startsWith('chrome-error:'))
      problems.push(`browser error page at ${frame.url()}`);
  });
  return problems;
}

/** Relative luminance contrast of two sRGB colours. */
function contrast(a: readonly number[], b: readonly number[]): number {
  const luminance = ([r, g, bl]: readonly number[]) => {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(bl!);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The pixels (RGBA) of a PNG, decoded by the browser in a blank page. */
async function pixels(decoder: Page, png: Buffer): Promise<{ width: number; height: number; data: number[] }> {
  return decoder.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return {
      width: bitmap.width,
      height: bitmap.height,
      data: Array.from(context.getImageData(0, 0, bitmap.width, bitmap.height).data),
    };
  }, png.toString('base64'));
}

/** The header bell's unread count, from its accessible name («Уведомления, 3 непрочитанных»). */
async function bellCount(page: Page): Promise<number> {
  const button = page.locator('.portal-header gu-notification-bell').getByRole('button', { name: /^Уведомления, / });
  await button.waitFor({ timeout: 30_000 });
  const name = (await button.getAttribute('aria-label')) ?? '';
  if (/нет непрочитанных$/.test(name)) return 0;
  const count = /^Уведомления, (\d+) непрочитанн/.exec(name);
  assert.ok(count, `the bell says its count: «${name}»`);
  return Number(count[1]);
}

/**
 * The focus ring of «Выйти» in the header, by pixels: focused from the previous control with Tab, the pixels
 * around the button that changed must contrast ≥ 3:1 with the header behind them (WCAG 2.4.7, 1.4.11).
 */
async function signOutRing(page: Page, decoder: Page): Promise<{ changed: number; contrasting: number }> {
  const button = page.locator('.portal-header gu-sign-out-button');
  const box = (await button.boundingBox())!;
  const margin = 8;
  const clip = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
  // Focus the control before «Выйти» (the bell, where the kit has it; else the contrast switch), take the picture, Tab
  // onto «Выйти» (again if something moved focus meanwhile).
  const bell = page.locator('.portal-header gu-notification-bell').getByRole('button');
  const previous = hasWidget('gu-notification-bell')
    ? bell
    : page.locator('.portal-tools gu-a11y-toggle').getByRole('button', { name: 'Версия для слабовидящих' });
  let before: Awaited<ReturnType<typeof pixels>> | undefined;
  let last = '';
  const deadline = Date.now() + 20_000;
  while (!before && Date.now() < deadline) {
    await previous.focus();
    await page.mouse.move(0, 0);
    const picture = await pixels(decoder, await page.screenshot({ clip }));
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName === 'GU-SIGN-OUT-BUTTON')) before = picture;
    else
      last = await page.evaluate(() => {
        let a: Element | null = document.activeElement;
        const chain: string[] = [];
        while (a) {
          chain.push(a.tagName + '.' + a.className + (a.getAttribute('aria-label') ?? ''));
          a = a.shadowRoot?.activeElement ?? null;
        }
        return chain.join(' > ');
      });
  }
  assert.ok(before, `Tab from the control before it reaches «Выйти» (${last})`);
  const after = await pixels(decoder, await page.screenshot({ clip }));
  const background = before.data.slice(0, 3); // a corner: the header behind the button
  let changed = 0;
  let contrasting = 0;
  for (let y = 0; y < before.height; y += 1)
    for (let x = 0; x < before.width; x += 1) {
      // Only the ring around the button (the margin), not the button's own face.
      const inside = x >= margin && x < before.width - margin && y >= margin && y < before.height - margin;
      if (inside) continue;
      const i = (y * before.width + x) * 4;
      const a = before.data.slice(i, i + 3);
      const b = after.data.slice(i, i + 3);
      if (a.every((value, channel) => Math.abs(value - b[channel]!) <= 8)) continue;
      changed += 1;
      if (contrast(b, background) >= 3) contrasting += 1;
    }
  return { changed, contrasting };
}

/** The focused element's tag, name and value, inside shadow roots too. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const input = active as HTMLInputElement | null;
    return {
      tag: active?.tagName ?? '',
      name: input?.name ?? '',
      value: input?.value ?? '',
      part: active?.getAttribute('part') ?? '',
    };
  });

/** What the low-vision choice changes, as computed: the page's own body and a widget's text. */
const looks = (page: Page) =>
  page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const widget = document.querySelector('gu-application-tracker')!;
    const text = getComputedStyle(widget.shadowRoot!.querySelector('button') ?? widget);
    return {
      bodySize: parseFloat(body.fontSize),
      bodyBackground: body.backgroundColor,
      widgetSize: parseFloat(text.fontSize),
      widgetColor: text.color,
    };
  });

/**
 * «Версия для слабовидящих», keyboard only: Tab to the header's toggle, Enter opens the panel under the header, the
 * arrow keys choose the huge size and white on black, Esc closes it (focus back on the toggle); the page's body and a
 * widget change; «Обычная версия» next to the toggle puts everything back.
 */
async function lowVisionByKeyboard(page: Page): Promise<void> {
  const before = await looks(page);
  await page.locator('.portal-tools > button').first().focus();
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).part, 'button', 'Tab from the language switch reaches the toggle');
  await page.keyboard.press('Enter');
  const panel = page.locator('gu-a11y-panel[open]');
  await panel.waitFor({ timeout: 30_000 });
  assert.ok(
    (await panel.boundingBox())!.y >= (await page.locator('.portal-header').boundingBox())!.y + 1,
    'the panel opens under the header',
  );
  /** Tab until a radio of `field` has focus, then the arrow key `presses` times. */
  const choose = async (field: string, presses: number) => {
    for (let stop = 0; stop < 12 && (await focused(page)).name !== field; stop += 1) await page.keyboard.press('Tab');
    assert.equal((await focused(page)).name, field, `Tab reaches the ${field} choices`);
    for (let press = 0; press < presses; press += 1) await page.keyboard.press('ArrowRight');
  };
  await page.waitForFunction(() => document.querySelector('gu-a11y-panel')?.shadowRoot?.querySelector('input'));
  await choose('fontSize', 2);
  assert.equal((await focused(page)).value, 'huge');
  await choose('scheme', 2);
  assert.equal((await focused(page)).value, 'white-on-black');
  await page.keyboard.press('Escape');
  await page.locator('gu-a11y-panel:not([open])').waitFor({ state: 'attached', timeout: 30_000 });
  assert.equal((await focused(page)).part, 'button', 'focus back on the toggle');
  const after = await looks(page);
  assert.ok(
    after.bodySize > before.bodySize * 1.4,
    `the page's text is larger (${before.bodySize} → ${after.bodySize})`,
  );
  assert.equal(after.bodyBackground, 'rgb(0, 0, 0)', "the page's own body is white on black");
  assert.ok(
    after.widgetSize > before.widgetSize * 1.4,
    `a widget's text is larger (${before.widgetSize} → ${after.widgetSize})`,
  );
  assert.notEqual(after.widgetColor, before.widgetColor, "a widget's colours changed");
  // «Обычная версия», next to the toggle while the low-vision version is on: everything back.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).part, 'normal', '«Обычная версия» follows the toggle');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-gu-a11y'));
  assert.deepEqual(await looks(page), before, 'the normal version looks as before');
}

// The two portals walk side by side (each in its own context: its own page, keyboard, focus, mock backend and
// session), as focus-visible.test.ts does: most of a walk is waiting on the page, and one after the other they were
// the longest file of the Node tests (about 130 s of npm test's node lane).
const SIDE_BY_SIDE = { timeout: 240_000, concurrency: true };

describe('the demo walk: both portals of `npm start`, as a citizen clicks through them', SIDE_BY_SIDE, () => {
  let server: ViteDevServer | undefined;
  let browser: Browser | undefined;
  let origin = '';
  const contexts: BrowserContext[] = [];

  before(async () => {
    const port = await freePort();
    const config = portalsConfig();
    server = await createServer({
      ...config,
      configFile: false,
      logLevel: process.env.GU_WALK_LOG ? 'info' : 'warn',
      // No file watching, no HMR: other work in the tree (an editor, a build) must not reload the page mid-walk,
      // which drops the in-memory session (seen as «the session gone on some route», with one page load too many).
      server: { ...config.server, port, strictPort: true, hmr: false, watch: null },
    });
    await server.listen();
    origin = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  });

  for (const portal of ['severny', 'yuzhny'] as const) {
    // Every route and the sign-out in both portals; the focus ring and the bank pages (the same pages and header
    // styles for both) in one, which halves the walk's time.
    const full = portal === 'severny';
    const what = full ? 'every route, the focus ring, the bank pages' : 'every route';
    it(`${portal}: sign in from a notice, ${what}, sign out — no dead end, nothing left`, async () => {
      const context = await browser!.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      const decoder = await context.newPage(); // about:blank: decodes screenshots
      const problems = watch(page);
      let loads = 0;
      page.on('load', () => (loads += 1));
      const base = `/${portal}/`;
      const title = page.locator('#gu-page-title');
      const signOut = page.getByRole('button', { name: 'Выйти', exact: true });
      const personal = personalData(CITIZEN.personId);

      /** «Войти» of the notice on `path`, the authorize page, the test citizen, back on `path`. */
      const signInFrom = async (path: string) => {
        await page
          .locator('gu-session-notice')
          .getByRole('button', { name: 'Войти', exact: true })
          .first()
          .click({ timeout: 30_000 });
        await page.waitForURL((url) => url.pathname === '/mock-oidc/authorize', { timeout: 30_000 });
        await page.getByRole('heading', { level: 1, name: 'Вход на Госуслуги' }).waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
        await page.getByRole('button', { name: /Фёдорова Наталья/ }).click();
        await signOut.waitFor({ timeout: 30_000 });
        await page.waitForURL((url) => url.pathname === path, { timeout: 30_000 });
      };

      // Signed out, on a route whose widget shows the session notice.
      const applications = ROUTES.find((route) => route.id === 'applications')!;
      const start = `${base}${applications.path}`;
      await page.goto(`${origin}${start}`);
      await page.getByRole('heading', { name: 'Войдите, чтобы продолжить' }).first().waitFor({ timeout: 60_000 });
      await signInFrom(start);
      assert.equal(new URL(page.url()).pathname, start, 'back on the route where sign-in started');
      await page.getByText(`Вы вошли как`).first().waitFor();
      assert.ok(personal.some(Boolean));

      // «Выйти» has a visible focus ring (once the route's widget has loaded and settled focus).
      if (full) {
        await page.locator('gu-application-tracker').getByRole('button').first().waitFor({ timeout: 30_000 });
        const ring = await signOutRing(page, decoder);
        assert.ok(ring.changed >= 20, `«Выйти» shows a focus ring (${ring.changed} pixels changed around it)`);
        assert.ok(
          ring.contrasting >= ring.changed / 2,
          `the ring contrasts ≥ 3:1 with the header (${ring.contrasting} of ${ring.changed} pixels)`,
        );
        await lowVisionByKeyboard(page);
      }

      // Every route, through the portal's own links (single-spa: the session stays).
      for (const route of ROUTES) {
        const path = `${base}${route.path}`;
        const link = page.locator(`.portal-nav a[href="${path}"]`);
        if (await link.count()) await link.click();
        else await page.evaluate((target) => history.pushState(null, '', target), path);
        await page.waitForURL((url) => url.pathname === path);
        await title.filter({ hasText: portalRu[route.id] }).waitFor({ timeout: 30_000 });
        // The route's widget when the kit has it, else the portal's honest page of what will be there.
        const view =
          route.id === 'home' ? 'gu-portal-home' : hasWidget(route.widget) ? route.widget : 'gu-portal-pending';
        await page.locator(`#gu-view ${view}`).waitFor({ timeout: 30_000 });
        if (route.id === 'home' && hasWidget('gu-payments-due')) {
          // «К оплате»: the summary of what is due, and its link to the payments route, followed without a page load.
          const card = page.locator('section.home-payments');
          await card.getByRole('heading', { level: 2, name: 'К оплате' }).waitFor({ timeout: 30_000 });
          const due = card.locator('gu-payments-due');
          const toPayments = due.getByRole('link', { name: /^(Перейти к оплате|Платежи и история)$/ });
          await toPayments.waitFor({ timeout: 30_000 });
          assert.match(await due.locator('[part="total"]').innerText(), /начисл|нет/);
          const loadsBefore = loads;
          await toPayments.click();
          await page.waitForURL((url) => url.pathname === `${base}payments`);
          await title.filter({ hasText: portalRu.payments }).waitFor({ timeout: 30_000 });
          await page.locator('#gu-view gu-payments').waitFor({ timeout: 30_000 });
          assert.equal(loads, loadsBefore, 'the summary link is followed by the portal (no page load)');
          await page.goBack();
          await page.waitForURL((url) => url.pathname === base);
          await page.locator('#gu-view gu-portal-home').waitFor({ timeout: 30_000 });
        }
        if (route.id === 'home' && hasWidget('gu-notifications-latest')) {
          // The latest few notifications, next to «К оплате».
          const latest = page.locator('.home-notifications gu-notifications-latest');
          await latest.getByRole('heading', { level: 2, name: 'Последние уведомления' }).waitFor({ timeout: 30_000 });
          await latest.getByRole('listitem').first().waitFor({ timeout: 30_000 });
        }
        if (route.id === 'home' && hasWidget('gu-notification-bell') && hasWidget('gu-notifications')) {
          // The header's bell: its count, its popover, «Все уведомления» → the feed (no page load); there, the bell's
          // newest notification opens in the feed (in place), and the bell's count follows what the feed does.
          const bell = page.locator('.portal-header gu-notification-bell');
          await bellCount(page);
          const loadsBefore = loads;
          await bell.getByRole('button').click();
          await bell.getByRole('link', { name: 'Все уведомления' }).click({ timeout: 30_000 });
          await page.waitForURL((url) => url.pathname === `${base}notifications`);
          await title.filter({ hasText: portalRu.notifications }).waitFor({ timeout: 30_000 });
          const feed = page.locator('#gu-view gu-notifications');
          await feed.locator('li[data-id] [data-action="open"]').first().waitFor({ timeout: 30_000 });
          await bell.getByRole('button').click();
          const item = bell.getByRole('listitem').first();
          const itemTitle = (await item.locator('.title').innerText({ timeout: 30_000 })).trim();
          await item.getByRole('link').click();
          await feed.getByRole('heading', { level: 3, name: itemTitle }).waitFor({ timeout: 30_000 });
          await feed.getByRole('button', { name: 'Назад к уведомлениям' }).waitFor();
          // Opened, it is read; marked unread again in the feed, the bell counts it (the demo's activity only ever adds
          // unread ones, so the count must grow).
          const markUnread = feed.getByRole('button', { name: 'Отметить непрочитанным' });
          await markUnread.waitFor({ timeout: 30_000 });
          const before = await bellCount(page);
          await markUnread.click();
          await feed.getByText('Уведомление снова непрочитанное.').waitFor({ timeout: 30_000 });
          await page.waitForFunction(
            (count) => {
              const button = document
                .querySelector('.portal-header gu-notification-bell')
                ?.shadowRoot?.querySelector('button');
              const unread = /(\d+) непрочитанн/.exec(button?.getAttribute('aria-label') ?? '');
              return Boolean(unread && Number(unread[1]) > count);
            },
            before,
            { timeout: 30_000 },
          );
          assert.equal(loads, loadsBefore, 'the bell’s links are followed by the portal (no page load)');
          await page.goBack();
          await page.waitForURL((url) => url.pathname === base);
          await page.locator('#gu-view gu-portal-home').waitFor({ timeout: 30_000 });
        }
        if (route.widget === 'gu-notifications' && hasWidget(route.widget)) {
          // Signed in, the feed and «Настройки уведомлений» as its second view (not the session notice).
          const notifications = page.locator('#gu-view gu-notifications');
          const views = notifications.getByRole('navigation', { name: 'Разделы уведомлений' });
          await views.waitFor({ timeout: 30_000 });
          await views.getByRole('button', { name: 'Настройки уведомлений' }).click();
          await notifications.getByRole('table').first().waitFor({ timeout: 30_000 });
        }
        if (route.widget === 'gu-security-settings' && hasWidget(route.widget)) {
          // Signed in, «Безопасность» opens on «Обзор»; the alerts' link leads to «Настройки уведомлений»
          // without a page load (the session lives in the page's memory) and «Назад» comes back.
          const security = page.locator('#gu-view gu-security-settings');
          await security.getByRole('navigation', { name: 'Разделы безопасности' }).waitFor({ timeout: 30_000 });
          await security.getByRole('button', { name: 'Изменить пароль', exact: true }).waitFor({ timeout: 30_000 });
          await security.getByRole('button', { name: 'Настроить оповещения', exact: true }).click();
          const loadsBefore = loads;
          await security.getByRole('link', { name: 'Открыть настройки уведомлений' }).click({ timeout: 30_000 });
          await page.waitForURL((url) => url.pathname === `${base}notifications`);
          await title.filter({ hasText: portalRu.notifications }).waitFor({ timeout: 30_000 });
          await page.locator('#gu-view gu-notifications').getByRole('table').first().waitFor({ timeout: 30_000 });
          assert.equal(loads, loadsBefore, 'the alerts’ link is followed by the portal (no page load)');
          await page.goBack();
          await page.waitForURL((url) => url.pathname === path);
          await security.getByRole('navigation', { name: 'Разделы безопасности' }).waitFor({ timeout: 30_000 });
        }
        if (route.widget === 'gu-payments' && hasWidget(route.widget)) {
          // Signed in, the widget shows its sections (not the session notice).
          await page
            .locator('#gu-view gu-payments')
            .getByRole('navigation', { name: 'Разделы платежей' })
            .waitFor({ timeout: 30_000 });
        }
        await signOut.waitFor().catch(async (error: unknown) => {
          const state = await page.evaluate(() => {
            const session = (document.querySelector('gu-session') as unknown as { session?: Record<string, unknown> })
              ?.session;
            return JSON.stringify({ status: session?.status, reason: session?.reason, error: session?.error });
          });
          assert.fail(`still signed in on ${path}: session ${state}, loads ${loads}; ${String(error)}`);
        });
      }

      if (full) {
        // <gu-verification>'s bank confirmation: the bank page opens (same tab) and sends the citizen back.
        await page.locator(`.portal-nav a[href="${base}verification"]`).click();
        await page.getByRole('button', { name: /^Выбрать\s*: Через банк-партнёр/ }).click({ timeout: 30_000 });
        await page.getByRole('radio', { name: 'Сбербанк' }).check();
        await page.getByRole('button', { name: 'Перейти в банк' }).click();
        await page.waitForURL((url) => url.pathname === '/mocks/verification/bank.html', { timeout: 30_000 });
        await page.getByRole('heading', { level: 1, name: 'Сбербанк: Подтверждение личности для Госуслуг' }).waitFor();
        await page.getByRole('button', { name: 'Разрешить передачу данных' }).click();
        await page.waitForURL((url) => url.pathname === `${base}verification`, { timeout: 30_000 });
        await title.filter({ hasText: portalRu.verification }).waitFor({ timeout: 30_000 });

        // The page was left: the session (memory only) is gone. <gu-login>'s bank sign-in from the portal's «Войти».
        await page.locator('.portal-header a', { hasText: 'Войти' }).click({ timeout: 30_000 });
        await page.waitForURL((url) => url.pathname === `${base}login`);
        await page.locator('gu-login').waitFor();
        await page.getByRole('button', { name: 'Через банк' }).click({ timeout: 30_000 });
        await page.getByRole('button', { name: 'Перейти в банк' }).click({ timeout: 30_000 });
        await page.waitForURL((url) => url.pathname === '/mocks/identity/bank.html', { timeout: 30_000 });
        await page.getByRole('heading', { level: 1, name: 'Вход на Госуслуги через банк' }).waitFor();
        await page.getByRole('button', { name: 'Отказаться' }).click();
        await page.waitForURL((url) => url.pathname === `${base}login`, { timeout: 30_000 });
        await title.filter({ hasText: portalRu.login }).waitFor({ timeout: 30_000 });

        // Sign in again from a notice, then «Выйти»: nothing of the citizen stays on the page or in its DOM.
        await page.locator(`.portal-nav a[href="${start}"]`).click();
        await page.getByRole('heading', { name: 'Войдите, чтобы продолжить' }).first().waitFor({ timeout: 30_000 });
        await signInFrom(start);
      } else {
        // Signed in all along: back on the route where the walk started.
        await page.locator(`.portal-nav a[href="${start}"]`).click();
        await page.waitForURL((url) => url.pathname === start);
      }
      await page.locator('gu-application-tracker').getByRole('button').first().waitFor({ timeout: 30_000 });
      const signedInText = await domText(page);
      assert.ok(
        personal.some((value) => value && signedInText.includes(value)),
        'signed in, the page shows the citizen',
      );
      await signOut.click();
      await page.locator('.portal-header a', { hasText: 'Войти' }).waitFor({ timeout: 30_000 });
      await page.getByRole('heading', { name: 'Добро пожаловать' }).waitFor({ timeout: 30_000 });
      const text = await domText(page);
      const left = personal.filter((value) => value && text.includes(value));
      assert.deepEqual(left, [], 'no personal data after sign-out');

      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
