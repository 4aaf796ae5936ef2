/** The standard level in the verification mock: the asynchronous registry check (МВД, СФР, ФНС) and the scans. */
import { checkFreeText } from '../../components/core/validation/free-text.js';
import type { Profile } from '../db/index.js';
import { citizenOf, http, idempotent } from '../handlers/support.js';
import { fail, freeTextViolation, jsonBody } from './errors.js';
import {
  checkMs,
  contactsOf,
  newId,
  raiseLevel,
  settings,
  stateOf,
  today,
  type Check,
  type CheckRecord,
  type StandardData,
} from './store.js';

function decideOutcome(person: Profile, data: StandardData): CheckRecord['outcome'] {
  if (settings.checkOutcome === 'succeeded') return { status: 'succeeded' };
  if (settings.checkOutcome === 'unavailable' || data.passportUnitCode === '000-000')
    return { status: 'unavailable', unavailableRegistry: 'mvd' };
  const mismatches: NonNullable<Check['mismatches']> = [];
  if (data.passportNumber === '000000') mismatches.push({ field: 'passportNumber', registry: 'mvd' });
  if (data.birthDate !== person.birthDate) mismatches.push({ field: 'birthDate', registry: 'mvd' });
  if (data.snils !== person.snils) mismatches.push({ field: 'snils', registry: 'sfr' });
  if (data.inn && data.inn !== person.inn) mismatches.push({ field: 'inn', registry: 'fns' });
  if (settings.checkOutcome === 'mismatch' && mismatches.length === 0)
    mismatches.push({ field: 'passportNumber', registry: 'mvd' });
  return mismatches.length > 0 ? { status: 'mismatch', mismatches } : { status: 'succeeded' };
}

/** The check as the client sees it now; a finished success raises the level once. */
function viewCheck(record: CheckRecord, person: Profile): Check {
  const elapsed = Date.now() - record.startedMs;
  const { ownerId: _o, startedMs: _s, durationMs, outcome, applied: _a, ...rest } = record;
  if (elapsed < durationMs) {
    return {
      ...structuredClone(rest),
      status: 'pending',
      stage: elapsed < durationMs * 0.6 ? 'mvd' : 'sfr',
      pollAfter: Math.max(1, Math.min(10, Math.round(durationMs / 15_000))),
    };
  }
  if (outcome.status === 'succeeded' && !record.applied) {
    record.applied = true;
    raiseLevel(person, 'standard');
  }
  return { ...structuredClone(rest), ...structuredClone(outcome) };
}

/**
 * The contract's free-text fields of StandardLevelData (`maxLength` 300, `pattern`: the kit's text policy,
 * components/core/validation/free-text.ts — the same check the form makes).
 */
const FREE_TEXT_FIELDS = { passportIssuedBy: 300, birthPlace: 300 } as const;
const isDateText = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

