/**
 * <gu-payments> checkout and payment views: paying the selection never twice (the double-submit storm, a network drop
 * after the request was sent, 409, a reload while pending), 422 charges-changed explained keeping the rest, and each
 * method's step (СБП QR, linked card code, transfer orders, mobile phone). The mock's database is read directly.
 */
import { expect } from '@open-wc/testing';
import { HttpResponse, getResponse, http } from 'msw';
import type { GuPaymentsCheckout } from '../../components/payments/parts/checkout.js';
import type { Charge, PaymentMethod } from '../../components/payments/types.js';
import type { GuPaymentsPaidEvent } from '../../components/payments/events.js';
import { domainHandlers } from '../../mocks/handlers/index.js';
import { chargeView } from '../../mocks/payments/charges.js';
import {
  MOCK_PAYMENT_CODE,
  configurePaymentsMock,
  resetPaymentsMock,
  settlePayment,
} from '../../mocks/payments/payments.js';
import type { ScenarioName } from '../../mocks/scenarios.js';
import { expectNoText, expectVisible } from '../helpers/perceive.js';
import {
  buttonsNamed,
  deepText,
  expectAccessible,
  getDb,
  mountPayments,
  recordAnnouncements,
  sendKeys,
  until,
  type PaymentsHarness,
} from './harness.js';

const OWNER = 'person-1';

/** Unpaid charges of the test citizen as the API shows them (fines first when asked). */
function unpaid(count: number, kind?: Charge['kind']): Charge[] {
  const records = getDb().charges.filter(
    (charge) => charge.ownerId === OWNER && charge.status === 'unpaid' && (!kind || charge.kind === kind),
  );
  const charges = records.map((record) => chargeView(record, OWNER) as Charge).filter((c) => c.amountDue > 0);
  if (charges.length < count) throw new Error(`only ${charges.length} unpaid charges`);
  return charges.slice(0, count);
}

/** The payments in the mock's database when the test began (the seed's history pays some charges too, declined). */
let seeded = new Set<string>();

/** The payments made during the test that pay any of `ids`. */
function paymentsFor(ids: string[]): Array<{ id: string; status: string }> {
  return getDb().payments.filter(
    (payment) => !seeded.has(payment.id) && payment.items.some((item) => ids.includes(item.chargeId)),
  );
}

interface Checkout {
  h: PaymentsHarness;
  root: ShadowRoot;
  charges: Charge[];
  keys: string[];
}

/** The widget on the checkout view with `count` charges selected; records the Idempotency-Key of every POST /payments. */
async function checkout(
  count: number,
  options: { scenario?: ScenarioName; kind?: Charge['kind']; method?: PaymentMethod; locale?: 'ru' | 'en' } = {},
): Promise<Checkout> {
  const keys: string[] = [];
  const h = await mountPayments({
    view: 'checkout',
    scenario: options.scenario ?? 'default',
    locale: options.locale ?? 'ru',
    beforeMount: (worker) => {
      worker.events.removeAllListeners('request:start');
      worker.events.on('request:start', ({ request }) => {
        if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/api/payments'))
          keys.push(request.headers.get('Idempotency-Key') ?? '');
      });
    },
  });
  const root = await h.waitForView('checkout');
  seeded = new Set(getDb().payments.map((payment) => payment.id));
  const charges = unpaid(count, options.kind);
  (h.partElement() as GuPaymentsCheckout).ctx.selection.add(charges);
  await until(() => root.querySelectorAll('tbody tr').length === count, 5000, 'the selected lines');
  if (options.method) await choose(root, options.method);
  return { h, root, charges, keys };
}

async function choose(root: ShadowRoot, method: PaymentMethod): Promise<void> {
  const radio = root.querySelector<HTMLInputElement>(`input[name="method"][value="${method}"]`)!;
  radio.click();
  await until(() => radio.checked, 2000, `${method} chosen`);
}

