import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http, HttpResponse } from 'msw';
import '../../components/security/gu-security-settings.js';
import type { GuSecuritySettings } from '../../components/security/security-settings.js';
import type { SecurityOverview } from '../../components/security/types.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** What GET /security answers instead of the mock's account. */
  answer: 'mock' | 'two-factor-off' | 'busy';
}

async function until(check: () => unknown, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const overview = (root: HTMLElement): ShadowRoot | null | undefined =>
  root.querySelector<GuSecuritySettings>('gu-security-settings')?.shadowRoot?.querySelector('gu-security-overview')
    ?.shadowRoot;

/** A new account: two-factor off, nothing set up, three failed sign-ins this week. */
const UNPROTECTED: SecurityOverview = {
  password: { policy: 'default', minLength: 8, maxLength: 128 },
  twoFactor: { enabled: false, methods: [], backupCodes: { left: 0 }, version: 0 },
  passkeys: { count: 0 },
  questions: { count: 0 },
  devices: { count: 0 },
  sessions: { count: 1 },
  recentFailures: 3,
  alerts: {
    newDevice: { enabled: true, channels: ['portal'] },
    passwordChanged: { enabled: false, channels: [] },
    twoFactorChanged: { enabled: false, channels: [] },
    version: 1,
  },
};

/** The widget as the portal's /security page puts it, signed in, on «Обзор». */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-security-settings');
  element.notificationsHref = '/notifications';
  void startMockWorker({ quiet: true }).then((worker) => {
    if (args.answer === 'two-factor-off') worker.use(http.get('*/api/security', () => HttpResponse.json(UNPROTECTED)));
    if (args.answer === 'busy') worker.use(http.get('*/api/security', () => delay('infinite')));
    wrapper.append(element);
  });
  return wrapper;
}

const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => overview(root)?.querySelector(selector));
  };

const meta: Meta<Args> = {
  title: 'Widgets/Security/Overview',
  component: 'gu-security-settings',
  render,
  args: { answer: 'mock' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/**
 * Two-factor on (SMS, e-mail, an app), two backup codes left (a warning and the advice to make new ones), the
 * sessions, devices and failed sign-ins of the mock's account; each row opens its section.
 */
export const Default = withLowVision(
  {
    parameters: { sweep: { ready: shows('[data-row="alerts"]') } },
  } satisfies Story,
  render,
);

/** Two-factor off, nothing set up, failed sign-ins this week: «Рекомендации» first. */
export const TwoFactorOff: Story = {
  args: { answer: 'two-factor-off' },
  parameters: { sweep: { ready: shows('[data-recommendations]') } },
};

/** The overview on its way. */
export const Loading: Story = {
  args: { answer: 'busy' },
  parameters: { sweep: { ready: shows('[aria-busy="true"]') } },
};

/** The overview could not be loaded: «Повторить». */
export const LoadFailed: Story = {
  parameters: { scenario: 'server-error', sweep: { ready: shows('.problem button') } },
};
