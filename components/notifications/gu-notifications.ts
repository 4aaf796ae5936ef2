import { GuNotifications } from './notifications.js';

export { GuNotifications };
export type {
  GuNotificationLinkEvent,
  GuNotificationsSettingsSavedEvent,
  GuNotificationsViewEvent,
  NotificationLinkDetail,
} from './events.js';
export type { NotificationsView } from './context.js';

if (!customElements.get('gu-notifications')) customElements.define('gu-notifications', GuNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'gu-notifications': GuNotifications;
  }
}
