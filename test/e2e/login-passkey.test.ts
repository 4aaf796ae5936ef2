/**
 * <gu-login> passkey sign-in with Chromium's virtual authenticator (issue 4): the page runs the MSW mock backend
 * (mock OIDC provider + identity API); a virtual CTAP2 platform authenticator (resident keys, user verification) is
 * added through CDP; a passkey is enrolled through the mock's documented registration endpoint with
 * navigator.credentials.create(), so the public key the mock verifies against comes from the authenticator. Then
 * «Войти с ключом доступа» is driven with real clicks: the page ends signed in (code + PKCE exchange by <gu-session>).
 * An unknown credential and a credential whose signature does not verify give the precise message in the alert
 * region (which exists before the message, so it is announced).
 *
 * WebAuthn needs a domain as the relying party id, so the page is opened as http://localhost (a secure context).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { startPagesOnly, waitForStatus } from './harness.js';

const PAGE_PORT = 9505;
const URL_OF_PAGE = `http://localhost:${PAGE_PORT}/login.html`;

interface E2eLogin {
  createPasskey(login: string, password: string, enrol: boolean): Promise<{ credentialId: string; publicKey: string }>;
  linkForeignKey(credentialId: string): Promise<void>;
  signedInMethods: string[];
}

describe('gu-login: passkey with Chromium’s virtual authenticator', { timeout: 180_000 }, () => {
  let world: Awaited<ReturnType<typeof startPagesOnly>>;
  const contexts: BrowserContext[] = [];

  before(async () => {
    world = await startPagesOnly({ pagePort: PAGE_PORT, pages: ['login'] });
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await world?.close();
  });

  /** A fresh context and page with a virtual platform authenticator; the page loaded and signed out. */
  async function openPage(): Promise<{ page: Page; cdp: CDPSession; authenticatorId: string; requests: string[] }> {
    const context = await world.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await page.goto(URL_OF_PAGE);
    await waitForStatus(page, 'signed-out');
    await page.getByRole('heading', { name: 'Вход в личный кабинет' }).waitFor({ timeout: 15_000 });
    return { page, cdp, authenticatorId, requests };
  }

  /** The idle screen → the passkey step → «Войти с ключом доступа», with real clicks. */
  async function signInWithPasskey(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Ключ доступа (passkey)' }).click();
    await page.getByRole('heading', { name: 'Вход по ключу доступа' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Войти с ключом доступа' }).click();
  }

  const alertText = (page: Page): Promise<string> =>
    page.$eval('gu-login .gu-login__alert[role="alert"]', (element) =>
      (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );

  it('a passkey enrolled from the authenticator signs the citizen in', async () => {
    const { page, cdp, authenticatorId, requests } = await openPage();
    const created = await page.evaluate(() =>
      (globalThis as unknown as { e2eLogin: E2eLogin }).e2eLogin.createPasskey('confirmed', 'confirmed-2026', true),
    );
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1, 'the authenticator holds the new passkey');
    assert.equal(credentials[0]!.isResidentCredential, true, 'a discoverable credential');
    assert.equal(
      Buffer.from(credentials[0]!.credentialId, 'base64').toString('base64url'),
      created.credentialId,
      'the enrolled credential is the authenticator’s',
    );
    const countBefore = credentials[0]!.signCount;

    await signInWithPasskey(page);
    await waitForStatus(page, 'signed-in', 'e2e-probe', 20_000);
    await page.getByRole('heading', { name: 'Вы вошли в личный кабинет' }).waitFor({ timeout: 15_000 });
    const focusedText = await page.evaluate(() => document.activeElement?.textContent?.trim());
    assert.equal(focusedText, 'Вы вошли в личный кабинет', 'focus moves to the result');
    const methods = await page.evaluate(
      () => (globalThis as unknown as { e2eLogin: E2eLogin }).e2eLogin.signedInMethods,
    );
    assert.deepEqual(methods, ['passkey']);
    const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(after.credentials[0]!.signCount, countBefore + 1, 'the authenticator signed one assertion');
    assert.equal(await alertText(page), '', 'no error');
    assert.ok(
      requests.some((request) => /POST .*\/api\/identity\/flows\/[^/]+\/passkey$/.test(request)),
      'the assertion went to the identity API',
    );
  });

  it('an unknown passkey gives the precise message in the alert region', async () => {
    const { page, cdp, authenticatorId } = await openPage();
    // A discoverable credential for this site that the identity service never linked to an account.
    await page.evaluate(() =>
      (globalThis as unknown as { e2eLogin: E2eLogin }).e2eLogin.createPasskey('confirmed', 'confirmed-2026', false),
    );
    assert.equal((await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials.length, 1);
    assert.equal(await page.locator('gu-login .gu-login__alert[role="alert"]').count(), 1, 'the region is there');

    await signInWithPasskey(page);
    await page.waitForFunction(
      () => /не привязан/.test(document.querySelector('gu-login .gu-login__alert')?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    );
    assert.equal(await alertText(page), 'Ошибка: Этот ключ доступа не привязан к учётной записи.');
    assert.equal(await page.$eval('e2e-probe', (element) => (element as HTMLElement).dataset.status), 'signed-out');
    // Still on the passkey step: the citizen can choose another way.
    await page.getByRole('button', { name: 'Другие способы входа' }).waitFor();
  });

  it('a passkey whose signature does not verify gives «Ключ доступа не прошёл проверку»', async () => {
    const { page } = await openPage();
    const created = await page.evaluate(() =>
      (globalThis as unknown as { e2eLogin: E2eLogin }).e2eLogin.createPasskey('confirmed', 'confirmed-2026', false),
    );
    // The account knows this credential id, but with another public key.
    await page.evaluate(
      (id) => (globalThis as unknown as { e2eLogin: E2eLogin }).e2eLogin.linkForeignKey(id),
      created.credentialId,
    );
    await signInWithPasskey(page);
    await page.waitForFunction(
      () => /не прошёл проверку/.test(document.querySelector('gu-login .gu-login__alert')?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    );
    assert.equal(await alertText(page), 'Ошибка: Ключ доступа не прошёл проверку.');
    assert.equal(await page.$eval('e2e-probe', (element) => (element as HTMLElement).dataset.status), 'signed-out');
  });
});
