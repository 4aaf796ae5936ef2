import { GuDialog } from './dialog.js';

export { GuDialog };
export { GuDialogOpenEvent, GuDialogCancelEvent, GuDialogCloseEvent, type GuDialogCloseDetail } from './dialog.js';

if (!customElements.get('gu-dialog')) customElements.define('gu-dialog', GuDialog);

declare global {
  interface HTMLElementTagNameMap {
    'gu-dialog': GuDialog;
  }
}
