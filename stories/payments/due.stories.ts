import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http } from 'msw';
import '../../components/payments/gu-payments-due.js';
import type { GuPaymentsDue } from '../../components/payments/payments-due.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  signedOut: boolean;
  /** Hold the summary's answer: the loading state stays while it is looked at. */
  hold: boolean;
  href: string;
}

/** As a portal's home page puts it: in a card under its own heading. */
function renderDue(args: Args): HTMLElement {
  const wrapper = document.createElement('section');
  wrapper.setAttribute('aria-labelledby', 'due-heading');
  const heading = document.createElement('h2');
  heading.id = 'due-heading';
  heading.textContent = 'К оплате';
  heading.lang = 'ru';
  wrapper.append(heading);
  provideTestSession(
    wrapper,
    args.signedOut ? { status: 'signed-out', reason: 'user', citizen: undefined, level: undefined } : {},
  );
  const element = document.createElement('gu-payments-due');
  element.setAttribute('href', args.href);
  // A held answer is set up before the element asks (the sweep resets the handlers when the story is left).
  const attach = args.hold
    ? startMockWorker({ quiet: true }).then((worker) =>
        worker.use(http.get('*/api/charges/summary', () => delay('infinite'))),
      )
    : Promise.resolve();
  void attach.then(() => wrapper.append(element));
  return wrapper;
}

async function until(check: () => unknown, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const due = (root: HTMLElement): GuPaymentsDue | null => root.querySelector('gu-payments-due');
/** Waits until the element shows `selector` in its shadow root. */
const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => due(root)?.shadowRoot?.querySelector(selector));
    await due(root)!.updateComplete;
  };

const meta: Meta<Args> = {
  title: 'Widgets/Payments/Due',
  component: 'gu-payments-due',
  render: renderDue,
  args: { signedOut: false, hold: false, href: '/payments' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** What is due in the mock's default data: fines, taxes, utilities and duties, some overdue. */
export const Due = withLowVision(
  { parameters: { sweep: { ready: shows('[part="link"]') } } } satisfies Story,
  renderDue,
);

/** Nothing to pay. */
export const NothingDue: Story = { parameters: { scenario: 'empty', sweep: { ready: shows('[part="link"]') } } };

/** 1 000 charges (the `large` scenario): still a few lines. */
export const ManyCharges: Story = { parameters: { scenario: 'large', sweep: { ready: shows('[part="link"]') } } };

/** Signed out: nothing personal, an invitation to sign in. */
export const SignedOut: Story = { args: { signedOut: true }, parameters: { sweep: { ready: shows('button') } } };

/** The answer is on its way. */
export const Loading: Story = { args: { hold: true }, parameters: { sweep: { ready: shows('[role="status"]') } } };

/** The server failed: an alert with the reason and «Повторить». */
export const ServerError: Story = {
  parameters: { scenario: 'server-error', sweep: { ready: shows('[role="alert"] button') } },
};

/** Offline: an alert with the reason and «Повторить». */
export const Offline: Story = {
  parameters: { scenario: 'offline', sweep: { ready: shows('[role="alert"] button') } },
};

/** A body that breaks the contract: refused, an alert. */
export const Malformed: Story = {
  parameters: { scenario: 'malformed', sweep: { ready: shows('[role="alert"] button') } },
};
