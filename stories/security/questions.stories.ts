import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import '../../components/security/gu-security-settings.js';
import type { GuSecuritySettings } from '../../components/security/security-settings.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** What GET /security/questions answers instead of the mock. */
  answer: 'mock' | 'none' | 'failed';
  /** What the story does once drawn, as the citizen would. */
  act: 'none' | 'edit' | 'save-empty' | 'step-up';
}

async function until(check: () => unknown, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const widget = (root: HTMLElement): ShadowRoot | null | undefined =>
  root.querySelector<GuSecuritySettings>('gu-security-settings')?.shadowRoot;
const part = (root: HTMLElement): ShadowRoot | null | undefined =>
  widget(root)?.querySelector('gu-security-questions')?.shadowRoot;

const CATALOGUE = [
  { id: 'mother', text: 'Девичья фамилия матери' },
  { id: 'pet', text: 'Кличка первого домашнего животного' },
  { id: 'school', text: 'Номер школы, которую вы окончили' },
];

async function act(root: HTMLElement, args: Args): Promise<void> {
  if (args.act === 'none') return;
  await until(() => part(root)?.querySelector('#edit'));
  const shadow = part(root)!;
  shadow.querySelector<HTMLButtonElement>('#edit')!.click();
  await until(() => shadow.querySelector('form'));
  if (args.act === 'edit') return;
  if (args.act === 'step-up')
    for (const [id, value] of [
      ['a0', 'Петрова'],
      ['a1', 'Мурзик'],
    ] as const) {
      const input = shadow.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  shadow.querySelector('form')!.requestSubmit();
}

/** The widget as the portal's /security page puts it, signed in, on «Контрольные вопросы». */
function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-security-settings');
  element.view = 'questions';
  void startMockWorker({ quiet: true }).then((worker) => {
    const answer = (body: () => Response) => worker.use(http.get('*/api/security/questions', body));
    if (args.answer === 'none') answer(() => HttpResponse.json({ chosen: [], catalogue: CATALOGUE }));
    if (args.answer === 'failed')
      answer(() => HttpResponse.json({ code: 'server-error', message: 'Внутренняя ошибка' }, { status: 500 }));
    if (args.act === 'step-up')
      worker.use(
        http.put('*/api/security/questions', () =>
          HttpResponse.json(
            { code: 'reauthentication-required', message: 'Подтвердите, что это вы.' },
            { status: 403 },
          ),
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
  title: 'Widgets/Security/Questions',
  component: 'gu-security-settings',
  render,
  args: { answer: 'mock', act: 'none' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** The two chosen questions; their answers are never shown. */
export const Chosen = withLowVision(
  {
    parameters: { sweep: { ready: shows('ul.chosen') } },
  } satisfies Story,
  render,
);

/** No questions chosen yet: «Выбрать вопросы». */
export const NoneChosen: Story = {
  args: { answer: 'none' },
  parameters: { sweep: { ready: shows('#edit') } },
};

/** The form: two questions of the catalogue and their answers. */
export const Editing: Story = {
  args: { act: 'edit' },
  parameters: { sweep: { ready: shows('form') } },
};

/** Saved empty: each problem next to its field, the form's problem said. */
export const Invalid: Story = {
  args: { act: 'save-empty' },
  parameters: { sweep: { ready: shows('.problem:not(.is-empty)') } },
};

/** Saving needs a recent sign-in: the step-up dialog «Подтвердите, что это вы» over what was typed. */
export const StepUpDialog: Story = {
  args: { act: 'step-up' },
  parameters: {
    sweep: {
      ready: async (root: HTMLElement) => {
        await until(() =>
          widget(root)?.querySelector('gu-security-reauth')?.shadowRoot?.querySelector('gu-dialog[open]'),
        );
      },
    },
  },
};

/** The questions could not be loaded: said, with «Повторить». */
export const LoadFailed: Story = {
  args: { answer: 'failed' },
  parameters: { sweep: { ready: shows('.problem + button') } },
};
