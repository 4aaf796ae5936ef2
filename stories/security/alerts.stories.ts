import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import '../../components/security/gu-security-settings.js';
import type { GuSecuritySettings } from '../../components/security/security-settings.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** What the next «Сохранить» gets from the server instead of the mock's save. */
  save: 'ok' | 'conflict';
  /** What the story does once drawn, as the citizen would. */
  act: 'none' | 'save' | 'push' | 'no-channel';
}

async function until(check: () => unknown, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const alerts = (root: HTMLElement): ShadowRoot | null | undefined =>
  root.querySelector<GuSecuritySettings>('gu-security-settings')?.shadowRoot?.querySelector('gu-security-alerts')
    ?.shadowRoot;

async function act(root: HTMLElement, args: Args): Promise<void> {
  if (args.act === 'none') return;
  await until(() => alerts(root)?.querySelector('form'));
  const shadow = alerts(root)!;
  const box = (key: string) => shadow.querySelector<HTMLInputElement>(`input[data-key="${key}"]`)!;
  if (args.act === 'push') box('passwordChanged.push').click();
  if (args.act === 'no-channel')
    for (const channel of ['portal', 'email', 'sms', 'push'])
      if (box(`twoFactorChanged.${channel}`).checked) box(`twoFactorChanged.${channel}`).click();
  if (args.act === 'save') box('newDevice.sms').click();
  shadow.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

/** The widget as the portal's /security page puts it, signed in, on «Оповещения». */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-security-settings');
  element.view = 'alerts';
  element.notificationsHref = '/notifications';
  void startMockWorker({ quiet: true }).then((worker) => {
    if (args.save === 'conflict')
      worker.use(
        http.put(
          '*/api/security/alerts',
          () =>
            HttpResponse.json(
              { code: 'security-changed', message: 'Оповещения изменены в другой вкладке.' },
              { status: 409 },
            ),
          { once: true },
        ),
      );
    wrapper.append(element);
    void act(wrapper, args);
  });
  return wrapper;
}

const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => alerts(root)?.querySelector(selector));
  };

const meta: Meta<Args> = {
  title: 'Widgets/Security/Alerts',
  component: 'gu-security-settings',
  render,
  args: { save: 'ok', act: 'none' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/**
 * A sign-in from a new device (the notification settings' login alert, with the link there), the password changed,
 * two-factor changed — each with its channels; one «Сохранить».
 */
export const Default = withLowVision(
  {
    parameters: { sweep: { ready: shows('form') } },
  } satisfies Story,
  render,
);

/** A channel changed and saved: «Оповещения сохранены.» */
export const Saved: Story = {
  args: { act: 'save' },
  parameters: { sweep: { ready: shows('[data-notice].status:not(.is-empty)') } },
};

/** Push chosen while no browser has it (422): said next to the channel, the choices kept. */
export const ChannelUnavailable: Story = {
  args: { act: 'push' },
  parameters: { sweep: { ready: shows('input[aria-invalid="true"]') } },
};

/** An alert on without a channel: refused before sending, said next to it. */
export const NoChannel: Story = {
  args: { act: 'no-channel' },
  parameters: { sweep: { ready: shows('fieldset[aria-invalid="true"]') } },
};

/** Saved elsewhere meanwhile (409): the saved version loaded, the citizen's choices kept to save again. */
export const Conflict: Story = {
  args: { save: 'conflict', act: 'save' },
  parameters: { sweep: { ready: shows('[data-save-problem].problem:not(.is-empty)') } },
};
