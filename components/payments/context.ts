/**
 * What <gu-payments> gives its parts (`ctx`), and what it asks of them. Parts import this module, never the element's:
 * the element is the first render, the parts are loaded when their view opens.
 */
import type { ApiAuth, ApiAuthHooks, ApiClient } from '../core/api/index.js';
import type { PaymentsData } from './events.js';
import type { ChargeSelection } from './selection.js';

export type * from './types.js';

/**
 * Where the element is. The four views of the navigation: `charges` («Начисления»: what is due, grouped, selection,
 * find a charge), `history` («История платежей»), `documents` («Документы для поиска начислений»), `cards`
 * («Карты и автоплатёж»). Opened from them: `checkout` (pay the selected charges: the total, the method, confirm),
 * `payment` (one payment followed until it settles: its result, receipt, order), `dispute` (dispute a fine).
 */
export type PaymentsView = 'charges' | 'history' | 'documents' | 'cards' | 'checkout' | 'payment' | 'dispute';

/** The views of the navigation, in its order. */
export const MAIN_VIEWS = ['charges', 'history', 'documents', 'cards'] as const satisfies readonly PaymentsView[];

/** How the acquirer's page opens for a card or e-wallet payment and for linking a card. */
export type CardFlow = 'redirect' | 'popup';

/**
 * The query parameters the acquirer's page sends the citizen back with: `?gu-payment=<payment id>` after paying,
 * `?gu-card-binding=<binding id>` after linking a card. The element takes them out of the URL and opens the result.
 */
export const PAYMENT_RETURN_PARAM = 'gu-payment';
export const BINDING_RETURN_PARAM = 'gu-card-binding';

/** The part's `ctx` (core/widget `WidgetPart`). */
export interface PaymentsContext {
  /** The API client (core/api) with the session's token access. */
  client: ApiClient;
  /** The API base URL (uploads go through XHR beside the client). */
  baseUrl: string;
  /** The session's token access, for uploads. */
  auth: ApiAuth & ApiAuthHooks;
  /** The selected charges: kept by the element across views (and a sign-in of the same citizen). */
  selection: ChargeSelection;
  /** Redirect (default) or popup for the acquirer's page. */
  cardFlow: CardFlow;
  /**
   * Where the acquirer's page comes back: the page's URL without the widget's return parameters, unless the portal
   * set `return-url`. The part adds `?gu-payment=` / `?gu-card-binding=` itself only where the contract says the
   * server does (the server appends them).
   */
  returnUrl: string;
  /** Rows per page of the lists. */
  pageSize: number;
  /** The signed-in citizen's id (keys of what is kept for them in sessionStorage, never personal data itself). */
  citizenId: string | undefined;
  /**
   * How many times each kind of data changed on the server because of a part (`PaymentsChangedEvent`), or a payment
   * settled: a part that shows that data reloads when its number goes up (compare in `willUpdate`).
   */
  revision: Readonly<Record<PaymentsData, number>>;
  /** `payment` view: the payment to show; `dispute` view: the fine. */
  paymentId?: string;
  chargeId?: string;
  /** `cards` view after the acquirer's page came back from linking a card: the binding to ask about. */
  bindingId?: string;
}

/** What the element asks of the open part. */
export interface PaymentsPartHandle {
  focusHeading(): Promise<void>;
}
