/** GET /charges, GET /charges/summary, GET /charges/{id}: the citizen's charges as of the mock's day. */
import { currentCharge, getDb } from '../db/index.js';
import type { ChargeKind, ChargeRecord, ChargeStatus } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, enumValues, errorResponse, http, pageOf, paging } from '../handlers/support.js';
import { disputeOfCharge } from './disputes.js';
import { foundBy } from './found-charges.js';

type Charge = components['schemas']['Charge'];
const CHARGE_STATUSES: readonly ChargeStatus[] = ['unpaid', 'processing', 'paid', 'cancelled'];
/** The kinds in the order the contract lists them (summary's byKind, the widget's groups). */
export const CHARGE_KINDS: readonly ChargeKind[] = ['fine', 'tax', 'utility', 'duty'];

/**
 * A charge as the contract answers it, brought up to the mock's day: a charge of another person that `viewerId` found
 * (found-charges.ts) says `source.type: search`.
 */
export function chargeView(record: ChargeRecord, viewerId?: string): Charge {
  const { ownerId, ...charge } = structuredClone(currentCharge(record));
  if (viewerId !== undefined && ownerId !== viewerId) charge.source = { type: 'search' };
  // The fine's dispute as the disputes' mock has it now (seeded disputes included, statuses moving on).
  const dispute = charge.kind === 'fine' ? disputeOfCharge(charge.id) : undefined;
  if (dispute) charge.dispute = dispute;
  return charge;
}

/** The charges a citizen sees: their own and those they found. */
export function visibleCharges(viewerId: string): ChargeRecord[] {
  return getDb().charges.filter((charge) => charge.ownerId === viewerId || foundBy(viewerId, charge.id));
}

/** One charge the citizen may see, by id. */
export function visibleCharge(viewerId: string, id: string): ChargeRecord | undefined {
  const charge = getDb().charges.find((candidate) => candidate.id === id);
  return charge && (charge.ownerId === viewerId || foundBy(viewerId, charge.id)) ? charge : undefined;
}

/** Unpaid first (overdue first, then the soonest due), then the rest newest first. */
function order(a: ChargeRecord, b: ChargeRecord): number {
  const rank = (c: ChargeRecord): number =>
    c.status === 'unpaid' ? (c.overdue ? 0 : 1) : c.status === 'processing' ? 2 : 3;
  return (
    rank(a) - rank(b) ||
    (rank(a) <= 1 ? (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') : 0) ||
    b.issuedAt.localeCompare(a.issuedAt) ||
    a.id.localeCompare(b.id, 'en', { numeric: true })
  );
}

/** Handlers of the charges' list, summary and detail (the summary before `{id}`: it is not an id). */
export const chargeHandlers = [
  http.get('/charges', ({ request, response }) => {
    const url = new URL(request.url);
    const viewerId = citizenOf(request).id;
    const paged = paging(url);
    const statuses = enumValues(url, 'status', CHARGE_STATUSES);
    const kinds = enumValues(url, 'kind', CHARGE_KINDS);
    if ('errors' in paged || 'errors' in statuses || 'errors' in kinds) {
      const fields = [paged, statuses, kinds].flatMap((result) => ('errors' in result ? result.errors : []));
      return response.untyped(errorResponse(request, 400, 'validation-failed', { fields }));
    }
    const wantedStatus = new Set(statuses.values);
    const wantedKind = new Set(kinds.values);
    const filtered = visibleCharges(viewerId)
      .map(currentCharge)
      .filter(
        (c) =>
          (wantedStatus.size === 0 || wantedStatus.has(c.status)) && (wantedKind.size === 0 || wantedKind.has(c.kind)),
      )
      .sort(order);
    return response(200).json({
      items: pageOf(filtered, paged.page, paged.pageSize).map((charge) => chargeView(charge, viewerId)),
      total: filtered.length,
      page: paged.page,
      pageSize: paged.pageSize,
    });
  }),

  http.get('/charges/summary', ({ request, response }) => {
    const unpaid = visibleCharges(citizenOf(request).id)
      .map(currentCharge)
      .filter((charge) => charge.status === 'unpaid');
    const sum = (list: ChargeRecord[]): number => list.reduce((total, charge) => total + charge.amountDue, 0);
    const dues = unpaid.flatMap((charge) => (charge.dueDate ? [charge.dueDate] : [])).sort();
    return response(200).json({
      count: unpaid.length,
      amountDue: sum(unpaid),
      overdueCount: unpaid.filter((charge) => charge.overdue).length,
      ...(dues[0] ? { nextDueDate: dues[0] } : {}),
      byKind: CHARGE_KINDS.map((kind) => {
        const ofKind = unpaid.filter((charge) => charge.kind === kind);
        return {
          kind,
          count: ofKind.length,
          amountDue: sum(ofKind),
          overdueCount: ofKind.filter((charge) => charge.overdue).length,
        };
      }),
    });
  }),

  http.get('/charges/{id}', ({ request, params, response }) => {
    const viewerId = citizenOf(request).id;
    const charge = visibleCharge(viewerId, params.id);
    if (!charge) return response.untyped(errorResponse(request, 404, 'charge-not-found'));
    return response(200).json(chargeView(charge, viewerId));
  }),
];
