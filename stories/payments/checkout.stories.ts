import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http, HttpResponse } from 'msw';
import '../../components/payments/gu-payments.js';
import { acquirerPopup } from '../../components/payments/attempt.js';
import type { GuPaymentsCheckout } from '../../components/payments/parts/checkout.js';
import type { GuPayments } from '../../components/payments/payments.js';
import type { Charge, DeclineCode, PaymentMethod } from '../../components/payments/types.js';
import { startMockWorker } from '../../mocks/browser.js';
import { getDb } from '../../mocks/db/index.js';
import { chargeView } from '../../mocks/payments/charges.js';
import {
  configurePaymentsMock,
  createTestPayment,
  resetPaymentsMock,
  settlePayment,
} from '../../mocks/payments/payments.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

const OWNER = 'person-1';

interface Args {
  /** checkout: the selection and the method; payment: one payment of the mock, made when the story renders. */
  view: 'checkout' | 'payment';
  /** checkout: how many of the citizen's unpaid fines are selected. */
  select: number;
  /** checkout: the method chosen. */
  method: PaymentMethod;
  /** checkout: a phone typed for the mobile method, then «Оплатить» pressed. */
  phone: string;
  /** checkout: what POST /payments answers instead of the mock (`hold`: no answer yet). */
  answer: 'mock' | 'hold' | 'in-progress' | 'network' | 'charges-changed';
  /** checkout: GET /cards answers no cards. */
  noCards: boolean;
  /** payment: the method of the payment made for the story. */
  paymentMethod: PaymentMethod;
  /** payment: settled as. */
  outcome: 'pending' | 'completed' | DeclineCode;
  /** payment: the acquirer's page opens in a popup (`card-flow="popup"`), and the browser blocked it. */
  popupBlocked: boolean;
  /** payment: GET /payments/{id} never answers. */
  holdPayment: boolean;
}

const unpaidFines = (count: number): Charge[] =>
  getDb()
    .charges.filter((charge) => charge.ownerId === OWNER && charge.status === 'unpaid' && charge.kind === 'fine')
    .slice(0, count)
    .map((record) => chargeView(record, OWNER) as Charge);

async function until(check: () => unknown, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const partOf = (root: HTMLElement, view: string): (HTMLElement & { updateComplete?: Promise<unknown> }) | null =>
  root.querySelector<GuPayments>('gu-payments')?.shadowRoot?.querySelector(`gu-payments-${view}`) ?? null;

/** The widget as a portal page puts it, signed in, on the checkout or on one payment. */
function renderCheckout(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-payments');
  sessionStorage.clear();
  resetPaymentsMock();
  // A story shows one state: nothing settles by itself while it is looked at.
  configurePaymentsMock({ settleMs: 3_600_000 });
  const setup = startMockWorker({ quiet: true }).then((worker) => {
    if (args.view === 'payment') {
      acquirerPopup.window = args.popupBlocked ? null : undefined;
      if (args.popupBlocked) element.cardFlow = 'popup';
      const payment = createTestPayment(OWNER, args.paymentMethod);
      const outcome = args.outcome;
      if (payment) {
        if (outcome === 'completed')
          settlePayment(payment.id, {
            status: 'completed',
            ...(args.paymentMethod === 'card' ? { cardLast4: '4417' } : {}),
          });
        else if (outcome !== 'pending') settlePayment(payment.id, { status: 'declined', code: outcome });
      }
      if (args.holdPayment) worker.use(http.get('*/api/payments/:id', () => delay('infinite')));
      element.view = 'payment';
      if (payment) element.paymentId = payment.id;
      return;
    }
    element.view = 'checkout';
    if (args.noCards) worker.use(http.get('*/api/cards', () => HttpResponse.json({ items: [] })));
    if (args.answer === 'hold') worker.use(http.post('*/api/payments', () => delay('infinite')));
    if (args.answer === 'network') worker.use(http.post('*/api/payments', () => HttpResponse.error()));
    if (args.answer === 'in-progress')
      worker.use(
        http.post('*/api/payments', () =>
          HttpResponse.json(
            { code: 'payment-in-progress', message: 'Платёж обрабатывается', retryAfter: 30 },
            { status: 409, headers: { 'Retry-After': '30' } },
          ),
        ),
      );
    if (args.answer === 'charges-changed') {
      // Since the fines were shown, one went up and another was paid elsewhere.
      const [first, second] = unpaidFines(2);
      const db = getDb();
      const up = db.charges.find((charge) => charge.id === first?.id);
      if (up) {
        up.amount += 50_000;
        delete up.discount;
      }
      const paid = db.charges.find((charge) => charge.id === second?.id);
      if (paid) paid.status = 'paid';
    }
  });
  const selected = args.view === 'checkout' ? unpaidFines(args.select) : [];
  void setup.then(async () => {
    wrapper.append(element);
    if (args.view !== 'checkout') return;
    await until(() => partOf(wrapper, 'checkout')?.shadowRoot?.querySelector('h3'));
    const part = partOf(wrapper, 'checkout') as GuPaymentsCheckout;
    part.ctx.selection.add(selected);
    await part.updateComplete;
    const shadow = part.shadowRoot!;
    shadow.querySelector<HTMLInputElement>(`input[name="method"][value="${args.method}"]`)?.click();
    await part.updateComplete;
    if (args.method === 'mobile' && args.phone) {
      const field = shadow.querySelector<HTMLElement & { value: string; updateComplete: Promise<unknown> }>(
        'gu-text-field[name="phone"]',
      )!;
      await field.updateComplete;
      field.value = args.phone;
      await field.updateComplete;
    }
    if (args.answer !== 'mock' || args.phone) shadow.querySelector<HTMLButtonElement>('[data-pay]')?.click();
  });
  return wrapper;
}

/** Waits until the view shows `selector`. */
const shows =
  (view: 'checkout' | 'payment', selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => partOf(root, view)?.shadowRoot?.querySelector(selector));
    await partOf(root, view)?.updateComplete;
  };

