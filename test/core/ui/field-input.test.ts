/**
 * Issue 13: the text, password and one-time-code fields render their `<input>` through one template in
 * GuFormControl (`renderControl()` + each field's `inputAttributes()`). The inputs carry exactly the attributes they
 * had when each field wrote its own copy — what autofill, keyboards and assistive technology read — and each field's
 * listeners still work: typing updates the value, `change` leaves the host, Enter submits the form.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/core/ui/gu-text-field.js';
import '../../../components/core/ui/gu-password-field.js';
import '../../../components/core/ui/gu-otp-field.js';
import type { GuFormControl } from '../../../components/core/ui/form-control.js';

/** Every attribute of the field's inner input, by name. */
async function inputAttributes(field: GuFormControl): Promise<Record<string, string>> {
  await field.updateComplete;
  const input = field.shadowRoot!.querySelector('input')!;
  return Object.fromEntries(input.getAttributeNames().map((name) => [name, input.getAttribute(name)!]));
}

const common = { id: 'input', part: 'input', 'aria-describedby': 'error', 'aria-invalid': 'false' };

describe('the fields’ inner input (one template in GuFormControl)', () => {
  it('gu-text-field, free text: type text, its name, spellcheck on', async () => {
    const field = await fixture<GuFormControl>(html`<gu-text-field label="Имя" name="given"></gu-text-field>`);
    expect(await inputAttributes(field)).to.deep.equal({ ...common, type: 'text', name: 'given', spellcheck: 'true' });
  });

  it('gu-text-field, phone with hint, placeholder, required: tel keyboard and autocomplete', async () => {
    const field = await fixture<GuFormControl>(
      html`<gu-text-field
        label="Телефон"
        name="phone"
        hint="Мобильный"
        validate="phone"
        placeholder="+7 (900) 000-00-00"
        required
      ></gu-text-field>`,
    );
    expect(await inputAttributes(field)).to.deep.equal({
      ...common,
      'aria-describedby': 'hint error',
      type: 'tel',
      name: 'phone',
      autocomplete: 'tel',
      inputmode: 'tel',
      placeholder: '+7 (900) 000-00-00',
      spellcheck: 'false',
      required: '',
    });
  });

  it('gu-text-field, SNILS with own type and autocomplete: numeric keyboard', async () => {
    const field = await fixture<GuFormControl>(
      html`<gu-text-field label="СНИЛС" validate="snils" type="search" autocomplete="off" disabled></gu-text-field>`,
    );
    expect(await inputAttributes(field)).to.deep.equal({
      ...common,
      type: 'search',
      autocomplete: 'off',
      inputmode: 'numeric',
      spellcheck: 'false',
      disabled: '',
    });
  });

  it('gu-password-field: password type, autocomplete, minlength, no capitals, no spellcheck; text when shown', async () => {
    const field = await fixture<GuFormControl & { visible: boolean }>(
      html`<gu-password-field
        label="Пароль"
        name="password"
        autocomplete="new-password"
        minlength="8"
      ></gu-password-field>`,
    );
    const hidden = {
      ...common,
      type: 'password',
      name: 'password',
      autocomplete: 'new-password',
      minlength: '8',
      autocapitalize: 'off',
      spellcheck: 'false',
    };
    expect(await inputAttributes(field)).to.deep.equal(hidden);
    field.visible = true;
    expect(await inputAttributes(field)).to.deep.equal({ ...hidden, type: 'text' });
    const toggle = field.shadowRoot!.querySelector('[part="toggle"]')!;
    expect(toggle.previousElementSibling, 'the toggle follows the input').to.equal(
      field.shadowRoot!.querySelector('input'),
    );
  });

  it('gu-password-field without autocomplete: current-password', async () => {
    const field = await fixture<GuFormControl>(html`<gu-password-field label="Пароль"></gu-password-field>`);
    expect(await inputAttributes(field)).to.deep.include({ autocomplete: 'current-password', type: 'password' });
  });

  it('gu-otp-field: one-time-code, numeric keyboard, no name on the inner input', async () => {
    const field = await fixture<GuFormControl>(html`<gu-otp-field label="Код" name="code"></gu-otp-field>`);
    expect(await inputAttributes(field)).to.deep.equal({
      ...common,
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'one-time-code',
      spellcheck: 'false',
    });
  });

  for (const [tag, typed, value] of [
    ['gu-text-field', 'Иванов', 'Иванов'],
    ['gu-password-field', 'секрет-1', 'секрет-1'],
    ['gu-otp-field', '12a34', '1234'],
  ] as const) {
    it(`${tag}: typing sets the value; change leaves the host on blur; Enter submits the form`, async () => {
      const form = await fixture<HTMLFormElement>(html`<form novalidate></form>`);
      const field = document.createElement(tag) as GuFormControl;
      field.setAttribute('label', 'Поле');
      field.setAttribute('name', 'x');
      form.append(field);
      await field.updateComplete;
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits += 1;
      });
      field.focus();
      await sendKeys({ type: typed });
      expect(field.value).to.equal(value);
      await sendKeys({ press: 'Enter' });
      expect(submits, 'Enter submitted the form').to.equal(1);
      const changed = oneEvent(field, 'change');
      field.shadowRoot!.querySelector('input')!.blur();
      await changed;
    });
  }
});
