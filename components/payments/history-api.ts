/**
 * «История платежей»' calls (contract: mocks/openapi.yaml, tag `payments`: listPayments, getPaymentStats,
 * getPaymentReceipt), each answer validated at the boundary with valibot. Loaded with the history part, never in the
 * element's first render.
 */
import * as v from 'valibot';
import { ApiError, pathSegment, valibotParser, type ApiClient } from '../core/api/index.js';
import { base64Blob } from '../core/ui/save-file.js';
import {
  CHARGE_KINDS,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  type ChargeKind,
  type Payment,
  type PaymentMethod,
  type PaymentStats,
  type PaymentStatus,
} from './types.js';

const DATE_TIME = v.pipe(v.string(), v.isoTimestamp());
const KOPECKS = v.pipe(v.number(), v.integer(), v.minValue(0));
const UIN = v.pipe(v.string(), v.regex(/^(\d{20}|\d{25})$/));
const DECLINE_CODES = [
  'insufficient-funds',
  'three-ds-failed',
  'card-expired',
  'card-declined',
  'expired',
  'cancelled',
  'code-attempts',
] as const;

const PaymentItemSchema = v.object({
  chargeId: v.string(),
  uin: UIN,
  kind: v.picklist(CHARGE_KINDS),
  title: v.string(),
  payee: v.string(),
  amount: KOPECKS,
});

/**
 * A payment of the history. `next` (what to do while it is pending) is the payment view's business: it is accepted in
 * any shape here and not kept.
 */
const PaymentSchema = v.pipe(
  v.object({
    id: v.string(),
    items: v.pipe(v.array(PaymentItemSchema), v.minLength(1)),
    amount: KOPECKS,
    method: v.picklist(PAYMENT_METHODS),
    status: v.picklist(PAYMENT_STATUSES),
    createdAt: DATE_TIME,
    completedAt: v.optional(DATE_TIME),
    declineCode: v.optional(v.picklist(DECLINE_CODES)),
    declineReason: v.optional(v.string()),
    cardLast4: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/))),
    next: v.optional(v.unknown()),
    receiptAvailable: v.boolean(),
  }),
  v.transform(({ next: _next, ...payment }): Payment => payment),
);

const PaymentPageSchema = v.object({
  items: v.array(PaymentSchema),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const PaymentStatsSchema = v.object({
  total: KOPECKS,
  months: v.array(
    v.object({
      month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
      byKind: v.array(v.object({ kind: v.picklist(CHARGE_KINDS), amount: KOPECKS })),
    }),
  ),
});

const FileContentSchema = v.object({
  fileName: v.string(),
  mediaType: v.picklist(['application/pdf', 'image/jpeg', 'image/png']),
  content: v.string(),
});

/** What the history asks for: its filters and search (all optional), and the page. */
export interface HistoryFilters {
  /** First day, inclusive (`YYYY-MM-DD`). */
  from?: string;
  /** Last day, inclusive (`YYYY-MM-DD`). */
  to?: string;
  kind?: ChargeKind;
  status?: PaymentStatus;
  method?: PaymentMethod;
  /** Words of a title or payee, or digits of a УИН. */
  q?: string;
}

export interface HistoryQuery extends HistoryFilters {
  page: number;
  pageSize: number;
}

/** One page of the history. */
export interface PaymentPage {
  items: Payment[];
  total: number;
  page: number;
  pageSize: number;
}

/** The contract's query of listPayments for the history's filters (empty ones left out). */
function filterParams(filters: HistoryFilters): Record<string, string | undefined> {
  let q = filters.q?.trim();
  // A УИН pasted as printed on a notice («188 1037 7200…»): its digits.
  if (q && /^[\d\s-]+$/.test(q)) q = q.replace(/\D/g, '');
  return {
    from: filters.from || undefined,
    to: filters.to || undefined,
    kind: filters.kind,
    status: filters.status,
    method: filters.method,
    q: q ? q.slice(0, 100) : undefined,
  };
}

/** One page of the payments that match the filters, newest first. */
export function listPayments(client: ApiClient, query: HistoryQuery, signal?: AbortSignal): Promise<PaymentPage> {
  return client.get('payments', {
    signal,
    query: { ...filterParams(query), page: query.page, pageSize: query.pageSize },
    parse: valibotParser(PaymentPageSchema),
  });
}

/** Completed payments' sums by month and kind over the period (the server's default period without one). */
export function getPaymentStats(
  client: ApiClient,
  period: Pick<HistoryFilters, 'from' | 'to'>,
  signal?: AbortSignal,
): Promise<PaymentStats> {
  return client.get('payment-stats', {
    signal,
    query: { from: period.from || undefined, to: period.to || undefined },
    parse: valibotParser(PaymentStatsSchema),
  });
}

/** A file the server sent (a receipt), ready to save. */
export interface ReceivedFile {
  fileName: string;
  blob: Blob;
}

/** The electronic receipt of a completed payment (a PDF). */
export async function getPaymentReceipt(client: ApiClient, id: string, signal?: AbortSignal): Promise<ReceivedFile> {
  const file = await client.get(`payments/${pathSegment(id)}/receipt`, {
    signal,
    parse: valibotParser(FileContentSchema),
  });
  try {
    // A name from the server is only a suggestion: no folders in it.
    const fileName = file.fileName.replace(/[\\/]/g, '_').trim() || `receipt-${id}.pdf`;
    return { fileName, blob: base64Blob(file.content, file.mediaType) };
  } catch (cause) {
    throw new ApiError('malformed', 'The receipt is not base64', { cause });
  }
}
