/**
 * <gu-payments-due>: the home page's summary of what is due — what a citizen reads (count, sum, overdue in words, the
 * nearest due date, a line per kind), the link to the payments and its event, signed out, failures with a retry
 * pressed from the keyboard, a payment on the page, English, axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import '../../components/payments/gu-payments-due.js';
import type { GuPaymentsDue } from '../../components/payments/payments-due.js';
import { GuPaymentsPaidEvent } from '../../components/payments/events.js';
import type { ChargeSummary } from '../../components/payments/types.js';
import { provideTestSession, type TestSession } from '../../mocks/test-session.js';
import { expectAccessible } from '../helpers/a11y.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import { deepActiveElement, deepText, expectNoText, expectVisible, recordAnnouncements } from '../helpers/perceive.js';
import { until } from '../helpers/until.js';

const SUMMARY: ChargeSummary = {
  count: 5,
  amountDue: 1_234_550,
  overdueCount: 2,
  nextDueDate: '2026-12-01',
  byKind: [
    { kind: 'fine', count: 3, amountDue: 450_000, overdueCount: 2 },
    { kind: 'tax', count: 2, amountDue: 784_550, overdueCount: 0 },
    { kind: 'utility', count: 0, amountDue: 0, overdueCount: 0 },
    { kind: 'duty', count: 0, amountDue: 0, overdueCount: 0 },
  ],
};

/** Answers GET /charges/summary with `body` (or a status), counting the calls. */
async function backend(answer: () => Response | Promise<Response> = () => HttpResponse.json(SUMMARY)) {
  const worker = await useMockBackend();
  const calls = { count: 0 };
  worker.use(
    http.get('*/api/charges/summary', () => {
      calls.count += 1;
      return answer();
    }),
  );
  return calls;
}

async function mount({
  lang = 'ru',
  href,
  session,
}: { lang?: string; href?: string; session?: Parameters<typeof provideTestSession>[1] } = {}): Promise<{
  due: GuPaymentsDue;
  session: TestSession;
  root: ShadowRoot;
}> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const testSession = provideTestSession(wrapper, session);
  const due = document.createElement('gu-payments-due');
  if (href !== undefined) due.setAttribute('href', href);
  wrapper.append(due);
  await fixture(html`${wrapper}`);
  return { due, session: testSession, root: due.shadowRoot! };
}

const text = (root: ShadowRoot) => deepText(root).replace(/\s+/g, ' ');
const link = (root: ShadowRoot) => root.querySelector<HTMLAnchorElement>('a[part="link"]');

