import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HttpResponse, http } from 'msw';
import '../../components/notifications/gu-notification-bell.js';
import type { GuNotificationBell } from '../../components/notifications/bell.js';
import type { Notification } from '../../components/notifications/types.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** Answer the summary with this unread count (and five newest) instead of the mock's data; -1: the mock's. */
  unread: number;
  /** The summary fails (503). */
  failing: boolean;
}

const item = (n: number): Notification => ({
  id: `story-${n}`,
  category: n === 1 ? 'security' : 'applications',
  title: n === 1 ? 'Вход с нового устройства' : `Заявление № 00${n}: статус изменён`,
  body: 'Текст уведомления.',
  sender: n === 1 ? 'Госуслуги' : 'МВД России',
  createdAt: `2026-12-0${n}T10:00:00Z`,
  read: n > 3,
  archived: false,
});

/** As a portal's header puts it: at the end of a banner, after the portal's name. */
function renderBell(args: Args): HTMLElement {
  const header = document.createElement('header');
  header.className = 'story-header';
  const name = document.createElement('p');
  name.textContent = 'Портал госуслуг';
  name.lang = 'ru';
  header.append(name);
  provideTestSession(header);
  const bell = document.createElement('gu-notification-bell');
  const answer = args.failing
    ? () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '600' } })
    : () => HttpResponse.json({ unreadCount: args.unread, latest: [1, 2, 3, 4, 5].map(item) });
  // An answer of the story's own is set up before the bell asks (the sweep resets the handlers when the story is left).
  const attach =
    args.unread >= 0 || args.failing
      ? startMockWorker({ quiet: true }).then((worker) => worker.use(http.get('*/api/notifications/summary', answer)))
      : Promise.resolve();
  void attach.then(() => header.append(bell));
  return header;
}

async function until(check: () => unknown, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const bellOf = (root: HTMLElement): GuNotificationBell | null => root.querySelector('gu-notification-bell');
const popoverOf = (root: HTMLElement) =>
  bellOf(root)?.shadowRoot?.querySelector('gu-notification-bell-popover')?.shadowRoot ?? null;
/** Waits until the bell's name is settled (the summary is in, or failed). */
const settled = async (root: HTMLElement): Promise<void> => {
  await until(() => popoverOf(root)?.querySelector('.list, .note:not([role="status"])'));
  await bellOf(root)!.updateComplete;
};
/** …and opens the popover. */
const opened = async (root: HTMLElement): Promise<void> => {
  await settled(root);
  bellOf(root)!.shadowRoot!.querySelector('button')!.click();
  await until(() => bellOf(root)!.shadowRoot!.querySelector('#popover:not([hidden])'));
};

const meta: Meta<Args> = {
  title: 'Widgets/Notifications/Bell',
  component: 'gu-notification-bell',
  render: renderBell,
  args: { unread: -1, failing: false },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** The mock's default data: some unread, a security alert first. */
export const Unread = withLowVision({ parameters: { sweep: { ready: settled } } } satisfies Story, renderBell);

/** Nothing unread: «Уведомления, нет непрочитанных», no badge. */
export const NoUnread: Story = { args: { unread: 0 }, parameters: { sweep: { ready: settled } } };

/** 150 unread: the badge and the name say the number. */
export const ManyUnread: Story = { args: { unread: 150 }, parameters: { sweep: { ready: settled } } };

/** The popover open: the five newest (three unread) and «Все уведомления». */
export const Open: Story = { args: { unread: 3 }, parameters: { sweep: { ready: opened } } };

/** The summary failed: the popover says so and offers «Повторить». */
export const Failed: Story = { args: { failing: true }, parameters: { sweep: { ready: opened } } };
