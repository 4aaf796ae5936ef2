/**
 * What every consumer project's built page is checked for in Chromium (issue 18): served on loopback under the
 * strict Content-Security-Policy of the demo (build/csp.ts, test/e2e/csp-static-server.ts), the page's gu-kit
 * element renders, an event it fires reaches the framework's handler, a property the framework set arrives, axe
 * finds nothing, and no page error, console error or CSP violation happened on the way.
 *
 * The element is `<gu-a11y-panel>` (gu-kit/a11y-panel): it works with no backend and no session, so the check is
 * about the package in the framework, not about a mock server. The page shows the panel open with the choice the
 * framework gave it (`preferences`: large font), and renders `expectEventText` once the panel's
 * `gu-low-vision-change` reached the framework's handler.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveWithStrictCsp } from '../e2e/csp-static-server.js';
import { AXE_TAGS } from '../helpers/a11y.js';
import { repoRoot } from '../tools/packed-tarball.js';

const AXE_SOURCE = readFileSync(resolve(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Polls `check` until it returns true (a generous timeout, never a fixed wait); fails with `what`. */
export async function until(what: string, check: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

export interface PageCheck {
  /** The page's <h1>, rendered by the framework. */
  heading: string;
  /** The text the framework renders from the event's detail after «Огромный» is chosen. */
  expectEventText: string;
}

/** Serves `dir` on `port` under the strict CSP and runs the checks of the file header on its index page. */
export async function checkBuiltPage(browser: Browser, dir: string, port: number, check: PageCheck): Promise<void> {
  const server: Server = await serveWithStrictCsp(dir, port);
  const context = await browser.newContext({ locale: 'ru-RU' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    await page.addInitScript(() => {
      const store: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
      document.addEventListener('securitypolicyviolation', (event) =>
        store.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      );
    });
    const response = await page.goto(`http://127.0.0.1:${port}/`);
    assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);

    // Rendered by the framework, and the element from the package rendered its shadow root (its heading).
    await page.getByRole('heading', { level: 1, name: check.heading }).waitFor({ timeout: 15_000 });
    const panel = page.locator('gu-a11y-panel');
    await panel.getByRole('heading', { level: 2, name: 'Версия для слабовидящих' }).waitFor({ timeout: 15_000 });

    // The property the framework set arrived: the panel shows «Крупный» chosen and the page got the large font.
    const large = panel.getByRole('radio', { name: 'Крупный' });
    await until('the framework-set preferences chose «Крупный»', () => large.isChecked());
    assert.equal(
      await page.evaluate(() => document.documentElement.style.getPropertyValue('--gu-font-size')),
      '1.25rem',
    );

    // The citizen chooses «Огромный» with the keyboard's Space on the focused radio: the framework's handler renders.
    const huge = panel.getByRole('radio', { name: 'Огромный' });
    await huge.focus();
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: check.expectEventText }).waitFor({ timeout: 15_000 });

    // axe (every WCAG A/AA tag and best-practice, as test/helpers/a11y.ts), injected through the DevTools protocol,
    // which the page's CSP does not govern; the page itself stays under it.
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(
      async (tags) => {
        const { axe } = window as unknown as {
          axe: {
            run(
              target: Document,
              options: object,
            ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
          };
        };
        const results = await axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      },
      AXE_TAGS as unknown as string[],
    );
    assert.deepEqual(violations, [], 'axe violations');
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), [], 'CSP');
    assert.deepEqual(errors, [], 'errors in the page');
  } finally {
    await context.close();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}
