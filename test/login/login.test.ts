import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import {
  advanceMockIdentityClock,
  configureMockIdentity,
  endedSessionsOf,
  lastDeliveredCode,
  mockIdentityInbox,
} from '../../mocks/identity/index.js';
import { setScenario } from '../../mocks/scenarios.js';
import { useMockBackend } from '../helpers/mock-backend.js';
import { expectAccessible } from '../helpers/a11y.js';
import {
  alertText,
  countRequests,
  focused,
  input,
  mountLogin,
  typeInto,
  waitForAlert,
  waitForStep,
  internals,
} from './harness.js';

/** Presses Tab until the focused element's text matches (at most 20 stops). */
async function tabTo(text: string | RegExp): Promise<void> {
  const matches = () => {
    const label = focused()?.textContent?.trim() ?? '';
    return typeof text === 'string' ? label === text : text.test(label);
  };
  for (let stop = 0; stop < 20 && !matches(); stop += 1) await sendKeys({ press: 'Tab' });
  expect(matches(), `Tab reached «${String(text)}»`).to.equal(true);
}

const signInWith = async (login: Awaited<ReturnType<typeof mountLogin>>['login'], id: string, password: string) => {
  await typeInto(input(login, 'Телефон'), id);
  await typeInto(input(login, 'Пароль'), password);
  await sendKeys({ press: 'Enter' });
};

