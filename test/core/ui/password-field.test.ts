import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/core/ui/gu-password-field.js';
import '../../../components/core/ui/gu-button.js';
import type { GuPasswordField } from '../../../components/core/ui/password-field.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { accessibleName, deepActiveElement, errorText, parts, paste, rendered } from './fields-harness.js';

async function passwordForm() {
  const form = await fixture<HTMLFormElement>(
    html`<form novalidate>
      <gu-password-field
        name="password"
        label="Пароль"
        autocomplete="new-password"
        minlength="8"
        required
      ></gu-password-field>
      <gu-button>Войти</gu-button>
    </form>`,
  );
  const field = form.querySelector<GuPasswordField>('gu-password-field')!;
  await rendered(field);
  return { form, field };
}

describe('gu-password-field', () => {
  it('is accessible hidden, shown, disabled and invalid', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <gu-password-field label="Пароль"></gu-password-field>
        <gu-password-field label="Новый пароль" visible value="секрет" autocomplete="new-password"></gu-password-field>
        <gu-password-field label="Пароль" disabled></gu-password-field>
        <gu-password-field label="Пароль" minlength="8" value="123" touched></gu-password-field>
      </div>`,
    );
    await Promise.all([...wrapper.querySelectorAll('gu-password-field')].map(rendered));
    await expectAccessible(wrapper);
  });

  it('is a password input with the right autocomplete, named by its label', async () => {
    const { field } = await passwordForm();
    const { input, toggle } = parts(field);
    expect(input.type).to.equal('password');
    expect(input.autocomplete).to.equal('new-password');
    expect(accessibleName(input)).to.equal('Пароль (обязательное поле)');
    expect(accessibleName(toggle!)).to.equal('Показать пароль');
    const box = toggle!.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });

  it('defaults to current-password', async () => {
    const field = await fixture<GuPasswordField>(html`<gu-password-field label="Пароль"></gu-password-field>`);
    expect(parts(field).input.autocomplete).to.equal('current-password');
  });

  it('keyboard path: type, Tab to the toggle, Space shows the password and renames the toggle, Enter submits', async () => {
    const { form, field } = await passwordForm();
    const submitted: (string | null)[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(new FormData(form).get('password') as string | null);
    });
    const { input, toggle } = parts(field);
    field.focus();
    expect(deepActiveElement()).to.equal(input);
    await sendKeys({ type: 'Секрет-2026' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(toggle);
    await sendKeys({ press: 'Space' });
    await rendered(field);
    expect(input.type).to.equal('text');
    expect(toggle!.hasAttribute('aria-pressed'), 'the name changes instead of a pressed state').to.equal(false);
    expect(accessibleName(toggle!)).to.equal('Скрыть пароль');
    expect(field.shadowRoot!.querySelector('[aria-live]:not(#error)')!.textContent).to.contain('Пароль показан');
    await expectAccessible(field);
    await sendKeys({ press: 'Space' });
    await rendered(field);
    expect(input.type).to.equal('password');
    expect(accessibleName(toggle!)).to.equal('Показать пароль');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(input);
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.deep.equal(['Секрет-2026']);
  });

  it('allows paste', async () => {
    const { field } = await passwordForm();
    const { input } = parts(field);
    let blocked = true;
    input.addEventListener('paste', (event) => (blocked = event.defaultPrevented));
    paste(input, 'из-менеджера-паролей');
    await rendered(field);
    expect(blocked).to.equal(false);
    expect(field.value).to.equal('из-менеджера-паролей');
  });

  it('reports a too short password after blur, not while typing', async () => {
    const { field } = await passwordForm();
    field.focus();
    await sendKeys({ type: 'abc' });
    await rendered(field);
    expect(errorText(field)).to.equal('');
    await sendKeys({ press: 'Tab' }); // to the toggle
    await rendered(field);
    expect(errorText(field)).to.equal('Ошибка: Пароль должен быть не короче 8 символов');
    expect(field.validity.tooShort).to.equal(true);
    expect(parts(field).input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('speaks English under lang="en"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><gu-password-field label="Password"></gu-password-field></div>`,
    );
    const field = wrapper.querySelector('gu-password-field')!;
    await rendered(field);
    expect(accessibleName(parts(field).toggle!)).to.equal('Show password');
  });

  it('is reset with its form and disabled by a fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset><gu-password-field name="p" label="Пароль"></gu-password-field></fieldset>
      </form>`,
    );
    const field = form.querySelector('gu-password-field')!;
    await rendered(field);
    paste(parts(field).input, 'qwerty123');
    expect(new FormData(form).get('p')).to.equal('qwerty123');
    form.reset();
    await rendered(field);
    expect(parts(field).input.value).to.equal('');
    form.querySelector('fieldset')!.disabled = true;
    await rendered(field);
    expect(parts(field).input.disabled).to.equal(true);
    expect(parts(field).toggle!.disabled).to.equal(true);
  });
});
