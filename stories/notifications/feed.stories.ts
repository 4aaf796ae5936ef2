import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import '../../components/notifications/gu-notifications.js';
import type { GuNotifications } from '../../components/notifications/notifications.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** Answer GET /notifications with one malformed item among good ones. */
  malformed: boolean;
}

const GOOD = {
  category: 'applications',
  body: 'Заявление принято ведомством и передано на рассмотрение.',
  sender: 'МВД России',
  read: false,
  archived: false,
};

/** The widget as a portal page puts it, signed in, on the feed. */
function renderFeed(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-notifications');
  element.securityHref = '/security';
  const attach = args.malformed
    ? startMockWorker({ quiet: true }).then((worker) =>
        worker.use(
          http.get('*/api/notifications', () =>
            HttpResponse.json({
              items: [
                { ...GOOD, id: 'n-good-1', title: 'Заявление принято', createdAt: '2026-11-20T08:00:00Z' },
                { id: 'n-broken', category: 'weather', title: 17 },
                { ...GOOD, id: 'n-good-2', title: 'Заявление зарегистрировано', createdAt: '2026-11-19T08:00:00Z' },
              ],
              total: 3,
              page: 1,
              pageSize: 20,
              unreadCount: 2,
            }),
          ),
        ),
      )
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

const widget = (root: HTMLElement) => root.querySelector<GuNotifications>('gu-notifications');
const partOf = (root: HTMLElement) =>
  widget(root)?.shadowRoot?.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('[data-part]');
const part = (root: HTMLElement): ShadowRoot | null | undefined => partOf(root)?.shadowRoot;

/** Waits until the open view shows `selector` and nothing in it is busy. */
const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => part(root)?.querySelector(selector) && !part(root)?.querySelector('[aria-busy="true"]'));
    await partOf(root)?.updateComplete;
  };

const meta: Meta<Args> = {
  title: 'Widgets/Notifications/Feed',
  component: 'gu-notifications',
  render: renderFeed,
  args: { malformed: false },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/**
 * The default citizen's feed: every category (application status, a charge or fine, payment due, payment done, a
 * document ready, security, an appointment, an agency's message, news), unread security alerts first.
 */
export const Feed = withLowVision({ parameters: { sweep: { ready: shows('ol.rows') } } } satisfies Story, renderFeed);

/** Nothing yet: what will be here. */
export const Empty: Story = { parameters: { scenario: 'empty', sweep: { ready: shows('gu-empty-state') } } };

/** 5 000 notifications (the `large` scenario): server pages and the pager. */
export const FiveThousand: Story = { parameters: { scenario: 'large', sweep: { ready: shows('.pager') } } };

/** Four new ones arrive a moment after the feed opens: the list follows, announced once («Новых уведомлений: 4»). */
export const UnreadBurst: Story = {
  parameters: { scenario: 'notification-burst', sweep: { ready: shows('ol.rows') } },
};

/** The archive (the filter «Архив»): each with «Вернуть из архива». */
export const Archive: Story = {
  parameters: {
    sweep: {
      ready: async (root) => {
        await shows('form')(root);
        part(root)!.querySelector<HTMLInputElement>('#show-archive')!.click();
        await shows('[data-action="archive"]')(root);
      },
    },
  },
};

/** One item of the page is malformed: skipped with a note, the rest still shows. */
export const Malformed: Story = {
  args: { malformed: true },
  parameters: { sweep: { ready: shows('.skipped:not(.is-empty)') } },
};

/** The server failed: what went wrong and «Повторить». */
export const ServerError: Story = {
  parameters: { scenario: 'server-error', sweep: { ready: shows('gu-error-state') } },
};

/** A security alert opened («Вход с нового устройства»): its text and the link to the security settings. */
export const SecurityAlert: Story = {
  parameters: {
    sweep: {
      ready: async (root) => {
        await shows('li.is-alert')(root);
        part(root)!.querySelector<HTMLButtonElement>('li.is-alert .open')!.click();
        await until(() => partOf(root)?.localName === 'gu-notifications-detail');
        await shows('article a[data-action="link"]')(root);
      },
    },
  },
};
