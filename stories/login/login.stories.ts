import { html, type TemplateResult } from 'lit';
import { delay, http } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/core/session/gu-session.js';
import '../../components/core/session/gu-session-notice.js';
import '../../components/login/gu-login.js';
import type { GuLogin, LoginStep, FlowKind } from '../../components/login/login.js';
import type { IdentityStep } from '../../components/login/api.js';
import type { FormState } from '../../components/core/ui/light-dom-form.js';
import type { GuSession } from '../../components/core/session/session-element.js';
import { configureMockIdentity, resetMockIdentity } from '../../mocks/identity/index.js';
import { setScenario } from '../../mocks/scenarios.js';
import { startMockWorker } from '../../mocks/browser.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface LoginArgs {
  step: LoginStep;
  flow?: IdentityStep;
  flowKind: FlowKind;
  passwordPolicy: 'default' | 'nist';
}

/** The widget's form state (private: stories fill a form as if typed, to reach a state at once). */
const forms = (login: GuLogin) => login as unknown as Record<'signInForm' | 'codeForm', FormState>;

const redirectUri = () => new URL('/', location.href).href;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check() && Date.now() - start < timeout) await wait(50);
}

/** The story's widget once its session has settled and the widget rendered. */
async function settled(root: HTMLElement): Promise<GuLogin> {
  const session = root.querySelector('gu-session') as GuSession | null;
  if (session) await until(() => !['unknown', 'signing-in'].includes(session.session.status));
  const login = root.querySelector('gu-login')!;
  await until(() => !login.querySelector('[role="status"]:not(.gu-login__sr)') || login.step === 'done');
  await login.updateComplete;
  return login;
}

/** Fills the sign-in form (as typed) and submits it; resolves when `done` says the state is reached. */
async function signIn(root: HTMLElement, login: string, password: string, done: (el: GuLogin) => boolean) {
  const element = await settled(root);
  forms(element).signInForm.input('login', login);
  forms(element).signInForm.input('password', password);
  element.querySelector('form')!.requestSubmit();
  await until(() => done(element));
  await element.updateComplete;
}

const alertSays = (el: GuLogin) => (el.querySelector('.gu-login__alert')?.textContent ?? '').trim().length > 0;

const code = (overrides: Partial<NonNullable<IdentityStep['code']>> = {}): IdentityStep => ({
  flowId: 'story-flow',
  step: 'code',
  backupCodes: true,
  methods: [
    { method: 'sms', destination: '+7 (***) ***-05-94' },
    { method: 'email', destination: 'ga***@yandex.ru' },
    { method: 'totp', destination: 'authenticator' },
  ],
  code: {
    method: 'sms',
    destination: '+7 (***) ***-05-94',
    length: 6,
    expiresIn: 300,
    resendIn: 0,
    attemptsLeft: 5,
    state: 'active',
    ...overrides,
  },
});

const meta = {
  title: 'Widgets/Login',
  component: 'gu-login',
  args: { step: 'sign-in', flowKind: 'sign-in', passwordPolicy: 'default' },
  parameters: {
    scenario: 'default',
    sweep: {
      ready: async (root: HTMLElement) => {
        await settled(root);
      },
    },
  } satisfies StoryParameters,
  render: (args): TemplateResult =>
    html`<gu-session authority="/mock-oidc" client-id="gu-kit-stories" redirect-uri=${redirectUri()}>
      <gu-login
        .step=${args.step}
        .flow=${args.flow}
        .flowKind=${args.flowKind}
        password-policy=${args.passwordPolicy}
        verify-href="/verify"
      ></gu-login>
    </gu-session>`,
} satisfies Meta<LoginArgs>;
export default meta;

type Story = StoryObj<LoginArgs>;

/** Idle: identifier, password with «Показать пароль», «Чужой компьютер», links and the other ways in (incl. «Войти через Госуслуги»). */
export const Idle = withLowVision({} satisfies Story, meta.render);

const identifier = (value: string): Story => ({
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        const login = await settled(root);
        forms(login).signInForm.input('login', value);
        login.querySelector('input')!.dispatchEvent(new FocusEvent('blur'));
        await login.updateComplete;
      },
    },
  },
});

