/**
 * `gu-security-history` («История входов»): every sign-in and failed attempt, newest first — date and time, the device
 * (kind, browser, OS), the place and IP address, the method (with its second step), the result in words with an icon
 * (a failure with its reason); this session's sign-in marked «Этот вход», a first sign-in from a device «Новое
 * устройство». Filters (result, method, period), server pages that keep their place while «Это был не я» is open
 * (ctx.historyPlace), «Скачать CSV» of every filtered row (fetched through the API client: the token goes with it),
 * «Это был не я» on each successful sign-in not reported yet → the incident view. Follows `login-history` changes live
 * (a sign-in or a failure through <gu-login> on this page or anywhere): the page is read again, focus stays.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import { LocaleController, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import '../../core/ui/gu-empty-state.js';
import '../../core/ui/gu-error-state.js';
import '../../core/ui/gu-loading-state.js';
import { saveBlob } from '../../core/ui/save-file.js';
import { ActionController } from '../../core/widget/action.js';
import { NO_HISTORY_FILTERS, type HistoryFilters } from '../context.js';
import { LOGIN_METHODS, LOGIN_RESULTS, exportLoginEvents, listLoginEvents } from '../history-api.js';
import { historyRu, type HistoryMessages } from '../locales/history-ru.js';
import type { LoginEvent, LoginEventPage, LoginMethod, LoginResult, SecurityArea } from '../types.js';
import { historyStyles } from './history.styles.js';
import { SecurityPart } from './part.js';

export const historyMessages: LazyCatalogs<HistoryMessages> = {
  ru: historyRu,
  en: () => import('../locales/history-en.js').then((module) => module.historyEn),
};

type ListState = 'loading' | 'ready' | 'error';
/** Why a page is loaded: what is said or focused once it is in. */
type LoadReason = 'first' | 'filters' | 'page' | 'live' | 'retry';

/** What the period fields say is wrong. */
interface PeriodErrors {
  from?: string;
  to?: string;
}

