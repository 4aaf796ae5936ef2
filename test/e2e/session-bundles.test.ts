/**
 * Three widgets from three separately built bundles (each with its own lit and @lit/context) and <gu-session> from a
 * fourth, loaded widgets first: one UserManager on the page (created at sign-in: the session starts without
 * oidc-client-ts) and every widget sees the session. Requirements 1–3.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { loginAtProvider, probeState, startSignIn, startWorld, waitForStatus } from './harness.js';
import type { E2eWorld } from './harness.js';

const PAGE_PORT = 9502;
const WIDGETS = ['#parcel-a > e2e-widget-a', '#parcel-b > e2e-widget-b', '#parcel-c > e2e-widget-c'];

const userManagerCount = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as { e2e: { userManagerCount(): number } }).e2e.userManagerCount());

describe('gu-session with widgets from separately built bundles', { timeout: 90_000 }, () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    world = await startWorld({ pagePort: PAGE_PORT, pages: ['bundles'] });
    context = await world.browser.newContext();
    page = await context.newPage();
  });
  after(async () => {
    await context?.close().catch(() => undefined);
    await world?.close();
  });

  it('the bundles really are separate: four copies of lit on the page', async () => {
    await page.goto(`${world.origin}/bundles.html`);
    const copies = await page.evaluate(
      () => (globalThis as unknown as { litElementVersions?: string[] }).litElementVersions?.length ?? 0,
    );
    assert.ok(copies >= 4, `lit copies on the page: ${copies}`);
  });

  // Requirement 1 ("exactly one UserManager per page"): never two. The session starts without oidc-client-ts, so
  // there is none until a flow needs it (here the sign-in below), then exactly one.
  it('every widget sees the session and there is no second UserManager (none before sign-in)', async () => {
    for (const widget of WIDGETS) await waitForStatus(page, 'signed-out', widget, 5_000);
    const count = await userManagerCount(page);
    assert.ok(count <= 1, `UserManagers on the page: ${count}`);
  });

  it('after sign-in every widget sees the signed-in session, still with one UserManager', async () => {
    await startSignIn(page, '#parcel-b > e2e-widget-b');
    await loginAtProvider(page, world.idp.issuer, 'simplified', 'simplified-2026');
    for (const widget of WIDGETS) {
      await waitForStatus(page, 'signed-in', widget);
      assert.equal((await probeState(page, widget)).level, 'simplified', widget);
    }
    assert.equal(await userManagerCount(page), 1);
  });

  it('a widget in a separate container with its own <gu-session> shares the same session and UserManager', async () => {
    await waitForStatus(page, 'signed-in', '#outside', 2_000);
    assert.equal(await userManagerCount(page), 1);
  });

  // Under Trusted Types every copy of Lit creates a policy named lit-html: a page with several copies needs
  // 'allow-duplicates' (README, «One copy of Lit»), and without it the second copy stops.
  for (const allowDuplicates of [true, false]) {
    it(`under trusted-types lit-html${allowDuplicates ? " 'allow-duplicates'" : ''} the copies of Lit ${allowDuplicates ? 'all render' : 'cannot all start'}`, async () => {
      const policy = `require-trusted-types-for 'script'; trusted-types lit-html${allowDuplicates ? " 'allow-duplicates'" : ''}`;
      const strict = await world.browser.newContext();
      try {
        const tab = await strict.newPage();
        const errors: string[] = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        await tab.goto(`${world.origin}/bundles.html?csp=${encodeURIComponent(policy)}`);
        if (allowDuplicates) {
          for (const widget of WIDGETS) await waitForStatus(tab, 'signed-out', widget, 10_000);
          assert.deepEqual(errors, []);
        } else {
          const deadline = Date.now() + 10_000;
          while (!errors.some((message) => /lit-html/.test(message)) && Date.now() < deadline)
            await tab.waitForTimeout(100);
          assert.ok(
            errors.some((message) => /lit-html/.test(message)),
            `no Trusted Types error: ${errors.join('; ')}`,
          );
        }
      } finally {
        await strict.close();
      }
    });
  }
});
