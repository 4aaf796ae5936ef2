/**
 * The payments mock in the browser: the acquirer's real page (/mocks/payments/acquirer.html, in a frame of this
 * page: another document, as after a redirect or in a popup) decides a card payment of the in-page mock, and the
 * receipt is a real PDF made in the browser (PT Sans fetched next to mocks/payments/pdf.ts).
 */
import { expect } from '@open-wc/testing';
import { getDb } from '../../mocks/db/index.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import { until } from '../helpers/until.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function api(
  method: string,
  path: string,
  body?: unknown,
  key?: string,
): Promise<{ status: number; body: Json }> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: {
      Authorization: 'Bearer mock-acquirer-test',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(key ? { 'Idempotency-Key': key } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

async function cardPayment(): Promise<{ payment: Json; charge: Json }> {
  const charge = (await api('GET', '/charges?status=unpaid&pageSize=1')).body.items[0] as Json;
  const created = await api(
    'POST',
    '/payments',
    {
      items: [{ chargeId: charge.id, amount: charge.amountDue }],
      method: 'card',
      returnUrl: `${location.origin}/mocks/payments/acquirer.css`,
    },
    crypto.randomUUID(),
  );
  expect(created.status).to.equal(201);
  return { payment: created.body, charge };
}

/** Waits until the in-page mock says the payment settled as expected; returns it. */
async function settledPayment(id: string, status: string): Promise<Json> {
  let payment: Json = {};
  await until(
    async () => {
      payment = (await api('GET', `/payments/${id}`)).body;
      return payment.status === status;
    },
    `the payment is ${status}`,
    20_000,
  );
  return payment;
}

/** Opens the acquirer's page in a frame and waits until its form is shown. */
async function openAcquirer(url: string): Promise<{ frame: HTMLIFrameElement; doc: () => Document }> {
  const frame = document.createElement('iframe');
  frame.title = 'acquirer';
  frame.src = url;
  document.body.append(frame);
  const doc = (): Document => frame.contentDocument!;
  await until(
    () => doc()?.getElementById('card-form') && !doc().getElementById('card-form')!.hidden,
    'the acquirer page shows its card form',
    60_000,
  );
  return { frame, doc };
}

describe('the acquirer page and the in-page mock', function () {
  // The page loads the mock's modules on its own (a cold start on a busy machine is slow).
  this.timeout(120_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('3-D Secure passed: the payment completes with the card’s last four digits, the charge is paid', async () => {
    await useMockBackend('default');
    const { payment, charge } = await cardPayment();
    const page = await openAcquirer(payment.next.url);
    frame = page.frame;
    const doc = page.doc();
    expect(doc.getElementById('title')!.textContent).to.equal('Оплата картой');
    expect(doc.getElementById('amount')!.textContent).to.match(/₽/);
    (doc.getElementById('number') as HTMLInputElement).value = '5555 5555 5555 4444';
    doc.getElementById('pay')!.click();
    await until(() => !doc.getElementById('secure-form')!.hidden, '3-D Secure step');
    expect(doc.activeElement?.id).to.equal('secure-title');
    (doc.getElementById('secure-code') as HTMLInputElement).value = '12345';
    doc.querySelector<HTMLButtonElement>('#secure-form button[type="submit"]')!.click();
    const settled = await settledPayment(payment.id, 'completed');
    expect(settled.cardLast4).to.equal('4444');
    expect(getDb().charges.find((c) => c.id === charge.id)!.status).to.equal('paid');
  });

  it('a wrong card number is said next to the field; the tester’s «insufficient funds» declines the payment', async () => {
    await useMockBackend('default');
    const { payment, charge } = await cardPayment();
    const page = await openAcquirer(payment.next.url);
    frame = page.frame;
    const doc = page.doc();
    const number = doc.getElementById('number') as HTMLInputElement;
    number.value = '2200 7001 2345 6782';
    doc.getElementById('pay')!.click();
    expect(number.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.getElementById('number-error')!.textContent).to.match(/ошибка/);
    expect(number.getAttribute('aria-describedby')).to.contain('number-error');
    expect(doc.activeElement).to.equal(number);
    number.value = '2200 7001 2345 6781';
    doc.querySelector<HTMLInputElement>('input[value="insufficient-funds"]')!.checked = true;
    doc.getElementById('pay')!.click();
    (doc.getElementById('secure-code') as HTMLInputElement).value = '12345';
    doc.querySelector<HTMLButtonElement>('#secure-form button[type="submit"]')!.click();
    const settled = await settledPayment(payment.id, 'declined');
    expect(settled.declineCode).to.equal('insufficient-funds');
    expect(settled.declineReason).to.match(/недостаточно средств/);
    expect(getDb().charges.find((c) => c.id === charge.id)!.status).to.equal('unpaid');
  });

  it('makes a receipt PDF in the browser', async () => {
    await useMockBackend('default');
    const completed = getDb().payments.find((p) => p.ownerId === 'person-1' && p.status === 'completed')!;
    const receipt = await api('GET', `/payments/${completed.id}/receipt`);
    expect(receipt.status).to.equal(200);
    const bytes = Uint8Array.from(atob(receipt.body.content as string), (char) => char.charCodeAt(0));
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).to.equal('%PDF-');
    expect(bytes.length).to.be.greaterThan(5_000);
  });
});
