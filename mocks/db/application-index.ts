/**
 * A read index of the applications, as a real backend would answer the list from: per owner, the applications
 * presorted by every sort key of `GET /applications` and the counts per status. Built on first use and rebuilt
 * when it no longer matches the data (a new database, an application added, a status or due date changed), so it
 * is never stale; checking that is one pass over the owner's rows without sorting.
 */
import { APPLICATION_STATUSES } from './seed.js';
import type { ApplicationRecord, ApplicationStatus, Db } from './types.js';

/** The sort keys of the list, as in the contract. */
export const APPLICATION_SORTS = ['submittedAt', '-submittedAt', 'decisionDue', '-decisionDue', 'status'] as const;
export type ApplicationSortKey = (typeof APPLICATION_SORTS)[number];

/** The order of each sort key (stable sort: ties keep the database order); mocks/handlers/applications.ts sorts filtered lists with it too. */
export function compareApplications(sort: ApplicationSortKey): (a: ApplicationRecord, b: ApplicationRecord) => number {
  switch (sort) {
    case 'submittedAt':
      return (a, b) => a.submittedAt.localeCompare(b.submittedAt);
    case '-submittedAt':
      return (a, b) => b.submittedAt.localeCompare(a.submittedAt);
    // Applications without a due date go last either way.
    case 'decisionDue':
      return (a, b) =>
        (a.decisionDue ?? '9999').localeCompare(b.decisionDue ?? '9999') || b.submittedAt.localeCompare(a.submittedAt);
    case '-decisionDue':
      return (a, b) =>
        (b.decisionDue ?? '').localeCompare(a.decisionDue ?? '') || b.submittedAt.localeCompare(a.submittedAt);
    case 'status':
      return (a, b) =>
        APPLICATION_STATUSES.indexOf(a.status) - APPLICATION_STATUSES.indexOf(b.status) ||
        b.submittedAt.localeCompare(a.submittedAt);
  }
}

/** One owner's applications, ready to page. */
export interface OwnerIndex {
  /** The owner's applications in db order. */
  owned: ApplicationRecord[];
  /** What each of `owned` was indexed with (status and due date decide the orders and counts). */
  snapshot: { status: ApplicationStatus; decisionDue: string | undefined }[];
  /** `owned` sorted by each key, built when first asked for. */
  sorted: Partial<Record<ApplicationSortKey, ApplicationRecord[]>>;
  /** How many of `owned` are in each status. */
  counts: Record<ApplicationStatus, number>;
}

interface DbIndex {
  /** db.applications.length when built: a new application means a rebuild. */
  length: number;
  owners: Map<string, OwnerIndex>;
}

const indexes = new WeakMap<Db, DbIndex>();

function build(owned: ApplicationRecord[]): OwnerIndex {
  const counts = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0])) as Record<
    ApplicationStatus,
    number
  >;
  for (const application of owned) counts[application.status] += 1;
  return {
    owned,
    snapshot: owned.map(({ status, decisionDue }) => ({ status, decisionDue })),
    sorted: {},
    counts,
  };
}

function current(entry: OwnerIndex): boolean {
  const { owned, snapshot } = entry;
  for (let i = 0; i < owned.length; i += 1) {
    const application = owned[i]!;
    const seen = snapshot[i]!;
    if (application.status !== seen.status || application.decisionDue !== seen.decisionDue) return false;
  }
  return true;
}

/** The index of one owner's applications in `db`, (re)built when the data changed since. */
export function applicationIndex(db: Db, ownerId: string): OwnerIndex {
  let index = indexes.get(db);
  if (!index || index.length !== db.applications.length) {
    index = { length: db.applications.length, owners: new Map() };
    indexes.set(db, index);
  }
  let entry = index.owners.get(ownerId);
  if (!entry || !current(entry)) {
    entry = build(db.applications.filter((application) => application.ownerId === ownerId));
    index.owners.set(ownerId, entry);
  }
  return entry;
}

/** The owner's applications in the order of `sort` (sorted once per index). */
export function sortedApplications(entry: OwnerIndex, sort: ApplicationSortKey): ApplicationRecord[] {
  return (entry.sorted[sort] ??= [...entry.owned].sort(compareApplications(sort)));
}
