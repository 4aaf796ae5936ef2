import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isApiError } from '../../core/api/index.js';
import { LocaleController, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import '../../core/ui/gu-empty-state.js';
import '../../core/ui/gu-error-state.js';
import '../../core/ui/gu-loading-state.js';
import { ActionController } from '../../core/widget/action.js';
import { NO_FILTERS, type FeedFilters, type FeedPlace } from '../context.js';
import { changeNotification, listNotifications, markAllRead } from '../feed-api.js';
import { feedRu, type FeedMessages } from '../locales/feed-ru.js';
import type { NotificationsSnapshot } from '../store.js';
import {
  NOTIFICATION_CATEGORIES,
  type Notification,
  type NotificationCategory,
  type NotificationPage,
} from '../types.js';
import { feedStyles } from './feed.styles.js';
import { archivedFrom, isAlert, knownUnread, renderCategory, renderLink, renderUnread, unreadAfter } from './item.js';
import { itemStyles } from './item.styles.js';
import { NotificationsPart } from './part.js';

export const feedMessages: LazyCatalogs<FeedMessages> = {
  ru: feedRu,
  en: () => import('../locales/feed-en.js').then((module) => module.feedEn),
};

type ListState = 'loading' | 'ready' | 'error';

/**
 * Where the opened notification sat in the list: when it is not there any more on the way back (read, with «Только
 * непрочитанные»; deleted), the one now in its place takes focus.
 */
const openedAt = new WeakMap<FeedPlace, number>();

/** Why a page is loaded: what is said or focused once it is in. */
type LoadReason = 'first' | 'filters' | 'page' | 'reload' | 'live' | 'action';

/** What the notice under the tools says (an archived one offers «Отменить»). */
type Notice = { text: string; undo?: { id: string; title: string } };

function hasFilters(filters: FeedFilters): boolean {
  return Boolean(filters.categories.length || filters.from || filters.to || filters.unreadOnly || filters.q.trim());
}

/**
 * @summary The feed of <gu-notifications>: each notification with its category (text and icon), title, sender, date,
 * «Новое» while unread, and a link to what it is about; unread security alerts first, leading to the security
 * settings. Filters (category, period, unread only), a search in titles and texts, server pages that keep their place
 * (5 000 stay smooth), «Отметить все прочитанными» with the count in its confirmation, the archive with «Отменить»,
 * and the page reloaded (focus kept) when new ones arrive or another tab changes some. Internal to <gu-notifications>.
 */
export class GuNotificationsFeed extends NotificationsPart<FeedMessages> {
  static override styles = [baseStyles, partStyles, itemStyles, feedStyles];

  static override properties = {
    listState: { state: true },
    page: { state: true },
    listError: { state: true },
    filters: { state: true },
    pageNumber: { state: true },
    dateError: { state: true },
    confirmAll: { state: true },
    notice: { state: true },
  };

  protected readonly i18n = new LocaleController(this, feedMessages);
  private readonly action = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : `${this.i18n.msg.actionFailed} ${this.errorText(error)}`,
  );

  declare private listState: ListState;
  declare private page: NotificationPage | undefined;
  declare private listError: unknown;
  /** The filters applied (the form may hold a search not sent yet). */
  declare private filters: FeedFilters;
  declare private pageNumber: number;
  declare private dateError: string;
  /** «Отметить все прочитанными» asks to confirm. */
  declare private confirmAll: boolean;
  declare private notice: Notice | undefined;

  #restored = false;
  #seenRevision = -1;
  #request: AbortController | undefined;
  #firstLoad: Promise<void>;
  #resolveFirstLoad: (() => void) | undefined;

  constructor() {
    super();
    this.listState = 'loading';
    this.page = undefined;
    this.listError = undefined;
    this.filters = { ...NO_FILTERS };
    this.pageNumber = 1;
    this.dateError = '';
    this.confirmAll = false;
    this.notice = undefined;
    this.#firstLoad = new Promise((resolve) => (this.#resolveFirstLoad = resolve));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('ctx') || !this.ctx || this.#restored) return;
    this.#restored = true;
    const place = this.ctx.place;
    this.filters = { ...place.filters, categories: [...place.filters.categories] };
    this.pageNumber = place.page;
    this.#seenRevision = this.ctx.store.snapshot.externalRevision;
    const archived = archivedFrom.get(place);
    if (archived) {
      archivedFrom.delete(place);
      this.notice = { text: this.i18n.msg.archivedOne(archived.title), undo: archived };
    }
    void this.#load('first');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
    this.#request = undefined;
  }

  protected override resumeAfterMove(): void {
    if (this.listState === 'loading' && this.ctx) void this.#load('reload');
  }

  /** New ones arrived, or another tab or device changed some: the page is asked for again (focus stays). */
  protected override storeChanged(snapshot: NotificationsSnapshot): void {
    this.requestUpdate();
    if (this.#seenRevision < 0 || snapshot.externalRevision <= this.#seenRevision) return;
    this.#seenRevision = snapshot.externalRevision;
    if (this.page) void this.#load('live');
  }

  protected override burstText(count: number): string {
    return this.i18n.plural(count, this.i18n.msg.newItems);
  }

  /**
   * Back from a notification: its row's title takes focus (or, after an archive from there, «Отменить»); otherwise
   * the heading.
   */
  override async focusHeading(): Promise<void> {
    const focusId = this.ctx?.place.focusId;
    if (this.ctx) this.ctx.place.focusId = undefined;
    if (focusId || this.notice?.undo) {
      await this.#firstLoad;
      await this.updateComplete;
      const target = this.notice?.undo
        ? this.renderRoot.querySelector<HTMLElement>('[data-undo]')
        : (this.#control(focusId!, 'open') ?? this.#nearest());
      if (target) {
        target.focus();
        return;
      }
    }
    await super.focusHeading();
  }

  /** The title of the row now where the opened one was (or the last row), else the count of what is found. */
  #nearest(): HTMLElement | null {
    const titles = [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-id] [data-action="open"]')];
    const at = this.ctx ? (openedAt.get(this.ctx.place) ?? 0) : 0;
    return titles[Math.min(at, titles.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#summary');
  }

  /** A row's control (`open`, `archive`, `link`) by the notification's id. */
  #control(id: string, action: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] [data-action="${action}"]`);
  }

  /** Remembers where the citizen is, for the next time the feed is drawn. */
  #keep(): void {
    if (!this.ctx) return;
    this.ctx.place.filters = this.filters;
    this.ctx.place.page = this.pageNumber;
  }

  async #load(reason: LoadReason): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const signal = AbortSignal.any([request.signal, this.abort.signal]);
    // What had focus in the list stays focused when the page comes back (new ones arrived, another tab).
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const activeRow = active?.closest<HTMLElement>('li[data-id]');
    const refocus = activeRow
      ? { id: activeRow.dataset['id']!, action: active!.getAttribute('data-action') ?? 'open' }
      : undefined;
    this.listState = 'loading';
    try {
      const page = await listNotifications(
        this.ctx.client,
        { ...this.filters, page: this.pageNumber, pageSize: this.ctx.pageSize },
        signal,
      );
      if (request !== this.#request) return;
      const pages = Math.max(1, Math.ceil(page.total / this.ctx.pageSize));
      if (page.items.length === 0 && this.pageNumber > pages) {
        // Fewer notifications than when this page was kept: the last page there is.
        this.pageNumber = pages;
        this.#keep();
        this.#request = undefined;
        void this.#load(reason);
        return;
      }
      this.page = page;
      this.listState = 'ready';
      this.listError = undefined;
      if (reason === 'filters') this.announcer.announce(this.i18n.plural(page.total, this.i18n.msg.found));
      if (reason === 'page') void this.focusOn('#summary');
      if (refocus && (reason === 'live' || reason === 'action')) {
        await this.updateComplete;
        this.#control(refocus.id, refocus.action)?.focus();
      }
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

  // ——— Filters ———

  #applyFilters(filters: FeedFilters): void {
    this.filters = filters;
    this.pageNumber = 1;
    this.confirmAll = false;
    this.notice = undefined;
    this.#keep();
    void this.#load('filters');
  }

  #read(form: HTMLFormElement): FeedFilters | undefined {
    const value = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
    const checked = (name: string) => Boolean((form.elements.namedItem(name) as HTMLInputElement | null)?.checked);
    const from = value('from');
    const to = value('to');
    if (from && to && to < from) {
      this.dateError = this.i18n.msg.dateOrder;
      void this.focusOn('#to');
      return undefined;
    }
    this.dateError = '';
    const category = value('category');
    return {
      categories: NOTIFICATION_CATEGORIES.includes(category as NotificationCategory)
        ? [category as NotificationCategory]
        : [],
      from,
      to,
      unreadOnly: checked('unread'),
      q: value('q').trim(),
      archived: value('show') === 'archive',
    };
  }

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const filters = this.#read(event.currentTarget as HTMLFormElement);
    if (filters) this.#applyFilters(filters);
  };

  /** Category, unread only and feed/archive apply at once; dates and the search with «Найти» (Enter). */
  readonly #onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    if (target.type === 'date' || target.type === 'search') return;
    const filters = this.#read(target.form!);
    if (filters) this.#applyFilters(filters);
  };

  readonly #reset = (): void => {
    this.dateError = '';
    this.#applyFilters({ ...NO_FILTERS, archived: this.filters.archived });
    void this.focusOn('#q');
  };

  #goToPage(page: number): void {
    this.pageNumber = page;
    this.#keep();
    void this.#load('page');
  }

  // ——— Actions ———

  #open(item: Notification): void {
    this.ctx.place.focusId = item.id;
    openedAt.set(this.ctx.place, this.page?.items.indexOf(item) ?? 0);
    this.#keep();
    this.navigate({ view: 'notification', notificationId: item.id });
  }

  /** The unread count of the feed as the page knows it. */
  #unread(): number {
    return knownUnread(this.ctx.store.snapshot, this.page?.unreadCount ?? 0);
  }

  /** Moves one to the archive (or back): the list follows, «Отменить» is offered and takes focus. */
  async #archive(item: Notification, back: boolean): Promise<void> {
    const msg = this.i18n.msg;
    await this.action.run(async () => {
      const updated = await changeNotification(
        this.ctx.client,
        item.id,
        back ? 'unarchive' : 'archive',
        this.abort.signal,
      );
      this.ctx.store.applied(
        {
          change: back ? 'unarchived' : 'archived',
          ids: [item.id],
          unreadCount: unreadAfter(this.#unread(), item, updated),
        },
        updated,
      );
      const text = back ? msg.unarchived(item.title) : msg.archivedOne(item.title);
      this.notice = back ? { text } : { text, undo: { id: item.id, title: item.title } };
      this.announcer.announce(text);
      await this.#load('action');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(back ? '#notice' : '[data-undo]')?.focus();
    });
  }

  readonly #undo = async (): Promise<void> => {
    const undo = this.notice?.undo;
    if (!undo) return;
    await this.action.run(async () => {
      const updated = await changeNotification(this.ctx.client, undo.id, 'unarchive', this.abort.signal);
      this.ctx.store.applied(
        {
          change: 'unarchived',
          ids: [undo.id],
          unreadCount: unreadAfter(this.#unread(), { ...updated, archived: true }, updated),
        },
        updated,
      );
      const text = this.i18n.msg.undone(undo.title);
      this.notice = { text };
      this.announcer.announce(text);
      await this.#load('action');
      await this.updateComplete;
      (this.#control(undo.id, 'open') ?? this.renderRoot.querySelector<HTMLElement>('#notice'))?.focus();
    });
  };

  readonly #askAll = (): void => {
    if (this.#unread() === 0) return;
    this.confirmAll = true;
    this.notice = undefined;
    void this.focusOn('[data-confirm-all]');
  };

  readonly #cancelAll = (): void => {
    this.confirmAll = false;
    void this.focusOn('[data-mark-all]');
  };

  /** Marks read what the citizen saw: up to the newest notification known when they confirmed. */
  readonly #markAll = async (): Promise<void> => {
    const msg = this.i18n.msg;
    const seen = [...(this.page?.items ?? []), ...this.ctx.store.snapshot.latest].map((item) => item.createdAt);
    const before = seen.length ? seen.reduce((a, b) => (a > b ? a : b)) : undefined;
    const count = this.#unread();
    await this.action.run(async () => {
      const updated = await markAllRead(this.ctx.client, before, this.abort.signal);
      this.ctx.store.applied({ change: 'read-all', ids: [], unreadCount: Math.max(0, count - updated) });
      this.confirmAll = false;
      this.announcer.announce(this.i18n.plural(updated, msg.markedAll));
      await this.#load('action');
      await this.focusOn('[data-mark-all]');
    });
  };

  // ——— Rendering ———

  #renderFilters(): TemplateResult {
    const msg = this.i18n.msg;
    const f = this.filters;
    const category = f.categories.length === 1 ? f.categories[0] : '';
    return html`<form
      class="filters"
      role="search"
      aria-label=${msg.filtersLabel}
      novalidate
      @submit=${this.#onSubmit}
      @change=${this.#onChange}
    >
      <fieldset class="show">
        <legend>${msg.show}</legend>
        <label class="choice"
          ><input type="radio" name="show" value="feed" .checked=${!f.archived} /> ${msg.showFeed}</label
        >
        <label class="choice"
          ><input id="show-archive" type="radio" name="show" value="archive" .checked=${f.archived} />
          ${msg.showArchive}</label
        >
      </fieldset>
      <div class="search">
        <label for="q">${msg.search}</label>
        <div class="search-row">
          <input
            id="q"
            name="q"
            class="input"
            type="search"
            maxlength="200"
            enterkeyhint="search"
            autocomplete="off"
            aria-describedby="q-hint"
            .value=${f.q}
          />
          <button class="btn btn-primary" type="submit">${msg.find}</button>
        </div>
        <p id="q-hint" class="hint muted">${msg.searchHint}</p>
      </div>
      <div>
        <label for="category">${msg.category}</label>
        <select id="category" name="category" class="input">
          <option value="" .selected=${!category}>${msg.allCategories}</option>
          ${NOTIFICATION_CATEGORIES.map(
            (value) => html`<option value=${value} .selected=${category === value}>${msg.categoryName(value)}</option>`,
          )}
        </select>
      </div>
      <fieldset>
        <legend>${msg.periodLegend}</legend>
        <div class="period">
          <div>
            <label for="from">${msg.from}</label>
            <input id="from" name="from" class="input" type="date" .value=${f.from} />
          </div>
          <div>
            <label for="to">${msg.to}</label>
            <input
              id="to"
              name="to"
              class="input"
              type="date"
              .value=${f.to}
              aria-invalid=${this.dateError ? 'true' : nothing}
              aria-describedby="to-error"
            />
            <p id="to-error" class=${this.dateError ? 'field-error' : 'field-error is-empty'} role="alert">
              ${this.dateError}
            </p>
          </div>
        </div>
      </fieldset>
      <label class="choice unread-only"
        ><input type="checkbox" name="unread" .checked=${f.unreadOnly} /> ${msg.unreadOnly}</label
      >
    </form>`;
  }

  #renderTools(): TemplateResult | typeof nothing {
    const msg = this.i18n.msg;
    if (this.filters.archived) return nothing;
    const unread = this.#unread();
    return html`<div class="tools">
        <p class="count">${unread ? this.i18n.plural(unread, msg.unreadCount) : msg.noneUnread}</p>
        <button
          class="btn"
          type="button"
          data-mark-all
          aria-disabled=${String(unread === 0)}
          aria-expanded=${String(this.confirmAll)}
          aria-controls="confirm-all"
          @click=${this.#askAll}
        >
          ${msg.markAllRead}
        </button>
      </div>
      <div
        id="confirm-all"
        class="confirm card"
        role="group"
        aria-labelledby="confirm-all-question"
        ?hidden=${!this.confirmAll}
      >
        ${
          this.confirmAll
            ? html`<p id="confirm-all-question">${this.i18n.plural(unread, msg.markAllQuestion)}</p>
                <div class="actions">
                  <button
                    class="btn btn-primary"
                    type="button"
                    data-confirm-all
                    aria-busy=${this.action.busy ? 'true' : nothing}
                    @click=${this.#markAll}
                  >
                    ${msg.markAllConfirm}
                  </button>
                  <button class="btn" type="button" @click=${this.#cancelAll}>${msg.cancel}</button>
                </div>`
            : nothing
        }
      </div>`;
  }

  #renderNotice(): TemplateResult {
    const notice = this.notice;
    return html`<div class=${notice ? 'notice' : 'notice is-empty'}>
      ${
        notice
          ? html`<p id="notice" tabindex="-1">${notice.text}</p>
              ${
                notice.undo
                  ? html`<button class="btn" type="button" data-undo @click=${this.#undo}>
                      ${this.i18n.msg.undo}
                    </button>`
                  : nothing
              }`
          : nothing
      }
    </div>`;
  }

  #renderRow(item: Notification): TemplateResult {
    const msg = this.i18n.msg;
    const titleId = `t-${item.id}`;
    const classes = ['row', item.read ? '' : 'is-unread', isAlert(item) ? 'is-alert' : ''].filter(Boolean).join(' ');
    return html`<li class=${classes} data-id=${item.id}>
      <div class="meta">
        ${renderCategory(msg, item)} ${renderUnread(msg, item)}
        <span class="muted">${this.date(item.createdAt)}</span>
      </div>
      <h4 class="title">
        <button id=${titleId} class="open" type="button" data-action="open" lang="ru" @click=${() => this.#open(item)}>
          ${item.title}
        </button>
      </h4>
      <p class="sender muted"><span>${msg.sender}:</span> <span lang="ru">${item.sender}</span></p>
      <p class="preview" lang="ru">${item.body}</p>
      <div class="row-actions">
        ${renderLink(this, msg, item, this.ctx.securityHref, titleId)}
        <button
          class="btn"
          type="button"
          data-action="archive"
          aria-label=${item.archived ? msg.unarchiveAction(item.title) : msg.archiveAction(item.title)}
          @click=${() => void this.#archive(item, item.archived)}
        >
          ${item.archived ? msg.unarchive : msg.archive}
        </button>
      </div>
    </li>`;
  }

  #renderPager(page: NotificationPage): TemplateResult | typeof nothing {
    const msg = this.i18n.msg;
    const pages = Math.ceil(page.total / this.ctx.pageSize);
    if (pages <= 1) return nothing;
    const current = this.pageNumber;
    const loading = this.listState === 'loading';
    return html`<nav class="pager" aria-label=${msg.pagination}>
      <button
        class="btn"
        type="button"
        data-prev
        aria-disabled=${String(current <= 1)}
        @click=${() => current > 1 && !loading && this.#goToPage(current - 1)}
      >
        ${msg.prevPage}
      </button>
      <span>${msg.pageOf(this.i18n.number(current), this.i18n.number(pages))}</span>
      <button
        class="btn"
        type="button"
        data-next
        aria-disabled=${String(current >= pages)}
        @click=${() => current < pages && !loading && this.#goToPage(current + 1)}
      >
        ${msg.nextPage}
      </button>
    </nav>`;
  }

  #renderError(): TemplateResult {
    return html`<gu-error-state
      heading-level="4"
      heading=${this.i18n.msg.loadFailedHeading}
      retryable
      .error=${isApiError(this.listError) ? this.listError : { kind: 'server' }}
      @gu-error-state-retry=${() => void this.#load('reload')}
    ></gu-error-state>`;
  }

  #renderList(): TemplateResult {
    const msg = this.i18n.msg;
    const page = this.page;
    if (!page) {
      if (this.listState === 'error') return this.#renderError();
      return html`<gu-loading-state label=${msg.loading} delay="300"></gu-loading-state>`;
    }
    const archive = this.filters.archived;
    const empty =
      page.total === 0 && !hasFilters(this.filters)
        ? html`<gu-empty-state heading-level="4" heading=${archive ? msg.emptyArchiveHeading : msg.emptyHeading}>
            ${archive ? msg.emptyArchiveText : msg.emptyText}
          </gu-empty-state>`
        : page.total === 0
          ? html`<gu-empty-state heading-level="4" heading=${msg.nothingFoundHeading}>
              ${msg.nothingFoundText}
              <button slot="action" class="btn" type="button" data-reset @click=${this.#reset}>${msg.reset}</button>
            </gu-empty-state>`
          : undefined;
    return html`${this.#renderFilters()} ${this.#renderTools()} ${this.#renderNotice()}
      <p id="problem" class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">
        ${this.action.problem}
      </p>
      ${this.listState === 'error' ? this.#renderError() : nothing}
      <div class="content" aria-busy=${this.listState === 'loading' ? 'true' : 'false'}>
        <p id="summary" class="summary" tabindex="-1">${this.i18n.plural(page.total, msg.found)}</p>
        <p class=${this.ctx.store.snapshot.liveBroken ? 'live-broken' : 'live-broken is-empty'} role="status">
          ${this.ctx.store.snapshot.liveBroken ? msg.liveBroken : ''}
        </p>
        <p class=${page.skipped ? 'skipped' : 'skipped is-empty'} role="status">
          ${page.skipped ? this.i18n.plural(page.skipped, msg.skipped) : ''}
        </p>
        ${
          empty ??
          html`<ol class="rows" aria-label=${msg.listLabel}>
            ${repeat(
              page.items,
              (item) => item.id,
              (item) => this.#renderRow(item),
            )}
          </ol>`
        }
        ${this.#renderPager(page)}
      </div>`;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    const firstLoading = !this.page && this.listState === 'loading';
    return html`<section aria-labelledby="feed-heading" aria-busy=${firstLoading ? 'true' : 'false'}>
      <h3 id="feed-heading" tabindex="-1">${this.filters.archived ? msg.archiveHeading : msg.heading}</h3>
      ${this.ctx ? this.#renderList() : nothing}
    </section>`;
  }
}

if (!customElements.get('gu-notifications-feed')) customElements.define('gu-notifications-feed', GuNotificationsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'gu-notifications-feed': GuNotificationsFeed;
  }
}
