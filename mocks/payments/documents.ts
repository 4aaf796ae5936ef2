/**
 * Documents for charge search («Мои документы для поиска начислений»): GET/POST /charge-documents, DELETE
 * /charge-documents/{id}. The numbers are validated as the widget validates them (core/validation: ВУ and СТС format,
 * ИНН and СНИЛС check digits); a document added for the first time finds charges that go into the citizen's list
 * (`source: { type: 'document', documentId }`, a valid УИН) with a notification:
 *
 * | type                 | new charges found when first added                                |
 * | -------------------- | ----------------------------------------------------------------- |
 * | driving-licence      | 2 traffic fines (one with its discount running, one past it)      |
 * | vehicle-registration | 1 traffic fine from a camera (discount running)                   |
 * | inn                  | 1 tax (property tax)                                              |
 * | snils                | none                                                              |
 *
 * Adding the same number again after removing it finds nothing new (its charges are already in the list). State per
 * database instance (`resetDb()` / `setScenario()` start afresh), seeded on first access for the default citizen.
 */
import { HttpResponse } from 'msw';
import { uinControl, validateInn, validateSnils } from '../../components/core/validation/index.js';
import { checkFreeText } from '../../components/core/validation/free-text.js';
import { validateVehicleDocument } from '../../components/core/validation/vehicle.js';
import {
  DEFAULT_PERSON_ID,
  PORTAL_SENDER,
  addNotification,
  chargeLink,
  getDb,
  mockToday,
  type ChargeRecord,
  type Db,
} from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { citizenOf, http, idempotent, localeOf, message, type Locale } from '../handlers/support.js';

type ChargeDocument = components['schemas']['ChargeDocument'];
type ChargeDocumentType = components['schemas']['ChargeDocumentType'];

export const CHARGE_DOCUMENT_TYPES: readonly ChargeDocumentType[] = [
  'driving-licence',
  'vehicle-registration',
  'inn',
  'snils',
];
/** How many charges a document of each type finds when it is first added (see the table above). */
export const FOUND_BY_TYPE: Readonly<Record<ChargeDocumentType, number>> = {
  'driving-licence': 2,
  'vehicle-registration': 1,
  inn: 1,
  snils: 0,
};
/** The contract's `maxLength` of a document's label. */
const TITLE_MAX = 60;
const DAY = 86_400_000;

/** Codes of this area that the shared support.ts does not word. */
const MESSAGES: Record<string, Record<Locale, string>> = {
  'document-exists': {
    ru: 'Этот документ уже есть в списке.',
    en: 'This document is already on the list.',
  },
  duplicate: { ru: 'Этот документ уже есть в списке.', en: 'This document is already on the list.' },
  format: { ru: 'Номер не соответствует формату документа.', en: 'The number does not match the document’s format.' },
  checksum: {
    ru: 'Контрольная цифра не совпадает — проверьте номер.',
    en: 'The check digit does not match — check the number.',
  },
};

/** An Error response of the documents and search areas: the shared wording plus this area's codes. */
export function searchFail(
  request: Request,
  status: number,
  code: string,
  fields: Array<{ field: string; code: string }> = [],
): HttpResponse<components['schemas']['Error']> {
  const locale = localeOf(request);
  const text = (c: string): string => MESSAGES[c]?.[locale] ?? message(c, locale);
  const body: components['schemas']['Error'] = { code, message: text(code) };
  if (fields.length > 0) body.fields = fields.map((f) => ({ ...f, message: text(f.code) }));
  return HttpResponse.json(body, { status, headers: { 'Content-Language': locale } });
}

interface DocumentRecord extends ChargeDocument {
  ownerId: string;
}
interface State {
  documents: DocumentRecord[];
  /** `${ownerId}|${type}|${number}` searched already: adding it again finds nothing new. */
  searched: Set<string>;
  nextId: number;
  /** Serial part of the УИН of charges found here. */
  nextUin: number;
}

const states = new WeakMap<Db, State>();

/** The documents' state of a database (seeded for the default citizen on first access, unless the db is empty). */
function stateOf(db: Db = getDb()): State {
  let state = states.get(db);
  if (state) return state;
  state = { documents: [], searched: new Set(), nextId: 1, nextUin: 1 };
  if (db.size !== 'empty') {
    const seeded: Array<Pick<ChargeDocument, 'type' | 'number' | 'title'> & { days: number }> = [
      { type: 'driving-licence', number: '99 12 345678', title: 'Мои права', days: 210 },
      { type: 'vehicle-registration', number: '77 УХ 123456', title: 'Машина мамы', days: 120 },
      { type: 'inn', number: '500100732259', days: 30 },
    ];
    const now = Date.now();
    for (const seed of seeded) {
      const record: DocumentRecord = {
        id: `charge-document-${state.nextId++}`,
        ownerId: DEFAULT_PERSON_ID,
        type: seed.type,
        number: seed.number,
        addedAt: new Date(now - seed.days * DAY).toISOString(),
        lastCheckedAt: new Date(now - 3_600_000).toISOString(),
      };
      if (seed.title) record.title = seed.title;
      state.documents.push(record);
      state.searched.add(`${DEFAULT_PERSON_ID}|${seed.type}|${seed.number}`);
    }
  }
  states.set(db, state);
  return state;
}

