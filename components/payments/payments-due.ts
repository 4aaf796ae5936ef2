import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError, isApiError } from '../core/api/api-error.js';
import { createApiClient, type ApiClient } from '../core/api/request.js';
import { safeServerUrl } from '../core/api/safe-url.js';
import type { LazyCatalogs } from '../core/i18n/catalog.js';
import { formatMoney } from '../core/i18n/format.js';
import { LocaleController } from '../core/i18n/locale-controller.js';
import { SessionConsumer, followSessionAuth } from '../core/session/session-context.js';
import { baseStyles } from '../core/theme/base-styles.js';
import { statusBadgeStyles } from '../core/theme/looks/status-badge.js';
import { GuEvent } from '../core/widget/events.js';
import { LocalizedElement } from '../core/widget/localized-element.js';
import { paymentsDueRu, type PaymentsDueMessages } from './locales/due-ru.js';
import { paymentsDueStyles } from './payments-due.styles.js';
import type { ChargeKind, ChargeSummary } from './types.js';

const dueMessages: LazyCatalogs<PaymentsDueMessages> = {
  ru: paymentsDueRu,
  en: () => import('./locales/due-en.js').then((module) => module.paymentsDueEn),
};

/**
 * `gu-payments-due-open`: the citizen follows the summary's link to the payments. Cancelable: a single-page portal
 * calls `preventDefault()` and routes to `detail.href` itself (the link is not followed then).
 */
