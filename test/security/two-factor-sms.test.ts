/**
 * Turning two-factor sign-in on from nothing, keyboard only: «Включить» first says a method is needed, then the
 * backup codes; an SMS phone bound with the code the mock delivered (a wrong one first: said with the tries left),
 * the backup codes made and shown, and only after «Я сохранил коды» is it on — <gu-login> then asks for the code.
 * Turning it off asks first; the default method is a radio group; the last method while on is explained.
 */
import { expect } from '@open-wc/testing';
import { lastDeliveredCode, resetMockIdentity } from '../../mocks/identity/index.js';
import { setTwoFactorOf } from '../../mocks/security/two-factor.js';
import { input, mountLogin, typeInto, waitForStep } from '../login/harness.js';
import {
  byName,
  deepActiveElement,
  deepText,
  expectAccessible,
  mountSecurity,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
} from './harness.js';

const press = (key: string) => sendKeys({ press: key });

async function activate(name: string): Promise<void> {
  await tabTo(byName(name), name);
  await press('Enter');
}

describe('<gu-security-settings> two-factor: SMS, turning on and off', () => {
  it('turns on from nothing: a phone first, then backup codes, then on — and <gu-login> asks for the code', async () => {
    const h = await mountSecurity({
      view: 'two-factor',
      beforeMount: () => {
        resetMockIdentity();
        setTwoFactorOf('person-1', [], []);
      },
    });
    const root = await h.waitForView('two-factor', (r) => r.querySelector('#toggle') !== null);
    expect(deepText(root)).to.contain('Двухфакторный вход выключен');
    const said = recordAnnouncements();
    const calls = h.recordRequests();
    (document.activeElement as HTMLElement | null)?.blur();
    await activate('Включить двухфакторный вход');
    await said.until('сначала подключите способ подтверждения', 5000);
    expect(calls.count('PUT', 'security/two-factor'), 'nothing switched yet').to.equal(0);

    await activate('Подключить СМС');
    await until(() => deepActiveElement()?.textContent?.trim() === 'Подключить СМС', 5000, 'focus on the step');
    await tabTo(byName('Мобильный телефон'), 'the phone field');
    await sendKeys({ type: '9035550123' });
    await press('Enter');
    await said.until('Код отправлен на +7 (***) ***-01-23.', 10_000);
    const phone = (calls.calls.find((call) => call.path.endsWith('two-factor/sms'))?.body as { phone: string })?.phone;
    expect(phone).to.equal('+79035550123');

    await tabTo(byName('Код из СМС'), 'the code field');
    const code = lastDeliveredCode()!;
    await sendKeys({ type: code === '000000' ? '111111' : '000000' });
    await press('Enter');
    await said.until(/Неверный код\. Осталось 4 попытки\./, 10_000);
    await tabTo(byName('Код из СМС'), 'the code field');
    for (let i = 0; i < 6; i += 1) await press('Backspace');
    await sendKeys({ type: code });
    await press('Enter');

    // Turning on goes on by itself to the backup codes, and says why.
    await until(() => root.querySelectorAll('.codes li').length === 10, 10_000, 'the codes');
    expect(deepText(root)).to.contain('Теперь создайте и сохраните резервные коды');
    expect(calls.count('PUT', 'security/two-factor'), 'still not on').to.equal(0);
    await expectAccessible(root.host as HTMLElement);
    await activate('Я сохранил коды');
    await said.until('Двухфакторный вход включён.', 10_000);
    expect(calls.count('PUT', 'security/two-factor')).to.equal(1);
    expect(deepText(root)).to.contain('+7 (***) ***-01-23');
    said.stop();

    const { login } = await mountLogin({}, { keepIdentity: true });
    await typeInto(input(login, 'Телефон'), 'confirmed');
    await typeInto(input(login, 'Пароль'), 'confirmed-2026');
    await press('Enter');
    await waitForStep(login, 'code');
    expect(login.textContent).to.contain('***-01-23');
  }).timeout(90_000);

  it('changes the default method, explains the last method, and turns off after asking', async () => {
    const h = await mountSecurity({
      view: 'two-factor',
      beforeMount: () => {
        resetMockIdentity();
        setTwoFactorOf('person-1', ['sms', 'totp'], ['12345678']);
      },
    });
    const root = await h.waitForView('two-factor', (r) => r.querySelector('input[type="radio"]') !== null);
    const said = recordAnnouncements();
    (document.activeElement as HTMLElement | null)?.blur();
    // The radio group: the checked one takes focus, an arrow moves and chooses.
    await tabTo((el) => el instanceof HTMLInputElement && el.type === 'radio', 'the default method');
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('factor-sms');
    await press('ArrowDown');
    await said.until('Способ по умолчанию: Приложение-аутентификатор.', 10_000);

    // Remove one: fine; the last one while on: explained, nothing removed.
    await activate('Удалить СМС на телефон');
    await tabTo((el) => el.id === 'confirm', 'confirm');
    await press('Enter');
    await said.until(/Способ «.*» удалён\./, 10_000);
    await activate('Удалить Приложение-аутентификатор');
    await tabTo((el) => el.id === 'confirm', 'confirm');
    await press('Enter');
    await said.until('Это единственный способ подтверждения', 10_000);
    expect(root.querySelectorAll('[data-method]').length).to.equal(1);

    // Off: asked first, then said.
    await activate('Выключить двухфакторный вход');
    await until(() => deepText(root).includes('Для входа снова будет достаточно одного пароля'), 5000, 'asked');
    await tabTo((el) => el.id === 'confirm', 'confirm');
    await press('Enter');
    await said.until('Двухфакторный вход выключен.', 10_000);
    expect(deepText(root)).to.contain('Включить двухфакторный вход');
    said.stop();
  }).timeout(60_000);
});
