import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../components/verification/gu-verification.js';
import type { GuVerification } from '../../components/verification/verification.js';
import type { StepData, VerificationStep } from '../../components/verification/shared.js';
import type { AccountLevel } from '../../components/core/session/session-context.js';
import { provideTestSession } from '../../mocks/test-session.js';
import {
  configureVerificationMock,
  createTestBankTicket,
  resetVerificationMock,
  setContactsConfirmed,
} from '../../mocks/verification/index.js';
import { createDemoSigner } from '../../mocks/verification/signer.js';
import type { GuVerificationUpload } from '../../components/verification/parts/upload.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  level: AccountLevel;
  step: VerificationStep;
  stepData: StepData;
  signedOut: boolean;
  emailConfirmed: boolean;
  outcome: 'succeeded' | 'mismatch' | 'unavailable' | null;
  /** How long the registry check takes in the mock. */
  checkMs: number;
  /** How long each step of a Russian Post letter takes in the mock. */
  letterStepMs: number;
  /** Give the element the demo signer (electronic signature). */
  signer: boolean;
  /** `bank-return`: what the bank answered for the ticket the page came back with (`forged`: a ticket never issued). */
  bankAnswer?: 'approved' | 'denied' | 'none' | 'forged';
}

const PERSON: Record<AccountLevel, string> = { simplified: 'person-4', standard: 'person-3', confirmed: 'person-1' };

function renderVerification(args: Args): HTMLElement {
  resetVerificationMock();
  configureVerificationMock({ checkOutcome: args.outcome, checkMs: args.checkMs, letterStepMs: args.letterStepMs });
  setContactsConfirmed('person-4', { phone: true, email: args.emailConfirmed });
  const wrapper = document.createElement('div');
  provideTestSession(wrapper, {
    level: args.level,
    apiAuth: { getAccessToken: () => `mock-citizen-${PERSON[args.level]}` },
    ...(args.signedOut ? { status: 'signed-out', reason: 'user', citizen: undefined, level: undefined } : {}),
  });
  const element = document.createElement('gu-verification');
  element.step = args.step;
  element.stepData =
    args.step === 'bank-return'
      ? {
          bankResult:
            args.bankAnswer === 'forged'
              ? 'forged-ticket'
              : createTestBankTicket(PERSON[args.level], args.bankAnswer === 'none' ? undefined : args.bankAnswer),
        }
      : args.stepData;
  element.simulateBank = true;
  if (args.signer) element.signer = createDemoSigner();
  wrapper.append(element);
  return wrapper;
}

const widget = (root: HTMLElement): GuVerification => root.querySelector('gu-verification')!;

async function until(check: () => unknown, timeoutMs = 8000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      if (check()) return;
    } catch {
      // not there yet
    }
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const overviewShown = (root: HTMLElement) =>
  until(() => widget(root).shadowRoot!.querySelector('[data-current-level], gu-error-state, gu-session-notice'));
const partShown = (selector: string) => (root: HTMLElement) =>
  until(() => widget(root).shadowRoot!.querySelector('[data-part]')!.shadowRoot!.querySelector(selector));

