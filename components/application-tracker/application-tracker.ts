import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createApiClient, type ApiClient } from '../core/api/request.js';
import type { LazyCatalogs } from '../core/i18n/catalog.js';
import { LocaleController } from '../core/i18n/locale-controller.js';
import { baseStyles } from '../core/theme/base-styles.js';
import { SessionConsumer, followSessionAuth } from '../core/session/session-context.js';
import { LocalizedElement } from '../core/widget/localized-element.js';
import type { TrackerContext } from './context.js';
import type { GuApplicationFiltersChangeEvent } from './events.js';
import {
  SORTS,
  fetchApplications,
  type Application,
  type ApplicationPage,
  type ApplicationSort,
  type ListQuery,
} from './list-api.js';
import type { LiveStatus } from './live.js';
import type * as ListStates from './list-states.js';
import type { GuApplicationDetail } from './parts/application-detail.js';
import { controlStyles, trackerStyles } from './application-tracker.styles.js';
import { STATUS_TONE, overdueDays } from './shared.js';
import { listRu, type ListMessages } from './locales/list-ru.js';

/** What the session keeps when it ends: the open application and the message typed in it. */
type TrackerDraft = { id: string; message: string };

/** The list's catalogs: Russian in the first render, English downloaded only by a tracker that renders in English. */
const listMessages: LazyCatalogs<ListMessages> = {
  ru: listRu,
  en: () => import('./locales/list-en.js').then((module) => module.listEn),
};

/** How long the first answer may take before the loading state shows (and is announced). */
const LOADING_STATE_DELAY_MS = 200;

const announce = (text: string): void => void import('../core/ui/announcer.js').then((module) => module.announce(text));

/**
 * @summary «Мои заявления»: the citizen's applications — search, filters by status, agency and period, sort,
 * counts per status, paging that keeps its place, CSV export, a lazily loaded chart, live status changes,
 * and the detail of one application (timeline, documents, actions, adding documents, messages with the operator).
 *
 * Reads the session from an enclosing `<gu-session>`; shows `<gu-session-notice>` while not signed in and keeps
 * what the citizen typed (a message, chosen files) until they sign in again.
 *
 * The first render is the list only; the filters panel (once the first rows are painted), live status, the detail,
 * the chart, the English strings and the loading / empty / error states are loaded when they are needed.
 * Removing the element aborts its requests and ends its timers and polling.
 *
 * @fires {GuApplicationOpenedEvent} gu-application-opened - The citizen opened an application (`detail`: `applicationId`, `number`).
 * @fires {GuApplicationStatusChangedEvent} gu-application-status-changed - A status changed live or by cancellation (`detail`: `applicationId`, `number`, `status`, `previousStatus`).
 * @fires {GuApplicationActionEvent} gu-application-action - Cancelable: continue a draft, resubmit a rejected application pre-filled, or apply again (`detail`: `action`, `application`, `prefill`); the portal opens its service form.
 * @fires {GuApplicationDocumentAddedEvent} gu-application-document-added - A document was uploaded (`detail`: `applicationId`, `document`).
 * @csspart list - The list of applications (`<ol>`).
 * @csspart row - One application in the list.
 * @csspart toolbar - Search, filters and list actions.
 * @csspart pager - Paging controls.
 * @cssprop --gu-color-primary - Links, buttons and the unread marker.
 * @cssprop --gu-color-error - Overdue dates and per-row errors.
 */
export class GuApplicationTracker extends LocalizedElement<ListMessages> {
  static override styles = [baseStyles, controlStyles, trackerStyles];