describe('<gu-login> sign-in', () => {
  it('signs in with the keyboard only: Tab order, radio arrows, a code, Enter — focus on the result', async () => {
    const { login, session } = await mountLogin();
    const events: string[] = [];
    login.addEventListener('gu-login-signed-in', (event) => events.push(event.type));
    // Tab from the start of the page reaches the identifier first, then the password, the toggle, «Чужой компьютер».
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(input(login, 'Телефон'));
    await sendKeys({ type: 'confirmed' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(input(login, 'Пароль'));
    await sendKeys({ type: 'confirmed-2026' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.textContent?.trim()).to.equal('Показать пароль');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(input(login, 'Чужой компьютер'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused()).to.equal(input(login, 'Пароль'));
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'second-factor');
    expect(focused()?.textContent?.trim()).to.equal('Подтвердите вход');
    await sendKeys({ press: 'Tab' });
    expect((focused() as HTMLInputElement).value).to.equal('sms');
    await sendKeys({ press: 'ArrowDown' });
    expect((focused() as HTMLInputElement).value).to.equal('email');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'code');
    expect(login.flow?.code?.method).to.equal('email');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(input(login, 'Код подтверждения'));
    await sendKeys({ type: lastDeliveredCode()! });
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'done');
    expect(session.session.status).to.equal('signed-in');
    expect(focused()?.textContent?.trim()).to.equal('Вы вошли в личный кабинет');
    expect(events).to.deep.equal(['gu-login-signed-in']);
    await expectAccessible(login);
  });

  it('keeps the credential form and inputs in the light DOM with the autocomplete tokens (autofill)', async () => {
    const { login } = await mountLogin();
    const inputs = [...document.querySelectorAll<HTMLInputElement>('gu-login input[autocomplete]')];
    expect(inputs.map((item) => item.autocomplete)).to.include.members(['username', 'current-password']);
    for (const item of inputs) expect(item.closest('form'), item.name).to.not.equal(null);
    expect(login.shadowRoot).to.equal(null);
    await signInWith(login, 'standard', 'standard-2026');
    await waitForStep(login, 'code');
    expect(
      document.querySelector<HTMLInputElement>('gu-login form input[autocomplete="one-time-code"]')?.inputMode,
    ).to.equal('numeric');
  });

  it('accepts a pasted «123 456» or «123-456» in the code field', async () => {
    const { login } = await mountLogin();
    await signInWith(login, 'standard', 'standard-2026');
    await waitForStep(login, 'code');
    for (const pasted of ['123 456', '123-456']) {
      const field = input(login, 'Код подтверждения');
      field.focus();
      field.select();
      document.execCommand('insertText', false, pasted);
      await login.updateComplete;
      expect(field.value).to.equal('123456');
    }
  });

  it('says one generic message for a wrong password and for an unknown account, in an alert region that existed before', async () => {
    const { login } = await mountLogin();
    const region = login.querySelector('.gu-login__alert');
    expect(region?.getAttribute('role')).to.equal('alert');
    await signInWith(login, 'standard', 'wrong-password');
    const known = await waitForAlert(login, /Неверный логин или пароль/);
    expect(login.querySelector('.gu-login__alert')).to.equal(region);
    input(login, 'Телефон').value = '';
    input(login, 'Пароль').value = '';
    internals(login).signInForm.values = {};
    await signInWith(login, 'nobody@example.ru', 'wrong-password');
    await waitUntil(() => alertText(login) !== '', 'an alert', { timeout: 10_000 });
    expect(await waitForAlert(login, /Неверный логин или пароль/)).to.equal(known);
  });

  it('sends one request for a double-clicked submit', async () => {
    const { login } = await mountLogin();
    internals(login).signInForm.input('login', 'simplified');
    internals(login).signInForm.input('password', 'wrong');
    const counter = countRequests('/identity/sign-in');
    const button = login.querySelector<HTMLButtonElement>('button[type=submit]')!;
    button.click();
    button.click();
    await waitForAlert(login, /Неверный/);
    counter.stop();
    expect(counter.count()).to.equal(1);
  });

  it('renders an XSS string of a server message as text', async () => {
    const { login } = await mountLogin();
    const worker = await useMockBackend('default');
    const xss = '<img src=x onerror="window.__xss=1">Ошибка';
    worker.use(
      http.post('*/api/identity/sign-in', () => HttpResponse.json({ code: 'odd', message: xss }, { status: 409 })),
    );
    await signInWith(login, 'confirmed', 'confirmed-2026');
    await waitForAlert(login, /onerror/);
    expect(login.querySelector('img')).to.equal(null);
    expect(alertText(login)).to.contain(xss);
  });

  for (const scenario of ['offline', 'server-error'] as const) {
    it(`keeps what was typed on ${scenario}`, async () => {
      const { login } = await mountLogin();
      setScenario(scenario);
      await signInWith(login, 'confirmed', 'confirmed-2026');
      await waitForAlert(login, scenario === 'offline' ? /Нет связи/ : /временно недоступен/);
      expect(input(login, 'Телефон').value).to.equal('confirmed');
      expect(input(login, 'Пароль').value).to.equal('confirmed-2026');
      setScenario('default');
    });
  }

  it('shows precise messages on submit and focuses the summary', async () => {
    const { login } = await mountLogin();
    await typeInto(input(login, 'Телефон'), '804-941-011 81');
    await sendKeys({ press: 'Enter' });
    await login.updateComplete;
    const summary = login.querySelector('.gu-login__summary');
    expect(focused()).to.equal(summary);
    expect(summary?.textContent).to.contain('Контрольное число СНИЛС');
    expect(summary?.textContent).to.contain('Введите пароль');
    expect(input(login, 'Телефон').getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(login);
  });

  it('speaks English', async () => {
    const { login } = await mountLogin({ lang: 'en' });
    expect(login.querySelector('.gu-login__heading')?.textContent?.trim()).to.equal('Sign in to your personal account');
    expect(login.querySelector('label')?.textContent).to.contain('Phone, e-mail, SNILS or INN');
  });
});

describe('<gu-login> against the mock enforcement', () => {
  it('locks after 5 failures for 15 min, says the unlock time, and refuses even the right password', async () => {
    const { login } = await mountLogin();
    const statuses: string[] = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      internals(login).signInForm.values = { login: 'standard', password: `wrong-${attempt}` };
      login.querySelector('form')!.requestSubmit();
      await waitUntil(() => !internals(login).isBusy && alertText(login) !== '', 'the answer and its alert', {
        timeout: 10_000,
      });
      statuses.push(await waitForAlert(login, attempt < 5 ? /Неверный/ : /заблокирован/));
    }
    expect(statuses.at(-1)).to.match(/через 15 минут, в \d{1,2}:\d{2}/);
    internals(login).signInForm.values = { login: 'standard', password: 'standard-2026' };
    login.querySelector('form')!.requestSubmit();
    await waitForAlert(login, /заблокирован/);
    expect(login.step).to.equal('sign-in');
    advanceMockIdentityClock(15 * 60_000 + 1000);
    login.querySelector('form')!.requestSubmit();
    await waitForStep(login, 'code');
  });

  const codeRules: {
    name: string;
    act: (login: Awaited<ReturnType<typeof mountLogin>>['login']) => Promise<void>;
    expect: RegExp;
  }[] = [
    {
      name: 'a wrong code says the attempts left',
      act: async (login) => {
        internals(login).codeForm.input('code', '000000');
        login.querySelector('form')!.requestSubmit();
      },
      expect: /Неверный код\. Осталось 4 попытки/,
    },
    {
      name: '5 wrong codes invalidate the code',
      act: async (login) => {
        for (let i = 0; i < 5; i += 1) {
          internals(login).codeForm.input('code', '000000');
          login.querySelector('form')!.requestSubmit();
          await waitUntil(() => !internals(login).isBusy && alertText(login) !== '', 'the answer and its alert', {
            timeout: 10_000,
          });
        }
      },
      expect: /больше не действует/,
    },
    {
      name: 'an expired code (5 min) is refused',
      act: async (login) => {
        advanceMockIdentityClock(301_000);
        internals(login).codeForm.input('code', lastDeliveredCode()!);
        login.querySelector('form')!.requestSubmit();
      },
      expect: /Срок действия кода истёк/,
    },
    {
      name: 'a resend within 60 s is refused by the server with the time to wait',
      act: async (login) => {
        login.flow = { ...login.flow!, code: { ...login.flow!.code!, resendIn: 0 } };
        await login.updateComplete;
        [...login.querySelectorAll<HTMLButtonElement>('button')]
          .find((b) => b.textContent?.includes('Получить новый код'))!
          .click();
      },
      expect: /Новый код можно запросить чуть позже.*Повторите через/,
    },
    {
      name: 'resending never resets the failure count',
      act: async (login) => {
        for (let i = 0; i < 2; i += 1) {
          internals(login).codeForm.input('code', '000000');
          login.querySelector('form')!.requestSubmit();
          await waitUntil(() => !internals(login).isBusy && alertText(login) !== '', 'the answer and its alert', {
            timeout: 10_000,
          });
        }
        configureMockIdentity({ resendCooldown: 0, codeAttempts: 50 });
        login.flow = { ...login.flow!, code: { ...login.flow!.code!, resendIn: 0 } };
        await login.updateComplete;
        const sent = mockIdentityInbox().length;
        [...login.querySelectorAll<HTMLButtonElement>('button')]
          .find((b) => b.textContent?.includes('Получить новый код'))!
          .click();
        // Wait for the state, not for time: the new code is delivered and the resend request is over.
        await waitUntil(() => mockIdentityInbox().length > sent && !internals(login).isBusy, 'the new code was sent', {
          timeout: 5000,
        });
        internals(login).codeForm.input('code', '000000');
        login.querySelector('form')!.requestSubmit();
      },
      // 10 account failures lock the factor: after 3 failures, 7 remain — the count survived the resend.
      expect: /Неверный код\. Осталось 7 попыток/,
    },
  ];
  for (const rule of codeRules) {
    it(rule.name, async () => {
      const { login } = await mountLogin();
      await signInWith(login, 'standard', 'standard-2026');
      await waitForStep(login, 'code');
      await rule.act(login);
      await waitForAlert(login, rule.expect);
      await expectAccessible(login);
    });
  }

  it('signs in with a backup code', async () => {
    const { login } = await mountLogin();
    await signInWith(login, 'standard', 'standard-2026');
    await waitForStep(login, 'code');
    [...login.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('резервный'))!.click();
    await waitForStep(login, 'backup');
    await typeInto(input(login, 'Резервный код'), '11223344');
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'done');
  });
});

