import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createApiClient, type ApiClient } from '../core/api/request.js';
import type { LazyCatalogs } from '../core/i18n/catalog.js';
import { LocaleController } from '../core/i18n/locale-controller.js';
import { SessionConsumer, followSessionAuth } from '../core/session/session-context.js';
import { baseStyles } from '../core/theme/base-styles.js';
import { frameStyles } from '../core/theme/looks/frame.js';
import { LocalizedElement } from '../core/widget/localized-element.js';
import { LazyViewsController } from '../core/widget/views.js';
import type { MAIN_VIEWS } from './context.js';
import {
  BINDING_RETURN_PARAM,
  PAYMENT_RETURN_PARAM,
  type CardFlow,
  type PaymentsContext,
  type PaymentsView,
} from './context.js';
import {
  GuPaymentsViewEvent,
  PaymentsChangedEvent,
  PaymentsNavigateEvent,
  type PaymentsData,
  type PaymentsTarget,
} from './events.js';
import { paymentsRu, type PaymentsMessages } from './locales/ru.js';
import { ChargeSelection } from './selection.js';

const paymentsMessages: LazyCatalogs<PaymentsMessages> = {
  ru: paymentsRu,
  en: () => import('./locales/en.js').then((module) => module.paymentsEn),
};

/** Each view's part is a chunk of its own, loaded when the view first opens (the charges' while the session starts). */
const LOADERS: Record<PaymentsView, () => Promise<unknown>> = {
  charges: () => import('./parts/charges.js'),
  history: () => import('./parts/history.js'),
  documents: () => import('./parts/documents.js'),
  cards: () => import('./parts/cards.js'),
  checkout: () => import('./parts/checkout.js'),
  payment: () => import('./parts/payment.js'),
  dispute: () => import('./parts/dispute.js'),
};

/** The navigation item a view belongs to. */
const SECTION_OF: Record<PaymentsView, (typeof MAIN_VIEWS)[number]> = {
  charges: 'charges',
  checkout: 'charges',
  dispute: 'charges',
  history: 'history',
  payment: 'history',
  documents: 'documents',
  cards: 'cards',
};

/** The names of the windows the widget opens for the acquirer's page (attempt.ts, parts/cards.ts). */
const ACQUIRER_POPUPS = ['gu-payments-acquirer', 'gu-card-binding'];

const NO_CHANGES: Readonly<Record<PaymentsData, number>> = {
  charges: 0,
  payments: 0,
  documents: 0,
  cards: 0,
  autopay: 0,
  disputes: 0,
};

/**
 * @summary «Платежи»: everything the citizen owes the state — fines, taxes, utilities and state duties — found by
 * their documents or by УИН, paid several at once by card, linked card, СБП, e-wallet, bank transfer or phone balance,
 * never twice; each payment followed until it settles, with its receipt; the history with filters, CSV and a chart;
 * disputes of fines; linked cards and utilities autopay.
 *
 * Reads the session from an enclosing `<gu-session>`; shows `<gu-session-notice>` while not signed in and keeps the
 * selected charges in memory until the same citizen signs in again. Each view is loaded when it first opens. Back
 * from the acquirer's page (`?gu-payment=<id>` or `?gu-card-binding=<id>` in the page's URL) it opens the result
 * itself and takes the parameter out of the URL.
 *
 * @fires {GuPaymentsViewEvent} gu-payments-view - The element shows another view: `detail.view`.
 * @fires {GuPaymentsPaidEvent} gu-payments-paid - A payment completed: `detail.paymentId`, `amount` (kopecks), `chargeIds`, `method`.
 * @fires {GuPaymentsDeclinedEvent} gu-payments-declined - A payment was declined: `detail.paymentId`, `declineCode`.
 * @fires {GuPaymentsDocumentAddedEvent} gu-payments-document-added - A document for charge search was added: `detail.documentId`, `newCharges`.
 * @fires {GuPaymentsDisputeSubmittedEvent} gu-payments-dispute-submitted - A fine was disputed: `detail.disputeId`, `chargeId`.
 * @fires {GuPaymentsAutopayChangedEvent} gu-payments-autopay-changed - A provider's autopay was saved: `detail.providerId`, `enabled`, `remindDaysBefore`.
 * @csspart nav - The navigation between the views.
 * @csspart view - The open view.
 * @cssprop --gu-color-primary - Buttons, links and the current view's marker.
 * @cssprop --gu-color-error - Overdue charges, declined payments and errors.
 */
