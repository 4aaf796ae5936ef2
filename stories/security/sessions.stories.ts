import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http, HttpResponse } from 'msw';
import '../../components/security/gu-security-settings.js';
import type { GuSecuritySettings } from '../../components/security/security-settings.js';
import type { AccountSession } from '../../components/security/types.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** What GET /security/sessions answers instead of the mock's sessions. */
  answer: 'mock' | 'only-this' | 'unknown-device' | 'failed' | 'busy';
  /** What the story does once drawn, as the citizen would. */
  act: 'none' | 'end-one' | 'end-others';
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
  root.querySelector<GuSecuritySettings>('gu-security-settings')?.shadowRoot?.querySelector('gu-security-sessions')
    ?.shadowRoot;

const ago = (minutes: number): string => new Date(Date.now() - minutes * 60_000).toISOString();

/** This browser, signed in 25 minutes ago. */
const THIS: AccountSession = {
  id: 'sid-story-this',
  startedAt: ago(25),
  lastActiveAt: ago(0),
  ip: '192.0.2.10',
  place: 'Архангельск',
  client: 'Госуслуги Северного края',
  kind: 'computer',
  browser: 'Chrome',
  os: 'Windows',
  current: true,
};

/** A session the mock could not place nor recognise (no User-Agent, an address outside its table). */
const UNKNOWN: AccountSession = {
  id: 'sid-story-unknown',
  startedAt: ago(60 * 5),
  lastActiveAt: ago(50),
  ip: '203.0.113.200',
  client: 'gu-kit-partner-app',
  kind: 'unknown',
  browser: '',
  os: '',
  current: false,
};

async function act(root: HTMLElement, args: Args): Promise<void> {
  if (args.act === 'none') return;
  await until(() => part(root)?.querySelector(args.act === 'end-one' ? '[data-end]' : '#end-others'));
  part(root)!
    .querySelector<HTMLButtonElement>(args.act === 'end-one' ? '[data-end]' : '#end-others')!
    .click();
}

/** The widget as the portal's /security page puts it, signed in, on «Активные сеансы». */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-security-settings');
  element.view = 'sessions';
  void startMockWorker({ quiet: true }).then((worker) => {
    const answer = (body: () => Response | Promise<Response>) => worker.use(http.get('*/api/security/sessions', body));
    if (args.answer === 'only-this') answer(() => HttpResponse.json({ items: [THIS] }));
    if (args.answer === 'unknown-device') answer(() => HttpResponse.json({ items: [THIS, UNKNOWN] }));
    if (args.answer === 'failed')
      answer(() => HttpResponse.json({ code: 'server-error', message: 'Внутренняя ошибка' }, { status: 500 }));
    if (args.answer === 'busy') answer(() => delay('infinite').then(() => HttpResponse.json({ items: [] })));
    wrapper.append(element);
    void act(wrapper, args);
  });
  return wrapper;
}

const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => part(root)?.querySelector(selector));
  };

const meta: Meta<Args> = {
  title: 'Widgets/Security/Sessions',
  component: 'gu-security-settings',
  render,
  args: { answer: 'mock', act: 'none' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** This session first («Этот сеанс», ended by «Выйти»), then a phone and a laptop with their facts. */
export const List = withLowVision(
  {
    parameters: { sweep: { ready: shows('#end-others') } },
  } satisfies Story,
  render,
);

/** Signed in only here: nothing to end. */
export const OnlyThis: Story = {
  args: { answer: 'only-this' },
  parameters: { sweep: { ready: shows('ul.items li') } },
};

/** A session of an unknown device, place and browser: said as unknown, still ended the same way. */
export const UnknownDevice: Story = {
  args: { answer: 'unknown-device' },
  parameters: { sweep: { ready: shows('[data-end]') } },
};

/** «Завершить»: the confirmation names the session. */
export const EndOneConfirmation: Story = {
  parameters: { sweep: { ready: shows('gu-dialog[open]') } },
  args: { act: 'end-one' },
};

/** «Завершить все другие сеансы»: the confirmation says this page stays signed in. */
export const EndOthersConfirmation: Story = {
  parameters: { sweep: { ready: shows('gu-dialog[open]') } },
  args: { act: 'end-others' },
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
