import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http, HttpResponse } from 'msw';
import '../../components/payments/gu-payments.js';
import type { GuPayments } from '../../components/payments/payments.js';
import type { Charge, ChargeKind } from '../../components/payments/types.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

type Answer = Charge[] | 'hold';

interface Args {
  /** What GET /charges answers for a kind instead of the mock's data (`hold`: no answer yet). */
  answers: Partial<Record<ChargeKind, Answer>>;
  /** Hold the summary's answer: the loading state stays while it is looked at. */
  hold: boolean;
  /** Select this many charges once the list is drawn (as the citizen would, with their checkboxes). */
  select: number;
}

const fine = (overrides: Partial<Charge>): Charge => ({
  id: 'story-fine',
  uin: '18810177200000000009',
  kind: 'fine',
  title: 'Штраф за превышение скорости',
  reason: 'Превышение скорости на 20–40 км/ч (ч. 2 ст. 12.9 КоАП РФ), Москва, Ленинский пр-т, 45',
  payee: 'УФК по г. Москве (ГИБДД ГУ МВД России по г. Москве)',
  amount: 50_000,
  amountDue: 25_000,
  discount: { amount: 25_000, until: '2026-12-10', active: true },
  issuedAt: '2026-11-20',
  dueDate: '2027-01-29',
  overdue: false,
  status: 'unpaid',
  resolutionNumber: '18810177200000000009',
  resolutionDate: '2026-11-20',
  source: { type: 'document', documentId: 'doc-1' },
  disputable: true,
  ...overrides,
});

/** Fines in every state a fine has: a discount before and after its deadline, overdue, being paid, under dispute. */
const FINES: Charge[] = [
  fine({ id: 'story-discount' }),
  fine({
    id: 'story-expired',
    uin: '18810177200000000017',
    resolutionNumber: '18810177200000000017',
    title: 'Штраф за парковку на газоне',
    reason: 'Размещение транспортного средства на озеленённой территории (ст. 8.25 КоАП г. Москвы)',
    amount: 300_000,
    amountDue: 300_000,
    discount: { amount: 150_000, until: '2026-11-10', active: false },
    issuedAt: '2026-10-21',
  }),
  fine({
    id: 'story-overdue',
    uin: '18810177200000000025',
    resolutionNumber: '18810177200000000025',
    title: 'Штраф за проезд на красный свет',
    reason: 'Проезд на запрещающий сигнал светофора (ч. 1 ст. 12.12 КоАП РФ)',
    amount: 100_000,
    amountDue: 100_000,
    discount: undefined,
    issuedAt: '2026-06-02',
    dueDate: '2026-08-15',
    overdue: true,
    disputable: false,
    dispute: { id: 'dispute-1', status: 'rejected' },
  }),
  fine({
    id: 'story-processing',
    uin: '18810177200000000033',
    resolutionNumber: '18810177200000000033',
    title: 'Штраф за непристёгнутый ремень',
    reason: 'Непристёгнутый ремень безопасности (ст. 12.6 КоАП РФ)',
    amount: 100_000,
    amountDue: 50_000,
    discount: { amount: 50_000, until: '2026-12-14', active: true },
    status: 'processing',
    paymentId: 'payment-1',
    disputable: false,
  }),
];

/** The widget as a portal page puts it, signed in, on the «Начисления» view. */
function renderCharges(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-payments');
  element.view = 'charges';
  // Answers are set up before the element asks (the sweep resets the handlers when the story is left).
  const attach =
    args.hold || Object.keys(args.answers).length > 0
      ? startMockWorker({ quiet: true }).then((worker) => {
          if (args.hold) worker.use(http.get('*/api/charges/summary', () => delay('infinite')));
          worker.use(
            http.get('*/api/charges', async ({ request }) => {
              const kind = new URL(request.url).searchParams.get('kind') as ChargeKind | null;
              const answer = kind ? args.answers[kind] : undefined;
              if (answer === undefined) return undefined;
              if (answer === 'hold') return delay('infinite');
              return HttpResponse.json({ items: answer, total: answer.length, page: 1, pageSize: 20 });
            }),
          );
        })
      : Promise.resolve();
  void attach.then(() => {
    wrapper.append(element);
    if (args.select > 0) void select(wrapper, args.select);
  });
  return wrapper;
}

