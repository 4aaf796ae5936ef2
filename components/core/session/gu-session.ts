import { GuSession, GuSessionChangeEvent, GuSignedInEvent, GuSignedOutEvent } from './session-element.js';
import { GuSessionTimeoutDialog } from './parts/timeout-dialog.js';

export { GuSession, GuSessionChangeEvent, GuSignedInEvent, GuSignedOutEvent, GuSessionTimeoutDialog };

if (!customElements.get('gu-session-timeout-dialog')) {
  customElements.define('gu-session-timeout-dialog', GuSessionTimeoutDialog);
}
if (!customElements.get('gu-session')) customElements.define('gu-session', GuSession);

declare global {
  interface HTMLElementTagNameMap {
    'gu-session': GuSession;
    'gu-session-timeout-dialog': GuSessionTimeoutDialog;
  }
}
