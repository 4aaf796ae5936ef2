import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ApiError, createApiClient, type ApiAuth } from '../../../components/core/api/index.js';
import type { ApiAuthHooks, AuthorizeRequest } from '../../../components/core/api/request.js';
import { TEST_BASE, endpoint, rejectionOf, useTestWorker } from './api-test-kit.js';

/** A DPoP-like token source: `authorize` returns `DPoP <token>` and a numbered "proof" naming method, URL and nonce. */
function dpopAuth(initial: string, renewTo = 'renewed') {
  let token: string | null = initial;
  const requests: AuthorizeRequest[] = [];
  let renewals = 0;
  let unauthorized = 0;
  let fail = false;
  const auth: ApiAuth & Required<ApiAuthHooks> = {
    getAccessToken: () => token,
    renewAccessToken: async () => {
      renewals += 1;
      token = renewTo;
      return token;
    },
    onUnauthorized: () => {
      unauthorized += 1;
    },
    authorize: async (request) => {
      if (fail) throw new Error('no DPoP key');
      requests.push(request);
      return {
        Authorization: `DPoP ${request.accessToken}`,
        DPoP: `proof-${requests.length} ${request.method} ${request.url} nonce=${request.nonce ?? '-'}`,
      };
    },
  };
  return {
    auth,
    requests,
    renewals: () => renewals,
    unauthorized: () => unauthorized,
    failAuthorize: () => {
      fail = true;
    },
  };
}

interface Seen {
  authorization: string | null;
  dpop: string | null;
}

