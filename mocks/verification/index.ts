/**
 * The verification mock (<gu-verification>): account levels, contact confirmation by code, the asynchronous registry
 * check (МВД, СФР, ФНС) towards the standard level, and the confirmed-level methods (partner bank, service centre, code by
 * Russian Post, electronic signature). State lives per database instance, so `resetDb()` / `setScenario()` start afresh.
 *
 * Demo values (documented in README.md here): every code is 123456; passport number 000000 is unknown to the МВД
 * (mismatch); unit code 000-000 makes the МВД unavailable; SNILS, date of birth and INN are compared with the person.
 */
import { HttpResponse } from 'msw';
import { getDb } from '../db/index.js';
import type { Db, Profile } from '../db/index.js';
import type { components } from '../generated/api-types.js';
import { getScenario } from '../scenarios.js';
import { checkFreeText, type FreeTextIssue } from '../../components/core/validation/free-text.js';
import { citizenOf, http, idempotent, localeOf, type Locale } from '../handlers/support.js';

type Schemas = components['schemas'];
type Contacts = Schemas['VerificationContacts'];
type Ticket = Schemas['ContactCodeTicket'];
type Check = Schemas['RegistryCheck'];
type StandardData = Schemas['StandardLevelData'];
type Confirmation = Schemas['Confirmation'];
type Centre = Schemas['ServiceCentre'];
type LetterStatus = NonNullable<Confirmation['letter']>['status'];

/** The one code every mock SMS, e-mail and letter carries. */
export const MOCK_CODE = '123456';
/** Wrong entries after which a code is invalidated (requirement 24). */
export const MAX_CODE_ATTEMPTS = 5;

interface Settings {
  /** How long a registry check takes (default 4 s, `slow` scenario 75 s). */
  checkMs?: number;
  /** Forces the outcome of the next checks, whatever the data. */
  checkOutcome?: 'succeeded' | 'mismatch' | 'unavailable' | null;
  /** How long each step of a letter takes (ordered → sent → arrived → delivered). */
  letterStepMs?: number;
}
let settings: Settings = {};

/** Test and demo controls of the verification mock; omitted values are unchanged, `null` restores the default. */
export function configureVerificationMock(next: Settings): void {
  settings = { ...settings, ...next };
}
/** Restores the default timings and outcomes. */
export function resetVerificationMock(): void {
  settings = {};
  writeLedger({});
}

const checkMs = (): number => settings.checkMs ?? (getScenario() === 'slow' ? 75_000 : 4_000);
const letterStepMs = (): number => settings.letterStepMs ?? 3_000;

interface TicketRecord extends Ticket {
  ownerId: string;
  value: string;
  attempts: number;
  used: boolean;
  sentAt: number;
}
interface CheckRecord extends Omit<Check, 'status' | 'stage' | 'pollAfter'> {
  ownerId: string;
  startedMs: number;
  durationMs: number;
  outcome: Pick<Check, 'status' | 'mismatches' | 'unavailableRegistry'>;
  applied: boolean;
}
interface ConfirmationRecord extends Confirmation {
  ownerId: string;
  startedMs: number;
  stepMs: number;
}
interface State {
  contacts: Map<string, { phoneConfirmed: boolean; emailConfirmed: boolean }>;
  tickets: TicketRecord[];
  changeAllowedUntil: Map<string, number>;
  checks: CheckRecord[];
  confirmations: ConfirmationRecord[];
  booked: Set<string>;
  nextId: number;
}

const states = new WeakMap<Db, State>();

function stateOf(db: Db = getDb()): State {
  let state = states.get(db);
  if (!state) {
    state = {
      contacts: new Map(),
      tickets: [],
      changeAllowedUntil: new Map(),
      checks: [],
      confirmations: [],
      booked: new Set(),
      nextId: 1,
    };
    // Contract fixtures for the default citizen: a live e-mail code and a pending bank confirmation.
    const now = Date.now();
    state.tickets.push({
      id: 'code-seed-1',
      ownerId: 'person-1',
      channel: 'email',
      purpose: 'confirm',
      sentTo: 'ga***@yandex.ru',
      expiresAt: new Date(now + 3_600_000).toISOString(),
      resendAfter: 0,
      value: '',
      attempts: 0,
      used: false,
      sentAt: now - 3_600_000,
    });
    state.confirmations.push({
      id: 'confirmation-seed-1',
      ownerId: 'person-1',
      method: 'bank',
      status: 'pending',
      bankId: 'sber',
      startedAt: new Date(now).toISOString(),
      startedMs: now,
      stepMs: 0,
    });
    states.set(db, state);
  }
  return state;
}

