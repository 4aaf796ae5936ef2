/**
 * «Изменить пароль» by keyboard alone: the current and a new password (the shared checklist live), the code read from
 * the mock's SMS inbox and pasted into the one-time-code field, «Завершить все другие сеансы» — the identity account
 * <gu-login> uses gets the new password. A wrong current password counts against the sign-in lockout (tries left
 * next to the field; the fifth locks and says when to come back); a reused password is refused next to its field;
 * a lapsed step-up mid-flow asks in the dialog and the change goes through with what was typed.
 */
import { expect } from '@open-wc/testing';
import { accounts, lastDeliveredCode, resetMockIdentity } from '../../mocks/identity/store.js';
import { expireReauthentication, loginEventsOf, rememberPassword } from '../../mocks/security/store.js';
import { expectNoText } from '../helpers/perceive.js';
import {
  byName,
  deepActiveElement,
  deepText,
  expectAccessible,
  getDb,
  mountSecurity,
  recordAnnouncements,
  sendKeys,
  tabTo,
  until,
  type SecurityHarness,
} from './harness.js';

const NEW_PASSWORD = 'Кедр-Сосна-2027!';

const isInput = (name: string) => (el: Element) =>
  el instanceof HTMLInputElement && (el.getRootNode() as ShadowRoot).host?.getAttribute('name') === name;

/** Types into a field reached by Tab (its inner input). */
async function typeInto(name: string, text: string): Promise<void> {
  await tabTo(isInput(name), `the «${name}» field`);
  await sendKeys({ type: text });
}

/** Clears the focused input by keyboard. */
async function clearFocused(): Promise<void> {
  const input = deepActiveElement() as HTMLInputElement;
  await sendKeys({ press: 'End' });
  for (let i = input.value.length; i > 0; i -= 1) await sendKeys({ press: 'Backspace' });
}

/** What pasting does in the focused input: a paste event with the text (the field keeps only the digits). */
function pasteIntoFocused(text: string): void {
  const input = deepActiveElement() as HTMLInputElement;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  if (input.dispatchEvent(event)) document.execCommand('insertText', false, text);
}

async function fillForm(current: string, next: string): Promise<void> {
  await typeInto('current', current);
  await typeInto('next', next);
  await typeInto('repeat', next);
  // Enter in a field submits the form through its «Получить код».
  await sendKeys({ press: 'Enter' });
}

async function open(h: SecurityHarness): Promise<ShadowRoot> {
  return h.waitForView('password', (root) => root.querySelector('gu-password-field[name="current"]'));
}