const meta = {
  title: 'Widgets/Verification',
  component: 'gu-verification',
  render: (args) => renderVerification(args),
  args: {
    level: 'simplified',
    step: 'overview',
    stepData: {},
    signedOut: false,
    emailConfirmed: false,
    outcome: null,
    checkMs: 60_000,
    letterStepMs: 60_000,
    signer: false,
  },
  parameters: { sweep: { ready: overviewShown } } satisfies StoryParameters,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

const FILLED = {
  passport: '4510 123456',
  issuedAt: '12.03.2015',
  issuedBy: 'ОВД района Тверской г. Москвы',
  unitCode: '770-001',
  birthPlace: 'г. Москва',
};

/** Simplified account: what the standard level needs (phone ✓, e-mail, passport). */
export const LevelSimplified = withLowVision({} satisfies Story, renderVerification);
/** Standard account: the ways to confirm identity. */
export const LevelStandard: Story = { args: { level: 'standard' } };
/** Confirmed account: everything open. */
export const LevelConfirmed: Story = { args: { level: 'confirmed' } };
export const OverviewSlow: Story = { parameters: { scenario: 'slow', sweep: { ready: () => Promise.resolve() } } };
export const OverviewServerError: Story = { parameters: { scenario: 'server-error' } };
export const OverviewOffline: Story = { parameters: { scenario: 'offline' } };
export const SignedOut: Story = { args: { signedOut: true } };

export const ConfirmEmail: Story = {
  args: { step: 'email' },
  parameters: { sweep: { ready: partShown('gu-button') } },
};
export const ChangePhoneOldFirst: Story = {
  args: { step: 'change-phone' },
  parameters: { sweep: { ready: partShown('gu-button') } },
};
export const ChangeEmailUnconfirmed: Story = {
  args: { step: 'change-email' },
  parameters: { sweep: { ready: partShown('gu-text-field') } },
};

export const StandardEmpty: Story = {
  args: { step: 'standard', emailConfirmed: true },
  parameters: { sweep: { ready: partShown('form') } },
};
export const StandardFilled: Story = {
  args: { step: 'standard', emailConfirmed: true, stepData: { values: FILLED } },
  parameters: { sweep: { ready: partShown('form') } },
};
export const StandardInvalid: Story = {
  args: {
    step: 'standard',
    emailConfirmed: true,
    stepData: {
      values: { ...FILLED, passport: '4510 12', snils: '11223344596', inn: '500100732258', issuedAt: '31.02.2015' },
    },
  },
  parameters: {
    sweep: {
      ready: async (root) => {
        await partShown('form')(root);
        const part = widget(root).shadowRoot!.querySelector('[data-part]')!.shadowRoot!;
        part.querySelector<HTMLElement>('gu-button')!.click();
        await until(() => part.querySelector('gu-error-summary')!.shadowRoot!.textContent!.trim().length > 0);
      },
    },
  },
};
/** The e-mail is not confirmed: the precondition and the way to meet it come first, not the form. */
export const StandardContactsNotConfirmed: Story = {
  args: { step: 'standard' },
  parameters: { sweep: { ready: partShown('[data-precondition]') } },
};
export const StandardServerError: Story = {
  args: { step: 'standard', emailConfirmed: true },
  parameters: { scenario: 'server-error', sweep: { ready: overviewShown } },
};

// ——— helpers of the stories below ———

const partRoot = (root: HTMLElement): ShadowRoot => widget(root).shadowRoot!.querySelector('[data-part]')!.shadowRoot!;
/** Clicks a button of the open part by its text (stories show later steps; the tests press real keys). */
function press(root: HTMLElement, text: string): void {
  const button = [...partRoot(root).querySelectorAll<HTMLElement>('button, gu-button')].find((b) =>
    b.textContent!.includes(text),
  );
  if (!button) throw new Error(`no button «${text}»`);
  button.click();
}
/** Both locales: the first text is Russian, the second English. */
const either = (ru: string, en: string) => (root: HTMLElement) =>
  until(() => {
    const text = partRoot(root).textContent!;
    return text.includes(ru) || text.includes(en);
  });
const lang = (root: HTMLElement): 'ru' | 'en' => (root.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'ru');
const submitStandard = async (root: HTMLElement) => {
  await partShown('form')(root);
  const consent = partRoot(root).querySelector<HTMLInputElement>('#consent')!;
  if (!consent.checked) consent.click();
  partRoot(root).querySelector<HTMLElement>('gu-button')!.click();
};
const upload = (root: HTMLElement): GuVerificationUpload =>
  partRoot(root).querySelector<GuVerificationUpload>('gu-verification-upload')!;
const scan = (name = 'passport.jpg', bytes = 2048) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });
const CHECKABLE = { step: 'standard' as const, emailConfirmed: true, stepData: { values: FILLED } };

// ——— Registry check ———

/** The check in progress: stage, progress bar, expected time. */
export const CheckInProgress: Story = {
  args: CHECKABLE,
  parameters: {
    sweep: {
      ready: async (root) => {
        await submitStandard(root);
        await until(() => partRoot(root).querySelector('progress'));
      },
    },
  },
};
export const CheckSuccess: Story = {
  args: { ...CHECKABLE, outcome: 'succeeded', checkMs: 300 },
  parameters: {
    sweep: {
      ready: async (root) => {
        await submitStandard(root);
        await either('Данные подтверждены', 'Data confirmed')(root);
      },
    },
  },
};
export const CheckMismatch: Story = {
  args: { ...CHECKABLE, outcome: 'mismatch', checkMs: 300 },
  parameters: {
    sweep: {
      ready: async (root) => {
        await submitStandard(root);
        await until(() => partRoot(root).querySelector('[role="alert"]')!.textContent!.trim().length > 0);
        await until(() => partRoot(root).querySelector('form'));
      },
    },
  },
};
export const CheckUnavailable: Story = {
  args: { ...CHECKABLE, outcome: 'unavailable', checkMs: 300 },
  parameters: {
    sweep: {
      ready: async (root) => {
        await submitStandard(root);
        await until(() => !partRoot(root).querySelector('progress') && !partRoot(root).querySelector('form'));
      },
    },
  },
};

// ——— Scan upload ———

