/**
 * The mock OIDC provider over real HTTP (the Node mock server): PKCE, single-use codes, refresh-token rotation and reuse
 * detection, revocation, JWTs verifiable with the JWKS, and the API accepting (and refusing) its access tokens.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createPublicKey, createVerify, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { startMockHttpServer } from '../../mocks/server/http-server.js';
import type { MockHttpServer } from '../../mocks/server/http-server.js';
import { configureMockOidc, oidcStats, resetMockOidc, setOidcFault, TEST_CITIZENS } from '../../mocks/oidc/index.js';
import { setScenario } from '../../mocks/scenarios.js';

const CLIENT_ID = 'gu-kit-demo';
const REDIRECT_URI = 'http://127.0.0.1:5173/';
const b64url = (bytes: Buffer): string => bytes.toString('base64url');

const contract = JSON.parse(readFileSync(new URL('../../mocks/generated/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { responses: Record<string, { $ref?: string }> }>>;
};
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addSchema(contract, 'openapi');

/** Asserts that a body matches the contract's response schema of a /mock-oidc operation and status. */
function assertConforms(path: string, method: string, status: number, body: unknown): void {
  const response = contract.paths[path]?.[method]?.responses[String(status)];
  assert.ok(response, `${method} ${path} ${status} is not in the contract`);
  const pointer = response.$ref
    ? `${response.$ref}/content/application~1json/schema`
    : `#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/responses/${status}/content/application~1json/schema`;
  const validate = ajv.compile({ $ref: `openapi${pointer}` });
  assert.ok(validate(body), `${method} ${path} ${status}: ${ajv.errorsText(validate.errors)}`);
}

let server: MockHttpServer;
let authority: string;

interface Tokens {
  access_token: string;
  refresh_token: string;
  id_token: string;
  expires_in: number;
  token_type: string;
  scope: string;
}

const form = (params: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(params).toString(),
});

/** Signs in through the embedded hand-over; returns the code and what the token request needs. */
async function authorize(
  options: { login?: string; password?: string; verifier?: string } = {},
): Promise<{ code: string; verifier: string; nonce: string; state: string }> {
  const verifier = options.verifier ?? b64url(randomBytes(32));
  const nonce = b64url(randomBytes(12));
  const state = b64url(randomBytes(12));
  const response = await fetch(`${authority}/embedded/authorize`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid profile offline_access',
      state,
      nonce,
      code_challenge: b64url(createHash('sha256').update(verifier).digest()),
      code_challenge_method: 'S256',
      login: options.login ?? 'confirmed',
      password: options.password ?? 'confirmed-2026',
    }),
  });
  assert.equal(response.status, 200, await response.clone().text());
  const { redirectTo } = (await response.json()) as { redirectTo: string };
  const url = new URL(redirectTo);
  assert.equal(`${url.origin}${url.pathname}`, REDIRECT_URI);
  assert.equal(url.searchParams.get('state'), state);
  return { code: url.searchParams.get('code')!, verifier, nonce, state };
}

function exchange(code: string, verifier: string, extra: Record<string, string> = {}): Promise<Response> {
  return fetch(
    `${authority}/token`,
    form({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
      ...extra,
    }),
  );
}

function refresh(refreshToken: string): Promise<Response> {
  return fetch(
    `${authority}/token`,
    form({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT_ID }),
  );
}

async function signIn(login = 'confirmed', password = 'confirmed-2026'): Promise<Tokens & { nonce: string }> {
  const { code, verifier, nonce } = await authorize({ login, password });
  const response = await exchange(code, verifier);
  assert.equal(response.status, 200, await response.clone().text());
  return { ...((await response.json()) as Tokens), nonce };
}

async function expectOAuthError(response: Response, status: number, error: string): Promise<void> {
  assert.equal(response.status, status);
  const body = (await response.json()) as { error: string; error_description: string };
  assert.equal(body.error, error);
  assert.equal(typeof body.error_description, 'string');
}

