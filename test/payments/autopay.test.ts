/** «Автоплатёж»: per provider on/off, limit, card and reminder — messages next to the fields, saved and announced. */
import { expect } from '@open-wc/testing';
import { autopayRulesOf } from '../../mocks/payments/autopay.js';
import {
  deepActiveElement,
  deepText,
  expectAccessible,
  mountPayments,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
  type PaymentsHarness,
} from './harness.js';

async function mountAutopay(options: Parameters<typeof mountPayments>[0] = {}): Promise<{
  h: PaymentsHarness;
  autopay: ShadowRoot;
}> {
  const h = await mountPayments({ view: 'cards', ...options });
  const root = await h.waitForView('cards');
  let autopay: ShadowRoot | undefined;
  await until(() => {
    autopay = root.querySelector('gu-payments-autopay')?.shadowRoot ?? undefined;
    return autopay?.querySelector('[data-provider="mosvodokanal"]');
  }, 'the autopay rules');
  return { h, autopay: autopay! };
}

describe('gu-payments-autopay', () => {
  it('enabling without a card and limit: messages next to the fields, focus and announcement, nothing sent', async () => {
    const { h, autopay } = await mountAutopay();
    let sent = 0;
    h.worker.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') sent += 1;
    });
    const said = recordAnnouncements();
    await tabTo((el) => el.id === 'enabled-mosvodokanal', 'the water autopay switch');
    await sendKeys({ press: 'Space' });
    expect(autopay.querySelector<HTMLInputElement>('#enabled-mosvodokanal')!.checked).to.equal(true);
    await tabTo((el) => el.id === 'remind-mosvodokanal', 'the reminder');
    await sendKeys({ press: 'Enter' }); // submits the provider's form
    const cardError = autopay.querySelector<HTMLElement>('#cardId-error-mosvodokanal')!;
    await until(() => !cardError.hidden, 'the card message');
    expect(cardError.textContent).to.include('Выберите карту для автоплатежа.');
    const limitError = autopay.querySelector<HTMLElement>('#limit-error-mosvodokanal')!;
    expect(limitError.textContent).to.include('Укажите лимит в месяц.');
    expect(deepActiveElement()).to.equal(autopay.querySelector('#limit-mosvodokanal'));
    expect(autopay.querySelector('#cardId-mosvodokanal')!.getAttribute('aria-describedby')).to.include(
      'cardId-error-mosvodokanal',
    );
    await said.until('Выберите карту для автоплатежа.');
    expect(sent).to.equal(0);
    await expectAccessible(h.widget);
  });

  it('enables with a card, a limit and a reminder: saved, announced and the event fired', async () => {
    const { h, autopay } = await mountAutopay();
    const events: Array<{ providerId: string; enabled: boolean; remindDaysBefore: number }> = [];
    h.wrapper.addEventListener('gu-payments-autopay-changed', (e) => events.push(e.detail));
    const said = recordAnnouncements();
    await tabTo((el) => el.id === 'enabled-mosvodokanal', 'the water autopay switch');
    await sendKeys({ press: 'Space' });
    await tabTo((el) => el.id === 'limit-mosvodokanal', 'the limit');
    await sendKeys({ type: '3500,50' });
    await tabTo((el) => el.id === 'cardId-mosvodokanal', 'the card');
    const select = autopay.querySelector<HTMLSelectElement>('#cardId-mosvodokanal')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Выберите карту',
      '•••• 4276',
      '•••• 0366',
    ]);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => select.value === 'card-1', 'card chosen');
    await tabTo((el) => el.id === 'remind-mosvodokanal', 'the reminder');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '4' });
    await tabTo(
      (el) => el.textContent?.includes('Сохранить') === true && el.closest('[data-provider="mosvodokanal"]') !== null,
      'save',
    );
    await sendKeys({ press: 'Enter' });
    await said.until('Автоплатёж для АО «Мосводоканал» сохранён.');
    const last = said.said.join(' ');
    expect(last).to.match(/Включён: до 3\s500,50\s₽ в месяц/);
    expect(last).to.include('•••• 4276');
    expect(last).to.include('Напомним за 4 дня до срока.');
    expect(events).to.deep.equal([{ providerId: 'mosvodokanal', enabled: true, remindDaysBefore: 4 }]);
    const rule = autopayRulesOf('person-1').find((r) => r.providerId === 'mosvodokanal')!;
    expect(rule).to.include({ enabled: true, monthlyLimit: 350_050, cardId: 'card-1', remindDaysBefore: 4 });
    await until(() => deepText(autopay.querySelector('[data-provider="mosvodokanal"]')!).includes('Включён'), 'badge');
  });

  it('a reminder out of 0–10 is refused next to its field', async () => {
    const { autopay } = await mountAutopay();
    const remind = autopay.querySelector<HTMLInputElement>('#remind-eirc')!;
    remind.focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Enter' });
    const error = autopay.querySelector<HTMLElement>('#remind-error-eirc')!;
    await until(() => !error.hidden, 'the reminder message');
    expect(error.textContent).to.include('от 0 до 10');
    expect(remind.value).to.equal('12');
  });

  it('without linked cards points to linking one', async () => {
    const { h, autopay } = await mountAutopay({
      beforeMount: async () => {
        // the default citizen without cards, as if they removed both
        for (const id of ['card-1', 'card-2'])
          await fetch(`/api/cards/${id}`, { method: 'DELETE', headers: { Authorization: 'Bearer test-token-1' } });
      },
    });
    const root = h.part();
    expect(root.querySelector('[data-card]')).to.equal(null);
    expect(deepText(autopay)).to.include('Нет привязанных карт');
    const pointer = [...autopay.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Перейти к привязке карты'),
    )!;
    pointer.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement() === root.querySelector('#link'), '«Привязать карту» focused');
  });
});
