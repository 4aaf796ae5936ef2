/**
 * The in-memory database of the mock backend: seeded deterministically, changed by the handlers, re-seeded by resetDb().
 * Changes persist across requests until the next reset.
 */
import { CANCELLABLE_STATUSES, DEFAULT_PERSON_ID, allowedActionsFor, seedDb, statusLabel } from './seed.js';
import type {
  ApplicationRecord,
  ChargeRecord,
  Db,
  DbSize,
  NotificationRecord,
  PaymentMethod,
  PaymentRecord,
} from './types.js';

export type * from './types.js';
export { APPLICATION_STATUSES, DEFAULT_PERSON_ID, DEFAULT_SEED, SEED_NOW, seedDb } from './seed.js';

let db: Db = seedDb('default');

/** Re-seeds the database (same size and seed → same data) and forgets idempotency keys. */
export function resetDb(size: DbSize = 'default', seed?: number): Db {
  db = seedDb(size, seed);
  return db;
}

/** The current database. */
export function getDb(): Db {
  return db;
}

const newId = (prefix: string): string => `${prefix}-rt${db.nextId++}`;

/** Adds a notification for a person at the head of their feed. */
export function addNotification(
  ownerId: string,
  fields: Omit<NotificationRecord, 'id' | 'ownerId' | 'createdAt' | 'read'>,
): NotificationRecord {
  const notification: NotificationRecord = {
    id: newId('notification'),
    ownerId,
    createdAt: new Date().toISOString(),
    read: false,
    ...fields,
  };
  db.notifications.unshift(notification);
  return notification;
}

/** Why a set of charges cannot be paid, if it cannot. */
export type PayChargesProblem = {
  code: 'charge-not-found' | 'charge-already-paid' | 'charge-not-payable';
  chargeId: string;
};

/** Checks the charges of one person can be paid now. */
export function checkPayable(ownerId: string, chargeIds: string[]): PayChargesProblem | undefined {
  for (const chargeId of chargeIds) {
    const charge = db.charges.find((candidate) => candidate.id === chargeId && candidate.ownerId === ownerId);
    if (!charge) return { code: 'charge-not-found', chargeId };
    if (charge.status === 'paid' || charge.status === 'processing') return { code: 'charge-already-paid', chargeId };
    if (charge.status !== 'unpaid') return { code: 'charge-not-payable', chargeId };
  }
  return undefined;
}

/** The amount due for a charge today: the discounted amount while the data says the discount holds. */
export function amountDue(charge: ChargeRecord, today = new Date().toISOString().slice(0, 10)): number {
  return charge.discountedAmount !== undefined && charge.discountUntil !== undefined && today <= charge.discountUntil
    ? charge.discountedAmount
    : charge.amount;
}

/** Pays charges (already checked with checkPayable): they become paid, a payment and a notification are created. */
export function payCharges(ownerId: string, chargeIds: string[], method: PaymentMethod): PaymentRecord {
  const charges = chargeIds.map((id) => db.charges.find((charge) => charge.id === id && charge.ownerId === ownerId)!);
  const now = new Date().toISOString();
  const id = newId('payment');
  const items = charges.map((charge) => ({
    chargeId: charge.id,
    uin: charge.uin,
    title: charge.title,
    payee: charge.payee,
    amount: amountDue(charge),
  }));
  const payment: PaymentRecord = {
    id,
    ownerId,
    items,
    amount: items.reduce((sum, item) => sum + item.amount, 0),
    method,
    status: 'completed',
    createdAt: now,
    completedAt: now,
  };
  for (const charge of charges) {
    charge.status = 'paid';
    charge.paymentId = id;
  }
  db.payments.unshift(payment);
  const rubles = (payment.amount / 100).toFixed(2).replace('.', ',');
  addNotification(ownerId, {
    category: 'payments',
    title: 'Оплата прошла успешно',
    body:
      charges.length === 1
        ? `${charges[0]!.title}: оплачено ${rubles} ₽.`
        : `Оплачено начислений: ${charges.length}, сумма ${rubles} ₽.`,
    link: `/payments/${id}`,
  });
  return payment;
}

/** Cancels an application if its status still allows it; returns the reason code otherwise. */
export function cancelApplication(application: ApplicationRecord, reason?: string): 'not-cancellable' | undefined {
  if (!CANCELLABLE_STATUSES.includes(application.status)) return 'not-cancellable';
  const now = new Date().toISOString();
  application.status = 'cancelled';
  application.statusChangedAt = now;
  delete application.decisionDue;
  application.timeline.push({
    status: 'cancelled',
    at: now,
    actor: 'citizen',
    comment: reason?.trim() ? reason.trim() : 'Отменено по заявлению гражданина',
  });
  application.allowedActions = allowedActionsFor('cancelled');
  addNotification(application.ownerId, {
    category: 'applications',
    title: `Заявление № ${application.number}: ${statusLabel('cancelled')}`,
    body: application.serviceTitle,
    link: `/applications/${application.id}`,
  });
  return undefined;
}

/** The person a token selects: `mock-citizen-<personId>` picks that person, any other token the default citizen. */
export function personIdForToken(token: string): string {
  const match = /^mock-citizen-(.+)$/.exec(token);
  return match?.[1] ?? DEFAULT_PERSON_ID;
}
