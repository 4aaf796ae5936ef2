/**
 * The payments mock over real HTTP: charges as of the mock's day (discounts before and after their deadline), every
 * method's next step, never twice (keys, two keys, a storm, flaky), holding and freeing charges, settling with the
 * live event, the acquirer's outcomes, the one-time code, cancelling, receipts and payment orders as real PDFs with
 * Cyrillic text, the history's filters and stats.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/server/http-server.js';
import { setScenario } from '../../mocks/scenarios.js';
import { getDb, LARGE_CHARGES, seedDb } from '../../mocks/db/index.js';
import { liveCursor, liveEventsSince } from '../../mocks/db/live-events.js';
import { completeAcquirerSession } from '../../mocks/payments/acquirer-sessions.js';
import {
  configurePaymentsMock,
  createTestPayment,
  MOCK_PAYMENT_CODE,
  resetPaymentsMock,
  settlePayment,
} from '../../mocks/payments/payments.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON bodies
type Json = Record<string, any>;
let server: MockHttpServer;
const TOKEN = 'Bearer payments-mock-test';

async function api(
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string>; token?: string } = {},
): Promise<{ status: number; headers: Headers; body: Json }> {
  const headers: Record<string, string> = { Authorization: init.token ?? TOKEN, ...init.headers };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const RETURN_URL = 'http://127.0.0.1:5173/payments';
function pay(
  charges: Json[],
  method: string,
  options: { key?: string; amounts?: number[]; extra?: Json; token?: string } = {},
) {
  const extra =
    options.extra ??
    (method === 'card' || method === 'wallet'
      ? { returnUrl: RETURN_URL }
      : method === 'mobile'
        ? { phone: '+79161234567' }
        : {});
  return api('POST', '/payments', {
    body: {
      items: charges.map((charge, index) => ({
        chargeId: charge.id,
        amount: options.amounts?.[index] ?? charge.amountDue,
      })),
      method,
      ...extra,
    },
    headers: { 'Idempotency-Key': options.key ?? randomUUID() },
    ...(options.token ? { token: options.token } : {}),
  });
}

async function unpaid(filter: (charge: Json) => boolean = () => true): Promise<Json[]> {
  const list = await api('GET', '/charges?status=unpaid&pageSize=100');
  return list.body.items.filter(filter);
}

const paymentsOf = (chargeId: string) =>
  getDb().payments.filter((payment) => payment.items.some((item) => item.chargeId === chargeId));

before(async () => {
  server = await startMockHttpServer({ port: 0 });
});
after(async () => {
  await server.close();
});
afterEach(() => resetPaymentsMock());

describe('charges', () => {
  it('answers the new fields; fines with the discount open and expired; overdue decided by the day', async () => {
    setScenario('default');
    const all = (await api('GET', '/charges?pageSize=100')).body.items as Json[];
    for (const charge of all) {
      for (const field of ['reason', 'payee', 'amountDue', 'issuedAt', 'overdue', 'disputable', 'source'])
        assert.ok(field in charge, `${charge.id} has ${field}`);
      assert.equal(charge.amountDue, charge.discount?.active ? charge.discount.amount : charge.amount);
    }
    const fines = all.filter((c) => c.kind === 'fine' && c.status === 'unpaid');
    const open = fines.find((c) => c.discount?.active);
    const expired = fines.find((c) => c.discount && !c.discount.active);
    assert.ok(open && expired, 'an unpaid fine with an open discount and one whose discount expired');
    assert.match(open.resolutionNumber, /^\d{20}$/);
    assert.ok(fines.some((c) => c.disputable));
    assert.ok(all.some((c) => c.overdue && c.kind === 'fine') && all.some((c) => c.overdue && c.kind === 'tax'));
    assert.deepEqual([...new Set(all.filter((c) => c.kind === 'tax').map((c) => c.taxKind))].sort(), [
      'land',
      'ndfl',
      'other',
      'property',
      'transport',
    ]);
    const utilities = all.filter((c) => c.kind === 'utility');
    assert.deepEqual([...new Set(utilities.map((c) => c.utility.providerId))].sort(), [
      'eirc',
      'mosenergosbyt',
      'mosvodokanal',
    ]);
    assert.ok(
      utilities.some((c) => c.utility.balance < 0),
      'a debt on a utility account',
    );
    // Unpaid first, overdue first among them.
    const firstSettled = all.findIndex((c) => c.status !== 'unpaid');
    assert.ok(all.slice(firstSettled).every((c) => c.status !== 'unpaid'));
    assert.equal(all[0]!.overdue, true);

    // After the discount's deadline the full amount is due (the server decides by its day).
    configurePaymentsMock({ today: '2027-01-15' });
    const later = (await api('GET', `/charges/${open.id}`)).body;
    assert.equal(later.discount.active, false);
    assert.equal(later.amountDue, later.amount);
    assert.equal(later.overdue, later.dueDate < '2027-01-15');
  });

  it('sums what is due in the summary, per kind in the contract order', async () => {
    setScenario('default');
    const items = await unpaid();
    const summary = (await api('GET', '/charges/summary')).body;
    assert.equal(summary.count, items.length);
    assert.equal(
      summary.amountDue,
      items.reduce((sum, c) => sum + c.amountDue, 0),
    );
    assert.equal(summary.overdueCount, items.filter((c) => c.overdue).length);
    assert.deepEqual(
      summary.byKind.map((entry: Json) => entry.kind),
      ['fine', 'tax', 'utility', 'duty'],
    );
    assert.equal(summary.nextDueDate, items.map((c) => c.dueDate).sort()[0]);
    assert.equal((await api('GET', '/charges/no-such-charge')).status, 404);
    setScenario('empty');
    assert.deepEqual((await api('GET', '/charges/summary')).body.count, 0);
  });

  it('large: 1 000 charges of person-1', () => {
    const large = seedDb('large');
    assert.equal(large.charges.filter((c) => c.ownerId === 'person-1').length, LARGE_CHARGES);
  });
});

describe('paying: every method and never twice', () => {
  it('answers each method with its next step', async () => {
    setScenario('default');
    const charges = await unpaid();
    const card = await pay([charges[0]!], 'card');
    assert.equal(card.status, 201);
    assert.equal(card.body.status, 'pending');
    assert.equal(card.body.next.type, 'redirect');
    const page = new URL(card.body.next.url);
    assert.equal(page.origin, new URL(RETURN_URL).origin);
    assert.equal(page.pathname, '/mocks/payments/acquirer.html');
    assert.ok(page.searchParams.get('session'));
    const wallet = await pay([charges[1]!], 'wallet');
    assert.equal(wallet.body.next.type, 'redirect');
    assert.equal(new URL(wallet.body.next.url).searchParams.get('kind'), 'wallet');
    const sbp = await pay([charges[2]!], 'sbp');
    assert.equal(sbp.body.next.type, 'qr');
    assert.match(sbp.body.next.qrPayload, /^https:\/\/qr\.nspk\.ru\//);
    const transfer = await pay([charges[3]!, charges[4]!], 'transfer');
    assert.equal(transfer.body.next.type, 'payment-order');
    assert.deepEqual(
      transfer.body.next.orders.map((order: Json) => [order.chargeId, order.uin, order.amount]),
      [charges[3]!, charges[4]!].map((c) => [c.id, c.uin, c.amountDue]),
      'one order per charge, the УИН in field 22',
    );
    const mobile = await pay([charges[5]!], 'mobile');
    assert.equal(mobile.body.next.type, 'sms');
    assert.match(mobile.body.next.phoneMasked, /67$/);
    const noCard = await pay([charges[6]!], 'linked-card', { extra: { cardId: 'card-nope' } });
    assert.equal(noCard.status, 422);
    assert.equal(noCard.body.code, 'card-not-found');
    const cards = (await api('GET', '/cards')).body?.items ?? [];
    if (cards.length > 0) {
      const linked = await pay([charges[6]!], 'linked-card', { extra: { cardId: cards[0].id } });
      assert.equal(linked.status, 201);
      assert.equal(linked.body.next.type, 'code');
      assert.equal(linked.body.cardLast4, cards[0].last4);
    }
    for (const held of [charges[0]!, charges[2]!, charges[3]!])
      assert.equal((await api('GET', `/charges/${held.id}`)).body.status, 'processing', 'a pending payment holds it');
    const missing = await api('POST', '/payments', {
      body: { items: [{ chargeId: charges[7]!.id, amount: charges[7]!.amountDue }], method: 'card' },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    assert.equal(missing.status, 400);
    assert.deepEqual(
      missing.body.fields.map((f: Json) => f.field),
      ['returnUrl'],
    );
  });

  it('refuses changed charges with the reason each, paying nothing', async () => {
    setScenario('default');
    const charges = await unpaid((c) => c.kind === 'fine' && c.discount?.active);
    const fine = charges[0]!;
    const other = (await unpaid((c) => c.kind === 'duty'))[0]!;
    // The discount expired since the citizen saw it.
    configurePaymentsMock({ today: '2027-03-01' });
    const before = getDb().payments.length;
    const refused = await pay([fine, other], 'sbp', { amounts: [fine.discount.amount, other.amountDue - 1] });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'charges-changed');
    assert.deepEqual(refused.body.charges, [
      { chargeId: fine.id, reason: 'discount-expired', amountDue: fine.amount },
      { chargeId: other.id, reason: 'amount-changed', amountDue: other.amountDue },
    ]);
    assert.match(refused.body.message, /изменились/);
    assert.equal(getDb().payments.length, before, 'nothing paid');
    assert.equal((await api('GET', `/charges/${other.id}`)).body.status, 'unpaid');
    const paid = (await api('GET', '/charges?status=paid&pageSize=1')).body.items[0];
    const cancelled = (await api('GET', '/charges?status=cancelled&pageSize=1')).body.items[0];
    const again = await pay([paid, cancelled, { id: 'charge-of-nobody', amountDue: 100 }], 'sbp');
    assert.deepEqual(
      again.body.charges.map((c: Json) => c.reason),
      ['already-paid', 'cancelled', 'not-found'],
    );
  });

  it('never pays a charge twice, even by two keys at once', async () => {
    setScenario('default');
    const [charge] = await unpaid();
    const [a, b] = await Promise.all([pay([charge!], 'sbp'), pay([charge!], 'transfer')]);
    assert.deepEqual([a.status, b.status].sort(), [201, 422]);
    assert.equal((a.status === 422 ? a : b).body.charges[0].reason, 'already-paid');
    assert.equal(paymentsOf(charge!.id).filter((p) => p.status !== 'declined').length, 1);
  });

  it('a storm of 20 submits with one key makes one payment; replays say so', async () => {
    setScenario('default');
    const [charge] = await unpaid();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => pay([charge!], 'sbp', { key })));
    const statuses = answers.map((answer) => answer.status);
    assert.ok(
      statuses.every((status) => status === 201 || status === 409),
      statuses.join(),
    );
    assert.ok(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'payment-in-progress'));
    const replay = await pay([charge!], 'sbp', { key });
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(paymentsOf(charge!.id).filter((p) => p.status === 'pending').length, 1, 'one payment in the database');
    const changed = await pay([charge!], 'transfer', { key });
    assert.equal(changed.status, 422);
    assert.equal(changed.body.code, 'idempotency-key-reused');
  });

  it('under flaky, retrying the same key through the 503s ends with one payment', async () => {
    setScenario('flaky');
    let list;
    do list = await api('GET', '/charges?status=unpaid&pageSize=5');
    while (list.status === 503);
    const charge = list.body.items[0];
    const key = randomUUID();
    const created: Json[] = [];
    for (let i = 0; i < 12; i += 1) {
      const answer = await pay([charge], 'sbp', { key });
      if (answer.status === 201) created.push(answer.body);
      else assert.ok([409, 503].includes(answer.status), String(answer.status));
    }
    assert.ok(created.length >= 2, 'answered and replayed');
    assert.equal(new Set(created.map((p) => p.id)).size, 1);
    assert.equal(
      getDb().payments.filter((p) => p.items.some((item) => item.chargeId === charge.id) && p.status === 'pending')
        .length,
      1,
    );
  });
});

describe('settling', () => {
  it('СБП settles by itself: the charge is paid and a payment-status event is published', async () => {
    setScenario('default');
    configurePaymentsMock({ settleMs: 30 });
    const cursor = liveCursor();
    const [charge] = await unpaid();
    const created = await pay([charge!], 'sbp');
    let payment = created.body;
    for (let i = 0; i < 100 && payment.status === 'pending'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      payment = (await api('GET', `/payments/${created.body.id}`)).body;
    }
    assert.equal(payment.status, 'completed');
    assert.equal(payment.receiptAvailable, true);
    assert.equal(payment.next, undefined);
    assert.equal((await api('GET', `/charges/${charge!.id}`)).body.status, 'paid');
    const events = liveEventsSince('person-1', cursor).filter((event) => event.type === 'payment-status');
    assert.equal(events.length, 1);
    assert.deepEqual(
      { ...(events[0]!.data as Json), at: undefined },
      { paymentId: payment.id, status: 'completed', previousStatus: 'pending', at: undefined },
    );
  });

  it('a configured decline frees the charges', async () => {
    setScenario('default');
    configurePaymentsMock({ settleMs: 10, outcome: { mobile: 'card-declined' } });
    const [charge] = await unpaid();
    const created = await pay([charge!], 'mobile');
    let payment = created.body;
    for (let i = 0; i < 100 && payment.status === 'pending'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      payment = (await api('GET', `/payments/${created.body.id}`)).body;
    }
    assert.equal(payment.status, 'declined');
    assert.equal(payment.declineCode, 'card-declined');
    assert.match(payment.declineReason, /Банк/);
    const en = await api('GET', `/payments/${payment.id}`, { headers: { 'Accept-Language': 'en' } });
    assert.match(en.body.declineReason, /^The bank/);
    assert.equal((await api('GET', `/charges/${charge!.id}`)).body.status, 'unpaid');
  });

  it('the acquirer decides a card payment: declined with its reason, or completed with the last four digits', async () => {
    setScenario('default');
    const charges = await unpaid();
    const first = (await pay([charges[0]!], 'card')).body;
    const session = new URL(first.next.url).searchParams.get('session')!;
    const back = completeAcquirerSession(session, 'insufficient-funds');
    assert.equal(new URL(back!).searchParams.get('gu-payment'), first.id);
    assert.equal(new URL(back!).pathname, '/payments');
    const declined = (await api('GET', `/payments/${first.id}`)).body;
    assert.equal(declined.status, 'declined');
    assert.equal(declined.declineCode, 'insufficient-funds');
    assert.equal((await api('GET', `/charges/${charges[0]!.id}`)).body.status, 'unpaid', 'free to pay again');
    const second = (await pay([charges[0]!], 'card')).body;
    completeAcquirerSession(new URL(second.next.url).searchParams.get('session')!, 'success', {
      last4: '4444',
      brand: 'mastercard',
      expires: '01/30',
    });
    const completed = (await api('GET', `/payments/${second.id}`)).body;
    assert.equal(completed.status, 'completed');
    assert.equal(completed.cardLast4, '4444');
    assert.equal((await api('GET', `/charges/${charges[0]!.id}`)).body.paymentId, second.id);
  });

  it('a linked card: wrong codes are counted, the right one pays; the last wrong one declines', async () => {
    setScenario('default');
    const payment = createTestPayment('person-1', 'linked-card')!;
    const confirm = (code: string) =>
      api('POST', `/payments/${payment.id}/confirm`, { body: { code }, headers: { 'Idempotency-Key': randomUUID() } });
    const wrong = await confirm('000000');
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.code, 'code-invalid');
    assert.equal(wrong.body.fields[0].field, 'code');
    const right = await confirm(MOCK_PAYMENT_CODE);
    assert.equal(right.status, 200);
    assert.equal(right.body.status, 'completed');
    assert.equal((await confirm(MOCK_PAYMENT_CODE)).status, 409, 'not awaiting a code any more');

    const other = createTestPayment('person-1', 'linked-card')!;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push(
        (
          await api('POST', `/payments/${other.id}/confirm`, {
            body: { code: '111111' },
            headers: { 'Idempotency-Key': randomUUID() },
          })
        ).status,
      );
    assert.deepEqual(statuses, [422, 422, 429]);
    const declined = (await api('GET', `/payments/${other.id}`)).body;
    assert.equal(declined.declineCode, 'code-attempts');
  });

  it('cancelling frees the charges; a settled payment cannot be cancelled', async () => {
    setScenario('default');
    const payment = createTestPayment('person-1', 'transfer')!;
    const chargeId = payment.items[0]!.chargeId;
    assert.equal((await api('GET', `/charges/${chargeId}`)).body.status, 'processing');
    const cancelled = await api('POST', `/payments/${payment.id}/cancel`);
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.declineCode, 'cancelled');
    assert.equal((await api('GET', `/charges/${chargeId}`)).body.status, 'unpaid');
    const again = await api('POST', `/payments/${payment.id}/cancel`);
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'payment-settled');
  });
});

/** The text of every stream of a PDF (inflated where compressed). */
function streams(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  let out = '';
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const data = Buffer.from(match[1]!, 'latin1');
    try {
      out += inflateSync(data).toString('latin1');
    } catch {
      out += match[1];
    }
  }
  return out;
}

