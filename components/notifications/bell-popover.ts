/**
 * The bell's popover (its own chunk, loaded when the citizen is about to open it): the five newest notifications —
 * each opens that notification in the feed (`feed-href?notification=<id>`, where the feed marks it read) — and «Все
 * уведомления». Rendered by <gu-notification-bell> inside its popover box (a disclosure: the bell opens and closes it, Esc included);
 * closes it when a link is followed or the citizen clicks outside. Not a public element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LazyCatalogs } from '../core/i18n/catalog.js';
import { formatDateTime, plural } from '../core/i18n/format.js';
import { LocaleController } from '../core/i18n/locale-controller.js';
import { baseStyles } from '../core/theme/base-styles.js';
import { LocalizedElement } from '../core/widget/localized-element.js';
import { bellPopoverStyles } from './bell-popover.styles.js';
import type { NotificationLinkDetail } from './events.js';
import { followLink, linkHref, notificationHref } from './link.js';
import { bellPopoverRu, type BellPopoverMessages } from './locales/bell-popover-ru.js';
import type { NotificationsStore } from './store.js';
import type { Notification } from './types.js';

const popoverMessages: LazyCatalogs<BellPopoverMessages> = {
  ru: bellPopoverRu,
  en: () => import('./locales/bell-popover-en.js').then((module) => module.bellPopoverEn),
};

/** Where a notification of the bell leads: the feed with `notification=<id>` (checked), or nowhere (link.ts). */
export { notificationHref };

/** @internal */
export class GuNotificationBellPopover extends LocalizedElement<BellPopoverMessages> {
  static override styles = [baseStyles, bellPopoverStyles];

  static override properties = {
    locale: { reflect: true },
    store: { attribute: false },
    feedHref: { attribute: false },
  };

  protected readonly i18n = new LocaleController(this, popoverMessages);

  declare locale: string;
  /** The page's store the bell follows. */
  declare store: NotificationsStore;
  declare feedHref: string;
  /** Closes the popover (the bell's own state). */
  close: () => void = () => undefined;
  #following: NotificationsStore | undefined;
  #leave: (() => void) | undefined;

  /**
   * The box hangs from the bell's right edge; a bell near the left edge of the page would push it out of the
   * viewport: then it is moved right (through the CSSOM, which a strict CSP allows) — measured each time it is shown.
   */
  readonly #fit = new ResizeObserver(() => {
    this.style.translate = '';
    const left = this.getBoundingClientRect().left;
    if (this.offsetWidth && left < 8) this.style.translate = `${8 - left}px`;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#fit.observe(this);
    this.#follow();
    this.#bell = (this.getRootNode() as ShadowRoot).host as HTMLElement;
    document.addEventListener('click', this.#outside);
    this.#bell.addEventListener('keydown', this.#escape);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#fit.disconnect();
    document.removeEventListener('click', this.#outside);
    this.#bell.removeEventListener('keydown', this.#escape);
    this.#leave?.();
    this.#leave = this.#following = undefined;
  }

  protected override willUpdate(): void {
    this.#follow();
  }

  #follow(): void {
    if (!this.store || !this.isConnected || this.#following === this.store) return;
    this.#leave?.();
    this.#following = this.store;
    this.#leave = this.store.subscribe({ onChange: () => this.requestUpdate() });
  }

  /** A click outside the bell closes the popover. */
  readonly #outside = (event: Event): void => {
    if (!event.composedPath().includes(this.#bell)) this.close();
  };

  /** Esc anywhere in the bell (its button or the popover) closes the popover and gives focus back to the button. */
  readonly #escape = (event: KeyboardEvent): void => {
    const button = (this.getRootNode() as ShadowRoot).querySelector('button');
    if (event.key !== 'Escape' || button?.getAttribute('aria-expanded') !== 'true') return;
    this.close();
    button.focus();
  };

  /** The bell: the element the page hears `gu-notification-link` from. */
  #bell!: HTMLElement;

  /** The click on a link: asks the page first (`gu-notification-link`, from the bell), then closes the popover. */
  private follow(detail: NotificationLinkDetail): (event: MouseEvent) => void {
    const ask = followLink(this.#bell, detail);
    return (event) => {
      ask(event);
      this.close();
    };
  }

  private renderItem(item: Notification): TemplateResult {
    const msg = this.i18n.msg;
    const href = notificationHref(this.feedHref, item.id);
    const content = html`<span class="title">${item.title}</span>
      <span class="meta">
        <time datetime=${item.createdAt}>${formatDateTime(this.i18n.locale, item.createdAt)}</time>
        ${item.read ? nothing : html`<span class="mark">${msg.unreadMark}</span>`}
      </span>`;
    return html`<li class=${item.read ? 'item' : 'item unread'}>
      ${
        href
          ? html`<a href=${href} @click=${this.follow({ kind: 'page', id: item.id, href, notificationId: item.id })}
              >${content}</a
            >`
          : html`<div class="plain">${content}</div>`
      }
    </li>`;
  }

  private renderBody(): TemplateResult {
    const msg = this.i18n.msg;
    const { status, latest } = this.store.snapshot;
    if (status === 'loading') return html`<p class="note" role="status">${msg.loading}</p>`;
    if (status === 'error')
      return html`<div class="note" role="alert">
        <p>${msg.failed}</p>
        <button type="button" class="retry" @click=${() => void this.store.refresh()}>${msg.retry}</button>
      </div>`;
    if (latest.length === 0) return html`<p class="note">${msg.empty}</p>`;
    return html`<ul class="list">
      ${latest.map((item) => this.renderItem(item))}
    </ul>`;
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    const { status, unreadCount } = this.store.snapshot;
    const all = linkHref(this.feedHref || '/notifications');
    return html`<div class="box" lang=${this.i18n.lang}>
      <p class="head">
        <span class="heading">${msg.heading}</span>
        ${
          status === 'ready' && unreadCount > 0
            ? html`<span class="count">${plural(this.i18n.locale, unreadCount, msg.unread)}</span>`
            : nothing
        }
      </p>
      ${this.renderBody()}
      ${
        all
          ? html`<p class="all">
              <a href=${all} @click=${this.follow({ kind: 'page', href: all })}>${msg.all}</a>
            </p>`
          : nothing
      }
    </div>`;
  }
}

if (!customElements.get('gu-notification-bell-popover'))
  customElements.define('gu-notification-bell-popover', GuNotificationBellPopover);

declare global {
  interface HTMLElementTagNameMap {
    'gu-notification-bell-popover': GuNotificationBellPopover;
  }
}
