/** GET /charges, GET /payments, GET /payments/{id}, POST /payments. */
import { checkPayable, getDb, payCharges } from '../db/index.js';
import type { ChargeKind, ChargeRecord, ChargeStatus, PaymentMethod, PaymentRecord } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import {
  PAYMENT_PROCESSING_MS,
  bearerToken,
  citizenOf,
  enumValues,
  errorResponse,
  http,
  idempotent,
  pageOf,
  paging,
  processing,
  takeRateLimit,
} from '../handlers/support.js';

const CHARGE_STATUSES: readonly ChargeStatus[] = ['unpaid', 'processing', 'paid', 'cancelled'];
const CHARGE_KINDS: readonly ChargeKind[] = ['fine', 'tax', 'utility', 'duty'];
const METHODS: readonly PaymentMethod[] = ['card', 'sbp'];

function chargeOf(record: ChargeRecord): components['schemas']['Charge'] {
  const { ownerId: _owner, ...charge } = record;
  return charge;
}

function paymentOf(record: PaymentRecord): components['schemas']['Payment'] {
  const { ownerId: _owner, ...payment } = record;
  return structuredClone(payment);
}

/** Field errors of a CreatePaymentRequest body, or its typed value. */
function parsePaymentRequest(
  body: unknown,
): { chargeIds: string[]; method: PaymentMethod } | { errors: Array<{ field: string; code: string }> } {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { errors: [{ field: 'body', code: 'invalid' }] };
  const { chargeIds, method, ...rest } = body as Record<string, unknown>;
  const errors: Array<{ field: string; code: string }> = Object.keys(rest).map((field) => ({ field, code: 'invalid' }));
  if (chargeIds === undefined) errors.push({ field: 'chargeIds', code: 'required' });
  else if (
    !Array.isArray(chargeIds) ||
    chargeIds.length === 0 ||
    chargeIds.length > 50 ||
    chargeIds.some((id) => typeof id !== 'string') ||
    new Set(chargeIds).size !== chargeIds.length
  ) {
    errors.push({ field: 'chargeIds', code: 'invalid' });
  }
  if (method === undefined) errors.push({ field: 'method', code: 'required' });
  else if (!METHODS.includes(method as PaymentMethod)) errors.push({ field: 'method', code: 'invalid' });
  return errors.length > 0 ? { errors } : { chargeIds: chargeIds as string[], method: method as PaymentMethod };
}

/** Handlers of charges and payments. */
export const paymentHandlers = [
  http.get('/charges', ({ request, response }) => {
    const url = new URL(request.url);
    const ownerId = citizenOf(request).id;
    const paged = paging(url);
    const statuses = enumValues(url, 'status', CHARGE_STATUSES);
    const kinds = enumValues(url, 'kind', CHARGE_KINDS);
    if ('errors' in paged || 'errors' in statuses || 'errors' in kinds) {
      const fields = [paged, statuses, kinds].flatMap((result) => ('errors' in result ? result.errors : []));
      return response.untyped(errorResponse(request, 400, 'validation-failed', { fields }));
    }
    const wantedStatus = new Set(statuses.values);
    const wantedKind = new Set(kinds.values);
    const filtered = getDb().charges.filter(
      (c) =>
        c.ownerId === ownerId &&
        (wantedStatus.size === 0 || wantedStatus.has(c.status)) &&
        (wantedKind.size === 0 || wantedKind.has(c.kind)),
    );
    // Unpaid first (soonest due first), then the rest newest first.
    const rank = (c: ChargeRecord): number => (c.status === 'unpaid' ? 0 : c.status === 'processing' ? 1 : 2);
    const sorted = [...filtered].sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (rank(a) === 0 ? (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') : 0) ||
        b.issuedAt.localeCompare(a.issuedAt),
    );
    return response(200).json({
      items: pageOf(sorted, paged.page, paged.pageSize).map(chargeOf),
      total: filtered.length,
      page: paged.page,
      pageSize: paged.pageSize,
    });
  }),

  http.get('/payments', ({ request, response }) => {
    const url = new URL(request.url);
    const ownerId = citizenOf(request).id;
    const paged = paging(url);
    if ('errors' in paged)
      return response.untyped(errorResponse(request, 400, 'validation-failed', { fields: paged.errors }));
    const own = getDb().payments.filter((p) => p.ownerId === ownerId);
    return response(200).json({
      items: pageOf(own, paged.page, paged.pageSize).map(paymentOf),
      total: own.length,
      page: paged.page,
      pageSize: paged.pageSize,
    });
  }),

  http.get('/payments/{id}', ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const payment = getDb().payments.find((p) => p.id === params.id && p.ownerId === ownerId);
    if (!payment) return response.untyped(errorResponse(request, 404, 'not-found'));
    return response(200).json(paymentOf(payment));
  }),

  http.post('/payments', async ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    if (!request.headers.get('Idempotency-Key')) {
      return response.untyped(
        errorResponse(request, 400, 'idempotency-key-missing', {
          fields: [{ field: 'Idempotency-Key', code: 'required' }],
        }),
      );
    }
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return response.untyped(errorResponse(request, 400, 'bad-request'));
    }
    const parsed = parsePaymentRequest(body);
    if ('errors' in parsed)
      return response.untyped(errorResponse(request, 400, 'validation-failed', { fields: parsed.errors }));
    const fingerprint = JSON.stringify({ chargeIds: [...parsed.chargeIds].sort(), method: parsed.method });
    const result = await idempotent(request, { required: true, fingerprint }, async () => {
      const limit = takeRateLimit('payments', bearerToken(request) ?? '');
      if (limit.limited)
        return errorResponse(request, 429, 'rate-limited', { retryAfter: limit.retryAfter, headers: limit.headers });
      const before = checkPayable(ownerId, parsed.chargeIds);
      if (before)
        return errorResponse(request, 422, before.code, { fields: [{ field: 'chargeIds', code: 'invalid' }] });
      await processing(PAYMENT_PROCESSING_MS);
      // Another key may have paid the same charge meanwhile: never pay twice.
      const after = checkPayable(ownerId, parsed.chargeIds);
      if (after) return errorResponse(request, 422, after.code, { fields: [{ field: 'chargeIds', code: 'invalid' }] });
      return { status: 201, body: paymentOf(payCharges(ownerId, parsed.chargeIds, parsed.method)) };
    });
    return response.untyped(result);
  }),
];
