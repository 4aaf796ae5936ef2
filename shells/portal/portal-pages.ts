/**
 * The portal's own views: the home overview and the honest page of a route whose widget does not exist yet.
 * Light DOM, styled by the portal's stylesheet; the page heading (h1) is the layout's.
 */
import { html, LitElement, nothing } from 'lit';
import { mountRootParcel, type Parcel, type ParcelConfig } from 'single-spa';
import { LocaleController } from '../../components/core/i18n/index.js';
import { SessionConsumer, type AccountLevel } from '../../components/core/session/session-context.js';
import { guardedDefine } from '../adapter/define.js';
import { portalEn, portalRu, type PortalMessages } from './locales.js';
import { followLink } from './portal-layout.js';
import { pathOf, ROUTES } from './routes.js';

const VERSION = '0.1.0';

/**
 * The honest page of a route whose widget is still to come: what will be there, and a way home.
 * @summary A placeholder that says what the section will do.
 */
export class GuPortalPending extends LitElement {
  static readonly version = VERSION;
  static override properties = { text: { attribute: false }, homeHref: { attribute: 'home-href' } };

  /** The catalog key of the text. */
  declare text: keyof PortalMessages;
  /** Where «На главную» leads. */
  declare homeHref: string;

  private readonly i18n = new LocaleController(this, { ru: portalRu, en: portalEn });

  constructor() {
    super();
    this.text = 'notFoundText';
    this.homeHref = '/';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    const msg = this.i18n.msg;
    const text = msg[this.text];
    return html`<div class="portal-pending">
      <p>${typeof text === 'string' ? text : ''}</p>
      ${this.text === 'notFoundText' ? nothing : html`<p class="portal-note">${msg.pendingNote}</p>`}
      <p><a href=${this.homeHref} @click=${followLink}>${msg.toHome}</a></p>
    </div>`;
  }
}

const LEVEL_TEXT: Record<AccountLevel, [keyof PortalMessages, keyof PortalMessages]> = {
  simplified: ['levelSimplified', 'levelHintSimplified'],
  standard: ['levelStandard', 'levelHintStandard'],
  confirmed: ['levelConfirmed', 'levelHintConfirmed'],
};

/** The home's widgets, each mounted as a single-spa parcel into its card while the citizen is signed in. */
type HomeWidget = 'payments' | 'notifications' | 'applications';
const HOME_WIDGETS: readonly HomeWidget[] = ['payments', 'notifications', 'applications'];

/**
 * «Главная»: the citizen's account level, the sections, and — where the portal puts them — widgets mounted as
 * single-spa parcels (what is due to pay, <gu-payments-due>; the latest notifications, <gu-notifications-latest>;
 * the application tracker).
 * @summary The home overview of a regional portal.
 */
export class GuPortalHome extends LitElement {
  static readonly version = VERSION;
  static override properties = {
    base: { attribute: false },
    layout: { reflect: true },
    applications: { attribute: false },
    payments: { attribute: false },
    notifications: { attribute: false },
  };

  /** The portal's URL base. */
  declare base: string;
  /** `top`: widgets under the account card; `side`: widgets beside it. */
  declare layout: 'top' | 'side';
  /** The application tracker's lifecycles, mounted as a parcel when signed in (absent: not shown). */
  declare applications: ParcelConfig | undefined;
  /** What is due to pay (<gu-payments-due>'s lifecycles), mounted as a parcel when signed in (absent: not shown). */
  declare payments: ParcelConfig | undefined;
  /** The latest notifications (<gu-notifications-latest>'s lifecycles), mounted as a parcel when signed in. */
  declare notifications: ParcelConfig | undefined;

  private readonly i18n = new LocaleController(this, { ru: portalRu, en: portalEn });
  private readonly session = new SessionConsumer(this);
  private readonly parcels = new Map<HomeWidget, Parcel>();

