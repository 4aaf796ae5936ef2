/**
 * build/mock-pages.ts: the mock provider's authorize page (GET shows it, POST signs in and redirects back with a
 * portable code that the mock's token endpoint exchanges), the refusals (another origin, bad parameters, wrong
 * credentials, named per field), and the paths of the bank pages in the dev server.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import {
  AUTHORIZE_CSS_PATH,
  authorizeMiddleware,
  devPathOf,
  escapeHtml,
  MOCK_PAGES,
  portalLoginUrl,
} from '../../build/mock-pages.js';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/server/http-server.js';
import { isPortableCode, mintPortableCode, readPortableCode } from '../../mocks/oidc/portable-code.js';
import { decodeJwt } from '../../mocks/oidc/jwt.js';

const b64url = (bytes: Buffer): string => bytes.toString('base64url');

let pages: Server;
let origin = '';
let mock: MockHttpServer;

before(async () => {
  pages = createServer((req, res) => {
    authorizeMiddleware(req, res, () => res.writeHead(404).end('next')).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((done) => pages.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  mock = await startMockHttpServer({ port: 0 });
});

after(async () => {
  await new Promise((done) => pages.close(done));
  await mock.close();
});

interface Request {
  verifier: string;
  params: Record<string, string>;
}

function request(overrides: Record<string, string> = {}): Request {
  const verifier = b64url(randomBytes(32));
  return {
    verifier,
    params: {
      client_id: 'gu-kit-demo',
      redirect_uri: `${origin}/severny/`,
      response_type: 'code',
      scope: 'openid profile offline_access',
      state: b64url(randomBytes(12)),
      nonce: b64url(randomBytes(12)),
      code_challenge: b64url(createHash('sha256').update(verifier).digest()),
      code_challenge_method: 'S256',
      ...overrides,
    },
  };
}

const authorizeUrl = (params: Record<string, string>): string =>
  `${origin}/mock-oidc/authorize?${new URLSearchParams(params)}`;

const post = (params: Record<string, string>): Promise<Response> =>
  fetch(`${origin}/mock-oidc/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params).toString(),
  });

/** Exchanges a code at the mock provider's token endpoint (the MSW handlers over the Node mock server). */
const exchange = (code: string, req: Request): Promise<Response> =>
  fetch(`${mock.url}/mock-oidc/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: req.params.redirect_uri!,
      client_id: req.params.client_id!,
      code_verifier: req.verifier,
    }).toString(),
  });

describe('the authorize page (GET)', () => {
  it('is a Russian page: headings, each test citizen a button, labelled fields, the portal sign-in, no script', async () => {
    const response = await fetch(authorizeUrl(request().params));
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /form-action 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    const html = await response.text();
    assert.match(html, /<html lang="ru">/);
    assert.match(html, /<h1>Вход на Госуслуги<\/h1>/);
    assert.match(html, /<h2 id="citizens-heading">Тестовый гражданин<\/h2>/);
    for (const login of ['confirmed', 'standard', 'simplified'])
      assert.match(html, new RegExp(`<button type="submit" class="citizen" name="citizen" value="${login}">`));
    assert.match(html, /Гарипова Екатерина Николаевна/);
    assert.match(html, /<label for="login">Логин<\/label>/);
    assert.match(html, /<label for="password">Пароль<\/label>/);
    assert.match(html, new RegExp(`href="${origin}/severny/login"`));
    assert.doesNotMatch(html, /<script|<style|\sstyle=|\son\w+=/i, 'nothing inline (strict CSP)');
    assert.match(html, new RegExp(`<link rel="stylesheet" href="${AUTHORIZE_CSS_PATH}" />`));
    const css = await fetch(`${origin}${AUTHORIZE_CSS_PATH}`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.match(await css.text(), /:focus-visible/);
  });

  it('in English with ui_locales=en', async () => {
    const html = await (await fetch(authorizeUrl(request({ ui_locales: 'en' }).params))).text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<h1>Sign in to Gosuslugi<\/h1>/);
    assert.match(html, /<input type="hidden" name="ui_locales" value="en" \/>/);
  });

  it('refuses a redirect_uri of another origin or a bad one, with a page and never a redirect', async () => {
    for (const redirect of [
      'https://evil.example/',
      '//evil.example/',
      'javascript:alert(1)',
      `${origin.replace('127.0.0.1', 'localhost')}/severny/`,
      `${origin}/severny/#x`,
    ]) {
      const response = await fetch(authorizeUrl(request({ redirect_uri: redirect }).params), { redirect: 'manual' });
      assert.equal(response.status, 400, redirect);
      assert.equal(response.headers.get('location'), null, redirect);
      assert.match(await response.text(), /<h1>Запрос входа неверен<\/h1>/, redirect);
      const posted = await post({ ...request({ redirect_uri: redirect }).params, citizen: 'confirmed' });
      assert.equal(posted.status, 400, `POST ${redirect}`);
      assert.equal(posted.headers.get('location'), null, `POST ${redirect}`);
    }
  });

  it('refuses a request without PKCE S256, without openid or of another response type', async () => {
    for (const overrides of <Record<string, string>[]>[
      { code_challenge_method: 'plain' },
      { code_challenge: 'short' },
      { scope: 'profile' },
      { response_type: 'token' },
      { client_id: '' },
    ]) {
      const response = await fetch(authorizeUrl(request(overrides).params));
      assert.equal(response.status, 400, JSON.stringify(overrides));
    }
  });

  it('escapes what it echoes', async () => {
    const html = await (await fetch(authorizeUrl(request({ state: '"><img src=x onerror=alert(1)>' }).params))).text();
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.equal(escapeHtml(`<a href='x'>&`), '&lt;a href=&#39;x&#39;&gt;&amp;');
  });
});

