/**
 * Links out of the notifications (what a notification is about, «Все уведомления»): a plain `<a href>` — checked,
 * a path of this site or https, else no link at all — that first asks the host by a cancelable
 * `gu-notification-link` event; a portal that routes it itself calls `preventDefault()` and the browser stays.
 */
import { safeServerUrl } from '../core/api/safe-url.js';
import { GuNotificationLinkEvent, type NotificationLinkDetail } from './events.js';

/** The href to render, or `undefined` when the server's link must not be followed. */
export function linkHref(href: string): string | undefined {
  return safeServerUrl(href, document.baseURI);
}

/**
 * The click handler of such a link: fires the event from `host` (the element the page sees) and keeps the browser
 * from following `href` when the host took over. Modified clicks (new tab, new window) are the browser's.
 */
export function followLink(host: HTMLElement, detail: NotificationLinkDetail): (event: MouseEvent) => void {
  return (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!host.dispatchEvent(new GuNotificationLinkEvent(detail))) event.preventDefault();
  };
}

/**
 * Where a notification leads in the portal's feed: `feedHref` (default `/notifications`) with `notification=<id>`
 * (the feed opens it and marks it read), checked like every link; `undefined` when `feedHref` is not a safe link.
 */
export function notificationHref(feedHref: string, id: string): string | undefined {
  const feed = linkHref(feedHref || '/notifications');
  if (!feed) return undefined;
  const url = new URL(feed);
  url.searchParams.set('notification', id);
  return url.href;
}