  constructor() {
    super();
    this.base = '/';
    this.layout = 'top';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or re-attached: render again, so the parcel is mounted again where the citizen sees it.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const widget of HOME_WIDGETS) void this.unmountParcel(widget);
  }

  protected override updated(): void {
    const signedIn = this.session.value?.status === 'signed-in' || this.session.value?.status === 'expiring';
    for (const widget of HOME_WIDGETS) {
      const config = this[widget];
      const slot = this.querySelector<HTMLElement>(`.home-${widget}__widget`);
      if (signedIn && slot && config && !this.parcels.has(widget)) {
        this.parcels.set(widget, mountRootParcel(config, { domElement: slot }));
      } else if (!signedIn) {
        void this.unmountParcel(widget);
      }
    }
  }

  private async unmountParcel(widget: HomeWidget) {
    const parcel = this.parcels.get(widget);
    this.parcels.delete(widget);
    if (!parcel) return;
    // Still loading or mounting (the citizen left «Главная» or the session ended meanwhile): unmount it once it has
    // mounted, or it stays mounted, unseen, for good.
    await parcel.mountPromise.catch(() => undefined);
    if (parcel.getStatus() === 'MOUNTED') await parcel.unmount();
  }

  private renderAccount(msg: PortalMessages) {
    const session = this.session.value;
    const signedIn = (session?.status === 'signed-in' || session?.status === 'expiring') && session.citizen;
    if (!signedIn) {
      const login = ROUTES.find((route) => route.id === 'login');
      return html`<section class="home-card" aria-labelledby="home-account">
        <h2 id="home-account">${msg.welcome}</h2>
        <p>${msg.signedOutIntro}</p>
        ${
          login
            ? html`<p>
                <a class="portal-button" href=${pathOf(login, this.base)} @click=${followLink}>${msg.signIn}</a>
              </p>`
            : nothing
        }
      </section>`;
    }
    const [level, hint] = LEVEL_TEXT[session.level ?? 'simplified'];
    return html`<section class="home-card" aria-labelledby="home-account">
      <h2 id="home-account">${msg.welcomeName(session.citizen?.name ?? '')}</h2>
      <p class="home-level" data-level=${session.level ?? 'simplified'}>
        ${msg.levelLabel}: <strong>${msg[level] as string}</strong>
      </p>
      <p>${msg[hint] as string}</p>
    </section>`;
  }

  override render() {
    const msg = this.i18n.msg;
    const signedIn = this.session.value?.status === 'signed-in' || this.session.value?.status === 'expiring';
    return html`<div class="home home--${this.layout}">
      ${this.renderAccount(msg)}
      ${
        signedIn && this.payments
          ? html`<section class="home-card home-payments" aria-labelledby="home-payments">
              <h2 id="home-payments">${msg.paymentsDue}</h2>
              <div class="home-payments__widget"></div>
            </section>`
          : nothing
      }
      ${
        // The widget's own heading («Последние уведомления», level 2) names the card.
        signedIn && this.notifications
          ? html`<div class="home-card home-notifications"><div class="home-notifications__widget"></div></div>`
          : nothing
      }
      ${
        signedIn && this.applications
          ? html`<section class="home-card home-applications" aria-labelledby="home-applications">
              <h2 id="home-applications">${msg.recentApplications}</h2>
              <div class="home-applications__widget"></div>
            </section>`
          : nothing
      }
      <section class="home-card home-sections" aria-labelledby="home-sections">
        <h2 id="home-sections">${msg.sectionsHeading}</h2>
        <ul>
          ${ROUTES.filter((route) => route.inNav && route.id !== 'home').map(
            (route) => html`<li><a href=${pathOf(route, this.base)} @click=${followLink}>${msg[route.id]}</a></li>`,
          )}
        </ul>
      </section>
    </div>`;
  }
}

guardedDefine('gu-portal-pending', GuPortalPending);
guardedDefine('gu-portal-home', GuPortalHome);

declare global {
  interface HTMLElementTagNameMap {
    'gu-portal-pending': GuPortalPending;
    'gu-portal-home': GuPortalHome;
  }
}
