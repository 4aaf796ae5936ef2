/**
 * <gu-payments>' payment calls (contract: mocks/openapi.yaml, tags payments and cards): create, follow, confirm and
 * cancel a payment, its receipt and payment orders, the linked cards to pay with, and one charge read again after the
 * server refused a payment because it changed. Loaded with the checkout and payment parts; every answer validated at
 * the boundary with valibot.
 */
import * as v from 'valibot';
import { isApiError, pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import type { Charge, LinkedCard, Payment, PaymentMethod } from './types.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());
const KOPECKS = v.pipe(v.number(), v.integer(), v.minValue(1));
const UIN = v.pipe(v.string(), v.regex(/^(\d{20}|\d{25})$/));
const DIGITS = (count: string) => v.pipe(v.string(), v.regex(new RegExp(`^\\d{${count}}$`)));
const KIND = v.picklist(['fine', 'tax', 'utility', 'duty']);
const METHOD = v.picklist(['card', 'linked-card', 'sbp', 'wallet', 'transfer', 'mobile']);

const OrderSchema = v.object({
  chargeId: v.string(),
  payeeName: v.string(),
  payeeInn: DIGITS('10'),
  payeeKpp: DIGITS('9'),
  payeeAccount: DIGITS('20'),
  bankName: v.string(),
  bik: DIGITS('9'),
  correspondentAccount: DIGITS('20'),
  kbk: DIGITS('20'),
  oktmo: v.pipe(v.string(), v.regex(/^\d{8}(\d{3})?$/)),
  uin: UIN,
  amount: KOPECKS,
  purpose: v.string(),
});

const NextSchema = v.variant('type', [
  v.object({ type: v.literal('redirect'), url: v.string() }),
  v.object({
    type: v.literal('code'),
    codeLength: v.pipe(v.number(), v.integer(), v.minValue(4), v.maxValue(8)),
    sentTo: v.string(),
    expiresAt: DATE_TIME,
  }),
  v.object({ type: v.literal('qr'), qrPayload: v.string(), deepLink: v.string(), expiresAt: DATE_TIME }),
  v.object({ type: v.literal('payment-order'), orders: v.pipe(v.array(OrderSchema), v.minLength(1)) }),
  v.object({ type: v.literal('sms'), phoneMasked: v.string(), expiresAt: DATE_TIME }),
]);

const PaymentSchema = v.object({
  id: v.string(),
  items: v.pipe(
    v.array(
      v.object({
        chargeId: v.string(),
        uin: UIN,
        kind: KIND,
        title: v.string(),
        payee: v.string(),
        amount: KOPECKS,
      }),
    ),
    v.minLength(1),
  ),
  amount: KOPECKS,
  method: METHOD,
  status: v.picklist(['completed', 'pending', 'declined']),
  createdAt: DATE_TIME,
  completedAt: v.optional(DATE_TIME),
  declineCode: v.optional(
    v.picklist([
      'insufficient-funds',
      'three-ds-failed',
      'card-expired',
      'card-declined',
      'expired',
      'cancelled',
      'code-attempts',
    ]),
  ),
  declineReason: v.optional(v.string()),
  cardLast4: v.optional(DIGITS('4')),
  next: v.optional(NextSchema),
  receiptAvailable: v.boolean(),
});

const FileSchema = v.object({
  fileName: v.pipe(v.string(), v.minLength(1)),
  mediaType: v.picklist(['application/pdf', 'image/jpeg', 'image/png']),
  content: v.pipe(v.string(), v.base64()),
});

const CardsSchema = v.object({
  items: v.array(
    v.object({
      id: v.string(),
      last4: DIGITS('4'),
      brand: v.picklist(['mir', 'visa', 'mastercard', 'unionpay']),
      expires: v.pipe(v.string(), v.regex(/^(0[1-9]|1[0-2])\/\d{2}$/)),
      addedAt: DATE_TIME,
    }),
  ),
});

/** A charge as GET /charges/{id} gives it: what the checkout needs checked, the rest kept as the server sent it. */
const ChargeSchema = v.looseObject({
  id: v.string(),
  uin: UIN,
  kind: KIND,
  title: v.string(),
  payee: v.string(),
  amount: KOPECKS,
  amountDue: v.pipe(v.number(), v.integer(), v.minValue(0)),
  status: v.picklist(['unpaid', 'processing', 'paid', 'cancelled']),
  discount: v.optional(v.object({ amount: KOPECKS, until: v.string(), active: v.boolean() })),
});

const parsePayment = valibotParser(PaymentSchema);

/** A file the server sent as base64 in JSON (a receipt, payment orders). */
export interface DownloadedFile {
  fileName: string;
  mediaType: string;
  content: string;
}

/** What POST /payments sends: the charges with the amounts the citizen was shown, and the method's own fields. */
export interface PaymentRequest {
  items: Array<{ chargeId: string; amount: number }>;
  method: PaymentMethod;
  cardId?: string;
  phone?: string;
  returnUrl?: string;
}

/**
 * createPayment: one attempt. `idempotencyKey` is the attempt's (attempt.ts): the same key on every retry, so a
 * repeated request is answered with the first one's payment, never a second payment.
 */
export function createPayment(
  client: ApiClient,
  body: PaymentRequest,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<Payment> {
  return client.post('payments', body, { parse: parsePayment, idempotencyKey, signal }) as Promise<Payment>;
}

export function getPayment(client: ApiClient, id: string, signal?: AbortSignal): Promise<Payment> {
  return client.get(`payments/${pathSegment(id)}`, { parse: parsePayment, signal }) as Promise<Payment>;
}

/** confirmPayment: the linked card's one-time code (one key per code typed: a retry of the same code reuses it). */
export function confirmPayment(
  client: ApiClient,
  id: string,
  code: string,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<Payment> {
  return client.post(
    `payments/${pathSegment(id)}/confirm`,
    { code },
    {
      parse: parsePayment,
      idempotencyKey,
      signal,
    },
  ) as Promise<Payment>;
}

export function cancelPayment(client: ApiClient, id: string, signal?: AbortSignal): Promise<Payment> {
  return client.post(`payments/${pathSegment(id)}/cancel`, undefined, {
    parse: parsePayment,
    signal,
  }) as Promise<Payment>;
}

export function getPaymentReceipt(client: ApiClient, id: string, signal?: AbortSignal): Promise<DownloadedFile> {
  return client.get(`payments/${pathSegment(id)}/receipt`, { parse: valibotParser(FileSchema), signal });
}

export function getPaymentOrder(client: ApiClient, id: string, signal?: AbortSignal): Promise<DownloadedFile> {
  return client.get(`payments/${pathSegment(id)}/order`, { parse: valibotParser(FileSchema), signal });
}

/** listCards: the linked cards to pay with (only the token id, last four digits, brand and expiry). */
export async function listCards(client: ApiClient, signal?: AbortSignal): Promise<LinkedCard[]> {
  const list = await client.get('cards', { parse: valibotParser(CardsSchema), signal });
  return list.items;
}

/** One charge read again after a refusal: the charge, or undefined when the server no longer has it (404). */
export async function getCharge(client: ApiClient, id: string, signal?: AbortSignal): Promise<Charge | undefined> {
  try {
    return (await client.get(`charges/${pathSegment(id)}`, {
      parse: valibotParser(ChargeSchema),
      signal,
    })) as unknown as Charge;
  } catch (error) {
    if (isApiError(error) && error.kind === 'not-found') return undefined;
    throw error;
  }
}

/** A downloaded file's bytes as a Blob. */
export function fileBlob(file: DownloadedFile): Blob {
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mediaType });
}