  static override properties = {
    apiBase: { attribute: 'api-base' },
    pageSize: { type: Number, attribute: 'page-size' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    locale: { reflect: true },
    query: { state: true },
    openId: { state: true },
    chartShown: { state: true },
    loadingShown: { state: true },
    listState: { state: true },
    page: { state: true },
    listError: { state: true },
  };

  protected readonly i18n = new LocaleController(this, listMessages);
  readonly #session = new SessionConsumer(this);
  /** The session's token access, following the current session: the client's and the uploads'. */
  readonly #auth = followSessionAuth(() => this.#session.value);

  /** API base URL; defaults to the session's `apiBase`. */
  declare apiBase: string;
  /** Applications per page (1–100). */
  declare pageSize: number;
  /** Live status: the longest a change waits when the server has no event stream and the page polls, in ms (0: off). */
  declare pollInterval: number;
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  declare locale: string | undefined;
  declare private query: ListQuery;
  declare private openId: string | undefined;
  declare private chartShown: boolean;
  /** Whether the first answer has taken long enough to show the loading state (LOADING_STATE_DELAY_MS). */
  declare private loadingShown: boolean;
  declare private listState: 'initial' | 'pending' | 'complete' | 'error';
  declare private page: ApplicationPage | undefined;
  declare private listError: unknown;

  /** What the parts get (`.ctx`): made again only when the API base changes. */
  #ctx?: TrackerContext;
  #everSignedIn = false;
  /** A message typed before the session ended, for the detail's form. */
  #messageDraft = '';
  #lastOpenedId?: string;
  #announceNextLoad = false;
  #searchTimer?: ReturnType<typeof setTimeout>;
  /** The request behind the list (and its key): aborted when a newer one starts or the element is removed. */
  #listAbort?: AbortController;
  #listKey?: string;
  /** Live status (live.ts, a controller of this element), loaded once the first rows are painted. */
  #live?: LiveStatus;
  /** Set once the first answer of the list is painted: until then nothing else loads (filters, agencies, live). */
  #firstPainted = false;
  #lazyFrame?: number;
  #lazyTimer?: ReturnType<typeof setTimeout>;
  #loadingTimer?: ReturnType<typeof setTimeout>;
  /** list-states.ts, once the empty or the loading state was needed. */
  #states?: typeof ListStates;

  constructor() {
    super();
    this.apiBase = '';
    this.pageSize = 20;
    this.pollInterval = 60_000;
    this.query = { page: 1, pageSize: 20, sort: '-submittedAt', status: [] };
    this.openId = undefined;
    this.chartShown = false;
    this.loadingShown = false;
    this.listState = 'initial';
    this.page = undefined;
    this.listError = undefined;
  }

  /** Whether the session lets the widget load data. */
  get #signedIn(): boolean {
    const status = this.#session.value?.status;
    return status === 'signed-in' || status === 'expiring';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('gu-session-ending', this.#keepDraft);
  }

  /** The session is ending: the session keeps the open application and the typed message for the same citizen. */
  readonly #keepDraft = (): void => {
    const message = this.#detail()?.typedMessage() ?? '';
    if (this.openId) this.#session.value?.drafts?.keep('gu-application-tracker', { id: this.openId, message });
  };