/** A phone, detected («Распознано: телефон») and masked on leaving the field. */
export const IdentifierPhone = identifier('89348710594');
/** An e-mail. */
export const IdentifierEmail = identifier('garipova.e76@yandex.ru');
/** A SNILS, masked as 804-941-011 80. */
export const IdentifierSnils = identifier('80494101180');
/** An INN of a person (12 digits). */
export const IdentifierInn = identifier('521681492534');
/** A SNILS with a wrong check digit: the precise message next to the field. */
export const IdentifierWrongSnils = identifier('804-941-011 81');
/** A foreign phone: «Можно указать только российский номер». */
export const IdentifierForeignPhone = identifier('+44 20 7946 0958');

/** Submitted empty: errors next to the fields and the summary (focused). */
export const SubmittedEmpty: Story = {
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        const login = await settled(root);
        login.querySelector('form')!.requestSubmit();
        await login.updateComplete;
      },
    },
  },
};

/**
 * A pasted password over the contract's 128 characters: kept whole (never cut), the field says what and how much at
 * once («Пароль — не больше 128 символов, сейчас 200»), and a submit sends nothing.
 */
export const PasswordTooLong: Story = {
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        const login = await settled(root);
        forms(login).signInForm.input('login', 'confirmed');
        forms(login).signInForm.input('password', 'Aa1!'.repeat(50));
        await login.updateComplete;
      },
    },
  },
};

/** Busy: the request is in flight (the identity API holds its answer); the button says «Подождите, идёт отправка». */
export const Busy: Story = {
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        resetMockIdentity();
        const login = await settled(root);
        await holdIdentityAnswers();
        forms(login).signInForm.input('login', 'simplified');
        forms(login).signInForm.input('password', 'wrong-password');
        login.querySelector('form')!.requestSubmit();
        await login.updateComplete;
      },
    },
  },
};

/**
 * The identity API answers nothing until the story is left (the sweep resets the handlers): the busy state stays while
 * it is looked at — a slow answer could arrive in the middle of the check on a loaded machine.
 */
async function holdIdentityAnswers(): Promise<void> {
  const worker = await startMockWorker({ quiet: true });
  worker.use(http.post('*/api/identity/*', () => delay('infinite')));
}

/**
 * Types into the light-DOM inputs of the current step (by `name`, as a citizen would: value + input event), ticks the
 * checkboxes named in `check`, holds the identity API's answer and submits: the button stays busy with
 * «(Подождите, идёт отправка)» while the request is in flight.
 */
const busy = (args: Partial<LoginArgs>, values: Record<string, string>, check: string[] = []): Story => ({
  args,
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        resetMockIdentity();
        const login = await settled(root);
        await until(() => Boolean(login.querySelector('form button[type="submit"]')));
        for (const [name, value] of Object.entries(values)) {
          const control = login.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
          control.value = value;
          control.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
        }
        for (const name of check) login.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.click();
        await login.updateComplete;
        await holdIdentityAnswers();
        login.querySelector<HTMLButtonElement>('form button[type="submit"]')!.closest('form')!.requestSubmit();
        await until(() => login.querySelector('[aria-busy="true"]') !== null);
        await login.updateComplete;
      },
    },
  },
});

/** Busy — the one-time code is being checked. */
export const BusyCode = busy({ step: 'code', flow: code() }, { 'one-time-code': '123456' });
/** Busy — registration is being sent. */
export const BusyRegister = busy(
  { step: 'register', flowKind: 'registration' },
  { surname: 'Смирнова', name: 'Анна', username: '+7 916 555-12-34' },
  ['consent'],
);
/** Busy — recovery is starting (the identifier is being checked). */
export const BusyRecover = busy({ step: 'recover', flowKind: 'recovery' }, { username: '804-941-011 80' });
/** Busy — the new password is being saved. */
export const BusyPassword = busy(
  { step: 'password', flowKind: 'registration', flow: passwordFlowOf('default', 8) },
  { 'new-password': 'Лес-Река-42!', 'new-password-repeat': 'Лес-Река-42!' },
);

/**
 * «Войти через Госуслуги» with popups blocked: the session's notice (<gu-session-notice>) says the window was blocked
 * and offers «Продолжить в этом окне»; gu-login says in its alert that the sign-in did not complete.
 */