describe('<gu-security-settings> password change', () => {
  beforeEach(() => resetMockIdentity());

  it('changes the password by keyboard with a pasted code and ends the other sessions', async () => {
    const h = await mountSecurity({ view: 'password' });
    const root = await open(h);
    await expectAccessible(h.widget);
    const said = recordAnnouncements();
    await typeInto('current', 'confirmed-2026');
    await typeInto('next', 'кедр');
    // The checklist follows the typing: the length not met yet.
    await until(() => deepText(root).includes('Не короче 8 символов — не выполнено'), 'the live checklist');
    await sendKeys({ type: '-сосна-2027!' });
    await until(() => deepText(root).includes('Заглавная буква — не выполнено'), 'upper case not met');
    await clearFocused();
    await sendKeys({ type: NEW_PASSWORD });
    await until(() => deepText(root).includes('Заглавная буква — выполнено'), 'upper case met');
    await until(() => root.querySelector('[data-score]'), 'the strength meter');
    await typeInto('repeat', NEW_PASSWORD);
    await sendKeys({ press: 'Enter' });

    await until(() => isInput('code')(deepActiveElement()!), 'focus on the code');
    await said.until(/Код отправлен на \+7/);
    const code = lastDeliveredCode()!;
    expect(code).to.match(/^\d{6}$/);
    pasteIntoFocused(`${code.slice(0, 3)} ${code.slice(3)}`);
    const box = await tabTo(byName('Завершить все другие сеансы'), 'the end-sessions box');
    expect((box as HTMLInputElement).checked).to.equal(true);
    await expectAccessible(h.widget);
    // Back to the code and Enter: the form is sent through «Изменить пароль».
    await tabTo(isInput('code'), 'the code', { back: true });
    await sendKeys({ press: 'Enter' });

    await said.until(/Пароль изменён\. Завершен/);
    await until(() => deepActiveElement()?.id === 'done', 'focus on «Пароль изменён»');
    expect(accounts.get('person-1')!.password).to.equal(NEW_PASSWORD);
    // The «Пароль изменён» alert is in the citizen's feed.
    const alert = getDb().notifications.find((n) => n.ownerId === 'person-1' && n.title === 'Пароль изменён');
    expect(alert?.category).to.equal('security');
    expectNoText(root, [NEW_PASSWORD, 'confirmed-2026'], 'the passwords');
    said.stop();
  });

  it('counts a wrong current password toward the lockout and refuses a reused one, keeping what was typed', async () => {
    const h = await mountSecurity({ view: 'password' });
    const root = await open(h);
    rememberPassword('person-1', 'Старый-Пароль-1!');
    const said = recordAnnouncements();
    // A reused password: said next to the new password, nothing typed lost.
    await fillForm('confirmed-2026', 'Старый-Пароль-1!');
    await said.until(/Этот пароль вы уже использовали/);
    await until(() => isInput('next')(deepActiveElement()!), 'focus on the new password');
    expect((root.querySelector('gu-password-field[name="current"]') as HTMLInputElement).value).to.equal(
      'confirmed-2026',
    );

    // Wrong current passwords: tries left next to the field, the fifth locks.
    await tabTo(isInput('current'), 'the current password', { back: true });
    await clearFocused();
    await sendKeys({ type: 'wrong-1' });
    await tabTo(isInput('next'), 'the new password');
    await clearFocused();
    await sendKeys({ type: NEW_PASSWORD });
    await tabTo(isInput('repeat'), 'the repeat');
    await clearFocused();
    await sendKeys({ type: NEW_PASSWORD });
    await sendKeys({ press: 'Enter' });
    await said.until('Неверный текущий пароль. Осталось 4 попытки, затем вход будет заблокирован.');
    const current = root.querySelector('gu-password-field[name="current"]')!;
    expect(deepText(current)).to.include('Осталось 4 попытки');
    for (const left of ['3 попытки', '2 попытки', '1 попытка']) {
      await tabTo(isInput('current'), 'the current password', { back: true });
      await sendKeys({ press: 'Enter' });
      await said.until(new RegExp(`Неверный текущий пароль\\. Остал(ось|ась) ${left}`));
    }
    await sendKeys({ press: 'Enter' });
    await said.until(/вход заблокирован\. Повторите через 15 минут, в \d{1,2}:\d{2}\./);
    // Newest first: the lockout, then the four wrong passwords.
    const failures = loginEventsOf('person-1').filter((e) => e.method === 'reauthentication');
    expect(failures.map((e) => e.reason)).to.deep.equal([
      'account-locked',
      'wrong-password',
      'wrong-password',
      'wrong-password',
      'wrong-password',
    ]);
    expect((current as HTMLInputElement).value).to.equal('wrong-1');
    await expectAccessible(h.widget);
    said.stop();
  });

  it('asks the step-up mid-flow and goes through with the typed code; a cancelled question keeps it', async () => {
    const h = await mountSecurity({ view: 'password' });
    const root = await open(h);
    const said = recordAnnouncements();
    await fillForm('confirmed-2026', NEW_PASSWORD);
    await until(() => isInput('code')(deepActiveElement()!), 'focus on the code');
    const code = lastDeliveredCode()!;
    pasteIntoFocused(code);
    // The re-authentication the current password gave lapsed while the citizen read the SMS.
    expireReauthentication();
    await sendKeys({ press: 'Enter' });
    await until(() => h.root.querySelector('gu-security-reauth'), 'the step-up dialog');
    await sendKeys({ press: 'Escape' });
    await until(() => !h.root.querySelector('gu-security-reauth'), 'the dialog closed');
    expect(root.querySelector('gu-otp-field')!.value).to.equal(code);
    expect(root.querySelector('.problem')?.textContent?.trim()).to.equal('');

    await until(() => isInput('code')(deepActiveElement()!), 'focus back on the code');
    await sendKeys({ press: 'Enter' });
    await until(() => h.root.querySelector('gu-security-reauth'), 'the step-up dialog again');
    await until(
      () => deepActiveElement()?.getAttribute('autocomplete') === 'current-password',
      'focus on the dialog password',
    );
    await sendKeys({ type: 'confirmed-2026' });
    await sendKeys({ press: 'Enter' });
    await said.until(/Пароль изменён/);
    expect(accounts.get('person-1')!.password).to.equal(NEW_PASSWORD);
    said.stop();
  });
});
