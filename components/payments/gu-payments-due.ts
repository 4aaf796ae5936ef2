import { GuPaymentsDue, GuPaymentsDueOpenEvent } from './payments-due.js';

export { GuPaymentsDue, GuPaymentsDueOpenEvent };

if (!customElements.get('gu-payments-due')) customElements.define('gu-payments-due', GuPaymentsDue);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments-due': GuPaymentsDue;
  }
}
