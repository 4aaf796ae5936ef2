import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isApiError } from '../../core/api/index.js';
import { formatDateTime } from '../../core/i18n/format.js';
import { LocaleController, type LazyCatalogs } from '../../core/i18n/index.js';
import { baseStyles } from '../../core/theme/base-styles.js';
import { partStyles } from '../../core/theme/looks/part.js';
import '../../core/ui/gu-error-state.js';
import '../../core/ui/gu-loading-state.js';
import { ActionController } from '../../core/widget/action.js';
import { changeNotification, deleteNotification, getNotification, type AccountOperation } from '../feed-api.js';
import { detailRu, type DetailMessages } from '../locales/detail-ru.js';
import type { Notification } from '../types.js';
import { archivedFrom, renderCategory, renderLink, renderUnread, unreadAfter } from './item.js';
import { detailStyles } from './detail.styles.js';
import { itemStyles } from './item.styles.js';
import { NotificationsPart } from './part.js';

export const detailMessages: LazyCatalogs<DetailMessages> = {
  ru: detailRu,
  en: () => import('../locales/detail-en.js').then((module) => module.detailEn),
};

type LoadState = 'loading' | 'ready' | 'error' | 'missing';

/**
 * @summary One notification opened from the feed: its category, title, sender, date and whole text, the link to what
 * it is about (a security alert's to the security settings); marked read when opened; «Отметить непрочитанным», «В
 * архив» (the feed offers «Отменить»), «Удалить» (the confirmation says the deletion is logged in the operations
 * history, then names the entry); «Назад к уведомлениям» returns to the feed at the same place with focus on this
 * notification. Internal to <gu-notifications>.
 */
export class GuNotificationsDetail extends NotificationsPart<DetailMessages> {
  static override styles = [baseStyles, partStyles, itemStyles, detailStyles];

  static override properties = {
    state: { state: true },
    item: { state: true },
    loadError: { state: true },
    confirmRemove: { state: true },
    removed: { state: true },
    status: { state: true },
  };

  protected readonly i18n = new LocaleController(this, detailMessages);
  private readonly action = new ActionController(this, (error) =>
    this.aborted(error) ? undefined : `${this.i18n.msg.actionFailed} ${this.errorText(error)}`,
  );

  declare private state: LoadState;
  declare private item: Notification | undefined;
  declare private loadError: unknown;
  declare private confirmRemove: boolean;
  /** The deletion's entry in the operations history, once deleted. */
  declare private removed: AccountOperation | undefined;
  /** What the last action changed («снова непрочитанное»), said next to the actions. */
  declare private status: string;