export class GuPayments extends LocalizedElement<PaymentsMessages> {
  static override styles = [baseStyles, frameStyles];

  static override properties = {
    apiBase: { attribute: 'api-base' },
    locale: { reflect: true },
    view: { reflect: true },
    cardFlow: { attribute: 'card-flow' },
    returnUrl: { attribute: 'return-url' },
    pageSize: { type: Number, attribute: 'page-size' },
    paymentId: { attribute: 'payment-id' },
    chargeId: { attribute: 'charge-id' },
    revision: { state: true },
  };

  protected readonly i18n = new LocaleController(this, paymentsMessages);
  private readonly session = new SessionConsumer(this, () => this.onSession());
  private readonly auth = followSessionAuth(() => this.session.value);
  private readonly views = new LazyViewsController<PaymentsView>(this, LOADERS);

  /** API base URL; defaults to the session's `apiBase`. */
  declare apiBase: string;
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  declare locale: string | undefined;
  /** The view shown: `charges` (default), `history`, `documents`, `cards`, `checkout`, `payment`, `dispute`. */
  declare view: PaymentsView;
  /** How the acquirer's page opens for a card or e-wallet payment and for linking a card: `redirect` (default) or `popup`. */
  declare cardFlow: CardFlow;
  /** Where the acquirer's page comes back; defaults to this page's URL. */
  declare returnUrl: string;
  /** Rows per page of the lists (1–100, default 20). */
  declare pageSize: number;
  /** The payment the `payment` view shows. */
  declare paymentId: string | undefined;
  /** The fine the `dispute` view disputes. */
  declare chargeId: string | undefined;
  declare private revision: Readonly<Record<PaymentsData, number>>;

  private client?: ApiClient;
  private clientBase = '';
  private bindingId: string | undefined;
  private noticeLoaded = false;
  /** The selection outlives the views; it belongs to the citizen who made it. */
  private readonly selection = new ChargeSelection();
  private selectionOwner: string | undefined;
  private resumeChecked = false;

  constructor() {
    super();
    this.apiBase = '';
    this.view = 'charges';
    this.cardFlow = 'redirect';
    this.returnUrl = '';
    this.pageSize = 20;
    this.paymentId = undefined;
    this.chargeId = undefined;
    this.revision = NO_CHANGES;
  }

  /** The parts' events (`internal`: they stay inside this shadow root, so they are heard on it). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener(PaymentsNavigateEvent.eventName, (event) =>
      this.open((event as PaymentsNavigateEvent).detail),
    );
    root.addEventListener(PaymentsChangedEvent.eventName, (event) => {
      const next = { ...this.revision };
      for (const what of (event as PaymentsChangedEvent).detail.what) next[what] += 1;
      this.revision = next;
    });
    return root;
  }

  override connectedCallback(): void {
    this.takeReturnParams();
    super.connectedCallback();
  }

  /** Back from the acquirer's page: open the payment (or the cards after linking one) and clean the URL. */
  private takeReturnParams(): void {
    const url = new URL(location.href);
    const paymentId = url.searchParams.get(PAYMENT_RETURN_PARAM);
    const bindingId = url.searchParams.get(BINDING_RETURN_PARAM);
    if (paymentId === null && bindingId === null) return;
    url.searchParams.delete(PAYMENT_RETURN_PARAM);
    url.searchParams.delete(BINDING_RETURN_PARAM);
    history.replaceState(history.state, '', url.href);
    // The acquirer's popup came back to the portal: the widget in the opener follows the result, so this window closes.
    if (window.opener && ACQUIRER_POPUPS.includes(window.name)) window.close();
    if (paymentId) {
      this.paymentId = paymentId;
      this.view = 'payment';
    } else if (bindingId) {
      this.bindingId = bindingId;
      this.view = 'cards';
    }
  }

  /** Whether the session lets the widget load data. */
  private get signedIn(): boolean {
    const status = this.session.value?.status;
    return status === 'signed-in' || status === 'expiring';
  }

