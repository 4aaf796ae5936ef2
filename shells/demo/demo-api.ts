/** The demo's API module: profile, charges and payments through core/api, validated at the boundary. */
import * as v from 'valibot';
import { valibotParser, type ApiClient } from '../../components/core/api/index.js';

const ProfileSchema = v.object({
  surname: v.string(),
  name: v.string(),
  patronymic: v.optional(v.string()),
  accountLevel: v.picklist(['simplified', 'standard', 'confirmed']),
});
export type DemoProfile = v.InferOutput<typeof ProfileSchema>;

const ChargeSchema = v.object({
  id: v.string(),
  uin: v.string(),
  title: v.string(),
  payee: v.string(),
  amount: v.pipe(v.number(), v.integer()),
  discountedAmount: v.optional(v.pipe(v.number(), v.integer())),
  discountUntil: v.optional(v.string()),
  status: v.picklist(['unpaid', 'processing', 'paid', 'cancelled']),
});
export type DemoCharge = v.InferOutput<typeof ChargeSchema>;

const ChargePageSchema = v.object({ items: v.array(ChargeSchema), total: v.number() });
const PaymentSchema = v.object({ id: v.string() });

const parseProfile = valibotParser(ProfileSchema);
const parseCharges = valibotParser(ChargePageSchema);
const parsePayment = valibotParser(PaymentSchema);

export function fetchProfile(client: ApiClient, signal?: AbortSignal): Promise<DemoProfile> {
  return client.request({ path: 'profile', signal, parse: parseProfile });
}

export function fetchUnpaidCharges(client: ApiClient, signal?: AbortSignal) {
  return client.request({ path: 'charges', query: { status: 'unpaid', pageSize: 5 }, signal, parse: parseCharges });
}

/** Pays one charge; the caller keeps `idempotencyKey` for the attempt so a retry can never pay twice. */
export function payCharge(client: ApiClient, chargeId: string, idempotencyKey: string) {
  return client.request({
    method: 'POST',
    path: 'payments',
    body: { chargeIds: [chargeId], method: 'card' },
    idempotencyKey,
    parse: parsePayment,
  });
}
