import { GuNotificationBell } from './bell.js';

export { GuNotificationBell };
export type { GuNotificationLinkEvent, NotificationLinkDetail } from './events.js';

if (!customElements.get('gu-notification-bell')) customElements.define('gu-notification-bell', GuNotificationBell);

declare global {
  interface HTMLElementTagNameMap {
    'gu-notification-bell': GuNotificationBell;
  }
}
