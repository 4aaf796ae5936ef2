/**
 * Utilities autopay («Автоплатёж»): GET /autopay (one rule per utility provider of the citizen), PUT
 * /autopay/{providerId}. State per database instance, seeded for the default citizen: electricity paid by card-1
 * with a limit and a reminder, water off with no reminder, housing off with a reminder. The reminder
 * (`remindDaysBefore`) is also what the notifications widget shows as a setting (`autopayRulesOf`).
 */
import type { RequestHandler } from 'msw';
import { getDb, type Db } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, http, idempotent } from '../handlers/support.js';
import { findCard } from './cards.js';
import { UTILITY_PROVIDERS } from './providers.js';
import { fail, jsonBody, unknownFields } from './replies.js';

type AutopayRule = components['schemas']['AutopayRule'];

interface RuleRecord extends AutopayRule {
  ownerId: string;
}

const states = new WeakMap<Db, RuleRecord[]>();

function seed(db: Db): RuleRecord[] {
  if (db.charges.length === 0) return []; // the `empty` scenario: no providers yet
  const owners = new Set(['person-1']);
  for (const charge of db.charges) if (charge.kind === 'utility') owners.add(charge.ownerId);
  const rules: RuleRecord[] = [];
  for (const ownerId of owners) {
    const ids = new Set(db.charges.filter((c) => c.ownerId === ownerId && c.utility).map((c) => c.utility!.providerId));
    for (const provider of UTILITY_PROVIDERS) {
      if (ownerId !== 'person-1' && !ids.has(provider.id)) continue;
      rules.push({
        ownerId,
        providerId: provider.id,
        providerName: provider.name,
        accountNumber: provider.accountNumber,
        enabled: false,
        remindDaysBefore: 0,
      });
    }
  }
  const own = (id: string) => rules.find((r) => r.ownerId === 'person-1' && r.providerId === id);
  Object.assign(own('mosenergosbyt') ?? {}, {
    enabled: true,
    monthlyLimit: 500_000,
    cardId: 'card-1',
    remindDaysBefore: 3,
  });
  Object.assign(own('eirc') ?? {}, { remindDaysBefore: 5 });
  return rules;
}

function rulesOf(db: Db = getDb()): RuleRecord[] {
  let rules = states.get(db);
  if (!rules) states.set(db, (rules = seed(db)));
  return rules;
}

const ruleOf = (record: RuleRecord): AutopayRule => {
  const { ownerId: _owner, ...rule } = record;
  return { ...rule };
};

/** A citizen's autopay rules (also for the notifications' reminder setting). */
export function autopayRulesOf(ownerId: string): AutopayRule[] {
  return rulesOf()
    .filter((r) => r.ownerId === ownerId)
    .map(ruleOf);
}

/** A card was unlinked: the autopay that paid with it is switched off; returns which. */
export function disableAutopayPaidWith(
  ownerId: string,
  cardId: string,
): Array<{ providerId: string; providerName: string }> {
  const off: Array<{ providerId: string; providerName: string }> = [];
  for (const rule of rulesOf()) {
    if (rule.ownerId !== ownerId || rule.cardId !== cardId) continue;
    if (rule.enabled) off.push({ providerId: rule.providerId, providerName: rule.providerName });
    rule.enabled = false;
    delete rule.cardId;
  }
  return off;
}

const isInt = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

export const autopayHandlers: RequestHandler[] = [
  http.get('/autopay', ({ request, response }) => {
    return response(200).json({ items: autopayRulesOf(citizenOf(request).id) });
  }),

  http.put('/autopay/{providerId}', async ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const body = await jsonBody(request as Request);
    if (!body) return response.untyped(fail(request, 400, 'bad-request'));
    const { enabled, monthlyLimit, cardId, remindDaysBefore } = body;
    const fields = [
      ...unknownFields(body, ['enabled', 'monthlyLimit', 'cardId', 'remindDaysBefore']),
      ...(typeof enabled !== 'boolean'
        ? [{ field: 'enabled', code: enabled === undefined ? 'required' : 'invalid' }]
        : []),
      ...(monthlyLimit !== undefined && !isInt(monthlyLimit, 10_000, 10_000_000)
        ? [{ field: 'monthlyLimit', code: 'invalid' }]
        : []),
      ...(cardId !== undefined && typeof cardId !== 'string' ? [{ field: 'cardId', code: 'invalid' }] : []),
      ...(!isInt(remindDaysBefore, 0, 10)
        ? [{ field: 'remindDaysBefore', code: remindDaysBefore === undefined ? 'required' : 'invalid' }]
        : []),
    ];
    if (fields.length > 0) return response.untyped(fail(request, 400, 'validation-failed', fields));
    const providerId = String(params.providerId);
    const result = await idempotent(
      request,
      { required: false, fingerprint: JSON.stringify({ providerId, enabled, monthlyLimit, cardId, remindDaysBefore }) },
      async () => {
        const rule = rulesOf().find((r) => r.ownerId === ownerId && r.providerId === providerId);
        if (!rule) return fail(request, 404, 'provider-not-found');
        if (enabled) {
          const missing = [
            ...(cardId === undefined
              ? [{ field: 'cardId', code: 'card-required' }]
              : !findCard(ownerId, cardId as string)
                ? [{ field: 'cardId', code: 'card-not-found' }]
                : []),
            ...(monthlyLimit === undefined ? [{ field: 'monthlyLimit', code: 'limit-required' }] : []),
          ];
          if (missing.length > 0) return fail(request, 422, 'validation-failed', missing);
        }
        rule.enabled = enabled as boolean;
        rule.remindDaysBefore = remindDaysBefore as number;
        if (monthlyLimit !== undefined) rule.monthlyLimit = monthlyLimit as number;
        else delete rule.monthlyLimit;
        if (cardId !== undefined && findCard(ownerId, cardId as string)) rule.cardId = cardId as string;
        else delete rule.cardId;
        return { status: 200, body: ruleOf(rule) };
      },
    );
    return response.untyped(result);
  }),
];
