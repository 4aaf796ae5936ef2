import { html, type PropertyValues, type TemplateResult } from 'lit';
import { createApiClient, type ApiClient } from '../core/api/request.js';
import type { LazyCatalogs } from '../core/i18n/catalog.js';
import { LocaleController } from '../core/i18n/locale-controller.js';
import { SessionConsumer, followSessionAuth } from '../core/session/session-context.js';
import { baseStyles } from '../core/theme/base-styles.js';
import { frameStyles } from '../core/theme/looks/frame.js';
import { LocalizedElement } from '../core/widget/localized-element.js';
import { LazyViewsController } from '../core/widget/views.js';
import type { MAIN_VIEWS } from './context.js';
import { NO_FILTERS, type FeedPlace, type NotificationsContext, type NotificationsView } from './context.js';
import { GuNotificationsViewEvent, NotificationsNavigateEvent, type NotificationsTarget } from './events.js';
import { notificationsRu, type NotificationsMessages } from './locales/ru.js';
import { notificationsStore, type NotificationsStore } from './store.js';

const notificationsMessages: LazyCatalogs<NotificationsMessages> = {
  ru: notificationsRu,
  en: () => import('./locales/en.js').then((module) => module.notificationsEn),
};

/** Each view's part is a chunk of its own, loaded when the view first opens (the feed's while the session starts). */
const LOADERS: Record<NotificationsView, () => Promise<unknown>> = {
  feed: () => import('./parts/feed.js'),
  notification: () => import('./parts/detail.js'),
  settings: () => import('./parts/settings.js'),
};

/** The query parameter that opens one notification (the bell's links lead to `feed-href?notification=<id>`). */
export const NOTIFICATION_PARAM = 'notification';

/** The navigation item a view belongs to. */
const SECTION_OF: Record<NotificationsView, (typeof MAIN_VIEWS)[number]> = {
  feed: 'feed',
  notification: 'feed',
  settings: 'settings',
};

/**
 * @summary «Уведомления»: what the state tells the citizen, in one place, as it happens — application statuses, new
 * charges and fines, payments due and done, documents ready, security alerts (shown first), appointments, agencies'
 * messages and news; read and unread, filters, search, the archive (with undo) and deletion (logged); and «Настройки
 * уведомлений»: channels × categories, frequency, quiet hours, login alerts, push, subscriptions to agencies' mailings.
 *
 * Reads the session from an enclosing `<gu-session>`; shows `<gu-session-notice>` while not signed in. Shares the
 * unread count and the newest notifications with every `<gu-notification-bell>` of the page and the page's other
 * tabs; live updates come by server-sent events (conditional polling where there are none), never while the page is
 * hidden. Each view is loaded when it first opens. `?notification=<id>` in the page's URL (where the bell's links
 * lead) opens that notification and is taken out of the URL.
 *
 * @fires {GuNotificationsViewEvent} gu-notifications-view - The element shows another view: `detail.view`.
 * @fires {GuNotificationLinkEvent} gu-notification-link - The citizen follows what a notification is about: `detail.kind`, `id`, `href`, `notificationId`. Cancelable: `preventDefault()` to route it yourself.
 * @fires {GuNotificationsSettingsSavedEvent} gu-notifications-settings-saved - «Настройки уведомлений» were saved: `detail.version`.
 * @csspart nav - The navigation between the views.
 * @csspart view - The open view.
 * @cssprop --gu-color-primary - Buttons, links, unread markers and the current view's marker.
 * @cssprop --gu-color-error - Security alerts and errors.
 */
export class GuNotifications extends LocalizedElement<NotificationsMessages> {
  static override styles = [baseStyles, frameStyles];

  static override properties = {
    apiBase: { attribute: 'api-base' },
    locale: { reflect: true },
    view: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    notificationId: { attribute: 'notification-id' },
    paymentsHref: { attribute: 'payments-href' },
    securityHref: { attribute: 'security-href' },
    pushWorkerScope: { attribute: 'push-worker-scope' },
  };

  protected readonly i18n = new LocaleController(this, notificationsMessages);
  private readonly session = new SessionConsumer(this, () => this.onSession());
  private readonly auth = followSessionAuth(() => this.session.value);
  private readonly views = new LazyViewsController<NotificationsView>(this, LOADERS);

  /** API base URL; defaults to the session's `apiBase`. */
  declare apiBase: string;
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  declare locale: string | undefined;
  /** The view shown: `feed` (default), `notification`, `settings`. */
  declare view: NotificationsView;
  /** Notifications per page of the feed (1–100, default 20). */
  declare pageSize: number;
  /** The notification the `notification` view shows. */
  declare notificationId: string | undefined;
  /** The portal's payments page: the settings link there for the autopay reminders. */
  declare paymentsHref: string;
  /** The portal's security page: security alerts and the login alert setting link there. */
  declare securityHref: string;
  /**
   * The scope of the portal's service worker that shows push notifications (docs/push-service-worker.md), e.g.
   * `/push/`; empty — the registration that controls the page.
   */
  declare pushWorkerScope: string;

