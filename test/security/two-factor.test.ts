/**
 * «Двухфакторный вход» of <gu-security-settings>, keyboard only: an authenticator app added with a code the test
 * computes from the key the widget shows (the kept TOTP library `otpauth`, not a hand-written HOTP) — «Назад» and
 * opening the step again show the same key —, and the app then signs in through <gu-login>'s totp step; backup codes
 * regenerated (shown once, downloaded as .txt) and an old one refused at a sign-in through <gu-login>, a new one
 * accepted.
 */
import { expect } from '@open-wc/testing';
import { Secret, TOTP } from 'otpauth';
import { resetMockIdentity } from '../../mocks/identity/index.js';
import { input, mountLogin, typeInto, waitForAlert, waitForStep } from '../login/harness.js';
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

/** The open two-factor part and, when open, its authenticator-app step. */
async function openTwoFactor() {
  const h = await mountSecurity({ view: 'two-factor', beforeMount: () => resetMockIdentity() });
  const root = await h.waitForView('two-factor', (r) => r.querySelector('#add-app') !== null);
  const totp = () => root.querySelector('gu-security-totp-setup')?.shadowRoot ?? null;
  return { h, root, totp };
}

const keyShown = (shadow: ShadowRoot | null): string => shadow?.querySelector('#key')?.textContent?.trim() ?? '';

/** Presses Enter on the focused button, once Tab reached it. */
async function activate(name: string): Promise<void> {
  await tabTo(byName(name), name);
  await press('Enter');
}

describe('<gu-security-settings> two-factor', () => {
  it('adds an authenticator app with a code computed from the shown key, keeps the key on «Назад», signs in with it', async () => {
    const { root, totp } = await openTwoFactor();
    const said = recordAnnouncements();
    (document.activeElement as HTMLElement | null)?.blur();
    await activate('Подключить приложение');
    await until(() => keyShown(totp()) !== '', 10_000, 'the key');
    const key = keyShown(totp());
    expect(key, 'in groups of four').to.match(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const spelled = totp()!.querySelector('#key')!.getAttribute('aria-label')!;
    expect(spelled.startsWith(`Ключ: ${[...key.slice(0, 4)].join(' ')}, `), spelled).to.equal(true);
    await until(() => totp()!.querySelector('svg[role="img"]') !== null, 10_000, 'the QR code');
    expect(totp()!.querySelector('svg')!.getAttribute('aria-label')).to.contain('QR-код');
    await until(() => deepActiveElement()?.textContent?.trim() === 'Подключить приложение', 5000, 'focus on the step');
    await expectAccessible(root.host as HTMLElement);

    // «Назад» and the step again: the same key (the server's pending setup).
    await activate('Назад');
    await until(() => root.querySelector('#add-app') !== null, 5000, 'back on the main screen');
    await activate('Подключить приложение');
    await until(() => keyShown(totp()) !== '', 10_000, 'the key again');
    expect(keyShown(totp())).to.equal(key);

    // A wrong code first: said, with the tries left.
    await tabTo(byName('Название приложения'), 'the app name');
    await sendKeys({ type: 'Мой телефон' });
    await tabTo(byName('Код из приложения'), 'the code field');
    const secret = Secret.fromBase32(key.replaceAll(' ', ''));
    const right = TOTP.generate({ secret });
    const wrong = right === '000000' ? '111111' : '000000';
    await sendKeys({ type: wrong });
    await press('Enter');
    await said.until('Неверный код.', 10_000);

    await tabTo(byName('Код из приложения'), 'the code field');
    for (let i = 0; i < 6; i += 1) await press('Backspace');
    await sendKeys({ type: TOTP.generate({ secret }) });
    await press('Enter');
    await until(
      () => root.querySelector('#status')?.textContent?.includes('Приложение «Мой телефон» подключено.') === true,
      10_000,
      'the app added',
    );
    await said.until('Приложение «Мой телефон» подключено.', 5000);
    expect(deepText(root)).to.contain('Мой телефон');
    said.stop();

    // The sign-in's totp step checks real codes against the key the widget showed.
    const { login } = await mountLogin({}, { keepIdentity: true });
    await typeInto(input(login, 'Телефон'), 'confirmed');
    await typeInto(input(login, 'Пароль'), 'confirmed-2026');
    await press('Enter');
    await waitForStep(login, 'second-factor');
    const app = [...login.querySelectorAll<HTMLInputElement>('input[name="method"]')].find((i) => i.value === 'totp')!;
    app.focus();
    await press('Space');
    await press('Enter');
    await waitForStep(login, 'code');
    await typeInto(input(login, /Код/), TOTP.generate({ secret }));
    await press('Enter');
    await waitForStep(login, 'done', 10_000);
  }).timeout(90_000);

  it('regenerates backup codes after a confirmation: shown once, downloaded; an old code is refused at sign-in', async () => {
    const { root } = await openTwoFactor();
    expect(deepText(root)).to.contain('Осталось 2 резервных кода.');
    const said = recordAnnouncements();
    (document.activeElement as HTMLElement | null)?.blur();
    await activate('Создать новые коды');
    // The confirmation says the old codes stop working; Tab reaches its confirm button.
    await until(() => deepText(root).includes('Старые коды перестанут работать'), 5000, 'the confirmation');
    await tabTo((el) => el.id === 'confirm', 'the confirm button');
    await press('Enter');
    await until(() => root.querySelectorAll('.codes li').length === 10, 10_000, 'ten codes shown');
    const codes = [...root.querySelectorAll('.codes li')].map((li) => li.textContent!.trim());
    expect(codes.every((code) => /^\d{8}$/.test(code))).to.equal(true);
    expect(codes).not.to.include('12345678');
    await said.until('Резервные коды созданы', 5000);
    await until(() => deepActiveElement()?.textContent?.trim() === 'Ваши резервные коды', 5000, 'focus on the codes');
    await expectAccessible(root.host as HTMLElement);

    // «Скачать»: a .txt with every code.
    const saved: Array<{ name: string; href: string }> = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    };
    try {
      await activate('Скачать');
      await until(() => saved.length === 1, 5000, 'the file saved');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved[0]!.name).to.equal('gosuslugi-backup-codes.txt');
    const text = await (await fetch(saved[0]!.href)).text();
    for (const code of codes) expect(text).to.contain(code);
    expect(text).to.contain('Резервные коды для входа на Госуслуги');

    await activate('Я сохранил коды');
    await until(() => deepText(root).includes('Осталось 10 резервных кодов.'), 10_000, 'the count');
    expect(root.querySelector('.codes'), 'never shown again').to.equal(null);
    said.stop();

    // <gu-login>: the old code is refused as the citizen sees it, a new one signs in.
    const { login } = await mountLogin({}, { keepIdentity: true });
    await typeInto(input(login, 'Телефон'), 'confirmed');
    await typeInto(input(login, 'Пароль'), 'confirmed-2026');
    await press('Enter');
    await waitForStep(login, 'second-factor');
    [...login.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.includes('резервный код'))!
      .focus();
    await press('Enter');
    await waitForStep(login, 'backup');
    await typeInto(input(login, 'Резервный код'), '12345678');
    await press('Enter');
    await waitForAlert(login, /Неверный резервный код/);
    const field = input(login, 'Резервный код');
    field.select();
    await typeInto(field, codes[3]!);
    await press('Enter');
    await waitForStep(login, 'done', 10_000);
  }).timeout(90_000);
});
