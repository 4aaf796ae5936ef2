/**
 * What <gu-notifications> gives its parts (`ctx`). Parts import this module, never the element's: the element is the
 * first render, the parts are loaded when their view opens.
 */
import type { ApiClient } from '../core/api/index.js';
import type { NotificationsStore } from './store.js';
import type { NotificationCategory } from './types.js';

export type * from './types.js';

/**
 * Where the element is: `feed` (the notifications: filters, search, pages, archive), `notification` (one opened:
 * its whole text, sender, link and actions; «Назад» returns to the feed where it was), `settings` («Настройки
 * уведомлений»: channels × categories, frequency, quiet hours, login alerts, push, and «Подписки»).
 */
export type NotificationsView = 'feed' | 'notification' | 'settings';

/** The views of the navigation, in its order. */
export const MAIN_VIEWS = ['feed', 'settings'] as const satisfies readonly NotificationsView[];

/** The feed's filters. */
export interface FeedFilters {
  categories: NotificationCategory[];
  /** Dates (YYYY-MM-DD), inclusive. */
  from: string;
  to: string;
  unreadOnly: boolean;
  q: string;
  /** The archive instead of the feed. */
  archived: boolean;
}

export const NO_FILTERS: Readonly<FeedFilters> = {
  categories: [],
  from: '',
  to: '',
  unreadOnly: false,
  q: '',
  archived: false,
};

/**
 * Where the citizen was in the feed: kept by the element while a notification is open, so «Назад» brings back the
 * same filters, page and focus (the notification that was opened).
 */
export interface FeedPlace {
  filters: FeedFilters;
  page: number;
  /** The notification to focus when the feed is drawn again. */
  focusId?: string;
}

/** The part's `ctx` (core/widget `WidgetPart`). */
export interface NotificationsContext {
  /** The API client (core/api) with the session's token access. */
  client: ApiClient;
  /** The page's shared state (unread count, newest, live updates): parts report their changes to it. */
  store: NotificationsStore;
  /** Rows per page of the feed. */
  pageSize: number;
  /** The feed's place: the feed part writes it as the citizen moves, and reads it when drawn again. */
  place: FeedPlace;
  /** `notification` view: the one to show. */
  notificationId?: string;
  /** Where «Настройки уведомлений» links for the payments' autopay reminders (the portal's payments page), if any. */
  paymentsHref: string;
  /** Where the security alerts' settings live (the portal's security page), if any. */
  securityHref: string;
  /** The scope of the portal's service worker that shows push notifications ('' — the page's own registration). */
  pushWorkerScope?: string;
}

/** What the element asks of the open part. */
export interface NotificationsPartHandle {
  focusHeading(): Promise<void>;
}
