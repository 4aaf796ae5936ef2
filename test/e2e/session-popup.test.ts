/**
 * Popup sign-in against the real provider (requirement 9; with requirement 6): a click starts `signIn('popup')`, the
 * popup shows the dev IdP's login and consent, closes, and the opener is signed in; a renewal then goes to the token
 * endpoint with the refresh token and no <iframe> is ever created. With popups blocked (`window.open` returns null),
 * the page shows the message and «Продолжить в этом окне» within 2 s, and that action completes a redirect sign-in.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { RECORD_IFRAMES, loginAtProvider, probeState, recordedIframes, startWorld, waitForStatus } from './harness.js';
import type { E2eWorld } from './harness.js';

const PAGE_PORT = 9504;
const BLOCK_POPUPS = 'window.open = () => null;';

/** Every grant the page sends to the token endpoint, with whether a refresh token went with it. */
function watchGrants(page: Page, issuer: string): Array<{ grantType: string; hasRefreshToken: boolean }> {
  const grants: Array<{ grantType: string; hasRefreshToken: boolean }> = [];
  page.on('request', (request: Request) => {
    if (request.url() !== `${issuer}/token` || request.method() !== 'POST') return;
    const params = new URLSearchParams(request.postData() ?? '');
    grants.push({ grantType: params.get('grant_type') ?? '', hasRefreshToken: Boolean(params.get('refresh_token')) });
  });
  return grants;
}

describe('gu-session popup sign-in against the dev IdP', { timeout: 90_000 }, () => {
  let world: E2eWorld;
  const contexts: BrowserContext[] = [];

  before(async () => {
    world = await startWorld({ pagePort: PAGE_PORT, pages: ['flows'] });
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await world?.close();
  });

  it('a click opens the popup with the login and consent; the popup closes and the opener is signed in', async () => {
    const context = await world.browser.newContext();
    contexts.push(context);
    await context.addInitScript({ content: RECORD_IFRAMES });
    const page = await context.newPage();
    const grants = watchGrants(page, world.idp.issuer);
    await page.goto(`${world.origin}/flows.html`);
    await waitForStatus(page, 'signed-out');

    const popupOpened = context.waitForEvent('page', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Войти через окно' }).click();
    const popup = await popupOpened;
    const popupClosed = popup.waitForEvent('close', { timeout: 30_000 });
    await popup.waitForURL((url) => url.href.startsWith(`${world.idp.issuer}/interaction/`), { timeout: 15_000 });
    await popup.getByLabel('Логин').fill('simplified');
    await popup.getByLabel('Пароль').fill('simplified-2026');
    await popup.getByRole('button', { name: 'Войти' }).click();
    await popup.getByRole('button', { name: 'Разрешить' }).click(); // a first grant to the client: consent
    await popupClosed;
    assert.ok(popup.isClosed(), 'the popup closed');

    await waitForStatus(page, 'signed-in');
    const state = await probeState(page);
    assert.equal(state.level, 'simplified');
    assert.equal(new URL(page.url()).search, '', 'the opener never navigated');
    assert.deepEqual(grants, [{ grantType: 'authorization_code', hasRefreshToken: false }]);

    // Requirement 6: a renewal uses the refresh token at the token endpoint; no iframe at any point.
    const refreshBefore = world.idp.refreshCalls();
    await page.evaluate(() =>
      (document.querySelector('e2e-probe') as HTMLElement & { session: { extend(): Promise<void> } }).session.extend(),
    );
    await waitForStatus(page, 'signed-in');
    assert.equal(world.idp.refreshCalls(), refreshBefore + 1);
    assert.deepEqual(grants.at(-1), { grantType: 'refresh_token', hasRefreshToken: true });
    assert.deepEqual(await recordedIframes(page), [], 'no iframe during sign-in and renewal');
  });

  it('with popups blocked: the message and «Продолжить в этом окне» within 2 s; that action signs in by redirect', async () => {
    const context = await world.browser.newContext();
    contexts.push(context);
    await context.addInitScript({ content: BLOCK_POPUPS });
    await context.addInitScript({ content: RECORD_IFRAMES });
    const page = await context.newPage();
    await page.goto(`${world.origin}/flows.html`);
    await waitForStatus(page, 'signed-out');

    const clicked = Date.now();
    await page.getByRole('button', { name: 'Войти через окно' }).click();
    const continueHere = page.getByRole('button', { name: 'Продолжить в этом окне' });
    await continueHere.waitFor({ state: 'visible', timeout: 2_000 });
    await page
      .locator('gu-session-notice')
      .getByText('Браузер заблокировал окно входа')
      .waitFor({ state: 'visible', timeout: 2_000 });
    const elapsed = Date.now() - clicked;
    assert.ok(elapsed <= 2_000, `the fallback was shown after ${elapsed} ms`);
    assert.match((await probeState(page)).error ?? '', /^popup-blocked:/);

    await continueHere.click();
    await loginAtProvider(page, world.idp.issuer, 'confirmed', 'confirmed-2026');
    await waitForStatus(page, 'signed-in');
    assert.equal((await probeState(page)).level, 'confirmed');
    assert.deepEqual(await recordedIframes(page), []);
  });
});
