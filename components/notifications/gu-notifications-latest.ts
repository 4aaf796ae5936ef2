import { GuNotificationsLatest } from './latest.js';

export { GuNotificationsLatest };
export type { GuNotificationLinkEvent, NotificationLinkDetail } from './events.js';

if (!customElements.get('gu-notifications-latest'))
  customElements.define('gu-notifications-latest', GuNotificationsLatest);

declare global {
  interface HTMLElementTagNameMap {
    'gu-notifications-latest': GuNotificationsLatest;
  }
}