export const EsiaPopupBlocked: Story = {
  render: (): TemplateResult =>
    html`<gu-session
      authority="/mock-oidc"
      client-id="gu-kit-stories"
      redirect-uri=${redirectUri()}
      sign-in-method="popup"
    >
      <gu-session-notice></gu-session-notice>
      <gu-login sign-in-method="popup" verify-href="/verify"></gu-login>
    </gu-session>`,
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        const login = await settled(root);
        const open = window.open;
        window.open = () => null;
        try {
          [...login.querySelectorAll('button')]
            .find((button) => /Госуслуги|Gosuslugi/.test(button.textContent ?? ''))!
            .click();
          await until(() => alertSays(login));
        } finally {
          window.open = open;
        }
        await login.updateComplete;
      },
    },
  },
};

/** Wrong credentials: one message whether or not the account exists, in the alert region. */
export const WrongCredentials: Story = {
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        resetMockIdentity();
        await signIn(root, 'nobody@example.ru', 'whatever-1', alertSays);
      },
    },
  },
};

/** Locked after too many failures: the unlock time as text («повторите через 15 минут, в 14:32»). */
export const Locked: Story = {
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        resetMockIdentity();
        configureMockIdentity({ maxPasswordFailures: 1 });
        await signIn(root, 'standard', 'wrong-password', alertSays);
        resetMockIdentity();
      },
    },
  },
};

/** Offline: the network dropped after the page loaded — the message, and what was typed is kept. */
export const Offline: Story = {
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        const login = await settled(root);
        setScenario('offline');
        await signIn(root, 'confirmed', 'confirmed-2026', alertSays);
        void login;
      },
    },
  },
};

/** Server error: «Сервис временно недоступен», typed values kept. */
export const ServerError: Story = {
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        await settled(root);
        setScenario('server-error');
        await signIn(root, 'confirmed', 'confirmed-2026', alertSays);
      },
    },
  },
};

/** The second factor: SMS, e-mail or authenticator app in a radio group; backup code link. */
export const SecondFactor: Story = {
  args: { step: 'second-factor', flow: { ...code(), step: 'second-factor', code: undefined } },
};
/** Code step — SMS. */
export const CodeSms: Story = { args: { step: 'code', flow: code({ resendIn: 0 }) } };
/** Code step — e-mail. */
export const CodeEmail: Story = {
  args: { step: 'code', flow: code({ method: 'email', destination: 'ga***@yandex.ru' }) },
};
/** Code step — authenticator app (no resend). */
export const CodeTotp: Story = {
  args: { step: 'code', flow: code({ method: 'totp', destination: 'authenticator', resendIn: undefined }) },
};
/** Resend cooldown: «Новый код можно получить через 0:45». */
export const ResendCooldown: Story = { args: { step: 'code', flow: code({ resendIn: 45 }) } };
/** Expired code: the expired state and «Получить новый код». */
export const ExpiredCode: Story = {
  args: { step: 'code', flow: code({ expiresIn: 0, state: 'expired' }) },
};
/** Code invalidated after 5 wrong entries. */
export const ExhaustedCode: Story = {
  args: { step: 'code', flow: code({ attemptsLeft: 0, state: 'exhausted' }) },
};
/** Wrong code, live against the mock: «Неверный код. Осталось 4 попытки.» */
export const WrongCode: Story = {
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        resetMockIdentity();
        await signIn(root, 'standard', 'standard-2026', (el) => el.step === 'code');
        const login = root.querySelector('gu-login')!;
        forms(login).codeForm.input('code', '000000');
        login.querySelector('form')!.requestSubmit();
        await until(() => alertSays(login));
        await login.updateComplete;
      },
    },
  },
};
/** Backup code entry. */
export const BackupCode: Story = { args: { step: 'backup', flow: code() } };

/** Electronic signature: the certificates the (simulated) crypto plug-in finds; an expired one is disabled. */
export const Signature: Story = {
  args: { step: 'signature' },
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        const login = await settled(root);
        await until(() => Boolean(login.flow?.certificates));
        await login.updateComplete;
      },
    },
  },
};
/** Bank ID: choose a bank, then its page (mocks/identity/bank.html) and back. */
export const Bank: Story = { args: { step: 'bank' } };
/** Passkey (WebAuthn). */
export const Passkey: Story = { args: { step: 'passkey' } };
/** QR code for the mobile app, waiting for the scan (polling). */
export const Qr: Story = {
  args: {
    step: 'qr',
    flow: {
      flowId: 'story-qr',
      step: 'qr',
      qr: {
        payload: 'https://example.ru/app/qr-login?ticket=story',
        expiresIn: 120,
        pollInterval: 60_000,
        state: 'waiting',
      },
    },
  },
};
/** QR code scanned: confirm in the app. */
export const QrScanned: Story = {
  args: {
    step: 'qr',
    flow: {
      flowId: 'story-qr',
      step: 'qr',
      qr: {
        payload: 'https://example.ru/app/qr-login?ticket=story',
        expiresIn: 90,
        pollInterval: 60_000,
        state: 'scanned',
      },
    },
  },
};