describe('core/api authorize hook (DPoP)', () => {
  const { worker } = useTestWorker();
  const absolute = (path: string) => new URL(`${TEST_BASE}/${path}`, location.href).href;

  /** Records the Authorization and DPoP headers; `answer(n)` decides the n-th (1-based) response. */
  function resource(path: string, answer: (n: number, seen: Seen) => Response, method: 'get' | 'post' = 'get') {
    const seen: Seen[] = [];
    worker().use(
      http[method](endpoint(path), ({ request }) => {
        const entry = { authorization: request.headers.get('authorization'), dpop: request.headers.get('dpop') };
        seen.push(entry);
        return answer(seen.length, entry);
      }),
    );
    return seen;
  }

  const useNonce = (nonce: string) =>
    HttpResponse.json(
      { error: 'use_dpop_nonce' },
      {
        status: 401,
        headers: { 'WWW-Authenticate': 'DPoP error="use_dpop_nonce"', 'DPoP-Nonce': nonce },
      },
    );

  it('uses the hook instead of the Bearer header: Authorization: DPoP + a proof for the method and absolute URL', async () => {
    const store = dpopAuth('tok-1');
    const seen = resource('me', () => HttpResponse.json({ ok: true }), 'post');
    await createApiClient({ baseUrl: TEST_BASE, auth: store.auth }).post('me', { a: 1 }, { query: { q: 'x' } });
    expect(seen).to.deep.equal([{ authorization: 'DPoP tok-1', dpop: `proof-1 POST ${absolute('me?q=x')} nonce=-` }]);
    expect(store.requests[0]).to.deep.equal({ accessToken: 'tok-1', url: absolute('me?q=x'), method: 'POST' });
  });

  it('without the hook the Bearer header stays as before', async () => {
    const seen = resource('me', () => HttpResponse.json({ ok: true }));
    const auth: ApiAuth = { getAccessToken: () => 'plain' };
    await createApiClient({ baseUrl: TEST_BASE, auth }).get('me');
    expect(seen).to.deep.equal([{ authorization: 'Bearer plain', dpop: null }]);
  });

  it('is not called without a token (no Authorization header at all)', async () => {
    const store = dpopAuth('unused');
    store.auth.getAccessToken = () => null;
    const seen = resource('me', () => HttpResponse.json({ ok: true }));
    await createApiClient({ baseUrl: TEST_BASE, auth: store.auth }).get('me');
    expect(seen).to.deep.equal([{ authorization: null, dpop: null }]);
    expect(store.requests).to.have.length(0);
  });

  it('makes a fresh proof for every attempt (a retried 503)', async () => {
    const store = dpopAuth('tok');
    const seen = resource('me', (n) =>
      n === 1 ? HttpResponse.json({}, { status: 503, headers: { 'Retry-After': '0' } }) : HttpResponse.json({}),
    );
    await createApiClient({ baseUrl: TEST_BASE, auth: store.auth, retry: { retries: 1, baseDelayMs: 0 } }).get('me');
    expect(seen.map((s) => s.dpop?.split(' ')[0])).to.deep.equal(['proof-1', 'proof-2']);
  });

  it('use_dpop_nonce (401 + DPoP-Nonce): repeats once with the nonce, no renewal; the next request sends it at once', async () => {
    const store = dpopAuth('tok');
    const seen = resource('me', (_n, entry) =>
      entry.dpop?.endsWith('nonce=n-1') ? HttpResponse.json({ ok: true }) : useNonce('n-1'),
    );
    const client = createApiClient({ baseUrl: TEST_BASE, auth: store.auth });
    expect(await client.get('me')).to.deep.equal({ ok: true });
    expect(seen.map((s) => s.dpop?.split(' nonce=')[1])).to.deep.equal(['-', 'n-1']);
    expect(store.renewals(), 'a nonce challenge is not a token problem').to.equal(0);

    await client.get('me');
    expect(seen).to.have.length(3);
    expect(store.requests[2]?.nonce).to.equal('n-1');
  });

  it('use_dpop_nonce again after the repeat → ApiError, exactly 2 requests, no renewal and no sign-out', async () => {
    const store = dpopAuth('tok');
    let n = 0;
    const seen = resource('me', () => useNonce(`n-${(n += 1)}`));
    const error = (await rejectionOf(createApiClient({ baseUrl: TEST_BASE, auth: store.auth }).get('me'))) as ApiError;
    expect(error).to.be.instanceOf(ApiError);
    expect(error.status).to.equal(401);
    expect(seen).to.have.length(2);
    expect(store.renewals()).to.equal(0);
    expect(store.unauthorized()).to.equal(0);
  });

  it('a 400 with error use_dpop_nonce and DPoP-Nonce (authorization-server style) is repeated with the nonce', async () => {
    const store = dpopAuth('tok');
    const seen = resource(
      'me',
      (n) =>
        n === 1
          ? HttpResponse.json({ error: 'use_dpop_nonce' }, { status: 400, headers: { 'DPoP-Nonce': 'as-nonce' } })
          : HttpResponse.json({ ok: true }),
      'post',
    );
    await createApiClient({ baseUrl: TEST_BASE, auth: store.auth }).post('me', {});
    expect(seen.map((s) => s.dpop?.split(' nonce=')[1])).to.deep.equal(['-', 'as-nonce']);
  });

  it('remembers a DPoP-Nonce sent with a successful answer for the next proof', async () => {
    const store = dpopAuth('tok');
    resource('me', () => HttpResponse.json({}, { headers: { 'DPoP-Nonce': 'rotated' } }));
    const client = createApiClient({ baseUrl: TEST_BASE, auth: store.auth });
    await client.get('me');
    await client.get('me');
    expect(store.requests.map((r) => r.nonce)).to.deep.equal([undefined, 'rotated']);
  });

  it('a 401 invalid_token still means one renewal; the repeat is authorized with the renewed token', async () => {
    const store = dpopAuth('old', 'new');
    const seen = resource('me', (_n, entry) =>
      entry.authorization === 'DPoP new'
        ? HttpResponse.json({ ok: true })
        : HttpResponse.json({}, { status: 401, headers: { 'WWW-Authenticate': 'DPoP error="invalid_token"' } }),
    );
    await createApiClient({ baseUrl: TEST_BASE, auth: store.auth }).get('me');
    expect(seen.map((s) => s.authorization)).to.deep.equal(['DPoP old', 'DPoP new']);
    expect(store.renewals()).to.equal(1);
  });

  it("a failing hook rejects with 'unauthorized' before anything is sent", async () => {
    const store = dpopAuth('tok');
    store.failAuthorize();
    const seen = resource('me', () => HttpResponse.json({}));
    const error = (await rejectionOf(createApiClient({ baseUrl: TEST_BASE, auth: store.auth }).get('me'))) as ApiError;
    expect(error.kind).to.equal('unauthorized');
    expect(seen).to.have.length(0);
  });
});
