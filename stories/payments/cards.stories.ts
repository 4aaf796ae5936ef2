import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { delay, http, HttpResponse } from 'msw';
import '../../components/payments/gu-payments.js';
import type { GuPaymentsAutopay } from '../../components/payments/parts/autopay.js';
import type { GuPaymentsCards } from '../../components/payments/parts/cards.js';
import { startMockWorker } from '../../mocks/browser.js';
import { completeBinding, startTestBinding } from '../../mocks/payments/cards.js';
import { UTILITY_PROVIDERS } from '../../mocks/payments/providers.js';
import { provideTestSession } from '../../mocks/test-session.js';
import type { StoryParameters } from '../story-types.js';
import { withLowVision } from '../low-vision.js';

interface Args {
  /** The acquirer's page came back from a linking: `ok` (a new card), `failed` (with the bank's reason). */
  returned: 'none' | 'ok' | 'failed';
  /** What the server answers instead of the mock's data. */
  server: 'ok' | 'no-cards' | 'autopay-off' | 'hold';
  /** What the story does once drawn, as the citizen would. */
  act: 'none' | 'remove' | 'autopay-errors' | 'popup-blocked';
  cardFlow: 'redirect' | 'popup';
}

async function until(check: () => unknown, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (check()) return;
    if (Date.now() - started > timeoutMs) throw new Error('story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const cards = (root: HTMLElement): GuPaymentsCards | null | undefined =>
  root.querySelector('gu-payments')?.shadowRoot?.querySelector('gu-payments-cards');
const autopay = (root: HTMLElement): GuPaymentsAutopay | null | undefined =>
  cards(root)?.shadowRoot?.querySelector('gu-payments-autopay');

/** Sets the return parameter the acquirer's page comes back with (the element takes it out of the URL). */
function comeBack(bindingId: string): void {
  const url = new URL(location.href);
  url.searchParams.set('gu-card-binding', bindingId);
  history.replaceState(history.state, '', url.href);
}

async function act(root: HTMLElement, args: Args): Promise<void> {
  if (args.act === 'none') return;
  await until(() => cards(root)?.shadowRoot?.querySelector('[data-card]'));
  const shadow = cards(root)!.shadowRoot!;
  if (args.act === 'remove') {
    shadow.querySelector<HTMLButtonElement>('[data-card] button')!.click();
    return;
  }
  if (args.act === 'popup-blocked') {
    const original = window.open;
    window.open = () => null;
    shadow.querySelector<HTMLButtonElement>('#link')!.click();
    await until(() => shadow.querySelector('#open-here')).finally(() => (window.open = original));
    return;
  }
  await until(() => autopay(root)?.shadowRoot?.querySelector('[data-provider="mosvodokanal"]'));
  const form = autopay(root)!.shadowRoot!.querySelector('[data-provider="mosvodokanal"]')!;
  form.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
  await autopay(root)!.updateComplete;
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

function render(args: Args): HTMLElement {
  const wrapper = document.createElement('div');
  provideTestSession(wrapper);
  const element = document.createElement('gu-payments');
  element.view = 'cards';
  element.cardFlow = args.cardFlow;
  const attach = startMockWorker({ quiet: true }).then((worker) => {
    if (args.server === 'hold') worker.use(http.get('*/api/cards', () => delay('infinite')));
    if (args.server === 'no-cards') worker.use(http.get('*/api/cards', () => HttpResponse.json({ items: [] })));
    if (args.server === 'autopay-off')
      worker.use(
        http.get('*/api/autopay', () =>
          HttpResponse.json({
            items: UTILITY_PROVIDERS.map((p) => ({
              providerId: p.id,
              providerName: p.name,
              accountNumber: p.accountNumber,
              enabled: false,
              remindDaysBefore: 0,
            })),
          }),
        ),
      );
    if (args.returned === 'ok') {
      const id = startTestBinding('person-1');
      completeBinding(id, { card: { last4: '4242', brand: 'visa', expires: '12/29' } });
      comeBack(id);
    }
    if (args.returned === 'failed') comeBack('binding-2');
  });
  void attach.then(() => {
    wrapper.append(element);
    void act(wrapper, args);
  });
  return wrapper;
}

/** Waits until the cards view shows `selector`. */
const shows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => cards(root)?.shadowRoot?.querySelector(selector));
    await cards(root)?.updateComplete;
  };

/** Waits until the autopay shows `selector`. */
const autopayShows =
  (selector: string) =>
  async (root: HTMLElement): Promise<void> => {
    await until(() => autopay(root)?.shadowRoot?.querySelector(selector));
    await autopay(root)?.updateComplete;
  };

const meta: Meta<Args> = {
  title: 'Widgets/Payments/Cards',
  component: 'gu-payments',
  render,
  args: { returned: 'none', server: 'ok', act: 'none', cardFlow: 'redirect' },
};
export default meta;

type Story = StoryObj<Args> & { parameters?: StoryParameters };

/** Two linked cards (brand, last four digits, expiry) and the autopay: electricity on, water and housing off. */
export const CardsAndAutopay = withLowVision(
  {
    parameters: { sweep: { ready: autopayShows('[data-provider="eirc"]') } },
  } satisfies Story,
  render,
);

/** No linked cards: the autopay points to linking one. */
export const NoCards: Story = {
  args: { server: 'no-cards' },
  parameters: { sweep: { ready: autopayShows('[data-provider="eirc"] button') } },
};

/** A first visit: no cards, no utility providers yet. */
export const Empty: Story = {
  parameters: { scenario: 'empty', sweep: { ready: autopayShows('p.muted') } },
};

/** Back from the acquirer's page: «Карта •••• 4242 привязана». */
export const BindingReturnedOk: Story = {
  args: { returned: 'ok' },
  parameters: { sweep: { ready: shows('.status:not([hidden])') } },
};

/** Back from a failed linking: the bank's reason. */
export const BindingReturnedFailed: Story = {
  args: { returned: 'failed' },
  parameters: { sweep: { ready: shows('.problem:not([hidden]) p') } },
};

/** The popup was blocked: said, the redirect offered. */
export const PopupBlocked: Story = {
  args: { cardFlow: 'popup', act: 'popup-blocked' },
  parameters: { sweep: { ready: shows('#open-here') } },
};

/** Removing a card: the confirmation. */
export const RemoveConfirmation: Story = {
  args: { act: 'remove' },
  parameters: { sweep: { ready: shows('gu-dialog[open]') } },
};

/** Every autopay off. */
export const AutopayOff: Story = {
  args: { server: 'autopay-off' },
  parameters: { sweep: { ready: autopayShows('[data-provider="eirc"]') } },
};

/** Autopay switched on without a card or limit: the messages next to the fields. */
export const AutopayFieldErrors: Story = {
  args: { act: 'autopay-errors' },
  parameters: { sweep: { ready: autopayShows('#cardId-error-mosvodokanal:not([hidden])') } },
};

/** The cards are on their way. */
export const Loading: Story = {
  args: { server: 'hold' },
  parameters: { sweep: { ready: shows('[aria-busy="true"]') } },
};

/** The server failed: «Повторить». */
export const ServerError: Story = {
  parameters: { scenario: 'server-error', sweep: { ready: shows('.problem button') } },
};

/** In English. */
export const English: Story = {
  parameters: { locale: 'en', sweep: { ready: autopayShows('[data-provider="eirc"]') } },
};

/** Back from the acquirer's page, in English. */
export const BindingReturnedOkEnglish: Story = {
  args: { returned: 'ok' },
  parameters: { locale: 'en', sweep: { ready: shows('.status:not([hidden])') } },
};