describe('<gu-login> registration and recovery', () => {
  it('registers a simplified account with the keyboard and prompts to verify', async () => {
    const { login, session } = await mountLogin();
    const events: string[] = [];
    for (const type of ['gu-login-signed-in', 'gu-login-registered'])
      login.addEventListener(type, () => events.push(type));
    [...login.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.includes('Зарегистрироваться'))!
      .click();
    await waitForStep(login, 'register');
    await typeInto(input(login, 'Фамилия'), 'Смирнова');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Анна' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '+7 916 555-12-34' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'code');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await typeInto(input(login, 'Код подтверждения'), lastDeliveredCode()!);
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'password');
    expect(document.querySelector<HTMLInputElement>('gu-login form input[autocomplete="new-password"]')).to.not.equal(
      null,
    );
    await typeInto(input(login, 'Новый пароль'), 'Qwerty123!');
    await typeInto(input(login, 'Повторите'), 'Qwerty123!');
    await sendKeys({ press: 'Enter' });
    // The server's blocklist reason next to the field (the checklist always mentions «распространённый»).
    await waitUntil(
      () =>
        [...login.querySelectorAll('.gu-login__error')].some((item) => /распространён/.test(item.textContent ?? '')),
      `the blocklist reason is shown: ${login.querySelector('form')?.textContent?.replace(/\s+/g, ' ')}`,
      { timeout: 10_000 },
    );
    await waitUntil(() => !internals(login).isBusy, 'the answer is in', { timeout: 10_000 });
    await typeInto(input(login, 'Новый пароль'), '');
    input(login, 'Новый пароль').select();
    await sendKeys({ type: 'Лес-Река-42!' });
    input(login, 'Повторите').select();
    await typeInto(input(login, 'Повторите'), 'Лес-Река-42!');
    input(login, 'Повторите').value = 'Лес-Река-42!';
    input(login, 'Повторите').dispatchEvent(new InputEvent('input', { bubbles: true }));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => login.step === 'done', `stayed ${login.step}: ${alertText(login)} ${login.textContent}`, {
      timeout: 10_000,
    });
    expect(session.session.level).to.equal('simplified');
    expect(login.textContent).to.contain('Подтвердите личность');
    expect(events).to.deep.equal(['gu-login-signed-in', 'gu-login-registered']);
  });

  it('recovers access by SNILS: code, new password, ending the other sessions', async () => {
    const { login } = await mountLogin();
    let recovered: boolean | undefined;
    login.addEventListener('gu-login-recovered', (event) => (recovered = event.detail.endedOtherSessions));
    // From the identifier, with the keyboard only: Tab to «Забыли пароль?», Enter.
    input(login, 'Телефон').focus();
    await tabTo('Забыли пароль?');
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'recover');
    expect(focused()?.textContent?.trim()).to.equal('Восстановление доступа');
    await typeInto(input(login, 'СНИЛС'), '724-455-027 75');
    await sendKeys({ press: 'Enter' });
    await login.updateComplete;
    expect(login.querySelector('.gu-login__summary')?.textContent).to.contain('СНИЛС');
    input(login, 'СНИЛС').select();
    await sendKeys({ type: '72620136764' });
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'code');
    await typeInto(input(login, 'Код подтверждения'), lastDeliveredCode()!);
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'password');
    await typeInto(input(login, 'Новый пароль'), 'Синий-Кит-2027!');
    await typeInto(input(login, 'Повторите'), 'Синий-Кит-2027!');
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'done');
    expect(recovered).to.equal(true);
    expect(endedSessionsOf()).to.include('person-3');
  });

  it('recovers with security questions when the contacts are lost', async () => {
    const { login } = await mountLogin();
    internals(login).go('recover', undefined, 'recovery');
    await waitForStep(login, 'recover');
    await typeInto(input(login, 'СНИЛС'), 'garipova.e76@yandex.ru');
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'code');
    await tabTo(/Нет доступа/);
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'questions');
    await waitUntil(() => login.flow?.questions, 'questions loaded', { timeout: 10_000 });
    await login.updateComplete;
    await typeInto(input(login, 'Девичья'), 'Петрова');
    await typeInto(input(login, 'Кличка'), 'Барсик');
    await sendKeys({ press: 'Enter' });
    await waitForAlert(login, /Ответы не подходят/);
    input(login, 'Девичья').select();
    await sendKeys({ type: 'Иванова' });
    await sendKeys({ press: 'Enter' });
    await waitForStep(login, 'password');
    await expectAccessible(login);
  });
});