  /** Signed in again: the same citizen gets the application they had open and their message back. */
  #restoreDraft(): void {
    const draft = this.#session.value?.drafts?.take('gu-application-tracker') as TrackerDraft | undefined;
    if (!draft) return;
    this.#messageDraft = draft.message;
    void this.openApplication(draft.id);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('gu-session-ending', this.#keepDraft);
    // Nothing may outlive the element: the list request (with its retries) and the timers (live status stops its
    // poll and the filters panel aborts its agencies request themselves).
    this.#listAbort?.abort();
    this.#listAbort = undefined;
    this.#listKey = undefined; // connected again, it loads again
    if (this.listState === 'pending') this.listState = this.page ? 'complete' : 'initial';
    clearTimeout(this.#searchTimer);
    if (this.#lazyFrame !== undefined) cancelAnimationFrame(this.#lazyFrame);
    this.#lazyFrame = undefined;
    clearTimeout(this.#lazyTimer);
    this.#lazyTimer = undefined;
    clearTimeout(this.#loadingTimer);
    this.#loadingTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pollInterval')) this.#loadLive();
    if (changed.has('pageSize')) {
      this.pageSize = Math.min(100, Math.max(1, Math.floor(this.pageSize) || 20));
      if (this.query.pageSize !== this.pageSize) this.query = { ...this.query, pageSize: this.pageSize, page: 1 };
    }
    if (this.#signedIn) {
      if (!this.#everSignedIn) this.#restoreDraft();
      this.#everSignedIn = true;
    } else {
      // The session ended: nothing of the citizen's stays in the DOM or in memory (the open application and its
      // typed message are the session's draft, given back to the same citizen only).
      if (this.#everSignedIn) [this.page, this.openId, this.listState] = [undefined, undefined, 'initial'];
      this.#everSignedIn = false;
      // Not signed in (or no answer from a provider yet): <gu-session-notice> says why and offers to sign in; it
      // upgrades in place when its module is in (after a failed load, the next update tries again).
      void import('../core/session/gu-session-notice.js').catch(() => undefined);
    }
    const key = this.#signedIn && this.isConnected ? JSON.stringify(this.query) : undefined;
    if (key !== this.#listKey) {
      this.#listKey = key;
      if (key) this.#loadList();
    }
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('click', (event) => this.#onRowClick(event));
  }

  /** The parts' context: the API client, created from `api-base` (or the session's) with the session's token access. */
  #context(): TrackerContext {
    const baseUrl = this.apiBase || this.#session.value?.apiBase || '/api';
    if (this.#ctx?.baseUrl !== baseUrl) {
      const client = createApiClient({ baseUrl, auth: this.#auth, locale: () => this.i18n.locale });
      this.#ctx = { client, baseUrl, auth: this.#auth };
    }
    return this.#ctx;
  }

  /** The API client of the context. */
  private api(): ApiClient {
    return this.#context().client;
  }

  // ——— Loading ———

  /** Loads the page of `query`; once the answer is painted, the filters panel and live status start loading (afterListPaint). */
  #loadList(): void {
    this.#listAbort?.abort();
    const abort = new AbortController();
    this.#listAbort = abort;
    this.listState = 'pending';
    const query = { ...this.query, pageSize: this.pageSize };
    const request = fetchApplications(this.api(), query, abort.signal);
    // The loading state only when the first answer is slow: a quick one paints the list without a flash of it (and
    // without the loading state's module competing with the rows).
    if (!this.page && this.#loadingTimer === undefined)
      this.#loadingTimer = setTimeout(() => {
        this.#loadingTimer = undefined;
        if (this.listState !== 'pending') return;
        this.loadingShown = true;
        this.#loadStates();
      }, LOADING_STATE_DELAY_MS);
    void request.then(
      (page) => {
        if (this.#listAbort !== abort) return;
        this.#listAbort = undefined;
        this.page = page;
        this.listError = undefined;
        this.listState = 'complete';
        // The empty state shows when its module arrives.
        if (page.total === 0) this.#loadStates();
        if (this.#announceNextLoad) {
          this.#announceNextLoad = false;
          announce(this.i18n.plural(page.total, this.i18n.msg.found));
        }
        this.#afterListPaint();
      },
      (error: unknown) => {
        if (this.#listAbort !== abort) return;
        this.#listAbort = undefined;
        this.listError = error;
        this.listState = 'error';
        this.#loadStates(); // the error state shows when its module arrives
        this.#afterListPaint();
      },
    );
  }

  /** Loads list-states.ts (the empty, loading and error states) and renders again with it; a failed load is retried next time. */
  #loadStates(): void {
    if (!this.#states)
      void import('./list-states.js').then(
        (states) => {
          this.#states = states;
          this.requestUpdate();
        },
        () => undefined,
      );
  }

  /**
   * Once the list's answer is painted (the update, then the frame after it), starts what the first rows do not
   * need: the filters panel with its agencies, and live status. A later load retries a panel that failed to load.
   */
  #afterListPaint(): void {
    if (this.#firstPainted) {
      void this.#loadFiltersPanel();
      return this.#loadLive();
    }
    if (this.#lazyFrame !== undefined || this.#lazyTimer !== undefined) return;
    void this.updateComplete.then(() => {
      if (!this.isConnected || this.#lazyFrame !== undefined || this.#lazyTimer !== undefined) return;
      this.#lazyFrame = requestAnimationFrame(() => {
        this.#lazyFrame = undefined;
        // rAF runs before the frame's paint; the task after it runs once the rows are on screen.
        this.#lazyTimer = setTimeout(() => {
          this.#lazyTimer = undefined;
          this.#firstPainted = true;
          this.requestUpdate(); // the panel's place in the «Фильтры» disclosure
          void this.#loadFiltersPanel();
          this.#loadLive();
        });
      });
    });
  }

  /**
   * The filters panel (<gu-application-filters>, which asks for its agencies itself): loaded once the list's first
   * answer is painted, so it never competes with the first rows; offline, a later load of the list tries again.
   */
  async #loadFiltersPanel(): Promise<void> {
    // Rendered as soon as the list is painted, it upgrades in place when its module is in.
    if (!customElements.get('gu-application-filters'))
      await import('./parts/gu-application-filters.js').catch(() => undefined);
  }

  // ——— Live status ———

  /**
   * Loads live status (live.ts, which then polls on its own while connected and signed in) once the first rows are
   * painted, if the tracker polls at all; after a failed load, the next load of the list tries again.
   */
  #loadLive(): void {
    if (this.#live || !this.#firstPainted || !(this.pollInterval > 0)) return;
    // (A module object, not destructured: the bundle then needs no wrapper around the import.)
    void import('./live.js').then(
      (live) => {
        this.#live ??= new live.LiveStatus(this, {
          api: () => this.api(),
          baseUrl: () => this.#context().baseUrl,
          signedIn: () => this.#signedIn,
          view: () => ({ page: this.page, msg: this.i18n.msg, locale: this.i18n.lang }),
          changed: (event) => {
            if (this.openId === event.applicationId) this.#detail()?.reload();
            this.requestUpdate();
          },
        });
      },
      () => undefined,
    );
  }

  // ——— List ———

  #setQuery(changes: Partial<ListQuery>, announceLoad = true): void {
    this.#announceNextLoad = announceLoad;
    this.query = { ...this.query, page: 1, ...changes };
  }

  #onSearchSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.#searchTimer);
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q')!;
    this.#listKey = undefined; // the same query submitted again is asked again (after a refusal, say)
    this.#setQuery({ q: input.value.trim() });
  }

