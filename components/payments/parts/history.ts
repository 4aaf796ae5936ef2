import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import { LocaleController, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import '../../core/ui/gu-empty-state.js';
import '../../core/ui/gu-error-state.js';
import '../../core/ui/gu-loading-state.js';
import { saveBlob } from '../../core/ui/save-file.js';
import { ActionController } from '../../core/widget/action.js';
import { getPaymentReceipt, listPayments, type HistoryFilters, type PaymentPage } from '../history-api.js';
import { historyRu, type HistoryMessages } from '../locales/history-ru.js';
import type { ChargeSelection } from '../selection.js';
import {
  CHARGE_KINDS,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  type ChargeKind,
  type Payment,
  type PaymentMethod,
  type PaymentStatus,
} from '../types.js';
import { PaymentsPart } from './part.js';
import { partStyles } from '../../core/theme/looks/part.js';
import { historyStyles } from './history.styles.js';

export const historyMessages: LazyCatalogs<HistoryMessages> = {
  ru: historyRu,
  en: () => import('../locales/history-en.js').then((module) => module.historyEn),
};

/**
 * Where the citizen was in the history: the filters, the page, the chart shown or not, and the payment opened last.
 * The element draws a new part each time the view changes (the history → a payment → back), so this outlives the
 * part: kept per widget, keyed by the widget's selection object (one per element, the same for all its views).
 */
interface Place {
  filters: HistoryFilters;
  page: number;
  chartShown: boolean;
  openedId?: string;
}
const places = new WeakMap<ChargeSelection, Place>();

const STATUS_TONE: Record<PaymentStatus, string> = {
  completed: 'tone-success',
  pending: 'tone-progress',
  declined: 'tone-error',
};

/** What the period fields say is wrong. */
interface PeriodErrors {
  from?: string;
  to?: string;
}

type ListState = 'loading' | 'ready' | 'error';

/** Why a page is loaded: what is said or focused once it is in. */
type LoadReason = 'first' | 'filters' | 'page' | 'reload';

/** Today in Moscow (`YYYY-MM-DD`), the latest day a period may name. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
}

function hasFilters(filters: HistoryFilters): boolean {
  return Boolean(filters.from || filters.to || filters.kind || filters.status || filters.method || filters.q?.trim());
}

/**
 * @summary «История платежей»: the citizen's payments newest first (what was paid, recipient, amount, method, status
 * in words with a badge, the reason of a refusal), filters by period, category, status and method, a search by title,
 * payee or УИН digits, paging that keeps its place across views, CSV of everything that matches, a receipt per
 * completed payment, the chart «Расходы по месяцам» (loaded when asked for) and the fines' disputes under it.
 * Internal to `<gu-payments>`: a row opens the payment view.
 */
export class GuPaymentsHistory extends PaymentsPart<HistoryMessages> {
  static override styles = [baseStyles, partStyles, historyStyles];

  static override properties = {
    listState: { state: true },
    page: { state: true },
    listError: { state: true },
    filters: { state: true },
    pageNumber: { state: true },
    periodErrors: { state: true },
    chartShown: { state: true },
    chartLoaded: { state: true },
    chartFailed: { state: true },
    disputes: { state: true },
    running: { state: true },
  };

  protected readonly i18n = new LocaleController(this, historyMessages);
  private readonly action = new ActionController(this, (error) =>
    this.aborted(error)
      ? undefined
      : `${this.running === 'csv' ? this.i18n.msg.exportFailed : this.i18n.msg.receiptFailed} ${this.errorText(error)}`,
  );

  declare private listState: ListState;
  declare private page: PaymentPage | undefined;
  declare private listError: unknown;
  /** The filters applied (the form may hold a search not sent yet). */
  declare private filters: HistoryFilters;
  declare private pageNumber: number;
  declare private periodErrors: PeriodErrors;
  declare private chartShown: boolean;
  declare private chartLoaded: boolean;
  declare private chartFailed: boolean;
  /** The disputes' part: loading, drawn, or its chunk failed to load. */
  declare private disputes: 'idle' | 'loaded' | 'failed';
  /** What the running action is about: `csv`, or the id of the payment whose receipt is downloading. */
  declare private running: string | undefined;

  #restored = false;
  #seenRevision = -1;
  #request: AbortController | undefined;
  #firstLoad: Promise<void> | undefined;
  #resolveFirstLoad: (() => void) | undefined;

  constructor() {
    super();
    this.listState = 'loading';
    this.page = undefined;
    this.listError = undefined;
    this.filters = {};
    this.pageNumber = 1;
    this.periodErrors = {};
    this.chartShown = false;
    this.chartLoaded = false;
    this.chartFailed = false;
    this.disputes = 'idle';
    this.running = undefined;
    this.#firstLoad = new Promise((resolve) => (this.#resolveFirstLoad = resolve));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('ctx') || !this.ctx) return;
    if (!this.#restored) {
      this.#restored = true;
      const place = places.get(this.ctx.selection);
      if (place) {
        this.filters = place.filters;
        this.pageNumber = place.page;
        this.chartShown = place.chartShown;
        if (place.chartShown) void this.#loadChart();
      }
    }
    // The first context, or a payment changed since (paid, settled): the page is asked for again.
    const revision = this.ctx.revision.payments;
    if (revision !== this.#seenRevision) {
      const first = this.#seenRevision === -1;
      this.#seenRevision = revision;
      void this.#load(first ? 'first' : 'reload');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
    this.#request = undefined;
  }

  protected override resumeAfterMove(): void {
    // The removal aborted the request in flight: ask again.
    if (this.listState === 'loading' && this.ctx) void this.#load('reload');
  }

  /** Back from a payment: the row of the payment opened last takes focus; otherwise the heading. */
  override async focusHeading(): Promise<void> {
    const place = this.ctx ? places.get(this.ctx.selection) : undefined;
    const openedId = place?.openedId;
    if (place && openedId) {
      // Once: the next visit from elsewhere starts at the heading.
      places.set(this.ctx.selection, { ...place, openedId: undefined });
      await this.#firstLoad;
      await this.updateComplete;
      const row = this.renderRoot.querySelector<HTMLElement>(`li[data-payment-id="${CSS.escape(openedId)}"] .open`);
      if (row) {
        row.focus();
        return;
      }
    }
    await super.focusHeading();
  }

  /** Remembers where the citizen is, for the next time the history is drawn. */
  #keep(openedId?: string): void {
    if (!this.ctx) return;
    const before = places.get(this.ctx.selection);
    places.set(this.ctx.selection, {
      filters: this.filters,
      page: this.pageNumber,
      chartShown: this.chartShown,
      openedId: openedId ?? before?.openedId,
    });
  }

  async #load(reason: LoadReason): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const signal = AbortSignal.any([request.signal, this.abort.signal]);
    this.listState = 'loading';
    try {
      const page = await listPayments(
        this.ctx.client,
        { ...this.filters, page: this.pageNumber, pageSize: this.ctx.pageSize },
        signal,
      );
      if (request !== this.#request) return;
      const pages = Math.max(1, Math.ceil(page.total / this.ctx.pageSize));
      if (page.items.length === 0 && this.pageNumber > pages) {
        // Fewer payments than when this page was kept: the last page there is.
        this.pageNumber = pages;
        this.#keep();
        void this.#load(reason);
        return;
      }
      this.page = page;
      this.listState = 'ready';
      this.listError = undefined;
      if (reason === 'filters') this.announcer.announce(this.i18n.plural(page.total, this.i18n.msg.found));
      if (reason === 'page') void this.focusOn('#summary');
      this.#loadDisputes();
    } catch (error) {
      if (request !== this.#request || this.aborted(error)) return;
      this.listError = error;
      this.listState = 'error';
    } finally {
      if (request === this.#request) {
        this.#request = undefined;
        this.#resolveFirstLoad?.();
        this.#resolveFirstLoad = undefined;
      }
    }
  }

  /** The fines' disputes under the history: their own part, loaded once the history is drawn. */
  #loadDisputes(): void {
    if (this.disputes === 'loaded') return;
    import('./disputes-list.js').then(
      () => (this.disputes = 'loaded'),
      () => (this.disputes = 'failed'),
    );
  }

  // ——— Filters ———

  /** Reads the form, checks the period, and applies it (page 1) when it is right. */
  #apply(form: HTMLFormElement, focusError: boolean): void {
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const msg = this.i18n.msg;
    const from = field('from') as HTMLInputElement | null;
    const to = field('to') as HTMLInputElement | null;
    const errors: PeriodErrors = {};
    const latest = today();
    for (const [name, input] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!input) continue;
      if (input.validity.badInput) errors[name] = msg.dateIncomplete;
      else if (input.value && input.value > latest) errors[name] = msg.dateInFuture;
    }
    if (!errors.from && !errors.to && from?.value && to?.value && to.value < from.value) errors.to = msg.dateOrder;
    this.periodErrors = errors;
    if (errors.from || errors.to) {
      if (focusError) void this.focusOn(errors.from ? '#from' : '#to');
      return;
    }
    const value = (name: string): string => field(name)?.value.trim() ?? '';
    const next: HistoryFilters = {
      from: from?.value || undefined,
      to: to?.value || undefined,
      kind: (value('kind') || undefined) as ChargeKind | undefined,
      status: (value('status') || undefined) as PaymentStatus | undefined,
      method: (value('method') || undefined) as PaymentMethod | undefined,
      q: value('q') || undefined,
    };
    this.filters = next;
    this.pageNumber = 1;
    this.#keep();
    void this.#load('filters');
  }

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#apply(event.currentTarget as HTMLFormElement, true);
  };

  readonly #onSelect = (event: Event): void => {
    const form = (event.currentTarget as HTMLSelectElement).form;
    if (form) this.#apply(form, false);
  };

  readonly #reset = (): void => {
    // The form too: a search typed but not sent goes with the rest.
    this.renderRoot.querySelector('form')?.reset();
    this.filters = {};
    this.periodErrors = {};
    this.pageNumber = 1;
    this.#keep();
    void this.#load('filters');
    void this.focusOn('#q');
  };

  #goToPage(page: number): void {
    this.pageNumber = page;
    this.#keep();
    void this.#load('page');
  }

  // ——— Actions ———

  #open(payment: Payment): void {
    this.#keep(payment.id);
    this.navigate({ view: 'payment', paymentId: payment.id });
  }

  #downloadReceipt(payment: Payment): void {
    if (this.action.busy) return;
    this.running = payment.id;
    void this.action
      .run(async () => {
        const file = await getPaymentReceipt(this.ctx.client, payment.id, this.abort.signal);
        saveBlob(file.blob, file.fileName);
        this.announcer.announce(this.i18n.msg.receiptSaved(file.fileName));
      })
      .finally(() => (this.running = undefined));
  }

  /**
   * Saves every payment that matches the applied filters as CSV (all pages) and resolves its text; undefined when it
   * failed (the failure is said in the part's alert region) or another action is running.
   */
  exportCsv(): Promise<string | undefined> {
    if (this.action.busy) return Promise.resolve(undefined);
    this.running = 'csv';
    return this.action
      .run(async () => {
        const { exportPaymentsCsv } = await import('../history-csv.js');
        return exportPaymentsCsv(
          this.ctx.client,
          this.filters,
          this.i18n.msg,
          this.i18n.locale,
          this,
          this.abort.signal,
        );
      })
      .finally(() => (this.running = undefined));
  }

  async #loadChart(): Promise<void> {
    this.chartFailed = false;
    try {
      await import('./history-chart.js');
      this.chartLoaded = true;
    } catch {
      this.chartFailed = true;
    }
  }

  readonly #toggleChart = (): void => {
    this.chartShown = !this.chartShown;
    this.#keep();
    if (this.chartShown && !this.chartLoaded) void this.#loadChart();
  };

  // ——— Rendering ———

  /** «Штраф ГИБДД и ещё 2». */
  #what(payment: Payment): string {
    const [first, ...rest] = payment.items;
    const title = first?.title ?? '';
    return rest.length > 0 ? `${title} ${this.i18n.msg.andMore(this.i18n.number(rest.length))}` : title;
  }

  /** The recipients: their names as the server gives them (Russian), «и ещё N» in the page's language. */
  #payees(payment: Payment): TemplateResult {
    const [first, ...rest] = [...new Set(payment.items.map((item) => item.payee))];
    const more = rest.length > 0 ? ` ${this.i18n.msg.andMore(this.i18n.number(rest.length))}` : '';
    return html`<span lang="ru">${first ?? ''}</span>${more}`;
  }

  #method(payment: Payment): string {
    const msg = this.i18n.msg;
    const name = msg.methodName(payment.method);
    return payment.cardLast4 ? `${name}, ${msg.cardEnding(payment.cardLast4)}` : name;
  }

  #renderRow(payment: Payment): TemplateResult {
    const msg = this.i18n.msg;
    const date = this.date(payment.createdAt);
    const amount = this.money(payment.amount);
    const reason =
      payment.status === 'declined'
        ? (payment.declineReason ?? (payment.declineCode ? msg.declineName(payment.declineCode) : undefined))
        : undefined;
    const receipt = payment.status === 'completed' && payment.receiptAvailable;
    return html`<li class="row" data-payment-id=${payment.id}>
      <div>
        <button class="open" type="button" @click=${() => this.#open(payment)}>${this.#what(payment)}</button>
        <dl>
          <div>
            <dt>${msg.columnsDate}</dt>
            <dd>${date}</dd>
          </div>
          <div>
            <dt>${msg.payee}</dt>
            <dd>${this.#payees(payment)}</dd>
          </div>
          <div>
            <dt>${msg.methodLabel}</dt>
            <dd>${this.#method(payment)}</dd>
          </div>
        </dl>
      </div>
      <div class="side">
        <span class="money amount">${amount}</span>
        <span class="badge ${STATUS_TONE[payment.status]}" data-status=${payment.status}
          >${msg.statusName(payment.status)}</span
        >
        ${
          receipt
            ? html`<button
                class="btn"
                type="button"
                data-receipt
                aria-label=${msg.receiptLabel(date, amount)}
                aria-busy=${this.running === payment.id ? 'true' : nothing}
                @click=${() => this.#downloadReceipt(payment)}
              >
                ${msg.receipt}
              </button>`
            : nothing
        }
      </div>
      ${reason ? html`<p class="reason">${msg.declinedBecause(reason)}</p>` : nothing}
    </li>`;
  }

  #renderOptions<T extends string>(values: readonly T[], selected: T | undefined, name: (value: T) => string) {
    return html`<option value="" .selected=${!selected}>${this.i18n.msg.any}</option>
      ${values.map((value) => html`<option value=${value} .selected=${selected === value}>${name(value)}</option>`)}`;
  }

  #renderDate(name: 'from' | 'to', label: string): TemplateResult {
    const error = this.periodErrors[name];
    return html`<div>
      <label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        class="input"
        type="date"
        min="2000-01-01"
        max=${today()}
        .value=${this.filters[name] ?? ''}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${`${name}-error`}
      />
      <p id=${`${name}-error`} class=${error ? 'field-error' : 'field-error is-empty'} role="alert">${error ?? ''}</p>
    </div>`;
  }

  #renderFilters(): TemplateResult {
    const msg = this.i18n.msg;
    const f = this.filters;
    return html`<form class="filters" role="search" aria-label=${msg.filtersLabel} @submit=${this.#onSubmit} novalidate>
      <div class="search">
        <label for="q">${msg.search}</label>
        <div class="search-row">
          <input
            id="q"
            name="q"
            class="input"
            type="search"
            maxlength="100"
            enterkeyhint="search"
            autocomplete="off"
            aria-describedby="q-hint"
            .value=${f.q ?? ''}
          />
          <button class="btn-primary" type="submit">${msg.apply}</button>
        </div>
        <p id="q-hint" class="hint muted">${msg.searchHint}</p>
      </div>
      <fieldset>
        <legend>${msg.periodLegend}</legend>
        <div class="period">${this.#renderDate('from', msg.from)} ${this.#renderDate('to', msg.to)}</div>
      </fieldset>
      <div>
        <label for="kind">${msg.kind}</label>
        <select id="kind" name="kind" class="input" @change=${this.#onSelect}>
          ${this.#renderOptions(CHARGE_KINDS, f.kind, msg.kindName)}
        </select>
      </div>
      <div>
        <label for="status">${msg.status}</label>
        <select id="status" name="status" class="input" @change=${this.#onSelect}>
          ${this.#renderOptions(PAYMENT_STATUSES, f.status, msg.statusName)}
        </select>
      </div>
      <div>
        <label for="method">${msg.method}</label>
        <select id="method" name="method" class="input" @change=${this.#onSelect}>
          ${this.#renderOptions(PAYMENT_METHODS, f.method, msg.methodName)}
        </select>
      </div>
    </form>`;
  }

  #renderPager(page: PaymentPage): TemplateResult | typeof nothing {
    const msg = this.i18n.msg;
    const pages = Math.ceil(page.total / this.ctx.pageSize);
    if (pages <= 1) return nothing;
    const current = this.pageNumber;
    return html`<nav class="pager" aria-label=${msg.pagination}>
      <button
        class="btn"
        type="button"
        data-prev
        aria-disabled=${String(current <= 1)}
        @click=${() => current > 1 && this.listState !== 'loading' && this.#goToPage(current - 1)}
      >
        ${msg.prevPage}
      </button>
      <span>${msg.pageOf(this.i18n.number(current), this.i18n.number(pages))}</span>
      <button
        class="btn"
        type="button"
        data-next
        aria-disabled=${String(current >= pages)}
        @click=${() => current < pages && this.listState !== 'loading' && this.#goToPage(current + 1)}
      >
        ${msg.nextPage}
      </button>
    </nav>`;
  }

  #renderChart(): TemplateResult {
    const msg = this.i18n.msg;
    const shown = this.chartShown;
    let body: TemplateResult | typeof nothing = nothing;
    if (shown) {
      if (this.chartFailed)
        body = html`<gu-error-state
          heading-level="4"
          heading=${msg.chartFailed}
          retryable
          .error=${{ kind: 'network' }}
          @gu-error-state-retry=${() => void this.#loadChart()}
        ></gu-error-state>`;
      else if (!this.chartLoaded) body = html`<gu-loading-state label=${msg.chartLoading}></gu-loading-state>`;
      else
        body = html`<gu-payments-history-chart
          .ctx=${this.ctx}
          .locale=${this.i18n.locale}
          .period=${{ from: this.filters.from, to: this.filters.to }}
        ></gu-payments-history-chart>`;
    }
    return html`<button
        class="btn"
        type="button"
        aria-expanded=${String(shown)}
        aria-controls="chart-region"
        @click=${this.#toggleChart}
      >
        ${shown ? msg.hideChart : msg.showChart}
      </button>
      <div id="chart-region" ?hidden=${!shown}>${body}</div>`;
  }

  #renderList(): TemplateResult {
    const msg = this.i18n.msg;
    const page = this.page;
    if (!page) {
      if (this.listState === 'error')
        return html`<gu-error-state
          heading-level="4"
          heading=${msg.loadFailedHeading}
          retryable
          .error=${isApiError(this.listError) ? this.listError : { kind: 'server' }}
          @gu-error-state-retry=${() => void this.#load('reload')}
        ></gu-error-state>`;
      return html`<gu-loading-state label=${msg.loading} delay="300"></gu-loading-state>`;
    }
    const filtered = hasFilters(this.filters);
    const error =
      this.listState === 'error'
        ? html`<gu-error-state
            heading-level="4"
            heading=${msg.loadFailedHeading}
            retryable
            .error=${isApiError(this.listError) ? this.listError : { kind: 'server' }}
            @gu-error-state-retry=${() => void this.#load('reload')}
          ></gu-error-state>`
        : nothing;
    if (page.total === 0 && !filtered)
      return html`${error}
        <gu-empty-state heading-level="4" heading=${msg.emptyHeading}>${msg.emptyText}</gu-empty-state>`;
    const busy = this.listState === 'loading';
    return html`${this.#renderFilters()}
      <div class="tools">
        ${this.#renderChart()}
        <button
          class="btn"
          type="button"
          data-export
          aria-busy=${this.running === 'csv' ? 'true' : nothing}
          ?disabled=${page.total === 0}
          @click=${() => void this.exportCsv()}
        >
          ${msg.exportCsv}
        </button>
      </div>
      <p id="problem" class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">
        ${this.action.problem}
      </p>
      ${error}
      <div class="content" aria-busy=${busy ? 'true' : 'false'}>
        <p id="summary" class="summary" tabindex="-1">${this.i18n.plural(page.total, msg.found)}</p>
        ${
          page.total === 0
            ? html`<gu-empty-state heading-level="4" heading=${msg.nothingFoundHeading}>
                ${msg.nothingFoundText}
                <button slot="action" class="btn" type="button" data-reset @click=${this.#reset}>${msg.reset}</button>
              </gu-empty-state>`
            : html`<ol class="rows">
                ${page.items.map((payment) => this.#renderRow(payment))}
              </ol>`
        }
        ${this.#renderPager(page)}
      </div>`;
  }

  #renderDisputes(): TemplateResult | typeof nothing {
    if (this.disputes === 'loaded')
      return html`<div class="disputes">
        <gu-payments-disputes .ctx=${this.ctx} .locale=${this.i18n.locale}></gu-payments-disputes>
      </div>`;
    if (this.disputes === 'failed')
      return html`<div class="disputes">
        <p>${this.i18n.msg.disputesFailed}</p>
        <button class="btn" type="button" @click=${() => this.#loadDisputes()}>${this.i18n.msg.retry}</button>
      </div>`;
    return nothing;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    const firstLoading = !this.page && this.listState === 'loading';
    return html`<section aria-labelledby="history-heading" aria-busy=${firstLoading ? 'true' : 'false'}>
        <h3 id="history-heading" tabindex="-1">${msg.heading}</h3>
        ${this.ctx ? this.#renderList() : nothing}
      </section>
      ${this.#renderDisputes()}`;
  }
}

if (!customElements.get('gu-payments-history')) customElements.define('gu-payments-history', GuPaymentsHistory);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-history': GuPaymentsHistory;
  }
}