const newId = (prefix: string): string => `${prefix}-${stateOf().nextId++}`;

function contactsOf(person: Profile): Contacts {
  const flags = stateOf().contacts.get(person.id) ?? {
    phoneConfirmed: true, // a simplified account is registered with a phone confirmed by SMS (seed 002)
    emailConfirmed: person.accountLevel !== 'simplified',
  };
  return { phone: person.phone, email: person.email, ...flags };
}

function setContacts(person: Profile, changes: Partial<Contacts>): void {
  const current = contactsOf(person);
  if (changes.phone) person.phone = changes.phone;
  if (changes.email) person.email = changes.email;
  stateOf().contacts.set(person.id, {
    phoneConfirmed: changes.phoneConfirmed ?? current.phoneConfirmed,
    emailConfirmed: changes.emailConfirmed ?? current.emailConfirmed,
  });
}

/** Test control: sets whether a person's phone and e-mail are confirmed. */
export function setContactsConfirmed(personId: string, flags: { phone?: boolean; email?: boolean }): void {
  const person = getDb().persons.find((p) => p.id === personId);
  if (!person) throw new Error(`No person ${personId}`);
  setContacts(person, { phoneConfirmed: flags.phone, emailConfirmed: flags.email });
}

const LEVEL_RANK = { simplified: 0, standard: 1, confirmed: 2 } as const;
function raiseLevel(person: Profile, level: 'standard' | 'confirmed'): void {
  if (LEVEL_RANK[person.accountLevel] < LEVEL_RANK[level]) person.accountLevel = level;
}

// ——— Localised errors of this domain ———

const MESSAGES: Record<string, Record<Locale, string>> = {
  'validation-failed': { ru: 'Проверьте данные.', en: 'Check the data.' },
  'wrong-code': { ru: 'Неверный код.', en: 'Wrong code.' },
  'code-expired': {
    ru: 'Код больше не действует. Запросите новый.',
    en: 'The code is no longer valid. Request a new one.',
  },
  'resend-too-soon': { ru: 'Новый код можно запросить позже.', en: 'You can request a new code later.' },
  'confirm-old-first': {
    ru: 'Сначала подтвердите текущий контакт кодом.',
    en: 'Confirm the current contact with a code first.',
  },
  'same-contact': { ru: 'Это ваш текущий контакт.', en: 'This is your current contact.' },
  'contacts-not-confirmed': {
    ru: 'Сначала подтвердите телефон и электронную почту.',
    en: 'Confirm your phone and e-mail first.',
  },
  'check-in-progress': { ru: 'Проверка данных уже идёт.', en: 'A check is already in progress.' },
  'not-found': { ru: 'Не найдено.', en: 'Not found.' },
  'slot-taken': { ru: 'Это время уже занято. Выберите другое.', en: 'This time is taken. Choose another.' },
  'letter-not-delivered': {
    ru: 'Письмо ещё не доставлено.',
    en: 'The letter has not been delivered yet.',
  },
  'certificate-expired': { ru: 'Срок действия сертификата истёк.', en: 'The certificate has expired.' },
  'signature-invalid': { ru: 'Подпись не прошла проверку.', en: 'The signature is not valid.' },
  'confirmation-finished': { ru: 'Подтверждение уже завершено.', en: 'The confirmation is already finished.' },
  'file-too-large': { ru: 'Файл больше 10 МБ.', en: 'The file is larger than 10 MB.' },
  'bank-result-unknown': {
    ru: 'Ответ банка не найден: ссылка устарела, уже использована или пришла не из банка. Выберите банк ещё раз.',
    en: 'The bank’s answer was not found: the link has expired, was already used or did not come from the bank. Choose a bank again.',
  },
  'bank-result-pending': {
    ru: 'Банк ещё не передал ответ. Выберите банк ещё раз.',
    en: 'The bank has not sent its answer yet. Choose a bank again.',
  },
  required: { ru: 'Обязательное поле.', en: 'Required.' },
  invalid: { ru: 'Недопустимое значение.', en: 'Invalid value.' },
  'date-format': { ru: 'Введите дату в формате ГГГГ-ММ-ДД.', en: 'Enter the date as YYYY-MM-DD.' },
  'too-long': { ru: 'Слишком длинный текст.', en: 'The text is too long.' },
  'control-character': {
    ru: 'Текст содержит управляющие символы.',
    en: 'The text contains control characters.',
  },
  'character-not-allowed': {
    ru: 'Недопустимый символ: можно буквы, цифры, пробел и знаки . , - ( ) « » " \' № / : ;',
    en: 'A character is not allowed: use letters, digits, spaces and . , - ( ) « » " \' № / : ;',
  },
};

