/**
 * <gu-payments>' events: the public ones (the page hears them) and the parts' internal words to their element.
 * One module for all, so every part fires the same classes and the manifest test finds them in the widget's folder.
 */
import { GuEvent } from '../core/widget/events.js';
import type { DeclineCode, PaymentMethod, PaymentsView } from './context.js';

/** `gu-payments-view`: the element shows another view (the portal may mirror it in its URL). */
export class GuPaymentsViewEvent extends GuEvent<{ view: PaymentsView }> {
  static readonly eventName = 'gu-payments-view';
  constructor(detail: { view: PaymentsView }) {
    super(GuPaymentsViewEvent.eventName, detail);
  }
}

/** `gu-payments-paid`: a payment completed (the server said so). */
export class GuPaymentsPaidEvent extends GuEvent<{
  paymentId: string;
  amount: number;
  chargeIds: string[];
  method: PaymentMethod;
}> {
  static readonly eventName = 'gu-payments-paid';
  constructor(detail: { paymentId: string; amount: number; chargeIds: string[]; method: PaymentMethod }) {
    super(GuPaymentsPaidEvent.eventName, detail);
  }
}

/** `gu-payments-declined`: a payment was declined (the bank, 3-D Secure, time ran out, or the citizen cancelled it). */
export class GuPaymentsDeclinedEvent extends GuEvent<{ paymentId: string; declineCode: DeclineCode | undefined }> {
  static readonly eventName = 'gu-payments-declined';
  constructor(detail: { paymentId: string; declineCode: DeclineCode | undefined }) {
    super(GuPaymentsDeclinedEvent.eventName, detail);
  }
}

/** `gu-payments-document-added`: a document for charge search was added (`newCharges` found for it). */
export class GuPaymentsDocumentAddedEvent extends GuEvent<{ documentId: string; newCharges: number }> {
  static readonly eventName = 'gu-payments-document-added';
  constructor(detail: { documentId: string; newCharges: number }) {
    super(GuPaymentsDocumentAddedEvent.eventName, detail);
  }
}

/** `gu-payments-dispute-submitted`: a fine was disputed. */
export class GuPaymentsDisputeSubmittedEvent extends GuEvent<{ disputeId: string; chargeId: string }> {
  static readonly eventName = 'gu-payments-dispute-submitted';
  constructor(detail: { disputeId: string; chargeId: string }) {
    super(GuPaymentsDisputeSubmittedEvent.eventName, detail);
  }
}

/** `gu-payments-autopay-changed`: a provider's autopay or reminder was saved. */
export class GuPaymentsAutopayChangedEvent extends GuEvent<{
  providerId: string;
  enabled: boolean;
  remindDaysBefore: number;
}> {
  static readonly eventName = 'gu-payments-autopay-changed';
  constructor(detail: { providerId: string; enabled: boolean; remindDaysBefore: number }) {
    super(GuPaymentsAutopayChangedEvent.eventName, detail);
  }
}

/** Where a part sends the citizen: a view, with the payment or charge it is about. */
export interface PaymentsTarget {
  view: PaymentsView;
  /** `payment`: the payment to show and follow. */
  paymentId?: string;
  /** `dispute`: the fine to dispute. */
  chargeId?: string;
}

/** A part asks its element to open a view (internal). */
export class PaymentsNavigateEvent extends GuEvent<PaymentsTarget> {
  static readonly eventName = 'gu-payments-part-navigate';
  constructor(detail: PaymentsTarget) {
    super(PaymentsNavigateEvent.eventName, detail, { internal: true });
  }
}

/** What changed on the server because of a part (internal): the element tells the parts that show it to reload. */
export type PaymentsData = 'charges' | 'payments' | 'documents' | 'cards' | 'autopay' | 'disputes';

/** A part changed something on the server (internal). */
export class PaymentsChangedEvent extends GuEvent<{ what: PaymentsData[] }> {
  static readonly eventName = 'gu-payments-part-changed';
  constructor(detail: { what: PaymentsData[] }) {
    super(PaymentsChangedEvent.eventName, detail, { internal: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gu-payments-view': GuPaymentsViewEvent;
    'gu-payments-paid': GuPaymentsPaidEvent;
    'gu-payments-declined': GuPaymentsDeclinedEvent;
    'gu-payments-document-added': GuPaymentsDocumentAddedEvent;
    'gu-payments-dispute-submitted': GuPaymentsDisputeSubmittedEvent;
    'gu-payments-autopay-changed': GuPaymentsAutopayChangedEvent;
  }
}
