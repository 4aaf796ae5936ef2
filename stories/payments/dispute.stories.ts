import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http, HttpResponse } from 'msw';
import '../../components/payments/gu-payments.js';
import type { PaymentsView } from '../../components/payments/context.js';
import type { GuPaymentsDispute } from '../../components/payments/parts/dispute.js';
import { startMockWorker } from '../../mocks/browser.js';
import { getDb } from '../../mocks/db/index.js';
import { disputesOf } from '../../mocks/payments/disputes.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

type Fine = 'disputable' | 'disputed' | 'not-disputable';

interface Args {
  view: PaymentsView;
  /** Which of the default citizen's fines the form disputes. */
  fine: Fine;
  /** What the story does once the form is drawn, as the citizen would. */
  act: 'none' | 'fill' | 'submit-empty' | 'upload' | 'submit';
  /** How the server answers: uploads held (in progress), uploads failing, or the dispute refused with 409. */
  server: 'ok' | 'hold-uploads' | 'fail-uploads' | 'conflict';
}

/** The default citizen's fine of a kind (the disputes' mock seeds open disputes on some disputable fines). */
function fineId(kind: Fine): string {
  const own = getDb().charges.filter((c) => c.ownerId === 'person-1' && c.kind === 'fine');
  if (kind === 'disputed') {
    const open = disputesOf('person-1').find((d) => d.status === 'submitted');
    return open?.chargeId ?? own[0]?.id ?? 'charge-1';
  }
  const found = own.find((c) => (kind === 'disputable' ? c.disputable && !c.dispute : !c.disputable));
  return found?.id ?? own[0]?.id ?? 'charge-1';
}

const pdf = (name: string, bytes = 64 * 1024): File =>
  new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });

async function until(check: () => unknown, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The first element matching `selector` in `root` or any shadow root under it. */
function deepQuery(root: ParentNode, selector: string): Element | null {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    const found = element.shadowRoot ? deepQuery(element.shadowRoot, selector) : null;
    if (found) return found;
  }
  return null;
}

const form = (root: HTMLElement): GuPaymentsDispute | null =>
  deepQuery(root, 'gu-payments-dispute') as GuPaymentsDispute | null;

/** Chooses a reason and types a comment, as the citizen would. */
function fill(part: GuPaymentsDispute): void {
  const shadow = part.shadowRoot!;
  shadow.querySelector<HTMLInputElement>('input[value="vehicle-sold"]')!.click();
  const comment = shadow.querySelector<HTMLTextAreaElement>('#comment')!;
  comment.value = 'Автомобиль продан 2 октября, до даты нарушения. Договор купли-продажи прилагаю.';
  comment.dispatchEvent(new Event('input', { bubbles: true }));
}

async function act(root: HTMLElement, args: Args): Promise<void> {
  if (args.act === 'none') return;
  await until(() => form(root)?.shadowRoot?.querySelector('form'));
  const part = form(root)!;
  if (args.act === 'upload') {
    part.addFiles([pdf('Договор купли-продажи.pdf'), pdf('ПТС с отметкой о продаже.pdf')]);
    return;
  }
  if (args.act !== 'submit-empty') fill(part);
  if (args.act === 'fill') return;
  part.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-payments');
  element.view = args.view;
  if (args.view === 'dispute') element.chargeId = fineId(args.fine);
  const attach = startMockWorker({ quiet: true }).then((worker) => {
    if (args.server === 'hold-uploads') worker.use(http.post('*/api/dispute-documents', () => delay('infinite')));
    if (args.server === 'fail-uploads')
      worker.use(
        http.post('*/api/dispute-documents', () =>
          HttpResponse.json({ code: 'server-error', message: 'Внутренняя ошибка сервера.' }, { status: 500 }),
        ),
      );
    if (args.server === 'conflict')
      worker.use(
        http.post('*/api/charges/:id/disputes', () =>
          HttpResponse.json({ code: 'dispute-exists', message: 'По этому штрафу уже подана жалоба.' }, { status: 409 }),
        ),
      );
  });
  void attach.then(() => {
    wrapper.append(element);
    if (args.view === 'dispute') void act(wrapper, args);
  });
  return wrapper;
}

/** Waits until the dispute view shows `selector`. */
const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => form(root)?.shadowRoot?.querySelector(selector));
    await form(root)?.updateComplete;
  };

/** Waits until the dispute view's `selector` has text. */
const says =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => (form(root)?.shadowRoot?.querySelector(selector)?.textContent ?? '').trim() !== '');
    await form(root)?.updateComplete;
  };

/** Waits until `selector` is drawn anywhere in the widget (the disputes under the history). */
const showsDeep =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => deepQuery(root, selector));
  };

const meta: Meta<Args> = {
  title: 'Widgets/Payments/Dispute',
  component: 'gu-payments',
  render,
  args: { view: 'dispute', fine: 'disputable', act: 'none', server: 'ok' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** «Оспорить»: the fine summed up, the reasons, the comment with its counter, the documents. */
export const Form = withLowVision({ parameters: { sweep: { ready: shows('form') } } } satisfies Story, render);

/** Filled in: a reason chosen, the comment typed and counted. */
export const Filled: Story = {
  args: { act: 'fill' },
  parameters: { sweep: { ready: shows('input[value="vehicle-sold"]:checked') } },
};

/** Sent empty: each message next to its field. */
export const FieldErrors: Story = {
  args: { act: 'submit-empty' },
  parameters: { sweep: { ready: shows('#comment-error:not([hidden])') } },
};

/** Two documents uploading: progress, «Отменить». */
export const UploadsInProgress: Story = {
  args: { act: 'upload', server: 'hold-uploads' },
  parameters: { sweep: { ready: shows('progress') } },
};

/** Uploads failed: the reason next to each file, «Повторить». */
export const UploadFailed: Story = {
  args: { act: 'upload', server: 'fail-uploads' },
  parameters: { sweep: { ready: shows('li .error') } },
};

/** Sent: «Жалоба отправлена в …» with its status. */
export const Submitted: Story = {
  args: { act: 'submit' },
  parameters: { sweep: { ready: shows('.badge') } },
};

/** Refused with 409: said precisely; what was typed stays. */
export const AlreadyDisputedOnSubmit: Story = {
  args: { act: 'submit', server: 'conflict' },
  parameters: { sweep: { ready: says('.problem[role="alert"]') } },
};

/** A fine with an open dispute: no second one. */
export const AlreadyDisputed: Story = {
  args: { fine: 'disputed' },
  parameters: { sweep: { ready: shows('.problem') } },
};

/** A fine the portal cannot dispute. */
export const NotDisputable: Story = {
  args: { fine: 'not-disputable' },
  parameters: { sweep: { ready: shows('.problem') } },
};

/** The fine could not be loaded: «Повторить». */
export const ServerError: Story = {
  parameters: { scenario: 'server-error', sweep: { ready: shows('.problem button') } },
};

/** The disputes under the history, one in every status, the agency's answer for the decided ones. */
export const DisputesEveryStatus: Story = {
  args: { view: 'history' },
  parameters: { sweep: { ready: showsDeep('[data-dispute] .badge.tone-error') } },
};

/** In English. */
export const English: Story = {
  args: { act: 'fill' },
  parameters: { locale: 'en', sweep: { ready: shows('input[value="vehicle-sold"]:checked') } },
};

/** Sent, in English. */
export const SubmittedEnglish: Story = {
  args: { act: 'submit' },
  parameters: { locale: 'en', sweep: { ready: shows('.badge') } },
};
