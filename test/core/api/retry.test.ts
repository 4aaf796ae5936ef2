import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { ApiError, createApiClient } from '../../../components/core/api/index.js';
import { TEST_BASE, endpoint, rejectionOf, useTestWorker } from './api-test-kit.js';

/** Retries on, with short waits so tests stay fast. */
const fastRetry = { retries: 2, baseDelayMs: 20, maxDelayMs: 2000 };

describe('core/api retries, timeout and abort', () => {
  const { worker } = useTestWorker();

  /** Answers with the given responses in order (the last one repeats) and counts calls. */
  function sequence(method: 'get' | 'post', path: string, responses: (() => Response)[]): { calls: () => number } {
    let calls = 0;
    worker().use(
      http[method](endpoint(path), () => {
        const make = responses[Math.min(calls, responses.length - 1)]!;
        calls += 1;
        return make();
      }),
    );
    return { calls: () => calls };
  }

  it('retries a GET after network errors and succeeds', async () => {
    const counter = sequence('get', 'thing', [
      () => HttpResponse.error(),
      () => HttpResponse.error(),
      () => HttpResponse.json({ ok: 1 }),
    ]);
    const result = await createApiClient({ baseUrl: TEST_BASE, retry: fastRetry }).get('thing');
    expect(result).to.deep.equal({ ok: 1 });
    expect(counter.calls()).to.equal(3);
  });

  it("gives up after `retries` extra attempts with 'network'", async () => {
    const counter = sequence('get', 'thing', [() => HttpResponse.error()]);
    const error = (await rejectionOf(
      createApiClient({ baseUrl: TEST_BASE, retry: fastRetry }).get('thing'),
    )) as ApiError;
    expect(error.kind).to.equal('network');
    expect(counter.calls()).to.equal(3);
  });

  it('retries a GET after 503 and succeeds', async () => {
    const counter = sequence('get', 'thing', [
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json({ ok: 2 }),
    ]);
    const result = await createApiClient({ baseUrl: TEST_BASE, retry: fastRetry }).get('thing');
    expect(result).to.deep.equal({ ok: 2 });
    expect(counter.calls()).to.equal(2);
  });

  it('never retries a POST (network error or 503)', async () => {
    const network = sequence('post', 'pay', [() => HttpResponse.error(), () => HttpResponse.json({})]);
    const client = createApiClient({ baseUrl: TEST_BASE, retry: fastRetry });
    expect(((await rejectionOf(client.post('pay', {}))) as ApiError).kind).to.equal('network');
    expect(network.calls()).to.equal(1);

    const unavailable = sequence('post', 'pay2', [
      () => new HttpResponse(null, { status: 503 }),
      () => HttpResponse.json({}),
    ]);
    expect(((await rejectionOf(client.post('pay2', {}))) as ApiError).kind).to.equal('server');
    expect(unavailable.calls()).to.equal(1);
  });

  it('never retries a GET on 500, 4xx or a malformed body', async () => {
    const client = createApiClient({ baseUrl: TEST_BASE, retry: fastRetry });
    for (const [path, response] of [
      ['s500', () => new HttpResponse(null, { status: 500 })],
      ['s404', () => new HttpResponse(null, { status: 404 })],
      ['s429', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } })],
      ['bad', () => HttpResponse.text('not json')],
    ] as const) {
      const counter = sequence('get', path, [response, () => HttpResponse.json({ ok: true })]);
      const error = await rejectionOf(client.get(path));
      expect(error, path).to.be.instanceOf(ApiError);
      expect(counter.calls(), path).to.equal(1);
    }
  });

  it('waits Retry-After on a 503 GET before retrying', async () => {
    const times: number[] = [];
    worker().use(
      http.get(endpoint('thing'), () => {
        times.push(performance.now());
        return times.length === 1
          ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': '1' } })
          : HttpResponse.json({ ok: 3 });
      }),
    );
    const result = await createApiClient({
      baseUrl: TEST_BASE,
      retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 2000 },
    }).get('thing');
    expect(result).to.deep.equal({ ok: 3 });
    expect(times).to.have.length(2);
    expect(times[1]! - times[0]!).to.be.at.least(950);
  });

  it('does not retry a 503 whose Retry-After exceeds maxDelayMs, and reports retryAfter', async () => {
    const counter = sequence('get', 'thing', [
      () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '120' } }),
      () => HttpResponse.json({}),
    ]);
    const started = performance.now();
    const error = (await rejectionOf(
      createApiClient({ baseUrl: TEST_BASE, retry: fastRetry }).get('thing'),
    )) as ApiError;
    expect(error.kind).to.equal('server');
    expect(error.retryAfter).to.equal(120);
    expect(counter.calls()).to.equal(1);
    expect(performance.now() - started).to.be.below(1000);
  });

  it('backs off exponentially between retries', async () => {
    const times: number[] = [];
    worker().use(
      http.get(endpoint('thing'), () => {
        times.push(performance.now());
        return HttpResponse.error();
      }),
    );
    await rejectionOf(
      createApiClient({ baseUrl: TEST_BASE, retry: { retries: 2, baseDelayMs: 200, maxDelayMs: 5000 } }).get('thing'),
    );
    expect(times).to.have.length(3);
    // Equal jitter: retry n waits between base·2ⁿ/2 and base·2ⁿ.
    expect(times[1]! - times[0]!).to.be.at.least(95);
    expect(times[2]! - times[1]!).to.be.at.least(195);
  });

  it("times out a slow response with 'timeout' and does not retry it", async () => {
    let calls = 0;
    worker().use(
      http.get(endpoint('slow'), async () => {
        calls += 1;
        await delay(2000);
        return HttpResponse.json({});
      }),
    );
    const started = performance.now();
    const error = (await rejectionOf(
      createApiClient({ baseUrl: TEST_BASE, timeoutMs: 150, retry: fastRetry }).get('slow'),
    )) as ApiError;
    const elapsed = performance.now() - started;
    expect(error.kind).to.equal('timeout');
    expect(error.retryable).to.equal(true);
    expect(elapsed).to.be.within(140, 1500);
    expect(calls).to.equal(1);
  });

  it("a caller abort during the request → 'aborted', not retried", async () => {
    let calls = 0;
    worker().use(
      http.get(endpoint('slow'), async () => {
        calls += 1;
        await delay(2000);
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = (await rejectionOf(
      createApiClient({ baseUrl: TEST_BASE, retry: fastRetry }).get('slow', { signal: controller.signal }),
    )) as ApiError;
    expect(error.kind).to.equal('aborted');
    expect(error.retryable).to.equal(false);
    expect(performance.now() - started).to.be.below(1500);
    expect(calls).to.equal(1);
  });

  it("a caller abort during the backoff wait → 'aborted' at once, no further request", async () => {
    const counter = sequence('get', 'thing', [() => HttpResponse.error(), () => HttpResponse.json({})]);
    const controller = new AbortController();
    const client = createApiClient({ baseUrl: TEST_BASE, retry: { retries: 2, baseDelayMs: 3000, maxDelayMs: 5000 } });
    const pending = rejectionOf(client.get('thing', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 200);
    const started = performance.now();
    const error = (await pending) as ApiError;
    expect(error.kind).to.equal('aborted');
    expect(performance.now() - started).to.be.below(1200);
    expect(counter.calls()).to.equal(1);
  });

  it("an already-aborted signal → 'aborted' with no request made", async () => {
    const counter = sequence('get', 'thing', [() => HttpResponse.json({})]);
    const error = (await rejectionOf(
      createApiClient({ baseUrl: TEST_BASE }).get('thing', { signal: AbortSignal.abort() }),
    )) as ApiError;
    expect(error.kind).to.equal('aborted');
    expect(counter.calls()).to.equal(0);
  });

  it('abort and timeout work in a browser without AbortSignal.any (the caller’s abort is forwarded)', async () => {
    const original = AbortSignal.any;
    // @ts-expect-error -- simulate an older browser for this test only
    AbortSignal.any = undefined;
    try {
      worker().use(
        http.get(endpoint('slow'), async () => {
          await delay(2000);
          return HttpResponse.json({});
        }),
      );
      const client = createApiClient({ baseUrl: TEST_BASE, timeoutMs: 150, retry: { retries: 0 } });
      expect(
        ((await rejectionOf(client.get('slow', { signal: new AbortController().signal }))) as ApiError).kind,
      ).to.equal('timeout');
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const slowClient = createApiClient({ baseUrl: TEST_BASE, timeoutMs: 5000, retry: { retries: 0 } });
      expect(((await rejectionOf(slowClient.get('slow', { signal: controller.signal }))) as ApiError).kind).to.equal(
        'aborted',
      );
    } finally {
      AbortSignal.any = original;
    }
  });
});
