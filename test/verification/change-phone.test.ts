/**
 * Issue 12, defect 9 (verification): changing the phone number had no test. Keyboard only: «Изменить телефон» → the
 * code to the old number → the new number → its code → changed; the new number is shown and announced, the overview
 * shows it too.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../helpers/a11y.js';
import { expectVisible, recordAnnouncements } from '../helpers/perceive.js';
import { byLabel, byText, deepActiveElement, mountSignedIn, part, tabTo, until } from './harness.js';

const otpFocused = () =>
  (deepActiveElement()?.getRootNode() as ShadowRoot | undefined)?.host?.tagName === 'GU-OTP-FIELD';

describe('gu-verification: changing the phone, keyboard only', () => {
  it('old number’s code → new number → its code → changed, shown and announced', async () => {
    const { widget } = await mountSignedIn('simplified');
    const events: { channel: string; changed: boolean }[] = [];
    widget.addEventListener('gu-verification-contact-confirmed', (e) =>
      events.push({ channel: e.detail.channel, changed: e.detail.changed }),
    );

    await tabTo((el) => el.getAttribute('aria-label') === 'Изменить телефон', 'change phone');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Изменение телефона'), 'change heading');
    const heard = recordAnnouncements({ existingOnly: true });
    try {
      // The current number first.
      await tabTo(byText('Отправить код'), 'send to the old number');
      await sendKeys({ press: 'Enter' });
      await until(otpFocused, 'old number’s code field');
      await heard.until('Код отправлен на');
      await sendKeys({ type: '123456' });
      await sendKeys({ press: 'Enter' });
      await until(() => part(widget).querySelector('#new-value'), 'new number step');
      await expectAccessible(widget);

      // The new number.
      await tabTo(byLabel('Новый номер телефона'), 'new number');
      await sendKeys({ type: '9165550199' });
      await sendKeys({ press: 'Enter' });
      await until(otpFocused, 'new number’s code field');
      await heard.until('Код отправлен на +7 (***) ***-01-99');
      await sendKeys({ type: '123456' });
      await sendKeys({ press: 'Enter' });
      await until(() => deepActiveElement()?.textContent?.includes('Телефон изменён и подтверждён'), 'changed');
      await heard.until('Новый номер: +7 (916) 555-01-99');
    } finally {
      heard.stop();
    }
    expectVisible(part(widget).querySelector('[data-new-contact]'), 'the new number');
    expect(part(widget).querySelector('[data-new-contact]')!.textContent).to.include('+7 (916) 555-01-99');
    expect(events).to.deep.equal([{ channel: 'phone', changed: true }]);
    await expectAccessible(widget);

    await tabTo(byText('К уровням учётной записи'), 'to overview');
    await sendKeys({ press: 'Enter' });
    await until(
      () => widget.shadowRoot!.querySelector('[data-contact="phone"]')?.textContent === '+7 (916) 555-01-99',
      'the overview shows the new number',
    );
    expectVisible(widget.shadowRoot!.querySelector('[data-contact="phone"]'), 'the new number in the overview');
  });
});
