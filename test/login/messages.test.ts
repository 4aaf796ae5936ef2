/**
 * Issue 12, defect 10 (login part): the error summary listed «Заполните это поле» twice without naming the fields —
 * in sign-in, the code, the new password and recovery. Each message (next to the field and in the summary) must name
 * its field, and no two entries of a summary may read the same. The first «Код отправлен» is said in a live region.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../helpers/a11y.js';
import { recordAnnouncements } from '../helpers/perceive.js';
import { input, mountLogin, typeInto, waitForStep, internals } from './harness.js';
import type { GuLogin } from '../../components/login/login.js';

const summaryItems = (login: GuLogin): string[] =>
  [...login.querySelectorAll('.gu-login__summary li')].map(
    (item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );

async function submitEmpty(login: GuLogin, field: HTMLInputElement): Promise<string[]> {
  field.focus();
  await sendKeys({ press: 'Enter' });
  await login.updateComplete;
  const items = summaryItems(login);
  expect(items.length, 'the summary lists the errors').to.be.greaterThan(0);
  expect(new Set(items).size, `no two entries read the same: ${items.join(' | ')}`).to.equal(items.length);
  for (const item of items) expect(item, 'no nameless message').to.not.match(/Заполните это поле|Обязательное поле/);
  return items;
}

describe('<gu-login> error messages name their fields', () => {
  it('sign-in: identifier and password', async () => {
    const { login } = await mountLogin();
    await internals(login).ready();
    const items = await submitEmpty(login, input(login, 'Телефон'));
    expect(items).to.deep.equal(['Введите телефон, почту, СНИЛС или ИНН', 'Введите пароль']);
    expect(login.querySelector(`#${internals(login).uid}-password-error`)?.textContent).to.contain('Введите пароль');
    await expectAccessible(login);
  });

  it('sign-in in English', async () => {
    const { login } = await mountLogin({ lang: 'en' });
    await internals(login).ready();
    expect(await submitEmpty(login, input(login, 'Phone'))).to.deep.equal([
      'Enter your phone, e-mail, SNILS or INN',
      'Enter your password',
    ]);
  });

  it('the code step: the code is named, and the first «Код отправлен» is announced', async () => {
    const { login } = await mountLogin();
    const announcements = recordAnnouncements({ existingOnly: true });
    try {
      await typeInto(input(login, 'Телефон'), 'standard');
      await typeInto(input(login, 'Пароль'), 'standard-2026');
      await sendKeys({ press: 'Enter' });
      await waitForStep(login, 'code');
      await announcements.until(/Код отправлен в СМС на номер/);
    } finally {
      announcements.stop();
    }
    expect(await submitEmpty(login, input(login, 'Код подтверждения'))).to.deep.equal(['Введите код подтверждения']);
  });

  it('the new-password step: both fields named', async () => {
    const { login } = await mountLogin();
    login.flowKind = 'recovery';
    login.flow = { flowId: 'x', step: 'password', password: { policy: 'default', minLength: 8, maxLength: 128 } };
    login.step = 'password';
    await waitForStep(login, 'password');
    expect(await submitEmpty(login, input(login, 'Новый пароль'))).to.deep.equal([
      'Введите новый пароль',
      'Повторите новый пароль',
    ]);
  });

  it('recovery: the identifier named', async () => {
    const { login } = await mountLogin();
    internals(login).go('recover', undefined, 'recovery');
    await waitForStep(login, 'recover');
    expect(await submitEmpty(login, input(login, 'СНИЛС'))).to.deep.equal([
      'Введите телефон, почту, СНИЛС, ИНН или паспорт',
    ]);
  });

  it('registration: every field named', async () => {
    const { login } = await mountLogin();
    internals(login).go('register', undefined, 'registration');
    await waitForStep(login, 'register');
    expect(await submitEmpty(login, input(login, 'Фамилия'))).to.deep.equal([
      'Введите фамилию',
      'Введите имя',
      'Введите мобильный телефон или электронную почту',
      'Подтвердите согласие с условиями',
    ]);
  });
});
