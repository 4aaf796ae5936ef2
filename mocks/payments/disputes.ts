/**
 * Disputes of fines («Оспорить»): POST /dispute-documents (the documents, uploaded first), POST /charges/{id}/disputes,
 * GET /disputes. State per database instance (so `resetDb()` / `setScenario()` start afresh), seeded for the default
 * citizen with a dispute in every status. A new dispute moves on with time — submitted, under review after `stepMs`,
 * decided (with the agency's answer) after twice that — so tests see each status deterministically.
 */
import type { RequestHandler } from 'msw';
import { getDb, type ChargeRecord, type Db } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, http, idempotent, localeOf, type Locale } from '../handlers/support.js';
import { fail, jsonBody, unknownFields } from './replies.js';

type Schemas = components['schemas'];
type Dispute = Schemas['Dispute'];
type DisputeDocument = Schemas['DisputeDocument'];
type DisputeReason = Schemas['DisputeReason'];
type DisputeStatus = Schemas['DisputeStatus'];

const REASONS: readonly DisputeReason[] = ['not-driver', 'vehicle-sold', 'already-paid', 'wrong-amount', 'other'];
const MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
const MAX_BYTES = 10 * 1024 * 1024;

interface DocumentRecord extends DisputeDocument {
  ownerId: string;
}
interface DisputeRecord extends Omit<Dispute, 'status' | 'answer' | 'updatedAt'> {
  ownerId: string;
  createdMs: number;
  /** Seeded disputes keep their status; new ones follow the time since `createdMs`. */
  fixed?: { status: DisputeStatus; answer?: Record<Locale, string>; updatedAt: string };
}
interface State {
  documents: DocumentRecord[];
  disputes: DisputeRecord[];
  nextId: number;
}

/** How long each step of a new dispute takes (submitted → under review → decided); tests shorten it. */
let stepMs = 30_000;

/** Test control: how long a new dispute stays in each status before the next. */
export function configureDisputesMock(options: { stepMs?: number }): void {
  if (options.stepMs !== undefined) stepMs = options.stepMs;
}

/** Test control: back to the default timing. */
export function resetDisputesMock(): void {
  stepMs = 30_000;
}

/** The agency's answers, by outcome and reason. */
const ANSWERS: Record<'accepted' | 'rejected', Record<Locale, string>> = {
  accepted: {
    ru: 'Жалоба удовлетворена: постановление отменено, производство по делу прекращено. Штраф оплачивать не нужно.',
    en: 'The complaint is upheld: the resolution is cancelled and the case closed. The fine need not be paid.',
  },
  rejected: {
    ru: 'В удовлетворении жалобы отказано: доводы не подтверждены представленными документами. Постановление оставлено без изменения.',
    en: 'The complaint is dismissed: the documents do not support it. The resolution stands.',
  },
};

/** A decided dispute's outcome: the reasons a document settles are upheld, the rest dismissed. */
const outcomeOf = (reason: DisputeReason): 'accepted' | 'rejected' =>
  reason === 'vehicle-sold' || reason === 'already-paid' ? 'accepted' : 'rejected';

const states = new WeakMap<Db, State>();

function seed(db: Db): State {
  const state: State = { documents: [], disputes: [], nextId: 1 };
  const fines = db.charges.filter((c) => c.ownerId === 'person-1' && c.kind === 'fine');
  // The first disputable fine stays free to dispute (the contract test and the stories dispute it).
  const firstDisputable = fines.find((c) => c.disputable);
  const candidates = fines.filter((c) => c !== firstDisputable);
  const day = 86_400_000;
  const base = Date.parse('2026-11-20T09:00:00Z');
  const plan: Array<{ status: DisputeStatus; reason: DisputeReason; comment: string; ageDays: number }> = [
    {
      status: 'submitted',
      reason: 'not-driver',
      comment: 'В момент фиксации нарушения автомобилем управлял другой человек, вписанный в полис ОСАГО.',
      ageDays: 1,
    },
    {
      status: 'under-review',
      reason: 'wrong-amount',
      comment: 'Сумма штрафа не соответствует статье, указанной в постановлении.',
      ageDays: 6,
    },
    {
      status: 'accepted',
      reason: 'vehicle-sold',
      comment: 'Автомобиль продан до даты нарушения, договор купли-продажи прилагаю.',
      ageDays: 30,
    },
    {
      status: 'rejected',
      reason: 'other',
      comment: 'Знак ограничения скорости был закрыт ветками деревьев, фото прилагаю.',
      ageDays: 45,
    },
  ];
  plan.forEach((entry, index) => {
    // Open disputes on disputable fines; an upheld one on a cancelled fine, a dismissed one on a fine that stands.
    const prefer = (c: ChargeRecord): boolean =>
      entry.status === 'accepted'
        ? c.status === 'cancelled'
        : entry.status === 'rejected'
          ? !c.disputable && c.status !== 'cancelled'
          : c.disputable === true && c.status === 'unpaid';
    const charge = candidates.find(prefer) ?? candidates[0];
    if (!charge) return;
    candidates.splice(candidates.indexOf(charge), 1);
    const created = base - entry.ageDays * day;
    const decided = entry.status === 'accepted' || entry.status === 'rejected';
    const id = `dispute-seed-${index + 1}`;
    const documents: DisputeDocument[] =
      entry.reason === 'vehicle-sold'
        ? [
            {
              id: `dispute-document-seed-${index + 1}`,
              fileName: 'Договор купли-продажи.pdf',
              mediaType: 'application/pdf',
              size: 248_311,
            },
          ]
        : [];
    state.disputes.push({
      id,
      ownerId: 'person-1',
      chargeId: charge.id,
      chargeTitle: charge.title,
      reason: entry.reason,
      comment: entry.comment,
      documents,
      createdAt: new Date(created).toISOString(),
      createdMs: created,
      fixed: {
        status: entry.status,
        ...(decided ? { answer: ANSWERS[entry.status as 'accepted' | 'rejected'] } : {}),
        updatedAt: new Date(created + (decided ? 10 : entry.status === 'under-review' ? 2 : 0) * day).toISOString(),
      },
    });
    charge.dispute = { id, status: entry.status };
  });
  return state;
}

