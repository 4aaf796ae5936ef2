import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/core/ui/gu-otp-field.js';
import type { GuOtpField } from '../../../components/core/ui/otp-field.js';
import { expectAccessible } from '../../helpers/a11y.js';
import { accessibleName, errorText, parts, paste, rendered } from './fields-harness.js';

async function otpForm(length = 6) {
  const form = await fixture<HTMLFormElement>(
    html`<form novalidate>
      <gu-otp-field
        name="code"
        label="Код из СМС"
        hint="Мы отправили код на +7 (***) ***-45-67"
        length=${length}
        required
      ></gu-otp-field>
      <button type="button">Отправить ещё раз</button>
    </form>`,
  );
  const field = form.querySelector<GuOtpField>('gu-otp-field')!;
  await rendered(field);
  const completes: string[] = [];
  field.addEventListener('gu-otp-complete', (event) => completes.push(event.detail.code));
  return { form, field, completes };
}

describe('gu-otp-field', () => {
  it('is one numeric input with one-time-code autocomplete and an accessible name', async () => {
    const { field } = await otpForm();
    const inputs = field.shadowRoot!.querySelectorAll('input');
    expect(inputs.length).to.equal(1);
    const { input } = parts(field);
    expect(input.inputMode).to.equal('numeric');
    expect(input.autocomplete).to.equal('one-time-code');
    expect(input.hasAttribute('maxlength')).to.equal(false);
    expect(accessibleName(input)).to.equal('Код из СМС (обязательное поле)');
    await expectAccessible(field);
  });

  for (const pasted of ['123 456', '123-456', '123456']) {
    it(`takes a pasted «${pasted}» as 123456 and fires gu-otp-complete once`, async () => {
      const { form, field, completes } = await otpForm();
      paste(parts(field).input, pasted);
      await rendered(field);
      expect(parts(field).input.value).to.equal('123456');
      expect(field.value).to.equal('123456');
      expect(new FormData(form).get('code')).to.equal('123456');
      expect(completes).to.deep.equal(['123456']);
    });
  }

  it('keeps digits only while typing, and completes once when the last digit is typed', async () => {
    const { field, completes } = await otpForm(4);
    field.focus();
    await sendKeys({ type: '1a2 3' });
    expect(parts(field).input.value).to.equal('123');
    expect(completes).to.deep.equal([]);
    await sendKeys({ type: '45' });
    expect(parts(field).input.value).to.equal('1234');
    expect(completes).to.deep.equal(['1234']);
  });

  it('says how many digits are missing after blur', async () => {
    const { field } = await otpForm();
    field.focus();
    await sendKeys({ type: '123' });
    await rendered(field);
    expect(errorText(field)).to.equal('');
    await sendKeys({ press: 'Tab' });
    await rendered(field);
    expect(errorText(field)).to.equal('Ошибка: Введите код из 6 цифр');
    expect(parts(field).input.getAttribute('aria-describedby')).to.equal('hint error');
    await expectAccessible(field);
  });

  it('is accessible when disabled and in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <gu-otp-field label="Code" required touched></gu-otp-field>
        <gu-otp-field label="Code" disabled></gu-otp-field>
      </div>`,
    );
    const field = wrapper.querySelector('gu-otp-field')!;
    await Promise.all([...wrapper.querySelectorAll('gu-otp-field')].map(rendered));
    expect(errorText(field)).to.equal('Error: Fill in this field');
    await expectAccessible(wrapper);
  });
});
