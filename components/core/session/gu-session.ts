import { GuSession } from './session-element.js';
import { GuSessionTimeoutDialog } from './parts/timeout-dialog.js';

export { GuSession, GuSessionTimeoutDialog };
export {
  GuSessionChangeEvent,
  GuSessionEndingEvent,
  GuSessionSignedInEvent,
  GuSessionSignedOutEvent,
} from './events.js';

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
