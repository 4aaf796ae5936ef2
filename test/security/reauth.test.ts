/**
 * The step-up dialog (`gu-security-reauth`): a sensitive change answered 403 `reauthentication-required` asks the
 * password again in a dialog over what was typed; a wrong one says the tries left and counts against the account's
 * lockout (a failed login event of method `reauthentication`); the right one lets the change through once more;
 * «Отмена» or Esc says nothing, keeps the input and returns focus.
 */
import { expect } from '@open-wc/testing';
import { createPasskeyCredential } from '../../components/core/api/webauthn.js';
import { registerTestPasskey } from '../../mocks/identity/passkey.js';
import { resetMockIdentity } from '../../mocks/identity/store.js';
import { loginEventsOf } from '../../mocks/security/store.js';
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
  type SecurityHarness,
} from './harness.js';
import { addVirtualAuthenticator, removeVirtualAuthenticator } from '../helpers/webauthn.js';

const dialogOf = (h: SecurityHarness) => h.root.querySelector('gu-security-reauth')?.shadowRoot ?? null;

/** Opens the questions form, fills it and saves: the session's step-up lapsed, so the dialog asks. */
async function saveQuestions(h: SecurityHarness): Promise<void> {
  await h.waitForView('questions', (r) => deepText(r).includes('Девичья фамилия матери'));
  await tabTo(byName('Изменить вопросы'), '«Изменить вопросы»');
  await sendKeys({ press: 'Enter' });
  await until(() => deepActiveElement()?.id === 'q0', 'focus on question 1');
  await tabTo((el) => el.id === 'a0', 'answer 1');
  await sendKeys({ type: 'Петрова' });
  await tabTo((el) => el.id === 'a1', 'answer 2');
  await sendKeys({ type: 'Мурзик' });
  await tabTo(byName('Сохранить'), '«Сохранить»');
  await sendKeys({ press: 'Enter' });
  await until(() => dialogOf(h)?.querySelector('gu-dialog[open]'), 'the step-up dialog');
}

describe('<gu-security-settings> step-up dialog', () => {
  beforeEach(() => resetMockIdentity());

  it('asks the password again, counts a wrong one, then lets the change through', async () => {
    const h = await mountSecurity({ view: 'questions', scenario: 'reauth-required' });
    const calls = h.recordRequests();
    await saveQuestions(h);
    const dialog = dialogOf(h)!;
    expect(deepText(dialog)).to.include('Подтвердите, что это вы');
    await until(
      () => deepActiveElement()?.getAttribute('autocomplete') === 'current-password',
      10000,
      `focus on the password, not ${deepActiveElement()?.outerHTML.slice(0, 200)}`,
    );
    await expectAccessible(h.root.querySelector('gu-security-reauth')!);

    const said = recordAnnouncements();
    await sendKeys({ type: 'not-my-password' });
    await sendKeys({ press: 'Enter' });
    await said.until(/Неверный пароль\. Осталось 4 попытки/);
    const failures = loginEventsOf('person-1').filter((e) => e.method === 'reauthentication');
    expect(failures.map((e) => [e.result, e.reason])).to.deep.equal([['failure', 'wrong-password']]);

    await sendKeys({ press: 'End' });
    for (let i = 0; i < 'not-my-password'.length; i += 1) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'confirmed-2026' });
    await sendKeys({ press: 'Enter' });
    await said.until('Контрольные вопросы сохранены.');
    expect(h.root.querySelector('gu-security-reauth')).to.equal(null);
    // The change was made once more after the dialog: refused once (403), then accepted.
    expect(calls.count('PUT', 'security/questions')).to.equal(2);
    expect(calls.count('POST', 'security/reauthentication')).to.equal(2);
    said.stop();
  });

  it('«Отмена» and Esc say nothing, keep what was typed and give focus back', async () => {
    const h = await mountSecurity({ view: 'questions', scenario: 'reauth-required' });
    await saveQuestions(h);
    await tabTo(byName('Отмена'), '«Отмена» of the dialog');
    await sendKeys({ press: 'Enter' });
    await until(() => !h.root.querySelector('gu-security-reauth'), 'the dialog closed');
    const part = h.part();
    await until(() => accessibleSave(deepActiveElement()), 'focus back on «Сохранить»');
    expect(part.querySelector<HTMLInputElement>('#a0')!.value).to.equal('Петрова');
    expect(part.querySelector<HTMLInputElement>('#a1')!.value).to.equal('Мурзик');
    expect(part.querySelector('[role="alert"].problem')?.textContent?.trim()).to.equal('');

    await sendKeys({ press: 'Enter' });
    await until(() => dialogOf(h)?.querySelector('gu-dialog[open]'), 'the dialog again');
    await sendKeys({ press: 'Escape' });
    await until(() => !h.root.querySelector('gu-security-reauth'), 'the dialog closed by Esc');
    await until(() => accessibleSave(deepActiveElement()), 'focus back on «Сохранить» after Esc');
    expect(part.querySelector<HTMLInputElement>('#a0')!.value).to.equal('Петрова');
  });
});

function accessibleSave(element: Element | null): boolean {
  return element?.textContent?.trim() === 'Сохранить';
}

describe('<gu-security-settings> step-up with a passkey', () => {
  afterEach(async () => {
    resetMockIdentity();
    await removeVirtualAuthenticator();
  });

  it('confirms with a passkey of the account (the virtual authenticator) and the change goes through', async () => {
    await addVirtualAuthenticator();
    const h = await mountSecurity({ view: 'questions', scenario: 'reauth-required' });
    // A passkey of the account on this device, as «Добавить ключ доступа» makes it.
    const made = await createPasskeyCredential({
      challenge: 'c3RvcnktY2hhbGxlbmdl',
      rpId: location.hostname,
      rpName: 'Госуслуги',
      userId: 'cGVyc29uLTE',
      userName: 'confirmed',
      userDisplayName: 'Гарипова Екатерина',
      timeout: 60_000,
    });
    registerTestPasskey(made.credentialId, made.publicKey);
    const said = recordAnnouncements();
    await saveQuestions(h);
    await until(() => dialogOf(h)?.querySelector('#passkey'), 'the passkey offered');
    expect(deepText(dialogOf(h)!)).to.include('или используйте ключ доступа');
    await tabTo(byName('Подтвердить ключом доступа'), '«Подтвердить ключом доступа»');
    await sendKeys({ press: 'Enter' });
    await said.until('Контрольные вопросы сохранены.');
    expect(h.root.querySelector('gu-security-reauth')).to.equal(null);
    said.stop();
  });
});
