import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/core/ui/gu-error-summary.js';
import '../../../components/core/ui/gu-text-field.js';
import '../../../components/core/ui/gu-password-field.js';
import '../../../components/core/ui/gu-button.js';
import { validateForm } from '../../../components/core/ui/form-validation.js';
import type { GuErrorSummary } from '../../../components/core/ui/error-summary.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { accessibleName, deepActiveElement, errorText, parts, rendered } from './fields-harness.js';

/** A sign-up form wired the documented way: `novalidate` and validateForm in the submit handler. */
async function signUpForm(lang = 'ru') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <form novalidate>
        <gu-error-summary></gu-error-summary>
        <gu-text-field name="snils" label="СНИЛС" validate="snils" mask="snils" required></gu-text-field>
        <gu-text-field name="phone" label="Телефон" validate="phone" mask="phone" required></gu-text-field>
        <gu-password-field
          name="password"
          label="Пароль"
          autocomplete="new-password"
          minlength="8"
          required
        ></gu-password-field>
        <gu-button>Зарегистрироваться</gu-button>
      </form>
    </div>`,
  );
  const form = wrapper.querySelector('form')!;
  const summary = form.querySelector<GuErrorSummary>('gu-error-summary')!;
  await Promise.all([...form.querySelectorAll('*')].map(rendered));
  let sent = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (validateForm(form).valid) sent += 1;
  });
  return { wrapper, form, summary, sent: () => sent };
}

const summaryBox = (summary: GuErrorSummary) => summary.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const links = (summary: GuErrorSummary) => [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];

describe('gu-error-summary and validateForm', () => {
  it('is hidden and accessible while there are no errors', async () => {
    const { summary, form } = await signUpForm();
    expect(getComputedStyle(summaryBox(summary)).display).to.equal('none');
    await expectAccessible(form);
  });

  it('on submit lists every error, takes focus, and marks the fields', async () => {
    const { form, summary, sent } = await signUpForm();
    const phone = form.querySelector<HTMLElement>('gu-text-field[name="phone"]')!;
    phone.focus();
    await sendKeys({ type: '+7 701 123 45 67' });
    await sendKeys({ press: 'Enter' });
    await rendered(summary);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(sent()).to.equal(0);

    const box = summaryBox(summary);
    expect(box.getAttribute('role')).to.equal('alert');
    expect(accessibleName(box)).to.equal('Исправьте ошибки');
    expect(deepActiveElement()).to.equal(box);
    expect(box.textContent).to.contain('Найдены 3 ошибки');
    expect(links(summary).map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'СНИЛС: Заполните это поле',
      'Телефон: Номера +7 6xx и +7 7xx принадлежат Казахстану — укажите российский номер',
      'Пароль: Заполните это поле',
    ]);
    for (const field of form.querySelectorAll('gu-text-field, gu-password-field')) {
      await rendered(field);
      expect(errorText(field), field.getAttribute('name')!).to.match(/^Ошибка: /);
      expect(parts(field).input.getAttribute('aria-invalid')).to.equal('true');
    }
    await expectAccessible(form);
  });

  it('a summary link moves focus into the field input', async () => {
    const { form, summary } = await signUpForm();
    form.requestSubmit();
    await rendered(summary);
    const phone = form.querySelector('gu-text-field[name="phone"]')!;
    const link = links(summary)[1]!;
    expect(link.getAttribute('href')).to.equal(`#${phone.id}`);
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(parts(phone).input);
  });

  it('lets a valid form through and empties the summary', async () => {
    const { form, summary, sent } = await signUpForm();
    form.requestSubmit();
    await rendered(summary);
    expect(links(summary)).to.have.length(3);
    const [snils, phone] = [...form.querySelectorAll('gu-text-field')];
    snils!.value = '11223344595';
    phone!.value = '+79161234567';
    form.querySelector('gu-password-field')!.value = 'Длинный-пароль';
    await Promise.all([...form.querySelectorAll('*')].map(rendered));
    form.requestSubmit();
    await rendered(summary);
    expect(sent()).to.equal(1);
    expect(links(summary)).to.have.length(0);
    expect(new FormData(form).get('phone')).to.equal('+79161234567');
  });

  it('returns the errors with their controls', async () => {
    const { form } = await signUpForm();
    const result = validateForm(form);
    expect(result.valid).to.equal(false);
    expect(result.errors.map((error) => error.control.getAttribute('name'))).to.deep.equal([
      'snils',
      'phone',
      'password',
    ]);
    expect(result.errors[0]!.message).to.equal('Заполните это поле');
  });

  it('speaks English under lang="en"', async () => {
    const { form, summary } = await signUpForm('en');
    form.requestSubmit();
    await rendered(summary);
    expect(accessibleName(summaryBox(summary))).to.equal('There is a problem');
    expect(summaryBox(summary).textContent).to.contain('3 errors found');
    expect(links(summary)[0]!.textContent!.trim()).to.equal('СНИЛС: Fill in this field');
  });
});
