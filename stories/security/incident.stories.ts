import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import '../../components/security/gu-security-settings.js';
import type { GuSecuritySettings } from '../../components/security/security-settings.js';
import { startMockWorker } from '../../mocks/browser.js';
import { loginEventOf, loginEventsOf } from '../../mocks/security/store.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** Which sign-in the view is about: the suspicious one, the same already reported, or one that does not exist. */
  event: 'suspicious' | 'reported' | 'unknown';
  /** What the story does once drawn, as the citizen would. */
  act: 'none' | 'end-sessions';
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
  root.querySelector<GuSecuritySettings>('gu-security-settings')?.shadowRoot?.querySelector('gu-security-incident')
    ?.shadowRoot;

/** The scenario's sign-in from Новосибирск (suspicious-login), or the newest successful one of another scenario. */
function suspiciousId(): string {
  const events = loginEventsOf('person-1').filter((event) => event.result === 'success');
  return (events.find((event) => event.city === 'novosibirsk') ?? events[1] ?? events[0])?.id ?? 'login-none';
}

/** «Это был не я» as a login alert's link opens it on the portal's /security page. */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-security-settings');
  element.view = 'incident';
  void startMockWorker({ quiet: true }).then((worker) => {
    const id = args.event === 'unknown' ? 'login-none' : suspiciousId();
    if (args.event === 'reported')
      worker.use(
        http.get('*/api/security/login-history/:id', ({ params }) => {
          const event = loginEventsOf('person-1').find((item) => item.id === params['id']);
          return event ? HttpResponse.json({ ...loginEventOf(event, 'ru'), reported: true }) : undefined;
        }),
      );
    element.eventId = id;
    wrapper.append(element);
    if (args.act === 'end-sessions')
      void until(() => part(wrapper)?.querySelector('#sessions-end')).then(() =>
        part(wrapper)!.querySelector<HTMLButtonElement>('#sessions-end')!.click(),
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
  title: 'Widgets/Security/Incident',
  component: 'gu-security-settings',
  render,
  args: { event: 'suspicious', act: 'none' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** Which sign-in, then four steps — password, other sessions, two-factor, the report — each «Не сделано» yet. */
export const Steps = withLowVision(
  {
    parameters: { scenario: 'suspicious-login', sweep: { ready: shows('#comment') } },
  } satisfies Story,
  render,
);

/** «Завершить все другие сеансы»: the confirmation says this page stays signed in. */
export const EndSessionsConfirmation: Story = {
  args: { act: 'end-sessions' },
  parameters: { scenario: 'suspicious-login', sweep: { ready: shows('gu-dialog[open]') } },
};

/** Reported before (another tab): the report step is done. */
export const AlreadyReported: Story = {
  args: { event: 'reported' },
  parameters: { scenario: 'suspicious-login', sweep: { ready: shows('.reference') } },
};

/** A link to a sign-in the account does not have: said, with the way back. */
export const NotFound: Story = {
  args: { event: 'unknown' },
  parameters: { sweep: { ready: shows('.card h4') } },
};