function stateOf(db: Db = getDb()): State {
  let state = states.get(db);
  if (!state) states.set(db, (state = db.charges.length === 0 ? { documents: [], disputes: [], nextId: 1 } : seed(db)));
  return state;
}

/** A dispute's status now (and when it last changed, and the answer when decided). */
function progress(record: DisputeRecord, now = Date.now()): NonNullable<DisputeRecord['fixed']> {
  if (record.fixed) return record.fixed;
  const steps = Math.min(2, Math.floor((now - record.createdMs) / Math.max(1, stepMs)));
  if (steps === 0) return { status: 'submitted', updatedAt: record.createdAt };
  const updatedAt = new Date(record.createdMs + steps * stepMs).toISOString();
  if (steps === 1) return { status: 'under-review', updatedAt };
  const outcome = outcomeOf(record.reason);
  return { status: outcome, answer: ANSWERS[outcome], updatedAt };
}

/** The dispute as the client sees it now; the fine's `dispute` (and status, once upheld) follow it. */
function view(record: DisputeRecord, locale: Locale, db: Db = getDb()): Dispute {
  const now = progress(record);
  const charge = db.charges.find((c) => c.id === record.chargeId);
  if (charge) {
    charge.dispute = { id: record.id, status: now.status };
    if (now.status === 'accepted' && !record.fixed && charge.status === 'unpaid') charge.status = 'cancelled';
  }
  const { ownerId: _owner, createdMs: _ms, fixed: _fixed, ...rest } = record;
  return {
    ...structuredClone(rest),
    status: now.status,
    ...(now.answer ? { answer: now.answer[locale] } : {}),
    updatedAt: now.updatedAt,
  };
}

/** The open (not decided) dispute of a charge, if any. */
function openDisputeOf(state: State, chargeId: string): DisputeRecord | undefined {
  return state.disputes.find((d) => {
    if (d.chargeId !== chargeId) return false;
    const status = progress(d).status;
    return status === 'submitted' || status === 'under-review';
  });
}

/** The fine's dispute summary (`Charge.dispute`) for the charges' handlers, if it was ever disputed. */
export function disputeOfCharge(chargeId: string): { id: string; status: DisputeStatus } | undefined {
  const record = stateOf().disputes.findLast((d) => d.chargeId === chargeId);
  return record ? { id: record.id, status: progress(record).status } : undefined;
}

/** Test control: every dispute of a citizen as the client sees it (ru). */
export function disputesOf(ownerId: string): Dispute[] {
  return stateOf()
    .disputes.filter((d) => d.ownerId === ownerId)
    .map((d) => view(d, 'ru'));
}

function checkCharge(
  request: Request,
  charge: ChargeRecord | undefined,
  ownerId: string,
): ReturnType<typeof fail> | undefined {
  if (!charge || charge.ownerId !== ownerId) return fail(request, 404, 'charge-not-found');
  if (charge.kind !== 'fine' || !charge.disputable || charge.status === 'cancelled')
    return fail(request, 409, 'not-disputable');
  return undefined;
}

