import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createApiClient, type ApiClient } from '../core/api/request.js';
import type { LazyCatalogs } from '../core/i18n/catalog.js';
import { LocaleController } from '../core/i18n/locale-controller.js';
import { SessionConsumer, followSessionAuth } from '../core/session/session-context.js';
import { baseStyles } from '../core/theme/base-styles.js';
import { frameStyles } from '../core/theme/looks/frame.js';
import { LocalizedElement } from '../core/widget/localized-element.js';
import { LazyViewsController } from '../core/widget/views.js';
import { SecurityChanges, areaOf } from './changes.js';
import {
  NO_HISTORY_FILTERS,
  type HistoryPlace,
  type MAIN_VIEWS,
  type SecurityContext,
  type SecurityView,
} from './context.js';
import {
  GuSecurityChangedEvent,
  GuSecurityViewEvent,
  SecurityNavigateEvent,
  SecurityReauthEndEvent,
  type SecurityTarget,
} from './events.js';
import { securityRu, type SecurityMessages } from './locales/ru.js';
import { createStepUp, type StepUp } from './step-up.js';

const securityMessages: LazyCatalogs<SecurityMessages> = {
  ru: securityRu,
  en: () => import('./locales/en.js').then((module) => module.securityEn),
};

/** Each view's part is a chunk of its own, loaded when the view first opens. */
const LOADERS: Record<SecurityView, () => Promise<unknown>> = {
  overview: () => import('./parts/overview.js'),
  password: () => import('./parts/password.js'),
  'two-factor': () => import('./parts/two-factor.js'),
  passkeys: () => import('./parts/passkeys.js'),
  questions: () => import('./parts/questions.js'),
  devices: () => import('./parts/devices.js'),
  sessions: () => import('./parts/sessions.js'),
  history: () => import('./parts/history.js'),
  alerts: () => import('./parts/alerts.js'),
  incident: () => import('./parts/incident.js'),
};

/** The navigation item a view belongs to. */
const SECTION_OF: Record<SecurityView, (typeof MAIN_VIEWS)[number]> = {
  overview: 'overview',
  password: 'password',
  'two-factor': 'two-factor',
  passkeys: 'passkeys',
  questions: 'questions',
  devices: 'devices',
  sessions: 'sessions',
  history: 'history',
  alerts: 'alerts',
  incident: 'history',
};

/** The query parameter that opens «Это был не я» for a sign-in (a login alert's link: `?login-event=<id>`). */
export const LOGIN_EVENT_PARAM = 'login-event';

/**
 * @summary «Безопасность»: everything a citizen does to keep the account theirs — the password (changed with a
 * one-time code), two-factor sign-in (SMS, an authenticator app, backup codes), passkeys, security questions, trusted
 * devices, active sessions, the login history (filters, CSV, «Это был не я» with a guided response) and security
 * alerts.
 *
 * Reads the session from an enclosing `<gu-session>`; shows `<gu-session-notice>` while not signed in. A sensitive
 * change asks the citizen to confirm it is them (the password again, or a passkey) when the server wants it, in a
 * dialog over what they typed. Follows changes made elsewhere (other tabs and devices, sign-ins) by the page's live
 * updates. Each view is loaded when it first opens. `?login-event=<id>` in the page's URL (where a login alert's link
 * leads) opens «Это был не я» for that sign-in and is taken out of the URL.
 *
 * @fires {GuSecurityViewEvent} gu-security-view - The element shows another view: `detail.view`.
 * @fires {GuSecurityChangedEvent} gu-security-changed - The citizen changed a section: `detail.area` (`password`, `two-factor`, `passkeys`, `questions`, `devices`, `sessions`, `login-history`, `alerts`).
 * @csspart nav - The navigation between the sections.
 * @csspart view - The open section.
 * @cssprop --gu-color-primary - Buttons, links and the current section's marker.
 * @cssprop --gu-color-error - Failed sign-ins, warnings and errors.
 */
export class GuSecuritySettings extends LocalizedElement<SecurityMessages> {
  static override styles = [baseStyles, frameStyles];

  static override properties = {
    apiBase: { attribute: 'api-base' },
    locale: { reflect: true },
    view: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    eventId: { attribute: 'event-id' },
    notificationsHref: { attribute: 'notifications-href' },
  };

