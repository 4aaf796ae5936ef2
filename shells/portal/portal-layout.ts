/**
 * The chrome of a regional portal, rendered in the light DOM (so the page's own stylesheet styles it and the skip
 * link reaches `<main>`): skip link, header with the region, the language switch, «Версия для слабовидящих»
 * (<gu-a11y-toggle>) and the session controls, the low-vision panel under the header (full width, opened by the
 * toggle), navigation, `<main>` with the page heading and the view container single-spa mounts routes into, footer.
 */
import { html, LitElement, nothing } from 'lit';
import { navigateToUrl } from 'single-spa';
import { LocaleController } from '../../components/core/i18n/index.js';
import { SessionConsumer } from '../../components/core/session/session-context.js';
import '../../components/a11y/gu-a11y-toggle.js';
import { portalEn, portalRu, type PortalMessages } from './locales.js';
import { pathOf, ROUTES, type RouteDef } from './routes.js';

/** Each language's name in itself (the switch offers the other one). */
const LANGUAGE_NAMES = { ru: 'Русский', en: 'English' } as const;

/** What differs between the portals. */
export interface PortalConfig {
  /** `severny` | `yuzhny`: the theme preset and the names in the catalogs. */
  readonly id: 'severny' | 'yuzhny';
  /** URL base of the portal, with slashes: `/severny/`. */
  readonly base: string;
  /** Top navigation or side navigation. */
  readonly layout: 'top' | 'side';
}

/** The region's name in the current locale. */
export function portalName(msg: PortalMessages, config: PortalConfig): string {
  return config.id === 'severny' ? msg.severnyName : msg.yuzhnyName;
}

/** The heading and title of a route (`undefined`: not found). */
export function routeTitle(msg: PortalMessages, route: RouteDef | undefined): string {
  return route ? msg[route.id] : msg.notFound;
}

/** Follows a same-document link through single-spa (ctrl/shift/middle clicks open as usual). */
export function followLink(event: MouseEvent): void {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return;
  }
  event.preventDefault();
  navigateToUrl((event.currentTarget as HTMLAnchorElement).href);
}

/**
 * The portal chrome.
 * @summary Skip link, landmarks, navigation, page heading and view container of a regional portal.
 */
export class GuPortalLayout extends LitElement {
  static override properties = {
    config: { attribute: false },
    route: { attribute: false },
    widgetRoutes: { attribute: false },
    bell: { attribute: false },
  };

  /** The portal. */
  declare config: PortalConfig;
  /** Ids of the routes a widget serves (it shows its own session notice there). */
  declare widgetRoutes: ReadonlySet<string>;
  /** The current route (`undefined`: not found). */
  declare route: RouteDef | undefined;
  /** Whether the header shows <gu-notification-bell> (the portal loads its module): the kit has it. */
  declare bell: boolean;
  private wasSignedIn = false;

  private readonly i18n = new LocaleController(this, { ru: portalRu, en: portalEn });
  private readonly session = new SessionConsumer(this);

  constructor() {
    super();
    this.bell = false;
  }

  /** Light DOM: the page's stylesheet applies, and the landmarks are the page's own. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The element routes are mounted into. */
  get view(): HTMLElement {
    const view = this.querySelector<HTMLElement>('#gu-view');
    if (!view) throw new Error('gu-portal-layout: render it before mounting routes');
    return view;
  }

  /**
   * Focus after the session changes: signing out removes «Выйти», so focus goes to the home page's heading;
   * signing in from outside a view (the dev toolbar) focuses the page heading.
   */
  protected override updated(): void {
    const status = this.session.value?.status;
    const signedIn = status === 'signed-in' || status === 'expiring';
    if (signedIn === this.wasSignedIn) return;
    const first = this.session.value === undefined;
    this.wasSignedIn = signedIn;
    if (first) return;
    const home = ROUTES.find((route) => route.id === 'home');
    if (!signedIn && home && this.route !== home) {
      navigateToUrl(pathOf(home, this.config.base));
      return;
    }
    const active = document.activeElement;
    if (
      !active ||
      active === document.body ||
      !active.isConnected ||
      active.tagName === 'GU-DEV-TOOLBAR' ||
      active.tagName === 'GU-SIGN-OUT-BUTTON'
    ) {
      this.querySelector<HTMLElement>('#gu-page-title')?.focus();
    }
  }

