import { GuSessionNotice } from './session-notice.js';

export { GuSessionNotice };

if (!customElements.get('gu-session-notice')) customElements.define('gu-session-notice', GuSessionNotice);

declare global {
  interface HTMLElementTagNameMap {
    'gu-session-notice': GuSessionNotice;
  }
}
