import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http } from 'msw';
import '../../components/payments/gu-payments.js';
import type { GuPayments } from '../../components/payments/payments.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** Hold GET /payments' answer: the loading state stays while it is looked at. */
  hold: boolean;
  /** Rows per page (`page-size`). */
  pageSize: number;
}

/** The widget as a portal page puts it, signed in, on «История платежей». */
function renderHistory(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-payments');
  element.view = 'history';
  element.pageSize = args.pageSize;
  const attach = args.hold
    ? startMockWorker({ quiet: true }).then((worker) => worker.use(http.get('*/api/payments', () => delay('infinite'))))
    : Promise.resolve();
  void attach.then(() => wrapper.append(element));
  return wrapper;
}

async function until(check: () => unknown, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const history = (root: HTMLElement) =>
  root.querySelector<GuPayments>('gu-payments')?.shadowRoot?.querySelector('gu-payments-history');
const part = (root: HTMLElement): ShadowRoot | null | undefined => history(root)?.shadowRoot;

/** Waits until the view shows `selector` and nothing in it is busy. */
const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => part(root)?.querySelector(selector) && !part(root)?.querySelector('[aria-busy="true"]'));
    await history(root)?.updateComplete;
  };

/** Types into the search (or the period) and submits the form, as the citizen would with Enter. */
const filtered =
  (fill: (form: HTMLFormElement) => void, then: string) =>
  async (root: HTMLElement): Promise<void> => {
    await shows('form')(root);
    const form = part(root)!.querySelector('form')!;
    fill(form);
    form.requestSubmit();
    await shows(then)(root);
  };

const meta: Meta<Args> = {
  title: 'Widgets/Payments/History',
  component: 'gu-payments',
  render: renderHistory,
  args: { hold: false, pageSize: 20 },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** The default citizen's payments over a year: every method and status, a refusal's reason, «Чек» on completed ones. */
export const History = withLowVision(
  { parameters: { sweep: { ready: shows('ol.rows') } } } satisfies Story,
  renderHistory,
);

/** No payments yet: what will be here; no filters. */
export const Empty: Story = { parameters: { scenario: 'empty', sweep: { ready: shows('gu-empty-state') } } };

/** The search matches nothing: «Ничего не найдено» with «Сбросить фильтры». */
export const FilteredToNothing: Story = {
  parameters: {
    sweep: {
      ready: filtered((form) => {
        form.querySelector<HTMLInputElement>('#q')!.value = 'нет такого получателя';
      }, '[data-reset]'),
    },
  },
};

/** Declined payments only, each with its reason. */
export const Declined: Story = {
  parameters: {
    sweep: {
      ready: filtered((form) => {
        form.querySelector<HTMLSelectElement>('#status')!.value = 'declined';
      }, '.reason'),
    },
  },
};

/** A period that ends before it starts: the message next to the field, nothing asked for. */
export const PeriodError: Story = {
  parameters: {
    sweep: {
      ready: filtered((form) => {
        form.querySelector<HTMLInputElement>('#from')!.value = '2026-06-01';
        form.querySelector<HTMLInputElement>('#to')!.value = '2026-03-01';
      }, '#to[aria-invalid="true"]'),
    },
  },
};

/** «Расходы по месяцам» shown: the stacked chart, its summary and its data table. */
export const ChartShown: Story = {
  parameters: {
    sweep: {
      ready: async (root) => {
        await shows('ol.rows')(root);
        part(root)!.querySelector<HTMLButtonElement>('[aria-controls="chart-region"]')!.click();
        await until(() => part(root)?.querySelector('gu-payments-history-chart')?.shadowRoot?.querySelector('table'));
        await until(() => part(root)?.querySelector('gu-payments-history-chart')?.shadowRoot?.querySelector('canvas'));
      },
    },
  },
};

/** Many pages (the `large` scenario, 5 rows a page): the pager. */
export const ManyPages: Story = {
  args: { pageSize: 5 },
  parameters: { scenario: 'large', sweep: { ready: shows('.pager') } },
};

/** The answer is on its way. */
export const Loading: Story = {
  args: { hold: true },
  parameters: {
    sweep: {
      ready: async (root) => {
        await until(() => part(root)?.querySelector('gu-loading-state')?.shadowRoot?.querySelector('.label'));
      },
    },
  },
};

/** The server failed: what went wrong and «Повторить». */
export const ServerError: Story = {
  parameters: { scenario: 'server-error', sweep: { ready: shows('gu-error-state') } },
};

/** In English, with the chart. */
export const English: Story = {
  parameters: { locale: 'en', sweep: { ready: ChartShown.parameters!.sweep!.ready! } },
};