/** A wrong type is refused with the reason, before anything is sent. */
export const UploadRefused: Story = {
  args: CHECKABLE,
  parameters: {
    sweep: {
      ready: async (root) => {
        await partShown('gu-verification-upload')(root);
        upload(root).addFiles([new File(['x'], 'passport.gif', { type: 'image/gif' })]);
        await until(() => upload(root).shadowRoot!.querySelector('#file-error')!.textContent!.trim());
      },
    },
  },
};
/** Uploading (slow server): progress bar and «Отменить». */
export const UploadProgress: Story = {
  args: CHECKABLE,
  parameters: {
    scenario: 'slow',
    sweep: {
      ready: async (root) => {
        await until(() => partRoot(root).querySelector('gu-verification-upload'), 12_000);
        upload(root).addFiles([scan()]);
        await until(() => upload(root).shadowRoot!.querySelector('progress'));
      },
    },
  },
};
export const UploadDone: Story = {
  args: CHECKABLE,
  parameters: {
    sweep: {
      ready: async (root) => {
        await partShown('gu-verification-upload')(root);
        upload(root).addFiles([scan()]);
        await until(() => upload(root).shadowRoot!.querySelector('.ok'));
      },
    },
  },
};
/** Cancelled by the citizen: «Повторить» and «Удалить». */
export const UploadCancelled: Story = {
  args: CHECKABLE,
  parameters: {
    scenario: 'slow',
    sweep: {
      ready: async (root) => {
        await until(() => partRoot(root).querySelector('gu-verification-upload'), 12_000);
        upload(root).addFiles([scan()]);
        await until(() => upload(root).shadowRoot!.querySelector('progress'));
        upload(root).shadowRoot!.querySelector<HTMLElement>('.card button')!.click();
        await until(() => upload(root).shadowRoot!.querySelector('.card .error'));
      },
    },
  },
};

// ——— Contacts and the standard form when the server is slow, failing or unreachable ———

export const ConfirmEmailSlow: Story = {
  args: { step: 'email' },
  parameters: {
    scenario: 'slow',
    sweep: { ready: (root) => until(() => partRoot(root).querySelector('gu-button'), 12_000) },
  },
};
export const ConfirmEmailCodeSlow: Story = {
  args: { step: 'email' },
  parameters: {
    scenario: 'slow',
    sweep: {
      ready: async (root) => {
        await until(() => partRoot(root).querySelector('gu-button'), 12_000);
        press(root, lang(root) === 'en' ? 'Send' : 'Отправить код');
        await until(() => partRoot(root).querySelector('gu-otp-field'), 12_000);
      },
    },
  },
};
export const ConfirmEmailServerError: Story = { args: { step: 'email' }, parameters: { scenario: 'server-error' } };
export const ConfirmEmailOffline: Story = { args: { step: 'email' }, parameters: { scenario: 'offline' } };
export const StandardSlow: Story = {
  args: { step: 'standard', emailConfirmed: true },
  parameters: {
    scenario: 'slow',
    sweep: { ready: (root) => until(() => partRoot(root).querySelector('form'), 12_000) },
  },
};
export const StandardOffline: Story = {
  args: { step: 'standard', emailConfirmed: true },
  parameters: { scenario: 'offline' },
};

// ——— Confirmed level: partner bank ———

export const BankChoose: Story = {
  args: { level: 'standard', step: 'bank' },
  parameters: { sweep: { ready: partShown('input[name="bank"]') } },
};
/** The clearly labelled simulation of the bank's page. */
export const BankPage: Story = {
  args: { level: 'standard', step: 'bank-page', stepData: { bankId: 'sber' } },
  parameters: { sweep: { ready: partShown('[data-bank-page]') } },
};
export const BankConfirmed: Story = {
  args: { level: 'standard', step: 'bank-page', stepData: { bankId: 'tbank' } },
  parameters: {
    sweep: {
      ready: async (root) => {
        await partShown('[data-bank-page] gu-button')(root);
        partRoot(root).querySelector<HTMLElement>('[data-bank-page] gu-button')!.click();
        await either('Личность подтверждена', 'Identity confirmed')(root);
      },
    },
  },
};
export const BankRefused: Story = {
  args: { level: 'standard', step: 'bank-page', stepData: { bankId: 'vtb' } },
  parameters: {
    sweep: {
      ready: async (root) => {
        await partShown('[data-bank-page] button.btn')(root);
        partRoot(root).querySelector<HTMLElement>('[data-bank-page] button.btn')!.click();
        await either('Банк не подтвердил', 'did not confirm')(root);
      },
    },
  },
};

