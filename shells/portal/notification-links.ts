/**
 * How a portal routes the notifications' links (`gu-notification-link` from <gu-notifications>,
 * <gu-notification-bell> and <gu-notifications-latest>): what a notification is about goes to the portal's own route —
 * an application to «Мои заявления», a charge or a payment to «Платежи», a security event to «Безопасность», a page
 * («Все уведомления», a notification of the bell) to its path when that is a route of the portal. The portal then
 * cancels the event and single-spa follows the route (the page, and with it the session, stays); anything else is
 * the browser's to follow.
 */
import type { NotificationLinkDetail } from '../../components/notifications/events.js';
import { pathOf, ROUTES, routeOf, type RouteId } from './routes.js';

/** The route each kind of link goes to, whatever its href says. */
const KIND_ROUTES: Partial<Record<NotificationLinkDetail['kind'], RouteId>> = {
  application: 'applications',
  charge: 'payments',
  payment: 'payments',
  security: 'security',
};

/**
 * The portal URL (path + query) a link leads to, or `undefined` when it is not the portal's to route (another
 * site, or a path that is no route of the portal).
 */
export function notificationRoute(
  detail: NotificationLinkDetail,
  base: string,
  origin = location.origin,
): string | undefined {
  const byKind = KIND_ROUTES[detail.kind];
  const route = byKind && ROUTES.find((candidate) => candidate.id === byKind);
  if (route) return pathOf(route, base);
  let url: URL;
  try {
    url = new URL(detail.href, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  // A path of the portal (`/severny/notifications`), or a route's path the server wrote without the base
  // (`/notifications`).
  const target = routeOf(url.pathname, base) ?? routeOf(`${base}${url.pathname.replace(/^\/+/, '')}`, base);
  if (!target) return undefined;
  return `${pathOf(target, base)}${url.search}`;
}

/** What the portal does with a routed link. */
export interface NotificationLinkRouter {
  /** Follows a portal URL without loading the page (single-spa's navigateToUrl). */
  navigate(url: string): void;
  /**
   * The <gu-notifications> of the notifications route, while that route is mounted: a link to one notification opens
   * it in place (the element reads `?notification=` only when it connects).
   */
  feed(): (HTMLElement & { view: string; notificationId: string | undefined }) | null;
}

/**
 * Listens on `target` (the portal's <gu-session>, which every widget is inside) and routes each link it can;
 * returns the function that stops listening.
 */
export function routeNotificationLinks(target: EventTarget, base: string, router: NotificationLinkRouter): () => void {
  const notifications = ROUTES.find((route) => route.id === 'notifications');
  const listener = (event: Event) => {
    if (event.defaultPrevented) return;
    const detail = (event as CustomEvent<NotificationLinkDetail>).detail;
    const url = notificationRoute(detail, base);
    if (!url) return;
    event.preventDefault();
    const feed = router.feed();
    const toFeed = notifications && new URL(url, location.origin).pathname === pathOf(notifications, base);
    if (feed && toFeed) {
      // Already on the feed's route (its element is mounted): single-spa keeps it, so it is told what to show.
      const id = new URL(url, location.origin).searchParams.get('notification');
      if (id) {
        feed.notificationId = id;
        feed.view = 'notification';
      } else {
        feed.view = 'feed';
      }
      return;
    }
    router.navigate(url);
  };
  target.addEventListener('gu-notification-link', listener);
  return () => target.removeEventListener('gu-notification-link', listener);
}