const payButton = (root: ShadowRoot): HTMLButtonElement => root.querySelector<HTMLButtonElement>('[data-pay]')!;

/** Waits for the payment view and returns its shadow root. */
async function paymentView(h: PaymentsHarness, ready?: (root: ShadowRoot) => unknown): Promise<ShadowRoot> {
  return h.waitForView('payment', ready, 20_000);
}

/** Presses «Повторить» whenever the checkout shows a recoverable error, until the payment view opens. */
async function retryUntilPaymentView(h: PaymentsHarness): Promise<ShadowRoot> {
  await until(
    () => {
      const part = h.partElement();
      if (part?.localName === 'gu-payments-payment') return true;
      const retry = part?.shadowRoot ? buttonsNamed(part.shadowRoot, 'Повторить')[0] : undefined;
      retry?.click();
      return false;
    },
    30_000,
    'the payment view after retries',
  );
  return paymentView(h);
}

describe('<gu-payments> checkout', () => {
  beforeEach(() => {
    sessionStorage.clear();
    resetPaymentsMock();
  });
  afterEach(() => {
    sessionStorage.clear();
    resetPaymentsMock();
  });

  it('lists the selection line by line with the total, removes a line and passes axe', async () => {
    const { root, charges } = await checkout(3);
    const total = charges.reduce((sum, charge) => sum + charge.amountDue, 0);
    const text = deepText(root);
    for (const charge of charges) expect(text).to.include(charge.uin);
    const shown = root.querySelector('[data-total]')!.textContent!.trim();
    expect(shown.replace(/[^\d,]/g, '')).to.equal((total / 100).toFixed(2).replace('.', ','));
    expect(payButton(root).textContent!.trim()).to.equal(`Оплатить ${shown}`);
    await expectAccessible(root.host as HTMLElement);
    const announced = recordAnnouncements();
    buttonsNamed(root, `Убрать из оплаты: ${charges[0]!.title}`)[0]!.click();
    await until(() => root.querySelectorAll('tbody tr').length === 2, 2000, 'two lines left');
    await until(() => announced.said.some((t) => t.includes('Убрано из оплаты')), 2000, 'the removal announced');
    announced.stop();
  });

  it('makes exactly one payment from a storm of 20 submits within 100 ms (clicks and Enter), with one key', async () => {
    const { h, root, charges, keys } = await checkout(2, { kind: 'fine', method: 'sbp' });
    const form = root.querySelector('form')!;
    const button = payButton(root);
    const started = performance.now();
    for (let i = 0; i < 10; i += 1) {
      button.click();
      form.requestSubmit(); // what Enter in the form does
    }
    expect(performance.now() - started).to.be.below(100);
    // Enter held down on the button, as real key presses.
    button.focus();
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Enter' });
    await paymentView(h, (shadow) => shadow.querySelector('[data-step="qr"]'));
    const ids = charges.map((c) => c.id);
    expect(paymentsFor(ids)).to.have.length(1);
    // One action at a time: the storm sent one request.
    expect(keys).to.have.length(1);
  });

  it('makes exactly one payment from the storm under the flaky scenario, retrying with the same key', async () => {
    const { h, root, charges, keys } = await checkout(2, { kind: 'fine', method: 'sbp', scenario: 'flaky' });
    const form = root.querySelector('form')!;
    const button = payButton(root);
    for (let i = 0; i < 10; i += 1) {
      button.click();
      form.requestSubmit();
    }
    await retryUntilPaymentView(h);
    expect(paymentsFor(charges.map((c) => c.id))).to.have.length(1);
    expect(new Set(keys).size).to.equal(1);
  });

  for (const scenario of ['default', 'flaky'] as const)
    it(`survives a network drop after the request was sent: the retry reuses the key, one payment (${scenario})`, async () => {
      const { h, root, charges, keys } = await checkout(2, { kind: 'fine', method: 'sbp', scenario });
      let dropped = 0;
      h.worker.use(
        http.post('*/api/payments', async ({ request }) => {
          if (dropped > 0) return undefined;
          // The request reaches the real handler (the payment is made), then the answer is lost.
          const real = await getResponse(domainHandlers, request);
          if (!real || real.status >= 500) return real; // flaky's own 503: not the drop we test
          dropped += 1;
          return HttpResponse.error();
        }),
      );
      payButton(root).click();
      await until(() => dropped === 1, 20_000, 'the dropped answer');
      await until(() => deepText(root).includes('нет связи с сервером'), 10_000, 'the recoverable error');
      expect(paymentsFor(charges.map((c) => c.id))).to.have.length(1);
      const retry = buttonsNamed(root, 'Повторить')[0]!;
      expectVisible(retry, 'the retry button');
      retry.click();
      await retryUntilPaymentView(h);
      expect(paymentsFor(charges.map((c) => c.id))).to.have.length(1);
      expect(new Set(keys).size).to.equal(1);
      expect(keys.length).to.be.at.least(2);
    });

  it('409 payment-in-progress: says «Платёж обрабатывается» and follows the same key to the payment', async () => {
    const { h, root, charges, keys } = await checkout(1, { method: 'sbp' });
    let conflicts = 0;
    h.worker.use(
      http.post('*/api/payments', () => {
        if (conflicts >= 2) return undefined;
        conflicts += 1;
        return HttpResponse.json(
          { code: 'payment-in-progress', message: 'Платёж обрабатывается', retryAfter: 1 },
          { status: 409, headers: { 'Retry-After': '1' } },
        );
      }),
    );
    const announced = recordAnnouncements();
    payButton(root).click();
    await until(() => deepText(root).includes('Платёж обрабатывается'), 10_000, 'the in-progress status');
    await paymentView(h);
    expect(announced.said.some((t) => t.includes('Платёж обрабатывается'))).to.equal(true);
    announced.stop();
    expect(conflicts).to.equal(2);
    expect(new Set(keys).size).to.equal(1);
    expect(paymentsFor(charges.map((c) => c.id))).to.have.length(1);
  });

  it('422 charges-changed: explains each change, keeps the rest with the new amounts, pays nothing', async () => {
    const { h, root, charges, keys } = await checkout(3, { method: 'sbp' });
    const [changed, paidElsewhere, kept] = charges as [Charge, Charge, Charge];
    const db = getDb();
    const changedRecord = db.charges.find((c) => c.id === changed.id)!;
    changedRecord.amount += 10_000;
    if ('amountDue' in changedRecord) (changedRecord as { amountDue: number }).amountDue += 10_000;
    delete (changedRecord as { discount?: unknown }).discount;
    db.charges.find((c) => c.id === paidElsewhere.id)!.status = 'paid';
    const newAmount = chargeView(changedRecord, OWNER).amountDue;
    payButton(root).click();
    await until(() => root.querySelector('#changes.problem'), 10_000, 'the changes explained');
    const changes = root.querySelector('#changes')!;
    const text = deepText(changes);
    expect(text).to.include('ничего не оплачено');
    expect(root.querySelector(`[data-change="${changed.id}"]`)!.textContent).to.include('теперь');
    expect(root.querySelector(`[data-change="${paidElsewhere.id}"]`)!.textContent).to.include('уже оплачено');
    expect(root.querySelector(`[data-change="${kept.id}"]`)).to.equal(null);
    expect(changes.getAttribute('role')).to.equal('alert');
    // The rest is kept, the changed one at its new amount; the paid one is gone.
    await until(() => root.querySelectorAll('tbody tr').length === 2, 2000, 'two lines kept');
    const selection = (h.partElement() as GuPaymentsCheckout).ctx.selection;
    expect(selection.has(kept.id)).to.equal(true);
    expect(selection.has(paidElsewhere.id)).to.equal(false);
    expect(selection.charges.find((c) => c.id === changed.id)!.amountDue).to.equal(newAmount);
    expect(paymentsFor([kept.id, changed.id])).to.have.length(0);
    // Paying again is a new attempt (a new key) and goes through.
    payButton(root).click();
    await paymentView(h);
    expect(new Set(keys).size).to.equal(2);
    expect(paymentsFor([kept.id, changed.id])).to.have.length(1);
  });

  it('a reload while pending resumes the payment, and its settling is announced once with gu-payments-paid', async () => {
    const { h, root, charges } = await checkout(2, { kind: 'fine', method: 'sbp' });
    configurePaymentsMock({ settleMs: 600_000 });
    payButton(root).click();
    await paymentView(h, (shadow) => shadow.querySelector('[data-step="qr"]'));
    const [payment] = paymentsFor(charges.map((c) => c.id));
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('gu-payments-attempt:'))).to.have.length(1);
    const kept = JSON.stringify(Object.values(sessionStorage));
    expect(kept).to.not.match(/\+7|test-token|Bearer/);
    // Only the attempt's key, its fingerprint and the payment's id: no token, no title, no amount, no personal data.
    const attempt = JSON.parse(
      sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith('gu-payments-attempt:'))!)!,
    );
    expect(Object.keys(attempt).sort()).to.deep.equal(['fingerprint', 'key', 'paymentId']);
    expect(attempt.paymentId).to.equal(payment!.id);
    // The reload: the widget removed and created again, sessionStorage kept.
    h.widget.remove();
    const again = document.createElement('gu-payments');
    const paid: GuPaymentsPaidEvent[] = [];
    again.addEventListener('gu-payments-paid', (event) => paid.push(event));
    h.wrapper.append(again);
    await until(
      () => again.shadowRoot?.querySelector('gu-payments-payment')?.shadowRoot?.querySelector('[data-step="qr"]'),
      20_000,
      'the pending payment followed again',
    );
    const announced = recordAnnouncements();
    settlePayment(payment!.id, { status: 'completed' });
    const part = again.shadowRoot!.querySelector('gu-payments-payment')!.shadowRoot!;
    await until(() => part.querySelector('[data-result="completed"]'), 20_000, 'the completed result');
    await until(() => announced.said.some((t) => t.includes('Платёж выполнен')), 5000, 'settling announced');
    announced.stop();
    expect(paid).to.have.length(1);
    expect(paid[0]!.detail.chargeIds.sort()).to.deep.equal(charges.map((c) => c.id).sort());
    expectVisible(buttonsNamed(part, 'Скачать электронный чек')[0], 'the receipt button');
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('gu-payments-attempt:'))).to.have.length(0);
    await until(() => part.activeElement?.localName === 'h3', 5000, 'focus on the result heading');
  });

  it('СБП: a real QR code with its name, the expiry said', async () => {
    const { h, root } = await checkout(1, { method: 'sbp' });
    payButton(root).click();
    const part = await paymentView(h, (shadow) => shadow.querySelector('.qr svg[role="img"]'));
    const svg = part.querySelector('.qr svg[role="img"]')!;
    expect(Number(svg.getAttribute('data-modules'))).to.be.at.least(21);
    expect(svg.querySelectorAll('rect').length).to.be.above(20);
    expect(svg.getAttribute('aria-label')).to.include('СБП');
    expect(deepText(part)).to.include('Действует до');
    expectVisible(svg, 'the QR code');
    await expectAccessible(part.host as HTMLElement);
  });

  it('linked card: the cards from GET /cards, then the one-time code completes the payment', async () => {
    const { h, root, charges } = await checkout(1, { method: 'linked-card' });
    await until(() => root.querySelector('input[name="card"]'), 10_000, 'the linked cards');
    root.querySelector<HTMLInputElement>('input[name="card"]')!.click();
    payButton(root).click();
    const part = await paymentView(h, (shadow) => shadow.querySelector('gu-otp-field'));
    const field = part.querySelector('gu-otp-field')!;
    const input = field.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: MOCK_PAYMENT_CODE });
    await sendKeys({ press: 'Enter' });
    await until(() => part.querySelector('[data-result="completed"]'), 20_000, 'the completed result');
    expect(paymentsFor(charges.map((c) => c.id))[0]!.status).to.equal('completed');
  });

  it('linked card without cards points to the cards view', async () => {
    const { h, root } = await checkout(1);
    h.worker.use(http.get('*/api/cards', () => HttpResponse.json({ items: [] })));
    await choose(root, 'linked-card');
    await until(() => deepText(root).includes('нет привязанных карт'), 10_000, 'no cards said');
    buttonsNamed(root, 'Привязать карту')[0]!.click();
    await h.waitForView('cards');
  });

  it('bank transfer: one order per charge with the payee, the УИН in field 22, copy and the PDF', async () => {
    const { h, root, charges } = await checkout(2, { method: 'transfer' });
    payButton(root).click();
    const part = await paymentView(h, (shadow) => shadow.querySelector('[data-step="payment-order"]'));
    const orders = [...part.querySelectorAll('[data-order]')];
    expect(orders).to.have.length(2);
    for (const charge of charges) {
      const order = part.querySelector(`[data-order="${charge.id}"]`)!;
      expect(order.querySelector('[data-field="uin"] span')!.textContent).to.equal(charge.uin);
      expect(deepText(order)).to.include('поле 22');
    }
    const saved: HTMLAnchorElement[] = [];
    const grab = (event: Event) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) saved.push(event.target);
    };
    document.addEventListener('click', grab, true);
    try {
      buttonsNamed(part, 'Скачать платёжные поручения')[0]!.click();
      await until(() => saved.length === 1, 20_000, 'the PDF saved');
    } finally {
      document.removeEventListener('click', grab, true);
    }
    expect(saved[0]!.download).to.match(/\.pdf$/);
    const bytes = await (await fetch(saved[0]!.href)).text();
    expect(bytes.startsWith('%PDF')).to.equal(true);
  });

  it('mobile phone: a precise message next to the field, nothing sent until it is a mobile number', async () => {
    const { h, root, keys, charges } = await checkout(1, { method: 'mobile' });
    const field = root.querySelector('gu-text-field[name="phone"]')!;
    const input = field.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: '849512345' });
    payButton(root).click();
    await until(() => input.getAttribute('aria-invalid') === 'true', 5000, 'the field marked invalid');
    expect(deepText(field)).to.include('10 цифр после +7');
    expect(keys).to.have.length(0);
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '84951234567' });
    payButton(root).click();
    await until(() => deepText(field).includes('+7 9'), 5000, 'not a mobile number said');
    expect(keys).to.have.length(0);
    input.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '89161234567' });
    payButton(root).click();
    const part = await paymentView(h, (shadow) => shadow.querySelector('[data-step="sms"]'));
    expect(deepText(part)).to.match(/\+7/);
    expect(paymentsFor(charges.map((c) => c.id))).to.have.length(1);
  });

  it('declined: the reason worded, «Попробовать снова» brings the same charges back to the checkout', async () => {
    const { h, root, charges } = await checkout(1, { method: 'sbp' });
    configurePaymentsMock({ settleMs: 600_000 });
    payButton(root).click();
    const part = await paymentView(h, (shadow) => shadow.querySelector('[data-step="qr"]'));
    const [payment] = paymentsFor(charges.map((c) => c.id));
    settlePayment(payment!.id, { status: 'declined', code: 'insufficient-funds' });
    await until(() => part.querySelector('[data-result="declined"]'), 20_000, 'the declined result');
    expect(deepText(part)).to.include('недостаточно средств');
    buttonsNamed(part, 'Попробовать снова')[0]!.click();
    const again = await h.waitForView('checkout', (shadow) => shadow.querySelector('tbody tr'));
    expect(again.querySelector<HTMLInputElement>('input[value="sbp"]')!.checked).to.equal(true);
    expectNoText(again, ['Вы не выбрали'], 'the checkout with the charges');
  });
});