  #loadedId: string | undefined;
  #loaded: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.state = 'loading';
    this.item = undefined;
    this.loadError = undefined;
    this.confirmRemove = false;
    this.removed = undefined;
    this.status = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('ctx') || !this.ctx) return;
    const id = this.ctx.notificationId;
    if (id && id !== this.#loadedId) {
      this.#loadedId = id;
      this.#loaded = this.#load(id);
    } else if (!id) this.state = 'missing';
  }

  protected override resumeAfterMove(): void {
    if (this.state === 'loading' && this.#loadedId) this.#loaded = this.#load(this.#loadedId);
  }

  override async focusHeading(): Promise<void> {
    await this.#loaded;
    await super.focusHeading();
  }

  /** Loads it and marks it read (the bell, the feed and the other tabs follow through the store). */
  async #load(id: string): Promise<void> {
    this.state = 'loading';
    try {
      let item = await getNotification(this.ctx.client, id, this.abort.signal);
      this.item = item;
      this.state = 'ready';
      if (!item.read && !item.archived) {
        const before = item;
        item = await changeNotification(this.ctx.client, id, 'read', this.abort.signal).catch(() => before);
        if (item !== before) {
          this.#report('read', before, item);
          this.item = item;
        }
      }
    } catch (error) {
      if (this.aborted(error)) return;
      this.loadError = error;
      this.state = isApiError(error) && error.kind === 'not-found' ? 'missing' : 'error';
    }
  }

  /**
   * Tells the page's store what changed (the bell and the other tabs follow). Before the store knows the count (the
   * view opened directly), it asks for the summary again instead of guessing.
   */
  #report(
    change: 'read' | 'unread' | 'archived' | 'unarchived' | 'deleted',
    before: Notification,
    after?: Notification,
  ): void {
    const store = this.ctx.store;
    if (store.snapshot.status !== 'ready') {
      void store.refresh();
      return;
    }
    const unreadCount = unreadAfter(store.snapshot.unreadCount, before, after);
    store.applied({ change, ids: [before.id], unreadCount }, after);
  }

  readonly #back = (): void => {
    if (this.removed) this.ctx.place.focusId = undefined;
    this.navigate({ view: 'feed' });
  };

  readonly #toggleRead = async (): Promise<void> => {
    const item = this.item;
    if (!item) return;
    const msg = this.i18n.msg;
    await this.action.run(async () => {
      const updated = await changeNotification(
        this.ctx.client,
        item.id,
        item.read ? 'unread' : 'read',
        this.abort.signal,
      );
      this.#report(updated.read ? 'read' : 'unread', item, updated);
      this.item = updated;
      this.status = updated.read ? msg.markedRead : msg.markedUnread;
      this.announcer.announce(this.status);
    });
  };

  /** To the archive: back to the feed, which offers «Отменить». From the archive: stays, says so. */
  readonly #toggleArchive = async (): Promise<void> => {
    const item = this.item;
    if (!item) return;
    const msg = this.i18n.msg;
    await this.action.run(async () => {
      const back = item.archived;
      const updated = await changeNotification(
        this.ctx.client,
        item.id,
        back ? 'unarchive' : 'archive',
        this.abort.signal,
      );
      this.#report(back ? 'unarchived' : 'archived', item, updated);
      this.item = updated;
      if (back) {
        this.status = msg.unarchivedHere;
        this.announcer.announce(this.status);
        return;
      }
      this.announcer.announce(msg.archivedHere);
      archivedFrom.set(this.ctx.place, { id: item.id, title: item.title });
      this.ctx.place.focusId = undefined;
      this.navigate({ view: 'feed' });
    });
  };

  readonly #askRemove = (): void => {
    this.confirmRemove = true;
    void this.focusOn('[data-confirm-remove]');
  };

  readonly #cancelRemove = (): void => {
    this.confirmRemove = false;
    void this.focusOn('[data-remove]');
  };

  readonly #remove = async (): Promise<void> => {
    const item = this.item;
    if (!item) return;
    await this.action.run(async () => {
      const operation = await deleteNotification(this.ctx.client, item.id, this.abort.signal);
      this.#report('deleted', item);
      this.removed = operation;
      this.confirmRemove = false;
      await this.focusOn('#done');
    });
  };

  // ——— Rendering ———

  #renderBack(): TemplateResult {
    return html`<div class="actions">
      <button class="btn" type="button" data-back @click=${this.#back}>${this.i18n.msg.back}</button>
    </div>`;
  }

  #renderRemoved(operation: AccountOperation): TemplateResult {
    const msg = this.i18n.msg;
    return html`<h3 tabindex="-1">${msg.removed}</h3>
      <p id="done" class="done" tabindex="-1">
        ${msg.removed}
        <span lang="ru">${msg.removedLog(operation.title, formatDateTime(this.i18n.locale, operation.at))}</span>
      </p>
      ${this.#renderBack()}`;
  }

  #renderItem(item: Notification): TemplateResult {
    const msg = this.i18n.msg;
    const paragraphs = item.body.split(/\n\s*\n/).filter((text) => text.trim());
    const alert = item.category === 'security' && !item.read;
    return html`<article class=${alert ? 'card is-alert' : 'card'} aria-labelledby="title">
        <div class="marks">
          ${renderCategory(msg, item)} ${renderUnread(msg, item)}
          ${item.archived ? html`<span class="muted">${msg.archivedBadge}</span>` : nothing}
        </div>
        <h3 id="title" tabindex="-1" lang="ru">${item.title}</h3>
        <dl>
          <div>
            <dt>${msg.sender}</dt>
            <dd lang="ru">${item.sender}</dd>
          </div>
          <div>
            <dt>${msg.date}</dt>
            <dd>${formatDateTime(this.i18n.locale, item.createdAt)}</dd>
          </div>
        </dl>
        <div class="body" lang="ru">
          ${paragraphs.map(
            // A line break inside a paragraph stays one (the builds drop template white space, so no pre-line).
            (text) => html`<p>${text.split('\n').map((line, index) => html`${index ? html`<br />` : ''}${line}`)}</p>`,
          )}
        </div>
        ${renderLink(this, msg, item, this.ctx.securityHref)}
      </article>
      <div class="actions" role="group" aria-label=${msg.actionsLabel}>
        <button class="btn" type="button" data-back @click=${this.#back}>${msg.back}</button>
        <button class="btn" type="button" data-read @click=${this.#toggleRead}>
          ${item.read ? msg.markUnread : msg.markRead}
        </button>
        <button class="btn" type="button" data-archive @click=${this.#toggleArchive}>
          ${item.archived ? msg.unarchive : msg.archive}
        </button>
        <button
          class="btn"
          type="button"
          data-remove
          aria-expanded=${String(this.confirmRemove)}
          aria-controls="confirm-remove"
          @click=${this.#askRemove}
        >
          ${msg.remove}
        </button>
      </div>
      <p role="status">${this.status}</p>
      <div
        id="confirm-remove"
        class="confirm card"
        role="group"
        aria-labelledby="remove-question"
        ?hidden=${!this.confirmRemove}
      >
        ${
          this.confirmRemove
            ? html`<p id="remove-question"><strong>${msg.removeQuestion}</strong> ${msg.removeLogged}</p>
                <div class="actions">
                  <button
                    class="btn btn-primary"
                    type="button"
                    data-confirm-remove
                    aria-busy=${this.action.busy ? 'true' : nothing}
                    @click=${this.#remove}
                  >
                    ${msg.removeConfirm}
                  </button>
                  <button class="btn" type="button" @click=${this.#cancelRemove}>${msg.cancel}</button>
                </div>`
            : nothing
        }
      </div>
      <p class=${this.action.problem ? 'problem' : 'problem is-empty'} role="alert">${this.action.problem}</p>`;
  }

  #renderBody(): TemplateResult {
    const msg = this.i18n.msg;
    if (this.removed) return this.#renderRemoved(this.removed);
    if (this.state === 'ready' && this.item) return this.#renderItem(this.item);
    if (this.state === 'missing')
      return html`<h3 tabindex="-1">${msg.notFoundHeading}</h3>
        <p>${msg.notFoundText}</p>
        ${this.#renderBack()}`;
    if (this.state === 'error')
      return html`<h3 tabindex="-1">${msg.loadingHeading}</h3>
        <gu-error-state
          heading-level="4"
          heading=${msg.loadFailedHeading}
          retryable
          .error=${isApiError(this.loadError) ? this.loadError : { kind: 'server' }}
          @gu-error-state-retry=${() => this.#loadedId && (this.#loaded = this.#load(this.#loadedId))}
        ></gu-error-state>
        ${this.#renderBack()}`;
    return html`<h3 tabindex="-1">${msg.loadingHeading}</h3>
      <gu-loading-state label=${msg.loading} delay="300"></gu-loading-state>`;
  }

  override render(): TemplateResult {
    return html`<section aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
      ${this.ctx ? this.#renderBody() : nothing}
    </section>`;
  }
}

if (!customElements.get('gu-notifications-detail'))
  customElements.define('gu-notifications-detail', GuNotificationsDetail);

declare global {
  interface HTMLElementTagNameMap {
    'gu-notifications-detail': GuNotificationsDetail;
  }
}