/** The documents of a citizen, newest first (test and story control). */
export function chargeDocumentsOf(ownerId: string): ChargeDocument[] {
  return stateOf()
    .documents.filter((document) => document.ownerId === ownerId)
    .map(view)
    .reverse();
}

function view(record: DocumentRecord): ChargeDocument {
  const { ownerId: _owner, ...document } = record;
  return { ...document };
}

/** A document number normalised as the contract says, or the field error's code. */
export function normaliseDocumentNumber(
  type: ChargeDocumentType,
  input: string,
): { value: string } | { code: 'format' | 'checksum' } {
  switch (type) {
    case 'driving-licence':
    case 'vehicle-registration': {
      const result = validateVehicleDocument(input);
      return result.ok ? { value: result.value } : { code: 'format' };
    }
    case 'inn': {
      const result = validateInn(input, 'person');
      return result.ok ? { value: result.value } : { code: result.reason === 'checksum' ? 'checksum' : 'format' };
    }
    case 'snils': {
      const result = validateSnils(input);
      if (!result.ok) return { code: result.reason === 'checksum' ? 'checksum' : 'format' };
      const d = result.value;
      return { value: `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9)}` };
    }
  }
}

/** A new, valid and unused УИН of `prefix` (19 digits before the check digit in all). */
function newUin(state: State, prefix: string): string {
  const db = getDb();
  for (;;) {
    const body = `${prefix}${String(state.nextUin++).padStart(19 - prefix.length, '0')}`;
    const uin = body + uinControl(body);
    if (!db.charges.some((charge) => charge.uin === uin)) return uin;
  }
}

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The charges a document finds when it is first added (see the table at the top). */
function chargesFoundFor(state: State, document: DocumentRecord): ChargeRecord[] {
  // Dated by the charges' day (mockToday), so discounts and due dates hold as the rest of the charges do.
  const now = Date.parse(`${mockToday()}T09:00:00Z`);
  const source = { type: 'document' as const, documentId: document.id };
  const fine = (daysAgo: number, amount: number, reason: string, title: string): ChargeRecord => {
    const issued = now - daysAgo * DAY;
    const uin = newUin(state, '188101');
    const discountUntil = isoDate(issued + 20 * DAY);
    const active = isoDate(now) <= discountUntil;
    return {
      id: `charge-doc-${state.nextId}-${state.nextUin}`,
      ownerId: document.ownerId,
      uin,
      kind: 'fine',
      title,
      reason,
      payee: 'УФК по г. Москве (ГУ МВД России по г. Москве)',
      amount,
      amountDue: active ? amount / 2 : amount,
      discount: { amount: amount / 2, until: discountUntil, active },
      issuedAt: isoDate(issued),
      dueDate: isoDate(issued + 70 * DAY),
      overdue: false,
      status: 'unpaid',
      resolutionNumber: uin,
      resolutionDate: isoDate(issued),
      source,
      disputable: true,
    };
  };
  switch (document.type) {
    case 'driving-licence':
      return [
        fine(4, 50_000, 'КоАП РФ ст. 12.9 ч. 2: превышение скорости на 20–40 км/ч', 'Штраф ГИБДД: превышение скорости'),
        fine(35, 150_000, 'КоАП РФ ст. 12.16 ч. 4: остановка в запрещённом месте', 'Штраф ГИБДД: остановка'),
      ];
    case 'vehicle-registration':
      return [
        fine(
          2,
          100_000,
          'КоАП РФ ст. 12.12 ч. 1: проезд на запрещающий сигнал светофора (камера)',
          'Штраф ГИБДД: проезд на красный',
        ),
      ];
    case 'inn': {
      const issued = now - 10 * DAY;
      return [
        {
          id: `charge-doc-${state.nextId}-${state.nextUin}`,
          ownerId: document.ownerId,
          uin: newUin(state, '182106'),
          kind: 'tax',
          title: 'Налог на имущество физических лиц',
          reason: `Налоговое уведомление за ${new Date(now).getUTCFullYear() - 1} год`,
          payee: 'УФК по г. Москве (ИФНС России № 28 по г. Москве)',
          amount: 184_300,
          amountDue: 184_300,
          issuedAt: isoDate(issued),
          dueDate: isoDate(issued + 60 * DAY),
          overdue: false,
          status: 'unpaid',
          taxKind: 'property',
          taxPeriod: new Date(now).getUTCFullYear() - 1,
          source,
          disputable: false,
        },
      ];
    }
    case 'snils':
      return [];
  }
}

