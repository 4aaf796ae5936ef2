/**
 * What the feed and the detail view draw and compute alike for one notification: its category (text + icon, never
 * colour alone), the unread marker, the link to what it is about (checked by link.ts; security alerts lead to the
 * security settings), the unread count after an action, and the archive's undo handed from the detail to the feed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedPlace } from '../context.js';
import { followLink, linkHref } from '../link.js';
import type { NotificationsSnapshot } from '../store.js';
import type { Notification } from '../types.js';
import type { itemRu } from '../locales/item-ru.js';

type ItemMessages = typeof itemRu;

/** A notification archived from the detail view: the feed offers «Отменить» for it when drawn again. */
export const archivedFrom = new WeakMap<FeedPlace, { id: string; title: string }>();

/** Whether it is an alert shown first: an unread security notification. */
export const isAlert = (item: Notification): boolean => item.category === 'security' && !item.read;

/** The category as text with its icon (the icon is drawn by the styles, `data-category`). */
export function renderCategory(msg: ItemMessages, item: Notification): TemplateResult {
  return html`<span class="cat" data-category=${item.category}>${msg.categoryName(item.category)}</span>`;
}

/** «Новое» for an unread one (text, with a dot drawn by the styles). */
export function renderUnread(msg: ItemMessages, item: Notification): TemplateResult | typeof nothing {
  return item.read ? nothing : html`<span class="unread">${msg.unread}</span>`;
}

/**
 * The link to what the notification is about: a plain checked href that first asks the page (`gu-notification-link`).
 * A security alert leads to the security settings (`securityHref`, else its own link). None when the href is unsafe.
 */
export function renderLink(
  host: HTMLElement,
  msg: ItemMessages,
  item: Notification,
  securityHref: string,
  describedBy?: string,
): TemplateResult | typeof nothing {
  const link = item.link;
  const security = item.category === 'security';
  const target = security && securityHref ? securityHref : link?.href;
  const href = target ? linkHref(target) : undefined;
  if (!href) return nothing;
  const kind = security ? 'security' : link!.kind;
  const detail = { kind, href, notificationId: item.id, ...(link?.id ? { id: link.id } : {}) } as const;
  return html`<a
    class="link"
    data-action="link"
    href=${href}
    aria-describedby=${describedBy ?? nothing}
    @click=${followLink(host, detail)}
    >${security ? msg.securitySettings : msg.linkText(kind)}</a
  >`;
}

/** The feed's unread count once `before` became `after` (read, unread, archived, deleted: `after` undefined). */
export function unreadAfter(count: number, before: Notification, after: Notification | undefined): number {
  const was = !before.read && !before.archived ? 1 : 0;
  const now = after && !after.read && !after.archived ? 1 : 0;
  return Math.max(0, count - was + now);
}

/** The unread count the page knows best: the shared store's once it has one, else the page's own. */
export function knownUnread(snapshot: NotificationsSnapshot, fallback: number): number {
  return snapshot.status === 'ready' ? snapshot.unreadCount : fallback;
}