describe('documents', () => {
  it('a receipt only for a completed payment: a PDF in Russian with the embedded PT Sans', async () => {
    setScenario('default');
    const pending = createTestPayment('person-1', 'sbp')!;
    const refused = await api('GET', `/payments/${pending.id}/receipt`);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'receipt-unavailable');
    settlePayment(pending.id, { status: 'completed' });
    const receipt = await api('GET', `/payments/${pending.id}/receipt`);
    assert.equal(receipt.status, 200);
    assert.equal(receipt.body.mediaType, 'application/pdf');
    const bytes = Buffer.from(receipt.body.content, 'base64');
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    const pdf = await PDFDocument.load(bytes);
    assert.equal(pdf.getTitle(), `Электронный чек по платежу ${pending.id}`);
    const text = streams(bytes);
    assert.match(text, /PTSans/);
    // The glyphs map back to Cyrillic (ToUnicode): «Э» of «Электронный чек», «ч».
    assert.match(text, /<042D>|042D/);
    assert.match(text, /0447/);
    assert.equal((await api('GET', '/payments/payment-nope/receipt')).status, 404);
  });

  it('payment orders only for a bank transfer: one page per charge', async () => {
    setScenario('default');
    const charges = await unpaid();
    const transfer = (await pay([charges[0]!, charges[1]!, charges[2]!], 'transfer')).body;
    const order = await api('GET', `/payments/${transfer.id}/order`);
    assert.equal(order.status, 200);
    const pdf = await PDFDocument.load(Buffer.from(order.body.content, 'base64'));
    assert.equal(pdf.getPageCount(), 3);
    const seeded = getDb().payments.find((p) => p.ownerId === 'person-1' && p.method === 'card')!;
    const refused = await api('GET', `/payments/${seeded.id}/order`);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'not-a-transfer');
  });
});

