import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import '../../components/payments/gu-payments.js';
import type { GuPayments } from '../../components/payments/payments.js';
import type { ChargeSearchBy } from '../../components/payments/types.js';
import { startMockWorker } from '../../mocks/browser.js';
import { TAX_NOTICE_INDEX } from '../../mocks/payments/find.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** What is searched by, once the «Найти начисление» disclosure is open. */
  by: ChargeSearchBy;
  /** What is pasted into the field and searched ('' — the form only). */
  value: string;
  /** The search answers 500 (the failure and «Повторить поиск»). */
  fail: boolean;
  /** Add the first charge found to the payment. */
  add: boolean;
}

/** The widget on «Начисления» with «Найти начисление» opened (and a search made, as the citizen would). */
function renderFind(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-payments');
  element.view = 'charges';
  // Answers are set up before the element asks (the sweep resets the handlers when the story is left).
  const attach = args.fail
    ? startMockWorker({ quiet: true }).then((worker) =>
        worker.use(
          http.get('*/api/charges/search', () =>
            HttpResponse.json(
              { code: 'server-error', message: 'Внутренняя ошибка сервера. Попробуйте позже.' },
              { status: 500 },
            ),
          ),
        ),
      )
    : Promise.resolve();
  void attach.then(() => {
    wrapper.append(element);
    void search(wrapper, args);
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

const charges = (root: HTMLElement): ShadowRoot | null | undefined =>
  root.querySelector<GuPayments>('gu-payments')?.shadowRoot?.querySelector('gu-payments-charges')?.shadowRoot;
const find = (root: HTMLElement): ShadowRoot | null | undefined =>
  charges(root)?.querySelector('gu-payments-find')?.shadowRoot;

/** Opens the disclosure, picks what to search by, pastes the value and searches. */
async function search(root: HTMLElement, args: Args): Promise<void> {
  await until(() => charges(root)?.querySelector('button[aria-controls="find-body"]'));
  charges(root)!.querySelector<HTMLButtonElement>('button[aria-controls="find-body"]')!.click();
  await until(() => find(root)?.querySelector('#value'));
  const shadow = find(root)!;
  shadow.querySelector<HTMLInputElement>(`input[name="by"][value="${args.by}"]`)?.click();
  if (!args.value) return;
  const input = shadow.querySelector<HTMLInputElement>('#value')!;
  input.value = args.value;
  input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
  shadow.querySelector('form')!.requestSubmit();
  if (!args.add) return;
  await until(() => shadow.querySelector('[data-charge] button'));
  shadow.querySelector<HTMLButtonElement>('[data-charge] button')!.click();
}

/** Waits until the find part shows `selector`. */
const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => find(root)?.querySelector(selector));
    await charges(root)?.querySelector('gu-payments-find')?.updateComplete;
  };

const meta: Meta<Args> = {
  title: 'Widgets/Payments/Find',
  component: 'gu-payments',
  render: renderFind,
  args: { by: 'uin', value: '', fail: false, add: false },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** The form: by УИН, resolution number or document index. */
export const Form = withLowVision({ parameters: { sweep: { ready: shows('#value') } } } satisfies Story, renderFind);

/** Found by a pasted «188 1037 7200 0000 0000 9»: amount, payee, the discount past its deadline as given. */
export const FindByUinResult: Story = {
  args: { value: '188 1037 7200 0000 0000 9' },
  parameters: { sweep: { ready: shows('[data-charge]') } },
};

/** Found with its discount running, and added to the payment. */
export const AddedToPayment: Story = {
  args: { value: '18810177200000000009', add: true },
  parameters: { sweep: { ready: shows('[data-selected]') } },
};

/** By resolution number. */
export const FindByResolution: Story = {
  args: { by: 'resolution', value: '18810177000000000079' },
  parameters: { sweep: { ready: shows('[data-charge]') } },
};

/** By a tax notice's document index. */
export const FindByDocumentIndex: Story = {
  args: { by: 'document-index', value: TAX_NOTICE_INDEX },
  parameters: { sweep: { ready: shows('[data-charge]') } },
};

/** Nothing found: said, with what to try. */
export const FindNothing: Story = {
  args: { value: '18810177200000000017' },
  parameters: { sweep: { ready: shows('[data-nothing]') } },
};

/** A wrong check digit: said next to the field, nothing sent. */
export const FindWrongCheckDigit: Story = {
  args: { value: '18810177200000000008' },
  parameters: { sweep: { ready: shows('#value-error.field-error:not(.is-empty)') } },
};

/** The search failed: what went wrong and «Повторить поиск». */
export const FindFailed: Story = {
  args: { value: '18810177200000000009', fail: true },
  parameters: { sweep: { ready: shows('#find-problem button') } },
};

/** In English, with a result. */
export const English: Story = {
  args: { value: '18810177000000000410' },
  parameters: { locale: 'en', sweep: { ready: shows('[data-charge]') } },
};