const meta: Meta<Args> = {
  title: 'Widgets/Payments/Checkout',
  component: 'gu-payments',
  render: renderCheckout,
  args: {
    view: 'checkout',
    select: 2,
    method: 'card',
    phone: '',
    answer: 'mock',
    noCards: false,
    paymentMethod: 'sbp',
    outcome: 'pending',
    popupBlocked: false,
    holdPayment: false,
  },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

// ——— The checkout ———

/** Two fines, line by line, the total and «Оплатить N ₽»; the bank card (the acquirer's page) chosen. */
export const CardMethod = withLowVision(
  { parameters: { sweep: { ready: shows('checkout', 'input[value="card"]:checked') } } } satisfies Story,
  renderCheckout,
);

/** A linked card: the cards from GET /cards (only the last four digits). */
export const LinkedCardMethod: Story = {
  args: { method: 'linked-card' },
  parameters: { sweep: { ready: shows('checkout', 'input[name="card"]') } },
};

/** A linked card, but none is linked: the way to «Карты и автоплатёж». */
export const NoLinkedCards: Story = {
  args: { method: 'linked-card', noCards: true },
  parameters: { sweep: { ready: shows('checkout', '[data-cards].notice') } },
};

/** СБП chosen. */
export const SbpMethod: Story = {
  args: { method: 'sbp' },
  parameters: { sweep: { ready: shows('checkout', 'input[value="sbp"]:checked') } },
};

/** E-wallet chosen. */
export const WalletMethod: Story = {
  args: { method: 'wallet' },
  parameters: { sweep: { ready: shows('checkout', 'input[value="wallet"]:checked') } },
};

/** Bank transfer chosen. */
export const TransferMethod: Story = {
  args: { method: 'transfer' },
  parameters: { sweep: { ready: shows('checkout', 'input[value="transfer"]:checked') } },
};

/** Mobile phone balance: the phone field. */
export const MobileMethod: Story = {
  args: { method: 'mobile' },
  parameters: { sweep: { ready: shows('checkout', 'gu-text-field[name="phone"]') } },
};

/** Mobile phone balance with a landline number: the precise message next to the field, nothing sent. */
export const MobileNotMobile: Story = {
  args: { method: 'mobile', phone: '+7 (495) 123-45-67' },
  parameters: {
    sweep: {
      ready: async (root) => {
        const field = () => partOf(root, 'checkout')?.shadowRoot?.querySelector('gu-text-field[name="phone"]');
        await until(() => field()?.shadowRoot?.querySelector('input[aria-invalid="true"]'));
      },
    },
  },
};

/** Sending: the button holds, «Отправляем платёж…». */
export const Sending: Story = {
  args: { method: 'sbp', answer: 'hold' },
  parameters: { sweep: { ready: shows('checkout', '[data-phase="sending"]') } },
};

/** 409: the first request with this key is in flight — «Платёж обрабатывается», followed. */
export const InProgress: Story = {
  args: { method: 'sbp', answer: 'in-progress' },
  parameters: { sweep: { ready: shows('checkout', '[data-phase="in-progress"]') } },
};

/** 422 charges-changed: each change explained, the rest kept at the new amounts, nothing paid. */
export const ChargesChanged: Story = {
  args: { method: 'sbp', answer: 'charges-changed', select: 3 },
  parameters: { sweep: { ready: shows('checkout', '#changes.problem li') } },
};

/** The network dropped: a recoverable error, «Повторить» sends the same key. */
export const NetworkDropped: Story = {
  args: { method: 'sbp', answer: 'network' },
  parameters: { sweep: { ready: shows('checkout', '[data-problem].problem button') } },
};

/** Nothing selected. */
export const NothingSelected: Story = {
  args: { select: 0 },
  parameters: { sweep: { ready: shows('checkout', '#empty-back') } },
};

// ——— One payment, pending: each method's step ———

/** Card: the acquirer's page (redirect) — back without a result. */
export const PendingCard: Story = {
  args: { view: 'payment', paymentMethod: 'card' },
  parameters: { sweep: { ready: shows('payment', '[data-step="redirect"]') } },
};

/** Card in a popup that the browser blocked: said, with the redirect offered. */
export const PopupBlocked: Story = {
  args: { view: 'payment', paymentMethod: 'card', popupBlocked: true },
  parameters: { sweep: { ready: shows('payment', '[data-step="redirect"] .problem') } },
};

/** E-wallet: the wallet's page. */
export const PendingWallet: Story = {
  args: { view: 'payment', paymentMethod: 'wallet' },
  parameters: { sweep: { ready: shows('payment', '[data-step="redirect"]') } },
};

/** Linked card: the one-time code. */
export const PendingLinkedCard: Story = {
  args: { view: 'payment', paymentMethod: 'linked-card' },
  parameters: { sweep: { ready: shows('payment', 'gu-otp-field') } },
};

/** СБП: the QR code, the deep link on phones, the expiry. */
export const PendingSbp: Story = {
  args: { view: 'payment', paymentMethod: 'sbp' },
  parameters: { sweep: { ready: shows('payment', '.qr svg') } },
};

/** Bank transfer: the payment orders, УИН in field 22, copy buttons, the PDF. */
export const PendingTransfer: Story = {
  args: { view: 'payment', paymentMethod: 'transfer' },
  parameters: { sweep: { ready: shows('payment', '[data-order]') } },
};

/** Mobile phone: what to do on the phone, the expiry. */
export const PendingMobile: Story = {
  args: { view: 'payment', paymentMethod: 'mobile' },
  parameters: { sweep: { ready: shows('payment', '[data-step="sms"]') } },
};

/** The payment is loading. */
export const PaymentLoading: Story = {
  args: { view: 'payment', holdPayment: true },
  parameters: { sweep: { ready: shows('payment', '[aria-busy="true"]') } },
};

/** The payment could not be loaded. */
export const PaymentFailed: Story = {
  args: { view: 'payment' },
  parameters: { scenario: 'server-error', sweep: { ready: shows('payment', '.problem') } },
};

// ——— Settled ———

/** Completed: the sum, the receipt download. */
export const Completed: Story = {
  args: { view: 'payment', paymentMethod: 'card', outcome: 'completed' },
  parameters: { sweep: { ready: shows('payment', '[data-result="completed"]') } },
};

const declined = (code: DeclineCode, method: PaymentMethod = 'card'): Story => ({
  args: { view: 'payment', paymentMethod: method, outcome: code },
  parameters: { sweep: { ready: shows('payment', `[data-decline="${code}"]`) } },
});

/** Declined: insufficient funds. */
export const DeclinedInsufficientFunds = declined('insufficient-funds');
/** Declined: 3-D Secure not passed. */
export const DeclinedThreeDs = declined('three-ds-failed');
/** Declined: the card expired. */
export const DeclinedCardExpired = declined('card-expired');
/** Declined by the bank without a reason. */
export const DeclinedByBank = declined('card-declined');
/** Declined: not paid in time (СБП). */
export const DeclinedExpired = declined('expired', 'sbp');
/** Declined: cancelled (another method chosen). */
export const DeclinedCancelled = declined('cancelled', 'transfer');
/** Declined: the one-time code was wrong too many times. */
export const DeclinedCodeAttempts = declined('code-attempts', 'linked-card');

// ——— English ———

/** The checkout in English. */
export const EnglishCheckout: Story = {
  args: { method: 'linked-card' },
  parameters: { locale: 'en', sweep: { ready: shows('checkout', 'input[name="card"]') } },
};

/** A declined payment in English: the bank's Russian words marked lang="ru" when they are Russian. */
export const EnglishDeclined: Story = {
  args: { view: 'payment', paymentMethod: 'card', outcome: 'insufficient-funds' },
  parameters: { locale: 'en', sweep: { ready: shows('payment', '[data-result="declined"]') } },
};
