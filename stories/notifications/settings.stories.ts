import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import '../../components/notifications/gu-notifications.js';
import type { GuNotifications } from '../../components/notifications/notifications.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** What the next «Применить» gets from the server instead of the mock's save. */
  save: 'ok' | 'server-error' | 'conflict';
  /** What the story does once drawn, as the citizen would. */
  act: 'none' | 'apply' | 'push-refused';
}

async function until(check: () => unknown, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const settings = (root: HTMLElement): ShadowRoot | null | undefined =>
  root.querySelector<GuNotifications>('gu-notifications')?.shadowRoot?.querySelector('gu-notifications-settings')
    ?.shadowRoot;

async function act(root: HTMLElement, args: Args): Promise<void> {
  if (args.act === 'none') return;
  await until(() => settings(root)?.querySelector('table[data-channels]'));
  const shadow = settings(root)!;
  if (args.act === 'push-refused') {
    // The browser's answer to the permission prompt, as a citizen who blocks it gives it (restored after).
    const own = Object.getOwnPropertyDescriptor(Notification, 'requestPermission');
    Object.defineProperty(Notification, 'requestPermission', {
      configurable: true,
      writable: true,
      value: () => Promise.resolve('denied'),
    });
    shadow.querySelector<HTMLButtonElement>('#push-enable')?.click();
    await until(() => shadow.querySelector('[data-push-problem].problem')).finally(() => {
      if (own) Object.defineProperty(Notification, 'requestPermission', own);
      else delete (Notification as unknown as Record<string, unknown>)['requestPermission'];
    });
    return;
  }
  // A choice changed, then «Применить».
  shadow.querySelector<HTMLInputElement>('input[data-key="news.portal"]')?.click();
  shadow.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

/** The widget as the portal's /notifications page puts it, signed in, on «Настройки уведомлений». */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-notifications');
  element.view = 'settings';
  element.paymentsHref = '/payments';
  element.securityHref = '/security';
  element.pushWorkerScope = '/push/';
  const attach = startMockWorker({ quiet: true }).then((worker) => {
    if (args.save === 'server-error')
      worker.use(
        http.put('*/api/notification-settings', () =>
          HttpResponse.json({ code: 'server-error', message: 'Внутренняя ошибка сервера.' }, { status: 500 }),
        ),
      );
    if (args.save === 'conflict')
      worker.use(
        http.put(
          '*/api/notification-settings',
          () =>
            HttpResponse.json(
              { code: 'settings-changed', message: 'Настройки изменены в другой вкладке.' },
              { status: 409 },
            ),
          { once: true },
        ),
      );
  });
  void attach.then(() => {
    wrapper.append(element);
    void act(wrapper, args);
  });
  return wrapper;
}

/** Waits until the settings show `selector`. */
const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => settings(root)?.querySelector(selector));
    // «Подписки» come with the settings (not with a failed load).
    if (!settings(root)?.querySelector('form')) return;
    await until(() =>
      settings(root)?.querySelector('gu-notifications-subscriptions')?.shadowRoot?.querySelector('#sub-heading'),
    );
  };

const meta: Meta<Args> = {
  title: 'Widgets/Notifications/Settings',
  component: 'gu-notifications',
  render,
  args: { save: 'ok', act: 'none' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/**
 * Channels × categories as one table, frequency per category, quiet hours, login alerts, push in this browser, the
 * autopay reminders and «Подписки».
 */
export const Default = withLowVision(
  {
    parameters: { sweep: { ready: shows('table[data-channels]') } },
  } satisfies Story,
  render,
);

/** E-mail and phone not confirmed: their columns say why they are off and offer «Подтвердить». */
export const UnconfirmedContacts: Story = {
  parameters: { scenario: 'unconfirmed-contacts', sweep: { ready: shows('[data-contact="email"] button') } },
};

/** Push turned on, the browser's permission refused: how to allow it. */
export const PushRefused: Story = {
  args: { act: 'push-refused' },
  parameters: { sweep: { ready: shows('[data-push-problem].problem') } },
};

/** A save failed: every choice kept, «Повторить». */
export const SaveFailed: Story = {
  args: { save: 'server-error', act: 'apply' },
  parameters: { sweep: { ready: shows('[data-retry]') } },
};

/** Saved in another tab meanwhile (409): reloaded, the citizen's choices kept to apply again. */
export const Conflict: Story = {
  args: { save: 'conflict', act: 'apply' },
  parameters: { sweep: { ready: shows('[data-save-problem].problem') } },
};

/** The settings could not be loaded: «Повторить». */
export const LoadFailed: Story = {
  parameters: { scenario: 'server-error', sweep: { ready: shows('.problem button') } },
};
