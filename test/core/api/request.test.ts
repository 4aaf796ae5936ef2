import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import {
  ApiError,
  createApiClient,
  createIdempotencyKey,
  isApiError,
  valibotParser,
} from '../../../components/core/api/index.js';
import { TEST_BASE, endpoint, rejectionOf, useTestWorker } from './api-test-kit.js';

const ProfileSchema = v.object({
  fullName: v.string(),
  snils: v.pipe(v.string(), v.regex(/^\d{3}-\d{3}-\d{3} \d{2}$/)),
  documents: v.array(v.object({ kind: v.string(), number: v.string() })),
});

describe('core/api request: headers, URL, parsing', () => {
  const { worker } = useTestWorker();

  it('sends the bearer token, Accept-Language from locale() and JSON Accept', async () => {
    let seen: Headers | undefined;
    worker().use(
      http.get(endpoint('thing'), ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({ ok: true });
      }),
    );
    const client = createApiClient({
      baseUrl: TEST_BASE,
      auth: { getAccessToken: async () => 'tok-1' },
      locale: () => 'en',
    });
    const data = await client.request({ path: 'thing' });
    expect(data).to.deep.equal({ ok: true });
    expect(seen?.get('authorization')).to.equal('Bearer tok-1');
    expect(seen?.get('accept-language')).to.equal('en');
    expect(seen?.get('accept')).to.equal('application/json');
  });

  it("defaults Accept-Language to 'ru' and sends no Authorization header without auth (BFF mode)", async () => {
    let seen: Headers | undefined;
    worker().use(
      http.get(endpoint('thing'), ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({});
      }),
    );
    await createApiClient({ baseUrl: TEST_BASE }).request({ path: 'thing' });
    expect(seen?.get('accept-language')).to.equal('ru');
    expect(seen?.has('authorization')).to.equal(false);
  });

  it('sends no Authorization header when getAccessToken() gives null', async () => {
    let seen: Headers | undefined;
    worker().use(
      http.get(endpoint('thing'), ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({});
      }),
    );
    await createApiClient({ baseUrl: TEST_BASE, auth: { getAccessToken: () => null } }).request({ path: 'thing' });
    expect(seen?.has('authorization')).to.equal(false);
  });

  it('joins path to baseUrl with one slash and serialises the query (arrays repeated, undefined/null skipped)', async () => {
    let seenUrl: URL | undefined;
    worker().use(
      http.get(endpoint('applications/42'), ({ request }) => {
        seenUrl = new URL(request.url);
        return HttpResponse.json([]);
      }),
    );
    const client = createApiClient({ baseUrl: `${TEST_BASE}/` });
    await client.get('/applications/42', {
      query: { status: ['draft', 'sent'], page: 2, q: 'Иванов И.И.&co', skip: undefined, none: null, archived: false },
    });
    expect(seenUrl?.pathname).to.equal(`${TEST_BASE}/applications/42`);
    expect(seenUrl?.searchParams.getAll('status')).to.deep.equal(['draft', 'sent']);
    expect(seenUrl?.searchParams.get('page')).to.equal('2');
    expect(seenUrl?.searchParams.get('q')).to.equal('Иванов И.И.&co');
    expect(seenUrl?.searchParams.get('archived')).to.equal('false');
    expect(seenUrl?.searchParams.has('skip')).to.equal(false);
    expect(seenUrl?.searchParams.has('none')).to.equal(false);
  });

  it('works with an absolute baseUrl', async () => {
    let calls = 0;
    worker().use(
      http.get(endpoint('thing'), () => {
        calls += 1;
        return HttpResponse.json({ n: 1 });
      }),
    );
    const client = createApiClient({ baseUrl: `${location.origin}${TEST_BASE}` });
    expect(await client.get('thing')).to.deep.equal({ n: 1 });
    expect(calls).to.equal(1);
  });

  it('puts the request on the network before returning when the token and headers are at hand', async () => {
    worker().use(http.get(endpoint('thing'), () => HttpResponse.json({ ok: true })));
    const sent: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      sent.push(new Headers(init?.headers).get('authorization') ?? '');
      return globalThis.fetch(input, init);
    };
    // A widget calls this and then renders: its request must already be out.
    const plain = createApiClient({
      baseUrl: TEST_BASE,
      auth: { getAccessToken: () => 'tok-1' },
      fetch: recordingFetch,
    });
    const bearer = plain.get('thing');
    expect(sent).to.deep.equal(['Bearer tok-1']);
    const hooks = createApiClient({
      baseUrl: TEST_BASE,
      fetch: recordingFetch,
      auth: {
        getAccessToken: () => 'tok-2',
        authorize: ({ accessToken }) => ({ Authorization: `DPoP ${accessToken}` }),
      },
    });
    const dpop = hooks.get('thing');
    expect(sent).to.deep.equal(['Bearer tok-1', 'DPoP tok-2']);
    // A token or proof that takes a promise is waited for.
    const later = createApiClient({
      baseUrl: TEST_BASE,
      fetch: recordingFetch,
      auth: {
        getAccessToken: async () => 'tok-3',
        authorize: async ({ accessToken }) => ({ Authorization: `DPoP ${accessToken}` }),
      },
    }).get('thing');
    expect(sent).to.have.length(2);
    expect(await Promise.all([bearer, dpop, later])).to.deep.equal([{ ok: true }, { ok: true }, { ok: true }]);
    expect(sent).to.deep.equal(['Bearer tok-1', 'DPoP tok-2', 'DPoP tok-3']);
  });

  it("turns a token source or authorize hook that throws at once into a rejected 'unauthorized', never a throw", async () => {
    const boom = () => {
      throw new Error('boom');
    };
    for (const auth of [{ getAccessToken: boom }, { getAccessToken: () => 'tok', authorize: boom }]) {
      let promise: Promise<unknown> | undefined;
      expect(() => (promise = createApiClient({ baseUrl: TEST_BASE, auth }).get('thing'))).not.to.throw();
      const error = await rejectionOf(promise!);
      expect(isApiError(error) && error.kind).to.equal('unauthorized');
    }
  });

  it('refuses paths that could leave baseUrl, without sending anything', async () => {
    let calls = 0;
    const client = createApiClient({
      baseUrl: TEST_BASE,
      fetch: (input, init) => {
        calls += 1;
        return globalThis.fetch(input, init);
      },
    });
    for (const path of [
      '../admin',
      'a/%2e%2e/b',
      'https://evil.example/x',
      'a%2Fb',
      'thing?x=1',
      'a#b',
      'a\\b',
      'a/%E0%A4%A',
    ]) {
      const error = await rejectionOf(client.get(path));
      expect(error, path).to.be.instanceOf(TypeError);
    }
    expect(calls).to.equal(0);
  });

  it('returns the value from parse (valibotParser) for a valid body', async () => {
    worker().use(
      http.get(endpoint('profile'), () =>
        HttpResponse.json({ fullName: 'Иванова Мария Петровна', snils: '112-233-445 95', documents: [] }),
      ),
    );
    const client = createApiClient({ baseUrl: TEST_BASE });
    const profile = await client.request({ path: 'profile', parse: valibotParser(ProfileSchema) });
    expect(profile.fullName).to.equal('Иванова Мария Петровна');
  });

  it("rejects a body failing the schema with 'malformed' naming the issue path", async () => {
    worker().use(
      http.get(endpoint('profile'), () =>
        HttpResponse.json({
          fullName: 'Иванова',
          snils: '112-233-445 95',
          documents: [{ kind: 'passport', number: 7 }],
        }),
      ),
    );
    const client = createApiClient({ baseUrl: TEST_BASE });
    const error = await rejectionOf(client.request({ path: 'profile', parse: valibotParser(ProfileSchema) }));
    expect(error).to.be.instanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.kind).to.equal('malformed');
    expect(apiError.name).to.equal('ApiError');
    expect(apiError.status).to.equal(200);
    expect(apiError.message).to.contain('documents.0.number');
  });

  it("rejects a 2xx non-JSON body with 'malformed'", async () => {
    worker().use(http.get(endpoint('profile'), () => HttpResponse.html('<html>Портал на обслуживании</html>')));
    const error = await rejectionOf(createApiClient({ baseUrl: TEST_BASE }).get('profile', { parse: (d) => d }));
    expect((error as ApiError).kind).to.equal('malformed');
  });

  it('wraps a throwing custom parse in ApiError malformed', async () => {
    worker().use(http.get(endpoint('thing'), () => HttpResponse.json({ a: 1 })));
    const error = await rejectionOf(
      createApiClient({ baseUrl: TEST_BASE }).get('thing', {
        parse: () => {
          throw new RangeError('bad thing');
        },
      }),
    );
    expect(isApiError(error)).to.equal(true);
    expect((error as ApiError).kind).to.equal('malformed');
    expect((error as ApiError).cause).to.be.instanceOf(RangeError);
  });

  it('resolves undefined for 204 without calling parse', async () => {
    worker().use(http.delete(endpoint('notifications/7'), () => new HttpResponse(null, { status: 204 })));
    let parsed = false;
    const result = await createApiClient({ baseUrl: TEST_BASE }).request({
      method: 'DELETE',
      path: 'notifications/7',
      parse: () => {
        parsed = true;
        return 'x';
      },
    });
    expect(result).to.equal(undefined);
    expect(parsed).to.equal(false);
  });

  it('sends the body as JSON with Content-Type', async () => {
    let seenBody: unknown;
    let seenType: string | null = null;
    worker().use(
      http.post(endpoint('payments'), async ({ request }) => {
        seenType = request.headers.get('content-type');
        seenBody = await request.json();
        return HttpResponse.json({ id: 'p1' }, { status: 201 });
      }),
    );
    const result = await createApiClient({ baseUrl: TEST_BASE }).post('payments', {
      uin: '18810177200000000009',
      amount: 500,
    });
    expect(result).to.deep.equal({ id: 'p1' });
    expect(seenType).to.equal('application/json');
    expect(seenBody).to.deep.equal({ uin: '18810177200000000009', amount: 500 });
  });
});