function fail(
  request: Request,
  status: number,
  code: string,
  fields: Array<{ field: string; code: string }> = [],
  retryAfter?: number,
): Response {
  const locale = localeOf(request);
  const text = (c: string) => MESSAGES[c]?.[locale] ?? MESSAGES['invalid']![locale];
  const body: Schemas['Error'] = { code, message: text(code) };
  if (fields.length > 0) body.fields = fields.map((f) => ({ ...f, message: text(f.code) }));
  const headers: Record<string, string> = { 'Content-Language': locale };
  if (retryAfter !== undefined) {
    body.retryAfter = retryAfter;
    headers['Retry-After'] = String(retryAfter);
  }
  return HttpResponse.json(body, { status, headers });
}

async function jsonBody(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const mask = (channel: 'phone' | 'email', value: string): string =>
  channel === 'phone'
    ? `+7 (***) ***-${value.slice(-4, -2)}-${value.slice(-2)}`
    : value.replace(/^(.{2})[^@]*(@.*)$/, '$1***$2');

// ——— Registry check ———

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
const FREE_TEXT_CODES: Record<Exclude<FreeTextIssue['reason'], 'required'>, string> = {
  'too-long': 'too-long',
  control: 'control-character',
  character: 'character-not-allowed',
};

/** A free-text field's policy violation (400), or undefined when the text passes (or is not text: 422 decides). */
function freeTextViolation(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const result = checkFreeText(value, { maxLength, charset: 'text', required: true });
  if (result.ok || result.issue.reason === 'required') return undefined;
  return FREE_TEXT_CODES[result.issue.reason];
}

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
const today = (): string => new Date().toISOString().slice(0, 10);

// ——— Service centres ———

const WEEKDAYS = { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '20:00' };
const SATURDAY = { days: [6], opens: '10:00', closes: '16:00' };
/** Service centres of the mock (МФЦ «Мои документы» and bank offices that confirm identity). */
export const SERVICE_CENTRES: readonly Centre[] = [
  {
    id: 'sc-1',
    name: 'МФЦ «Мои документы» района Тверской',
    city: 'Москва',
    address: 'ул. Тверская, д. 8',
    hours: [WEEKDAYS, SATURDAY],
  },
  {
    id: 'sc-2',
    name: 'МФЦ «Мои документы» района Хамовники',
    city: 'Москва',
    address: 'Комсомольский пр-т, д. 28',
    hours: [WEEKDAYS],
  },
  {
    id: 'sc-3',
    name: 'МФЦ Центрального района',
    city: 'Санкт-Петербург',
    address: 'Невский пр-т, д. 174',
    hours: [WEEKDAYS, SATURDAY],
  },
  { id: 'sc-4', name: 'МФЦ Вахитовского района', city: 'Казань', address: 'ул. Пушкина, д. 1', hours: [WEEKDAYS] },
  {
    id: 'sc-5',
    name: 'МФЦ Кировского района',
    city: 'Екатеринбург',
    address: 'ул. Малышева, д. 51',
    hours: [WEEKDAYS, SATURDAY],
  },
  {
    id: 'sc-6',
    name: 'МФЦ Центрального округа',
    city: 'Новосибирск',
    address: 'Красный пр-т, д. 18',
    hours: [WEEKDAYS],
  },
  {
    id: 'sc-7',
    name: 'Центр обслуживания ПФР и СФР',
    city: 'Нижний Новгород',
    address: 'ул. Большая Покровская, д. 15',
    hours: [WEEKDAYS],
  },
];

/** Free slots of a centre: the next 5 working days, every hour 10:00–16:00 Moscow time, minus booked and taken ones. */
export function freeSlots(centreId: string, now = Date.now()): Schemas['TimeSlot'][] {
  const slots: Schemas['TimeSlot'][] = [];
  const booked = stateOf().booked;
  const day = new Date(now + 3 * 3_600_000); // Moscow date
  for (let added = 0, offset = 1; added < 5 && offset < 14; offset += 1) {
    const date = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + offset));
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    added += 1;
    for (let hour = 10; hour <= 16; hour += 1) {
      const startsAt = new Date(date.getTime() + (hour - 3) * 3_600_000).toISOString();
      const id = `${centreId}|${startsAt}`;
      const taken = (hour + offset + centreId.length) % 3 === 0; // some are taken by others
      if (!taken && !booked.has(id)) slots.push({ id, startsAt });
    }
  }
  return slots;
}

