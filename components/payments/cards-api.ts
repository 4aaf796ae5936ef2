/**
 * Linked cards and autopay calls of <gu-payments> (contract: mocks/openapi.yaml, tags `cards`, `autopay`), loaded with
 * the cards part; each answer validated at the boundary with valibot. Only the acquirer's token id, the last four
 * digits, the brand and the expiry of a card ever reach the page.
 */
import * as v from 'valibot';
import { pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import type { AutopayRule, LinkedCard } from './types.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());

const CardSchema = v.object({
  id: v.string(),
  last4: v.pipe(v.string(), v.regex(/^\d{4}$/)),
  brand: v.picklist(['mir', 'visa', 'mastercard', 'unionpay']),
  expires: v.pipe(v.string(), v.regex(/^(0[1-9]|1[0-2])\/\d{2}$/)),
  addedAt: DATE_TIME,
}) satisfies v.GenericSchema<unknown, LinkedCard>;

const BindingSchema = v.object({
  id: v.string(),
  status: v.picklist(['pending', 'completed', 'failed']),
  url: v.optional(v.string()),
  card: v.optional(CardSchema),
  failureReason: v.optional(v.string()),
});
/** A card linking on the acquirer's page. */
export type CardBinding = v.InferOutput<typeof BindingSchema>;

const RemovalSchema = v.object({
  autopayDisabled: v.array(v.object({ providerId: v.string(), providerName: v.string() })),
});
/** What removing a card switched off. */
export type CardRemoval = v.InferOutput<typeof RemovalSchema>;

const KOPECKS = v.pipe(v.number(), v.integer());
const RuleSchema = v.object({
  providerId: v.string(),
  providerName: v.string(),
  accountNumber: v.string(),
  enabled: v.boolean(),
  monthlyLimit: v.optional(KOPECKS),
  cardId: v.optional(v.string()),
  remindDaysBefore: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
}) satisfies v.GenericSchema<unknown, AutopayRule>;

/** The monthly limit's bounds in kopecks (the contract's AutopayRule). */
export const LIMIT_MIN = 10_000;
export const LIMIT_MAX = 10_000_000;
/** The reminder's bounds in days (0 — no reminder). */
export const REMIND_MAX = 10;

/** The linked cards. */
export async function listCards(client: ApiClient, signal?: AbortSignal): Promise<LinkedCard[]> {
  const body = await client.get('cards', { signal, parse: valibotParser(v.object({ items: v.array(CardSchema) })) });
  return body.items;
}

/** Starts linking a card: the acquirer's page to open (`url`, from the server: check it with safeServerUrl). */
export function startCardBinding(
  client: ApiClient,
  request: { returnUrl: string },
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<CardBinding> {
  return client.post('cards', request, { signal, idempotencyKey, parse: valibotParser(BindingSchema) });
}

/** How a card linking ended (or that it is still pending). */
export function getCardBinding(client: ApiClient, bindingId: string, signal?: AbortSignal): Promise<CardBinding> {
  return client.get(`card-bindings/${pathSegment(bindingId)}`, { signal, parse: valibotParser(BindingSchema) });
}

/** Unlinks a card; says which autopay it switched off. */
export function removeCard(client: ApiClient, cardId: string, signal?: AbortSignal): Promise<CardRemoval> {
  return client.request({
    method: 'DELETE',
    path: `cards/${pathSegment(cardId)}`,
    signal,
    parse: valibotParser(RemovalSchema),
  });
}

/** The autopay rules, one per utility provider. */
export async function listAutopay(client: ApiClient, signal?: AbortSignal): Promise<AutopayRule[]> {
  const body = await client.get('autopay', { signal, parse: valibotParser(v.object({ items: v.array(RuleSchema) })) });
  return body.items;
}

/** What updateAutopay sends. */
export interface AutopayUpdate {
  enabled: boolean;
  monthlyLimit?: number;
  cardId?: string;
  remindDaysBefore: number;
}

/** Saves a provider's autopay (PUT /autopay/{providerId}). */
export function updateAutopay(
  client: ApiClient,
  providerId: string,
  update: AutopayUpdate,
  signal?: AbortSignal,
): Promise<AutopayRule> {
  return client.request({
    method: 'PUT',
    path: `autopay/${pathSegment(providerId)}`,
    body: update,
    signal,
    parse: valibotParser(RuleSchema),
  });
}
