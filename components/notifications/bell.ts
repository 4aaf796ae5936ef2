import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { SessionConsumer } from '../core/session/session-context.js';
import { baseStyles } from '../core/theme/base-styles.js';
import { BellLocale } from './bell-locale.js';
import { bellStyles } from './bell.styles.js';
import type { NotificationsSnapshot, NotificationsStore } from './store.js';

/** The data (store, API client) and the popover's content: one chunk, loaded once the bell is attached and signed in. */
const loadStore = () => import('./bell-store.js');

/**
 * @summary «Уведомления» for the portal's header: a button that says how many notifications are unread («Уведомления, 3
 * непрочитанных», the number on a badge) and opens a popover with the five newest — each opens that notification in
 * the feed — and «Все уведомления».
 *
 * Reads the session from an enclosing `<gu-session>`; shows nothing while not signed in. Shares its state with every
 * `<gu-notifications>`, `<gu-notifications-latest>` and other bell of the page (one summary request for all of them)
 * and follows the page's other tabs and the live updates (new notifications announced politely, once per burst).
 * Its first render is the button alone (≤ 8 KB gzip): the data and the popover's content (one chunk) and the English
 * strings load right after.
 *
 * @fires {GuNotificationLinkEvent} gu-notification-link - The citizen opens a notification or «Все уведомления»: `detail.kind` (`page`), `href`, `notificationId`. Cancelable: `preventDefault()` to route it yourself.
 * @csspart button - The bell button.
 * @csspart badge - The unread count on the button (the exact number: the button's name says it too).
 * @csspart popover - The popover with the newest notifications.
 * @cssprop --gu-color-primary - The badge, the links and the unread markers.
 * @cssprop --gu-color-text - The bell's icon.
 */
export class GuNotificationBell extends LitElement {
  static override styles = [baseStyles, bellStyles];

  static override properties = {
    apiBase: { attribute: 'api-base' },
    locale: {},
    feedHref: { attribute: 'feed-href' },
    snapshot: { state: true },
    open: { state: true },
  };

  readonly #i18n = new BellLocale(this);
  readonly #session = new SessionConsumer(this, () => this.#follow());

  /** API base URL; defaults to the session's `apiBase`. */
  declare apiBase: string;
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  declare locale: string | undefined;
  /** The portal's notifications page (default `/notifications`): «Все уведомления»; `?notification=<id>` opens one. */
  declare feedHref: string;
  declare private snapshot: NotificationsSnapshot | undefined;
  /** The popover is open. */
  declare private open: boolean;

  #store?: NotificationsStore;
  #leave?: () => void;
  /** The store the bell follows or is about to (`<base> <citizen>`); empty while signed out. */
  #following = '';

  constructor() {
    super();
    this.apiBase = '';
    this.feedHref = '/notifications';
  }

  /** Closes the popover: the popover's content asks (Esc, a link followed, a click outside). */
  readonly #close = (): void => void (this.open = false);

  /** Never renders the Russian fallback while English downloads. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.#i18n.ready();
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
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

  /** Follows the page's store of the signed-in citizen (another citizen, another base: another store). */
  #follow(): void {
    const session = this.#session.value;
    const signedIn = this.isConnected && (session?.status === 'signed-in' || session?.status === 'expiring');
    const baseUrl = this.apiBase || session?.apiBase || '/api';
    const citizenId = session?.citizen?.id;
    const key = signedIn ? `${baseUrl} ${citizenId}` : '';
    if (key === this.#following) return;
    // Signed out (or another citizen): nothing of the one before stays in the element.
    this.#leave?.();
    this.#leave = this.#store = this.snapshot = undefined;
    this.open = false;
    this.#following = key;
    if (key)
      void loadStore().then(({ bellStore }) => {
        if (this.#following !== key) return;
        this.#store = bellStore({
          baseUrl,
          citizenId,
          session: () => this.#session.value,
          locale: () => this.#i18n.locale,
        });
        this.#leave = this.#store.subscribe({
          onChange: (snapshot) => (this.snapshot = snapshot),
          describeBurst: (count) => this.#i18n.msg.burst(this.#i18n.number(count)),
        });
        this.snapshot = this.#store.snapshot;
      });
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.#following) return nothing;
    const msg = this.#i18n.msg;
    const count = this.snapshot?.status === 'ready' ? this.snapshot.unreadCount : -1;
    return html`<button
        type="button"
        part="button"
        aria-expanded=${!!this.open}
        aria-controls="popover"
        @click=${() => (this.open = !this.open)}
        aria-label=${count < 0 ? msg.name : `${msg.name}, ${count ? this.#i18n.plural(count, msg.unread) : msg.none}`}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path
            d="M12 22a2.5 2.5 0 0 0 2.5-2h-5a2.5 2.5 0 0 0 2.5 2Zm7-6v-5a7 7 0 0 0-5.5-6.8V3.5a1.5 1.5 0 0 0-3 0v.7A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
          />
        </svg>
        <span class="badge" part="badge" aria-hidden="true" ?hidden=${count < 1}>${count}</span>
      </button>
      <div id="popover" part="popover" ?hidden=${!this.open}>
        ${
          this.#store
            ? html`<gu-notification-bell-popover
                .store=${this.#store}
                .feedHref=${this.feedHref}
                .locale=${this.#i18n.locale}
                .close=${this.#close}
              ></gu-notification-bell-popover>`
            : nothing
        }
      </div>`;
  }
}
