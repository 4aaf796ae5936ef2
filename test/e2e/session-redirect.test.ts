/**
 * Redirect sign-in and sign-out against the real provider (the dev IdP, oidc-provider): the signed-in snapshot has the
 * citizen's level; after sign-in and one renewal no token is in any browser storage; sign-out revokes the refresh token
 * and ends the provider session. Requirements 5, 9, 11, 20.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import {
  findTokensInStorage,
  loginAtProvider,
  probeState,
  startSignIn,
  startWorld,
  waitForStatus,
  watchTokens,
} from './harness.js';
import type { E2eWorld, SeenTokens } from './harness.js';

const PAGE_PORT = 9500;

describe('gu-session against the dev IdP: redirect sign-in and sign-out', { timeout: 90_000 }, () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let page: Page;
  let seen: SeenTokens;

  before(async () => {
    world = await startWorld({ pagePort: PAGE_PORT, pages: ['session'] });
    context = await world.browser.newContext();
    page = await context.newPage();
    seen = watchTokens(page, world.idp.issuer);
  });
  after(async () => {
    await context?.close().catch(() => undefined);
    await world?.close();
  });

  it('signs in by redirect: the snapshot is signed-in with the citizen and level from the provider', async () => {
    await page.goto(`${world.origin}/session.html`);
    await waitForStatus(page, 'signed-out');
    await startSignIn(page);
    await loginAtProvider(page, world.idp.issuer, 'standard', 'standard-2026');
    await waitForStatus(page, 'signed-in');
    const state = await probeState(page);
    assert.equal(state.level, 'standard');
    assert.equal(state.name, 'Фёдорова Наталья');
    assert.ok(seen.refreshTokens.length >= 1, 'the provider issued a refresh token');
  });

  it('after sign-in and one renewal, no JWT-shaped string and no token value is in any storage', async () => {
    const before = world.idp.refreshCalls();
    await page.evaluate(() =>
      (document.querySelector('e2e-probe') as HTMLElement & { session: { extend(): Promise<void> } }).session.extend(),
    );
    await page.waitForFunction(() => true); // let the snapshot settle
    assert.equal(world.idp.refreshCalls(), before + 1, 'extend() renewed with the refresh token once');
    await waitForStatus(page, 'signed-in');
    const found = await findTokensInStorage(page, [...seen.refreshTokens, ...seen.accessTokens]);
    assert.deepEqual(found, []);
  });

  it('signs out: the refresh token is revoked and the provider session is ended', async () => {
    const lastRefreshToken = seen.refreshTokens.at(-1)!;
    await page
      .evaluate(
        () =>
          void (
            document.querySelector('e2e-probe') as HTMLElement & { session: { signOut(): Promise<void> } }
          ).session.signOut(),
      )
      .catch(() => undefined);
    // RP-initiated logout: the provider asks to confirm («Да, выйти»), then sends the browser back.
    const endSession: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${world.idp.issuer}/session/end`)) endSession.push(request.url());
    });
    await page.waitForURL((url) => url.href.startsWith(`${world.idp.issuer}/session/end`), { timeout: 15_000 });
    // Issue 12, defect 12: no ID token (it names the citizen) and nothing personal in the end-session URL.
    assert.ok(endSession.length > 0, 'the end-session endpoint was visited');
    for (const url of endSession) {
      const params = new URL(url).searchParams;
      assert.equal(params.has('id_token_hint'), false, `id_token_hint in ${url}`);
      assert.doesNotMatch(decodeURIComponent(url), /eyJ[\w-]+\.[\w-]+/, 'a JWT in the end-session URL');
      // Only the client and where to come back: nothing else can carry the citizen's data.
      assert.deepEqual([...params.keys()].sort(), ['client_id', 'post_logout_redirect_uri'], `parameters of ${url}`);
    }
    await page.getByRole('button', { name: 'Да, выйти' }).click();
    await page.waitForURL((url) => url.href.startsWith(world.origin), { timeout: 15_000 });
    await waitForStatus(page, 'signed-out');
    assert.equal(world.idp.endSessionCalls(), 1, 'the provider session was ended');

    const refresh = await fetch(`${world.idp.issuer}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: lastRefreshToken,
        client_id: 'gu-kit-demo',
      }),
    });
    assert.equal(refresh.status, 400);
    assert.equal(((await refresh.json()) as { error: string }).error, 'invalid_grant');

    // No provider session is left: signing in again asks for the login.
    await startSignIn(page);
    await page.waitForURL((url) => url.href.startsWith(`${world.idp.issuer}/interaction/`), { timeout: 15_000 });
    assert.ok(await page.getByLabel('Логин').isVisible());
  });
});
