/**
 * The events of <gu-notifications> and <gu-notification-bell>: the public ones (the page hears them) and the parts'
 * internal words to their element. One module for all, so every part fires the same classes.
 */
import { GuEvent } from '../core/widget/events.js';
import type { NotificationsView } from './context.js';
import type { NotificationLinkKind } from './types.js';

/** `gu-notifications-view`: the element shows another view (the portal may mirror it in its URL). */
export class GuNotificationsViewEvent extends GuEvent<{ view: NotificationsView }> {
  static readonly eventName = 'gu-notifications-view';
  constructor(detail: { view: NotificationsView }) {
    super(GuNotificationsViewEvent.eventName, detail);
  }
}

/** What a followed link is about. */
export interface NotificationLinkDetail {
  kind: NotificationLinkKind;
  /** The application, charge, payment, security event … */
  id?: string;
  /** Where the link leads when nobody routes it (checked: a path of this site or https). */
  href: string;
  /** The notification it came from (absent for «Все уведомления» and «Настройки»). */
  notificationId?: string;
}

/**
 * `gu-notification-link`: the citizen follows a link (what a notification is about, «Все уведомления»). Cancelable:
 * a portal that routes it itself calls `preventDefault()` and the browser does not follow `href`.
 */
export class GuNotificationLinkEvent extends GuEvent<NotificationLinkDetail> {
  static readonly eventName = 'gu-notification-link';
  constructor(detail: NotificationLinkDetail) {
    super(GuNotificationLinkEvent.eventName, detail, { cancelable: true });
  }
}

/** `gu-notifications-settings-saved`: «Настройки уведомлений» were saved (`version` is the saved one). */
export class GuNotificationsSettingsSavedEvent extends GuEvent<{ version: number }> {
  static readonly eventName = 'gu-notifications-settings-saved';
  constructor(detail: { version: number }) {
    super(GuNotificationsSettingsSavedEvent.eventName, detail);
  }
}

/** A part asks its element to open a view (internal). */
export interface NotificationsTarget {
  view: NotificationsView;
  notificationId?: string;
}

export class NotificationsNavigateEvent extends GuEvent<NotificationsTarget> {
  static readonly eventName = 'gu-notifications-navigate';
  constructor(detail: NotificationsTarget) {
    super(NotificationsNavigateEvent.eventName, detail, { internal: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-notifications-view': GuNotificationsViewEvent;
    'gu-notification-link': GuNotificationLinkEvent;
    'gu-notifications-settings-saved': GuNotificationsSettingsSavedEvent;
  }
}
