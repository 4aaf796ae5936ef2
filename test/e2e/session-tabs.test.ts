/**
 * Two pages of one origin in one browser context against the dev IdP, with `share-tokens` (the portal's same-origin
 * trust decision): exactly one token call per renewal (counted at the provider), and sign-out in one page reaches the
 * other within 1 s. Requirements 1, 18, 19.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { loginAtProvider, probeState, startSignIn, startWorld, waitForStatus } from './harness.js';
import type { E2eWorld } from './harness.js';

const PAGE_PORT = 9501;
/** Access tokens live 10 s; the session renews at half the lifetime when that is later than 60 s before expiry: every 5 s. */
const ACCESS_TOKEN_TTL = 10;
/** Less than the renewal period: a second renewal in this window would be a second tab renewing on its own. */
const QUIET_WINDOW_MS = 3_000;

describe('gu-session in two pages of one origin', { timeout: 90_000 }, () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let first: Page;
  let second: Page;

  before(async () => {
    world = await startWorld({ pagePort: PAGE_PORT, pages: ['session'], ttl: { accessToken: ACCESS_TOKEN_TTL } });
    context = await world.browser.newContext();
    first = await context.newPage();
    second = await context.newPage();
  });
  after(async () => {
    await context?.close().catch(() => undefined);
    await world?.close();
  });

  it('both pages are signed in; one token call per renewal', async () => {
    await first.goto(`${world.origin}/session.html?share-tokens`);
    await waitForStatus(first, 'signed-out');
    await startSignIn(first);
    await loginAtProvider(first, world.idp.issuer, 'confirmed', 'confirmed-2026');
    await waitForStatus(first, 'signed-in');

    await second.goto(`${world.origin}/session.html?share-tokens`);
    await second.waitForFunction(
      () =>
        ['signed-in', 'signed-out'].includes(
          (document.querySelector('e2e-probe') as HTMLElement | null)?.dataset.status ?? '',
        ),
      undefined,
      { timeout: 15_000, polling: 50 },
    );
    if ((await probeState(second)).status === 'signed-out') {
      // No hand-over between tabs: the second page signs in through the provider's existing session (no form).
      await startSignIn(second);
      await second.waitForURL((url) => url.href.startsWith(world.origin), { timeout: 15_000 });
    }
    await waitForStatus(second, 'signed-in');
    assert.equal((await probeState(second)).level, 'confirmed');

    // Two renewals in a row: each is exactly one refresh-token call at the provider, whatever the number of tabs.
    for (const renewal of [1, 2]) {
      const deadline = Date.now() + 15_000;
      const before = world.idp.refreshCalls();
      while (world.idp.refreshCalls() === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.equal(world.idp.refreshCalls(), before + 1, `renewal ${renewal} happened`);
      await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));
      assert.equal(world.idp.refreshCalls(), before + 1, `renewal ${renewal}: one token call for two tabs`);
    }
    await waitForStatus(first, 'signed-in');
    await waitForStatus(second, 'signed-in');
  });

  it('sign-out in one page reaches the other within 1 s', async () => {
    const started = Date.now();
    await first
      .evaluate(
        () =>
          void (
            document.querySelector('e2e-probe') as HTMLElement & { session: { signOut(): Promise<void> } }
          ).session.signOut(),
      )
      .catch(() => undefined);
    await waitForStatus(second, 'signed-out', 'e2e-probe', 2_000);
    const elapsed = Date.now() - started;
    assert.ok(elapsed <= 1_000, `the other page was signed out after ${elapsed} ms`);
    assert.equal((await probeState(second)).reason, 'other-tab');
  });
});
