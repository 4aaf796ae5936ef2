/**
 * «Завершить все другие сеансы» across two browsers (issue 16, «Done when»): two browser contexts — two computers —
 * signed in as the same citizen against the Node mock server (its OIDC provider and API, one shared state). Page A
 * ends the other sessions with the keyboard after the confirmation; page B, whose session was one of them, signs out
 * at once through the live event `sessions-ended` with the reason said, and nothing of the citizen is left on it;
 * page A stays signed in and its list shows only itself.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/server/http-server.js';
import { openLiveStreams } from '../../mocks/db/live-events.js';
import { resetMockOidc } from '../../mocks/oidc/index.js';
import { CHROME_ARGS, bundle, probeState, servePages, waitForStatus } from './harness.js';

const PAGE_PORT = 9520;
const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));

describe('«Завершить все другие сеансы» signs out a second browser', { timeout: 180_000 }, () => {
  let mock: MockHttpServer;
  let dir: string;
  let pages: { origin: string; close(): Promise<void> };
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    mock = await startMockHttpServer({ port: 0 });
    resetMockOidc();
    dir = await mkdtemp(join(tmpdir(), 'gu-kit-e2e-security-'));
    await bundle(join(pagesDir, 'security-sessions-page.ts'), dir, 'security-sessions-page');
    await copyFile(join(pagesDir, 'security-sessions.html'), join(dir, 'security-sessions.html'));
    pages = await servePages(dir, PAGE_PORT);
    const { findChrome } = (await import('../tools/find-chrome.mjs' as string)) as { findChrome(): string };
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await pages?.close().catch(() => undefined);
    await mock?.close().catch(() => undefined);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A new browser (context) with the page open and signed in, its sessions drawn. */
  async function signedInPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'ru-RU' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${pages.origin}/security-sessions.html?mock=${encodeURIComponent(mock.url)}`);
    await waitForStatus(page, 'signed-out');
    await page.evaluate(() => (window as unknown as { e2eSecurity: { signIn(): Promise<void> } }).e2eSecurity.signIn());
    await waitForStatus(page, 'signed-in');
    await page.getByText('Этот сеанс', { exact: true }).waitFor({ timeout: 15_000 });
    return page;
  }

  it('page A ends the others: page B signs out and its data is gone, page A stays signed in', async () => {
    const a = await signedInPage();
    const b = await signedInPage();
    // Both pages follow the live updates (the session's watch and the widget share one stream per page).
    const deadline = Date.now() + 15_000;
    while (openLiveStreams() < 2) {
      assert.ok(Date.now() < deadline, `only ${openLiveStreams()} live stream(s) open`);
      await a.waitForTimeout(100);
    }
    // Page A lists page B's session (it follows new sign-ins live) among the citizen's seeded ones: 4 others.
    const endButtons = a.getByRole('button', { name: /^Завершить сеанс: / });
    const listed = Date.now() + 15_000;
    while ((await endButtons.count()) < 4) {
      assert.ok(Date.now() < listed, `page A lists ${await endButtons.count()} other sessions`);
      await a.waitForTimeout(100);
    }

    // Keyboard only: the button, then the confirmation.
    await a.getByRole('button', { name: 'Завершить все другие сеансы' }).focus();
    await a.keyboard.press('Enter');
    const confirm = a.getByRole('button', { name: 'Завершить другие сеансы' });
    await confirm.waitFor({ timeout: 10_000 });
    await a.getByText('На этой странице вы останетесь в системе.').waitFor();
    await confirm.focus();
    await a.keyboard.press('Enter');

    // Page B: signed out at once, the reason said, nothing of the citizen left.
    await waitForStatus(b, 'signed-out', 'e2e-probe', 15_000);
    assert.equal((await probeState(b)).reason, 'ended-elsewhere');
    await b.getByText('Сеанс завершён с другого устройства').first().waitFor({ timeout: 10_000 });
    assert.equal(await b.getByText('Этот сеанс', { exact: true }).count(), 0);
    assert.equal(await b.getByRole('button', { name: /^Завершить/ }).count(), 0);
    assert.equal(await b.getByText('Гарипова').count(), 0, 'the citizen’s name is gone');
    assert.equal(await b.getByText('Активные сеансы').count(), 0, 'the sessions view is gone');

    // Page A: still signed in, told how many ended, only this session left.
    await a
      .getByText(/Завершено \d+ сеанс/)
      .first()
      .waitFor({ timeout: 10_000 });
    assert.equal((await probeState(a)).status, 'signed-in');
    await a.getByText('Других сеансов нет').first().waitFor({ timeout: 10_000 });
    assert.equal(await a.getByRole('button', { name: /^Завершить сеанс: / }).count(), 0);
    // Its token still works: reloading the list asks the API again and gets this session.
    const status = await a.evaluate(async (api) => {
      const probe = document.querySelector('e2e-probe') as HTMLElement & {
        session?: { apiAuth: { getAccessToken(): Promise<string | null> } };
      };
      const token = await probe.session!.apiAuth.getAccessToken();
      return (await fetch(`${api}/api/security/sessions`, { headers: { Authorization: `Bearer ${token}` } })).status;
    }, mock.url);
    assert.equal(status, 200);
  });
});