  protected readonly i18n = new LocaleController(this, securityMessages);
  private readonly session = new SessionConsumer(this, () => this.onSession());
  private readonly auth = followSessionAuth(() => this.session.value);
  private readonly views = new LazyViewsController<SecurityView>(this, LOADERS);

  /** API base URL; defaults to the session's `apiBase`. */
  declare apiBase: string;
  /** Locale override (`ru` or `en`); otherwise the nearest `lang`. */
  declare locale: string | undefined;
  /** The view shown: `overview` (default), a section (`password`, `two-factor`, `passkeys`, `questions`, `devices`, `sessions`, `history`, `alerts`) or `incident`. */
  declare view: SecurityView;
  /** Sign-ins per page of the login history (1–100, default 20). */
  declare pageSize: number;
  /** The sign-in the `incident` view («Это был не я») is about. */
  declare eventId: string | undefined;
  /** The portal's notification settings page: the alerts' channels link there. */
  declare notificationsHref: string;

  private client?: ApiClient;
  private clientBase = '';
  private noticeLoaded = false;
  /** Where the citizen was in the login history (kept while «Это был не я» is open). */
  private readonly historyPlace: HistoryPlace = { filters: { ...NO_HISTORY_FILTERS }, page: 1 };
  private readonly changes = new SecurityChanges((area) => this.dispatchEvent(new GuSecurityChangedEvent({ area })));
  private readonly stepUp: StepUp = createStepUp(() => this.askReauthentication());
  /** The open re-authentication dialog's answer, while it is open. */
  private reauthAnswer: ((confirmed: boolean) => void) | undefined;
  private stopLive: (() => void) | undefined;
  private liveBase = '';

  constructor() {
    super();
    this.apiBase = '';
    this.view = 'overview';
    this.pageSize = 20;
    this.eventId = undefined;
    this.notificationsHref = '';
  }

  /** The parts' events (`internal`: they stay inside this shadow root, so they are heard on it). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener(SecurityNavigateEvent.eventName, (event) =>
      this.open((event as SecurityNavigateEvent).detail),
    );
    root.addEventListener(SecurityReauthEndEvent.eventName, (event) => {
      const answer = this.reauthAnswer;
      this.reauthAnswer = undefined;
      this.requestUpdate();
      answer?.((event as SecurityReauthEndEvent).detail.confirmed);
    });
    return root;
  }

  override connectedCallback(): void {
    this.takeLoginEventParam();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.followLive(false);
    // A dialog left open by a removal: the waiting change is cancelled, not left hanging.
    this.reauthAnswer?.(false);
    this.reauthAnswer = undefined;
  }

  /** `?login-event=<id>` in the page's URL (a login alert's link): open «Это был не я» for it, and clean the URL. */
  private takeLoginEventParam(): void {
    const url = new URL(location.href);
    const id = url.searchParams.get(LOGIN_EVENT_PARAM);
    if (id === null) return;
    url.searchParams.delete(LOGIN_EVENT_PARAM);
    history.replaceState(history.state, '', url.href);
    if (!id) return;
    this.eventId = id;
    this.view = 'incident';
  }

  /** Whether the session lets the widget load data. */
  private get signedIn(): boolean {
    const status = this.session.value?.status;
    return status === 'signed-in' || status === 'expiring';
  }

  private onSession(): void {
    if (!this.signedIn) {
      // Signed out: what was kept of the history's place goes with the citizen, and so does an open question.
      Object.assign(this.historyPlace, { filters: { ...NO_HISTORY_FILTERS }, page: 1, focusId: undefined });
      this.reauthAnswer?.(false);
      this.reauthAnswer = undefined;
      if (!this.noticeLoaded)
        void import('../core/session/gu-session-notice.js').then(() => {
          this.noticeLoaded = true;
          this.requestUpdate();
        });
    }
    this.followLive(this.signedIn);
    this.requestUpdate();
  }

