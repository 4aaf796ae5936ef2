import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import '../../components/security/gu-security-settings.js';
import type { GuSecuritySettings } from '../../components/security/security-settings.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** What GET /security/login-history answers instead of the mock's history. */
  answer: 'mock' | 'filtered-empty' | 'failed';
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
  root.querySelector<GuSecuritySettings>('gu-security-settings')?.shadowRoot?.querySelector('gu-security-history')
    ?.shadowRoot;

/** Chooses «Неудачные попытки» in the result filter, as the citizen would. */
async function filterFailures(root: HTMLElement): Promise<void> {
  await until(() => part(root)?.querySelector('#result'));
  const select = part(root)!.querySelector<HTMLSelectElement>('#result')!;
  select.value = 'failure';
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The widget as the portal's /security page puts it, signed in, on «История входов». */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-security-settings');
  element.view = 'history';
  element.pageSize = 10;
  void startMockWorker({ quiet: true }).then((worker) => {
    if (args.answer === 'filtered-empty')
      worker.use(
        http.get('*/api/security/login-history', ({ request }) =>
          new URL(request.url).searchParams.get('result')
            ? HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 10 })
            : undefined,
        ),
      );
    if (args.answer === 'failed')
      worker.use(
        http.get('*/api/security/login-history', () =>
          HttpResponse.json({ code: 'server-error', message: 'Внутренняя ошибка' }, { status: 500 }),
        ),
      );
    wrapper.append(element);
    if (args.answer === 'filtered-empty') void filterFailures(wrapper);
  });
  return wrapper;
}

const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => part(root)?.querySelector(selector));
  };

const meta: Meta<Args> = {
  title: 'Widgets/Security/History',
  component: 'gu-security-settings',
  render,
  args: { answer: 'mock' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** ~60 sign-ins over 90 days: this one first («Этот вход»), failures with their reasons, filters, pages, CSV. */
export const Default = withLowVision(
  {
    parameters: { sweep: { ready: shows('tbody tr [data-not-me]') } },
  } satisfies Story,
  render,
);

/** 10 000 sign-ins: the server's pages. */
export const Large: Story = {
  parameters: { scenario: 'large', sweep: { ready: shows('[data-next]') } },
};

/** A filter that matches nothing: said, with «Сбросить отбор». */
export const FilteredEmpty: Story = {
  args: { answer: 'filtered-empty' },
  parameters: { sweep: { ready: shows('gu-empty-state') } },
};

/** The history could not be loaded: said, with a retry. */
export const LoadFailed: Story = {
  args: { answer: 'failed' },
  parameters: { sweep: { ready: shows('gu-error-state') } },
};

/** A sign-in from Новосибирск on a new device an hour ago after three failed attempts: «Это был не я» offered. */
export const SuspiciousLogin: Story = {
  parameters: { scenario: 'suspicious-login', sweep: { ready: shows('[data-new-device]') } },
};