/** Today in Moscow (`YYYY-MM-DD`): the latest day a period may name. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());
}

const hasFilters = (filters: HistoryFilters): boolean =>
  Boolean(filters.result || filters.method || filters.from || filters.to);

export class GuSecurityHistory extends SecurityPart<HistoryMessages> {
  static override styles = [baseStyles, partStyles, historyStyles];

  static override properties = {
    ...SecurityPart.properties,
    listState: { state: true },
    page: { state: true },
    listError: { state: true },
    periodErrors: { state: true },
    exporting: { state: true },
  };

  protected readonly i18n = new LocaleController(this, historyMessages);
  protected override readonly areas: readonly SecurityArea[] = ['login-history'];
  private readonly action = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : `${this.i18n.msg.exportFailed} ${this.errorText(error)}`,
  );

  declare private listState: ListState;
  declare private page: LoginEventPage | undefined;
  declare private listError: unknown;
  declare private periodErrors: PeriodErrors;
  declare private exporting: boolean;

  #request: AbortController | undefined;
  #firstLoad: Promise<void>;
  #resolveFirstLoad: (() => void) | undefined;

  constructor() {
    super();
    this.listState = 'loading';
    this.page = undefined;
    this.listError = undefined;
    this.periodErrors = {};
    this.exporting = false;
    this.#firstLoad = new Promise((resolve) => (this.#resolveFirstLoad = resolve));
  }

  /** The applied filters and the page: the widget keeps them (ctx.historyPlace) while another view is open. */
  private get filters(): HistoryFilters {
    return this.ctx.historyPlace.filters;
  }

  private get pageNumber(): number {
    return this.ctx.historyPlace.page;
  }

  protected override firstUpdated(): void {
    void this.load('first');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
    this.#request = undefined;
  }

  protected override resumeAfterMove(): void {
    if (this.listState !== 'ready') void this.load('retry');
  }

  protected override areaChanged(): void {
    // A sign-in, a failure or a report (here, in <gu-login> on this page, another tab or device): read the page again.
    if (this.page) void this.load('live');
  }

  /** Back from «Это был не я»: the button of that sign-in takes focus (or the summary, if it is gone); else the heading. */
  override async focusHeading(): Promise<void> {
    const place = this.ctx?.historyPlace;
    const focusId = place?.focusId;
    if (place && focusId) {
      place.focusId = undefined; // once: the next visit from elsewhere starts at the heading
      await this.#firstLoad;
      await this.updateComplete;
      const target =
        this.renderRoot.querySelector<HTMLElement>(`[data-not-me="${CSS.escape(focusId)}"]`) ??
        this.renderRoot.querySelector<HTMLElement>('#summary');
      if (target) {
        target.focus();
        return;
      }
    }
    await super.focusHeading();
  }

  private async load(reason: LoadReason): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const signal = AbortSignal.any([request.signal, this.abort.signal]);
    if (reason !== 'live') this.listState = 'loading';
    const before = this.page?.total;
    try {
      const page = await listLoginEvents(this.ctx.client, this.filters, this.pageNumber, this.ctx.pageSize, signal);
      if (request !== this.#request) return;
      const pages = Math.max(1, Math.ceil(page.total / this.ctx.pageSize));
      if (page.items.length === 0 && this.pageNumber > pages) {
        // Fewer sign-ins than when this page was kept: the last page there is.
        this.ctx.historyPlace.page = pages;
        void this.load(reason);
        return;
      }
      this.page = page;
      this.listState = 'ready';
      this.listError = undefined;
      const msg = this.i18n.msg;
      if (reason === 'filters') this.announcer.announce(this.i18n.plural(page.total, msg.found));
      if (reason === 'page') void this.focusOn('#summary');
      if (reason === 'live' && before !== undefined && page.total > before) this.announcer.announce(msg.updated);
    } catch (error) {
      if (request !== this.#request || this.aborted(error)) return;
      // A live reload that failed keeps the page shown; the next change tries again.
      if (reason === 'live' && this.page) return;
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

  // ——— Filters and pages ———

  /** Reads the form, checks the period, and applies it (page 1) when it is right. */
  private apply(form: HTMLFormElement, focusError: boolean): void {
    const msg = this.i18n.msg;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
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
      const first = errors.from ?? errors.to;
      if (first) this.announcer.announce(first);
      if (focusError) void this.focusOn(errors.from ? '#from' : '#to');
      return;
    }
    this.ctx.historyPlace.filters = {
      result: (field('result')?.value ?? '') as LoginResult | '',
      method: (field('method')?.value ?? '') as LoginMethod | '',
      from: from?.value ?? '',
      to: to?.value ?? '',
    };
    this.ctx.historyPlace.page = 1;
    void this.load('filters');
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.apply(event.currentTarget as HTMLFormElement, true);
  };

  private readonly onSelect = (event: Event): void => {
    const form = (event.currentTarget as HTMLSelectElement).form;
    if (form) this.apply(form, false);
  };

  private readonly reset = (): void => {
    this.renderRoot.querySelector('form')?.reset();
    this.ctx.historyPlace.filters = { ...NO_HISTORY_FILTERS };
    this.ctx.historyPlace.page = 1;
    this.periodErrors = {};
    void this.load('filters');
    void this.focusOn('#result');
  };

  private goToPage(page: number): void {
    this.ctx.historyPlace.page = page;
    void this.load('page');
  }

  // ——— Actions ———

  private notMe(event: LoginEvent): void {
    this.ctx.historyPlace.focusId = event.id;
    this.navigate({ view: 'incident', eventId: event.id });
  }

  /** Saves every sign-in that passes the applied filters as the server's CSV; resolves the file, or undefined. */
  async exportCsv(): Promise<{ blob: Blob; fileName: string } | undefined> {
    if (this.action.busy) return undefined;
    this.exporting = true;
    try {
      const file = await this.action.run(async () => {
        const csv = await exportLoginEvents(this.ctx.client, this.filters, this.abort.signal);
        saveBlob(csv.blob, csv.fileName);
        this.announcer.announce(this.i18n.msg.exported(csv.fileName));
        return csv;
      });
      if (!file && this.action.problem) this.announcer.announce(this.action.problem);
      return file;
    } finally {
      this.exporting = false;
    }
  }

  // ——— Rendering ———

  /** «Компьютер, Chrome, Windows». */
  private device(event: LoginEvent): string {
    const msg = this.i18n.msg;
    return [msg.kind(event.kind), event.browser || msg.unknownBrowser, event.os].filter(Boolean).join(', ');
  }

  private method(event: LoginEvent): string {
    const msg = this.i18n.msg;
    const name = msg.methodName(event.method);
    return event.secondFactor ? msg.withSecondFactor(name, msg.secondFactorName(event.secondFactor)) : name;
  }

  private renderResult(event: LoginEvent): TemplateResult {
    const msg = this.i18n.msg;
    const text =
      event.result === 'success'
        ? msg.success
        : event.reason
          ? msg.failureWithReason(msg.reasonName(event.reason))
          : msg.failure;
    return html`<span class="badge ${event.result === 'success' ? 'tone-success' : 'tone-error'}" data-result
      >${text}</span
    >`;
  }

  private renderRow(event: LoginEvent): TemplateResult {
    const msg = this.i18n.msg;
    const when = this.dateTime(event.at);
    const place = event.place ?? msg.placeUnknown;
    const marks = [
      event.current ? html`<span class="badge tone-info" data-current>${msg.thisLogin}</span>` : nothing,
      event.newDevice ? html`<span class="badge tone-warning" data-new-device>${msg.newDevice}</span>` : nothing,
      event.reported ? html`<span class="badge tone-neutral" data-reported>${msg.reported}</span>` : nothing,
    ];
    const offerNotMe = event.result === 'success' && !event.reported && !event.current;
    const classes = [event.current ? 'is-current' : '', event.result === 'failure' ? 'is-failure' : '']
      .filter(Boolean)
      .join(' ');
    return html`<tr class=${classes || nothing} data-event-id=${event.id}>
      <th scope="row"><span class="time">${when}</span></th>
      <td data-label=${msg.columnDevice}>${this.device(event)}</td>
      <td data-label=${msg.columnPlace}>${place}<span class="sub">${event.ip}</span></td>
      <td data-label=${msg.columnMethod}>${this.method(event)}</td>
      <td data-label=${msg.columnResult}>
        ${this.renderResult(event)}
        ${event.current || event.newDevice || event.reported ? html`<div class="marks">${marks}</div>` : nothing}
      </td>
      <td data-label=${offerNotMe ? msg.columnAction : nothing}>
        ${
          offerNotMe
            ? html`<button
                class="btn"
                type="button"
                data-not-me=${event.id}
                aria-label=${msg.notMeLabel(when, place)}
                @click=${() => this.notMe(event)}
              >
                ${msg.notMe}
              </button>`
            : nothing
        }
      </td>
    </tr>`;
  }

  private renderChoices<T extends string>(values: readonly T[], selected: T | '', any: string, name: (v: T) => string) {
    return html`<option value="" .selected=${!selected}>${any}</option>
      ${values.map((value) => html`<option value=${value} .selected=${selected === value}>${name(value)}</option>`)}`;
  }

  private renderDate(name: 'from' | 'to', label: string): TemplateResult {
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
        .value=${this.filters[name]}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${`${name}-error`}
      />
      <p id=${`${name}-error`} class=${error ? 'field-error' : 'field-error is-empty'}>${error ?? ''}</p>
    </div>`;
  }

  private renderFilters(): TemplateResult {
    const msg = this.i18n.msg;
    const f = this.filters;
    return html`<form class="filters" role="search" aria-label=${msg.filtersLabel} @submit=${this.onSubmit} novalidate>
      <div>
        <label for="result">${msg.result}</label>
        <select id="result" name="result" class="input" @change=${this.onSelect}>
          ${this.renderChoices(LOGIN_RESULTS, f.result, msg.anyResult, msg.resultFilter)}
        </select>
      </div>
      <div>
        <label for="method">${msg.method}</label>
        <select id="method" name="method" class="input" @change=${this.onSelect}>
          ${this.renderChoices(LOGIN_METHODS, f.method, msg.anyMethod, msg.methodName)}
        </select>
      </div>
      <fieldset>
        <legend>${msg.periodLegend}</legend>
        <div class="period">
          ${this.renderDate('from', msg.from)} ${this.renderDate('to', msg.to)}
          <div class="actions">
            <button class="btn-primary" type="submit">${msg.apply}</button>
            ${
              hasFilters(f)
                ? html`<button class="btn" type="button" data-reset @click=${this.reset}>${msg.reset}</button>`
                : nothing
            }
          </div>
        </div>
      </fieldset>
    </form>`;
  }

  private renderPager(page: LoginEventPage): TemplateResult | typeof nothing {
    const msg = this.i18n.msg;
    const pages = Math.ceil(page.total / this.ctx.pageSize);
    if (pages <= 1) return nothing;
    const current = this.pageNumber;
    const busy = this.listState === 'loading';
    return html`<nav class="pager" aria-label=${msg.pagination}>
      <button
        class="btn"
        type="button"
        data-prev
        aria-disabled=${String(current <= 1)}
        @click=${() => current > 1 && !busy && this.goToPage(current - 1)}
      >
        ${msg.prevPage}
      </button>
      <span>${msg.pageOf(this.i18n.number(current), this.i18n.number(pages))}</span>
      <button
        class="btn"
        type="button"
        data-next
        aria-disabled=${String(current >= pages)}
        @click=${() => current < pages && !busy && this.goToPage(current + 1)}
      >
        ${msg.nextPage}
      </button>
    </nav>`;
  }

  private renderError(): TemplateResult {
    return html`<gu-error-state
      heading-level="4"
      heading=${this.i18n.msg.loadFailed}
      retryable
      .error=${isApiError(this.listError) ? this.listError : { kind: 'server' }}
      @gu-error-state-retry=${() => void this.load('retry')}
    ></gu-error-state>`;
  }

  private renderList(): TemplateResult {
    const msg = this.i18n.msg;
    const page = this.page;
    if (!page)
      return this.listState === 'error'
        ? this.renderError()
        : html`<gu-loading-state label=${msg.loading} delay="300"></gu-loading-state>`;
    const filtered = hasFilters(this.filters);
    const error = this.listState === 'error' ? this.renderError() : nothing;
    if (page.total === 0 && !filtered)
      return html`${error}
        <gu-empty-state heading-level="4" heading=${msg.emptyHeading}>${msg.emptyText}</gu-empty-state>`;
    const busy = this.listState === 'loading';
    return html`${this.renderFilters()}
      <div class="tools">
        <p id="summary" class="summary" tabindex="-1">${this.i18n.plural(page.total, msg.found)}</p>
        <button
          class="btn"
          type="button"
          data-export
          aria-label=${msg.exportLabel}
          aria-busy=${this.exporting ? 'true' : nothing}
          ?disabled=${page.total === 0}
          @click=${() => void this.exportCsv()}
        >
          ${msg.exportCsv}
        </button>
      </div>
      <p class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">${this.action.problem}</p>
      ${error}
      <div aria-busy=${busy ? 'true' : 'false'}>
        ${
          page.total === 0
            ? html`<gu-empty-state heading-level="4" heading=${msg.nothingFoundHeading}>
                ${msg.nothingFoundText}
                <button slot="action" class="btn" type="button" data-reset @click=${this.reset}>${msg.reset}</button>
              </gu-empty-state>`
            : html`<div class="scroll" role="region" tabindex="0" aria-labelledby="history-caption">
                <table class="table">
                  <caption id="history-caption">
                    ${msg.tableCaption}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${msg.columnTime}</th>
                      <th scope="col">${msg.columnDevice}</th>
                      <th scope="col">${msg.columnPlace}</th>
                      <th scope="col">${msg.columnMethod}</th>
                      <th scope="col">${msg.columnResult}</th>
                      <th scope="col">${msg.columnAction}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${page.items.map((event) => this.renderRow(event))}
                  </tbody>
                </table>
              </div>`
        }
        ${this.renderPager(page)}
      </div>`;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    const firstLoading = !this.page && this.listState === 'loading';
    return html`<section aria-labelledby="history-heading" aria-busy=${firstLoading ? 'true' : 'false'}>
      <h3 id="history-heading" tabindex="-1">${msg.heading}</h3>
      <p>${msg.intro}</p>
      ${this.ctx ? this.renderList() : nothing}
    </section>`;
  }
}

if (!customElements.get('gu-security-history')) customElements.define('gu-security-history', GuSecurityHistory);

declare global {
  interface HTMLElementTagNameMap {
    'gu-security-history': GuSecurityHistory;
  }
}
