import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task, initialState } from '@lit/task';
import { createApiClient, isApiError, type ApiClient } from '../core/api/index.js';
import { LocaleController } from '../core/i18n/index.js';
import { baseStyles } from '../core/theme/index.js';
import { AnnouncerController } from '../core/ui/announcer.js';
import { sessionContext, type Session } from '../core/session/session-context.js';
import '../core/ui/gu-status-badge.js';
import '../core/ui/gu-loading-state.js';
import {
  STATUSES,
  fetchAgencies,
  fetchApplications,
  fetchEvents,
  markRead,
  saveBlob,
  type Agency,
  type Application,
  type ApplicationPage,
  type ApplicationSort,
  type ApplicationStatus,
  type ListQuery,
  type StatusEvent,
} from './api.js';
import { toCsv } from './csv.js';
import { controlStyles, trackerStyles } from './application-tracker.styles.js';
import {
  GuApplicationOpenedEvent,
  GuApplicationStatusChangedEvent,
  STATUS_TONE,
  overdueDays,
  statusLabels,
  trackerMessages,
} from './shared.js';

type DetailElement = HTMLElement & { focusHeading(): void; reload(): void };

const SORT_KEYS: Record<ApplicationSort, 'sortNewest' | 'sortOldest' | 'sortDueSoon' | 'sortDueLate' | 'sortStatus'> = {
  '-submittedAt': 'sortNewest',
  submittedAt: 'sortOldest',
  decisionDue: 'sortDueSoon',
  '-decisionDue': 'sortDueLate',
  status: 'sortStatus',
};

/**
 * @summary «Мои заявления»: the citizen's applications — search, filters by status, agency and period, sort,
 * counts per status, paging that keeps its place, CSV export, a lazily loaded chart, live status changes,
 * and the detail of one application (timeline, documents, actions, adding documents, messages with the operator).
 *
 * Reads the session from an enclosing `<gu-session>`; shows `<gu-session-notice>` while not signed in and keeps
 * what the citizen typed (a message, chosen files) until they sign in again.
 *
 * @fires gu-application-opened - The citizen opened an application (`applicationId`, `number`).
 * @fires gu-application-status-changed - A status changed live or by cancellation (`applicationId`, `number`, `status`, `previousStatus`).
 * @fires gu-application-action - Cancelable: continue a draft, resubmit a rejected application pre-filled, or apply again (`action`, `application`, `prefill`); the portal opens its service form.
 * @fires gu-application-document-added - A document was uploaded (`applicationId`, `document`).
 * @csspart list - The list of applications (`<ol>`).
 * @csspart row - One application in the list.
 * @csspart toolbar - Search, filters and list actions.
 * @csspart pager - Paging controls.
 * @cssprop --gu-color-primary - Links, buttons and the unread marker.
 * @cssprop --gu-color-error - Overdue dates and per-row errors.
 */
export class GuApplicationTracker extends LitElement {
  static override styles = [baseStyles, controlStyles, trackerStyles];

  static override properties = {
    apiBase: { attribute: 'api-base' },
    pageSize: { type: Number, attribute: 'page-size' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    locale: { reflect: true },
    query: { state: true },
    openId: { state: true },
    chartShown: { state: true },
    partsReady: { state: true },
  };

  private readonly i18n = new LocaleController(this, trackerMessages);
  private readonly announcer = new AnnouncerController(this, { minIntervalMs: 0 });
  private readonly session = new ContextConsumer(this, {
    context: sessionContext,
    subscribe: true,
    callback: () => this.onSession(),
  });

  /** API base URL; defaults to the session's `apiBase`. */
  declare apiBase: string;
  /** Applications per page (1–100). */
  declare pageSize: number;
  /** How often to ask for live status changes, in ms (0 turns live status off). */
  declare pollInterval: number;
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  declare locale: string | undefined;
  declare private query: ListQuery;
  declare private openId: string | undefined;
  declare private chartShown: boolean;
  declare private partsReady: Record<string, boolean>;

  private client?: ApiClient;
  private clientBase = '';
  private everSignedIn = false;
  private lastOpenedId?: string;
  private announceNextLoad = false;
  private cursor?: number;
  private pollTimer?: ReturnType<typeof setTimeout>;
  private pollAbort?: AbortController;
  private pollFailures = 0;
  private searchTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.apiBase = '';
    this.pageSize = 20;
    this.pollInterval = 15_000;
    this.query = { page: 1, pageSize: 20, sort: '-submittedAt', status: [] };
    this.openId = undefined;
    this.chartShown = false;
    this.partsReady = {};
  }