export class GuPaymentsDueOpenEvent extends GuEvent<{ href: string }> {
  static readonly eventName = 'gu-payments-due-open';
  constructor(detail: { href: string }) {
    super(GuPaymentsDueOpenEvent.eventName, detail, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-payments-due-open': GuPaymentsDueOpenEvent;
  }
}

const KINDS: readonly ChargeKind[] = ['fine', 'tax', 'utility', 'duty'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function malformed(where: string): never {
  throw new ApiError('malformed', `Response does not match the expected shape: ${where}`);
}

/**
 * Validates `GET /charges/summary` (ChargeSummary in mocks/openapi.yaml) by hand: this is a first render of its own,
 * too small for a schema library. Throws ApiError 'malformed' naming the first bad part.
 */
export function parseChargeSummary(data: unknown): ChargeSummary {
  if (!isObject(data)) malformed('(root)');
  const { count, amountDue, overdueCount, nextDueDate, byKind } = data;
  if (!isCount(count)) malformed('count');
  if (!isCount(amountDue)) malformed('amountDue');
  if (!isCount(overdueCount)) malformed('overdueCount');
  if (nextDueDate !== undefined && (typeof nextDueDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(nextDueDate)))
    malformed('nextDueDate');
  if (!Array.isArray(byKind)) malformed('byKind');
  const kinds = byKind.map((entry: unknown, index) => {
    if (
      !isObject(entry) ||
      !KINDS.includes(entry['kind'] as ChargeKind) ||
      !isCount(entry['count']) ||
      !isCount(entry['amountDue']) ||
      !isCount(entry['overdueCount'])
    )
      malformed(`byKind[${index}]`);
    return {
      kind: entry['kind'] as ChargeKind,
      count: entry['count'] as number,
      amountDue: entry['amountDue'] as number,
      overdueCount: entry['overdueCount'] as number,
    };
  });
  return { count, amountDue, overdueCount, ...(nextDueDate ? { nextDueDate } : {}), byKind: kinds };
}

/** What is due (`GET /charges/summary`). */
export function fetchChargeSummary(client: ApiClient, signal?: AbortSignal): Promise<ChargeSummary> {
  return client.request({ path: 'charges/summary', signal, parse: parseChargeSummary });
}

type State =
  | { at: 'idle' }
  | { at: 'loading' }
  | { at: 'loaded'; summary: ChargeSummary }
  | { at: 'failed'; error: unknown; detail?: string };

/**
 * @summary «К оплате»: what the signed-in citizen owes the state, in a few lines for a portal's home page — how many
 * charges and their sum, how many are overdue (said in words), the nearest due date, a line per kind (fines, taxes,
 * utilities, state duties) — and a link to the portal's payments page, where <gu-payments> pays them.
 *
 * Reads the session from an enclosing `<gu-session>`; signed out it shows nothing personal, only an invitation to sign
 * in. Loads the summary again when another citizen signs in and when a payment completes on the page
 * (`gu-payments-paid`). A first render of its own: no schema library, the English strings and the failure's wording
 * loaded only when needed.
 *
 * @fires {GuPaymentsDueOpenEvent} gu-payments-due-open - The citizen follows the link to the payments: `detail.href`. Cancelable: `preventDefault()` keeps the browser from following it (a single-page portal routes itself).
 * @csspart summary - The summary's box (loaded, signed out, loading or failed alike).
 * @csspart total - The line with the number of charges and their sum.
 * @csspart overdue - The overdue badge.
 * @csspart kinds - The list of lines per kind.
 * @csspart link - The link to the payments page.
 * @cssprop --gu-color-primary - The link and the buttons.
 * @cssprop --gu-color-error - The overdue badge's border (next to its text and icon).
 * @cssprop --gu-color-success - The «nothing overdue» badge's border.
 * @cssprop --gu-space - Spacing between the lines.
 */
export class GuPaymentsDue extends LocalizedElement<PaymentsDueMessages> {
  static override styles = [baseStyles, statusBadgeStyles, paymentsDueStyles];

  static override properties = {
    apiBase: { attribute: 'api-base' },
    locale: { reflect: true },
    href: {},
    state: { state: true },
  };

  protected readonly i18n = new LocaleController(this, dueMessages);
  private readonly session = new SessionConsumer(this, () => this.onSession());
  private readonly auth = followSessionAuth(() => this.session.value);

  /** API base URL; defaults to the session's `apiBase`. */
  declare apiBase: string;
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  declare locale: string | undefined;
  /** The portal's payments page, where the link leads (default `/payments`): same-origin or https, else none. */
  declare href: string;
  declare private state: State;

  private client?: ApiClient;
  private clientBase = '';
  private controller?: AbortController;
  /** Whose summary is shown (or loading): another citizen's sign-in loads it again. */
  private owner: string | undefined;

  constructor() {
    super();
    this.apiBase = '';
    this.href = '/payments';
    this.state = { at: 'idle' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('gu-payments-paid', this.onPaid);
    this.onSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('gu-payments-paid', this.onPaid);
    this.controller?.abort();
    this.controller = undefined;
    // What was loading is aborted: put back, the element loads it again.
    if (this.state.at === 'loading') this.state = { at: 'idle' };
  }

  private readonly onPaid = (): void => {
    if (this.signedIn) void this.load();
  };

  private get signedIn(): boolean {
    const status = this.session.value?.status;
    return status === 'signed-in' || status === 'expiring';
  }

  private onSession(): void {
    if (!this.isConnected) return;
    if (!this.signedIn) {
      // Signed out: nothing of the citizen stays in the element.
      this.controller?.abort();
      this.owner = undefined;
      if (this.state.at !== 'idle') this.state = { at: 'idle' };
      return;
    }
    const citizen = this.session.value?.citizen?.id ?? '';
    if (citizen !== this.owner || this.state.at === 'idle') {
      this.owner = citizen;
      void this.load();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') && changed.get('apiBase') !== undefined && this.signedIn) void this.load();
  }

  private api(): ApiClient {
    const base = this.apiBase || this.session.value?.apiBase || '/api';
    if (!this.client || this.clientBase !== base) {
      this.clientBase = base;
      this.client = createApiClient({ baseUrl: base, auth: this.auth, locale: () => this.i18n.locale });
    }
    return this.client;
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.state = { at: 'loading' };
    try {
      const summary = await fetchChargeSummary(this.api(), controller.signal);
      if (this.controller === controller) this.state = { at: 'loaded', summary };
    } catch (error) {
      if (controller.signal.aborted || (isApiError(error) && error.kind === 'aborted')) return;
      this.state = { at: 'failed', error };
      // The failure's wording is the core catalog's, loaded only when something failed.
      const detail = await import('./payments-due-error.js').then(
        (module) => module.failureText(this.i18n.locale, error),
        () => undefined,
      );
      if (this.state.at === 'failed' && this.state.error === error) this.state = { at: 'failed', error, detail };
    }
  }

  /** The link's target: same-origin or https, else no link at all. */
  private get target(): string | undefined {
    return safeServerUrl(this.href || '/payments');
  }

  private readonly follow = (event: MouseEvent): void => {
    const href = (event.currentTarget as HTMLAnchorElement).href;
    if (!this.dispatchEvent(new GuPaymentsDueOpenEvent({ href }))) event.preventDefault();
  };

  private money(kopecks: number): string {
    return formatMoney(this.i18n.locale, kopecks);
  }

  private renderLink(text: string): TemplateResult | typeof nothing {
    const target = this.target;
    return target ? html`<p class="go"><a part="link" href=${target} @click=${this.follow}>${text}</a></p>` : nothing;
  }

  private renderSummary(summary: ChargeSummary): TemplateResult {
    const msg = this.msg;
    const i18n = this.i18n;
    if (summary.count === 0)
      return html`<p part="total" class="total">${msg.nothingDue}</p>
        ${this.renderLink(msg.openNothing)}`;
    const kinds = summary.byKind.filter((entry) => entry.count > 0);
    return html`<p part="total" class="total">
        ${msg.total(i18n.number(summary.count), i18n.plural(summary.count, msg.charges), this.money(summary.amountDue))}
      </p>
      <p class="status">
        ${
          summary.overdueCount > 0
            ? html`<span part="overdue" class="badge tone-error"
                >${msg.overdue(i18n.number(summary.overdueCount))}</span
              >`
            : html`<span part="overdue" class="badge tone-success">${msg.overdueNone}</span>`
        }
      </p>
      ${
        summary.nextDueDate
          ? html`<p class="next">${msg.nextDue(i18n.date(`${summary.nextDueDate}T12:00:00+03:00`))}</p>`
          : nothing
      }
      ${
        kinds.length > 0
          ? html`<ul part="kinds" class="kinds" aria-label=${msg.kindsLabel}>
              ${kinds.map(
                (entry) =>
                  html`<li>
                    ${msg.kindLine(msg[entry.kind], i18n.number(entry.count), this.money(entry.amountDue))}${
                      entry.overdueCount > 0 ? msg.kindOverdue(i18n.number(entry.overdueCount)) : ''
                    }
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.renderLink(msg.open)}`;
  }

  private renderBody(): TemplateResult {
    const msg = this.msg;
    const status = this.session.value?.status;
    if (!this.signedIn) {
      if (status === undefined || status === 'unknown' || status === 'signing-in')
        return html`<p role="status">${msg.checking}</p>`;
      return html`<p>${msg.signedOut}</p>
        <p class="go">
          <button type="button" class="btn" @click=${() => void this.session.value?.signIn()}>${msg.signIn}</button>
        </p>`;
    }
    const state = this.state;
    switch (state.at) {
      case 'loaded':
        return this.renderSummary(state.summary);
      case 'failed':
        return html`<div role="alert" class="problem">
          <p>${msg.failed}${state.detail ? html` ${state.detail}` : nothing}</p>
          <button type="button" class="btn" @click=${() => void this.load()}>${msg.retry}</button>
        </div>`;
      default:
        return html`<p role="status">${msg.loading}</p>`;
    }
  }

  override render(): TemplateResult {
    return html`<div part="summary" class="summary" lang=${this.i18n.lang}>${this.renderBody()}</div>`;
  }
}
