/**
 * The in-memory database of the mock backend: seeded deterministically, changed by the handlers, re-seeded by resetDb().
 * Changes persist across requests until the next reset.
 */
import { refreshCharge } from './charges-seed.js';
import { publishLiveEvent } from './live-events.js';
import { applicationLink } from './notifications-seed.js';
import { CANCELLABLE_STATUSES, DEFAULT_PERSON_ID, SEED_NOW, allowedActionsFor, seedDb, statusLabel } from './seed.js';
import type { ApplicationRecord, ChargeRecord, Db, DbSize, NotificationRecord } from './types.js';

export type * from './types.js';
export { APPLICATION_STATUSES, DEFAULT_PERSON_ID, DEFAULT_SEED, SEED_NOW, seedDb } from './seed.js';
export { DECLINE_REASONS, LARGE_CHARGES, refreshCharge } from './charges-seed.js';
export { paymentOrderFor } from './requisites.js';
export { PORTAL_SENDER, applicationLink, chargeLink, paymentLink, securityLink } from './notifications-seed.js';

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

/** What a producer of a notification gives; the rest (id, time, unread, not archived) is filled in. */
export type NotificationInput = Omit<NotificationRecord, 'id' | 'ownerId' | 'createdAt' | 'read' | 'archived'> &
  Partial<Pick<NotificationRecord, 'createdAt' | 'read' | 'archived'>>;

/**
 * THE way a notification is produced (applications' status, payments settled, charges found, the test helper
 * pushNotification): it is put at the head of the person's feed and the `notification` live event carries it to the
 * open streams (the bell, the feed).
 */
export function addNotification(ownerId: string, fields: NotificationInput): NotificationRecord {
  const notification: NotificationRecord = {
    id: newId('notification'),
    ownerId,
    createdAt: new Date().toISOString(),
    read: false,
    archived: false,
    ...fields,
  };
  db.notifications.unshift(notification);
  const { ownerId: _owner, ...data } = notification;
  publishLiveEvent(ownerId, 'notification', data);
  return notification;
}

/**
 * The charges' day: what the discounts, due dates and `amountDue` are decided against. The seeded data is "as of"
 * SEED_NOW, so it is that day unless a test moves it (setMockToday; configurePaymentsMock({ today })).
 */
let todayOverride: string | undefined;
export function mockToday(): string {
  return todayOverride ?? new Date(SEED_NOW).toISOString().slice(0, 10);
}
/** Moves the charges' day (YYYY-MM-DD), or back to the seed's day with no argument. */
export function setMockToday(day?: string): void {
  todayOverride = day;
}

/** A charge brought up to date with the day (discount active, amountDue, overdue). */
export function currentCharge(charge: ChargeRecord): ChargeRecord {
  return refreshCharge(charge, mockToday());
}

/** The amount due for a charge today: the discount's amount while it is active, else the full amount. */
export function amountDue(charge: ChargeRecord): number {
  return currentCharge(charge).amountDue;
}

/** How a charge changed since the citizen saw it (Error.charges of 422 `charges-changed`). */
export interface ChargeChange {
  chargeId: string;
  reason: 'amount-changed' | 'discount-expired' | 'already-paid' | 'cancelled' | 'not-found';
  amountDue?: number;
}

/**
 * Checks the items of a payment against the charges now: each must exist and be payable by the person (theirs, or
 * `mayPay` says so), unpaid (not paid, not held by a pending payment, not cancelled) and cost what the citizen was
 * shown. Returns every change (empty: all payable).
 */
export function checkCharges(
  ownerId: string,
  items: ReadonlyArray<{ chargeId: string; amount: number }>,
  mayPay: (charge: ChargeRecord) => boolean = () => false,
): ChargeChange[] {
  const changes: ChargeChange[] = [];
  for (const item of items) {
    const charge = db.charges.find((candidate) => candidate.id === item.chargeId);
    if (!charge || (charge.ownerId !== ownerId && !mayPay(charge))) {
      changes.push({ chargeId: item.chargeId, reason: 'not-found' });
      continue;
    }
    currentCharge(charge);
    if (charge.status === 'paid' || charge.status === 'processing')
      changes.push({ chargeId: charge.id, reason: 'already-paid' });
    else if (charge.status === 'cancelled') changes.push({ chargeId: charge.id, reason: 'cancelled' });
    else if (item.amount !== charge.amountDue)
      changes.push({
        chargeId: charge.id,
        reason:
          charge.discount && !charge.discount.active && item.amount === charge.discount.amount
            ? 'discount-expired'
            : 'amount-changed',
        amountDue: charge.amountDue,
      });
  }
  return changes;
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
    sender: application.agencyTitle,
    link: applicationLink(application.id),
  });
  return undefined;
}

/** The person a token selects: `mock-citizen-<personId>` picks that person, any other token the default citizen. */
export function personIdForToken(token: string): string {
  const match = /^mock-citizen-(.+)$/.exec(token);
  return match?.[1] ?? DEFAULT_PERSON_ID;
}