describe('core/api request: Idempotency-Key', () => {
  const { worker } = useTestWorker();

  function captureKeys(): (string | null)[] {
    const keys: (string | null)[] = [];
    worker().use(
      http.all(endpoint('payments'), ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.json({});
      }),
    );
    return keys;
  }

  it('puts a UUID v4 Idempotency-Key on every unsafe method and none on GET', async () => {
    const keys = captureKeys();
    const client = createApiClient({ baseUrl: TEST_BASE });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'GET'] as const) {
      await client.request({ method, path: 'payments', body: method === 'GET' ? undefined : {} });
    }
    expect(keys).to.have.length(5);
    for (const key of keys.slice(0, 4)) {
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(keys[4]).to.equal(null);
  });

  it('reuses the caller key on every call of one attempt', async () => {
    const keys = captureKeys();
    const client = createApiClient({ baseUrl: TEST_BASE });
    const key = createIdempotencyKey();
    await client.post('payments', { amount: 1 }, { idempotencyKey: key });
    await client.post('payments', { amount: 1 }, { idempotencyKey: key });
    expect(keys).to.deep.equal([key, key]);
  });

  it('sends a distinct key per call when none is passed', async () => {
    const keys = captureKeys();
    const client = createApiClient({ baseUrl: TEST_BASE });
    await client.post('payments', { amount: 1 });
    await client.post('payments', { amount: 1 });
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string');
    expect(keys[0]).to.not.equal(keys[1]);
  });

  it('createIdempotencyKey gives distinct v4 UUIDs', () => {
    const keys = new Set(Array.from({ length: 100 }, () => createIdempotencyKey()));
    expect(keys.size).to.equal(100);
    for (const key of keys)
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
