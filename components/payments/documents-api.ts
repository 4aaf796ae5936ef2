/**
 * <gu-payments>' documents-for-search and find-a-charge API (contract: mocks/openapi.yaml, tag `charges`):
 * listChargeDocuments, addChargeDocument, removeChargeDocument, findCharges — each answer validated at the boundary
 * with valibot (loaded with the documents and find parts, never with the element).
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import { ChargeSchema } from './charges-api.js';
import type { Charge, ChargeDocument, ChargeDocumentType, ChargeSearchBy } from './types.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());
const DOCUMENT_TYPES = ['driving-licence', 'vehicle-registration', 'inn', 'snils'] as const;

const ChargeDocumentSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  type: v.picklist(DOCUMENT_TYPES),
  number: v.pipe(v.string(), v.minLength(1)),
  title: v.optional(v.string()),
  addedAt: DATE_TIME,
  lastCheckedAt: v.optional(DATE_TIME),
}) satisfies v.GenericSchema<unknown, ChargeDocument>;

const ChargeDocumentListSchema = v.object({ items: v.array(ChargeDocumentSchema) });
const AddedSchema = v.object({
  document: ChargeDocumentSchema,
  newCharges: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
const ChargeListSchema = v.object({ items: v.array(ChargeSchema) });

/** What adding a document answered: the document and how many new charges were found for it. */
export interface AddedChargeDocument {
  document: ChargeDocument;
  newCharges: number;
}

/** GET /charge-documents: the citizen's documents for charge search. */
export async function listChargeDocuments(client: ApiClient, signal?: AbortSignal): Promise<ChargeDocument[]> {
  const body = await client.get('charge-documents', { signal, parse: valibotParser(ChargeDocumentListSchema) });
  return body.items;
}

/**
 * POST /charge-documents: adds a document (422 with `fields: [{ field: 'number', code: format | checksum }]`, 409
 * `document-exists`). `idempotencyKey`: one per attempt, reused when the same attempt is retried.
 */
export function addChargeDocument(
  client: ApiClient,
  body: { type: ChargeDocumentType; number: string; title?: string },
  options: { idempotencyKey?: string; signal?: AbortSignal } = {},
): Promise<AddedChargeDocument> {
  return client.request({
    method: 'POST',
    path: 'charge-documents',
    body,
    idempotencyKey: options.idempotencyKey,
    signal: options.signal,
    parse: valibotParser(AddedSchema),
  });
}

/** DELETE /charge-documents/{id}: charges are no longer searched by it (those found stay). */
export async function removeChargeDocument(client: ApiClient, id: string, signal?: AbortSignal): Promise<void> {
  await client.request({ method: 'DELETE', path: `charge-documents/${pathSegment(id)}`, signal });
}

/** GET /charges/search: the charges found by a УИН, a resolution number or a tax notice's index (digits only). */
export async function findCharges(
  client: ApiClient,
  query: { by: ChargeSearchBy; value: string },
  signal?: AbortSignal,
): Promise<Charge[]> {
  const body = await client.get('charges/search', {
    query: { by: query.by, value: query.value },
    signal,
    parse: valibotParser(ChargeListSchema),
  });
  return body.items;
}
