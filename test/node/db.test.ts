/** The seeded database: deterministic, valid identifiers, exact sizes, every status and kind present. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  validateInn,
  validateSnils,
  validateUin,
  validatePhone,
  validateEmail,
} from '../../components/core/validation/index.js';
import { APPLICATION_STATUSES, DEFAULT_PERSON_ID, seedDb } from '../../mocks/db/index.js';
import type { Db } from '../../mocks/db/index.js';

const snapshot = (db: Db): string => JSON.stringify({ ...db, idempotency: undefined, rateWindows: undefined });

describe('seeded database', () => {
  it('is deterministic: the same size and seed give equal data, another seed differs', () => {
    assert.equal(snapshot(seedDb('default')), snapshot(seedDb('default')));
    assert.equal(snapshot(seedDb('large')), snapshot(seedDb('large')));
    assert.notEqual(snapshot(seedDb('default', 1)), snapshot(seedDb('default', 2)));
  });

  it('gives every person a valid SNILS, 12-digit INN, +79 phone, e-mail and gendered full name', () => {
    for (const size of ['default', 'large', 'empty'] as const) {
      for (const person of seedDb(size).persons) {
        assert.ok(validateSnils(person.snils).ok, `${person.id} SNILS ${person.snils}`);
        assert.ok(validateInn(person.inn, 'person').ok, `${person.id} INN ${person.inn}`);
        assert.match(person.phone, /^\+79\d{9}$/);
        assert.ok(validatePhone(person.phone).ok);
        assert.ok(validateEmail(person.email).ok, person.email);
        const female = person.surname.endsWith('а') || person.name.endsWith('а') || person.name.endsWith('я');
        if (person.patronymic)
          assert.equal(
            person.patronymic.endsWith('на'),
            female,
            `${person.surname} ${person.name} ${person.patronymic}`,
          );
      }
    }
  });

  it('gives every charge a valid 20- or 25-digit UIN and a positive kopeck amount', () => {
    for (const size of ['default', 'large'] as const) {
      for (const charge of seedDb(size).charges) {
        assert.ok(validateUin(charge.uin).ok, `${charge.id} UIN ${charge.uin}`);
        assert.ok(Number.isInteger(charge.amount) && charge.amount > 0);
        if (charge.discount) {
          assert.match(charge.discount.until, /^\d{4}-\d{2}-\d{2}$/, 'a discount comes with its end date');
          assert.ok(charge.discount.amount < charge.amount);
        }
        assert.equal(charge.amountDue, charge.discount?.active ? charge.discount.amount : charge.amount);
      }
    }
  });

  it('has exact sizes: large = 10 000 applications, 1 000 charges, 5 000 notifications of the default citizen; empty has none', () => {
    const large = seedDb('large');
    assert.equal(large.applications.filter((a) => a.ownerId === DEFAULT_PERSON_ID).length, 10_000);
    assert.equal(large.charges.filter((c) => c.ownerId === DEFAULT_PERSON_ID).length, 1_000);
    assert.equal(large.notifications.filter((n) => n.ownerId === DEFAULT_PERSON_ID).length, 5_000);
    const empty = seedDb('empty');
    assert.equal(
      empty.applications.length + empty.charges.length + empty.payments.length + empty.notifications.length,
      0,
    );
    assert.ok(
      empty.persons.some((p) => p.id === DEFAULT_PERSON_ID),
      'the citizen still has a profile',
    );
  });

  // Seeding time is a figure of `npm run bench` (bench/seed.ts), not a test: a loaded machine made it fail.
  it('seeds large with the same 10 000 applications every time', () => {
    const first = seedDb('large');
    const second = seedDb('large');
    assert.equal(first.applications.length, 10_000);
    assert.deepEqual(
      second.applications.map((a) => [a.id, a.status]),
      first.applications.map((a) => [a.id, a.status]),
    );
  });

  it('gives the default citizen every status, every charge kind, discounts and non-linear timelines', () => {
    const db = seedDb('default');
    const apps = db.applications.filter((a) => a.ownerId === DEFAULT_PERSON_ID);
    assert.deepEqual([...new Set(apps.map((a) => a.status))].sort(), [...APPLICATION_STATUSES].sort());
    const charges = db.charges.filter((c) => c.ownerId === DEFAULT_PERSON_ID);
    assert.deepEqual([...new Set(charges.map((c) => c.kind))].sort(), ['duty', 'fine', 'tax', 'utility']);
    assert.ok(
      charges.some((c) => c.discount?.active && c.status === 'unpaid'),
      'an unpaid fine with a discount',
    );
    assert.ok(
      apps.some((a) => a.timeline.filter((t) => t.status === 'processing').length > 1),
      'an application that went back and forth',
    );
    for (const app of db.applications) {
      assert.equal(app.timeline.at(-1)!.status, app.status, `${app.id}: timeline ends at the status`);
      assert.equal(app.statusChangedAt, app.timeline.at(-1)!.at);
      assert.match(app.number, /^\d{10}$/);
    }
  });

  it('gives the default citizen every charge state and 12+ months of payments by every method and status', () => {
    const db = seedDb('default');
    const charges = db.charges.filter((c) => c.ownerId === DEFAULT_PERSON_ID);
    const unpaidFines = charges.filter((c) => c.kind === 'fine' && c.status === 'unpaid');
    assert.ok(unpaidFines.some((c) => c.discount?.active) && unpaidFines.some((c) => c.discount && !c.discount.active));
    assert.ok(unpaidFines.some((c) => c.disputable) && unpaidFines.every((c) => /^\d{20}$/.test(c.resolutionNumber!)));
    assert.ok(charges.some((c) => c.overdue));
    assert.deepEqual([...new Set(charges.flatMap((c) => (c.taxKind ? [c.taxKind] : [])))].sort(), [
      'land',
      'ndfl',
      'other',
      'property',
      'transport',
    ]);
    assert.deepEqual([...new Set(charges.flatMap((c) => (c.utility ? [c.utility.providerId] : [])))].sort(), [
      'eirc',
      'mosenergosbyt',
      'mosvodokanal',
    ]);
    assert.equal(new Set(db.charges.map((c) => c.uin)).size, db.charges.length, 'every УИН once');
    const payments = db.payments.filter((p) => p.ownerId === DEFAULT_PERSON_ID);
    assert.deepEqual([...new Set(payments.map((p) => p.method))].sort(), [
      'card',
      'linked-card',
      'mobile',
      'sbp',
      'transfer',
      'wallet',
    ]);
    assert.deepEqual([...new Set(payments.map((p) => p.status))].sort(), ['completed', 'declined', 'pending']);
    assert.equal(new Set(payments.flatMap((p) => (p.declineCode ? [p.declineCode] : []))).size, 7);
    const months = new Set(payments.filter((p) => p.status === 'completed').map((p) => p.createdAt.slice(0, 7)));
    assert.ok(months.size >= 12, `${months.size} months`);
    for (const payment of payments) {
      assert.equal(
        payment.amount,
        payment.items.reduce((sum, item) => sum + item.amount, 0),
        payment.id,
      );
      assert.equal(payment.receiptAvailable, payment.status === 'completed');
      for (const item of payment.items) {
        const charge = db.charges.find((c) => c.id === item.chargeId);
        assert.equal(charge?.ownerId, DEFAULT_PERSON_ID, `${payment.id} → ${item.chargeId}`);
        if (payment.status === 'completed') assert.equal(charge.paymentId, payment.id);
        if (payment.status === 'pending') {
          assert.equal(charge.status, 'processing', 'a pending payment holds its charge');
          assert.equal(payment.next?.type, 'payment-order');
        }
      }
    }
  });
});