const STANDARD_FIELDS: Record<keyof StandardData, (v: unknown) => boolean> = {
  passportSeries: (v) => typeof v === 'string' && /^\d{4}$/.test(v),
  passportNumber: (v) => typeof v === 'string' && /^\d{6}$/.test(v),
  passportIssuedAt: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && v <= today(),
  passportIssuedBy: (v) =>
    typeof v === 'string' && checkFreeText(v, { maxLength: FREE_TEXT_FIELDS.passportIssuedBy, required: true }).ok,
  passportUnitCode: (v) => typeof v === 'string' && /^\d{3}-\d{3}$/.test(v),
  snils: (v) => typeof v === 'string' && /^\d{11}$/.test(v),
  inn: (v) => v === undefined || (typeof v === 'string' && /^\d{12}$/.test(v)),
  birthDate: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && v < today(),
  birthPlace: (v) =>
    typeof v === 'string' && checkFreeText(v, { maxLength: FREE_TEXT_FIELDS.birthPlace, required: true }).ok,
  citizenship: (v) => v === 'RU',
  consent: (v) => v === true,
  documentIds: (v) => v === undefined || (Array.isArray(v) && v.length <= 4 && v.every((i) => typeof i === 'string')),
};
/** POST verification/checks, GET verification/checks/current, POST verification/documents. */
export const standardHandlers = [
  http.post('/verification/checks', async ({ request, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request as Request);
    if (!body) return response.untyped(fail(request, 400, 'validation-failed'));
    // Text that breaks the contract's maxLength or character policy is a bad request (400), with the field and why.
    const violations = (Object.keys(FREE_TEXT_FIELDS) as (keyof typeof FREE_TEXT_FIELDS)[]).flatMap((field) => {
      const code = freeTextViolation(body[field], FREE_TEXT_FIELDS[field]);
      return code ? [{ field, code }] : [];
    });
    if (violations.length > 0) return response.untyped(fail(request, 400, 'validation-failed', violations));
    const fields: Array<{ field: string; code: string }> = (Object.keys(STANDARD_FIELDS) as (keyof StandardData)[])
      .filter((name) => !STANDARD_FIELDS[name](body[name]))
      .map((field) => ({
        field,
        code:
          body[field] === undefined
            ? 'required'
            : (field === 'birthDate' || field === 'passportIssuedAt') && !isDateText(body[field])
              ? 'date-format'
              : 'invalid',
      }));
    const extra = Object.keys(body).filter((name) => !(name in STANDARD_FIELDS));
    fields.push(...extra.map((field) => ({ field, code: 'invalid' })));
    if (fields.length > 0) return response.untyped(fail(request, 422, 'validation-failed', fields));
    const data = body as unknown as StandardData;
    const result = await idempotent(request, { required: false, fingerprint: JSON.stringify(data) }, async () => {
      const contacts = contactsOf(person);
      if (!contacts.phoneConfirmed || !contacts.emailConfirmed)
        return fail(request, 409, 'contacts-not-confirmed') as never;
      const state = stateOf();
      const last = state.checks.findLast((c) => c.ownerId === person.id);
      if (last && Date.now() - last.startedMs < last.durationMs)
        return fail(request, 409, 'check-in-progress') as never;
      const now = Date.now();
      const duration = checkMs();
      const record: CheckRecord = {
        id: newId('check'),
        ownerId: person.id,
        startedAt: new Date(now).toISOString(),
        expectedBy: new Date(now + duration).toISOString(),
        submitted: structuredClone(data),
        startedMs: now,
        durationMs: duration,
        outcome: decideOutcome(person, data),
        applied: false,
      };
      state.checks.push(record);
      return { status: 202, body: viewCheck(record, person) };
    });
    return response.untyped(result);
  }),

  http.get('/verification/checks/current', ({ request, response }) => {
    const person = citizenOf(request);
    const last = stateOf().checks.findLast((c) => c.ownerId === person.id);
    return response(200).json({ check: last ? viewCheck(last, person) : null });
  }),

  http.post('/verification/documents', async ({ request, response }) => {
    citizenOf(request);
    const body = await jsonBody(request as Request);
    const fileName = body?.['fileName'];
    const mediaType = body?.['mediaType'];
    const content = body?.['content'];
    const types = ['application/pdf', 'image/jpeg', 'image/png'] as const;
    const fields = [
      ...(typeof fileName !== 'string' || fileName.length < 1 || fileName.length > 255
        ? [{ field: 'fileName', code: 'invalid' }]
        : []),
      ...(!types.includes(mediaType as (typeof types)[number]) ? [{ field: 'mediaType', code: 'invalid' }] : []),
      ...(typeof content !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(content)
        ? [{ field: 'content', code: 'invalid' }]
        : []),
    ];
    if (fields.length > 0) return response.untyped(fail(request, 400, 'validation-failed', fields));
    const text = content as string;
    const size = Math.floor((text.length * 3) / 4) - (text.match(/=+$/)?.[0].length ?? 0);
    if (size > 10 * 1024 * 1024)
      return response.untyped(fail(request, 422, 'file-too-large', [{ field: 'content', code: 'file-too-large' }]));
    return response(201).json({
      id: newId('scan'),
      fileName: fileName as string,
      mediaType: mediaType as (typeof types)[number],
      size,
    });
  }),
];