  private switchLanguage() {
    const next = this.i18n.locale === 'ru' ? 'en' : 'ru';
    document.documentElement.lang = next;
  }

  private skipToMain(event: MouseEvent) {
    event.preventDefault();
    this.querySelector<HTMLElement>('main')?.focus();
  }

  private renderSession(msg: PortalMessages) {
    const session = this.session.value;
    const signedIn = session?.status === 'signed-in' || session?.status === 'expiring';
    if (signedIn && session.citizen) {
      const notifications = ROUTES.find((route) => route.id === 'notifications');
      return html`${
          this.bell && notifications
            ? html`<gu-notification-bell feed-href=${pathOf(notifications, this.config.base)}></gu-notification-bell>`
            : nothing
        }
        <p class="portal-user">${msg.signedInAs(session.citizen.name)}</p>
        <gu-sign-out-button></gu-sign-out-button>`;
    }
    const login = ROUTES.find((route) => route.id === 'login');
    return login
      ? html`<a class="portal-button" href=${pathOf(login, this.config.base)} @click=${followLink}>${msg.signIn}</a>`
      : nothing;
  }

  override render() {
    const msg = this.i18n.msg;
    const { config } = this;
    const name = portalName(msg, config);
    // The skip link is the header's first element: inside the banner landmark (axe's region rule cannot tell it is a
    // skip link when the first link of the page after it is in a shadow root — the bell's — and would flag it).
    return html`<header class="portal-header">
        <a class="skip-link" href="#gu-main" @click=${this.skipToMain}>${msg.skipLink}</a>
        <a class="portal-brand" href=${config.base} @click=${followLink}>
          <svg class="portal-brand__emblem portal-decor" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path
              d="M16 2 4 7v8c0 7.2 5.1 13.4 12 15 6.9-1.6 12-7.8 12-15V7L16 2Zm0 4.3 8 3.4V15c0 5-3.3 9.5-8 10.9C11.3 24.5 8 20 8 15V9.7l8-3.4Z"
            />
          </svg>
          <span class="portal-brand__name">${name}</span>
          <span class="portal-brand__tagline">${config.id === 'severny' ? msg.severnyTagline : msg.yuzhnyTagline}</span>
        </a>
        <div class="portal-tools" role="group" aria-label=${msg.toolsLabel}>
          <button
            type="button"
            class="portal-button portal-button--quiet"
            lang=${this.i18n.locale === 'ru' ? 'en' : 'ru'}
            @click=${this.switchLanguage}
          >
            ${LANGUAGE_NAMES[this.i18n.locale === 'ru' ? 'en' : 'ru']}
          </button>
          <gu-a11y-toggle class="portal-a11y-toggle" for="gu-a11y-panel" locale=${this.i18n.locale}></gu-a11y-toggle>
        </div>
        <div class="portal-session">${this.renderSession(msg)}</div>
      </header>
      <!-- «Версия для слабовидящих»: under the header, full width; its code loads when the toggle first opens it. -->
      <gu-a11y-panel id="gu-a11y-panel" class="portal-a11y-panel" locale=${this.i18n.locale}></gu-a11y-panel>
      <div class="portal-body">
        <nav class="portal-nav" aria-label=${msg.navLabel}>
          <ul>
            ${ROUTES.filter((route) => route.inNav).map(
              (route) =>
                html`<li>
                  <a
                    href=${pathOf(route, config.base)}
                    aria-current=${route === this.route ? 'page' : nothing}
                    @click=${followLink}
                    >${msg[route.id]}</a
                  >
                </li>`,
            )}
          </ul>
        </nav>
        <main id="gu-main" tabindex="-1">
          <h1 id="gu-page-title" tabindex="-1">${routeTitle(msg, this.route)}</h1>
          ${
            // A route served by a widget shows the widget's own notice; pages without one get the page-level notice.
            this.route && this.widgetRoutes?.has(this.route.id)
              ? nothing
              : html`<gu-session-notice heading-level="2"></gu-session-notice>`
          }
          <div id="gu-view"></div>
        </main>
      </div>
      <footer class="portal-footer">
        <p>${msg.footer(name)}</p>
        <p>${msg.footerHelp}</p>
      </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gu-portal-layout': GuPortalLayout;
  }
}
