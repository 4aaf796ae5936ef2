import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { ApiError, createApiClient, type ApiAuth } from '../../../components/core/api/index.js';
import { TEST_BASE, endpoint, rejectionOf, useTestWorker } from './api-test-kit.js';

/** A token store like the session's: one current token, a renewal that swaps it (and counts). */
function tokenStore(initial: string, renewTo: (n: number) => string | null, renewDelayMs = 0) {
  let token: string | null = initial;
  let renewals = 0;
  let unauthorized = 0;
  const auth: Required<ApiAuth> = {
    getAccessToken: () => token,
    renewAccessToken: async () => {
      renewals += 1;
      await new Promise((resolve) => setTimeout(resolve, renewDelayMs));
      token = renewTo(renewals);
      return token;
    },
    onUnauthorized: () => {
      unauthorized += 1;
    },
  };
  return { auth, renewals: () => renewals, unauthorized: () => unauthorized };
}

describe('core/api 401 handling', () => {
  const { worker } = useTestWorker();

  /** Accepts only `Bearer <valid>`; records every Authorization header it sees. */
  function protectedEndpoint(valid: string, method: 'get' | 'post' = 'get', answerDelayMs = 0) {
    const seen: (string | null)[] = [];
    const keys: (string | null)[] = [];
    worker().use(
      http[method](endpoint('me'), async ({ request }) => {
        seen.push(request.headers.get('authorization'));
        keys.push(request.headers.get('idempotency-key'));
        if (answerDelayMs) await delay(answerDelayMs);
        return request.headers.get('authorization') === `Bearer ${valid}`
          ? HttpResponse.json({ name: 'Пётр' })
          : HttpResponse.json({ code: 'TOKEN_EXPIRED', message: 'expired' }, { status: 401 });
      }),
    );
    return { seen, keys };
  }

  it('renews once on 401 and repeats the request with the new token', async () => {
    const store = tokenStore('old', () => 'new');
    const { seen } = protectedEndpoint('new');
    const result = await createApiClient({ baseUrl: TEST_BASE, auth: store.auth }).get('me');
    expect(result).to.deep.equal({ name: 'Пётр' });
    expect(seen).to.deep.equal(['Bearer old', 'Bearer new']);
    expect(store.renewals()).to.equal(1);
    expect(store.unauthorized(), 'the session is not told to end').to.equal(0);
  });

  it("a second 401 → 'unauthorized' with exactly 2 requests and 1 renewal", async () => {
    const store = tokenStore('old', (n) => `still-bad-${n}`);
    const { seen } = protectedEndpoint('never');
    const error = (await rejectionOf(createApiClient({ baseUrl: TEST_BASE, auth: store.auth }).get('me'))) as ApiError;
    expect(error).to.be.instanceOf(ApiError);
    expect(error.kind).to.equal('unauthorized');
    expect(error.status).to.equal(401);
    expect(error.code).to.equal('TOKEN_EXPIRED');
    expect(seen).to.have.length(2);
    expect(store.renewals()).to.equal(1);
    expect(store.unauthorized(), 'the session is told once that it is over').to.equal(1);
  });

  it("a renewal giving null → 'unauthorized' without repeating", async () => {
    const store = tokenStore('old', () => null);
    const { seen } = protectedEndpoint('new');
    const error = (await rejectionOf(createApiClient({ baseUrl: TEST_BASE, auth: store.auth }).get('me'))) as ApiError;
    expect(error.kind).to.equal('unauthorized');
    expect(seen).to.have.length(1);
    expect(store.renewals()).to.equal(1);
  });

  it("a renewal that throws → 'unauthorized'", async () => {
    const { seen } = protectedEndpoint('new');
    const error = (await rejectionOf(
      createApiClient({
        baseUrl: TEST_BASE,
        auth: {
          getAccessToken: () => 'old',
          renewAccessToken: () => Promise.reject(new Error('refresh token revoked')),
        },
      }).get('me'),
    )) as ApiError;
    expect(error.kind).to.equal('unauthorized');
    expect(seen).to.have.length(1);
  });

  it("without renewAccessToken a 401 → 'unauthorized' after one request", async () => {
    const { seen } = protectedEndpoint('new');
    const error = (await rejectionOf(
      createApiClient({ baseUrl: TEST_BASE, auth: { getAccessToken: () => 'old' } }).get('me'),
    )) as ApiError;
    expect(error.kind).to.equal('unauthorized');
    expect(seen).to.have.length(1);
  });

  it('concurrent 401s share one renewal', async () => {
    const store = tokenStore('old', () => 'new', 150);
    const { seen } = protectedEndpoint('new');
    const client = createApiClient({ baseUrl: TEST_BASE, auth: store.auth });
    const results = await Promise.all([client.get('me'), client.get('me'), client.get('me')]);
    expect(results).to.deep.equal([{ name: 'Пётр' }, { name: 'Пётр' }, { name: 'Пётр' }]);
    expect(store.renewals()).to.equal(1);
    expect(seen.filter((h) => h === 'Bearer old')).to.have.length(3);
    expect(seen.filter((h) => h === 'Bearer new')).to.have.length(3);
  });

  it('a 401 arriving after another request already renewed reuses the new token without renewing again', async () => {
    const store = tokenStore('old', () => 'new');
    const seen: string[] = [];
    worker().use(
      http.get(endpoint('fast'), ({ request }) => {
        seen.push(`fast ${request.headers.get('authorization')}`);
        return request.headers.get('authorization') === 'Bearer new'
          ? HttpResponse.json(1)
          : new HttpResponse(null, { status: 401 });
      }),
      http.get(endpoint('slow'), async ({ request }) => {
        seen.push(`slow ${request.headers.get('authorization')}`);
        if (request.headers.get('authorization') === 'Bearer old') {
          await delay(300);
          return new HttpResponse(null, { status: 401 });
        }
        return HttpResponse.json(2);
      }),
    );
    const client = createApiClient({ baseUrl: TEST_BASE, auth: store.auth });
    expect(await Promise.all([client.get('fast'), client.get('slow')])).to.deep.equal([1, 2]);
    expect(store.renewals()).to.equal(1);
    expect(seen).to.include('slow Bearer new');
  });

  it('a repeated POST after renewal keeps the same Idempotency-Key', async () => {
    const store = tokenStore('old', () => 'new');
    const { seen, keys } = protectedEndpoint('new', 'post');
    await createApiClient({ baseUrl: TEST_BASE, auth: store.auth }).post('me', { amount: 100 });
    expect(seen).to.deep.equal(['Bearer old', 'Bearer new']);
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.equal(keys[0]);
  });
});