// ——— Confirmations ———

const BANKS = [
  { id: 'sber', name: 'Сбербанк' },
  { id: 'tbank', name: 'Т-Банк' },
  { id: 'vtb', name: 'ВТБ' },
  { id: 'alfa', name: 'Альфа-Банк' },
];

// ——— Bank round trip: one-time tickets ———

/**
 * A bank confirmation started with a `returnUrl`: the ticket the bank page carries and, once the bank answered, its
 * decision. In a browser the ledger lives in sessionStorage — the mock's «server» state must survive the navigation to
 * the bank page and back (each page runs its own MSW worker and in-memory database); in Node it is in memory.
 */
interface BankTicket {
  ticket: string;
  ownerId: string;
  confirmation: Confirmation;
  decision?: 'approved' | 'denied';
  expiresMs: number;
}
const LEDGER_KEY = 'gu-kit-mock:verification-bank-tickets';
const BANK_TICKET_TTL_MS = 15 * 60_000;
let memoryLedger: Record<string, BankTicket> = {};
const hasSessionStorage = (): boolean => {
  try {
    return typeof sessionStorage !== 'undefined';
  } catch {
    return false;
  }
};
function readLedger(): Record<string, BankTicket> {
  if (!hasSessionStorage()) return memoryLedger;
  try {
    return JSON.parse(sessionStorage.getItem(LEDGER_KEY) ?? '{}') as Record<string, BankTicket>;
  } catch {
    return {};
  }
}
function writeLedger(ledger: Record<string, BankTicket>): void {
  if (!hasSessionStorage()) {
    memoryLedger = ledger;
    return;
  }
  if (Object.keys(ledger).length === 0) sessionStorage.removeItem(LEDGER_KEY);
  else sessionStorage.setItem(LEDGER_KEY, JSON.stringify(ledger));
}
const randomTicket = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Issues the one-time ticket of a bank confirmation and the mock bank page address carrying it. */
function issueBankTicket(record: ConfirmationRecord, request: Request, returnUrl: string): string {
  const ticket = randomTicket();
  const ledger = readLedger();
  const now = Date.now();
  for (const [key, entry] of Object.entries(ledger)) if (entry.expiresMs < now) delete ledger[key];
  ledger[ticket] = {
    ticket,
    ownerId: record.ownerId,
    confirmation: viewConfirmation(record),
    expiresMs: now + BANK_TICKET_TTL_MS,
  };
  writeLedger(ledger);
  const page = new URL('/mocks/verification/bank.html', new URL(request.url).origin);
  page.searchParams.set('ticket', ticket);
  page.searchParams.set('bank', record.bankId ?? '');
  page.searchParams.set('return', returnUrl);
  if (localeOf(request) === 'en') page.searchParams.set('lang', 'en');
  return page.href;
}

