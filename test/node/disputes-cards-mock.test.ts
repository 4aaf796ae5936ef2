/**
 * The disputes', linked cards' and autopay's mock over real HTTP: seeded disputes in every status, a new dispute moving
 * on with time, 409s, uploads; linking a card through the acquirer's session (completeBinding), findCard, removal
 * switching autopay off; autopay's validation (422 without a card or limit) and saving.
 */
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/server/http-server.js';
import { setScenario } from '../../mocks/scenarios.js';
import { getDb } from '../../mocks/db/index.js';
import { autopayRulesOf } from '../../mocks/payments/autopay.js';
import { completeBinding, findCard } from '../../mocks/payments/cards.js';
import { configureDisputesMock, resetDisputesMock } from '../../mocks/payments/disputes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON bodies
type Json = Record<string, any>;
let server: MockHttpServer;

async function api(
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = { Authorization: 'Bearer disputes-cards-test', ...init.headers };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
const key = () => ({ 'Idempotency-Key': randomUUID() });

/** Polls until `check` holds (the mock's clock is real time): never a fixed wait. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`never: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

before(async () => {
  server = await startMockHttpServer({ port: 0 });
});
after(async () => {
  await server.close();
});
beforeEach(() => setScenario('default'));
afterEach(() => resetDisputesMock());

describe('disputes mock', () => {
  it('seeds a dispute in every status, the decided ones with the agency’s answer, and shows them on the fines', async () => {
    const { status, body } = await api('GET', '/disputes');
    assert.equal(status, 200);
    const statuses = body.items.map((d: Json) => d.status).sort();
    assert.deepEqual(statuses, ['accepted', 'rejected', 'submitted', 'under-review']);
    for (const dispute of body.items)
      assert.equal(typeof dispute.answer === 'string', ['accepted', 'rejected'].includes(dispute.status));
    const charge = await api('GET', `/charges/${body.items[0].chargeId}`);
    assert.equal(charge.body.dispute.id, body.items[0].id);
  });

  it('moves a new dispute on with time, refuses a second open one (409) and a fine that is not disputable', async () => {
    // Its steps are 30 s apart while the second one is refused (on a loaded machine 100 ms steps could decide the
    // first before the second was sent), then 100 ms: the steps are computed when read, so it moves on at once.
    configureDisputesMock({ stepMs: 30_000 });
    const fine = getDb().charges.find((c) => c.ownerId === 'person-1' && c.disputable && !c.dispute)!;
    const upload = await api('POST', '/dispute-documents', {
      headers: key(),
      body: { fileName: 'Договор.pdf', mediaType: 'application/pdf', content: 'JVBERi0xLjQK' },
    });
    assert.equal(upload.status, 201);
    const body = { reason: 'vehicle-sold', comment: 'Автомобиль продан до нарушения.', documentIds: [upload.body.id] };
    const created = await api('POST', `/charges/${fine.id}/disputes`, { headers: key(), body });
    assert.equal(created.status, 201);
    assert.equal(created.body.status, 'submitted');
    assert.equal(created.body.documents[0].fileName, 'Договор.pdf');
    const again = await api('POST', `/charges/${fine.id}/disputes`, { headers: key(), body });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'dispute-exists');
    configureDisputesMock({ stepMs: 100 });
    // It moves on in order (a loaded machine may skip seeing a step, never go back) and ends decided.
    const order = ['submitted', 'under-review', 'accepted'];
    const seen: string[] = [];
    await until(async () => {
      const now = (await api('GET', '/disputes')).body.items.find((d: Json) => d.id === created.body.id);
      seen.push(now.status);
      return now.status === 'accepted' && typeof now.answer === 'string';
    }, 'decided');
    const ranks = seen.map((s) => order.indexOf(s));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
      `in order: ${seen.join(' → ')}`,
    );
    const notDisputable = getDb().charges.find((c) => c.ownerId === 'person-1' && c.kind === 'fine' && !c.disputable)!;
    const refused = await api('POST', `/charges/${notDisputable.id}/disputes`, { headers: key(), body });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'not-disputable');
    const short = await api('POST', `/charges/${fine.id}/disputes`, {
      headers: key(),
      body: { ...body, comment: 'коротко' },
    });
    assert.equal(short.status, 400);
  });
});

describe('cards and autopay mock', () => {
  it('links a card through the acquirer’s session and lists only its last four digits', async () => {
    const started = await api('POST', '/cards', { headers: key(), body: { returnUrl: 'http://localhost/payments' } });
    assert.equal(started.status, 201);
    assert.equal(started.body.status, 'pending');
    assert.match(started.body.url, /acquirer\.html/);
    completeBinding(started.body.id, { card: { last4: '4242', brand: 'visa', expires: '12/29' } });
    const binding = await api('GET', `/card-bindings/${started.body.id}`);
    assert.equal(binding.body.status, 'completed');
    assert.equal(binding.body.card.last4, '4242');
    assert.ok(findCard('person-1', binding.body.card.id));
    assert.equal(findCard('person-2', binding.body.card.id), undefined);
    const list = await api('GET', '/cards');
    assert.deepEqual(
      list.body.items.map((c: Json) => c.last4),
      ['4276', '0366', '4242'],
    );
    assert.doesNotMatch(JSON.stringify(list.body), /\d{13,19}/);
  });

  it('removing a card switches its autopay off and says which', async () => {
    const removed = await api('DELETE', '/cards/card-1');
    assert.equal(removed.status, 200);
    assert.deepEqual(removed.body.autopayDisabled, [
      { providerId: 'mosenergosbyt', providerName: 'АО «Мосэнергосбыт»' },
    ]);
    const rule = autopayRulesOf('person-1').find((r) => r.providerId === 'mosenergosbyt')!;
    assert.equal(rule.enabled, false);
    assert.equal(rule.cardId, undefined);
    assert.equal((await api('DELETE', '/cards/card-1')).status, 404);
  });

  it('autopay: 422 without a card or limit, saved with them', async () => {
    const refused = await api('PUT', '/autopay/mosvodokanal', { body: { enabled: true, remindDaysBefore: 2 } });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.body.fields.map((f: Json) => f.field).sort(), ['cardId', 'monthlyLimit']);
    const saved = await api('PUT', '/autopay/mosvodokanal', {
      body: { enabled: true, monthlyLimit: 350_000, cardId: 'card-2', remindDaysBefore: 2 },
    });
    assert.equal(saved.status, 200);
    assert.deepEqual(saved.body, {
      providerId: 'mosvodokanal',
      providerName: 'АО «Мосводоканал»',
      accountNumber: '4402187733',
      enabled: true,
      monthlyLimit: 350_000,
      cardId: 'card-2',
      remindDaysBefore: 2,
    });
    assert.equal((await api('PUT', '/autopay/nobody', { body: { enabled: false, remindDaysBefore: 0 } })).status, 404);
    assert.equal((await api('PUT', '/autopay/eirc', { body: { enabled: false, remindDaysBefore: 11 } })).status, 400);
  });
});
