/**
 * <gu-payments>' charges API (contract: mocks/openapi.yaml, tag `charges`): listCharges per kind, getChargeSummary,
 * getCharge — each answer validated at the boundary with valibot into the types of ./types.ts (loaded with the
 * charges part, never with the element). `ChargeSchema` is exported for the other parts that receive charges
 * (the search answers `ChargeList`).
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import type { Charge, ChargeKind, ChargeStatus, ChargeSummary } from './types.js';

const DATE = v.pipe(v.string(), v.isoDate());
const KOPECKS = v.pipe(v.number(), v.integer());
const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0));
const KIND = v.picklist(['fine', 'tax', 'utility', 'duty']);
const DISPUTE_STATUS = v.picklist(['submitted', 'under-review', 'accepted', 'rejected']);

export const ChargeSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  uin: v.pipe(v.string(), v.regex(/^(\d{20}|\d{25})$/)),
  kind: KIND,
  title: v.string(),
  reason: v.string(),
  payee: v.string(),
  amount: v.pipe(KOPECKS, v.minValue(1)),
  amountDue: v.pipe(KOPECKS, v.minValue(1)),
  discount: v.optional(
    v.object({
      amount: v.pipe(KOPECKS, v.minValue(1)),
      until: DATE,
      active: v.boolean(),
    }),
  ),
  issuedAt: DATE,
  dueDate: v.optional(DATE),
  overdue: v.boolean(),
  status: v.picklist(['unpaid', 'processing', 'paid', 'cancelled']),
  paymentId: v.optional(v.string()),
  resolutionNumber: v.optional(v.pipe(v.string(), v.regex(/^\d{20}$/))),
  resolutionDate: v.optional(DATE),
  taxKind: v.optional(v.picklist(['ndfl', 'transport', 'land', 'property', 'other'])),
  taxPeriod: v.optional(v.pipe(v.number(), v.integer())),
  utility: v.optional(
    v.object({
      providerId: v.string(),
      providerName: v.string(),
      accountNumber: v.string(),
      period: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
      balance: KOPECKS,
    }),
  ),
  source: v.object({
    type: v.picklist(['account', 'document', 'search']),
    documentId: v.optional(v.string()),
  }),
  disputable: v.boolean(),
  dispute: v.optional(v.object({ id: v.string(), status: DISPUTE_STATUS })),
}) satisfies v.GenericSchema<unknown, Charge>;

const ChargePageSchema = v.object({
  items: v.array(ChargeSchema),
  total: COUNT,
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** One page of charges. */
export interface ChargePage {
  items: Charge[];
  total: number;
  page: number;
  pageSize: number;
}

const ChargeSummarySchema = v.object({
  count: COUNT,
  amountDue: COUNT,
  overdueCount: COUNT,
  nextDueDate: v.optional(DATE),
  byKind: v.array(v.object({ kind: KIND, count: COUNT, amountDue: COUNT, overdueCount: COUNT })),
}) satisfies v.GenericSchema<unknown, ChargeSummary>;

/** The statuses the «Начисления» view lists: what is to pay and what is being paid. */
export const LISTED_STATUSES: readonly ChargeStatus[] = ['unpaid', 'processing'];

/** GET /charges: one page of one kind's charges (unpaid first, overdue and soonest due first). */
export function listCharges(
  client: ApiClient,
  query: { kind: ChargeKind; page: number; pageSize: number; status?: readonly ChargeStatus[] },
  signal?: AbortSignal,
): Promise<ChargePage> {
  return client.get('charges', {
    query: { kind: [query.kind], page: query.page, pageSize: query.pageSize, status: query.status ?? LISTED_STATUSES },
    signal,
    parse: valibotParser(ChargePageSchema),
  });
}

/** GET /charges/summary: what is due now, per kind. */
export function getChargeSummary(client: ApiClient, signal?: AbortSignal): Promise<ChargeSummary> {
  return client.get('charges/summary', { signal, parse: valibotParser(ChargeSummarySchema) });
}

/** GET /charges/{id}: one charge as it is now. */
export function getCharge(client: ApiClient, id: string, signal?: AbortSignal): Promise<Charge> {
  return client.get(`charges/${pathSegment(id)}`, { signal, parse: valibotParser(ChargeSchema) });
}
