/** «Начисления»: groups and sums, a fine's discount as the charge gives it, overdue, states, paging, reload. */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { formatDate, formatMoney } from '../../components/core/i18n/format.js';
import { PaymentsChangedEvent } from '../../components/payments/events.js';
import type { Charge } from '../../components/payments/types.js';
import { currentCharge } from '../../mocks/db/index.js';
import { expectNoText, expectVisible } from '../helpers/perceive.js';
import {
  buttonsNamed,
  deepActiveElement,
  deepText,
  expectAccessible,
  getDb,
  mountPayments,
  recordAnnouncements,
  until,
} from './harness.js';

/** Text as read, spaces of every kind as one (money is written with no-break spaces). */
const flat = (value: string): string => value.replace(/\s+/g, ' ').trim();
const money = (kopecks: number): string => flat(formatMoney('ru', kopecks));
/** The text of a node: its own DOM's text, or across shadow roots (the core states) when it has none of its own. */
const text = (node: Node | null | undefined): string =>
  node ? flat(node instanceof Element && node.shadowRoot ? deepText(node) : (node.textContent ?? '')) : '';

/** The default citizen's charges as the server decides them today. */
function mine(): Charge[] {
  return getDb()
    .charges.filter((charge) => charge.ownerId === 'person-1')
    .map((charge) => currentCharge(charge) as Charge);
}

/** A fine as the contract gives it, for overrides. */
function fine(overrides: Partial<Charge>): Charge {
  return {
    id: 'fine-x',
    uin: '18810177200000000009',
    kind: 'fine',
    title: 'Штраф за превышение скорости',
    reason: 'Превышение скорости на 20–40 км/ч (ч. 2 ст. 12.9 КоАП РФ)',
    payee: 'УФК по г. Москве (ГИБДД ГУ МВД России по г. Москве)',
    amount: 50_000,
    amountDue: 25_000,
    issuedAt: '2026-11-20',
    dueDate: '2027-01-29',
    overdue: false,
    status: 'unpaid',
    resolutionNumber: '18810177200000000009',
    resolutionDate: '2026-11-20',
    source: { type: 'document', documentId: 'doc-1' },
    disputable: true,
    ...overrides,
  };
}

/** Answers GET /charges?kind=fine with `fines`; every other request goes on to the mock. */
function finesAre(fines: Charge[]) {
  return http.get('*/api/charges', ({ request }) => {
    const url = new URL(request.url);
    if (url.searchParams.getAll('kind').join() !== 'fine') return undefined;
    return HttpResponse.json({ items: fines, total: fines.length, page: 1, pageSize: 20 });
  });
}

const group = (root: ShadowRoot, kind: string) => root.querySelector<HTMLElement>(`[data-group="${kind}"]`);
const row = (root: ShadowRoot, id: string) => root.querySelector<HTMLElement>(`[data-charge-id="${CSS.escape(id)}"]`);