/** The bank's decision, read by the citizen's session, lands on the confirmation and the level. */
function applyBankDecision(entry: BankTicket, locale: Locale): Confirmation {
  const state = stateOf();
  let record = state.confirmations.find((c) => c.id === entry.confirmation.id && c.ownerId === entry.ownerId);
  if (!record) {
    // Started in another page (the mock's memory did not survive the navigation): the ledger has it.
    record = { ...structuredClone(entry.confirmation), ownerId: entry.ownerId, startedMs: Date.now(), stepMs: 0 };
    state.confirmations.push(record);
  }
  if (record.status === 'pending') {
    if (entry.decision === 'approved') {
      record.status = 'confirmed';
      const person = getDb().persons.find((p) => p.id === entry.ownerId);
      if (person) raiseLevel(person, 'confirmed');
    } else if (entry.decision === 'denied') {
      record.status = 'refused';
      record.refusal = refusal(locale);
    }
  }
  return viewConfirmation(record);
}

/**
 * Test control (contract test, browser tests): starts a bank confirmation with a ticket for `personId`, optionally
 * already decided by the bank. Returns the ticket.
 */
export function createTestBankTicket(personId: string, decision?: 'approved' | 'denied'): string {
  const now = Date.now();
  const record: ConfirmationRecord = {
    id: `confirmation-bank-${randomTicket().slice(0, 12)}`,
    ownerId: personId,
    method: 'bank',
    status: 'pending',
    bankId: 'sber',
    startedAt: new Date(now).toISOString(),
    startedMs: now,
    stepMs: 0,
  };
  stateOf().confirmations.push(record);
  const ticket = randomTicket();
  const ledger = readLedger();
  ledger[ticket] = {
    ticket,
    ownerId: personId,
    confirmation: viewConfirmation(record),
    expiresMs: now + BANK_TICKET_TTL_MS,
  };
  if (decision) ledger[ticket]!.decision = decision;
  writeLedger(ledger);
  return ticket;
}

const LETTER_STEPS: readonly LetterStatus[] = ['ordered', 'sent', 'arrived', 'delivered'];

function viewConfirmation(record: ConfirmationRecord): Confirmation {
  const { ownerId: _o, startedMs, stepMs, ...rest } = record;
  const view = structuredClone(rest);
  if (view.method === 'post' && view.letter) {
    const reached = Math.min(3, Math.floor((Date.now() - startedMs) / Math.max(1, stepMs)));
    view.letter.status = LETTER_STEPS[reached]!;
    view.letter.events = LETTER_STEPS.slice(0, reached + 1).map((status, index) => ({
      status,
      at: new Date(startedMs + index * stepMs).toISOString(),
    }));
  }
  return view;
}

/** The signature the mock signer makes and the mock checks: not cryptography, a stand-in for a CAdES signature. */
export function mockSignature(thumbprint: string, challenge: string): string {
  const bytes = new TextEncoder().encode(`gu-kit-mock-signature:${thumbprint}:${challenge}`); // the challenge is Cyrillic
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
}

const isHttpUrl = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length > 2000) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const refusal = (locale: Locale): string =>
  locale === 'en' ? 'The bank did not confirm your identity.' : 'Банк не подтвердил личность.';

const VIDEO_REASON: Record<Locale, string> = {
  ru: 'Видеоидентификация доступна в мобильном приложении «Госуслуги».',
  en: 'Video identification is available in the Gosuslugi mobile app.',
};