export const disputeHandlers: RequestHandler[] = [
  http.post('/dispute-documents', async ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    const body = await jsonBody(request as Request);
    if (!body) return response.untyped(fail(request, 400, 'bad-request'));
    const { fileName, mediaType, content } = body;
    const fields = [
      ...unknownFields(body, ['fileName', 'mediaType', 'content']),
      ...(typeof fileName !== 'string' || fileName.length < 1 || fileName.length > 255
        ? [{ field: 'fileName', code: 'invalid' }]
        : []),
      ...(!MEDIA_TYPES.includes(mediaType as (typeof MEDIA_TYPES)[number])
        ? [{ field: 'mediaType', code: 'invalid' }]
        : []),
      ...(typeof content !== 'string' || content.length === 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(content)
        ? [{ field: 'content', code: 'invalid' }]
        : []),
    ];
    if (fields.length > 0) return response.untyped(fail(request, 400, 'validation-failed', fields));
    const encoded = content as string;
    const size = Math.floor((encoded.length * 3) / 4) - (encoded.match(/=+$/)?.[0].length ?? 0);
    if (size > MAX_BYTES)
      return response.untyped(fail(request, 413, 'file-too-large', [{ field: 'content', code: 'file-too-large' }]));
    const fingerprint = `${String(fileName)}\u0000${String(mediaType)}\u0000${encoded.length}\u0000${encoded.slice(0, 64)}`;
    const result = await idempotent(request, { required: true, fingerprint }, async () => {
      const state = stateOf();
      const document: DocumentRecord = {
        id: `dispute-document-${state.nextId++}`,
        ownerId,
        fileName: fileName as string,
        mediaType: mediaType as DisputeDocument['mediaType'],
        size: Math.max(1, size),
      };
      state.documents.push(document);
      const { ownerId: _owner, ...stored } = document;
      return { status: 201, body: stored };
    });
    return response.untyped(result);
  }),

  http.post('/charges/{id}/disputes', async ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const body = await jsonBody(request as Request);
    if (!body) return response.untyped(fail(request, 400, 'bad-request'));
    const { reason, comment, documentIds } = body;
    const fields = [
      ...unknownFields(body, ['reason', 'comment', 'documentIds']),
      ...(!REASONS.includes(reason as DisputeReason)
        ? [{ field: 'reason', code: reason === undefined ? 'required' : 'invalid' }]
        : []),
      ...(typeof comment !== 'string'
        ? [{ field: 'comment', code: 'required' }]
        : comment.trim().length < 10
          ? [{ field: 'comment', code: 'too-short' }]
          : comment.length > 2000
            ? [{ field: 'comment', code: 'too-long' }]
            : []),
      ...(documentIds !== undefined &&
      (!Array.isArray(documentIds) ||
        documentIds.length > 10 ||
        documentIds.some((id) => typeof id !== 'string') ||
        new Set(documentIds).size !== documentIds.length)
        ? [{ field: 'documentIds', code: 'invalid' }]
        : []),
    ];
    if (fields.length > 0) return response.untyped(fail(request, 400, 'validation-failed', fields));
    const chargeId = String(params.id);
    const fingerprint = JSON.stringify({ chargeId, reason, comment, documentIds: documentIds ?? [] });
    const result = await idempotent(request, { required: true, fingerprint }, async () => {
      const db = getDb();
      const state = stateOf(db);
      const charge = db.charges.find((c) => c.id === chargeId);
      const refused = checkCharge(request, charge, ownerId);
      if (refused) return refused;
      if (openDisputeOf(state, chargeId)) return fail(request, 409, 'dispute-exists');
      const ids = (documentIds as string[] | undefined) ?? [];
      const documents = ids.map((id) => state.documents.find((d) => d.id === id && d.ownerId === ownerId));
      if (documents.some((d) => !d))
        return fail(request, 422, 'document-not-found', [{ field: 'documentIds', code: 'invalid' }]);
      const now = Date.now();
      const record: DisputeRecord = {
        id: `dispute-${state.nextId++}`,
        ownerId,
        chargeId,
        chargeTitle: charge!.title,
        reason: reason as DisputeReason,
        comment: (comment as string).trim(),
        documents: documents.map((d) => {
          const { ownerId: _owner, ...document } = d!;
          return document;
        }),
        createdAt: new Date(now).toISOString(),
        createdMs: now,
      };
      state.disputes.push(record);
      return { status: 201, body: view(record, localeOf(request), db) };
    });
    return response.untyped(result);
  }),

  http.get('/disputes', ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    const locale = localeOf(request);
    const items = stateOf()
      .disputes.filter((d) => d.ownerId === ownerId)
      .sort((a, b) => b.createdMs - a.createdMs)
      .map((d) => view(d, locale));
    return response(200).json({ items });
  }),
];
