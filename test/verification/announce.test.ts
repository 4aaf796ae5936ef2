/** What <gu-verification> says through live regions, observed as a screen reader would meet it (issue 12, defect 10). */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { recordAnnouncements } from '../helpers/perceive.js';
import { byText, deepActiveElement, mountSignedIn, tabTo, until } from './harness.js';

describe('gu-verification: announcements', () => {
  it('the first «Код отправлен» is announced, not only shown', async () => {
    await mountSignedIn('simplified', undefined, false);
    await tabTo((el) => el.getAttribute('aria-label') === 'Подтвердить почту', 'confirm e-mail');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.textContent?.includes('Подтверждение электронной почты'), 'heading');
    const heard = recordAnnouncements({ existingOnly: true });
    try {
      await tabTo(byText('Отправить код'), 'send');
      await sendKeys({ press: 'Enter' });
      await heard.until('Код отправлен на');
      expect(heard.said.filter((line) => line.includes('Код отправлен')).length).to.be.greaterThan(0);
    } finally {
      heard.stop();
    }
  });
});
