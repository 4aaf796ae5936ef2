import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/core/ui/gu-text-field.js';
import '../../../components/core/ui/gu-button.js';
import type { GuTextField } from '../../../components/core/ui/text-field.js';
import { expectAccessible } from '../../helpers/a11y.js';
import {
  accessibleDescription,
  accessibleName,
  deepActiveElement,
  errorText,
  parts,
  paste,
  rendered,
} from './fields-harness.js';

/** Focuses the field, types like a user, then leaves it with Tab. */
async function typeAndLeave(field: GuTextField, text: string): Promise<void> {
  field.focus();
  if (text) await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await rendered(field);
}

async function fieldWithNext(template: ReturnType<typeof html>): Promise<GuTextField> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}<button type="button">Дальше</button></div>`);
  const field = wrapper.querySelector('gu-text-field')!;
  await rendered(field);
  return field;
}

describe('gu-text-field', () => {
  it('is accessible empty, with hint, required, disabled and invalid', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <gu-text-field label="Фамилия"></gu-text-field>
        <gu-text-field label="СНИЛС" hint="11 цифр" validate="snils" required></gu-text-field>
        <gu-text-field label="ИНН" disabled value="7707083893"></gu-text-field>
        <gu-text-field label="Телефон" validate="phone" value="+7 701 123 45 67" touched></gu-text-field>
        <gu-text-field label="Почта" error="Этот адрес уже используется"></gu-text-field>
      </div>`,
    );
    await Promise.all([...wrapper.querySelectorAll('gu-text-field')].map(rendered));
    await expectAccessible(wrapper);
  });

  it('exposes a textbox named by its label, with the hint as description and required state', async () => {
    await fieldWithNext(
      html`<gu-text-field label="СНИЛС" hint="Номер из 11 цифр" required validate="snils"></gu-text-field>`,
    );
    const { input } = parts(document.querySelector('gu-text-field')!);
    expect(input.localName).to.equal('input');
    expect(input.type).to.equal('text');
    expect(accessibleName(input)).to.equal('СНИЛС (обязательное поле)');
    expect(accessibleDescription(input)).to.equal('Номер из 11 цифр');
    expect(input.required).to.equal(true);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows no error while typing, and the precise error after blur', async () => {
    const field = await fieldWithNext(html`<gu-text-field label="СНИЛС" validate="snils"></gu-text-field>`);
    field.focus();
    await sendKeys({ type: '11223344596' });
    await rendered(field);
    expect(errorText(field)).to.equal('');
    expect(parts(field).input.getAttribute('aria-invalid')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    await rendered(field);
    expect(errorText(field)).to.equal('Ошибка: Контрольное число СНИЛС не совпадает — проверьте цифры');
    const { input, error } = parts(field);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).to.include(error.id);
    expect(error.getAttribute('aria-live')).to.equal('polite');
    expect(accessibleName(input)).to.equal('СНИЛС');
    expect(accessibleDescription(input)).to.equal('Ошибка: Контрольное число СНИЛС не совпадает — проверьте цифры');
    await expectAccessible(field);
  });

  it('clears the error as soon as the value becomes valid', async () => {
    const field = await fieldWithNext(
      html`<gu-text-field label="СНИЛС" validate="snils" mask="snils"></gu-text-field>`,
    );
    await typeAndLeave(field, '11223344596');
    expect(errorText(field)).to.contain('Контрольное число');
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '5' });
    await rendered(field);
    expect(errorText(field)).to.equal('');
    expect(field.value).to.equal('11223344595');
  });

  const messages: [string, string, string][] = [
    ['snils', '1122334459', 'В СНИЛС 11 цифр'],
    ['inn', '7707083894', 'Контрольные цифры ИНН не совпадают — проверьте номер'],
    ['inn-person', '7707083893', 'ИНН физического лица — 12 цифр'],
    ['phone', '+7 701 123 45 67', 'Номера +7 6xx и +7 7xx принадлежат Казахстану — укажите российский номер'],
    ['phone', '+375 29 123 45 67', 'Можно указать только российский номер, начинающийся с +7'],
    ['email', 'ivanov@mail', 'Введите адрес электронной почты в формате name@example.ru'],
    ['passport', '4508 12345', 'Серия — 4 цифры и номер — 6 цифр, например 45 08 123456'],
    ['unit-code', '77-001', 'Код подразделения — 6 цифр в формате 770-001'],
    ['uin', '18810000000000000002', 'Контрольная цифра УИН не совпадает — проверьте номер'],
  ];
  for (const [kind, text, message] of messages) {
    it(`says precisely what is wrong with a ${kind}: «${text}»`, async () => {
      const field = await fieldWithNext(html`<gu-text-field label="Поле" validate=${kind}></gu-text-field>`);
      await typeAndLeave(field, text);
      expect(errorText(field)).to.equal(`Ошибка: ${message}`);
      expect(field.validationMessage).to.equal(message);
      expect(field.checkValidity()).to.equal(false);
    });
  }

  it('asks to fill in an empty required field after blur', async () => {
    const field = await fieldWithNext(html`<gu-text-field label="Фамилия" required></gu-text-field>`);
    await typeAndLeave(field, '');
    expect(errorText(field)).to.equal('Ошибка: Заполните это поле');
    expect(field.validity.valueMissing).to.equal(true);
  });

  it('accepts valid identifiers and exposes the normalised value', async () => {
    const field = await fieldWithNext(html`<gu-text-field label="Телефон" validate="phone"></gu-text-field>`);
    await typeAndLeave(field, '8 (916) 123-45-67');
    expect(errorText(field)).to.equal('');
    expect(field.value).to.equal('+79161234567');
    expect(field.checkValidity()).to.equal(true);
  });

  it('masks a phone while typing and keeps the caret after the typed digit', async () => {
    const field = await fieldWithNext(
      html`<gu-text-field label="Телефон" validate="phone" mask="phone"></gu-text-field>`,
    );
    field.focus();
    await sendKeys({ type: '9161234567' });
    const { input } = parts(field);
    expect(input.value).to.equal('+7 (916) 123-45-67');
    expect(input.selectionStart).to.equal(input.value.length);
    expect(field.value).to.equal('+79161234567');
    // Insert a digit in the middle: the caret stays right after it.
    input.setSelectionRange(5, 5); // after "+7 (9"
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '9' });
    expect(input.value).to.equal('+7 (916) 123-45-67');
    expect(input.selectionStart).to.equal(5);
  });

  it('masks pasted text without blocking paste', async () => {
    const field = await fieldWithNext(
      html`<gu-text-field label="СНИЛС" validate="snils" mask="snils"></gu-text-field>`,
    );
    const { input } = parts(field);
    let pasteBlocked = false;
    input.addEventListener('paste', (event) => (pasteBlocked = event.defaultPrevented));
    paste(input, '112 233 445 95');
    await rendered(field);
    expect(pasteBlocked).to.equal(false);
    expect(input.value).to.equal('112-233-445 95');
    expect(field.value).to.equal('11223344595');
  });

  it('formats a valid value set from outside and re-dispatches input only on user action', async () => {
    const field = await fieldWithNext(
      html`<gu-text-field label="Паспорт" validate="passport" mask="passport"></gu-text-field>`,
    );
    let inputs = 0;
    field.addEventListener('input', () => (inputs += 1));
    field.value = '4508123456';
    await rendered(field);
    expect(parts(field).input.value).to.equal('45 08 123456');
    expect(inputs).to.equal(0);
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    expect(inputs).to.equal(1);
    expect(field.value).to.equal('45 08 12345');
  });

  it('submits the normalised value, resets, and is disabled by a fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset>
          <gu-text-field name="phone" label="Телефон" validate="phone" mask="phone"></gu-text-field>
        </fieldset>
        <gu-text-field name="city" label="Город" value="Казань"></gu-text-field>
      </form>`,
    );
    const field = form.querySelector<GuTextField>('gu-text-field[name="phone"]')!;
    await rendered(field);
    paste(parts(field).input, '8 916 123 45 67');
    expect(new FormData(form).get('phone')).to.equal('+79161234567');
    expect(new FormData(form).get('city')).to.equal('Казань');

    form.reset();
    await rendered(field);
    expect(parts(field).input.value).to.equal('');
    expect(new FormData(form).get('phone')).to.equal('');

    form.querySelector('fieldset')!.disabled = true;
    await rendered(field);
    expect(parts(field).input.disabled).to.equal(true);
    expect(new FormData(form).has('phone')).to.equal(false);
    await expectAccessible(form);
  });

  it('submits the form on Enter and shows errors on submit through checkValidity', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form novalidate>
        <gu-text-field name="inn" label="ИНН" validate="inn"></gu-text-field>
        <gu-button>Отправить</gu-button>
      </form>`,
    );
    const field = form.querySelector('gu-text-field')!;
    await rendered(field);
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits += 1;
    });
    field.focus();
    await sendKeys({ type: '7707083893' });
    await sendKeys({ press: 'Enter' });
    expect(submits).to.equal(1);
    expect(new FormData(form).get('inn')).to.equal('7707083893');

    field.value = '7707083894';
    await rendered(field);
    expect(errorText(field)).to.equal('');
    expect(field.checkValidity()).to.equal(false);
    await rendered(field);
    expect(errorText(field)).to.contain('Контрольные цифры ИНН');
  });

  it('moves focus into its input when focused, and Tab reaches it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button type="button">До</button>
        <gu-text-field label="Имя"></gu-text-field>
      </div>`,
    );
    const field = wrapper.querySelector('gu-text-field')!;
    await rendered(field);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(parts(field).input);
    field.blur();
    field.focus();
    expect(deepActiveElement()).to.equal(parts(field).input);
  });

  it('shows a server error at once and clears it when the user edits', async () => {
    const field = await fieldWithNext(
      html`<gu-text-field label="Почта" value="a@b.ru" error="Адрес уже занят"></gu-text-field>`,
    );
    expect(errorText(field)).to.equal('Ошибка: Адрес уже занят');
    expect(field.checkValidity()).to.equal(false);
    field.focus();
    await sendKeys({ type: 'x' });
    await rendered(field);
    expect(errorText(field)).to.equal('');
    expect(field.error).to.equal('');
  });

  it('renders English from the nearest lang and follows lang changes at runtime', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <gu-text-field label="SNILS" validate="snils" required touched></gu-text-field>
      </div>`,
    );
    const field = wrapper.querySelector('gu-text-field')!;
    await rendered(field);
    expect(parts(field).label!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('SNILS (required)');
    expect(errorText(field)).to.equal('Error: Fill in this field');
    wrapper.lang = 'ru';
    await new Promise((resolve) => setTimeout(resolve));
    await rendered(field);
    expect(errorText(field)).to.equal('Ошибка: Заполните это поле');
    await expectAccessible(wrapper);
  });

  it('fires change when the user leaves a changed field', async () => {
    const field = await fieldWithNext(html`<gu-text-field label="Город"></gu-text-field>`);
    field.focus();
    await sendKeys({ type: 'Тверь' });
    const change = oneEvent(field, 'change');
    await sendKeys({ press: 'Tab' });
    const event = await change;
    expect(event.target).to.equal(field);
    expect(field.value).to.equal('Тверь');
  });
});

