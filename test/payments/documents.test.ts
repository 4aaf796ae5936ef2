/**
 * «Мои документы для поиска начислений»: the list, adding each type (valid and invalid numbers, said next to the field
 * with nothing sent), a duplicate, the charges found announced with the public event, removal after a confirmation.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { GuPaymentsDocumentAddedEvent } from '../../components/payments/events.js';
import {
  byName,
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

let stopCounting: (() => void) | undefined;

/** Counts the add requests the page sends (until the test ends). */
function countAdds(h: PaymentsHarness): { count: () => number } {
  let count = 0;
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/api/charge-documents')) count += 1;
  };
  h.worker.events.on('request:start', listener);
  stopCounting = () => h.worker.events.removeListener('request:start', listener);
  return { count: () => count };
}

const numberField = (root: ShadowRoot) => root.querySelector<HTMLInputElement>('#number')!;
const numberError = (root: ShadowRoot) => root.querySelector('#number-error')!.textContent!.trim();
const cards = (root: ShadowRoot) => [...root.querySelectorAll('[data-document]')];
const typeRadio = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll<HTMLInputElement>('input[name="type"]')].find((r) =>
    r.closest('label')!.textContent!.includes(text),
  )!;

/** Replaces the number field's text as a paste does. */
async function pasteNumber(root: ShadowRoot, text: string): Promise<void> {
  const field = numberField(root);
  field.focus();
  field.select();
  if (text === '') document.execCommand('delete');
  else document.execCommand('insertText', false, text);
}

async function openDocuments(): Promise<{ h: PaymentsHarness; root: ShadowRoot }> {
  const h = await mountPayments({ view: 'documents' });
  const root = await h.waitForView('documents', (r) => r.querySelector('#list-heading'));
  return { h, root };
}

