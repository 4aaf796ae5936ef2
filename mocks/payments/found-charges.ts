/**
 * Charges a citizen found with findCharges (GET /charges/search) that are not theirs (a paper notice, a relative's
 * fine): they may pay them, and they appear in their list with `source.type: search`. Per database instance, so
 * `resetDb()` starts afresh.
 */
import { getDb, type Db } from '../db/index.js';

const grants = new WeakMap<Db, Map<string, Set<string>>>();

function grantsOf(db: Db = getDb()): Map<string, Set<string>> {
  let map = grants.get(db);
  if (!map) grants.set(db, (map = new Map()));
  return map;
}

/** Lets a citizen pay (and see) a charge they found. */
export function grantFoundCharge(ownerId: string, chargeId: string): void {
  const map = grantsOf();
  let set = map.get(ownerId);
  if (!set) map.set(ownerId, (set = new Set()));
  set.add(chargeId);
}

/** Whether a citizen found this charge (so may pay it although it is not theirs). */
export function foundBy(ownerId: string, chargeId: string): boolean {
  return grantsOf().get(ownerId)?.has(chargeId) ?? false;
}