describe('the authorize page (POST)', () => {
  it('a test citizen: 303 back to the redirect URI with the state and a code the token endpoint exchanges', async () => {
    const req = request();
    const response = await post({ ...req.params, citizen: 'standard' });
    assert.equal(response.status, 303);
    const location = new URL(response.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, req.params.redirect_uri);
    assert.equal(location.searchParams.get('state'), req.params.state);
    const code = location.searchParams.get('code')!;
    assert.ok(isPortableCode(code));
    const tokens = await exchange(code, req);
    assert.equal(tokens.status, 200, await tokens.clone().text());
    const { id_token: idToken } = (await tokens.json()) as { id_token: string };
    const claims = decodeJwt(idToken)!;
    assert.equal(claims.sub, 'person-3');
    assert.equal(claims.nonce, req.params.nonce);
    assert.equal(claims.aud, 'gu-kit-demo');
    // Single use: the same code again is refused.
    const again = await exchange(code, req);
    assert.equal(again.status, 400);
    assert.equal(((await again.json()) as { error: string }).error, 'invalid_grant');
  });

  it('login and password (the login may be the phone, e-mail or SNILS) → a code for that citizen', async () => {
    const req = request();
    const response = await post({ ...req.params, login: 'simplified', password: 'simplified-2026' });
    assert.equal(response.status, 303);
    const code = new URL(response.headers.get('location')!).searchParams.get('code')!;
    const tokens = (await (await exchange(code, req)).json()) as { id_token: string };
    assert.equal(decodeJwt(tokens.id_token)!.sub, 'person-4');
  });

  it('a code is bound to its verifier, its redirect URI and its client; an altered code is refused', async () => {
    const req = request();
    const code = new URL(
      (await post({ ...req.params, citizen: 'confirmed' })).headers.get('location')!,
    ).searchParams.get('code')!;
    const wrongVerifier = await exchange(code, { ...req, verifier: b64url(randomBytes(32)) });
    assert.equal(wrongVerifier.status, 400);
    const req2 = request();
    const code2 = new URL(
      (await post({ ...req2.params, citizen: 'confirmed' })).headers.get('location')!,
    ).searchParams.get('code')!;
    const otherRedirect = await exchange(code2, {
      ...req2,
      params: { ...req2.params, redirect_uri: `${origin}/yuzhny/` },
    });
    assert.equal(otherRedirect.status, 400);
    const req3 = request();
    const code3 = new URL(
      (await post({ ...req3.params, citizen: 'confirmed' })).headers.get('location')!,
    ).searchParams.get('code')!;
    const [prefix, payload, mac] = code3.split('.');
    const altered = `${prefix}.${payload!.slice(0, -2)}AA.${mac}`;
    assert.equal((await exchange(altered, req3)).status, 400);
    assert.equal(await readPortableCode(altered), undefined);
  });

  it('an expired code is refused', async () => {
    const claims = {
      clientId: 'c',
      redirectUri: `${origin}/`,
      codeChallenge: 'x'.repeat(43),
      scope: 'openid',
      sub: 'person-1',
      authTime: 1000,
      expiresAt: 1060,
    };
    const code = await mintPortableCode(claims);
    assert.deepEqual(await readPortableCode(code, 1059), claims);
    assert.equal(await readPortableCode(code, 1060), undefined);
  });

  it('wrong or missing credentials: the page again, each message naming its field, nothing redirected', async () => {
    const req = request();
    const wrong = await post({ ...req.params, login: 'confirmed', password: 'nope' });
    assert.equal(wrong.status, 200);
    assert.equal(wrong.headers.get('location'), null);
    const wrongHtml = await wrong.text();
    assert.match(wrongHtml, /role="alert"/);
    assert.match(wrongHtml, /Логин или пароль: неверный логин или пароль\./);
    assert.match(wrongHtml, /name="login" autocomplete="username" required value="confirmed"/);
    const missing = await (await post({ ...req.params, login: '', password: '' })).text();
    assert.match(missing, /<a href="#login">Логин: введите логин\.<\/a>/);
    assert.match(missing, /<a href="#password">Пароль: введите пароль\.<\/a>/);
    assert.match(missing, /id="login"[^>]*aria-invalid="true" aria-describedby="login-error login-hint"/);
    assert.match(missing, /id="password"[^>]*aria-invalid="true" aria-describedby="password-error"/);
    const unknown = await (await post({ ...req.params, citizen: 'nobody' })).text();
    assert.match(unknown, /Тестовый гражданин не найден\./);
  });

  it('other methods and paths go on to the next handler', async () => {
    assert.equal((await fetch(`${origin}/mock-oidc/authorize`, { method: 'PUT' })).status, 405);
    assert.equal(await (await fetch(`${origin}/mock-oidc/token`)).text(), 'next');
  });
});

describe('the portal sign-in and the bank pages', () => {
  it('the portal route next to a redirect URI that is a directory', () => {
    assert.equal(portalLoginUrl('http://127.0.0.1:5173/severny/'), 'http://127.0.0.1:5173/severny/login');
    assert.equal(portalLoginUrl('http://localhost:6006/iframe.html'), undefined);
  });

  it('the dev server serves the bank pages and their files from the repository, and nothing else there', () => {
    const root = resolve('/repo');
    for (const path of Object.keys(MOCK_PAGES)) assert.equal(devPathOf(path, root), `/@fs${root}${path}`);
    assert.equal(devPathOf('/mocks/verification/bank-page.ts', root), `/@fs${root}/mocks/verification/bank-page.ts`);
    assert.equal(devPathOf('/mocks/identity/bank-page.css', root), `/@fs${root}/mocks/identity/bank-page.css`);
    for (const path of [
      '/mocks/identity/../../package.json',
      '/mocks/identity/identity.ts',
      '/mocks/db/seed.ts',
      '/mocks/identity/bank.html/x',
    ])
      assert.equal(devPathOf(path, root), undefined, path);
  });
});