/** Registration: surname, name, patronymic (optional), phone or e-mail, consent. */
export const Register: Story = { args: { step: 'register', flowKind: 'registration' } };
/** Registration submitted empty: errors and summary. */
export const RegisterErrors: Story = {
  args: { step: 'register', flowKind: 'registration' },
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        const login = await settled(root);
        await until(() => Boolean(login.querySelector('form')));
        login.querySelector('form')!.requestSubmit();
        await login.updateComplete;
      },
    },
  },
};
/** Registration — the code sent to the contact. */
export const RegisterCode: Story = {
  args: { step: 'code', flowKind: 'registration', flow: { ...code(), backupCodes: false, methods: undefined } },
};
const passwordFlow = passwordFlowOf;
function passwordFlowOf(policy: 'default' | 'nist', minLength: number, end = false): IdentityStep {
  return {
    flowId: 'story-password',
    step: 'password',
    password: { policy, minLength, maxLength: 128, ...(end ? { endOtherSessions: true } : {}) },
  };
}
/** Registration — the password under the default policy with its checklist. */
export const RegisterPassword: Story = {
  args: { step: 'password', flowKind: 'registration', flow: passwordFlow('default', 8) },
};
/**
 * Registration — the advisory strength meter (zxcvbn-ts, loaded with this step) under a weak password that meets the
 * policy: «слабый (1 из 4)» as text and ●●○○○, our feedback; it never blocks «Создать учётную запись».
 */
export const RegisterPasswordStrength: Story = {
  args: { step: 'password', flowKind: 'registration', flow: passwordFlow('default', 8) },
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        const login = await settled(root);
        await until(() => Boolean(login.querySelector('input[name="new-password"]')));
        const control = login.querySelector<HTMLInputElement>('input[name="new-password"]')!;
        control.value = 'parol2024';
        control.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
        control.dispatchEvent(new FocusEvent('blur'));
        await until(() => login.querySelector('.gu-login__strength[data-score]') !== null, 15_000);
        await login.updateComplete;
      },
    },
  },
};
/** Registration — the NIST 800-63B preset (15 characters when the password is the only factor). */
export const RegisterPasswordNist: Story = {
  args: { step: 'password', flowKind: 'registration', passwordPolicy: 'nist', flow: passwordFlow('nist', 15) },
};
/** Registered: signed in with a simplified account and the prompt to verify. */
export const Registered: Story = {
  args: { step: 'done', flowKind: 'registration', flow: { flowId: 'story', step: 'done', level: 'simplified' } },
};

/** Recovery: phone, e-mail, SNILS, INN or passport. */
export const Recover: Story = { args: { step: 'recover', flowKind: 'recovery' } };
/** Recovery — the code, with «Нет доступа к телефону и почте?». */
export const RecoverCode: Story = {
  args: { step: 'code', flowKind: 'recovery', flow: { ...code(), backupCodes: false, methods: undefined } },
};
/** Recovery — the new password with «Завершить все другие сеансы». */
export const RecoverPassword: Story = {
  args: { step: 'password', flowKind: 'recovery', flow: passwordFlow('default', 8, true) },
};
/** Recovery without the contacts — security questions (seed 000). */
export const SecurityQuestions: Story = {
  args: {
    step: 'questions',
    flowKind: 'recovery',
    flow: {
      flowId: 'story-questions',
      step: 'questions',
      attemptsLeft: 3,
      questions: [
        { id: 'mother', text: 'Девичья фамилия матери' },
        { id: 'pet', text: 'Кличка первого домашнего животного' },
      ],
    },
  },
};
/** The last resort: how to reach support. */
export const Support: Story = { args: { step: 'support', flowKind: 'recovery' } };