// Issue 12, defect 12: free text gets the contract's maxLength and a character policy; nothing is cut silently.
describe('gu-text-field: free-text policy (maxlength, charset)', () => {
  const AUTHORITY = 'ГУ МВД России по г. Москве';
  const PLACE = 'пос. Усть-Ордынский, Иркутская обл.';

  it('a paste longer than maxlength is kept as typed and refused at once, next to the field, announced', async () => {
    const field = await fieldWithNext(
      html`<gu-text-field label="Кем выдан" maxlength="300" charset="text"></gu-text-field>`,
    );
    const { recordAnnouncements } = await import('../../helpers/perceive.js');
    const heard = recordAnnouncements({ existingOnly: true });
    try {
      paste(parts(field).input, 'а'.repeat(10_000));
      await rendered(field);
      expect(parts(field).input.value).to.have.length(10_000);
      expect(field.value).to.have.length(10_000);
      expect(errorText(field)).to.equal(
        'Ошибка: Слишком длинно: можно не больше 300 символов, сейчас 10 000. Сократите текст — мы ничего не обрезали.',
      );
      await heard.until('можно не больше 300 символов');
    } finally {
      heard.stop();
    }
    expect(parts(field).input.getAttribute('aria-invalid')).to.equal('true');
    expect(parts(field).input.hasAttribute('maxlength'), 'no native cut').to.equal(false);
    expect(field.checkValidity()).to.equal(false);
    expect(field.validity.tooLong).to.equal(true);
    await expectAccessible(field);
  });

  it('refuses a NUL byte and other control characters, naming them, and keeps the text', async () => {
    const field = await fieldWithNext(
      html`<gu-text-field label="Место рождения" maxlength="300" charset="text"></gu-text-field>`,
    );
    paste(parts(field).input, `г. Тула\u0000`);
    await rendered(field);
    expect(parts(field).input.value).to.equal('г. Тула\u0000');
    expect(errorText(field)).to.include('управляющий символ U+0000 (позиция 8)');
    expect(field.checkValidity()).to.equal(false);
  });

  it('takes the punctuation of real addresses and authorities; refuses other characters on leaving, precisely', async () => {
    const field = await fieldWithNext(
      html`<gu-text-field label="Кем выдан" maxlength="300" charset="text"></gu-text-field>`,
    );
    await typeAndLeave(field, AUTHORITY);
    expect(errorText(field)).to.equal('');
    expect(field.checkValidity()).to.equal(true);
    parts(field).input.select();
    await typeAndLeave(field, PLACE);
    expect(errorText(field)).to.equal('');
    expect(field.value).to.equal(PLACE);
    parts(field).input.select();
    await typeAndLeave(field, 'ОВД <b>');
    expect(errorText(field)).to.include('Символ «<» (позиция 5) здесь недопустим');
    expect(parts(field).input.value).to.equal('ОВД <b>');
  });

  it('without charset any printable text is taken, control characters never; English messages', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><gu-text-field label="Comment" maxlength="5"></gu-text-field></div>`,
    );
    const field = wrapper.querySelector('gu-text-field')!;
    await rendered(field);
    paste(parts(field).input, '<>!?');
    await rendered(field);
    expect(field.checkValidity()).to.equal(true);
    paste(parts(field).input, '+-');
    await rendered(field);
    expect(errorText(field)).to.equal(
      'Error: Too long: at most 5 characters, it is 6 now. Shorten it — nothing was cut.',
    );
  });
});