describe('history', () => {
  it('has 12+ months of every method and status, and filters by them', async () => {
    setScenario('default');
    const all = (await api('GET', '/payments?pageSize=100')).body;
    const items = all.items as Json[];
    assert.deepEqual([...new Set(items.map((p) => p.method))].sort(), [
      'card',
      'linked-card',
      'mobile',
      'sbp',
      'transfer',
      'wallet',
    ]);
    assert.deepEqual([...new Set(items.map((p) => p.status))].sort(), ['completed', 'declined', 'pending']);
    const months = new Set(items.filter((p) => p.status === 'completed').map((p) => p.createdAt.slice(0, 7)));
    assert.ok(months.size >= 12, `${months.size} months`);
    const newest = items.map((p) => p.createdAt);
    assert.deepEqual(newest, [...newest].sort().reverse(), 'newest first');

    const transfers = (await api('GET', '/payments?method=transfer&pageSize=100')).body;
    assert.ok(transfers.total > 0 && transfers.items.every((p: Json) => p.method === 'transfer'));
    const declined = (await api('GET', '/payments?status=declined&pageSize=100')).body;
    assert.equal(declined.total, items.filter((p) => p.status === 'declined').length);
    const fines = (await api('GET', '/payments?kind=fine&pageSize=100')).body;
    assert.ok(fines.items.every((p: Json) => p.items.some((i: Json) => i.kind === 'fine')));
    const period = (await api('GET', '/payments?from=2026-03-01&to=2026-03-31&pageSize=100')).body;
    assert.ok(
      period.total > 0 && period.items.every((p: Json) => p.createdAt >= '2026-02-28' && p.createdAt < '2026-04-01'),
    );
    const uin = items[0]!.items[0].uin as string;
    const byUin = (await api('GET', `/payments?q=${uin.slice(0, 12)}&pageSize=100`)).body;
    assert.ok(byUin.items.some((p: Json) => p.id === items[0]!.id));
    const byWord = (await api('GET', `/payments?q=${encodeURIComponent('электроэнергия')}&pageSize=100`)).body;
    assert.ok(
      byWord.total > 0 && byWord.items.every((p: Json) => p.items.some((i: Json) => /Электроэнергия/.test(i.title))),
    );
    assert.equal((await api('GET', '/payments?status=lost')).status, 400);
    assert.equal((await api('GET', '/payments?from=2026-13-01')).status, 400);
  });

  it('sums completed payments by month and kind for the chart', async () => {
    setScenario('default');
    const stats = (await api('GET', '/payment-stats')).body;
    assert.equal(stats.months.length, 12);
    assert.equal(stats.months.at(-1).month, '2026-11');
    assert.ok(stats.months.every((m: Json) => m.byKind.map((k: Json) => k.kind).join() === 'fine,tax,utility,duty'));
    const sum = stats.months.reduce(
      (total: number, m: Json) => total + m.byKind.reduce((s: number, k: Json) => s + k.amount, 0),
      0,
    );
    assert.equal(stats.total, sum);
    assert.ok(
      stats.months.filter((m: Json) => m.byKind.find((k: Json) => k.kind === 'utility').amount > 0).length >= 10,
    );
    const year = (await api('GET', '/payment-stats?from=2025-09-01&to=2026-11-30')).body;
    assert.equal(year.months.length, 15);
    assert.equal((await api('GET', '/payment-stats?from=2026-12-01&to=2026-01-01')).status, 400);
  });
});
