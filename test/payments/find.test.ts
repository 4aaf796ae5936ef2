/**
 * <gu-payments-find> inside «Начисления»: find a charge by a pasted УИН with the keyboard and add it to the payment; a
 * wrong check digit said next to the field with nothing sent; resolution number and document index; nothing found;
 * a failed search retried; «Оплатить сейчас» opens the checkout.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { TAX_NOTICE_INDEX } from '../../mocks/payments/find.js';
import {
  byName,
  deepActiveElement,
  expectAccessible,
  mountPayments,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
  type PaymentsHarness,
} from './harness.js';

/** Opens «Найти начисление…» from the charges view with the keyboard and returns the find part's shadow root. */
async function openFind(h: PaymentsHarness): Promise<ShadowRoot> {
  const charges = await h.waitForView('charges');
  const toggle = charges.querySelector<HTMLButtonElement>('button[aria-controls="find-body"]');
  expect(toggle, 'the disclosure').to.exist;
  await tabTo((el) => el === toggle, 'the «Найти начисление» disclosure');
  await sendKeys({ press: 'Enter' });
  let root: ShadowRoot | null | undefined;
  await until(() => {
    root = charges.querySelector('gu-payments-find')?.shadowRoot;
    return root?.querySelector('#value');
  }, 'the find form');
  expect(toggle!.getAttribute('aria-expanded')).to.equal('true');
  return root!;
}

let stopCounting: (() => void) | undefined;

/** Counts the search requests the page sends (until the test ends). */
function countSearches(h: PaymentsHarness): { count: () => number } {
  let count = 0;
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.endsWith('/api/charges/search')) count += 1;
  };
  h.worker.events.on('request:start', listener);
  stopCounting = () => h.worker.events.removeListener('request:start', listener);
  return { count: () => count };
}

/** Pastes `text` into the focused input as the browser does (insertText through the editing command). */
function paste(text: string): void {
  document.execCommand('insertText', false, text);
}

const field = (root: ShadowRoot) => root.querySelector<HTMLInputElement>('#value')!;
const fieldError = (root: ShadowRoot) => root.querySelector('#value-error')!.textContent!.trim();

