/**
 * <gu-payments-payment>: one payment opened by id (`payment-id`, as back from the acquirer's page) — a blocked popup
 * said with the redirect offered, a wrong one-time code said next to the field, «Выбрать другой способ» cancelling a
 * pending payment, a decline with its event, the payment-status live event followed.
 */
import { expect } from '@open-wc/testing';
import { liveChannelCount } from '../../components/core/api/live-updates.js';
import { acquirerPopup } from '../../components/payments/attempt.js';
import type { GuPaymentsDeclinedEvent } from '../../components/payments/events.js';
import type { PaymentMethod } from '../../components/payments/types.js';
import { getDb } from '../../mocks/db/index.js';
import {
  createTestPayment,
  resetPaymentsMock,
  settlePayment,
  configurePaymentsMock,
} from '../../mocks/payments/payments.js';
import { expectVisible } from '../helpers/perceive.js';
import { buttonsNamed, deepText, mountPayments, recordAnnouncements, sendKeys, until } from './harness.js';

const OWNER = 'person-1';

/** A payment of `method` made in the mock (pending unless `settled`), and the widget opened on it by id. */
async function openPayment(
  method: PaymentMethod,
  extra: Record<string, string> = {},
  settled?: Parameters<typeof settlePayment>[1],
) {
  const attributes: Record<string, string> = { ...extra };
  let paymentId = '';
  const h = await mountPayments({
    view: 'payment',
    attributes,
    beforeMount: () => {
      configurePaymentsMock({ settleMs: 600_000 });
      paymentId = createTestPayment(OWNER, method)!.id;
      attributes['payment-id'] = paymentId;
      if (settled) settlePayment(paymentId, settled);
    },
  });
  return { h, paymentId };
}

describe('<gu-payments> payment view', () => {
  beforeEach(() => {
    sessionStorage.clear();
    resetPaymentsMock();
    acquirerPopup.window = undefined;
  });
  afterEach(() => {
    sessionStorage.clear();
    resetPaymentsMock();
    acquirerPopup.window = undefined;
  });

  it('a blocked popup: said in an alert, the bank’s page offered in this window', async () => {
    acquirerPopup.window = null; // what window.open gave in the citizen's click
    const { h } = await openPayment('card', { 'card-flow': 'popup' });
    const part = await h.waitForView('payment', (root) => root.querySelector('[data-step="redirect"] .problem'));
    const alert = part.querySelector('[data-step="redirect"] [role="alert"]')!;
    expect(deepText(alert)).to.include('Браузер заблокировал окно банка');
    expectVisible(alert, 'the blocked popup alert');
    expectVisible(buttonsNamed(part, 'Перейти на страницу банка')[0], 'the redirect');
    expectVisible(buttonsNamed(part, 'Открыть окно банка снова')[0], 'open the popup again');
  });

  it('a wrong one-time code is said next to the field; the right one completes the payment', async () => {
    const { h } = await openPayment('linked-card');
    const part = await h.waitForView('payment', (root) => root.querySelector('gu-otp-field'));
    const field = part.querySelector('gu-otp-field')!;
    const input = field.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: '000000' });
    await sendKeys({ press: 'Enter' });
    await until(() => deepText(field).includes('Код неверный'), 10_000, 'the wrong code said');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    input.select();
    await sendKeys({ type: '123456' });
    await sendKeys({ press: 'Enter' });
    await until(() => part.querySelector('[data-result="completed"]'), 10_000, 'completed');
  });

  it('«Выбрать другой способ» cancels the pending payment and returns its charges to the checkout', async () => {
    const { h, paymentId } = await openPayment('transfer');
    const part = await h.waitForView('payment', (root) => root.querySelector('[data-order]'));
    buttonsNamed(part, 'Выбрать другой способ')[0]!.click();
    const checkout = await h.waitForView('checkout', (root) => root.querySelector('tbody tr'));
    const record = getDb().payments.find((p) => p.id === paymentId)!;
    expect(record.status).to.equal('declined');
    expect(record.declineCode).to.equal('cancelled');
    expect(checkout.querySelectorAll('tbody tr').length).to.equal(record.items.length);
  });

  it('a decline while followed: the reason announced, gu-payments-declined, focus on the heading', async () => {
    const { h, paymentId } = await openPayment('sbp');
    const part = await h.waitForView('payment', (root) => root.querySelector('[data-step="qr"]'));
    const declined: GuPaymentsDeclinedEvent[] = [];
    h.widget.addEventListener('gu-payments-declined', (event) => declined.push(event));
    const announced = recordAnnouncements();
    settlePayment(paymentId, { status: 'declined', code: 'expired' });
    await until(() => part.querySelector('[data-result="declined"]'), 20_000, 'the declined result');
    await announced.until('не был завершён вовремя', 5000);
    announced.stop();
    expect(declined.map((event) => event.detail)).to.deep.equal([{ paymentId, declineCode: 'expired' }]);
    await until(() => part.activeElement?.textContent?.trim() === 'Платёж отклонён', 5000, 'focus on the heading');
    expectVisible(buttonsNamed(part, 'Попробовать снова')[0], 'try again');
  });

  it('a payment opened from the history that settled long ago tells nothing and fires nothing', async () => {
    let events = 0;
    const count = () => (events += 1);
    document.addEventListener('gu-payments-paid', count);
    const { h } = await openPayment('sbp', {}, { status: 'completed' });
    const part = await h.waitForView('payment', (root) => root.querySelector('[data-result="completed"]'));
    expect(deepText(part)).to.include('Платёж выполнен');
    await (part.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    document.removeEventListener('gu-payments-paid', count);
    expect(events).to.equal(0);
  });

  it('following stops when the widget is removed (no poll scheduled, the live channel closed), resumes when put back', async () => {
    const { h, paymentId } = await openPayment('sbp');
    await h.waitForView('payment', (root) => root.querySelector('[data-step="qr"]'));
    const asked: number[] = [];
    const count = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith(`/api/payments/${paymentId}`)) asked.push(Date.now());
    };
    h.worker.events.on('request:start', count);
    try {
      await until(() => asked.length >= 1, 15_000, 'the pending payment polled');
      await until(() => liveChannelCount() === 1, 5000, 'the live channel open');
      h.widget.remove();
      expect(liveChannelCount()).to.equal(0);
      const part = h.widget.shadowRoot!.querySelector('gu-payments-payment') as unknown as { pollTimer?: unknown };
      expect(part.pollTimer, 'no poll scheduled').to.equal(undefined);
      const settledAt = asked.length;
      h.wrapper.append(h.widget);
      await until(() => asked.length > settledAt, 15_000, 'following resumed after the move');
    } finally {
      h.worker.events.removeListener('request:start', count);
    }
  });
});
