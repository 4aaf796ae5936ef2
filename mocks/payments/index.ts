/**
 * The mock backend of <gu-payments>: charges, payments by every method with the acquirer's page, documents for charge
 * search, finding a charge, disputes, linked cards and autopay — one module per area, all on the in-memory database.
 */
import type { RequestHandler } from 'msw';
import { autopayHandlers } from './autopay.js';
import { cardHandlers } from './cards.js';
import { chargeHandlers } from './charges.js';
import { disputeHandlers } from './disputes.js';
import { documentHandlers } from './documents.js';
import { findHandlers } from './find.js';
import { paymentHandlers as paymentFlowHandlers } from './payments.js';

/**
 * Every handler of the payments area (find before the charge by id: `/charges/search` is not an id; charges.ts puts
 * `/charges/summary` before it too).
 */
export const paymentHandlers: RequestHandler[] = [
  ...findHandlers,
  ...chargeHandlers,
  ...documentHandlers,
  ...disputeHandlers,
  ...cardHandlers,
  ...autopayHandlers,
  ...paymentFlowHandlers,
];
