/**
 * The disputes' calls of <gu-payments> (contract: mocks/openapi.yaml, tag `disputes`), loaded with the dispute parts;
 * each answer validated at the boundary with valibot. The documents are uploaded by dispute-upload.ts.
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import type { Dispute, DisputeReason } from './types.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());

export const DISPUTE_REASONS: readonly DisputeReason[] = [
  'not-driver',
  'vehicle-sold',
  'already-paid',
  'wrong-amount',
  'other',
];
/** The comment's length limits (the contract's CreateDisputeRequest). */
export const COMMENT_MIN = 10;
export const COMMENT_MAX = 2000;

export const DisputeDocumentSchema = v.object({
  id: v.string(),
  fileName: v.string(),
  mediaType: v.picklist(['application/pdf', 'image/jpeg', 'image/png']),
  size: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const DisputeSchema = v.object({
  id: v.string(),
  chargeId: v.string(),
  chargeTitle: v.string(),
  reason: v.picklist(DISPUTE_REASONS),
  comment: v.string(),
  documents: v.array(DisputeDocumentSchema),
  status: v.picklist(['submitted', 'under-review', 'accepted', 'rejected']),
  answer: v.optional(v.string()),
  createdAt: DATE_TIME,
  updatedAt: DATE_TIME,
}) satisfies v.GenericSchema<unknown, Dispute>;

/** What the dispute form shows of the fine (GET /charges/{id}: only what it needs). */
const DisputedChargeSchema = v.looseObject({
  id: v.string(),
  kind: v.picklist(['fine', 'tax', 'utility', 'duty']),
  title: v.string(),
  payee: v.string(),
  amount: v.pipe(v.number(), v.integer()),
  amountDue: v.pipe(v.number(), v.integer()),
  resolutionNumber: v.optional(v.string()),
  resolutionDate: v.optional(v.string()),
  disputable: v.boolean(),
  dispute: v.optional(v.object({ id: v.string(), status: v.string() })),
});
/** The fine being disputed. */
export type DisputedCharge = v.InferOutput<typeof DisputedChargeSchema>;

/** The fine to dispute. */
export function getDisputedCharge(client: ApiClient, chargeId: string, signal?: AbortSignal): Promise<DisputedCharge> {
  return client.get(`charges/${pathSegment(chargeId)}`, { signal, parse: valibotParser(DisputedChargeSchema) });
}

/** What createDispute sends. */
export interface DisputeRequest {
  reason: DisputeReason;
  comment: string;
  documentIds: string[];
}

/**
 * Disputes a fine (POST /charges/{id}/disputes) with the attempt's Idempotency-Key (one per attempt, reused if the
 * same attempt is sent again). 409: already disputed / not disputable.
 */
export function createDispute(
  client: ApiClient,
  chargeId: string,
  request: DisputeRequest,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<Dispute> {
  const body = {
    reason: request.reason,
    comment: request.comment,
    ...(request.documentIds.length > 0 ? { documentIds: request.documentIds } : {}),
  };
  return client.post(`charges/${pathSegment(chargeId)}/disputes`, body, {
    signal,
    idempotencyKey,
    parse: valibotParser(DisputeSchema),
  });
}

/** The citizen's disputes, newest first. */
export async function listDisputes(client: ApiClient, signal?: AbortSignal): Promise<Dispute[]> {
  const body = await client.get('disputes', {
    signal,
    parse: valibotParser(v.object({ items: v.array(DisputeSchema) })),
  });
  return body.items;
}
