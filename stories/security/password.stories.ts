import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http, HttpResponse } from 'msw';
import '../../components/security/gu-security-settings.js';
import type { GuSecuritySettings } from '../../components/security/security-settings.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** What POST /security/password answers instead of the mock. */
  start: 'mock' | 'wrong-password' | 'locked' | 'reused' | 'busy';
  /** What the story does once drawn, as the citizen would. */
  act: 'none' | 'type' | 'submit' | 'confirm';
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
  root.querySelector<GuSecuritySettings>('gu-security-settings')?.shadowRoot?.querySelector('gu-security-password')
    ?.shadowRoot;

const error = (status: number, body: Record<string, unknown>) => HttpResponse.json(body, { status });

/** Types into a field as the citizen does (the field's `input` event after its value). */
function type(shadow: ShadowRoot, name: string, value: string): void {
  const field = shadow.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function act(root: HTMLElement, args: Args): Promise<void> {
  if (args.act === 'none') return;
  await until(() => part(root)?.querySelector('gu-password-field[name="current"]'));
  const shadow = part(root)!;
  type(shadow, 'current', 'confirmed-2026');
  type(shadow, 'next', 'Кедр-Сосна-2027!');
  if (args.act === 'type') return;
  type(shadow, 'repeat', 'Кедр-Сосна-2027!');
  shadow.querySelector('form')!.requestSubmit();
  if (args.act !== 'confirm') return;
  await until(() => shadow.querySelector('gu-otp-field'));
  type(shadow, 'code', '123456');
  shadow.querySelector('form')!.requestSubmit();
}

/** The widget as the portal's /security page puts it, signed in, on «Изменить пароль». */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-security-settings');
  element.view = 'password';
  void startMockWorker({ quiet: true }).then((worker) => {
    const start = (body: () => Response | Promise<Response>) => worker.use(http.post('*/api/security/password', body));
    if (args.start === 'wrong-password')
      start(() => error(422, { code: 'wrong-password', message: 'Неверный пароль.', attemptsLeft: 2 }));
    if (args.start === 'locked')
      start(() => error(429, { code: 'account-locked', message: 'Вход заблокирован.', retryAfter: 900 }));
    if (args.start === 'reused')
      start(() =>
        error(422, {
          code: 'password-rejected',
          message: 'Пароль не подходит.',
          fields: [{ field: 'newPassword', code: 'password-reused', message: 'Этот пароль уже использовался.' }],
        }),
      );
    if (args.start === 'busy') start(() => delay('infinite').then(() => HttpResponse.json({})));
    if (args.act === 'confirm')
      worker.use(
        http.post('*/api/security/password/confirmation', () =>
          HttpResponse.json({ changedAt: new Date().toISOString(), endedSessions: 2 }),
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
    await until(() => part(root)?.querySelector(selector));
  };

const meta: Meta<Args> = {
  title: 'Widgets/Security/Password',
  component: 'gu-security-settings',
  render,
  args: { start: 'mock', act: 'none' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** The empty form: current password, new password with the checklist and the strength meter, its confirmation. */
export const Form = withLowVision(
  {
    parameters: { sweep: { ready: shows('gu-password-field[name="repeat"]') } },
  } satisfies Story,
  render,
);

/** A new password typed: the checklist met rule by rule, the strength meter's score as text and ●/○. */
export const Typing: Story = {
  args: { act: 'type' },
  parameters: { sweep: { ready: shows('[data-score]') } },
};

/** «Получить код» pressed, the server not answered yet. */
export const Sending: Story = {
  args: { start: 'busy', act: 'submit' },
  parameters: { sweep: { ready: shows('gu-button[busy]') } },
};

/** A wrong current password: the tries left next to the field (it counts against the sign-in lockout). */
export const WrongPassword: Story = {
  args: { start: 'wrong-password', act: 'submit' },
  parameters: { sweep: { ready: shows('.problem:not(.is-empty)') } },
};

/** The account locked by wrong passwords: when to come back, as text. */
export const Locked: Story = {
  args: { start: 'locked', act: 'submit' },
  parameters: { sweep: { ready: shows('.problem:not(.is-empty)') } },
};

/** A password used before: refused next to the new password, nothing typed lost. */
export const Reused: Story = {
  args: { start: 'reused', act: 'submit' },
  parameters: { sweep: { ready: shows('.problem:not(.is-empty)') } },
};

/** The code step: sent to the phone, the code field, the resend cooldown as text, «Завершить все другие сеансы». */
export const CodeStep: Story = {
  args: { act: 'submit' },
  parameters: { sweep: { ready: shows('gu-otp-field') } },
};

/** «Пароль изменён» and how many other sessions ended. */
export const Changed: Story = {
  args: { act: 'confirm' },
  parameters: { sweep: { ready: shows('#done') } },
};