  /** The page's live updates: `security-changed` reloads the sections that show that area. */
  private followLive(on: boolean): void {
    const client = on ? this.api() : undefined;
    if (client && this.stopLive && this.liveBase === this.clientBase) return;
    this.stopLive?.();
    this.stopLive = undefined;
    if (!client) return;
    const base = (this.liveBase = this.clientBase);
    let stopped = false;
    this.stopLive = () => (stopped = true);
    void import('../core/api/live-updates.js').then(({ subscribeLiveUpdates }) => {
      if (stopped) return;
      this.stopLive = subscribeLiveUpdates({
        client,
        baseUrl: base,
        onEvent: ({ type, data }) => {
          const area = type === 'security-changed' ? areaOf(data) : undefined;
          if (area) this.changes.received(area);
        },
      });
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('view') && changed.get('view') !== undefined)
      this.dispatchEvent(new GuSecurityViewEvent({ view: this.view }));
  }

  /** Opens a view (from the navigation or a part) and moves focus to its heading once it is drawn. */
  private open(target: SecurityTarget): void {
    if (target.eventId !== undefined) this.eventId = target.eventId;
    this.views.open(target.view);
  }

  /** Shows the re-authentication dialog (its chunk loaded on first use) and resolves whether the citizen confirmed. */
  private async askReauthentication(): Promise<boolean> {
    await import('./parts/reauth.js');
    return new Promise<boolean>((resolve) => {
      this.reauthAnswer = resolve;
      this.requestUpdate();
    });
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

  private context(): SecurityContext {
    return {
      client: this.api(),
      stepUp: this.stepUp,
      changes: this.changes,
      pageSize: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 20)),
      historyPlace: this.historyPlace,
      eventId: this.eventId,
      notificationsHref: this.notificationsHref,
    };
  }

  // ——— Rendering ———

  private renderNav(): TemplateResult {
    const msg = this.i18n.msg;
    const items = [
      ['overview', msg.viewOverview],
      ['password', msg.viewPassword],
      ['two-factor', msg.viewTwoFactor],
      ['passkeys', msg.viewPasskeys],
      ['questions', msg.viewQuestions],
      ['devices', msg.viewDevices],
      ['sessions', msg.viewSessions],
      ['history', msg.viewHistory],
      ['alerts', msg.viewAlerts],
    ] as const;
    return this.views.nav(msg.navLabel, items, SECTION_OF[this.view]);
  }

  private renderView(ctx: SecurityContext): TemplateResult {
    const placeholder = this.views.placeholder(this.i18n.msg);
    if (placeholder) return placeholder;
    const locale = this.i18n.locale;
    switch (this.view) {
      case 'overview':
        return html`<gu-security-overview data-part .ctx=${ctx} .locale=${locale}></gu-security-overview>`;
      case 'password':
        return html`<gu-security-password data-part .ctx=${ctx} .locale=${locale}></gu-security-password>`;
      case 'two-factor':
        return html`<gu-security-two-factor data-part .ctx=${ctx} .locale=${locale}></gu-security-two-factor>`;
      case 'passkeys':
        return html`<gu-security-passkeys data-part .ctx=${ctx} .locale=${locale}></gu-security-passkeys>`;
      case 'questions':
        return html`<gu-security-questions data-part .ctx=${ctx} .locale=${locale}></gu-security-questions>`;
      case 'devices':
        return html`<gu-security-devices data-part .ctx=${ctx} .locale=${locale}></gu-security-devices>`;
      case 'sessions':
        return html`<gu-security-sessions data-part .ctx=${ctx} .locale=${locale}></gu-security-sessions>`;
      case 'history':
        return html`<gu-security-history data-part .ctx=${ctx} .locale=${locale}></gu-security-history>`;
      case 'alerts':
        return html`<gu-security-alerts data-part .ctx=${ctx} .locale=${locale}></gu-security-alerts>`;
      case 'incident':
        return html`<gu-security-incident data-part .ctx=${ctx} .locale=${locale}></gu-security-incident>`;
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
    const ctx = this.signedIn ? this.context() : undefined;
    return html`<div lang=${this.i18n.lang}>
      <h2 id="heading" tabindex="-1">${msg.heading}</h2>
      ${this.renderNav()}
      <div part="view">${ctx ? this.renderView(ctx) : html`<p role="status">${msg.loading}</p>`}</div>
      ${
        ctx && this.reauthAnswer
          ? html`<gu-security-reauth .ctx=${ctx} .locale=${this.i18n.locale}></gu-security-reauth>`
          : nothing
      }
    </div>`;
  }
}
