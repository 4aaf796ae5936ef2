/** «Начисления» by keyboard: select with Space, «Выбрать все», the total said, «Оплатить», the limit, kept across views. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { Charge } from '../../components/payments/types.js';
import { currentCharge } from '../../mocks/db/index.js';
import {
  accessibleName,
  deepActiveElement,
  expectAccessible,
  getDb,
  mountPayments,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
  type PaymentsHarness,
} from './harness.js';

const flat = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();
const isCheckbox = (el: Element) => el instanceof HTMLInputElement && el.type === 'checkbox';
const totalLine = (root: ShadowRoot) => flat(root.querySelector('[data-total-line]')?.textContent);
const payButton = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[data-pay]')!;

/** The default citizen's unpaid fines, in the list's order (overdue first, then the soonest due). */
function unpaidFines(): Charge[] {
  return getDb()
    .charges.filter((charge) => charge.ownerId === 'person-1' && charge.kind === 'fine')
    .map((charge) => currentCharge(charge) as Charge)
    .filter((charge) => charge.status === 'unpaid');
}

async function openCharges(h: PaymentsHarness): Promise<ShadowRoot> {
  const root = await h.waitForView('charges', (r) => r.querySelector('[data-group]'));
  root.querySelector<HTMLElement>('h3')!.focus();
  return root;
}

