import { GuAlert } from './alert.js';

export { GuAlert };
export { GuAlertDismissEvent, type AlertVariant } from './alert.js';

if (!customElements.get('gu-alert')) customElements.define('gu-alert', GuAlert);

declare global {
  interface HTMLElementTagNameMap {
    'gu-alert': GuAlert;
  }
}