/** Handlers of the verification domain (registered in handlers/index.ts `domainHandlers`). */
export const verificationHandlers = [
  http.get('/verification', ({ request, response }) => {
    const person = citizenOf(request);
    return response(200).json({
      level: person.accountLevel,
      contacts: contactsOf(person),
      known: { birthDate: person.birthDate, snils: person.snils, inn: person.inn },
      banks: BANKS,
      methods: [
        { method: 'bank', available: true },
        { method: 'service-centre', available: true },
        { method: 'post', available: true },
        { method: 'signature', available: true },
        { method: 'video', available: false, reason: VIDEO_REASON[localeOf(request)] },
      ],
    });
  }),

  http.post('/verification/contacts/codes', async ({ request, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request as Request);
    const channel = body?.['channel'];
    const purpose = body?.['purpose'];
    const value = body?.['value'];
    if (
      (channel !== 'phone' && channel !== 'email') ||
      (purpose !== 'confirm' && purpose !== 'change-old' && purpose !== 'change-new')
    )
      return response.untyped(fail(request, 400, 'validation-failed', [{ field: 'channel', code: 'invalid' }]));
    const contacts = contactsOf(person);
    let target = channel === 'phone' ? contacts.phone : contacts.email;
    if (purpose === 'change-new') {
      const ok =
        typeof value === 'string' &&
        (channel === 'phone' ? /^\+7\d{10}$/.test(value) : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value));
      if (!ok) return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'value', code: 'invalid' }]));
      if (value === target)
        return response.untyped(fail(request, 422, 'same-contact', [{ field: 'value', code: 'invalid' }]));
      const confirmed = channel === 'phone' ? contacts.phoneConfirmed : contacts.emailConfirmed;
      const allowed = (stateOf().changeAllowedUntil.get(`${person.id}|${channel}`) ?? 0) > Date.now();
      if (confirmed && !allowed) return response.untyped(fail(request, 409, 'confirm-old-first'));
      target = value;
    }
    const state = stateOf();
    const previous = state.tickets.find(
      (t) => t.ownerId === person.id && t.channel === channel && t.purpose === purpose && !t.used,
    );
    const now = Date.now();
    const wait = previous ? Math.ceil((previous.sentAt + 60_000 - now) / 1000) : 0;
    if (previous && wait > 0) return response.untyped(fail(request, 429, 'resend-too-soon', [], wait));
    if (previous) previous.used = true; // a new code invalidates the previous one
    const ticket: TicketRecord = {
      id: newId('code'),
      ownerId: person.id,
      channel,
      purpose,
      sentTo: mask(channel, target),
      expiresAt: new Date(now + 5 * 60_000).toISOString(),
      resendAfter: 60,
      value: target,
      attempts: 0,
      used: false,
      sentAt: now,
    };
    state.tickets.push(ticket);
    const { ownerId: _o, value: _v, attempts: _a, used: _u, sentAt: _s, ...view } = ticket;
    return response(201).json({ ...view, attemptsLeft: MAX_CODE_ATTEMPTS });
  }),

  http.post('/verification/contacts/codes/{id}/verify', async ({ request, params, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request as Request);
    const code = body?.['code'];
    if (typeof code !== 'string' || !/^\d{6}$/.test(code))
      return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'code', code: 'invalid' }]));
    const ticket = stateOf().tickets.find((t) => t.id === params.id && t.ownerId === person.id);
    if (!ticket) return response.untyped(fail(request, 404, 'not-found'));
    if (ticket.used || Date.parse(ticket.expiresAt) < Date.now() || ticket.attempts >= MAX_CODE_ATTEMPTS)
      return response.untyped(fail(request, 422, 'code-expired', [{ field: 'code', code: 'code-expired' }]));
    if (code !== MOCK_CODE) {
      ticket.attempts += 1;
      const expired = ticket.attempts >= MAX_CODE_ATTEMPTS;
      return response.untyped(
        fail(request, 422, expired ? 'code-expired' : 'wrong-code', [
          { field: 'code', code: expired ? 'code-expired' : 'wrong-code' },
        ]),
      );
    }
    ticket.used = true;
    const channel = ticket.channel;
    if (ticket.purpose === 'change-old') {
      stateOf().changeAllowedUntil.set(`${person.id}|${channel}`, Date.now() + 10 * 60_000);
    } else if (channel === 'phone') {
      setContacts(person, { phone: ticket.value || person.phone, phoneConfirmed: true });
    } else {
      setContacts(person, { email: ticket.value || person.email, emailConfirmed: true });
    }
    return response(200).json(contactsOf(person));
  }),

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

  http.post('/verification/confirmations', async ({ request, response }) => {
    const person = citizenOf(request);
    const body = await jsonBody(request as Request);
    const method = body?.['method'];
    const bankId = body?.['bankId'];
    const returnUrl = body?.['returnUrl'];
    if (returnUrl !== undefined && (method !== 'bank' || !isHttpUrl(returnUrl)))
      return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'returnUrl', code: 'invalid' }]));
    if (method !== 'bank' && method !== 'post' && method !== 'signature')
      return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'method', code: 'invalid' }]));
    if (method === 'bank' && !BANKS.some((bank) => bank.id === bankId))
      return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'bankId', code: 'invalid' }]));
    const now = Date.now();
    // Bank confirmations may be read back in another page (after the bank): ids unique beyond this page's memory.
    const id = method === 'bank' ? `confirmation-bank-${randomTicket().slice(0, 12)}` : newId('confirmation');
    const record: ConfirmationRecord = {
      id,
      ownerId: person.id,
      method,
      status: 'pending',
      startedAt: new Date(now).toISOString(),
      startedMs: now,
      stepMs: letterStepMs(),
    };
    if (method === 'bank') {
      record.bankId = bankId as string;
      record.bankUrl = `https://${String(bankId)}.bank.example/gu-confirm?request=${id}`;
    }
    if (method === 'signature') record.challenge = `Подтверждаю личность для учётной записи ${person.id}. ${id}`;
    if (method === 'post')
      record.letter = {
        trackingNumber: `8001${String(now).slice(-10)}`,
        status: 'ordered',
        events: [{ status: 'ordered', at: record.startedAt }],
      };
    stateOf().confirmations.push(record);
    const view = viewConfirmation(record);
    if (typeof returnUrl === 'string') view.redirectTo = issueBankTicket(record, request as Request, returnUrl);
    return response(201).json(view);
  }),

  http.post('/verification/bank-decisions', async ({ request, response }) => {
    const body = await jsonBody(request as Request);
    const ticket = body?.['ticket'];
    const decision = body?.['decision'];
    const fields = [
      ...(typeof ticket !== 'string' || ticket.length < 1 || ticket.length > 200
        ? [{ field: 'ticket', code: 'invalid' }]
        : []),
      ...(decision !== 'approved' && decision !== 'denied' ? [{ field: 'decision', code: 'invalid' }] : []),
    ];
    if (fields.length > 0) return response.untyped(fail(request, 422, 'validation-failed', fields));
    const ledger = readLedger();
    const entry = ledger[ticket as string];
    if (!entry || entry.expiresMs < Date.now()) return response.untyped(fail(request, 404, 'bank-result-unknown'));
    if (entry.decision) return response.untyped(fail(request, 409, 'confirmation-finished'));
    // Recorded only: the confirmation completes (and the level goes up) when the citizen is back on the portal and
    // the portal asks for the result in the citizen's session (GET bank-results/{ticket}).
    entry.decision = decision as 'approved' | 'denied';
    writeLedger(ledger);
    return response(200).json({ ticket: entry.ticket, decision: entry.decision });
  }),

  http.get('/verification/bank-results/{ticket}', ({ request, params, response }) => {
    const person = citizenOf(request);
    const ledger = readLedger();
    const entry = ledger[params.ticket];
    if (!entry || entry.ownerId !== person.id || entry.expiresMs < Date.now())
      return response.untyped(fail(request, 404, 'bank-result-unknown'));
    if (!entry.decision) return response.untyped(fail(request, 409, 'bank-result-pending'));
    delete ledger[params.ticket]; // single use
    writeLedger(ledger);
    return response(200).json(applyBankDecision(entry, localeOf(request)));
  }),

  http.get('/verification/confirmations/current', ({ request, response }) => {
    const person = citizenOf(request);
    const last = stateOf().confirmations.findLast((c) => c.ownerId === person.id && c.id !== 'confirmation-seed-1');
    return response(200).json({ confirmation: last ? viewConfirmation(last) : null });
  }),

  http.post('/verification/confirmations/{id}/complete', async ({ request, params, response }) => {
    const person = citizenOf(request);
    const body = (await jsonBody(request as Request)) ?? {};
    const record = stateOf().confirmations.find((c) => c.id === params.id && c.ownerId === person.id);
    if (!record) return response.untyped(fail(request, 404, 'not-found'));
    if (record.status !== 'pending') return response.untyped(fail(request, 409, 'confirmation-finished'));
    const confirm = () => {
      record.status = 'confirmed';
      raiseLevel(person, 'confirmed');
      return response(200).json(viewConfirmation(record));
    };
    if (record.method === 'bank') {
      const result = body['bankResult'];
      if (result === 'approved') return confirm();
      if (result === 'denied') {
        record.status = 'refused';
        record.refusal = refusal(localeOf(request));
        return response(200).json(viewConfirmation(record));
      }
      return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'bankResult', code: 'invalid' }]));
    }
    if (record.method === 'post') {
      const code = body['code'];
      if (typeof code !== 'string' || !/^\d{6}$/.test(code))
        return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'code', code: 'invalid' }]));
      if (viewConfirmation(record).letter?.status !== 'delivered')
        return response.untyped(fail(request, 409, 'letter-not-delivered'));
      if (code !== MOCK_CODE)
        return response.untyped(fail(request, 422, 'wrong-code', [{ field: 'code', code: 'wrong-code' }]));
      return confirm();
    }
    const certificate = body['certificate'] as Schemas['SigningCertificate'] | undefined;
    const signature = body['signature'];
    if (!certificate || typeof certificate.thumbprint !== 'string' || typeof signature !== 'string')
      return response.untyped(fail(request, 422, 'validation-failed', [{ field: 'certificate', code: 'required' }]));
    if (certificate.validTo < today())
      return response.untyped(
        fail(request, 422, 'certificate-expired', [{ field: 'certificate', code: 'certificate-expired' }]),
      );
    if (signature !== mockSignature(certificate.thumbprint, record.challenge ?? ''))
      return response.untyped(
        fail(request, 422, 'signature-invalid', [{ field: 'signature', code: 'signature-invalid' }]),
      );
    return confirm();
  }),

  http.get('/verification/service-centres', ({ request, response }) => {
    const raw = new URL(request.url).searchParams.get('q') ?? '';
    const violation = raw.trim() === '' ? undefined : freeTextViolation(raw, 200);
    if (violation) return response.untyped(fail(request, 400, 'validation-failed', [{ field: 'q', code: violation }]));
    const q = raw.trim().toLowerCase();
    const words = q.split(/[\s,]+/).filter(Boolean);
    const items = SERVICE_CENTRES.filter((centre) => {
      const text = `${centre.city} ${centre.address} ${centre.name}`.toLowerCase();
      return words.every((word) => text.includes(word));
    }).slice(0, 20);
    return response(200).json({ items: structuredClone(items) });
  }),

  http.get('/verification/service-centres/{id}/slots', ({ request, params, response }) => {
    if (!SERVICE_CENTRES.some((centre) => centre.id === params.id))
      return response.untyped(fail(request, 404, 'not-found'));
    return response(200).json({ items: freeSlots(params.id) });
  }),

  http.post('/verification/appointments', async ({ request, response }) => {
    citizenOf(request);
    const body = await jsonBody(request as Request);
    const centre = SERVICE_CENTRES.find((c) => c.id === body?.['centreId']);
    const slotId = body?.['slotId'];
    if (!centre) return response.untyped(fail(request, 404, 'not-found'));
    const slot = freeSlots(centre.id).find((s) => s.id === slotId);
    if (!slot) return response.untyped(fail(request, 409, 'slot-taken', [{ field: 'slotId', code: 'slot-taken' }]));
    stateOf().booked.add(slot.id);
    return response(201).json({
      id: newId('visit'),
      centre: structuredClone(centre),
      startsAt: slot.startsAt,
      bring: ['passport', 'snils'],
    });
  }),
];
