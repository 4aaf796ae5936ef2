import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpResponse, http } from 'msw';
import '../../components/notifications/gu-notifications-latest.js';
import type { GuNotificationsLatest } from '../../components/notifications/latest.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** How many to show (`count`). */
  count: number;
  /** The summary answers with no notifications. */
  empty: boolean;
  /** The summary fails (503). */
  failing: boolean;
}

/** As a portal's home page puts it: a section among others, the citizen signed in. */
function renderLatest(args: Args): HTMLElement {
  const page = document.createElement('div');
  provideTestSession(page);
  const latest = document.createElement('gu-notifications-latest');
  latest.count = args.count;
  latest.feedHref = '/lk/notifications';
  const answer = args.failing
    ? () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '600' } })
    : () => HttpResponse.json({ unreadCount: 0, latest: [] });
  // An answer of the story's own is set up before the element asks (the sweep resets the handlers when it is left).
  const attach =
    args.empty || args.failing
      ? startMockWorker({ quiet: true }).then((worker) => worker.use(http.get('*/api/notifications/summary', answer)))
      : Promise.resolve();
  void attach.then(() => page.append(latest));
  return page;
}

async function until(check: () => unknown, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits until the summary is in (or failed): nothing says «Загружаем…» any more. */
const settled = async (root: HTMLElement): Promise<void> => {
  const latest = () => root.querySelector<GuNotificationsLatest>('gu-notifications-latest');
  await until(
    () => latest()?.shadowRoot?.querySelector('.latest') && !latest()!.shadowRoot!.querySelector('[role="status"]'),
  );
  await latest()!.updateComplete;
};

const meta: Meta<Args> = {
  title: 'Widgets/Notifications/Latest',
  component: 'gu-notifications-latest',
  render: renderLatest,
  args: { count: 3, empty: false, failing: false },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** The mock's data: the three newest (unread security alerts first), with category, date and «Новое». */
export const Default = withLowVision({ parameters: { sweep: { ready: settled } } } satisfies Story, renderLatest);

/** No notifications yet. */
export const Empty: Story = { args: { empty: true }, parameters: { sweep: { ready: settled } } };

/** The summary failed: said, with «Повторить». */
export const Failed: Story = { args: { failing: true }, parameters: { sweep: { ready: settled } } };

/** In English, the five newest. */
export const English: Story = { args: { count: 5 }, parameters: { locale: 'en', sweep: { ready: settled } } };
