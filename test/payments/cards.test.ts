/** «Привязанные карты»: the cards with the last four digits only, removal with confirmation, linking and its return. */
import { expect } from '@open-wc/testing';
import { completeBinding, startTestBinding } from '../../mocks/payments/cards.js';
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
  byName,
} from './harness.js';

/** Every run of 13–19 digits (spaces or dashes between groups allowed): a card number shown would match. */
const CARD_NUMBER = /\d(?:[ -]?\d){12,18}/;

describe('gu-payments-cards', () => {
  afterEach(() => {
    const url = new URL(location.href);
    url.searchParams.delete('gu-card-binding');
    history.replaceState(history.state, '', url.href);
  });

  it('lists the linked cards by brand, last four digits and expiry — never a card number', async () => {
    const h = await mountPayments({ view: 'cards' });
    const root = await h.waitForView('cards', (r) => r.querySelectorAll('[data-card]').length === 2);
    const text = deepText(root);
    expect(text).to.include('Мир');
    expect(text).to.include('•••• 4276');
    expect(text).to.include('до 09/28');
    expect(text).to.include('Visa');
    expect(text).to.include('•••• 0366');
    expect(deepText(h.widget.shadowRoot!)).not.to.match(CARD_NUMBER);
    await expectAccessible(h.widget);
  });

  it('removes a card after the confirmation, by keyboard; the autopay it paid is switched off and said', async () => {
    const h = await mountPayments({ view: 'cards' });
    const root = await h.waitForView('cards', (r) => r.querySelectorAll('[data-card]').length === 2);
    const said = recordAnnouncements();
    await tabTo(byName('Удалить Мир •••• 4276'), 'the remove button of card 4276');
    await sendKeys({ press: 'Enter' });
    const dialog = root.querySelector('gu-dialog')!;
    await until(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the confirmation');
    expect(dialog.getAttribute('heading')).to.equal('Удалить карту Мир •••• 4276?');
    // focus is in the dialog, on «Оставить»; the next Tab reaches «Удалить карту»
    await tabTo((el) => el.id === 'confirm-remove', 'the confirm button', { max: 5 });
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelectorAll('[data-card]').length === 1, 'the card gone');
    expect([...root.querySelectorAll('[data-card]')].map((li) => deepText(li)).join(' ')).not.to.include('•••• 4276');
    await said.until('Карта Мир •••• 4276 удалена. Автоплатёж отключён: АО «Мосэнергосбыт».');
    expect(autopayRulesOf('person-1').find((r) => r.providerId === 'mosenergosbyt')!.enabled).to.equal(false);
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(deepActiveElement()).to.equal(root.querySelector('#cards-heading'));
  });

  it('keeps the card when the confirmation is cancelled with Escape', async () => {
    const h = await mountPayments({ view: 'cards' });
    const root = await h.waitForView('cards', (r) => r.querySelectorAll('[data-card]').length === 2);
    await tabTo(byName('Удалить Visa •••• 0366'), 'the remove button of card 0366');
    await sendKeys({ press: 'Enter' });
    const dialog = root.querySelector('gu-dialog')!;
    await until(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'the confirmation');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.shadowRoot!.querySelector('dialog')!.open, 'closed');
    expect(root.querySelectorAll('[data-card]').length).to.equal(2);
  });

  it('back from the acquirer with ?gu-card-binding: the linked card announced and listed', async () => {
    let bindingId = '';
    const said = recordAnnouncements();
    const h = await mountPayments({
      view: 'charges',
      beforeMount: () => {
        bindingId = startTestBinding('person-1');
        completeBinding(bindingId, { card: { last4: '4242', brand: 'visa', expires: '12/29' } });
        const url = new URL(location.href);
        url.searchParams.set('gu-card-binding', bindingId);
        history.replaceState(history.state, '', url.href);
      },
    });
    const root = await h.waitForView('cards', (r) => r.querySelectorAll('[data-card]').length === 3);
    await said.until('Карта •••• 4242 привязана.');
    expect(deepText(root)).to.include('Карта •••• 4242 привязана.');
    expect(new URL(location.href).searchParams.has('gu-card-binding'), 'the parameter taken out of the URL').to.equal(
      false,
    );
    expect(deepText(h.widget.shadowRoot!)).not.to.match(CARD_NUMBER);
  });

  it('back from a failed linking: the reason said in the alert region', async () => {
    const said = recordAnnouncements();
    const h = await mountPayments({
      beforeMount: () => {
        const url = new URL(location.href);
        url.searchParams.set('gu-card-binding', 'binding-2');
        history.replaceState(history.state, '', url.href);
      },
    });
    const root = await h.waitForView('cards', (r) => r.querySelector('.problem:not([hidden])'));
    const alert = root.querySelector('.problem[role="alert"]')!;
    expect(alert.textContent).to.include('Карту не удалось привязать: Банк отклонил привязку: карта заблокирована.');
    await said.until('Карту не удалось привязать');
  });

  it('follows a linking in the acquirer’s popup until the server says it ended', async () => {
    const opened: string[] = [];
    const popup = { closed: false, close: () => void (popup.closed = true) };
    const original = window.open;
    window.open = ((url?: string | URL) => {
      opened.push(String(url));
      return popup as unknown as Window;
    }) as typeof window.open;
    try {
      const h = await mountPayments({ view: 'cards', attributes: { 'card-flow': 'popup' } });
      const root = await h.waitForView('cards', (r) => r.querySelectorAll('[data-card]').length === 2);
      const said = recordAnnouncements();
      await tabTo((el) => el.id === 'link', '«Привязать карту»');
      await sendKeys({ press: 'Enter' });
      await said.until('Окно банка открыто');
      const bindingId = new URL(opened[0]!).searchParams.get('binding')!;
      expect(bindingId).to.match(/^binding-/);
      completeBinding(bindingId, { card: { last4: '5599', brand: 'mastercard', expires: '07/30' } });
      await said.until('Карта •••• 5599 привязана.');
      await until(() => root.querySelectorAll('[data-card]').length === 3, 'the new card listed');
      expect(popup.closed, 'the popup closed once the linking ended').to.equal(true);
    } finally {
      window.open = original;
    }
  });

  it('a blocked popup is said, and the redirect is offered and focused', async () => {
    const opened: string[] = [];
    const original = window.open;
    window.open = ((url?: string | URL) => {
      opened.push(String(url));
      return null;
    }) as typeof window.open;
    try {
      const h = await mountPayments({ view: 'cards', attributes: { 'card-flow': 'popup' } });
      const root = await h.waitForView('cards', (r) => r.querySelectorAll('[data-card]').length === 2);
      const said = recordAnnouncements();
      await tabTo((el) => el.id === 'link', '«Привязать карту»');
      await sendKeys({ press: 'Enter' });
      await until(() => root.querySelector('#open-here'), 'the redirect offered');
      expect(opened).to.have.length(1);
      expect(new URL(opened[0]!).pathname).to.equal('/mocks/payments/acquirer.html');
      await said.until('Браузер не открыл окно банка');
      expect(deepActiveElement()).to.equal(root.querySelector('#open-here'));
    } finally {
      window.open = original;
    }
  });
});
