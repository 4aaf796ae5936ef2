import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http, HttpResponse } from 'msw';
import '../../components/security/gu-security-settings.js';
import type { GuSecuritySettings } from '../../components/security/security-settings.js';
import type { TrustedDevice } from '../../components/security/types.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** What GET /security/devices answers instead of the mock's devices. */
  answer: 'mock' | 'with-this' | 'none' | 'failed' | 'busy';
  /** What the story does once drawn, as the citizen would. */
  act: 'none' | 'forget-all';
}

async function until(check: () => unknown, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const part = (root: HTMLElement): ShadowRoot | null | undefined =>
  root.querySelector<GuSecuritySettings>('gu-security-settings')?.shadowRoot?.querySelector('gu-security-devices')
    ?.shadowRoot;

const days = (n: number): string => new Date(Date.now() + n * 24 * 3600_000).toISOString();

/** This computer (its cookie) and a phone. */
const WITH_THIS: TrustedDevice[] = [
  {
    id: 'device-story-this',
    kind: 'computer',
    browser: 'Яндекс Браузер',
    os: 'Windows',
    place: 'Архангельск',
    lastUsedAt: days(0),
    trustedUntil: days(30),
    current: true,
  },
  {
    id: 'device-story-phone',
    kind: 'phone',
    browser: 'Chrome',
    os: 'Android',
    lastUsedAt: days(-6),
    trustedUntil: days(24),
    current: false,
  },
];

/** The widget as the portal's /security page puts it, signed in, on «Доверенные устройства». */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-security-settings');
  element.view = 'devices';
  void startMockWorker({ quiet: true }).then((worker) => {
    const answer = (body: () => Response | Promise<Response>) => worker.use(http.get('*/api/security/devices', body));
    if (args.answer === 'with-this') answer(() => HttpResponse.json({ items: WITH_THIS }));
    if (args.answer === 'none') answer(() => HttpResponse.json({ items: [] }));
    if (args.answer === 'failed')
      answer(() => HttpResponse.json({ code: 'server-error', message: 'Внутренняя ошибка' }, { status: 500 }));
    if (args.answer === 'busy') answer(() => delay('infinite').then(() => HttpResponse.json({ items: [] })));
    wrapper.append(element);
    if (args.act === 'forget-all')
      void until(() => part(wrapper)?.querySelector('#forget-all')).then(() =>
        part(wrapper)!.querySelector<HTMLButtonElement>('#forget-all')!.click(),
      );
  });
  return wrapper;
}

const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => part(root)?.querySelector(selector));
  };

const meta: Meta<Args> = {
  title: 'Widgets/Security/Devices',
  component: 'gu-security-settings',
  render,
  args: { answer: 'mock', act: 'none' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** The mock's trusted devices: a laptop, a phone and a tablet, most recently used first. */
export const List = withLowVision(
  {
    parameters: { sweep: { ready: shows('[data-forget]') } },
  } satisfies Story,
  render,
);

/** «Это устройство» marked; a device of unknown place. */
export const WithThisDevice: Story = {
  args: { answer: 'with-this' },
  parameters: { sweep: { ready: shows('.is-current') } },
};

/** No trusted devices: every sign-in asks for the code. */
export const Empty: Story = {
  args: { answer: 'none' },
  parameters: { sweep: { ready: shows('p.muted') } },
};

/** «Забыть все устройства»: the confirmation first. */
export const ForgetAllConfirmation: Story = {
  args: { act: 'forget-all' },
  parameters: { sweep: { ready: shows('gu-dialog[open]') } },
};

/** The list could not be loaded: said, with «Повторить». */
export const LoadFailed: Story = {
  args: { answer: 'failed' },
  parameters: { sweep: { ready: shows('[role="alert"] button') } },
};

/** Loading. */
export const Loading: Story = {
  args: { answer: 'busy' },
  parameters: { sweep: { ready: shows('[aria-busy="true"]') } },
};
