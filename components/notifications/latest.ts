import { html, nothing, type TemplateResult } from 'lit';
import type { LazyCatalogs } from '../core/i18n/catalog.js';
import { formatDateTime } from '../core/i18n/format.js';
import { LocaleController } from '../core/i18n/locale-controller.js';
import { SessionConsumer } from '../core/session/session-context.js';
import { baseStyles } from '../core/theme/base-styles.js';
import { LocalizedElement } from '../core/widget/localized-element.js';
import { latestStyles } from './latest.styles.js';
import { followLink, linkHref, notificationHref } from './link.js';
import { latestRu, type LatestMessages } from './locales/latest-ru.js';
import { itemStyles } from './parts/item.styles.js';
import { LATEST_COUNT, type NotificationsSnapshot, type NotificationsStore } from './store.js';
import type { Notification } from './types.js';

const latestMessages: LazyCatalogs<LatestMessages> = {
  ru: latestRu,
  en: () => import('./locales/latest-en.js').then((module) => module.latestEn),
};

/** The page's store with its API client (shared with the bell): loaded once the citizen is signed in. */
const loadStore = () => import('./page-store.js');

/** How many the home page shows when `count` says nothing usable. */
const DEFAULT_COUNT = 3;

/**
 * @summary «Последние уведомления» for a portal's home page: the signed-in citizen's latest few notifications (`count`,
 * default 3, at most 5) — each with its category in words, its title (a link that opens it in the portal's feed), its
 * date and «Новое» when unread — and «Все уведомления».
 *
 * Reads the session from an enclosing `<gu-session>`; signed out it shows nothing personal, only an invitation to sign
 * in. Makes no request of its own: it reads the page's notifications store (store.ts), which a
 * `<gu-notification-bell>` or `<gu-notifications>` on the same page shares — one summary request for all of them — and
 * which live updates and the other tabs keep current (new notifications appear; a burst is announced once, politely).
 *
 * @fires {GuNotificationLinkEvent} gu-notification-link - The citizen opens a notification or «Все уведомления»: `detail.kind` (`page`), `href`, `notificationId` (and `id`) for a notification. Cancelable: `preventDefault()` to route it yourself.
 * @csspart latest - The box (signed out, loading, failed, empty or the list alike).
 * @csspart heading - The heading («Последние уведомления»).
 * @csspart list - The list of notifications.
 * @csspart all - The link «Все уведомления».
 * @cssprop --gu-color-primary - The links and the «Новое» marker.
 * @cssprop --gu-color-error - The security category's icon and the failure's border.
 * @cssprop --gu-space - Spacing between the lines.
 */
export class GuNotificationsLatest extends LocalizedElement<LatestMessages> {
  static override styles = [baseStyles, itemStyles, latestStyles];