async function until(check: () => unknown, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const part = (root: HTMLElement): ShadowRoot | null | undefined =>
  root.querySelector<GuPayments>('gu-payments')?.shadowRoot?.querySelector('gu-payments-charges')?.shadowRoot;

/** Ticks the first `count` checkboxes, as the citizen would. */
async function select(root: HTMLElement, count: number): Promise<void> {
  await until(() => part(root)?.querySelector('[data-group]'));
  const boxes = [...part(root)!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].slice(0, count);
  for (const box of boxes) box.click();
}

/** Waits until the view shows `selector`. */
const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => part(root)?.querySelector(selector));
    await root.querySelector('gu-payments')?.shadowRoot?.querySelector('gu-payments-charges')?.updateComplete;
  };

const meta: Meta<Args> = {
  title: 'Widgets/Payments/Charges',
  component: 'gu-payments',
  render: renderCharges,
  args: { answers: {}, hold: false, select: 0 },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** The mock's default citizen: fines, taxes by kind, utilities by provider with balances, state duties. */
export const EveryCategory = withLowVision(
  { parameters: { sweep: { ready: shows('[data-group="duty"]') } } } satisfies Story,
  renderCharges,
);

/** Fines: a discount before and after its deadline, overdue with a rejected dispute, a payment in progress. */
export const Fines: Story = {
  args: { answers: { fine: FINES } },
  parameters: { sweep: { ready: shows('[data-charge-id="story-processing"]') } },
};

/** A discount before its deadline only. */
export const DiscountActive: Story = {
  args: { answers: { fine: [FINES[0]!] } },
  parameters: { sweep: { ready: shows('[data-discount="active"]') } },
};

/** A discount after its deadline: the full amount is due. */
export const DiscountExpired: Story = {
  args: { answers: { fine: [FINES[1]!] } },
  parameters: { sweep: { ready: shows('[data-discount="expired"]') } },
};

/** Overdue: said in words next to the status. */
export const Overdue: Story = {
  args: { answers: { fine: [FINES[2]!] } },
  parameters: { sweep: { ready: shows('[data-overdue]') } },
};

/** Being paid: «Платёж обрабатывается» and the way to the payment. */
export const Processing: Story = {
  args: { answers: { fine: [FINES[3]!] } },
  parameters: { sweep: { ready: shows('[data-status="processing"]') } },
};

/** Three charges selected: the total explained line by line, «Оплатить» available. */
export const SelectedSeveral: Story = {
  args: { select: 3 },
  parameters: { sweep: { ready: shows('[data-total-lines]') } },
};

/** Nothing to pay: what it means and where documents for search are added. */
export const Empty: Story = { parameters: { scenario: 'empty', sweep: { ready: shows('gu-empty-state') } } };

/** 1 000 charges (the `large` scenario): each group's first page only, «Показать ещё». */
export const ThousandCharges: Story = {
  parameters: { scenario: 'large', sweep: { ready: shows('[data-more]') } },
};

/** The answer is on its way. */
export const Loading: Story = {
  args: { hold: true },
  parameters: { sweep: { ready: shows('gu-loading-state') } },
};

/** The server failed: what went wrong and «Повторить». */
export const ServerError: Story = {
  parameters: { scenario: 'server-error', sweep: { ready: shows('gu-error-state') } },
};

/** No connection. */
export const Offline: Story = { parameters: { scenario: 'offline', sweep: { ready: shows('gu-error-state') } } };

/** A body that breaks the contract: refused, said as a failure. */
export const Malformed: Story = {
  parameters: { scenario: 'malformed', sweep: { ready: shows('gu-error-state') } },
};

/** In English. */
export const English: Story = {
  args: { answers: { fine: FINES } },
  parameters: { locale: 'en', sweep: { ready: shows('[data-charge-id="story-processing"]') } },
};
