/**
 * How a portal follows the links of <gu-security-settings> (the alerts' «Открыть настройки уведомлений», which leads
 * to `notifications-href`): a link to one of the portal's routes is followed by single-spa, without a page load — the
 * session lives in the page's memory, a page load would sign the citizen out. Modified clicks (new tab, new window),
 * other sites and paths that are no route stay the browser's. And where such a link leads: `?view=settings` on the
 * notifications route opens <gu-notifications> on «Настройки уведомлений».
 */
import { ROUTES, pathOf, routeOf } from './routes.js';

/** The elements whose links the portal follows itself. */
const ROUTED_HOSTS = new Set(['gu-security-settings']);

/** The portal URL (path + query) of a link's href, or `undefined` when it is not one of this portal's routes. */
export function portalRouteOf(href: string, base: string, origin = location.origin): string | undefined {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  const route = routeOf(url.pathname, base);
  return route ? `${pathOf(route, base)}${url.search}` : undefined;
}

/**
 * Listens on `target` (the portal's <gu-session>, which every widget is inside) for clicks on links inside the routed
 * elements and follows those that lead to a route with `navigate`; returns the function that stops listening.
 */
export function routeSecurityLinks(target: EventTarget, base: string, navigate: (url: string) => void): () => void {
  const listener = (event: Event) => {
    const click = event as MouseEvent;
    if (
      click.defaultPrevented ||
      click.button !== 0 ||
      click.ctrlKey ||
      click.metaKey ||
      click.shiftKey ||
      click.altKey
    )
      return;
    const path = click.composedPath();
    const link = path.find(
      (node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'),
    );
    if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    if (!path.some((node) => node instanceof HTMLElement && ROUTED_HOSTS.has(node.localName))) return;
    const url = portalRouteOf(link.href, base);
    if (!url) return;
    click.preventDefault();
    navigate(url);
  };
  target.addEventListener('click', listener);
  return () => target.removeEventListener('click', listener);
}

/** The query that opens «Настройки уведомлений» on the notifications route (`notifications-href` of the alerts). */
export const SETTINGS_VIEW_QUERY = 'view=settings';

/** The notifications route's settings view, as a portal URL (what <gu-security-settings> links to). */
export function notificationSettingsPath(base: string): string | undefined {
  const route = ROUTES.find((candidate) => candidate.id === 'notifications');
  return route ? `${pathOf(route, base)}?${SETTINGS_VIEW_QUERY}` : undefined;
}

/** The attributes a route's element gets from the URL it is mounted at: <gu-notifications>' `view=settings`. */
export function attributesFromUrl(widget: string | undefined, url: URL): Record<string, string> {
  if (widget === 'gu-notifications' && url.searchParams.get('view') === 'settings') return { view: 'settings' };
  return {};
}