  static override properties = {
    apiBase: { attribute: 'api-base' },
    locale: { reflect: true },
    count: { type: Number },
    feedHref: { attribute: 'feed-href' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    snapshot: { state: true },
    failedToLoad: { state: true },
  };

  protected readonly i18n = new LocaleController(this, latestMessages);
  readonly #session = new SessionConsumer(this, () => this.#follow());

  /** API base URL; defaults to the session's `apiBase`. */
  declare apiBase: string;
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  declare locale: string | undefined;
  /** How many notifications to show: 1 to 5 (default 3). */
  declare count: number;
  /** The portal's notifications page (default `/notifications`): «Все уведомления»; `?notification=<id>` opens one. */
  declare feedHref: string;
  /** The heading's level, 1 to 6 (default 2). */
  declare headingLevel: number;
  declare private snapshot: NotificationsSnapshot | undefined;
  /** The store's chunk could not be downloaded (retry downloads it again). */
  declare private failedToLoad: boolean;

  #store?: NotificationsStore;
  #leave?: () => void;
  /** The store followed or about to be (`<base> <citizen>`); empty while signed out. */
  #following = '';

  constructor() {
    super();
    this.apiBase = '';
    this.count = DEFAULT_COUNT;
    this.feedHref = '/notifications';
    this.headingLevel = 2;
    this.failedToLoad = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#follow();
  }

  /** `api-base` may change (cheap when nothing did: the same store is kept). */
  protected override willUpdate(): void {
    this.#follow();
  }

  private get signedIn(): boolean {
    const status = this.#session.value?.status;
    return status === 'signed-in' || status === 'expiring';
  }

  /** Follows the page's store of the signed-in citizen (another citizen, another base: another store). */
  #follow(): void {
    const session = this.#session.value;
    const baseUrl = this.apiBase || session?.apiBase || '/api';
    const key = this.isConnected && this.signedIn ? `${baseUrl} ${session?.citizen?.id}` : '';
    if (key === this.#following) return;
    // Signed out (or another citizen): nothing of the one before stays in the element.
    this.#leave?.();
    this.#leave = this.#store = this.snapshot = undefined;
    this.failedToLoad = false;
    this.#following = key;
    if (key)
      loadStore().then(
        ({ pageStore }) => {
          if (this.#following !== key) return;
          this.#store = pageStore({
            baseUrl,
            citizenId: session?.citizen?.id,
            session: () => this.#session.value,
            locale: () => this.i18n.locale,
          });
          this.#leave = this.#store.subscribe({
            onChange: (snapshot) => (this.snapshot = snapshot),
            describeBurst: (count) => this.msg.burst(this.i18n.number(count)),
          });
          this.snapshot = this.#store.snapshot;
        },
        () => {
          if (this.#following === key) this.failedToLoad = true;
        },
      );
  }

  #retry(): void {
    if (this.#store) {
      void this.#store.refresh();
      return;
    }
    // The chunk failed: follow again from scratch.
    this.#following = '';
    this.#follow();
  }

  /** How many to show: `count` within 1…5. */
  private get shown(): number {
    const count = Math.floor(Number(this.count));
    return Number.isFinite(count) && count >= 1 ? Math.min(count, LATEST_COUNT) : DEFAULT_COUNT;
  }

  private renderItem(item: Notification): TemplateResult {
    const msg = this.msg;
    const href = notificationHref(this.feedHref, item.id);
    const title = html`<span class="title">${item.title}</span>`;
    return html`<li class=${item.read ? 'item' : 'item is-unread'}>
      <span class="cat" data-category=${item.category}>${msg.categoryName(item.category)}</span>
      ${
        href
          ? html`<a
              href=${href}
              @click=${followLink(this, { kind: 'page', id: item.id, href, notificationId: item.id })}
              >${title}</a
            >`
          : title
      }
      <span class="meta">
        <time datetime=${item.createdAt}>${formatDateTime(this.i18n.locale, item.createdAt)}</time>
        ${item.read ? nothing : html`<span class="unread">${msg.unread}</span>`}
      </span>
    </li>`;
  }

  private renderBody(): TemplateResult {
    const msg = this.msg;
    if (!this.signedIn) {
      const status = this.#session.value?.status;
      if (status === undefined || status === 'unknown' || status === 'signing-in')
        return html`<p role="status">${msg.checking}</p>`;
      return html`<p>${msg.signedOut}</p>
        <p>
          <button type="button" class="btn" @click=${() => void this.#session.value?.signIn()}>${msg.signIn}</button>
        </p>`;
    }
    const snapshot = this.snapshot;
    if (this.failedToLoad || snapshot?.status === 'error')
      return html`<div role="alert" class="problem">
        <p>${msg.failed}</p>
        <button type="button" class="btn" @click=${() => this.#retry()}>${msg.retry}</button>
      </div>`;
    if (!snapshot || snapshot.status === 'loading') return html`<p role="status">${msg.loading}</p>`;
    const items = snapshot.latest.slice(0, this.shown);
    if (items.length === 0) return html`<p>${msg.empty}</p>`;
    return html`<ul part="list" class="list" aria-labelledby="heading">
      ${items.map((item) => this.renderItem(item))}
    </ul>`;
  }

  override render(): TemplateResult {
    const msg = this.msg;
    const level = Math.min(6, Math.max(1, Math.floor(Number(this.headingLevel)) || 2));
    const all = this.signedIn ? linkHref(this.feedHref || '/notifications') : undefined;
    return html`<div part="latest" class="latest" lang=${this.i18n.lang}>
      <div part="heading" class="heading" id="heading" role="heading" aria-level=${level}>${msg.heading}</div>
      ${this.renderBody()}
      ${
        all
          ? html`<p part="all" class="all">
              <a href=${all} @click=${followLink(this, { kind: 'page', href: all })}>${msg.all}</a>
            </p>`
          : nothing
      }
    </div>`;
  }
}