  #onSearchInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.#searchTimer = undefined;
      if ((this.query.q ?? '') !== value) this.#setQuery({ q: value });
    }, 400);
  }

  /** A change in the filters panel; its reset also empties the search field. */
  #onFiltersChange({ detail }: GuApplicationFiltersChangeEvent): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q');
    if (detail.reset && input) input.value = '';
    this.#setQuery(detail.changes);
  }

  #goToPage(page: number): void {
    this.#announceNextLoad = true;
    this.query = { ...this.query, page };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#list-summary')?.focus());
  }

  async #open(application: Application): Promise<void> {
    if (application.unread) {
      application.unread = false;
      // Not worth an error: the mark returns next time. api.ts comes with the detail anyway.
      void import('./api.js').then((api) => api.markRead(this.api(), application.id).catch(() => undefined));
    }
    await this.openApplication(application.id, application.number);
  }

  /** Opens the detail of an application (e.g. from a deep link) and moves focus to its heading. */
  async openApplication(id: string, number = ''): Promise<void> {
    this.#lastOpenedId = id;
    // The event's class comes with the detail (events.ts), not with the list's first render.
    const [, events] = await Promise.all([import('./parts/gu-application-detail.js'), import('./events.js')]);
    this.openId = id;
    this.dispatchEvent(new events.GuApplicationOpenedEvent({ applicationId: id, number }));
    await this.updateComplete;
    void this.#detail()?.focusHeading();
  }

  #detail(): GuApplicationDetail | null {
    return this.renderRoot.querySelector<GuApplicationDetail>('gu-application-detail');
  }

  async #back(): Promise<void> {
    this.openId = undefined;
    this.#messageDraft = '';
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(
      `button.open[data-id="${CSS.escape(this.#lastOpenedId ?? '')}"]`,
    );
    (row ?? this.renderRoot.querySelector<HTMLElement>('#heading'))?.focus();
  }

  async #toggleChart(): Promise<void> {
    if (!this.chartShown) await import('./parts/gu-application-chart.js');
    this.chartShown = !this.chartShown;
  }

  /**
   * Saves every application that matches the search and filters (all pages, fetched through the API; csv.ts loads on
   * first use, formula-safe) as `applications.csv` and resolves its text.
   */
  exportCsv(): Promise<string> {
    const i18n = this.i18n;
    return import('./csv.js').then((csv) =>
      csv.exportApplicationsCsv(this.api(), this.query, i18n.msg, i18n.lang, this),
    );
  }

  /** Reloads the list (keeps the page, filters and sort). */
  refresh(): void {
    if (this.isConnected && this.#signedIn) this.#loadList();
  }

  // ——— Rendering ———

  #renderToolbar(): TemplateResult {
    const msg = this.i18n.msg;
    const q = this.query;
    const page = this.page;
    return html`
      <div class="toolbar" part="toolbar">
        <form class="search" role="search" aria-label=${msg.searchLabel} @submit=${this.#onSearchSubmit}>
          <div class="field">
            <label for="q">${msg.searchLabel}</label>
            <input id="q" type="search" .value=${q.q ?? ''} maxlength="200" @input=${this.#onSearchInput} />
          </div>
          <button class="btn btn--primary" type="submit">${msg.searchButton}</button>
        </form>
        <div class="field">
          <label for="sort">${msg.sortLabel}</label>
          <select
            id="sort"
            @change=${(e: Event) => this.#setQuery({ sort: (e.target as HTMLSelectElement).value as ApplicationSort })}
          >
            ${SORTS.map(
              (sort) => html`<option value=${sort} ?selected=${q.sort === sort}>${msg.sortOption(sort)}</option>`,
            )}
          </select>
        </div>
      </div>
      <details class="filters">
        <summary>${msg.filters}</summary>
        ${
          this.#firstPainted
            ? html`<gu-application-filters
                .ctx=${this.#context()}
                .query=${this.query}
                .counts=${this.page?.counts}
                locale=${this.i18n.locale}
                @gu-application-filters-change=${this.#onFiltersChange}
              ></gu-application-filters>`
            : nothing
        }
      </details>
      <div class="toolbar">
        <button class="btn" type="button" ?disabled=${!page || page.rows.length === 0} @click=${this.exportCsv}>
          ${msg.exportCsv}
        </button>
        <button class="btn" type="button" aria-expanded=${String(this.chartShown)} @click=${this.#toggleChart}>
          ${this.chartShown ? msg.hideChart : msg.showChart}
        </button>
      </div>
      ${
        this.chartShown
          ? html`<gu-application-chart .ctx=${this.#context()} locale=${this.i18n.locale}></gu-application-chart>`
          : nothing
      }
    `;
  }

  /**
   * One row, kept lean (the service and agency are the server's Russian names: lang="ru" whatever the UI language) — 50 are built at the first paint: no listener of its own (#onRowClick serves them all) and
   * one template instance unless overdue or unread. The status badge looks like <gu-status-badge> (text, an icon of
   * the tone's shape, a colour) but is drawn inline — 50 rows need no 50 shadow roots; its icon is the ::before.
   */
  #renderRow(application: Application): TemplateResult {
    const msg = this.i18n.msg;
    const overdue = overdueDays(application);
    // The due date is a calendar day: noon UTC is that same day in Moscow.
    return html`<li class="row" part="row">
      <div>
        <button class="open" type="button" lang="ru" data-id=${application.id}>${application.serviceTitle}</button>
        <span>${msg.numberValue(application.number)}</span>
      </div>
      <dl class="meta">
        <dt>${msg.agency}</dt>
        <dd lang="ru">${application.agencyTitle}</dd>
        <dt>${msg.submitted}</dt>
        <dd>${this.i18n.date(application.submittedAt)}</dd>
        <dt>${msg.decisionDue}</dt>
        <dd>
          ${application.decisionDue ? this.i18n.date(`${application.decisionDue}T12:00:00Z`) : msg.noDue}
          ${overdue > 0 ? html`<span class="overdue">${this.i18n.plural(overdue, msg.overdue)}</span>` : nothing}
        </dd>
      </dl>
      <div class="flags">
        <span class="badge tone-${STATUS_TONE[application.status]}">${msg.statusLabel(application.status)}</span>
        ${
          application.unread
            ? html`<span class="unread">${msg.unread}<span class="visually-hidden">: ${msg.unreadHint}</span></span>`
            : nothing
        }
      </div>
    </li>`;
  }

  /** A click (or Enter / Space) on a row's title opens that application: one listener for every row (firstUpdated). */
  #onRowClick(event: Event): void {
    const id = (event.target as Element).closest?.('ol.rows button.open')?.getAttribute('data-id');
    if (!id) return;
    for (const row of this.page?.rows ?? []) if (row.ok && row.application.id === id) void this.#open(row.application);
  }

  #renderList(page: ApplicationPage): TemplateResult | typeof nothing {
    const msg = this.i18n.msg;
    const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
    // Filtered or not, the empty state says it (list-states.ts, loaded when the list is empty).
    if (page.total === 0) return this.#states?.emptyState(this.i18n.lang, this.query) ?? nothing;
    const from = (page.page - 1) * page.pageSize + 1;
    const to = from + page.rows.length - 1;
    return html`
      <p class="summary" id="list-summary" tabindex="-1">
        ${this.i18n.plural(page.total, msg.found)}.
        ${msg.shownRange(this.i18n.number(from), this.i18n.number(to), this.i18n.number(page.total))}
      </p>
      <ol class="rows" part="list" aria-label=${msg.listLabel(page.page, pages)}>
        ${page.rows.map((row) =>
          row.ok
            ? this.#renderRow(row.application)
            : // Its text comes with list-states.ts (rare: loaded when a row is malformed; empty until then).
              html`<li class="row row--error" part="row">
                ${this.#states?.rowError(this.i18n.lang, row.number) ?? this.#loadStates()}
              </li>`,
        )}
      </ol>
      ${
        pages > 1
          ? html`<nav class="pager" part="pager" aria-label=${msg.pagination}>
              <button
                class="btn"
                type="button"
                aria-disabled=${String(page.page <= 1)}
                @click=${() => page.page > 1 && this.#goToPage(page.page - 1)}
              >
                ${msg.prevPage}
              </button>
              <span>${msg.pageOf(page.page, pages)}</span>
              <button
                class="btn"
                type="button"
                aria-disabled=${String(page.page >= pages)}
                @click=${() => page.page < pages && this.#goToPage(page.page + 1)}
              >
                ${msg.nextPage}
              </button>
            </nav>`
          : nothing
      }
    `;
  }

  #renderListState(): TemplateResult | typeof nothing {
    const page = this.page;
    switch (this.listState) {
      case 'complete':
      case 'pending':
        if (!page) break;
        // One template for both, so a new page updates the rows in place instead of building them anew.
        return html`<div class="content" aria-busy=${this.listState === 'pending' ? 'true' : nothing}>
          ${this.#renderList(page)}
        </div>`;
      case 'error':
        return this.#states?.listErrorState(this.listError, () => this.refresh()) ?? nothing;
      default:
    }
    return (this.loadingShown && this.#states?.loadingState(this.i18n.lang)) || nothing;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    const signedIn = this.#signedIn;
    return html`
      ${signedIn ? nothing : html`<gu-session-notice></gu-session-notice>`}
      ${
        signedIn
          ? html`<div class="content" lang=${this.i18n.lang}>
              <div ?hidden=${Boolean(this.openId)} class="content">
                <h2 id="heading" tabindex="-1">${msg.heading}</h2>
                ${this.#renderToolbar()} ${this.#renderListState()}
              </div>
              ${
                this.openId
                  ? html`<gu-application-detail
                      .ctx=${this.#context()}
                      .applicationId=${this.openId}
                      .messageDraft=${this.#messageDraft}
                      locale=${this.i18n.locale}
                      @gu-application-back=${this.#back}
                      @gu-application-status-changed=${() => this.refresh()}
                    ></gu-application-detail>`
                  : nothing
              }
            </div>`
          : nothing
      }
    `;
  }
}
