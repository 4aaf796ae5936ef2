import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http } from 'msw';
import '../../components/payments/gu-payments.js';
import type { GuPayments } from '../../components/payments/payments.js';
import { startMockWorker } from '../../mocks/browser.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** Hold GET /charge-documents: the loading state stays while it is looked at. */
  hold: boolean;
  /** What the citizen does once the list is drawn: add a document (its type and number), or ask to remove the first. */
  act?: { add: { type: string; number: string; title?: string } } | { remove: true };
}

/** The widget as a portal page puts it, signed in, on the «Документы для поиска» view. */
function renderDocuments(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-payments');
  element.view = 'documents';
  // Answers are set up before the element asks (the sweep resets the handlers when the story is left).
  const attach = args.hold
    ? startMockWorker({ quiet: true }).then((worker) =>
        worker.use(http.get('*/api/charge-documents', () => delay('infinite'))),
      )
    : Promise.resolve();
  void attach.then(() => {
    wrapper.append(element);
    if (args.act) void act(wrapper, args.act);
  });
  return wrapper;
}

async function until(check: () => unknown, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const part = (root: HTMLElement): ShadowRoot | null | undefined =>
  root.querySelector<GuPayments>('gu-payments')?.shadowRoot?.querySelector('gu-payments-documents')?.shadowRoot;

/** Does what the citizen would: picks the type, pastes the number and adds it; or asks to remove the first document. */
async function act(root: HTMLElement, what: NonNullable<Args['act']>): Promise<void> {
  await until(() => part(root)?.querySelector('#list-heading'));
  const shadow = part(root)!;
  if ('remove' in what) {
    shadow.querySelector<HTMLButtonElement>('[data-remove]')!.click();
    return;
  }
  shadow.querySelector<HTMLInputElement>(`input[name="type"][value="${what.add.type}"]`)?.click();
  await (shadow.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const fill = (selector: string, text: string) => {
    const input = shadow.querySelector<HTMLInputElement>(selector)!;
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
  };
  fill('#number', what.add.number);
  if (what.add.title) fill('#title', what.add.title);
  shadow.querySelector('form')!.requestSubmit();
}

/** Waits until the view shows `selector`. */
const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => part(root)?.querySelector(selector));
    await root.querySelector('gu-payments')?.shadowRoot?.querySelector('gu-payments-documents')?.updateComplete;
  };

const meta: Meta<Args> = {
  title: 'Widgets/Payments/Documents',
  component: 'gu-payments',
  render: renderDocuments,
  args: { hold: false },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** The mock's default citizen: a driving licence, a vehicle registration certificate (with labels) and an INN. */
export const List = withLowVision(
  { parameters: { sweep: { ready: shows('[data-document]') } } } satisfies Story,
  renderDocuments,
);

/** No documents yet: what they are for, and the form to add one. */
export const Empty: Story = { parameters: { scenario: 'empty', sweep: { ready: shows('[data-empty]') } } };

/** A СТС number with Latin letters that look like none: the precise message next to the field, the number kept. */
export const AddFormErrors: Story = {
  args: { act: { add: { type: 'vehicle-registration', number: '77 QZ 123456' } } },
  parameters: { sweep: { ready: shows('#number-error.field-error:not(.is-empty)') } },
};

/** An ИНН with a wrong check digit. */
export const InnChecksum: Story = {
  args: { act: { add: { type: 'inn', number: '500100732258' } } },
  parameters: { sweep: { ready: shows('#number-error.field-error:not(.is-empty)') } },
};

/** A document that is already on the list: said next to the number. */
export const Duplicate: Story = {
  args: { act: { add: { type: 'vehicle-registration', number: '77ух123456' } } },
  parameters: { sweep: { ready: shows('#number-error.field-error:not(.is-empty)') } },
};

/** A driving licence added: «Документ добавлен. Найдено новых начислений: 2» and the way to the charges. */
export const AddedWithNewCharges: Story = {
  args: { act: { add: { type: 'driving-licence', number: '50 ао 123456', title: 'Права сына' } } },
  parameters: { sweep: { ready: shows('[data-outcome]') } },
};

/** A СНИЛС added: nothing new found. */
export const AddedNothingFound: Story = {
  args: { act: { add: { type: 'snils', number: '112-233-445 95' } } },
  parameters: { sweep: { ready: shows('[data-outcome]') } },
};

/** «Удалить»: the confirmation. */
export const RemoveConfirmation: Story = {
  args: { act: { remove: true } },
  parameters: {
    sweep: {
      ready: async (root) => {
        await until(() => (part(root)?.querySelector('gu-dialog') as { open?: boolean } | null)?.open);
      },
    },
  },
};

/** The list is on its way. */
export const Loading: Story = { args: { hold: true }, parameters: { sweep: { ready: shows('gu-loading-state') } } };

/** The server failed: what went wrong and «Повторить». */
export const ServerError: Story = {
  parameters: { scenario: 'server-error', sweep: { ready: shows('.problem[role="alert"]') } },
};

/** In English, with a number error. */
export const English: Story = {
  args: { act: { add: { type: 'driving-licence', number: '99 12 3456' } } },
  parameters: { locale: 'en', sweep: { ready: shows('#number-error.field-error:not(.is-empty)') } },
};
