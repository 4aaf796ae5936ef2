/**
 * Valid requests of the payments area's operations for test/node/contract.test.ts (one entry per operationId; each
 * area's owner keeps its entries true to its mock). The default citizen is person-1.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../mocks/db/index.js';
import { createTestPayment } from '../../mocks/payments/payments.js';

type RequestSpec = {
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
};

const unpaid = (db: Db) => db.charges.find((c) => c.ownerId === 'person-1' && c.status === 'unpaid');

export const paymentRequests: Record<string, (db: Db) => RequestSpec> = {
  listCharges: () => ({ query: { status: 'unpaid', kind: 'fine', pageSize: '10' } }),
  getChargeSummary: () => ({}),
  findCharges: () => ({ query: { by: 'uin', value: '18810177200000000009' } }),
  getCharge: (db) => ({ path: { id: unpaid(db)?.id ?? 'charge-1' } }),
  createDispute: (db) => ({
    path: { id: db.charges.find((c) => c.ownerId === 'person-1' && c.disputable)?.id ?? 'charge-1' },
    headers: { 'Idempotency-Key': randomUUID() },
    body: { reason: 'vehicle-sold', comment: 'Автомобиль продан до даты нарушения, договор прилагаю.' },
  }),
  listDisputes: () => ({}),
  uploadDisputeDocument: () => ({
    headers: { 'Idempotency-Key': randomUUID() },
    body: { fileName: 'Договор купли-продажи.pdf', mediaType: 'application/pdf', content: 'JVBERi0xLjQK' },
  }),
  listChargeDocuments: () => ({}),
  addChargeDocument: () => ({ body: { type: 'snils', number: '112-233-445 95' } }),
  removeChargeDocument: () => ({ path: { id: 'charge-document-1' } }),
  listPayments: () => ({ query: { page: '1', status: 'completed', kind: 'fine', from: '2026-01-01', q: 'штраф' } }),
  createPayment: (db) => {
    const charge = unpaid(db);
    return {
      headers: { 'Idempotency-Key': randomUUID() },
      body: { items: [{ chargeId: charge?.id ?? 'charge-1', amount: charge?.amountDue ?? 100 }], method: 'sbp' },
    };
  },
  getPayment: (db) => ({ path: { id: db.payments.find((p) => p.ownerId === 'person-1')?.id ?? 'payment-1' } }),
  // A pending payment of its own (the person's last unpaid charges, so createPayment's charge stays free).
  confirmPayment: () => ({
    path: { id: createTestPayment('person-1', 'linked-card')?.id ?? 'payment-1' },
    headers: { 'Idempotency-Key': randomUUID() },
    body: { code: '123456' },
  }),
  cancelPayment: () => ({ path: { id: createTestPayment('person-1', 'sbp')?.id ?? 'payment-1' } }),
  getPaymentReceipt: (db) => ({
    path: { id: db.payments.find((p) => p.ownerId === 'person-1' && p.status === 'completed')?.id ?? 'payment-1' },
  }),
  getPaymentOrder: (db) => ({
    path: { id: db.payments.find((p) => p.ownerId === 'person-1' && p.method === 'transfer')?.id ?? 'payment-1' },
  }),
  getPaymentStats: () => ({ query: { from: '2026-01-01', to: '2026-12-31' } }),
  listCards: () => ({}),
  startCardBinding: () => ({
    headers: { 'Idempotency-Key': randomUUID() },
    body: { returnUrl: 'http://localhost/payments' },
  }),
  getCardBinding: () => ({ path: { id: 'binding-1' } }),
  removeCard: () => ({ path: { id: 'card-1' } }),
  listAutopay: () => ({}),
  updateAutopay: () => ({ path: { providerId: 'mosenergosbyt' }, body: { enabled: false, remindDaysBefore: 3 } }),
};