/** Back from the bank's page (`?gu-bank-result=<ticket>`): the server says the bank allowed it. */
export const BankReturnConfirmed: Story = {
  args: { level: 'standard', step: 'bank-return', bankAnswer: 'approved' },
  parameters: { sweep: { ready: either('Личность подтверждена', 'Identity confirmed') } },
};
export const BankReturnRefused: Story = {
  args: { level: 'standard', step: 'bank-return', bankAnswer: 'denied' },
  parameters: { sweep: { ready: either('Банк не подтвердил', 'did not confirm') } },
};
/** A forged, expired or used ticket: the server does not know it. */
export const BankReturnUnknown: Story = {
  args: { level: 'standard', step: 'bank-return', bankAnswer: 'forged' },
  parameters: { sweep: { ready: either('Ответ банка не найден', 'answer was not found') } },
};
export const BankReturnPending: Story = {
  args: { level: 'standard', step: 'bank-return', bankAnswer: 'none' },
  parameters: { sweep: { ready: either('Банк ещё не передал ответ', 'has not sent its answer') } },
};

// ——— Confirmed level: service centre ———

export const CentreSearch: Story = {
  args: { level: 'standard', step: 'centre' },
  parameters: { sweep: { ready: partShown('#query') } },
};
export const CentreResults: Story = {
  args: { level: 'standard', step: 'centre', stepData: { query: 'Москва' } },
  parameters: { sweep: { ready: partShown('[data-found]') } },
};
export const CentreNone: Story = {
  args: { level: 'standard', step: 'centre', stepData: { query: 'Владивосток' } },
  parameters: { sweep: { ready: partShown('[data-found]') } },
};
export const CentreSlots: Story = {
  args: { level: 'standard', step: 'centre-slots', stepData: { query: 'Тверская' } },
  parameters: { sweep: { ready: partShown('input[name="slot"]') } },
};
export const CentreBooked: Story = {
  args: { level: 'standard', step: 'centre-slots', stepData: { query: 'Казань' } },
  parameters: {
    sweep: {
      ready: async (root) => {
        await partShown('input[name="slot"]')(root);
        partRoot(root).querySelector<HTMLElement>('input[name="slot"]')!.click();
        partRoot(root).querySelector<HTMLElement>('form gu-button')!.click();
        await partShown('h4')(root);
      },
    },
  },
};

// ——— Confirmed level: code by Russian Post ———

export const PostOrder: Story = {
  args: { level: 'standard', step: 'post' },
  parameters: { sweep: { ready: partShown('gu-button') } },
};
/** The letter on its way: tracking number and status. */
export const PostLetterOnItsWay: Story = {
  args: { level: 'standard', step: 'post' },
  parameters: {
    sweep: {
      ready: async (root) => {
        await partShown('gu-button')(root);
        partRoot(root).querySelector<HTMLElement>('gu-button')!.click();
        await partShown('[data-letter]')(root);
      },
    },
  },
};
/** Handed over: the code can be entered. */
export const PostDelivered: Story = {
  args: { level: 'standard', step: 'post', letterStepMs: 50 },
  parameters: {
    sweep: {
      ready: async (root) => {
        await partShown('gu-button')(root);
        partRoot(root).querySelector<HTMLElement>('gu-button')!.click();
        await partShown('gu-otp-field')(root);
      },
    },
  },
};

// ——— Confirmed level: electronic signature ———

/** No signing software on this computer: what to install, and the other ways. */
export const SignatureNoSigner: Story = {
  args: { level: 'standard', step: 'signature' },
  parameters: { sweep: { ready: partShown('[role="alert"]') } },
};
export const SignatureChoose: Story = {
  args: { level: 'standard', step: 'signature', signer: true },
  parameters: { sweep: { ready: partShown('input[name="certificate"]') } },
};
export const SignatureExpiredChosen: Story = {
  args: { level: 'standard', step: 'signature', signer: true },
  parameters: {
    sweep: {
      ready: async (root) => {
        await partShown('input[name="certificate"]')(root);
        partRoot(root).querySelectorAll<HTMLElement>('input[name="certificate"]')[1]!.click();
        partRoot(root).querySelector<HTMLElement>('gu-button')!.click();
        await until(() => partRoot(root).querySelector('#problem')!.textContent!.trim());
      },
    },
  },
};
export const SignatureConfirmed: Story = {
  args: { level: 'standard', step: 'signature', signer: true },
  parameters: {
    sweep: {
      ready: async (root) => {
        await partShown('input[name="certificate"]')(root);
        partRoot(root).querySelector<HTMLElement>('input[name="certificate"]')!.click();
        partRoot(root).querySelector<HTMLElement>('gu-button')!.click();
        await either('Личность подтверждена', 'Identity confirmed')(root);
      },
    },
  },
};
/** Video identification: the mock says it is not offered here — «Недоступно здесь» with the reason and the alternatives. */
export const VideoUnavailable: Story = {
  args: { level: 'standard' },
  parameters: {
    sweep: { ready: (root) => until(() => widget(root).shadowRoot!.querySelector('[data-method="video"]')) },
  },
};