const DOCUMENT_WORDS: Record<ChargeDocumentType, string> = {
  'driving-licence': 'водительскому удостоверению',
  'vehicle-registration': 'свидетельству о регистрации ТС',
  inn: 'ИНН',
  snils: 'СНИЛС',
};

/** Parses an AddChargeDocumentRequest: field errors (400 for the shape, 422 for the number), or the values. */
function parseAdd(
  body: unknown,
):
  | { type: ChargeDocumentType; number: string; title?: string }
  | { status: 400 | 422; fields: Array<{ field: string; code: string }> } {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { status: 400, fields: [{ field: 'body', code: 'invalid' }] };
  const { type, number, title, ...rest } = body as Record<string, unknown>;
  const fields = Object.keys(rest).map((field) => ({ field, code: 'invalid' }));
  if (type === undefined) fields.push({ field: 'type', code: 'required' });
  else if (!CHARGE_DOCUMENT_TYPES.includes(type as ChargeDocumentType)) fields.push({ field: 'type', code: 'invalid' });
  if (number === undefined || number === '') fields.push({ field: 'number', code: 'required' });
  else if (typeof number !== 'string' || number.length > 20) fields.push({ field: 'number', code: 'invalid' });
  if (title !== undefined) {
    const checked = typeof title === 'string' ? checkFreeText(title, { maxLength: TITLE_MAX, charset: 'text' }) : null;
    if (!checked?.ok) fields.push({ field: 'title', code: 'invalid' });
  }
  if (fields.length > 0) return { status: 400, fields };
  const normalised = normaliseDocumentNumber(type as ChargeDocumentType, number as string);
  if ('code' in normalised) return { status: 422, fields: [{ field: 'number', code: normalised.code }] };
  const trimmed = typeof title === 'string' ? title.trim() : '';
  return { type: type as ChargeDocumentType, number: normalised.value, ...(trimmed ? { title: trimmed } : {}) };
}

/** GET/POST /charge-documents, DELETE /charge-documents/{id}. */
export const documentHandlers = [
  http.get('/charge-documents', ({ request, response }) => {
    return response(200).json({ items: chargeDocumentsOf(citizenOf(request).id) });
  }),

  http.post('/charge-documents', async ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return response.untyped(searchFail(request, 400, 'bad-request'));
    }
    const parsed = parseAdd(body);
    if ('status' in parsed)
      return response.untyped(searchFail(request, parsed.status, 'validation-failed', parsed.fields));
    const result = await idempotent(request, { required: false, fingerprint: JSON.stringify(parsed) }, async () => {
      const state = stateOf();
      if (state.documents.some((d) => d.ownerId === ownerId && d.type === parsed.type && d.number === parsed.number))
        return searchFail(request, 409, 'document-exists', [{ field: 'number', code: 'duplicate' }]);
      const now = new Date().toISOString();
      const document: DocumentRecord = {
        id: `charge-document-${state.nextId++}`,
        ownerId,
        type: parsed.type,
        number: parsed.number,
        addedAt: now,
        lastCheckedAt: now,
        ...(parsed.title ? { title: parsed.title } : {}),
      };
      state.documents.push(document);
      const key = `${ownerId}|${parsed.type}|${parsed.number}`;
      const found = state.searched.has(key) ? [] : chargesFoundFor(state, document);
      state.searched.add(key);
      if (found.length > 0) {
        getDb().charges.unshift(...found);
        addNotification(ownerId, {
          category: 'charges',
          title: found.length === 1 ? 'Найдено новое начисление' : 'Найдены новые начисления',
          body: `По ${DOCUMENT_WORDS[parsed.type]} ${parsed.number}: ${found.map((c) => c.title).join('; ')}.`,
          sender: found.length === 1 ? found[0]!.payee : PORTAL_SENDER,
          link: found.length === 1 ? chargeLink(found[0]!.id) : { kind: 'page', href: '/payments' },
        });
      }
      return { status: 201, body: { document: view(document), newCharges: found.length } };
    });
    return response.untyped(result);
  }),

  http.delete('/charge-documents/{id}', ({ request, params, response }) => {
    const ownerId = citizenOf(request).id;
    const state = stateOf();
    const index = state.documents.findIndex((d) => d.id === params.id && d.ownerId === ownerId);
    if (index < 0) return response.untyped(searchFail(request, 404, 'not-found'));
    state.documents.splice(index, 1);
    return response.untyped(new HttpResponse(null, { status: 204 }));
  }),
];
