/**
 * Issue 12, defect 9 (login part): «Чужой компьютер» was sent and ignored — the mock remembered no device, so a next
 * sign-in could not skip or ask for the one-time code as it should. Now the identity mock remembers a device
 * (an HttpOnly cookie, mocks/identity) after a completed second factor, unless «Чужой компьютер» was checked; a
 * sign-in with «Чужой компьютер» on a remembered device forgets it. Every sign-in here is with the keyboard.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { lastDeliveredCode } from '../../mocks/identity/index.js';
import { input, mountLogin, typeInto, waitForStep } from './harness.js';
import type { GuLogin } from '../../components/login/login.js';

/** Signs in as `standard` (second factor: SMS) with the keyboard; answers the code when asked. */
async function signIn(login: GuLogin, foreign: boolean): Promise<'asked for a code' | 'signed in at once'> {
  await typeInto(input(login, 'Телефон'), 'standard');
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: 'standard-2026' });
  if (foreign) {
    await sendKeys({ press: 'Tab' }); // «Показать пароль»
    await sendKeys({ press: 'Tab' }); // «Чужой компьютер»
    await sendKeys({ press: 'Space' });
    expect(input(login, 'Чужой компьютер').checked).to.equal(true);
  }
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => login.step === 'done' || login.step === 'code', `step ${login.step}`, { timeout: 5000 });
  if (login.step === 'done') {
    await waitForStep(login, 'done');
    return 'signed in at once';
  }
  await waitForStep(login, 'code');
  await typeInto(input(login, 'Код подтверждения'), lastDeliveredCode()!);
  await sendKeys({ press: 'Enter' });
  await waitForStep(login, 'done');
  return 'asked for a code';
}

/** The next visit: a new page session and a new <gu-login>, the identity server (and the device's cookie) kept. */
async function nextVisit(previous: GuLogin): Promise<GuLogin> {
  previous.closest('gu-session')?.remove();
  return (await mountLogin({}, { keepIdentity: true })).login;
}

describe('<gu-login> «Чужой компьютер» and the trusted device', () => {
  it('skips the code on a remembered device, asks again after «Чужой компьютер»', async () => {
    let { login } = await mountLogin();
    expect(await signIn(login, false), 'a new device').to.equal('asked for a code');
    login = await nextVisit(login);
    expect(await signIn(login, false), 'the remembered device').to.equal('signed in at once');
    login = await nextVisit(login);
    expect(await signIn(login, true), '«Чужой компьютер» always asks').to.equal('asked for a code');
    login = await nextVisit(login);
    expect(await signIn(login, false), 'the device was forgotten').to.equal('asked for a code');
    login = await nextVisit(login);
    expect(await signIn(login, false), 'remembered again').to.equal('signed in at once');
  });

  it('does not remember a device signed in with «Чужой компьютер»', async () => {
    const { login } = await mountLogin();
    expect(await signIn(login, true)).to.equal('asked for a code');
    expect(await signIn(await nextVisit(login), false), 'not remembered').to.equal('asked for a code');
  });
});
