import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import '../../components/notifications/gu-notifications.js';
import type { GuNotifications } from '../../components/notifications/notifications.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** The list as the mock has it, or none at all. */
  server: 'ok' | 'none';
  /** What the story does once drawn, as the citizen would. */
  act: 'none' | 'add-empty' | 'remove';
}

async function until(check: () => unknown, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The «Подписки» part's shadow root (inside «Настройки уведомлений»). */
const subscriptions = (root: HTMLElement): ShadowRoot | null | undefined =>
  root
    .querySelector<GuNotifications>('gu-notifications')
    ?.shadowRoot?.querySelector('gu-notifications-settings')
    ?.shadowRoot?.querySelector('gu-notifications-subscriptions')?.shadowRoot;

async function act(root: HTMLElement, args: Args): Promise<void> {
  if (args.act === 'none') return;
  await until(() => subscriptions(root)?.querySelector('#sub-add'));
  const shadow = subscriptions(root)!;
  if (args.act === 'add-empty') {
    // «Добавить подписку», then «Сохранить» with no mailing and no channel: the messages next to the fields.
    shadow.querySelector<HTMLButtonElement>('#sub-add')!.click();
    await until(() => shadow.querySelector('[data-sub-form]'));
    shadow.querySelector<HTMLInputElement>('[data-sub-form] input[type="checkbox"]:checked')?.click();
    shadow.querySelector<HTMLButtonElement>('[data-sub-form] button[type="submit"]')!.click();
    return;
  }
  await until(() => shadow.querySelector('[data-subscription] .actions button:last-child'));
  shadow.querySelector<HTMLButtonElement>('[data-subscription] .actions button:last-child')!.click();
}

/** «Настройки уведомлений» with «Подписки» below, signed in. */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-notifications');
  element.view = 'settings';
  const attach = startMockWorker({ quiet: true }).then((worker) => {
    if (args.server === 'none')
      worker.use(
        http.get('*/api/notification-subscriptions', () =>
          HttpResponse.json({
            items: [],
            topics: [{ id: 'sfr-services', title: 'Новые услуги Социального фонда', agency: 'Социальный фонд России' }],
          }),
        ),
      );
  });
  void attach.then(() => {
    wrapper.append(element);
    void act(wrapper, args);
  });
  return wrapper;
}

/** Waits until «Подписки» show `selector`; the part is scrolled into view (it is below the settings). */
const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => subscriptions(root)?.querySelector(selector));
    subscriptions(root)?.querySelector('#sub-heading')?.scrollIntoView();
  };

const meta: Meta<Args> = {
  title: 'Widgets/Notifications/Subscriptions',
  component: 'gu-notifications',
  render,
  args: { server: 'ok', act: 'none' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** Subscriptions to agencies' mailings: active and paused, with channels, frequency and dates. */
export const List = withLowVision(
  {
    parameters: { sweep: { ready: shows('[data-subscription]') } },
  } satisfies Story,
  render,
);

/** No subscriptions yet: «Добавить подписку». */
export const Empty: Story = {
  args: { server: 'none' },
  parameters: { sweep: { ready: shows('#sub-add') } },
};

/** The new subscription's form sent empty: each field's message next to it. */
export const AddWithErrors: Story = {
  args: { act: 'add-empty' },
  parameters: { sweep: { ready: shows('#sub-channels-error:not([hidden])') } },
};

/** «Отписаться»: the confirmation first. */
export const RemoveConfirmation: Story = {
  args: { act: 'remove' },
  parameters: { sweep: { ready: shows('gu-dialog[open]') } },
};