describe('<gu-payments> «Начисления»', () => {
  it('groups the charges by kind, each with its count and sum due, taxes by kind, utilities by provider', async function () {
    this.timeout(90_000);
    const h = await mountPayments();
    const root = await h.waitForView('charges', (r) => r.querySelector('[data-group]'));
    const charges = mine();
    const headings = [...root.querySelectorAll('[data-group] h4')].map((h4) => h4.textContent?.trim());
    const names = { fine: 'Штрафы', tax: 'Налоги', utility: 'Коммунальные платежи', duty: 'Госпошлины' } as const;
    for (const kind of ['fine', 'tax', 'utility', 'duty'] as const) {
      const unpaid = charges.filter((charge) => charge.kind === kind && charge.status === 'unpaid');
      if (unpaid.length === 0) continue;
      expect(headings, kind).to.include(names[kind]);
      const sum = unpaid.reduce((total, charge) => total + charge.amountDue, 0);
      const summary = text(group(root, kind)!.querySelector('[data-group-sum]'));
      expect(summary, kind).to.contain(money(sum));
      expect(summary, kind).to.match(new RegExp(`^${unpaid.length} начислени`));
    }
    // Taxes under their kind's heading; utilities under the provider with the account and balance.
    const taxes = group(root, 'tax')!;
    const taxKinds = [...taxes.querySelectorAll('h5')].map((h5) => h5.textContent?.trim());
    expect(taxKinds.length).to.be.greaterThan(0);
    for (const name of taxKinds)
      expect(['НДФЛ', 'Транспортный налог', 'Земельный налог', 'Налог на имущество', 'Другие налоги']).to.include(name);
    const utility = charges.find((charge) => charge.kind === 'utility' && charge.status === 'unpaid');
    if (utility?.utility) {
      const utilities = group(root, 'utility')!;
      expect(text(utilities)).to.contain(utility.utility.providerName);
      expect(text(utilities)).to.contain(`Лицевой счёт: ${utility.utility.accountNumber}`);
      expect(utilities.querySelector('[data-balance]')).to.exist;
    }
    // Each charge: title, reason, payee, accrual date, amount, УИН grouped for reading, status in words.
    const first = charges.find((charge) => charge.kind === 'fine' && charge.status === 'unpaid')!;
    const shown = text(row(root, first.id));
    for (const part of [first.title, first.reason, first.payee, money(first.amountDue), 'Начислено', 'Не оплачено'])
      expect(shown).to.contain(part);
    expect(shown).to.contain(`УИН ${first.uin.slice(0, 3)} ${first.uin.slice(3, 7)}`);
    expectVisible(row(root, first.id), 'a charge');
    await expectAccessible(h.widget);
  });

  it('shows a fine’s discount exactly as the charge gives it, before and after its deadline', async function () {
    this.timeout(90_000);
    const h = await mountPayments({
      beforeMount: (worker) =>
        worker.use(
          finesAre([
            fine({ id: 'fine-a', discount: { amount: 25_000, until: '2026-12-10', active: true } }),
            fine({
              id: 'fine-b',
              uin: '18810177200000000017',
              resolutionNumber: '18810177200000000017',
              amountDue: 50_000,
              discount: { amount: 25_000, until: '2026-12-10', active: false },
            }),
          ]),
        ),
    });
    const root = await h.waitForView('charges', (r) => row(r, 'fine-b'));
    const before = text(row(root, 'fine-a'));
    expect(before).to.contain('Скидка 50 %: 250,00 ₽ до 10 декабря 2026 г.');
    expect(before).to.contain('Полная сумма: 500,00 ₽');
    expect(before).to.contain('Постановление № 18810177200000000009 от 20 ноября 2026 г.');
    expect(flat(row(root, 'fine-a')!.querySelector('input[type=checkbox]')!.getAttribute('aria-label')!)).to.equal(
      'Выбрать к оплате: Штраф за превышение скорости, 250,00 ₽',
    );
    const after = text(row(root, 'fine-b'));
    expect(after).to.contain('Срок скидки истёк 10 декабря; к оплате полная сумма');
    expect(after).to.contain(money(50_000));
    expect(after).not.to.contain('Скидка 50 %');
    expect(after).to.contain('Постановление № 18810177200000000017');
  });

  it('marks an overdue charge in words, not by colour alone', async function () {
    this.timeout(90_000);
    const h = await mountPayments({
      beforeMount: (worker) =>
        worker.use(finesAre([fine({ id: 'late', overdue: true, dueDate: '2026-10-01' }), fine({ id: 'fresh' })])),
    });
    const root = await h.waitForView('charges', (r) => row(r, 'late'));
    const late = row(root, 'late')!;
    const badge = late.querySelector('[data-overdue]');
    expect(badge?.textContent?.trim()).to.equal('Просрочено');
    expectVisible(badge, 'the overdue badge');
    expect(getComputedStyle(badge!, '::before').content).to.not.equal('none');
    expect(text(late)).to.contain('Оплатить до 1 октября 2026 г.');
    expect(row(root, 'fresh')!.querySelector('[data-overdue]')).to.equal(null);
  });

  it('shows a charge being paid with «Платёж обрабатывается» and opens its payment', async function () {
    this.timeout(90_000);
    const h = await mountPayments({
      beforeMount: (worker) =>
        worker.use(finesAre([fine({ id: 'paying', status: 'processing', paymentId: 'payment-77' })])),
    });
    const root = await h.waitForView('charges', (r) => row(r, 'paying'));
    const paying = row(root, 'paying')!;
    expect(text(paying)).to.contain('Платёж обрабатывается');
    expect(paying.querySelector('input[type=checkbox]')).to.equal(null);
    buttonsNamed(paying, 'Открыть платёж')[0]!.click();
    await until(() => h.widget.view === 'payment', 'the payment view');
    expect(h.widget.paymentId).to.equal('payment-77');
  });

  it('«Оспорить» on a disputable fine opens the dispute of that fine', async function () {
    this.timeout(90_000);
    const h = await mountPayments({
      beforeMount: (worker) =>
        worker.use(finesAre([fine({ id: 'to-dispute' }), fine({ id: 'no', disputable: false })])),
    });
    const root = await h.waitForView('charges', (r) => row(r, 'to-dispute'));
    expect(buttonsNamed(row(root, 'no')!, 'Оспорить')).to.have.length(0);
    const dispute = buttonsNamed(row(root, 'to-dispute')!, 'Оспорить')[0]!;
    expect(dispute.getAttribute('aria-label')).to.equal('Оспорить: Штраф за превышение скорости');
    dispute.click();
    await until(() => h.widget.view === 'dispute', 'the dispute view');
    expect(h.widget.chargeId).to.equal('to-dispute');
  });

  it('says there are no charges, what that means and where documents for search are added', async function () {
    this.timeout(90_000);
    const h = await mountPayments({ scenario: 'empty' });
    const root = await h.waitForView('charges', (r) => r.querySelector('gu-empty-state'));
    const empty = root.querySelector('gu-empty-state')!;
    expect(text(empty)).to.contain('Начислений нет');
    expect(text(empty)).to.contain('документы для поиска');
    const toDocuments = root.querySelector<HTMLButtonElement>('[data-to-documents]')!;
    expect(toDocuments.textContent?.trim()).to.equal('Документы для поиска');
    await expectAccessible(h.widget);
    toDocuments.click();
    await until(() => h.widget.view === 'documents', 'the documents view');
  });

  for (const [name, reply] of [
    ['a server error', () => HttpResponse.json({ code: 'internal', message: 'x' }, { status: 500 })],
    ['a malformed body', () => HttpResponse.json({ count: 'many' })],
    ['no connection', () => HttpResponse.error()],
  ] as const)
    it(`after ${name} says so and «Повторить» loads the charges`, async function () {
      this.timeout(90_000);
      let failing = true;
      const h = await mountPayments({
        beforeMount: (worker) => worker.use(http.get('*/api/charges/summary', () => (failing ? reply() : undefined))),
      });
      const root = await h.waitForView('charges', (r) => r.querySelector('gu-error-state'));
      const error = root.querySelector('gu-error-state')!;
      expect(text(error)).to.contain('Не удалось загрузить начисления');
      failing = false;
      const retry = error.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
      expect(retry.textContent?.trim()).to.equal('Повторить');
      retry.click();
      await until(() => root.querySelector('[data-group]'), 'the groups after the retry');
      expect(root.querySelector('gu-error-state')).to.equal(null);
    });

  it('reloads when another part says the charges changed', async function () {
    this.timeout(90_000);
    let calls = 0;
    const h = await mountPayments({
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/charges/summary', () => {
            calls += 1;
            return undefined;
          }),
        ),
    });
    const root = await h.waitForView('charges', (r) => r.querySelector('[data-group]'));
    expect(calls).to.equal(1);
    const paid = mine().find((charge) => charge.kind === 'fine' && charge.status === 'unpaid')!;
    getDb().charges.find((charge) => charge.id === paid.id)!.status = 'paid';
    h.partElement()!.dispatchEvent(new PaymentsChangedEvent({ what: ['charges'] }));
    await until(() => calls === 2 && root.querySelector('[data-group]') && !row(root, paid.id), 'the reloaded list');
  });

  it('with 1 000 charges draws only each group’s first page; «Показать ещё» adds the next and focuses it', async function () {
    this.timeout(90_000);
    const h = await mountPayments({ scenario: 'large' });
    const root = await h.waitForView('charges', (r) => r.querySelector('[data-group]'), 20_000);
    const rows = root.querySelectorAll('[data-charge-id]');
    const groups = root.querySelectorAll('[data-group]');
    expect(rows.length).to.be.at.most(groups.length * 20);
    for (const each of groups) expect(each.querySelectorAll('[data-charge-id]').length).to.be.at.most(20);
    const fines = group(root, 'fine')!;
    const more = fines.querySelector<HTMLButtonElement>('[data-more]')!;
    expect(text(more)).to.match(/Показать ещё: Штрафы \(осталось [\d\s\u00a0]+\)/);
    const before = [...fines.querySelectorAll<HTMLElement>('[data-charge-id]')].map((el) => el.dataset.chargeId);
    more.focus();
    more.click();
    await until(() => fines.querySelectorAll('[data-charge-id]').length === 40, 'the second page');
    const firstNew = [...fines.querySelectorAll<HTMLElement>('[data-charge-id]')][20]!;
    expect(before).not.to.include(firstNew.dataset.chargeId);
    await until(() => deepActiveElement() === firstNew, 'focus on the first new charge');
  });

  it('is in English on an English page', async function () {
    this.timeout(90_000);
    const h = await mountPayments({
      locale: 'en',
      beforeMount: (worker) =>
        worker.use(
          finesAre([
            fine({ id: 'fine-a', discount: { amount: 25_000, until: '2026-12-10', active: true } }),
            fine({ id: 'fine-b', amountDue: 50_000, discount: { amount: 25_000, until: '2026-12-10', active: false } }),
          ]),
        ),
    });
    const root = await h.waitForView('charges', (r) => row(r, 'fine-b'));
    expect(root.querySelector('h3')!.textContent?.trim()).to.equal('Charges');
    expect(group(root, 'fine')!.querySelector('h4')!.textContent?.trim()).to.equal('Fines');
    const until10 = formatDate('en', '2026-12-10');
    expect(text(row(root, 'fine-a'))).to.contain(flat(`50 % discount: ${formatMoney('en', 25_000)} until ${until10}`));
    expect(text(row(root, 'fine-b'))).to.contain('The discount expired on 10 December; the full amount is due');
    expect(text(root.querySelector('[data-total]'))).to.contain('Nothing is selected.');
    // The widget's own words are English (the server's data stays as the agency wrote it).
    expectNoText(root, ['Штрафы', 'Выбрать все', 'К оплате', 'Оплатить', 'Скидка', 'Получатель'], 'en');
  });

  it('says the charges are loading once the answer takes a moment', async function () {
    this.timeout(90_000);
    const h = await mountPayments({
      beforeMount: (worker) => worker.use(http.get('*/api/charges/summary', () => delay('infinite'))),
    });
    const announcements = recordAnnouncements();
    await until(() => h.partElement()?.shadowRoot?.querySelector('[aria-busy="true"] gu-loading-state'), 'loading');
    await announcements.until('Загружаем начисления');
    announcements.stop();
  });
});