  private onSession(): void {
    const citizenId = this.session.value?.citizen?.id;
    if (this.signedIn && citizenId !== this.selectionOwner) {
      // Someone else signed in: what the previous citizen selected is not theirs.
      if (this.selectionOwner !== undefined) this.selection.clear();
      this.selectionOwner = citizenId;
    }
    if (this.signedIn && !this.resumeChecked) {
      // A payment this tab started is still pending (a reload, the acquirer's back button): follow it.
      this.resumeChecked = true;
      void import('./attempt.js').then(({ pendingPaymentId }) => {
        const id = pendingPaymentId(citizenId);
        if (id && this.view !== 'payment') this.open({ view: 'payment', paymentId: id });
      });
    }
    if (!this.signedIn && !this.noticeLoaded)
      void import('../core/session/gu-session-notice.js').then(() => {
        this.noticeLoaded = true;
        this.requestUpdate();
      });
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('view') && changed.get('view') !== undefined)
      this.dispatchEvent(new GuPaymentsViewEvent({ view: this.view }));
  }

  /** Opens a view (from the navigation or a part) and moves focus to its heading once it is drawn. */
  private open(target: PaymentsTarget): void {
    if (target.paymentId !== undefined) this.paymentId = target.paymentId;
    if (target.chargeId !== undefined) this.chargeId = target.chargeId;
    this.views.open(target.view);
  }

  /** The API client, created from `api-base` (or the session's) with the session's token access. */
  private api(): ApiClient {
    const base = this.apiBase || this.session.value?.apiBase || '/api';
    if (!this.client || this.clientBase !== base) {
      this.clientBase = base;
      this.client = createApiClient({ baseUrl: base, auth: this.auth, locale: () => this.i18n.locale });
    }
    return this.client;
  }

  private context(): PaymentsContext {
    const returnUrl = this.returnUrl || location.href;
    return {
      client: this.api(),
      baseUrl: this.clientBase,
      auth: this.auth,
      selection: this.selection,
      cardFlow: this.cardFlow === 'popup' ? 'popup' : 'redirect',
      returnUrl,
      pageSize: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 20)),
      citizenId: this.session.value?.citizen?.id,
      revision: this.revision,
      paymentId: this.paymentId,
      chargeId: this.chargeId,
      bindingId: this.bindingId,
    };
  }

  // ——— Rendering ———

  private renderNav(): TemplateResult {
    const msg = this.i18n.msg;
    const items = [
      ['charges', msg.viewCharges],
      ['history', msg.viewHistory],
      ['documents', msg.viewDocuments],
      ['cards', msg.viewCards],
    ] as const;
    return this.views.nav(msg.navLabel, items, SECTION_OF[this.view]);
  }

  private renderView(): TemplateResult {
    const placeholder = this.views.placeholder(this.i18n.msg);
    if (placeholder) return placeholder;
    const ctx = this.context();
    const locale = this.i18n.locale;
    switch (this.view) {
      case 'charges':
        return html`<gu-payments-charges data-part .ctx=${ctx} .locale=${locale}></gu-payments-charges>`;
      case 'history':
        return html`<gu-payments-history data-part .ctx=${ctx} .locale=${locale}></gu-payments-history>`;
      case 'documents':
        return html`<gu-payments-documents data-part .ctx=${ctx} .locale=${locale}></gu-payments-documents>`;
      case 'cards':
        return html`<gu-payments-cards data-part .ctx=${ctx} .locale=${locale}></gu-payments-cards>`;
      case 'checkout':
        return html`<gu-payments-checkout data-part .ctx=${ctx} .locale=${locale}></gu-payments-checkout>`;
      case 'payment':
        return html`<gu-payments-payment data-part .ctx=${ctx} .locale=${locale}></gu-payments-payment>`;
      case 'dispute':
        return html`<gu-payments-dispute data-part .ctx=${ctx} .locale=${locale}></gu-payments-dispute>`;
    }
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    const status = this.session.value?.status;
    if (!this.signedIn && status !== 'unknown' && status !== undefined)
      return html`<div lang=${this.i18n.lang}>
        ${this.selection.size > 0 ? html`<p data-selection-kept>${msg.selectionKept}</p>` : nothing}
        ${
          this.noticeLoaded
            ? html`<gu-session-notice heading-level="2"></gu-session-notice>`
            : html`<p role="status">${msg.signedOut}</p>`
        }
      </div>`;
    return html`<div lang=${this.i18n.lang}>
      <h2 id="heading" tabindex="-1">${msg.heading}</h2>
      ${this.renderNav()}
      <div part="view">${this.signedIn ? this.renderView() : html`<p role="status">${msg.loading}</p>`}</div>
    </div>`;
  }
}