describe('payments: find a charge', () => {
  afterEach(() => {
    stopCounting?.();
    stopCounting = undefined;
  });

  it('finds a charge by a pasted spaced УИН with the keyboard and adds it to the payment', async () => {
    const h = await mountPayments({ view: 'charges' });
    const searches = countSearches(h);
    const root = await openFind(h);
    const said = recordAnnouncements();
    try {
      // УИН is the default: Tab to the field, paste the number as printed on the notice, Enter.
      await tabTo((el) => el === field(root), 'the УИН field');
      paste('188 1037 7200 0000 0000 9');
      await sendKeys({ press: 'Enter' });
      await until(() => root.querySelector('[data-charge]'), 'the charge found');
      expect(searches.count()).to.equal(1);
      const card = root.querySelector('[data-charge]')!;
      expect(card.textContent).to.include('18810377200000000009');
      expect(card.textContent).to.include('УФК по г. Москве');
      // As the charge gives them: the full amount, and the discount past its deadline.
      expect(card.textContent!.replace(/\s+/g, ' ')).to.match(/1\s500,00\s₽/);
      expect(card.querySelector('[data-discount]')!.textContent).to.include('Скидка действовала до');
      await said.until(/Найдено 1 начисление/);
      // Found, it is the citizen's to pay: «Начисления» reloads and lists it too.
      await until(
        () => h.part().querySelector('[data-charge-id="charge-paper-18810377200000000009"]'),
        'the found charge in the list',
      );

      const add = await tabTo(byName('Добавить к оплате'), '«Добавить к оплате»');
      expect(add.localName).to.equal('button');
      await sendKeys({ press: 'Enter' });
      await said.until(/Начисление добавлено к оплате\. Выбрано начислений: 1/);
      await until(() => root.querySelector('[data-selected]'), '«Добавлено к оплате»');
      await expectAccessible(h.widget);
    } finally {
      said.stop();
    }
  });

  it('says a wrong check digit next to the field and sends nothing', async () => {
    const h = await mountPayments({ view: 'charges' });
    const searches = countSearches(h);
    const root = await openFind(h);
    const said = recordAnnouncements();
    try {
      await tabTo((el) => el === field(root), 'the УИН field');
      paste('18810177200000000008');
      await sendKeys({ press: 'Enter' });
      await until(() => fieldError(root), 'the field’s error');
      expect(fieldError(root)).to.equal('Проверьте УИН: контрольная цифра не совпадает.');
      await said.until('Проверьте УИН: контрольная цифра не совпадает.');
      expect(field(root).getAttribute('aria-invalid')).to.equal('true');
      expect(field(root).getAttribute('aria-describedby')).to.include('value-error');
      expect(deepActiveElement()).to.equal(field(root));
      expect(field(root).value, 'the typed value is kept').to.equal('18810177200000000008');
      // Length, letters: said precisely, still nothing sent.
      field(root).select();
      paste('1881017720000000000');
      await sendKeys({ press: 'Enter' });
      await until(() => fieldError(root).includes('20 или 25 цифр'), 'the length message');
      expect(fieldError(root)).to.include('Сейчас цифр: 19');
      expect(searches.count()).to.equal(0);
      await expectAccessible(h.widget);
    } finally {
      said.stop();
    }
  });

  it('finds by resolution number and by a tax notice’s document index; says when nothing is found', async () => {
    const h = await mountPayments({ view: 'charges' });
    const root = await openFind(h);
    const said = recordAnnouncements();
    try {
      const radio = (text: string) =>
        [...root.querySelectorAll<HTMLInputElement>('input[name="by"]')].find((r) =>
          r.closest('label')!.textContent!.includes(text),
        )!;
      radio('Номер постановления').click();
      await h.widget.updateComplete;
      expect(root.querySelector('label[for="value"]')!.textContent).to.include('Номер постановления');
      field(root).focus();
      paste('18810177000000000079');
      await sendKeys({ press: 'Enter' });
      await until(() => root.querySelector('[data-charge]')?.textContent?.includes('18810177000000000079'), 'the fine');
      expect(root.querySelector('[data-discount]')!.textContent).to.include('Со скидкой');

      radio('Индекс документа').click();
      field(root).select();
      paste(TAX_NOTICE_INDEX);
      await sendKeys({ press: 'Enter' });
      await until(() => root.querySelector('[data-charge]')?.textContent?.includes('Транспортный налог'), 'the tax');

      radio('УИН').click();
      field(root).select();
      paste('18810177200000000017');
      await sendKeys({ press: 'Enter' });
      await until(() => root.querySelector('[data-nothing]'), 'nothing found');
      expect(root.querySelector('[data-charge]')).to.equal(null);
      await said.until(/По номеру 18810177200000000017 ничего не найдено/);
      await expectAccessible(h.widget);
    } finally {
      said.stop();
    }
  });

  it('says a failed search and retries it', async () => {
    const h = await mountPayments({ view: 'charges' });
    const root = await openFind(h);
    let fail = true;
    h.worker.use(
      http.get('*/api/charges/search', () =>
        fail ? HttpResponse.json({ code: 'server-error', message: 'x' }, { status: 500 }) : undefined,
      ),
    );
    field(root).focus();
    paste('18810177200000000009');
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('#find-problem button'), 'the retry', 20_000);
    expect(root.querySelector('#find-problem')!.getAttribute('role')).to.equal('alert');
    expect(root.querySelector('#find-problem')!.textContent).to.include('Не удалось выполнить поиск');
    expect(field(root).value).to.equal('18810177200000000009');
    fail = false;
    root.querySelector<HTMLButtonElement>('#find-problem button')!.click();
    await until(() => root.querySelector('[data-charge]'), 'the charge after the retry', 20_000);
  });

  it('«Оплатить сейчас» adds the charge and opens the checkout', async () => {
    const h = await mountPayments({ view: 'charges' });
    const root = await openFind(h);
    field(root).focus();
    paste('18810177000000000410');
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('[data-charge]'), 'the fine');
    expect(root.querySelector('[data-discount]'), 'no discount given, none shown').to.equal(null);
    await tabTo(byName('Оплатить сейчас'), '«Оплатить сейчас»');
    await sendKeys({ press: 'Enter' });
    await until(() => h.widget.view === 'checkout', 'the checkout');
  });
});
