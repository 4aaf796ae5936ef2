/**
 * A regional portal's single-spa root config: one <gu-session> for the page, the chrome (gu-portal-layout),
 * one single-spa application per route of the route table, page titles, and — in the demo — the mock backend
 * and the development toolbar.
 *
 * Modes: MSW (default; the mock provider at `${origin}/mock-oidc`, sign-in through its embedded hand-over) and the
 * real dev identity provider (`?idp=dev`: oidc-provider at http://127.0.0.1:9400, redirect sign-in). The mode
 * is remembered for the tab (sessionStorage holds only the word `dev`/`msw`, never a token), so the redirect
 * back from the provider stays in it.
 */
import { navigateToUrl, registerApplication, setBootstrapMaxTime, setMountMaxTime, start } from 'single-spa';
import { toLocale } from '../../components/core/i18n/index.js';
import { guElementLifecycles } from '../adapter/lifecycles.js';
import { setPageTheme } from './page-theme.js';
import { portalEn, portalRu, type PortalMessages } from './locales.js';
import { GuPortalLayout, portalName, routeTitle, type PortalConfig } from './portal-layout.js';
import './portal-pages.js';
import { guardedDefine } from '../adapter/define.js';
import { routeNotificationLinks } from './notification-links.js';
import { attributesFromUrl, notificationSettingsPath, routeSecurityLinks } from './security-links.js';
import { PUSH_WORKER_SCOPE, registerPushWorker } from './push-registration.js';
import { followSignInReturn } from './return-path.js';
import { pathOf, ROUTES, routeOf, type RouteDef } from './routes.js';
import { loadSessionElements, widgetLoader } from './widgets.js';

/** The dev identity provider started by `npm start` (mocks/idp/dev-idp.ts). */
export const DEV_IDP_AUTHORITY = 'http://127.0.0.1:9400';
/** The client registered at both providers. */
export const CLIENT_ID = 'gu-kit-demo';
const MODE_KEY = 'gu-portal-idp';
/** How long a route's or parcel's widget may load before single-spa warns. */
const LOAD_WARNING_MS = 30_000;

/** What a portal's main.ts passes. */
export interface PortalStartOptions extends PortalConfig {
  /** URL of the other demo portal (dev toolbar). */
  readonly otherPortal: string;
  /** Mount the development toolbar (the demo portals: yes). */
  readonly devToolbar: boolean;
}

/** `msw` (mock provider) or `idp` (the dev identity provider), from `?idp=` or remembered for the tab. */
export function identityMode(url = new URL(location.href)): 'msw' | 'idp' {
  const requested = url.searchParams.get('idp');
  if (requested === 'dev' || requested === 'msw') sessionStorage.setItem(MODE_KEY, requested);
  return (requested ?? sessionStorage.getItem(MODE_KEY)) === 'dev' ? 'idp' : 'msw';
}

const messages = (): PortalMessages => (toLocale(document.documentElement.lang) === 'en' ? portalEn : portalRu);

/** The page's own URL for `path` (a route of this portal): where a widget sends the acquirer's page back. */
const ownUrl = (path: string): string => new URL(path, location.origin).href;

/** The path of the route `id` in this portal. */
const routePath = (id: RouteDef['id'], config: PortalConfig): string =>
  pathOf(
    ROUTES.find((route) => route.id === id)!,
    config.base,
  );

/**
 * A route widget's attributes: the API base; for <gu-payments> also `return-url`, the route's own URL — the
 * acquirer's page comes back to it with `?gu-payment=<id>` (or `?gu-card-binding=<id>`), whichever page of the portal
 * the widget is on, and the route keeps that query for the widget to read (routes match the path only); for
 * <gu-notifications> the payments and security routes its links lead to and the push worker's scope; for
 * <gu-security-settings> the notification settings its alerts link to.
 */