describe('<gu-payments-due>', () => {
  it('says how many charges, their sum, the overdue in words, the nearest due date and a line per kind', async () => {
    await backend();
    const { root } = await mount();
    await until(() => link(root), 'the summary');
    const total = root.querySelector('[part="total"]')!;
    expectVisible(total, 'the total');
    expect(total.textContent!.replace(/\s+/g, ' ').trim()).to.equal('5 начислений на 12 345,50 ₽');
    const overdue = root.querySelector('[part="overdue"]')!;
    expectVisible(overdue, 'the overdue badge');
    expect(overdue.textContent!.trim()).to.equal('Просрочено: 2');
    expect(text(root)).to.contain('Ближайший срок оплаты — 1 декабря 2026 г.');
    const kinds = root.querySelector('ul[part="kinds"]')!;
    expect(kinds.getAttribute('aria-label')).to.equal('По видам начислений');
    expect([...kinds.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Штрафы: 3 на 4 500,00 ₽, просрочено 2',
      'Налоги: 2 на 7 845,50 ₽',
    ]);
    expectVisible(link(root), 'the link');
    expect(link(root)!.textContent!.trim()).to.equal('Перейти к оплате');
    expect(link(root)!.href).to.equal(new URL('/payments', location.href).href);
    await expectAccessible(root.host);
  });

  it('nothing due: says so, and still links to the payments and their history', async () => {
    await backend(() => HttpResponse.json({ count: 0, amountDue: 0, overdueCount: 0, byKind: [] }));
    const { root } = await mount({ href: '/severny/payments' });
    await until(() => link(root), 'the summary');
    expect(text(root)).to.contain('Начислений к оплате нет.');
    expect(root.querySelector('[part="overdue"]')).to.equal(null);
    expect(link(root)!.textContent!.trim()).to.equal('Платежи и история');
    expect(new URL(link(root)!.href).pathname).to.equal('/severny/payments');
  });

  it('links only to its own origin or https: a javascript: or foreign http href gives no link', async () => {
    await backend();
    for (const [href, expected] of [
      ['https://portal.example/lk/payments', 'https://portal.example/lk/payments'],
      ['javascript:alert(1)', null],
      ['//evil.example/payments', null],
      ['http://evil.example/payments', null],
    ] as const) {
      const { root } = await mount({ href });
      await until(() => root.querySelector('[part="total"]'), `the summary (${href})`);
      expect(link(root)?.href ?? null, href).to.equal(expected);
    }
  });

  it('fires the cancelable gu-payments-due-open; a page that prevents it keeps the browser where it is', async () => {
    await backend();
    const { due, root } = await mount({ href: '/severny/payments' });
    await until(() => link(root), 'the link');
    const heard: string[] = [];
    due.addEventListener('gu-payments-due-open', (event) => {
      heard.push(event.detail.href);
      event.preventDefault();
    });
    const before = location.href;
    link(root)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => heard.length === 1, 'the event');
    expect(heard).to.deep.equal([new URL('/severny/payments', location.href).href]);
    expect(location.href).to.equal(before);
  });

  it('signed out: nothing personal, an invitation to sign in whose button signs in', async () => {
    const calls = await backend();
    const { root, session } = await mount({
      session: { status: 'signed-out', citizen: undefined, level: undefined },
    });
    await until(() => root.querySelector('button'), 'the invitation');
    expect(text(root)).to.contain('Войдите, чтобы увидеть штрафы, налоги и другие начисления к оплате.');
    expect(calls.count).to.equal(0);
    root.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(session.calls).to.deep.equal(['signIn:redirect']);
    await expectAccessible(root.host);
  });

  it('signing out takes the summary away; another citizen signing in gets their own', async () => {
    const calls = await backend();
    const { root, session } = await mount();
    await until(() => link(root), 'the summary');
    session.update({ status: 'signed-out', citizen: undefined, level: undefined });
    await until(() => !root.querySelector('[part="total"]'), 'the summary gone');
    expectNoText(root, ['12 345,50', 'Просрочено'], 'after sign-out');
    session.update({ status: 'signed-in', citizen: { ...session.current.citizen!, id: 'citizen-2' } });
    await until(() => calls.count === 2 && link(root), 'loaded again for the new citizen');
  });

  it('a failure is said in an alert with the core wording; «Повторить» from the keyboard loads it', async () => {
    let fail = true;
    const calls = await backend(() =>
      fail ? HttpResponse.json({ code: 'internal', message: 'x' }, { status: 500 }) : HttpResponse.json(SUMMARY),
    );
    const recorder = recordAnnouncements();
    try {
      const { root } = await mount();
      await until(() => root.querySelector('[role="alert"]'), 'the alert', 20_000);
      const alert = root.querySelector('[role="alert"]')!;
      expectVisible(alert, 'the alert');
      expect(alert.textContent).to.contain('Не удалось узнать, что к оплате.');
      await until(() => /Сервис временно|сервер|ошибк/i.test(alert.textContent ?? ''), 'the core wording', 20_000);
      await recorder.until(/Не удалось узнать, что к оплате/);
      const retry = root.querySelector<HTMLButtonElement>('[role="alert"] button')!;
      expect(retry.textContent!.trim()).to.equal('Повторить');
      fail = false;
      const before = calls.count;
      retry.focus();
      expect(deepActiveElement()).to.equal(retry);
      await sendKeys({ press: 'Enter' });
      await until(() => calls.count > before && link(root), 'the summary after the retry');
      expect(root.querySelector('[role="alert"]')).to.equal(null);
    } finally {
      recorder.stop();
    }
  });

  it('a malformed answer is a failure, not a wrong summary', async () => {
    await backend(() => HttpResponse.json({ count: -1, amountDue: 'много', byKind: [] }));
    const { root } = await mount();
    await until(() => root.querySelector('[role="alert"]'), 'the alert', 20_000);
    expect(root.querySelector('[part="total"]')).to.equal(null);
  });

  it('says it is loading while the answer is on its way', async () => {
    await backend(async () => {
      await delay('infinite');
      return HttpResponse.json(SUMMARY);
    });
    const { root } = await mount();
    await until(() => root.querySelector('[role="status"]')?.textContent?.includes('Загружаем'), 'the loading text');
    expectVisible(root.querySelector('[role="status"]'), 'the loading text');
  });

  it('loads again when a payment completes on the page (gu-payments-paid)', async () => {
    const calls = await backend();
    const { root } = await mount();
    await until(() => link(root), 'the summary');
    const before = calls.count;
    document.body.dispatchEvent(
      new GuPaymentsPaidEvent({ paymentId: 'p-1', amount: 100, chargeIds: ['c-1'], method: 'card' }),
    );
    await until(() => calls.count > before, 'loaded again');
  });

  it('in English, with English plurals and money', async () => {
    await backend();
    const { root } = await mount({ lang: 'en' });
    await until(() => link(root), 'the summary');
    await until(() => root.querySelector('[part="total"]')?.textContent?.includes('charges'), 'English');
    expect(root.querySelector('[part="total"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '5 charges, RUB 12,345.50 in total',
    );
    expect(text(root)).to.contain('Overdue: 2');
    expect(text(root)).to.contain('Next due date: 1 December 2026');
    expect(link(root)!.textContent!.trim()).to.equal('Go to payments');
    expect(/[а-яё]/i.test(text(root))).to.equal(false);
    await expectAccessible(root.host);
  });
});