  private readonly listTask = new Task(this, {
    task: async ([query, signedIn], { signal }) => {
      if (!signedIn) return initialState;
      return fetchApplications(this.api(), { ...query, pageSize: this.pageSize }, signal);
    },
    args: () => [this.query, this.signedIn] as const,
  });

  private readonly agenciesTask = new Task(this, {
    task: async ([signedIn], { signal }) => (signedIn ? fetchAgencies(this.api(), signal) : initialState),
    args: () => [this.signedIn] as const,
  });

  /** Whether the session lets the widget load data. */
  private get signedIn(): boolean {
    const status = this.session.value?.status;
    return status === 'signed-in' || status === 'expiring';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.schedulePoll(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPoll();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize')) {
      this.pageSize = Math.min(100, Math.max(1, Math.floor(this.pageSize) || 20));
      if (this.query.pageSize !== this.pageSize) this.query = { ...this.query, pageSize: this.pageSize, page: 1 };
    }
    if (this.signedIn) this.everSignedIn = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('pollInterval')) this.schedulePoll(0);
  }

  /** The API client, created from `api-base` (or the session's) with the session's token access. */
  private api(): ApiClient {
    const base = this.apiBase || this.session.value?.apiBase || '/api';
    if (!this.client || this.clientBase !== base) {
      this.clientBase = base;
      this.client = createApiClient({
        baseUrl: base,
        auth: {
          getAccessToken: () => this.session.value?.apiAuth.getAccessToken() ?? null,
          renewAccessToken: async () => (await this.session.value?.apiAuth.renewAccessToken?.()) ?? null,
        },
        locale: () => this.i18n.locale,
      });
    }
    return this.client;
  }

  private onSession(): void {
    if (!this.signedIn && !this.partsReady['notice']) {
      void import('../core/session/gu-session-notice.js').then(() => {
        this.partsReady = { ...this.partsReady, notice: true };
      });
    }
    this.schedulePoll(0);
    this.requestUpdate();
  }

  // ——— Live status ———

  private stopPoll(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.pollAbort?.abort();
    this.pollAbort = undefined;
  }

  private schedulePoll(delay: number): void {
    this.stopPoll();
    if (!this.isConnected || !this.signedIn || !(this.pollInterval > 0)) return;
    this.pollTimer = setTimeout(() => void this.poll(), delay);
  }

  private async poll(): Promise<void> {
    const abort = new AbortController();
    this.pollAbort = abort;
    try {
      const { events, cursor } = await fetchEvents(this.api(), this.cursor, abort.signal);
      const first = this.cursor === undefined;
      this.cursor = cursor;
      this.pollFailures = 0;
      if (!first) for (const event of events) this.applyEvent(event);
    } catch (error) {
      if (isApiError(error) && error.kind === 'aborted') return;
      this.pollFailures += 1; // quiet: live status resumes when the server answers again
    }
    if (this.pollAbort === abort) {
      const backoff = Math.min(60_000, this.pollInterval * 2 ** Math.min(this.pollFailures, 4));
      this.schedulePoll(this.pollFailures > 0 ? backoff : this.pollInterval);
    }
  }

  private applyEvent(event: StatusEvent): void {
    const page = this.listTask.value;
    if (page) {
      const row = page.rows.find((r) => r.ok && r.application.id === event.applicationId);
      if (row?.ok) {
        const counts = page.counts;
        counts[event.previousStatus] = Math.max(0, counts[event.previousStatus] - 1);
        counts[event.status] += 1;
        row.application = { ...row.application, status: event.status, statusChangedAt: event.at, unread: true };
      }
    }
    const label = statusLabels[this.i18n.locale][event.status];
    this.announcer.announce(this.i18n.msg.statusChanged(event.number, label));
    this.dispatchEvent(
      new GuApplicationStatusChangedEvent(event.applicationId, event.number, event.status, event.previousStatus),
    );
    if (this.openId === event.applicationId) this.detail()?.reload();
    this.requestUpdate();
  }

  // ——— List ———

  private setQuery(changes: Partial<ListQuery>, announce = true): void {
    this.announceNextLoad = announce;
    this.query = { ...this.query, page: 1, ...changes };
  }

  private onSearchSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.searchTimer);
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q')!;
    this.setQuery({ q: input.value.trim() });
  }

  private onSearchInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      if ((this.query.q ?? '') !== value) this.setQuery({ q: value });
    }, 400);
  }

  private onStatusToggle(status: ApplicationStatus, checked: boolean): void {
    const current = new Set(this.query.status ?? []);
    if (checked) current.add(status);
    else current.delete(status);
    this.setQuery({ status: STATUSES.filter((s) => current.has(s)) });
  }

  private resetFilters(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q');
    if (input) input.value = '';
    this.setQuery({ q: '', status: [], agencyId: '', submittedFrom: '', submittedTo: '', sort: '-submittedAt' });
  }

  private goToPage(page: number): void {
    this.announceNextLoad = true;
    this.query = { ...this.query, page };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#list-summary')?.focus());
  }

  private async open(application: Application): Promise<void> {
    if (application.unread) {
      application.unread = false;
      markRead(this.api(), application.id).catch(() => undefined); // not worth an error: the mark returns next time
    }
    await this.openApplication(application.id, application.number);
  }

  /** Opens the detail of an application (e.g. from a deep link) and moves focus to its heading. */
  async openApplication(id: string, number = ''): Promise<void> {
    this.lastOpenedId = id;
    if (!this.partsReady['detail']) {
      await import('./parts/gu-application-detail.js');
      this.partsReady = { ...this.partsReady, detail: true };
    }
    this.openId = id;
    this.dispatchEvent(new GuApplicationOpenedEvent(id, number));
    await this.updateComplete;
    this.detail()?.focusHeading();
  }

  private detail(): DetailElement | null {
    return this.renderRoot.querySelector<DetailElement>('gu-application-detail');
  }

  private async back(): Promise<void> {
    this.openId = undefined;
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(
      `button.open[data-id="${CSS.escape(this.lastOpenedId ?? '')}"]`,
    );
    (row ?? this.renderRoot.querySelector<HTMLElement>('#heading'))?.focus();
  }

  private async toggleChart(): Promise<void> {
    if (!this.chartShown && !this.partsReady['chart']) {
      await import('./parts/gu-application-chart.js');
      this.partsReady = { ...this.partsReady, chart: true };
    }
    this.chartShown = !this.chartShown;
  }

  /** The visible page of the list as CSV (formula-safe), and saves it as `applications.csv`. Returns the text. */
  exportCsv(): string {
    const msg = this.i18n.msg;
    const labels = statusLabels[this.i18n.locale];
    const rows = (this.listTask.value?.rows ?? []).flatMap((row) => (row.ok ? [row.application] : []));
    const text = toCsv([
      [msg.number, msg.service, msg.agency, msg.submitted, msg.status, msg.decisionDue, msg.unread],
      ...rows.map((a) => [
        a.number,
        a.serviceTitle,
        a.agencyTitle,
        a.submittedAt.slice(0, 10),
        labels[a.status],
        a.decisionDue ?? '',
        a.unread ? msg.unread : '',
      ]),
    ]);
    saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), 'applications.csv');
    return text;
  }

  /** Reloads the list (keeps the page, filters and sort). */
  refresh(): void {
    void this.listTask.run();
  }

  // ——— Rendering ———

  private renderToolbar(page: ApplicationPage | undefined): TemplateResult {
    const msg = this.i18n.msg;
    const labels = statusLabels[this.i18n.locale];
    const q = this.query;
    const agencies: Agency[] = this.agenciesTask.value ?? [];
    return html`
      <div class="toolbar" part="toolbar">
        <form class="search" role="search" aria-label=${msg.searchLabel} @submit=${this.onSearchSubmit}>
          <div class="field">
            <label for="q">${msg.searchLabel}</label>
            <input id="q" type="search" .value=${q.q ?? ''} maxlength="200" @input=${this.onSearchInput} />
          </div>
          <button class="btn btn--primary" type="submit">${msg.searchButton}</button>
        </form>
        <div class="field">
          <label for="sort">${msg.sortLabel}</label>
          <select
            id="sort"
            @change=${(e: Event) => this.setQuery({ sort: (e.target as HTMLSelectElement).value as ApplicationSort })}
          >
            ${Object.entries(SORT_KEYS).map(
              ([value, key]) => html`<option value=${value} ?selected=${q.sort === value}>${msg[key]}</option>`,
            )}
          </select>
        </div>
      </div>
      <details class="filters">
        <summary>${msg.filters}</summary>
        <div class="filter-grid">
          <fieldset>
            <legend>${msg.statusLegend}</legend>
            <div class="statuses">
              ${STATUSES.map(
                (status) =>
                  html`<label class="check">
                    <input
                      type="checkbox"
                      .checked=${q.status?.includes(status) ?? false}
                      @change=${(e: Event) => this.onStatusToggle(status, (e.target as HTMLInputElement).checked)}
                    />
                    <span>${labels[status]}${page ? ` (${this.i18n.number(page.counts[status])})` : ''}</span>
                  </label>`,
              )}
            </div>
          </fieldset>
          <div class="field">
            <label for="agency">${msg.agencyLabel}</label>
            <select
              id="agency"
              @change=${(e: Event) => this.setQuery({ agencyId: (e.target as HTMLSelectElement).value })}
            >
              <option value="" ?selected=${!q.agencyId}>${msg.agencyAll}</option>
              ${agencies.map((a) => html`<option value=${a.id} ?selected=${q.agencyId === a.id}>${a.title}</option>`)}
            </select>
          </div>
          <fieldset>
            <legend>${msg.periodLegend}</legend>
            <div class="period">
              <div class="field">
                <label for="from">${msg.periodFrom}</label>
                <input
                  id="from"
                  type="date"
                  .value=${q.submittedFrom ?? ''}
                  @change=${(e: Event) => this.setQuery({ submittedFrom: (e.target as HTMLInputElement).value })}
                />
              </div>
              <div class="field">
                <label for="to">${msg.periodTo}</label>
                <input
                  id="to"
                  type="date"
                  .value=${q.submittedTo ?? ''}
                  @change=${(e: Event) => this.setQuery({ submittedTo: (e.target as HTMLInputElement).value })}
                />
              </div>
            </div>
          </fieldset>
          <div>
            <button class="btn" type="button" @click=${this.resetFilters}>${msg.resetFilters}</button>
          </div>
        </div>
      </details>
      <div class="toolbar">
        <button class="btn" type="button" ?disabled=${!page || page.rows.length === 0} @click=${this.exportCsv}>
          ${msg.exportCsv}
        </button>
        <button
          class="btn"
          type="button"
          aria-expanded=${this.chartShown ? 'true' : 'false'}
          @click=${this.toggleChart}
        >
          ${this.chartShown ? msg.hideChart : msg.showChart}
        </button>
      </div>
      ${
        this.chartShown && this.partsReady['chart']
          ? html`<gu-application-chart .client=${this.api()} locale=${this.i18n.locale}></gu-application-chart>`
          : nothing
      }
    `;
  }

  private renderRow(application: Application): TemplateResult {
    const msg = this.i18n.msg;
    const label = statusLabels[this.i18n.locale][application.status];
    const overdue = overdueDays(application);
    return html`<li class="row" part="row">
      <div>
        <button class="open" type="button" data-id=${application.id} @click=${() => this.open(application)}>
          ${application.serviceTitle}
        </button>
        <span>${msg.numberValue(application.number)}</span>
      </div>
      <dl class="meta">
        <dt>${msg.agency}</dt>
        <dd>${application.agencyTitle}</dd>
        <dt>${msg.submitted}</dt>
        <dd>${this.i18n.date(application.submittedAt)}</dd>
        <dt>${msg.decisionDue}</dt>
        <dd>
          ${application.decisionDue ? this.i18n.date(application.decisionDue, { dateStyle: 'long', timeZone: 'UTC' }) : msg.noDue}
          ${overdue > 0 ? html`<span class="overdue">${this.i18n.plural(overdue, msg.overdue)}</span>` : nothing}
        </dd>
      </dl>
      <div class="flags">
        <gu-status-badge tone=${STATUS_TONE[application.status]} label=${label}></gu-status-badge>
        ${
          application.unread
            ? html`<span class="unread">${msg.unread}<span class="visually-hidden">: ${msg.unreadHint}</span></span>`
            : nothing
        }
      </div>
    </li>`;
  }

  private renderList(page: ApplicationPage): TemplateResult {
    const msg = this.i18n.msg;
    const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
    if (page.total === 0) {
      const filtered = Boolean(
        this.query.q ||
        this.query.status?.length ||
        this.query.agencyId ||
        this.query.submittedFrom ||
        this.query.submittedTo,
      );
      return html`<gu-empty-state heading=${filtered ? msg.noMatchHeading : msg.emptyHeading} heading-level="3"
        >${filtered ? msg.noMatchText : msg.emptyText}</gu-empty-state
      >`;
    }
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
            ? this.renderRow(row.application)
            : html`<li class="row row--error" part="row">
                ${row.number ? msg.rowErrorNumber(row.number) : msg.rowError}
              </li>`,
        )}
      </ol>
      ${
        pages > 1
          ? html`<nav class="pager" part="pager" aria-label=${msg.pagination}>
              <button
                class="btn"
                type="button"
                aria-disabled=${page.page <= 1 ? 'true' : 'false'}
                @click=${() => page.page > 1 && this.goToPage(page.page - 1)}
              >
                ${msg.prevPage}
              </button>
              <span>${msg.pageOf(page.page, pages)}</span>
              <button
                class="btn"
                type="button"
                aria-disabled=${page.page >= pages ? 'true' : 'false'}
                @click=${() => page.page < pages && this.goToPage(page.page + 1)}
              >
                ${msg.nextPage}
              </button>
            </nav>`
          : nothing
      }
    `;
  }

  private renderListState(): TemplateResult | typeof nothing {
    const msg = this.i18n.msg;
    return this.listTask.render({
      initial: () => html`<gu-loading-state label=${msg.loadingList}></gu-loading-state>`,
      pending: () =>
        this.listTask.value
          ? html`<div aria-busy="true">${this.renderList(this.listTask.value)}</div>`
          : html`<gu-loading-state label=${msg.loadingList}></gu-loading-state>`,
      complete: (page) => {
        if (this.announceNextLoad) {
          this.announceNextLoad = false;
          this.announcer.announce(this.i18n.plural(page.total, msg.found));
        }
        return this.renderList(page);
      },
      error: (error) => {
        if (!this.partsReady['error'])
          void import('../core/ui/gu-error-state.js').then(() => {
            this.partsReady = { ...this.partsReady, error: true };
          });
        return html`<gu-error-state
          heading-level="3"
          .error=${isApiError(error) ? error : { kind: 'server' }}
          @gu-retry=${() => this.listTask.run()}
        ></gu-error-state>`;
      },
    }) as TemplateResult | typeof nothing;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    const signedIn = this.signedIn;
    const session: Session | undefined = this.session.value;
    if (this.listTask.value?.total === 0 && !this.partsReady['empty'])
      void import('../core/ui/gu-empty-state.js').then(() => {
        this.partsReady = { ...this.partsReady, empty: true };
      });
    return html`
      ${
        signedIn
          ? nothing
          : this.partsReady['notice']
            ? html`<gu-session-notice heading-level="3" ?drafts-saved=${this.everSignedIn}></gu-session-notice>`
            : html`<p class="notice" role="status">${msg.signedOut}</p>`
      }
      ${
        this.everSignedIn
          ? html`<div class="content" ?hidden=${!signedIn} ?inert=${!signedIn} lang=${this.i18n.lang}>
              <div ?hidden=${Boolean(this.openId)} class="content">
                <h2 id="heading" tabindex="-1">${msg.heading}</h2>
                ${this.renderToolbar(this.listTask.value)} ${this.renderListState()}
              </div>
              ${
                this.openId && this.partsReady['detail']
                  ? html`<gu-application-detail
                      .client=${this.api()}
                      .applicationId=${this.openId}
                      .session=${session}
                      .baseUrl=${this.clientBase}
                      locale=${this.i18n.locale}
                      @gu-application-back=${this.back}
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