export function widgetAttributes(route: RouteDef, config: PortalConfig, apiBase: string): Record<string, string> {
  const attributes: Record<string, string> = { 'api-base': apiBase };
  if (route.widget === 'gu-payments') attributes['return-url'] = ownUrl(pathOf(route, config.base));
  if (route.widget === 'gu-notifications') {
    attributes['payments-href'] = routePath('payments', config);
    attributes['security-href'] = routePath('security', config);
    attributes['push-worker-scope'] = PUSH_WORKER_SCOPE;
  }
  if (route.widget === 'gu-security-settings') {
    const settings = notificationSettingsPath(config.base);
    if (settings) attributes['notifications-href'] = settings;
  }
  return attributes;
}

/**
 * «Главная»'s latest notifications (<gu-notifications-latest>), «Все уведомления» leading to the notifications route;
 * its links are routed by the portal (routeNotificationLinks).
 */
function latestNotificationsLifecycles(config: PortalConfig, apiBase: string) {
  const load = widgetLoader('gu-notifications-latest');
  if (!load) return undefined;
  return guElementLifecycles({
    tagName: 'gu-notifications-latest',
    load,
    attributes: { 'api-base': apiBase, 'feed-href': routePath('notifications', config), count: '3' },
  });
}

/**
 * «Главная»'s summary of what is due (<gu-payments-due>), linking to the payments route; its link is followed by
 * single-spa (the page, and with it the session, stays).
 */
function paymentsDueLifecycles(config: PortalConfig, apiBase: string) {
  const load = widgetLoader('gu-payments-due');
  const payments = ROUTES.find((route) => route.id === 'payments');
  if (!load || !payments) return undefined;
  return guElementLifecycles({
    tagName: 'gu-payments-due',
    load,
    attributes: { 'api-base': apiBase, href: pathOf(payments, config.base) },
    events: {
      'gu-payments-due-open': (event) => {
        event.preventDefault();
        navigateToUrl((event as CustomEvent<{ href: string }>).detail.href);
      },
    },
  });
}

/** The lifecycles of one route: its widget when the kit has it, else its honest page. */
export function routeLifecycles(route: RouteDef, config: PortalConfig, apiBase: string) {
  if (route.id === 'home') {
    const trackerLoad = widgetLoader('gu-application-tracker');
    const applications = trackerLoad
      ? guElementLifecycles({
          tagName: 'gu-application-tracker',
          load: trackerLoad,
          attributes: { 'api-base': apiBase },
        })
      : undefined;
    return guElementLifecycles({
      tagName: 'gu-portal-home',
      props: {
        base: config.base,
        layout: config.layout,
        applications,
        payments: paymentsDueLifecycles(config, apiBase),
        notifications: latestNotificationsLifecycles(config, apiBase),
      },
    });
  }
  const load = route.widget ? widgetLoader(route.widget) : undefined;
  if (route.widget && load) {
    return guElementLifecycles({ tagName: route.widget, load, attributes: widgetAttributes(route, config, apiBase) });
  }
  return guElementLifecycles({
    tagName: 'gu-portal-pending',
    props: { text: route.pending ?? 'notFoundText', homeHref: config.base },
  });
}