describe('<gu-payments> «Начисления»: selection', () => {
  it('keyboard only: Tab to a charge, Space selects it, the total is said, «Оплатить» opens the checkout', async function () {
    this.timeout(90_000);
    const h = await mountPayments();
    const root = await openCharges(h);
    // Nothing selected: «Оплатить» says why it does nothing.
    const pay = payButton(root);
    expect(pay.getAttribute('aria-disabled')).to.equal('true');
    expect(flat(root.getElementById(pay.getAttribute('aria-describedby')!)?.textContent)).to.contain(
      'Отметьте начисления',
    );
    const announcements = recordAnnouncements();
    const box = (await tabTo(isCheckbox, 'the first charge’s checkbox')) as HTMLInputElement;
    const charge = root.querySelector<HTMLElement>('[data-charge-id]')!;
    expect(charge.contains(box)).to.equal(true);
    const name = flat(accessibleName(box));
    expect(name).to.match(/^Выбрать к оплате: .+, [\d\s\u00a0]+,\d\d ₽$/);
    await sendKeys({ press: 'Space' });
    await until(() => box.checked, 'the checkbox checked');
    await until(() => totalLine(root).startsWith('К оплате: 1 начисление на '), 'the total');
    const amount = name.slice(name.lastIndexOf(', ') + 2);
    expect(totalLine(root)).to.equal(flat(`К оплате: 1 начисление на ${amount}`));
    expect(flat(root.querySelector('[data-total-lines]')?.textContent)).to.contain(
      flat(charge.querySelector('.charge-title')!.textContent),
    );
    await announcements.until(/Выбрано 1 начисление на/);
    // A second one, then «Оплатить».
    await sendKeys({ press: 'Tab' });
    const second = (await tabTo(isCheckbox, 'the next checkbox')) as HTMLInputElement;
    expect(second).not.to.equal(box);
    await sendKeys({ press: 'Space' });
    await until(() => totalLine(root).startsWith('К оплате: 2 начисления на '), 'two in the total');
    await announcements.until(/Выбрано 2 начисления на/);
    announcements.stop();
    expect(pay.getAttribute('aria-disabled')).to.equal('false');
    await expectAccessible(h.widget);
    await tabTo((el) => el === pay, '«Оплатить»', { max: 300 });
    await sendKeys({ press: 'Enter' });
    await until(() => h.widget.view === 'checkout', 'the checkout view');
    await until(
      () => {
        const active = deepActiveElement();
        const checkout = h.root.querySelector('gu-payments-checkout');
        return active && /^H[1-6]$/.test(active.tagName) && checkout?.shadowRoot?.contains(active);
      },
      `focus on the checkout’s heading (${deepActiveElement()?.outerHTML.slice(0, 80)})`,
    );
    expect(h.widget.shadowRoot!.querySelector('gu-payments-charges')).to.equal(null);
  });

  it('«Оплатить» with nothing selected stays and points at the explanation', async function () {
    this.timeout(90_000);
    const h = await mountPayments();
    const root = await openCharges(h);
    await tabTo((el) => el === payButton(root), '«Оплатить»', { max: 300 });
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.id === 'pay-hint', 'focus on the explanation');
    expect(h.widget.view).to.equal('charges');
  });

  it('«Выбрать все» selects a group’s charges, says the total once, and clears them again', async function () {
    this.timeout(90_000);
    const h = await mountPayments();
    const root = await openCharges(h);
    const fines = unpaidFines().slice(0, 20);
    const announcements = recordAnnouncements();
    const selectAll = (await tabTo(
      (el) => accessibleName(el) === 'Выбрать все: Штрафы',
      '«Выбрать все» of the fines',
    )) as HTMLButtonElement;
    await sendKeys({ press: 'Space' });
    await until(() => h.widget.shadowRoot && totalLine(root).includes(`${fines.length} `), 'the group in the total');
    const fineBoxes = [...root.querySelectorAll<HTMLInputElement>('[data-group="fine"] input[type=checkbox]')];
    expect(fineBoxes.every((box) => box.checked)).to.equal(true);
    expect(accessibleName(selectAll)).to.equal('Снять выбор: Штрафы');
    await announcements.until(/^Выбрано \d+ начислени/);
    expect(announcements.said.filter((line) => line.startsWith('Выбрано'))).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    await until(() => totalLine(root) === 'Ничего не выбрано.', 'the selection cleared');
    await announcements.until('Выбор снят');
    announcements.stop();
  });

  it('says the 50-charge limit of one payment when «Выбрать все» reaches it', async function () {
    this.timeout(90_000);
    const many = Array.from({ length: 55 }, (_, i) => ({
      ...(unpaidFines()[0] ?? {}),
      id: `many-${i}`,
      title: `Штраф ${i + 1}`,
      status: 'unpaid',
      amount: 50_000,
      amountDue: 50_000,
      discount: undefined,
    }));
    const h = await mountPayments({
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/charges', ({ request }) =>
            new URL(request.url).searchParams.get('kind') === 'fine'
              ? HttpResponse.json({ items: many, total: 55, page: 1, pageSize: 20 })
              : undefined,
          ),
        ),
    });
    const root = await openCharges(h);
    const announcements = recordAnnouncements();
    await tabTo((el) => accessibleName(el) === 'Выбрать все: Штрафы', '«Выбрать все» of the fines');
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('[data-limit]'), 'the limit said');
    expect(flat(root.querySelector('[data-limit]')!.textContent)).to.equal(
      'В один платёж можно включить не больше 50 начислений. Не добавлено: 5 начислений. ' +
        'Оплатите выбранные, затем выберите остальные.',
    );
    expect(totalLine(root)).to.equal(flat('К оплате: 50 начислений на 25 000,00 ₽'));
    await announcements.until('не больше 50 начислений');
    announcements.stop();
  });

  it('keeps the selection and the loaded pages after a visit to the history', async function () {
    this.timeout(90_000);
    const h = await mountPayments({ pageSize: 2 });
    const root = await openCharges(h);
    const fines = root.querySelector<HTMLElement>('[data-group="fine"]')!;
    fines.querySelector<HTMLButtonElement>('[data-more]')!.click();
    await until(() => fines.querySelectorAll('[data-charge-id]').length === 4, 'the second page of fines');
    const box = fines.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    box.focus();
    await sendKeys({ press: 'Space' });
    await until(() => totalLine(root).startsWith('К оплате: 1 начисление'), 'one selected');
    const selected = box.closest<HTMLElement>('[data-charge-id]')!.dataset.chargeId!;
    let listCalls = 0;
    h.worker.use(
      http.get('*/api/charges', () => {
        listCalls += 1;
        return undefined;
      }),
    );
    await h.openSection('История платежей');
    await h.waitForView('history');
    await h.openSection('Начисления');
    const back = await h.waitForView('charges', (r) => r.querySelector('[data-group]'));
    expect(back).not.to.equal(root);
    const again = back.querySelector<HTMLElement>('[data-group="fine"]')!;
    expect(again.querySelectorAll('[data-charge-id]').length).to.equal(4);
    const row = again.querySelector<HTMLElement>(`[data-charge-id="${CSS.escape(selected)}"]`)!;
    expect(row.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.equal(true);
    expect(totalLine(back)).to.match(/^К оплате: 1 начисление на/);
    expect(listCalls).to.equal(0);
  });

  it('opens the search for a charge in a disclosure, loaded when first opened', async function () {
    this.timeout(90_000);
    const h = await mountPayments();
    const root = await openCharges(h);
    const toggle = (await tabTo(
      (el) => accessibleName(el).includes('Найти начисление по УИН'),
      'the search disclosure',
    )) as HTMLButtonElement;
    const body = root.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(body.hidden).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    // The documents helper's search part, loaded now, under this view's heading.
    await until(() => body.querySelector('gu-payments-find')?.shadowRoot?.querySelector('h4'), 'the search part');
    await expectAccessible(h.widget);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await until(() => body.hidden, 'the search closed');
  });

  it('loads afresh for another citizen signing in on the same element (nothing kept of the previous one)', async function () {
    this.timeout(90_000);
    let summaries = 0;
    const h = await mountPayments({
      beforeMount: (worker) =>
        worker.use(
          http.get('*/api/charges/summary', () => {
            summaries += 1;
            return undefined;
          }),
        ),
    });
    const root = await openCharges(h);
    root.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await until(() => totalLine(root).startsWith('К оплате: 1'), 'one selected');
    expect(summaries).to.equal(1);
    const citizen = h.session.current.citizen!;
    h.session.update({ status: 'signed-out', citizen: undefined });
    await until(() => !h.partElement(), 'the view gone while signed out');
    h.session.update({ status: 'signed-in', citizen: { ...citizen, id: 'citizen-2' } });
    const fresh = await h.waitForView('charges', (r) => r.querySelector('[data-group]'));
    expect(summaries).to.equal(2);
    expect(totalLine(fresh)).to.equal('Ничего не выбрано.');
  });
});
