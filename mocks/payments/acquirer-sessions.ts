/**
 * SCAFFOLD (issue 14, owned by the mock-core helper): the acquirer's page sessions. A card or e-wallet payment and a
 * card linking each open one; the mock acquirer page (mocks/payments/acquirer*) shows it, runs 3-D Secure and ends it.
 */
export interface AcquirerSessionRequest {
  ownerId: string;
  purpose: 'payment' | 'binding';
  /** purpose payment: the payment it pays; binding: the binding it completes. */
  paymentId?: string;
  bindingId?: string;
  /** Kopecks (payment). */
  amount?: number;
  /** Where the page comes back (the server appends ?gu-payment=<id> or ?gu-card-binding=<id>). */
  returnUrl: string;
  /** wallet: the e-wallet's page instead of the card form. */
  kind?: 'card' | 'wallet';
}

/** Opens a session on the acquirer's page and returns the page's URL. */
export declare function createAcquirerSession(request: AcquirerSessionRequest): string;