/** Starts a portal: backend (demo), session, chrome, routes, titles. */
export async function startPortal(options: PortalStartOptions): Promise<void> {
  const url = new URL(location.href);
  const requested = toLocale(url.searchParams.get('lang'));
  if (requested) document.documentElement.lang = requested;
  // The brand as a stylesheet rule: the citizen's low-vision choice (tokens on the document element) wins over it.
  setPageTheme(options.id);
  const mode = identityMode(url);
  const apiBase = '/api';

  // The demo's backend: MSW answers /api (and /mock-oidc) before any element asks.
  const { startDemoBackend } = await import('./mock-backend.js');
  await startDemoBackend();
  // The demo's push worker, at a scope of its own (the root scope is MSW's): <gu-notifications> subscribes through it.
  void registerPushWorker();
  await loadSessionElements();
  guardedDefine('gu-portal-layout', GuPortalLayout);

  const redirectUri = new URL(options.base, location.origin).href;
  const authority = mode === 'idp' ? DEV_IDP_AUTHORITY : new URL('/mock-oidc', location.origin).href;
  const session = document.createElement('gu-session');
  // Back from the provider: to the route where sign-in started (before the session reads the answer in the URL).
  followSignInReturn(session, { base: options.base, url });
  for (const [name, value] of Object.entries({
    authority,
    'client-id': CLIENT_ID,
    'redirect-uri': redirectUri,
    scope: 'openid profile offline_access',
    'api-base': apiBase,
    'sign-in-method': 'redirect',
  })) {
    session.setAttribute(name, value);
  }
  // RP-initiated logout is a page navigation: only the real provider can answer it. With the mock provider
  // (MSW cannot answer navigations) sign-out is revoke + local, which <gu-session> does without this attribute.
  if (mode === 'idp') session.setAttribute('post-logout-redirect-uri', redirectUri);
  // A link opened in a new tab stays signed in: the portal's origin runs only the portal's own scripts, so its tabs
  // may hand each other the tokens (a same-origin trust decision, see components/core/session/README.md).
  session.toggleAttribute('share-tokens', true);
  const layout = document.createElement('gu-portal-layout');
  layout.config = options;
  layout.route = routeOf(location.pathname, options.base);
  layout.widgetRoutes = new Set(
    ROUTES.filter((route) => route.widget && widgetLoader(route.widget)).map((route) => route.id),
  );
  layout.setAttribute('layout', options.layout);
  // The header's bell: its module is small (the popover's content loads when it is needed).
  const bellLoad = widgetLoader('gu-notification-bell');
  if (bellLoad) {
    layout.bell = true;
    void bellLoad();
  }
  // The notifications' links go to the portal's routes without a page load (the session stays).
  routeNotificationLinks(session, options.base, {
    navigate: navigateToUrl,
    feed: () => layout.querySelector('#gu-view gu-notifications'),
  });
  // «Безопасность»' links to the portal's routes (the alerts → «Настройки уведомлений») likewise.
  routeSecurityLinks(session, options.base, navigateToUrl);
  session.append(layout);
  document.body.append(session);
  await layout.updateComplete;

  if (options.devToolbar) {
    const aside = document.createElement('aside');
    aside.className = 'portal-dev';
    const update = () => aside.setAttribute('aria-label', messages().devToolbar);
    update();
    new MutationObserver(update).observe(document.documentElement, { attributeFilter: ['lang'] });
    const toolbar = document.createElement('gu-dev-toolbar');
    toolbar.setAttribute('authority', authority);
    toolbar.setAttribute('mode', mode);
    toolbar.setAttribute('other-portal', options.otherPortal);
    aside.append(toolbar);
    session.append(aside);
    void import('./dev-toolbar.js');
  }

  // Page title per route; the heading follows `layout.route` before the new view mounts (the adapter focuses it).
  const setTitle = () => {
    const msg = messages();
    document.title = `${routeTitle(msg, layout.route)} — ${portalName(msg, options)}`;
  };
  window.addEventListener('single-spa:before-routing-event', () => {
    layout.route = routeOf(location.pathname, options.base);
    setTitle();
  });
  new MutationObserver(setTitle).observe(document.documentElement, { attributeFilter: ['lang'] });
  setTitle();

  // Widgets load on demand: on a slow connection (or the dev server's first compile) that takes longer than
  // single-spa's 3 s before it logs an error, while the page shows its loading state. Warn only after 30 s.
  setBootstrapMaxTime(LOAD_WARNING_MS, false, LOAD_WARNING_MS);
  setMountMaxTime(LOAD_WARNING_MS, false, LOAD_WARNING_MS);
  const customProps = { domElementGetter: () => layout.view };
  for (const route of ROUTES) {
    registerApplication({
      name: route.id,
      app: routeLifecycles(route, options, apiBase),
      activeWhen: (location) => routeOf(location.pathname, options.base) === route,
      // The URL may name what the widget shows (`/notifications?view=settings`, where the security alerts lead).
      customProps: (_name, location) => ({
        ...customProps,
        elementAttributes: attributesFromUrl(route.widget, new URL(location.href)),
      }),
    });
  }
  registerApplication({
    name: 'not-found',
    app: guElementLifecycles({ tagName: 'gu-portal-pending', props: { text: 'notFoundText', homeHref: options.base } }),
    activeWhen: (location) => !routeOf(location.pathname, options.base),
    customProps,
  });
  start({ urlRerouteOnly: true });
}