  private client?: ApiClient;
  private clientBase = '';
  private store?: NotificationsStore;
  private noticeLoaded = false;
  /** Where the citizen was in the feed (kept while a notification is open). */
  private readonly place: FeedPlace = { filters: { ...NO_FILTERS }, page: 1 };

  constructor() {
    super();
    this.apiBase = '';
    this.view = 'feed';
    this.pageSize = 20;
    this.notificationId = undefined;
    this.paymentsHref = '';
    this.securityHref = '';
    this.pushWorkerScope = '';
  }

  /** The parts' events (`internal`: they stay inside this shadow root, so they are heard on it). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener(NotificationsNavigateEvent.eventName, (event) =>
      this.open((event as NotificationsNavigateEvent).detail),
    );
    return root;
  }

  override connectedCallback(): void {
    this.takeNotificationParam();
    super.connectedCallback();
  }

  /** `?notification=<id>` in the page's URL (the bell's links): open that notification, and clean the URL. */
  private takeNotificationParam(): void {
    const url = new URL(location.href);
    const id = url.searchParams.get(NOTIFICATION_PARAM);
    if (id === null) return;
    url.searchParams.delete(NOTIFICATION_PARAM);
    history.replaceState(history.state, '', url.href);
    if (!id) return;
    this.notificationId = id;
    this.view = 'notification';
  }

  /** Whether the session lets the widget load data. */
  private get signedIn(): boolean {
    const status = this.session.value?.status;
    return status === 'signed-in' || status === 'expiring';
  }

  private onSession(): void {
    if (!this.signedIn) {
      // Signed out: what was kept of the feed's place goes with the citizen.
      Object.assign(this.place, { filters: { ...NO_FILTERS }, page: 1, focusId: undefined });
      if (!this.noticeLoaded)
        void import('../core/session/gu-session-notice.js').then(() => {
          this.noticeLoaded = true;
          this.requestUpdate();
        });
    }
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('view') && changed.get('view') !== undefined)
      this.dispatchEvent(new GuNotificationsViewEvent({ view: this.view }));
  }

  /** Opens a view (from the navigation or a part) and moves focus to its heading once it is drawn. */
  private open(target: NotificationsTarget): void {
    if (target.notificationId !== undefined) this.notificationId = target.notificationId;
    this.views.open(target.view);
  }

  /** The API client, created from `api-base` (or the session's) with the session's token access. */
  private api(): ApiClient {
    const base = this.apiBase || this.session.value?.apiBase || '/api';
    if (!this.client || this.clientBase !== base) {
      this.clientBase = base;
      this.client = createApiClient({ baseUrl: base, auth: this.auth, locale: () => this.i18n.locale });
    }
    return this.client;
  }

  private context(): NotificationsContext {
    const client = this.api();
    this.store = notificationsStore({ client, baseUrl: this.clientBase, citizenId: this.session.value?.citizen?.id });
    return {
      client,
      store: this.store,
      pageSize: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 20)),
      place: this.place,
      notificationId: this.notificationId,
      paymentsHref: this.paymentsHref,
      securityHref: this.securityHref,
      pushWorkerScope: this.pushWorkerScope,
    };
  }

  // ——— Rendering ———

  private renderNav(): TemplateResult {
    const msg = this.i18n.msg;
    const items = [
      ['feed', msg.viewFeed],
      ['settings', msg.viewSettings],
    ] as const;
    return this.views.nav(msg.navLabel, items, SECTION_OF[this.view]);
  }

  private renderView(): TemplateResult {
    const placeholder = this.views.placeholder(this.i18n.msg);
    if (placeholder) return placeholder;
    const ctx = this.context();
    const locale = this.i18n.locale;
    switch (this.view) {
      case 'feed':
        return html`<gu-notifications-feed data-part .ctx=${ctx} .locale=${locale}></gu-notifications-feed>`;
      case 'notification':
        return html`<gu-notifications-detail data-part .ctx=${ctx} .locale=${locale}></gu-notifications-detail>`;
      case 'settings':
        return html`<gu-notifications-settings data-part .ctx=${ctx} .locale=${locale}></gu-notifications-settings>`;
    }
  }

  override render(): TemplateResult {
    const msg = this.i18n.msg;
    const status = this.session.value?.status;
    if (!this.signedIn && status !== 'unknown' && status !== undefined)
      return html`<div lang=${this.i18n.lang}>
        ${
          this.noticeLoaded
            ? html`<gu-session-notice heading-level="2"></gu-session-notice>`
            : html`<p role="status">${msg.signedOut}</p>`
        }
      </div>`;
    return html`<div lang=${this.i18n.lang}>
      <h2 id="heading" tabindex="-1">${msg.heading}</h2>
      ${this.renderNav()}
      <div part="view">${this.signedIn ? this.renderView() : html`<p role="status">${msg.loading}</p>`}</div>
    </div>`;
  }
}
