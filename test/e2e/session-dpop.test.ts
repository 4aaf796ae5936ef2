/**
 * DPoP against the real provider (requirement 8; with requirements 5 and 6): the dev IdP with `features.dPoP`
 * advertises ES256 proofs, so <gu-session> binds the code (`dpop_jkt`), gets DPoP-bound tokens, and core/api calls
 * the IdP's protected resource with `Authorization: DPoP` + a proof the resource verifies (signature, htm, htu, iat, ath,
 * key thumbprint, its nonce after `use_dpop_nonce`); the same token as Bearer is refused; a renewal with the refresh
 * token keeps the binding; no iframe is ever created; IndexedDB holds only the non-extractable DPoP key.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page, Request } from 'playwright-core';
import {
  RECORD_IFRAMES,
  findTokensInStorage,
  loginAtProvider,
  recordedIframes,
  startSignIn,
  startWorld,
  waitForStatus,
  watchTokens,
} from './harness.js';
import type { E2eWorld, SeenTokens } from './harness.js';

const PAGE_PORT = 9503;

interface CallResult {
  ok: boolean;
  body?: { sub?: string; scheme?: string; jkt?: string };
  kind?: string;
  status?: number;
}

const callApi = (page: Page, method: 'GET' | 'POST' = 'GET'): Promise<CallResult> =>
  page.evaluate(
    (m) => (globalThis as unknown as { e2e: { callApi(m: string): Promise<CallResult> } }).e2e.callApi(m),
    method,
  );

describe('gu-session with DPoP against the dev IdP', { timeout: 90_000 }, () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let page: Page;
  let seen: SeenTokens;
  const tokenTypes: string[] = [];
  const tokenRequests: Array<{ grantType: string; dpop: boolean }> = [];
  const authorizeUrls: URL[] = [];

  before(async () => {
    world = await startWorld({ pagePort: PAGE_PORT, pages: ['flows'], dpop: true });
    context = await world.browser.newContext();
    await context.addInitScript({ content: RECORD_IFRAMES });
    page = await context.newPage();
    seen = watchTokens(page, world.idp.issuer);
    page.on('request', (request: Request) => {
      const url = new URL(request.url());
      if (url.origin !== world.idp.issuer) return;
      if (url.pathname === '/auth') authorizeUrls.push(url);
      if (url.pathname === '/token' && request.method() === 'POST') {
        const params = new URLSearchParams(request.postData() ?? '');
        tokenRequests.push({ grantType: params.get('grant_type') ?? '', dpop: Boolean(request.headers()['dpop']) });
      }
    });
    page.on('response', (response) => {
      if (response.url() !== `${world.idp.issuer}/token` || response.request().method() !== 'POST') return;
      response
        .json()
        .then((body: { token_type?: string }) => tokenTypes.push(body.token_type ?? ''))
        .catch(() => undefined);
    });
  });
  after(async () => {
    await context?.close().catch(() => undefined);
    await world?.close();
  });

  it('redirect sign-in binds the code to the DPoP key and gets DPoP-bound tokens', async () => {
    await page.goto(`${world.origin}/flows.html`);
    await waitForStatus(page, 'signed-out');
    await startSignIn(page);
    await loginAtProvider(page, world.idp.issuer, 'standard', 'standard-2026');
    await waitForStatus(page, 'signed-in');
    assert.match(authorizeUrls.at(-1)?.searchParams.get('dpop_jkt') ?? '', /^[\w-]{43}$/, 'dpop_jkt is sent');
    assert.deepEqual(tokenRequests, [{ grantType: 'authorization_code', dpop: true }]);
    assert.deepEqual(
      world.idp.dpopTokenCalls().map((call) => call.grantType),
      ['authorization_code'],
    );
    await page.waitForFunction(() => true);
    assert.deepEqual(tokenTypes, ['DPoP'], 'the provider issued a DPoP-bound access token');
    assert.ok(seen.refreshTokens.length === 1, 'and a refresh token');
  });

  it('core/api sends Authorization: DPoP + a valid proof (after the resource asks for its nonce)', async () => {
    const before = world.idp.resourceCalls().length;
    const get = await callApi(page, 'GET');
    assert.equal(get.ok, true, JSON.stringify(get));
    assert.equal(get.body?.scheme, 'DPoP');
    assert.equal(get.body?.sub, 'person-3');
    const post = await callApi(page, 'POST');
    assert.equal(post.ok, true, JSON.stringify(post));
    // The calls of callApi (the session's own live-updates watch asks /resource/events beside them, with its client).
    const calls = world.idp
      .resourceCalls()
      .slice(before)
      .filter((call) => call.path.endsWith('/me'));
    // Each new client: first proof without the nonce → use_dpop_nonce; the one repeat carries it and is accepted.
    assert.deepEqual(
      calls.map((call) => [call.method, call.scheme, call.status, call.error ?? '']),
      [
        ['GET', 'DPoP', 401, 'use_dpop_nonce'],
        ['GET', 'DPoP', 200, ''],
        ['POST', 'DPoP', 401, 'use_dpop_nonce'],
        ['POST', 'DPoP', 200, ''],
      ],
      JSON.stringify(calls),
    );
    for (const call of [calls[1]!, calls[3]!]) {
      assert.equal(call.proof?.htm, call.method);
      assert.equal(call.proof?.htu, world.idp.resourceUrl);
      assert.ok(call.proof?.nonce, 'the accepted proof has the nonce');
      assert.ok(Math.abs(Date.now() / 1000 - (call.proof?.iat ?? 0)) < 60);
    }
    assert.equal(calls[1]!.proof?.jkt, get.body?.jkt);
  });

  it('the same access token as a Bearer token is refused', async () => {
    const result = await page.evaluate(() =>
      (
        globalThis as unknown as { e2e: { callWithBearer(): Promise<{ status: number; wwwAuthenticate: string }> } }
      ).e2e.callWithBearer(),
    );
    assert.equal(result.status, 401);
    assert.match(result.wwwAuthenticate, /error="invalid_token"/);
    assert.equal(world.idp.resourceCalls().at(-1)?.description, 'a DPoP-bound access token presented as Bearer');
  });

  it('renewal with the refresh token keeps the DPoP binding; no iframe at any point', async () => {
    const refreshBefore = world.idp.refreshCalls();
    const firstAccessToken = seen.accessTokens.at(-1);
    const jktBefore = world.idp.resourceCalls().findLast((call) => call.status === 200)?.proof?.jkt;
    await page.evaluate(() =>
      (document.querySelector('e2e-probe') as HTMLElement & { session: { extend(): Promise<void> } }).session.extend(),
    );
    await waitForStatus(page, 'signed-in');
    assert.equal(world.idp.refreshCalls(), refreshBefore + 1, 'one refresh-token grant');
    assert.deepEqual(tokenRequests.at(-1), { grantType: 'refresh_token', dpop: true });
    assert.equal(tokenTypes.at(-1), 'DPoP');
    assert.notEqual(seen.accessTokens.at(-1), firstAccessToken, 'a new access token');

    const after = await callApi(page, 'GET');
    assert.equal(after.ok, true, JSON.stringify(after));
    assert.equal(after.body?.scheme, 'DPoP');
    assert.equal(after.body?.jkt, jktBefore, 'the renewed token is bound to the same key');
    assert.deepEqual(await recordedIframes(page), [], 'no iframe during sign-in and renewal (requirement 6)');
  });

  it('IndexedDB holds only the DPoP key store (non-extractable key), no token anywhere', async () => {
    const found = await findTokensInStorage(page, [...seen.refreshTokens, ...seen.accessTokens]);
    assert.deepEqual(found, []);
    const idb = await page.evaluate(async () => {
      const out: Array<{ db: string; store: string; keys: string[]; extractable: boolean[]; types: string[] }> = [];
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((done, fail) => {
          const open = indexedDB.open(info.name!);
          open.onsuccess = () => done(open.result);
          open.onerror = () => fail(open.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          const [keys, values] = await Promise.all(
            ['getAllKeys', 'getAll'].map(
              (what) =>
                new Promise<unknown[]>((done, fail) => {
                  const os = db.transaction(store, 'readonly').objectStore(store);
                  const request = what === 'getAll' ? os.getAll() : os.getAllKeys();
                  request.onsuccess = () => done(request.result as unknown[]);
                  request.onerror = () => fail(request.error);
                }),
            ),
          );
          const pairs = (values ?? []).map((value) => (value as { keys?: CryptoKeyPair }).keys);
          out.push({
            db: info.name!,
            store,
            keys: (keys ?? []).map(String),
            extractable: pairs.map((pair) => pair?.privateKey.extractable ?? true),
            types: pairs.map((pair) => `${pair?.privateKey.type}/${pair?.privateKey.algorithm.name}`),
          });
        }
        db.close();
      }
      return out;
    });
    assert.deepEqual(idb, [
      { db: 'oidc', store: 'dpop', keys: ['gu-kit-demo'], extractable: [false], types: ['private/ECDSA'] },
    ]);
  });
});
