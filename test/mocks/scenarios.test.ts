/** Through the real service worker: switching the scenario changes what a caller of /api receives. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { useMockBackend } from '../helpers/mock-backend.js';
import { setScenario } from '../../mocks/scenarios.js';

const AUTH = { Authorization: 'Bearer test-token', 'Accept-Language': 'ru' };
const profile = (): Promise<Response> => fetch('/api/profile', { headers: AUTH });

describe('mock backend scenarios (service worker)', () => {
  it('default: the signed-in citizen with a valid profile and RateLimit headers', async () => {
    await useMockBackend('default');
    const response = await profile();
    expect(response.status).to.equal(200);
    expect(response.headers.get('RateLimit-Limit')).to.match(/^\d+$/);
    const body = await response.json();
    expect(body.id).to.equal('person-1');
    expect(body.snils).to.match(/^\d{11}$/);
    const applications = await (await fetch('/api/applications?pageSize=5', { headers: AUTH })).json();
    expect(applications.total).to.be.greaterThan(0);
  });

  it('no token: 401 with the Error body', async () => {
    await useMockBackend('default');
    const response = await fetch('/api/profile');
    expect(response.status).to.equal(401);
    expect((await response.json()).code).to.equal('unauthorized');
  });

  it('empty: a profile but no applications', async () => {
    await useMockBackend('empty');
    expect((await profile()).status).to.equal(200);
    const applications = await (await fetch('/api/applications', { headers: AUTH })).json();
    expect(applications.total).to.equal(0);
    expect(applications.items).to.deep.equal([]);
  });

  it('server-error: 500 with a localized Error body', async () => {
    await useMockBackend('server-error');
    const response = await profile();
    expect(response.status).to.equal(500);
    const body = await response.json();
    expect(body.code).to.equal('server-error');
    expect(body.message).to.match(/[а-я]/);
  });

  it('offline: a network error', async () => {
    await useMockBackend('offline');
    let failure: unknown;
    try {
      await profile();
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(TypeError);
  });

  it('malformed: 200 with fields of the wrong type', async () => {
    await useMockBackend('malformed');
    const response = await profile();
    expect(response.status).to.equal(200);
    const body = await response.json();
    expect(typeof body.id).to.not.equal('string');
    expect(typeof body.snils).to.not.equal('string');
  });

  it('flaky: every third call answers 503 with Retry-After', async () => {
    await useMockBackend('flaky');
    const statuses: number[] = [];
    let third: Response | undefined;
    for (let i = 0; i < 6; i += 1) {
      const response = await profile();
      statuses.push(response.status);
      if (i === 2) third = response;
    }
    expect(statuses).to.deep.equal([200, 200, 503, 200, 200, 503]);
    expect(third!.headers.get('Retry-After')).to.match(/^\d+$/);
    expect((await third!.json()).retryAfter).to.be.a('number');
  });

  it('slow: answers after at least 1500 ms', async () => {
    await useMockBackend('slow');
    const started = performance.now();
    const response = await profile();
    expect(response.status).to.equal(200);
    expect(performance.now() - started).to.be.at.least(1500);
  });

  it('large: 10 000 applications, the same data on every seeding (its time is a figure of bench/seed.ts)', async () => {
    // No timing here (the machine may be loaded): what matters is the size and that a seed is reproducible.
    await useMockBackend('default');
    setScenario('large');
    const first = await (await fetch('/api/applications?pageSize=100', { headers: AUTH })).json();
    expect(first.total).to.equal(10_000);
    expect(first.items).to.have.length(100);
    setScenario('default');
    setScenario('large');
    const again = await (await fetch('/api/applications?pageSize=100', { headers: AUTH })).json();
    expect(again.total).to.equal(10_000);
    expect(again.items.map((item: { id: string; number: string }) => [item.id, item.number])).to.deep.equal(
      first.items.map((item: { id: string; number: string }) => [item.id, item.number]),
    );
  });

  it('a payment persists across requests and reset restores it', async () => {
    await useMockBackend('default');
    const unpaid = (await (await fetch('/api/charges?status=unpaid', { headers: AUTH })).json()).items[0];
    const charge = async () => (await (await fetch(`/api/charges/${unpaid.id}`, { headers: AUTH })).json()).status;
    const paid = await fetch('/api/payments', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({
        items: [{ chargeId: unpaid.id, amount: unpaid.amountDue }],
        method: 'card',
        returnUrl: location.href,
      }),
    });
    expect(paid.status).to.equal(201);
    // A card payment waits for the acquirer's page: its charge is held by it until it settles.
    expect(await charge()).to.equal('processing');
    await useMockBackend('default');
    expect(await charge()).to.equal('unpaid');
  });

  it('worker.use() overrides one endpoint for a test; the next useMockBackend() drops it', async () => {
    const worker = await useMockBackend('default');
    worker.use(http.get('*/api/profile', () => HttpResponse.json({ code: 'x', message: 'override' }, { status: 418 })));
    expect((await profile()).status).to.equal(418);
    await useMockBackend('default');
    expect((await profile()).status).to.equal(200);
  });
});
