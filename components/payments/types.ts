/**
 * The shapes <gu-payments> works with, as the contract (mocks/openapi.yaml: Charge, Payment, …) defines them. The API
 * modules validate server answers into these types at the boundary; parts use only these. Money is integer kopecks.
 */

export type ChargeKind = 'fine' | 'tax' | 'utility' | 'duty';
export type ChargeStatus = 'unpaid' | 'processing' | 'paid' | 'cancelled';
export type TaxKind = 'ndfl' | 'transport' | 'land' | 'property' | 'other';
export type DisputeStatus = 'submitted' | 'under-review' | 'accepted' | 'rejected';
export type DisputeReason = 'not-driver' | 'vehicle-sold' | 'already-paid' | 'wrong-amount' | 'other';
export type PaymentMethod = 'card' | 'linked-card' | 'sbp' | 'wallet' | 'transfer' | 'mobile';
export type PaymentStatus = 'completed' | 'pending' | 'declined';
export type DeclineCode =
  | 'insufficient-funds'
  | 'three-ds-failed'
  | 'card-expired'
  | 'card-declined'
  | 'expired'
  | 'cancelled'
  | 'code-attempts';
export type ChargeDocumentType = 'driving-licence' | 'vehicle-registration' | 'inn' | 'snils';
export type ChargeSearchBy = 'uin' | 'resolution' | 'document-index';
export type CardBrand = 'mir' | 'visa' | 'mastercard' | 'unionpay';
/** Why the server refused a charge of a payment (422 `charges-changed`). */
export type ChargeChange = 'amount-changed' | 'discount-expired' | 'already-paid' | 'cancelled' | 'not-found';

export const CHARGE_KINDS: readonly ChargeKind[] = ['fine', 'tax', 'utility', 'duty'];
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['card', 'linked-card', 'sbp', 'wallet', 'transfer', 'mobile'];
export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['completed', 'pending', 'declined'];

export interface ChargeDiscount {
  /** Kopecks payable until `until`, inclusive — exactly as the agency set it, never computed here. */
  amount: number;
  until: string;
  /** false after the deadline: then the charge's `amountDue` is the full amount. */
  active: boolean;
}

export interface UtilityDetails {
  providerId: string;
  providerName: string;
  accountNumber: string;
  /** `YYYY-MM`. */
  period: string;
  /** Kopecks after this accrual: negative is a debt, positive an advance. */
  balance: number;
}

export interface Charge {
  id: string;
  uin: string;
  kind: ChargeKind;
  title: string;
  reason: string;
  payee: string;
  /** The full amount. */
  amount: number;
  /** What is payable today (the discount's amount while it is active). */
  amountDue: number;
  discount?: ChargeDiscount;
  /** The accrual date (`YYYY-MM-DD`). */
  issuedAt: string;
  dueDate?: string;
  overdue: boolean;
  status: ChargeStatus;
  paymentId?: string;
  resolutionNumber?: string;
  resolutionDate?: string;
  taxKind?: TaxKind;
  taxPeriod?: number;
  utility?: UtilityDetails;
  source: { type: 'account' | 'document' | 'search'; documentId?: string };
  disputable: boolean;
  dispute?: { id: string; status: DisputeStatus };
}

export interface ChargeSummary {
  count: number;
  amountDue: number;
  overdueCount: number;
  nextDueDate?: string;
  byKind: Array<{ kind: ChargeKind; count: number; amountDue: number; overdueCount: number }>;
}

export interface PaymentItem {
  chargeId: string;
  uin: string;
  kind: ChargeKind;
  title: string;
  payee: string;
  amount: number;
}

/** One bank payment order (платёжное поручение) for one charge; `uin` goes to field 22. */
export interface PaymentOrder {
  chargeId: string;
  payeeName: string;
  payeeInn: string;
  payeeKpp: string;
  payeeAccount: string;
  bankName: string;
  bik: string;
  correspondentAccount: string;
  kbk: string;
  oktmo: string;
  uin: string;
  amount: number;
  purpose: string;
}

/** What the citizen does next while a payment is pending. */
export type PaymentNextStep =
  | { type: 'redirect'; url: string }
  | { type: 'code'; codeLength: number; sentTo: string; expiresAt: string }
  | { type: 'qr'; qrPayload: string; deepLink: string; expiresAt: string }
  | { type: 'payment-order'; orders: PaymentOrder[] }
  | { type: 'sms'; phoneMasked: string; expiresAt: string };

export interface Payment {
  id: string;
  items: PaymentItem[];
  amount: number;
  method: PaymentMethod;
  status: PaymentStatus;
  createdAt: string;
  completedAt?: string;
  declineCode?: DeclineCode;
  declineReason?: string;
  cardLast4?: string;
  next?: PaymentNextStep;
  receiptAvailable: boolean;
}

export interface PaymentStats {
  total: number;
  months: Array<{ month: string; byKind: Array<{ kind: ChargeKind; amount: number }> }>;
}

export interface ChargeDocument {
  id: string;
  type: ChargeDocumentType;
  number: string;
  title?: string;
  addedAt: string;
  lastCheckedAt?: string;
}

export interface DisputeDocument {
  id: string;
  fileName: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
}

export interface Dispute {
  id: string;
  chargeId: string;
  chargeTitle: string;
  reason: DisputeReason;
  comment: string;
  documents: DisputeDocument[];
  status: DisputeStatus;
  answer?: string;
  createdAt: string;
  updatedAt: string;
}

export interface LinkedCard {
  id: string;
  last4: string;
  brand: CardBrand;
  /** `MM/YY`. */
  expires: string;
  addedAt: string;
}

export interface AutopayRule {
  providerId: string;
  providerName: string;
  accountNumber: string;
  enabled: boolean;
  monthlyLimit?: number;
  cardId?: string;
  /** Days before a due date to remind; 0 — no reminder. */
  remindDaysBefore: number;
}