describe('payments: documents for charge search', () => {
  afterEach(() => {
    stopCounting?.();
    stopCounting = undefined;
  });

  it('lists the documents: type worded, number, label, added and checked', async () => {
    const { h, root } = await openDocuments();
    expect(root.querySelector('h3')!.textContent).to.include('Мои документы для поиска начислений');
    expect(cards(root)).to.have.length(3);
    const licence = cards(root).find((c) => c.textContent!.includes('99 12 345678'))!;
    expect(licence.querySelector('h5')!.textContent).to.equal('Водительское удостоверение');
    expect(licence.textContent).to.include('Мои права');
    expect(licence.textContent).to.match(/Добавлен \d+ \S+ 20\d\d/);
    expect(licence.textContent).to.include('Проверен');
    expect(cards(root).find((c) => c.textContent!.includes('77 УХ 123456'))!.textContent).to.include(
      'Свидетельство о регистрации ТС',
    );
    await expectAccessible(h.widget);
  });

  it('adds a driving licence typed with the keyboard: formatted as typed, new charges announced, the event fired', async () => {
    const { h, root } = await openDocuments();
    const said = recordAnnouncements();
    const events: GuPaymentsDocumentAddedEvent[] = [];
    h.wrapper.addEventListener(GuPaymentsDocumentAddedEvent.eventName, (e) => events.push(e));
    const before = getDb().charges.length;
    try {
      // ВУ is the default type: Tab to the number, type it as on the licence, the label, Enter.
      await tabTo((el) => el === numberField(root), 'the number field');
      await sendKeys({ type: '50ао123456' });
      expect(numberField(root).value).to.equal('50 АО 123456');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.id).to.equal('title');
      await sendKeys({ type: 'Права сына' });
      await sendKeys({ press: 'Enter' });
      await said.until('Документ добавлен. Найдено новых начислений: 2.');
      await until(() => cards(root).some((c) => c.textContent!.includes('50 АО 123456')), 'the new document');
      expect(root.querySelector('[data-outcome]')!.textContent).to.include('Найдено новых начислений: 2');
      expect(events).to.have.length(1);
      expect(events[0]!.detail.newCharges).to.equal(2);
      expect(getDb().charges.length).to.equal(before + 2);
      expect(numberField(root).value, 'the form is ready for the next one').to.equal('');
      // The charges view reloads what was found.
      await h.openSection('Начисления');
      await h.waitForView('charges');
      await expectAccessible(h.widget);
    } finally {
      said.stop();
    }
  });

  it('checks each type’s number before sending: precise messages, the typed value kept, valid ones accepted', async () => {
    const { h, root } = await openDocuments();
    const adds = countAdds(h);
    const cases: Array<[type: string, invalid: string, message: string, valid: string, shown: string]> = [
      ['Водительское удостоверение', '99 12 34567', 'В номере ВУ 10 знаков', '77 ав 654321', '77 АВ 654321'],
      ['Свидетельство о регистрации ТС', '77 QZ 123456', 'только цифры и русские буквы', '9901123456', '99 01 123456'],
      ['ИНН', '500100732258', 'Контрольные цифры ИНН', '500100732259', '500100732259'],
      ['СНИЛС', '112-233-445 96', 'Контрольное число СНИЛС', '112 233 445 95', '112-233-445 95'],
    ];
    for (const [type, invalid, message] of cases) {
      typeRadio(root, type).click();
      await h.widget.updateComplete;
      expect(root.querySelector('label[for="number"]')!.textContent).to.include(type);
      await pasteNumber(root, invalid);
      root.querySelector<HTMLElement>('gu-button')!.click();
      await until(() => numberError(root).includes(message), `${type}: «${message}»`);
      expect(numberField(root).getAttribute('aria-invalid')).to.equal('true');
      expect(numberField(root).value, 'kept as typed').to.not.equal('');
    }
    // ИНН of 10 digits (an organisation's) is not a person's.
    typeRadio(root, 'ИНН').click();
    await pasteNumber(root, '7707083893');
    root.querySelector<HTMLElement>('gu-button')!.click();
    await until(() => numberError(root).includes('12 цифр. Сейчас цифр: 10'), 'the INN length');
    // The СТС series must be digits or letters, not a mix.
    typeRadio(root, 'Свидетельство о регистрации ТС').click();
    await pasteNumber(root, '77 1Х 123456');
    root.querySelector<HTMLElement>('gu-button')!.click();
    await until(() => numberError(root).includes('Серия СТС'), 'the series');
    expect(adds.count(), 'nothing invalid is sent').to.equal(0);
    await expectAccessible(h.widget);

    // Valid numbers of each type, pasted with spaces or dashes, are accepted.
    const said = recordAnnouncements();
    try {
      for (const [type, , , valid, shown] of cases) {
        typeRadio(root, type).click();
        await pasteNumber(root, valid);
        expect(numberField(root).value, `${type} formatted as pasted`).to.equal(shown);
        root.querySelector<HTMLElement>('gu-button')!.click();
        await until(() => adds.count() > 0 && !root.querySelector('gu-button[busy]'), `${type} sent`);
        if (type === 'ИНН') {
          // The seeded INN is on the list already: the duplicate is said next to the field.
          await until(() => numberError(root) === 'Этот документ уже есть в списке.', 'the duplicate');
        } else {
          await until(() => cards(root).some((c) => c.textContent!.includes(shown)), `${type} listed`);
        }
      }
      await said.until(/Документ добавлен\. Найдено новых начислений: 1\./);
      await said.until(/Документ добавлен\. Новых начислений не найдено\./);
    } finally {
      said.stop();
    }
  });

  it('says a failed add in the alert region, keeps what was typed, and adds on the next try', async () => {
    const { h, root } = await openDocuments();
    let fail = true;
    h.worker.use(
      http.post('*/api/charge-documents', () =>
        fail ? HttpResponse.json({ code: 'server-error', message: 'x' }, { status: 500 }) : undefined,
      ),
    );
    typeRadio(root, 'СНИЛС').click();
    await pasteNumber(root, '112 233 445 95');
    await sendKeys({ press: 'Enter' });
    const problem = root.querySelector('#problem')!;
    await until(() => problem.textContent!.trim(), 'the failure');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(deepActiveElement()).to.equal(problem);
    expect(numberField(root).value).to.equal('112-233-445 95');
    fail = false;
    numberField(root).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => cards(root).some((c) => c.textContent!.includes('112-233-445 95')), 'the SNILS listed');
    expect(problem.textContent!.trim()).to.equal('');
  });

  it('says a number error when the field is left, not while typing', async () => {
    const { root } = await openDocuments();
    numberField(root).focus();
    await sendKeys({ type: '99 12' });
    expect(numberError(root)).to.equal('');
    await sendKeys({ press: 'Tab' });
    await until(() => numberError(root).includes('Сейчас знаков: 4'), 'the error on leaving');
    numberField(root).focus();
    await sendKeys({ type: '345678' });
    await until(() => numberError(root) === '', 'the error gone once the number is right');
  });

  it('removes a document after a confirmation and moves focus to the next one; cancel keeps it', async () => {
    const { h, root } = await openDocuments();
    const said = recordAnnouncements();
    try {
      const first = cards(root)[0]!;
      const firstNumber = first.querySelector('.number')!.textContent!;
      // Cancel: nothing removed, focus back on the button.
      const remove = await tabTo(byName('Удалить:'), 'the first «Удалить»');
      await sendKeys({ press: 'Enter' });
      const dialog = root.querySelector('gu-dialog')!;
      await until(() => dialog.open, 'the dialog');
      expect(dialog.textContent).to.include(firstNumber);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open && deepActiveElement() === remove, 'focus back on «Удалить»');
      expect(cards(root)).to.have.length(3);

      await sendKeys({ press: 'Enter' });
      await until(() => dialog.open, 'the dialog again');
      await tabTo(byName('Удалить документ'), '«Удалить документ»');
      await sendKeys({ press: 'Enter' });
      await until(() => cards(root).length === 2, 'the document removed');
      await said.until(/удалён/);
      const next = cards(root)[0]!.querySelector('[data-remove]');
      await until(() => deepActiveElement() === next, 'focus on the next document’s «Удалить»');
      await expectAccessible(h.widget);
    } finally {
      said.stop();
    }
  });

  it('shows the empty list and its heading takes focus after the last removal', async () => {
    const h = await mountPayments({ view: 'documents', scenario: 'empty' });
    const root = await h.waitForView('documents', (r) => r.querySelector('#list-heading'));
    expect(root.querySelector('[data-empty]')!.textContent).to.include('Документов пока нет');
    typeRadio(root, 'СНИЛС').click();
    await pasteNumber(root, '11223344595');
    root.querySelector<HTMLElement>('gu-button')!.click();
    await until(() => cards(root).length === 1, 'the SNILS listed');
    root.querySelector<HTMLButtonElement>('[data-remove]')!.click();
    const dialog = root.querySelector('gu-dialog')!;
    await until(() => dialog.open, 'the dialog');
    [...dialog.querySelectorAll('button')].find((b) => b.textContent!.includes('Удалить документ'))!.click();
    await until(() => root.querySelector('[data-empty]'), 'the empty list');
    await until(() => deepActiveElement()?.id === 'list-heading', 'focus on the list heading');
    await expectAccessible(h.widget);
  });
});