function decode(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

async function verifyWithJwks(jwt: string): Promise<boolean> {
  const { keys } = (await (await fetch(`${authority}/jwks`)).json()) as { keys: Array<Record<string, string>> };
  const [header, payload, signature] = jwt.split('.') as [string, string, string];
  const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { kid: string; alg: string };
  assert.equal(alg, 'RS256');
  const jwk = keys.find((key) => key.kid === kid);
  assert.ok(jwk, `no key ${kid} in the JWKS`);
  const key = createPublicKey({ key: jwk as never, format: 'jwk' });
  return createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(key, Buffer.from(signature, 'base64url'));
}

const api = (token: string): Promise<Response> =>
  fetch(`${server.url}/api/profile`, { headers: { Authorization: `Bearer ${token}` } });

before(async () => {
  server = await startMockHttpServer({ port: 0 });
  authority = `${server.url}/mock-oidc`;
});
after(() => server.close());
beforeEach(() => {
  setScenario('default');
  resetMockOidc();
});

describe('mock OIDC provider', () => {
  it('publishes discovery with the requested authority as issuer, and a JWKS', async () => {
    const metadata = (await (await fetch(`${authority}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    assert.equal(metadata.issuer, authority);
    for (const name of [
      'authorization_endpoint',
      'token_endpoint',
      'userinfo_endpoint',
      'jwks_uri',
      'revocation_endpoint',
      'end_session_endpoint',
    ])
      assert.match(String(metadata[name]), new RegExp(`^${authority}/`), name);
    assert.deepEqual(metadata.code_challenge_methods_supported, ['S256']);
    const jwks = (await (await fetch(`${authority}/jwks`)).json()) as { keys: Array<Record<string, string>> };
    assert.equal(jwks.keys[0]?.kty, 'RSA');
    assert.equal(jwks.keys[0]?.d, undefined, 'no private part');
  });

  it('issues an ID token and an access token verifiable with the JWKS, with the citizen claims', async () => {
    for (const citizen of TEST_CITIZENS) {
      const tokens = await signIn(citizen.login, citizen.password);
      assert.ok(await verifyWithJwks(tokens.id_token));
      assert.ok(await verifyWithJwks(tokens.access_token));
      const id = decode(tokens.id_token);
      assert.equal(id.iss, authority);
      assert.equal(id.aud, CLIENT_ID);
      assert.equal(id.sub, citizen.personId);
      assert.equal(id.nonce, tokens.nonce);
      assert.equal(id.account_level, citizen.level);
      assert.equal(id.acr, `urn:gu-kit:level:${citizen.level}`);
      for (const claim of ['exp', 'iat', 'auth_time']) assert.equal(typeof id[claim], 'number', claim);
      for (const claim of ['name', 'family_name', 'given_name', 'snils', 'phone_number', 'email'])
        assert.equal(typeof id[claim], 'string', claim);
      const access = decode(tokens.access_token);
      assert.equal(access.sub, citizen.personId);
      assert.equal(access.aud, 'gu-kit-api');
      assert.equal((access.exp as number) - (access.iat as number), 300);
      assert.match(String(access.scope), /openid/);
      // The same person as the API's profile.
      const profile = (await (await api(tokens.access_token)).json()) as Record<string, unknown>;
      assert.equal(profile.id, citizen.personId);
      assert.equal(profile.snils, id.snils);
      assert.equal(profile.accountLevel, citizen.level);
      const userinfo = (await (
        await fetch(`${authority}/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } })
      ).json()) as Record<string, unknown>;
      assert.equal(userinfo.sub, citizen.personId);
      assert.equal(userinfo.name, id.name);
    }
  });

  it('accepts the phone, e-mail or SNILS as login and refuses a wrong password with 401 access_denied', async () => {
    const response = await fetch(`${authority}/embedded/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_id: CLIENT_ID,
        redirect_uri: REDIRECT_URI,
        response_type: 'code',
        scope: 'openid',
        state: 's',
        nonce: 'n',
        code_challenge: b64url(createHash('sha256').update('v'.repeat(43)).digest()),
        code_challenge_method: 'S256',
        login: 'confirmed',
        password: 'wrong',
      }),
    });
    await expectOAuthError(response, 401, 'access_denied');
    const byPhone = await signIn('+79348710594', 'confirmed-2026');
    assert.equal(decode(byPhone.id_token).sub, 'person-1');
    const bySnils = await signIn('504-807-695 89', 'simplified-2026');
    assert.equal(decode(bySnils.id_token).sub, 'person-4');
  });

  it('rejects a bad authorization request with 400 in the OAuth error format', async () => {
    const response = await fetch(`${authority}/embedded/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_id: CLIENT_ID,
        redirect_uri: REDIRECT_URI,
        response_type: 'token',
        scope: 'openid',
      }),
    });
    await expectOAuthError(response, 400, 'invalid_request');
  });

  it('verifies PKCE: a wrong verifier is invalid_grant', async () => {
    const { code } = await authorize();
    await expectOAuthError(await exchange(code, b64url(randomBytes(32))), 400, 'invalid_grant');
  });

  it('checks redirect_uri and client_id against the code', async () => {
    const first = await authorize();
    await expectOAuthError(
      await exchange(first.code, first.verifier, { redirect_uri: 'http://127.0.0.1:5173/other' }),
      400,
      'invalid_grant',
    );
    const second = await authorize();
    await expectOAuthError(await exchange(second.code, second.verifier, { client_id: 'other' }), 400, 'invalid_grant');
  });

  it('uses a code once; a replayed code also revokes what the first exchange issued', async () => {
    const { code, verifier } = await authorize();
    const first = await exchange(code, verifier);
    assert.equal(first.status, 200);
    const tokens = (await first.json()) as Tokens;
    await expectOAuthError(await exchange(code, verifier), 400, 'invalid_grant');
    await expectOAuthError(await refresh(tokens.refresh_token), 400, 'invalid_grant');
  });

  it('rotates refresh tokens; reusing a rotated one revokes the whole family', async () => {
    const tokens = await signIn();
    const renewed = await refresh(tokens.refresh_token);
    assert.equal(renewed.status, 200);
    const second = (await renewed.json()) as Tokens;
    assert.notEqual(second.refresh_token, tokens.refresh_token);
    const id = decode(second.id_token);
    assert.equal(id.sub, 'person-1');
    assert.equal(id.nonce, undefined);
    assert.equal(id.auth_time, decode(tokens.id_token).auth_time);
    // Reuse of the first (rotated) token: invalid_grant, and the newest token of the family dies with it.
    await expectOAuthError(await refresh(tokens.refresh_token), 400, 'invalid_grant');
    await expectOAuthError(await refresh(second.refresh_token), 400, 'invalid_grant');
    assert.equal((await api(second.access_token)).status, 401, 'access tokens of a revoked family are refused');
  });

  it('revokes (RFC 7009): a revoked refresh token is invalid_grant and its access token is refused by the API', async () => {
    const tokens = await signIn();
    assert.equal((await api(tokens.access_token)).status, 200);
    const revoked = await fetch(
      `${authority}/revoke`,
      form({ token: tokens.refresh_token, token_type_hint: 'refresh_token', client_id: CLIENT_ID }),
    );
    assert.equal(revoked.status, 200);
    await expectOAuthError(await refresh(tokens.refresh_token), 400, 'invalid_grant');
    assert.equal((await api(tokens.access_token)).status, 401);
    const unknown = await fetch(`${authority}/revoke`, form({ token: 'never-issued', client_id: CLIENT_ID }));
    assert.equal(unknown.status, 200, 'unknown tokens are 200 too');
  });

  it('the API answers 401 for an expired or badly signed access token, and keeps the old tokens working', async () => {
    configureMockOidc({ accessTokenTtl: 1 });
    const tokens = await signIn('standard', 'standard-2026');
    assert.equal((await api(tokens.access_token)).status, 200);
    const [header, payload] = tokens.access_token.split('.') as [string, string];
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...decode(tokens.access_token), sub: 'person-1' })).toString('base64url')}.${tokens.access_token.split('.')[2]}`;
    assert.equal((await api(forged)).status, 401, 'a changed payload breaks the signature');
    assert.equal((await api(`${header}.${payload}.AAAA`)).status, 401);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const expired = await api(tokens.access_token);
    assert.equal(expired.status, 401);
    assert.equal(((await expired.json()) as { code: string }).code, 'invalid-token');
    assert.equal(((await (await api('mock-citizen-person-2')).json()) as { id: string }).id, 'person-2');
    assert.equal(((await (await api('anything')).json()) as { id: string }).id, 'person-1');
  });

  it('answers as the contract (mocks/openapi.yaml, servers /mock-oidc) says', async () => {
    const json = async (response: Response): Promise<[number, unknown]> => [response.status, await response.json()];
    assertConforms(
      '/.well-known/openid-configuration',
      'get',
      ...(await json(await fetch(`${authority}/.well-known/openid-configuration`))),
    );
    assertConforms('/jwks', 'get', ...(await json(await fetch(`${authority}/jwks`))));
    const { code, verifier } = await authorize();
    const [status, tokens] = await json(await exchange(code, verifier));
    assertConforms('/token', 'post', status, tokens);
    assertConforms('/token', 'post', ...(await json(await refresh('nope'))));
    const access = (tokens as Tokens).access_token;
    assertConforms(
      '/userinfo',
      'get',
      ...(await json(await fetch(`${authority}/userinfo`, { headers: { Authorization: `Bearer ${access}` } }))),
    );
    assertConforms('/userinfo', 'get', ...(await json(await fetch(`${authority}/userinfo`))));
    const bad = await fetch(`${authority}/embedded/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_id: CLIENT_ID }),
    });
    assertConforms('/embedded/authorize', 'post', ...(await json(bad)));
  });

  it('userinfo refuses a missing or bad bearer token with 401 invalid_token', async () => {
    await expectOAuthError(await fetch(`${authority}/userinfo`), 401, 'invalid_token');
  });

  it('misbehaves on demand and counts token calls', async () => {
    setOidcFault('discovery-malformed');
    const discovery = await fetch(`${authority}/.well-known/openid-configuration`);
    await assert.rejects(discovery.json());
    setOidcFault('token-500');
    const { code, verifier } = await authorize();
    await expectOAuthError(await exchange(code, verifier), 500, 'server_error');
    setOidcFault('wrong-audience');
    assert.equal(decode((await signIn()).id_token).aud, 'another-client');
    setOidcFault('wrong-nonce');
    const wrongNonce = await signIn();
    assert.notEqual(decode(wrongNonce.id_token).nonce, wrongNonce.nonce);
    setOidcFault('refresh-invalid-grant');
    await expectOAuthError(await refresh(wrongNonce.refresh_token), 400, 'invalid_grant');
    setOidcFault(null);
    assert.deepEqual(
      { tokenCalls: oidcStats().tokenCalls, refreshCalls: oidcStats().refreshCalls },
      { tokenCalls: 4, refreshCalls: 1 },
    );
  });

  it('is offline in the offline scenario and unaffected by server-error', async () => {
    setScenario('server-error');
    assert.equal((await fetch(`${authority}/.well-known/openid-configuration`)).status, 200);
    setScenario('offline');
    await assert.rejects(fetch(`${authority}/jwks`));
  });
});
