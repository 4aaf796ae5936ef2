import { GuPayments } from './payments.js';

export { GuPayments };
export type {
  GuPaymentsAutopayChangedEvent,
  GuPaymentsDeclinedEvent,
  GuPaymentsDisputeSubmittedEvent,
  GuPaymentsDocumentAddedEvent,
  GuPaymentsPaidEvent,
  GuPaymentsViewEvent,
} from './events.js';
export type { CardFlow, PaymentsView } from './context.js';

if (!customElements.get('gu-payments')) customElements.define('gu-payments', GuPayments);

declare global {
  interface HTMLElementTagNameMap {
    'gu-payments': GuPayments;
  }
}
