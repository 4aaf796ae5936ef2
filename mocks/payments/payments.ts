/**
 * Payments: GET /payments (history, filtered), POST /payments (by every method, "never twice"), GET /payments/{id},
 * POST /payments/{id}/confirm (a linked card's one-time code), POST /payments/{id}/cancel, the receipt and the payment
 * orders as PDFs, GET /payment-stats.
 *
 * A payment answers `pending` with its `next` step and holds its charges (`processing`) until it settles: card and
 * e-wallet on the acquirer's page (acquirer-sessions.ts), a linked card with the code (MOCK_PAYMENT_CODE), СБП,
 * mobile and bank transfer by themselves after `settleMs` (configurePaymentsMock). Settling publishes a
 * `payment-status` live event. In a browser, the payments made at run time are also kept in sessionStorage, so the
 * page that comes back from the acquirer (or is reloaded) finds them — its in-page mock starts afresh.
 */
import { HttpResponse } from 'msw';
import {
  DECLINE_REASONS,
  PORTAL_SENDER,
  addNotification,
  amountDue,
  checkCharges,
  currentCharge,
  getDb,
  mockToday,
  paymentLink,
  paymentOrderFor,
  setMockToday,
  type ChargeChange,
} from '../db/index.js';
import type {
  ChargeKind,
  ChargeRecord,
  Db,
  DeclineCode,
  PaymentMethod,
  PaymentRecord,
  PaymentStatus,
} from '../db/index.js';
import { publishLiveEvent } from '../db/live-events.js';
import type { components } from '../generated/api-types.js';
import {
  PAYMENT_PROCESSING_MS,
  bearerToken,
  citizenOf,
  enumValues,
  errorResponse,
  http,
  idempotent,
  localeOf,
  message as sharedMessage,
  pageOf,
  paging,
  processing,
  takeRateLimit,
  type Locale,
} from '../handlers/support.js';
import {
  createAcquirerSession,
  onAcquirerResult,
  paymentOutcome,
  type AcquirerOutcome,
  type AcquirerResult,
} from './acquirer-sessions.js';
import * as cards from './cards.js';
import { CHARGE_KINDS } from './charges.js';
import { foundBy } from './found-charges.js';

type Payment = components['schemas']['Payment'];
type ErrorBody = components['schemas']['Error'];

const METHODS: readonly PaymentMethod[] = ['card', 'linked-card', 'sbp', 'wallet', 'transfer', 'mobile'];
const STATUSES: readonly PaymentStatus[] = ['completed', 'pending', 'declined'];
/** The one-time code of a linked-card payment in the mock. */
export const MOCK_PAYMENT_CODE = '123456';
/** Wrong codes allowed before the payment is declined (`code-attempts`). */
export const CODE_ATTEMPTS = 3;
const CODE_TTL_MS = 5 * 60_000;
const QR_TTL_MS = 15 * 60_000;
const SMS_TTL_MS = 10 * 60_000;

/** Methods that settle by themselves in the mock, and after how long. */
type SelfSettling = 'sbp' | 'mobile' | 'transfer';
export interface PaymentsMockSettings {
  /** ms until a pending СБП / mobile / transfer payment settles (one number: all three). */
  settleMs: Record<SelfSettling, number>;
  /** How they settle: completed, or declined with a code. */
  outcome: Record<SelfSettling, 'completed' | DeclineCode>;
}
const DEFAULT_SETTINGS: PaymentsMockSettings = {
  settleMs: { sbp: 5_000, mobile: 8_000, transfer: 20_000 },
  outcome: { sbp: 'completed', mobile: 'completed', transfer: 'completed' },
};
let settings: PaymentsMockSettings = structuredClone(DEFAULT_SETTINGS);

/**
 * Test and story control: how long СБП, mobile and transfer payments take to settle and how (`settleMs` as one number
 * sets all three), and the charges' day (`today`, YYYY-MM-DD: discounts and overdue are decided against it; the
 * seed's day by default). Unset parts keep their values; resetPaymentsMock() restores the defaults.
 */
export function configurePaymentsMock(
  next: {
    settleMs?: number | Partial<Record<SelfSettling, number>>;
    outcome?: Partial<Record<SelfSettling, 'completed' | DeclineCode>>;
    today?: string;
  } = {},
): void {
  if (next.settleMs !== undefined)
    settings.settleMs =
      typeof next.settleMs === 'number'
        ? { sbp: next.settleMs, mobile: next.settleMs, transfer: next.settleMs }
        : { ...settings.settleMs, ...next.settleMs };
  if (next.outcome) settings.outcome = { ...settings.outcome, ...next.outcome };
  if (next.today !== undefined) setMockToday(next.today);
}

/** Restores the payments mock's defaults (settling times and outcomes, the charges' day). */
export function resetPaymentsMock(): void {
  settings = structuredClone(DEFAULT_SETTINGS);
  setMockToday(undefined);
}

// ---------------------------------------------------------------- state per database

interface CodeState {
  code: string;
  attemptsLeft: number;
  expiresMs: number;
}
interface State {
  timers: Map<string, ReturnType<typeof setTimeout>>;
  codes: Map<string, CodeState>;
  settleAt: Map<string, number>;
}
const states = new WeakMap<Db, State>();

function stateOf(db: Db = getDb()): State {
  let state = states.get(db);
  if (!state) {
    state = { timers: new Map(), codes: new Map(), settleAt: new Map() };
    states.set(db, state);
    if (returning) {
      returning = false;
      restoreInherited(db, state);
    }
  }
  return state;
}

// ---------------------------------------------------------------- the ledger (browser: survives navigation)

interface LedgerEntry {
  dbKey: string;
  payment: PaymentRecord;
  settleAt?: number;
  code?: CodeState;
  savedMs: number;
}
const LEDGER_KEY = 'gu-kit-mock:payments';
const LEDGER_TTL_MS = 2 * 3600_000;
const dbKey = (db: Db): string => `${db.size}:${db.seed}`;

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
function readLedger(): Record<string, LedgerEntry> {
  try {
    return JSON.parse(storage()?.getItem(LEDGER_KEY) ?? '{}') as Record<string, LedgerEntry>;
  } catch {
    return {};
  }
}
/** Keeps a payment made at run time for the next document of this tab (browser only). */
function remember(db: Db, payment: PaymentRecord): void {
  const store = storage();
  if (!store) return;
  const now = Date.now();
  const ledger = readLedger();
  for (const [id, entry] of Object.entries(ledger)) if (entry.savedMs + LEDGER_TTL_MS < now) delete ledger[id];
  const state = stateOf(db);
  const entry: LedgerEntry = { dbKey: dbKey(db), payment: structuredClone(payment), savedMs: now };
  const settleAt = state.settleAt.get(payment.id);
  if (settleAt !== undefined) entry.settleAt = settleAt;
  const code = state.codes.get(payment.id);
  if (code) entry.code = code;
  ledger[payment.id] = entry;
  try {
    store.setItem(LEDGER_KEY, JSON.stringify(ledger));
  } catch {
    // storage full or denied: this document still has it
  }
}

/**
 * What the previous documents of this tab left, read once when this document's mock loads. A page that comes back
 * from the acquirer (`?gu-payment=` / `?gu-card-binding=` in its address) restores them all into the first database
 * it serves; any other page restores one only when it is asked for by id (a reload while a payment is pending), so
 * stories and tests start from the seed. Each entry is restored at most once.
 */
const inherited: Record<string, LedgerEntry> = storage() ? readLedger() : {};
let returning = typeof location !== 'undefined' && /[?&]gu-(payment|card-binding)=/.test(location.search);

function restoreInherited(db: Db, state: State, onlyId?: string): void {
  const entries = Object.values(inherited).filter((entry) => onlyId === undefined || entry.payment.id === onlyId);
  for (const entry of entries) delete inherited[entry.payment.id];
  for (const entry of Object.values(entries).sort((a, b) => a.payment.createdAt.localeCompare(b.payment.createdAt))) {
    const payment = entry.payment;
    if (entry.dbKey !== dbKey(db) || db.payments.some((existing) => existing.id === payment.id)) continue;
    const charges = payment.items.map((item) => db.charges.find((charge) => charge.id === item.chargeId));
    if (charges.some((charge) => !charge)) continue;
    if (payment.status !== 'declined' && charges.some((charge) => charge!.status !== 'unpaid')) continue;
    db.payments.unshift(structuredClone(payment));
    for (const charge of charges as ChargeRecord[]) {
      if (payment.status === 'pending') {
        charge.status = 'processing';
        charge.paymentId = payment.id;
      } else if (payment.status === 'completed') {
        charge.status = 'paid';
        charge.paymentId = payment.id;
      }
    }
    if (entry.code) state.codes.set(payment.id, entry.code);
    if (payment.status === 'pending' && entry.settleAt !== undefined) {
      state.settleAt.set(payment.id, entry.settleAt);
      schedule(db, state, payment.id, entry.settleAt - Date.now());
    }
  }
  db.payments.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

// ---------------------------------------------------------------- settling

/** How a pending payment ends. */
export type Settlement = { status: 'completed'; cardLast4?: string } | { status: 'declined'; code: DeclineCode };

const DECLINE_REASONS_EN: Record<DeclineCode, string> = {
  'insufficient-funds': 'The bank declined the payment: insufficient funds on the card.',
  'three-ds-failed': '3-D Secure was not passed: the confirmation code was not entered or was wrong.',
  'card-expired': 'The card has expired.',
  'card-declined': 'The bank declined the payment without a reason. Contact your bank or choose another method.',
  expired: 'The time to pay ran out: the payment did not arrive.',
  cancelled: 'The payment was cancelled: another method was chosen.',
  'code-attempts': 'The confirmation code was entered wrongly too many times.',
};

/** Re-counts each provider's balance of a person after a bill was paid or freed. */
function recountBalances(db: Db, ownerId: string): void {
  const bills = db.charges
    .filter((charge) => charge.ownerId === ownerId && charge.utility)
    .sort((a, b) => a.utility!.period.localeCompare(b.utility!.period));
  const debt = new Map<string, number>();
  for (const bill of bills) {
    const provider = bill.utility!.providerId;
    const owed =
      (debt.get(provider) ?? 0) + (bill.status === 'unpaid' || bill.status === 'processing' ? bill.amount : 0);
    debt.set(provider, owed);
    bill.utility!.balance = -owed;
  }
}

function rubles(kopecks: number): string {
  return `${Math.floor(kopecks / 100).toLocaleString('ru-RU')},${String(kopecks % 100).padStart(2, '0')} ₽`;
}

/**
 * Settles a pending payment (test control too): completed marks its charges paid; declined frees them. Publishes the
 * `payment-status` live event and a notification. Returns the payment, or undefined when there is no pending one.
 */
export function settlePayment(paymentId: string, outcome: Settlement, db: Db = getDb()): PaymentRecord | undefined {
  const payment = db.payments.find((candidate) => candidate.id === paymentId);
  if (!payment || payment.status !== 'pending') return undefined;
  const state = stateOf(db);
  clearTimeout(state.timers.get(paymentId));
  state.timers.delete(paymentId);
  state.settleAt.delete(paymentId);
  state.codes.delete(paymentId);
  const at = new Date().toISOString();
  const charges = payment.items.flatMap((item) => db.charges.filter((charge) => charge.id === item.chargeId));
  delete payment.next;
  payment.completedAt = at;
  if (outcome.status === 'completed') {
    payment.status = 'completed';
    payment.receiptAvailable = true;
    if (outcome.cardLast4) payment.cardLast4 = outcome.cardLast4;
    for (const charge of charges) {
      charge.status = 'paid';
      charge.paymentId = payment.id;
    }
  } else {
    payment.status = 'declined';
    payment.receiptAvailable = false;
    payment.declineCode = outcome.code;
    payment.declineReason = DECLINE_REASONS[outcome.code];
    for (const charge of charges)
      if (charge.paymentId === payment.id && charge.status === 'processing') {
        charge.status = 'unpaid';
        delete charge.paymentId;
      }
  }
  recountBalances(db, payment.ownerId);
  remember(db, payment);
  if (getDb() !== db) return payment; // a reset came in between: nobody follows the old database
  if (outcome.status === 'completed' || outcome.code !== 'cancelled')
    addNotification(payment.ownerId, {
      category: 'payments',
      title: outcome.status === 'completed' ? 'Оплата прошла успешно' : 'Платёж отклонён',
      body:
        outcome.status === 'completed'
          ? payment.items.length === 1
            ? `${payment.items[0]!.title}: оплачено ${rubles(payment.amount)}.`
            : `Оплачено начислений: ${payment.items.length}, сумма ${rubles(payment.amount)}.`
          : `${rubles(payment.amount)}: ${DECLINE_REASONS[outcome.code]}`,
      sender: PORTAL_SENDER,
      link: paymentLink(payment.id),
    });
  publishLiveEvent(payment.ownerId, 'payment-status', {
    paymentId: payment.id,
    status: payment.status,
    previousStatus: 'pending',
    at,
  });
  return payment;
}

function selfSettlement(method: PaymentMethod): Settlement {
  const outcome = settings.outcome[method as SelfSettling] ?? 'completed';
  return outcome === 'completed' ? { status: 'completed' } : { status: 'declined', code: outcome };
}

function schedule(db: Db, state: State, paymentId: string, delayMs: number): void {
  clearTimeout(state.timers.get(paymentId));
  const run = (): void => {
    state.timers.delete(paymentId);
    const payment = db.payments.find((candidate) => candidate.id === paymentId);
    if (payment?.status === 'pending') settlePayment(paymentId, selfSettlement(payment.method), db);
  };
  const timer = setTimeout(run, Math.max(0, delayMs));
  // Node: a pending payment never keeps the process (a test run) alive.
  (timer as { unref?: () => void }).unref?.();
  state.timers.set(paymentId, timer);
}

const DECLINE_OF: Record<Exclude<AcquirerOutcome, 'success'>, DeclineCode> = {
  'insufficient-funds': 'insufficient-funds',
  'three-ds-failed': 'three-ds-failed',
  'card-expired': 'card-expired',
  cancelled: 'cancelled',
};

function applyAcquirer(result: Pick<AcquirerResult, 'paymentId' | 'outcome' | 'card'>, db: Db = getDb()): void {
  if (!result.paymentId) return;
  const payment = db.payments.find((candidate) => candidate.id === result.paymentId);
  if (!payment || payment.status !== 'pending' || (payment.method !== 'card' && payment.method !== 'wallet')) return;
  settlePayment(
    payment.id,
    result.outcome === 'success'
      ? { status: 'completed', ...(payment.method === 'card' && result.card ? { cardLast4: result.card.last4 } : {}) }
      : { status: 'declined', code: DECLINE_OF[result.outcome] },
    db,
  );
}
onAcquirerResult((result) => {
  if (result.purpose === 'payment') applyAcquirer(result);
});

/** Settles what is due by now: an acquirer's outcome recorded by another document, a timer a sleeping tab missed. */
function catchUp(payment: PaymentRecord, db: Db = getDb()): void {
  if (payment.status !== 'pending') return;
  if (payment.method === 'card' || payment.method === 'wallet') {
    const session = paymentOutcome(payment.id);
    if (session?.outcome) applyAcquirer({ paymentId: payment.id, outcome: session.outcome, card: session.card }, db);
    return;
  }
  const state = stateOf(db);
  const settleAt = state.settleAt.get(payment.id);
  if (settleAt !== undefined && settleAt <= Date.now()) settlePayment(payment.id, selfSettlement(payment.method), db);
  const code = state.codes.get(payment.id);
  if (code && code.expiresMs <= Date.now()) settlePayment(payment.id, { status: 'declined', code: 'expired' }, db);
}

// ---------------------------------------------------------------- views and errors

/** A payment as the contract answers it (decline reasons in the request's language). */
export function paymentView(record: PaymentRecord, locale: Locale = 'ru'): Payment {
  const { ownerId: _owner, ...payment } = structuredClone(record);
  if (payment.declineCode)
    payment.declineReason = (locale === 'en' ? DECLINE_REASONS_EN : DECLINE_REASONS)[payment.declineCode];
  return payment;
}

const MESSAGES: Record<string, Record<Locale, string>> = {
  'payment-in-progress': {
    ru: 'Платёж обрабатывается: запрос с этим ключом ещё выполняется. Дождитесь результата.',
    en: 'The payment is being processed: a request with this key is still in progress. Wait for its result.',
  },
  'charges-changed': {
    ru: 'Некоторые начисления изменились с момента показа. Ничего не оплачено: проверьте их и подтвердите оплату снова.',
    en: 'Some charges changed since they were shown. Nothing was paid: check them and confirm the payment again.',
  },
  'payment-not-found': { ru: 'Платёж не найден.', en: 'Payment not found.' },
  'card-not-found': {
    ru: 'Привязанная карта не найдена: выберите другую.',
    en: 'Linked card not found: choose another.',
  },
  'payment-not-awaiting-code': {
    ru: 'Платёж не ожидает кода подтверждения.',
    en: 'The payment is not waiting for a confirmation code.',
  },
  'code-invalid': { ru: 'Неверный код подтверждения.', en: 'Wrong confirmation code.' },
  'code-attempts': {
    ru: 'Код введён неверно слишком много раз: платёж отклонён. Начните оплату заново.',
    en: 'The code was entered wrongly too many times: the payment was declined. Start the payment again.',
  },
  'payment-settled': {
    ru: 'Платёж уже завершён: его нельзя отменить.',
    en: 'The payment has already settled: it cannot be cancelled.',
  },
  'payment-settled-completed': {
    ru: 'Платёж уже выполнен: его нельзя отменить.',
    en: 'The payment has already been completed: it cannot be cancelled.',
  },
  'payment-settled-declined': {
    ru: 'Платёж уже отклонён: отменять нечего.',
    en: 'The payment has already been declined: there is nothing to cancel.',
  },
  'receipt-unavailable': {
    ru: 'Чек будет доступен, когда платёж выполнится.',
    en: 'The receipt becomes available once the payment is completed.',
  },
  'not-a-transfer': {
    ru: 'Платёжное поручение есть только у оплаты банковским переводом.',
    en: 'Only a bank-transfer payment has payment orders.',
  },
};

/** An Error response with this module's messages (and the shared ones), optionally `charges` (charges-changed). */
function fail(
  request: Request,
  status: number,
  code: string,
  extra: { fields?: Array<{ field: string; code: string }>; charges?: ChargeChange[]; retryAfter?: number } = {},
): Response {
  const locale = localeOf(request);
  const text = (key: string): string => MESSAGES[key]?.[locale] ?? sharedMessage(key, locale);
  const body: ErrorBody = { code: code.startsWith('payment-settled') ? 'payment-settled' : code, message: text(code) };
  if (extra.fields) body.fields = extra.fields.map((field) => ({ ...field, message: text(field.code) }));
  if (extra.charges) body.charges = extra.charges;
  const headers: Record<string, string> = { 'Content-Language': locale };
  if (extra.retryAfter !== undefined) {
    body.retryAfter = extra.retryAfter;
    headers['Retry-After'] = String(extra.retryAfter);
  }
  return HttpResponse.json(body, { status, headers });
}

/** The person's own payment by id (a payment made elsewhere but recorded in this tab is restored first). */
function ownPayment(request: Request, id: string): PaymentRecord | undefined {
  const db = getDb();
  const state = stateOf(db);
  if (inherited[id] && !db.payments.some((candidate) => candidate.id === id)) restoreInherited(db, state, id);
  const payment = db.payments.find((candidate) => candidate.id === id && candidate.ownerId === citizenOf(request).id);
  if (payment) catchUp(payment, db);
  return payment;
}

// ---------------------------------------------------------------- creating a payment

interface PaymentRequest {
  items: Array<{ chargeId: string; amount: number }>;
  method: PaymentMethod;
  cardId?: string;
  phone?: string;
  returnUrl?: string;
}

const isHttpUrl = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length > 2000) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Field errors of a CreatePaymentRequest body, or its typed value. */
function parsePaymentRequest(body: unknown): PaymentRequest | { errors: Array<{ field: string; code: string }> } {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { errors: [{ field: 'body', code: 'invalid' }] };
  const { items, method, cardId, phone, returnUrl, ...rest } = body as Record<string, unknown>;
  const errors: Array<{ field: string; code: string }> = Object.keys(rest).map((field) => ({ field, code: 'invalid' }));
  const itemOk = (item: unknown): item is { chargeId: string; amount: number } => {
    if (typeof item !== 'object' || item === null) return false;
    const { chargeId, amount, ...more } = item as Record<string, unknown>;
    return (
      Object.keys(more).length === 0 &&
      typeof chargeId === 'string' &&
      chargeId.length > 0 &&
      chargeId.length <= 100 &&
      Number.isInteger(amount) &&
      (amount as number) >= 1
    );
  };
  if (items === undefined) errors.push({ field: 'items', code: 'required' });
  else if (
    !Array.isArray(items) ||
    items.length === 0 ||
    items.length > 50 ||
    !items.every(itemOk) ||
    new Set(items.map((item: { chargeId: string }) => item.chargeId)).size !== items.length
  )
    errors.push({ field: 'items', code: 'invalid' });
  if (method === undefined) errors.push({ field: 'method', code: 'required' });
  else if (!METHODS.includes(method as PaymentMethod)) errors.push({ field: 'method', code: 'invalid' });
  if (cardId !== undefined && (typeof cardId !== 'string' || cardId.length === 0 || cardId.length > 100))
    errors.push({ field: 'cardId', code: 'invalid' });
  else if (method === 'linked-card' && cardId === undefined) errors.push({ field: 'cardId', code: 'required' });
  if (phone !== undefined && (typeof phone !== 'string' || !/^\+79\d{9}$/.test(phone)))
    errors.push({ field: 'phone', code: 'invalid' });
  else if (method === 'mobile' && phone === undefined) errors.push({ field: 'phone', code: 'required' });
  if (returnUrl !== undefined && !isHttpUrl(returnUrl)) errors.push({ field: 'returnUrl', code: 'invalid' });
  else if ((method === 'card' || method === 'wallet') && returnUrl === undefined)
    errors.push({ field: 'returnUrl', code: 'required' });
  if (errors.length > 0) return { errors };
  return {
    items: items as PaymentRequest['items'],
    method: method as PaymentMethod,
    ...(typeof cardId === 'string' ? { cardId } : {}),
    ...(typeof phone === 'string' ? { phone } : {}),
    ...(typeof returnUrl === 'string' ? { returnUrl } : {}),
  };
}

const maskPhone = (phone: string): string => `+7 ••• ••• ${phone.slice(-4, -2)} ${phone.slice(-2)}`;

function newPaymentId(): string {
  return `payment-${globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

/** The linked card a payment uses (cards.ts), if it is the citizen's. */
function linkedCard(ownerId: string, cardId: string): { last4: string } | undefined {
  const find = (cards as Partial<typeof cards>).findCard;
  return find ? find(ownerId, cardId) : undefined;
}

/**
 * Creates a pending payment of checked charges (their current amounts) and holds them; answers its first `next`.
 * Everything is checked before (checkCharges, the card).
 */
function startPayment(
  db: Db,
  ownerId: string,
  request: PaymentRequest,
  extra: { cardLast4?: string; locale?: Locale } = {},
): PaymentRecord {
  const locale = extra.locale ?? 'ru';
  const state = stateOf(db);
  const now = Date.now();
  const id = newPaymentId();
  const charges = request.items.map((item) => currentCharge(db.charges.find((charge) => charge.id === item.chargeId)!));
  const items = charges.map((charge) => ({
    chargeId: charge.id,
    uin: charge.uin,
    kind: charge.kind,
    title: charge.title,
    payee: charge.payee,
    amount: amountDue(charge),
  }));
  const payment: PaymentRecord = {
    id,
    ownerId,
    items,
    amount: items.reduce((sum, item) => sum + item.amount, 0),
    method: request.method,
    status: 'pending',
    createdAt: new Date(now).toISOString(),
    receiptAvailable: false,
  };
  if (extra.cardLast4) payment.cardLast4 = extra.cardLast4;
  const person = db.persons.find((candidate) => candidate.id === ownerId);
  switch (request.method) {
    case 'card':
    case 'wallet':
      payment.next = {
        type: 'redirect',
        url: createAcquirerSession({
          ownerId,
          purpose: 'payment',
          paymentId: id,
          amount: payment.amount,
          returnUrl: request.returnUrl!,
          kind: request.method,
          locale,
        }),
      };
      break;
    case 'linked-card':
      state.codes.set(id, { code: MOCK_PAYMENT_CODE, attemptsLeft: CODE_ATTEMPTS, expiresMs: now + CODE_TTL_MS });
      payment.next = {
        type: 'code',
        codeLength: MOCK_PAYMENT_CODE.length,
        sentTo: maskPhone(person?.phone ?? '+79000000000'),
        expiresAt: new Date(now + CODE_TTL_MS).toISOString(),
      };
      break;
    case 'sbp': {
      const link = `https://qr.nspk.ru/AD10${id.slice(-12).toUpperCase()}?type=02&bank=100000000111&sum=${payment.amount}&cur=RUB&crc=${(payment.amount % 65_521).toString(16).toUpperCase()}`;
      payment.next = {
        type: 'qr',
        qrPayload: link,
        deepLink: link,
        expiresAt: new Date(now + QR_TTL_MS).toISOString(),
      };
      break;
    }
    case 'transfer':
      payment.next = {
        type: 'payment-order',
        orders: charges.map((charge, index) => paymentOrderFor(charge, items[index]!.amount)),
      };
      break;
    case 'mobile':
      payment.next = {
        type: 'sms',
        phoneMasked: maskPhone(request.phone!),
        expiresAt: new Date(now + SMS_TTL_MS).toISOString(),
      };
      break;
  }
  for (const charge of charges) {
    charge.status = 'processing';
    charge.paymentId = id;
  }
  db.payments.unshift(payment);
  recountBalances(db, ownerId);
  if (request.method === 'sbp' || request.method === 'mobile' || request.method === 'transfer') {
    const delay = settings.settleMs[request.method];
    state.settleAt.set(id, now + delay);
    schedule(db, state, id, delay);
  }
  remember(db, payment);
  return payment;
}

/**
 * Test control (contract test, browser tests): a pending payment of `method` for the person's last unpaid charge
 * (a linked card needs no linked card here), as POST /payments would make it. Undefined when nothing is unpaid.
 */
export function createTestPayment(
  ownerId: string,
  method: PaymentMethod,
  options: { returnUrl?: string; chargeIds?: string[] } = {},
): PaymentRecord | undefined {
  const db = getDb();
  const charges = options.chargeIds
    ? options.chargeIds.map((id) => db.charges.find((charge) => charge.id === id))
    : [db.charges.findLast((charge) => charge.ownerId === ownerId && charge.status === 'unpaid')];
  if (charges.some((charge) => !charge || charge.status !== 'unpaid')) return undefined;
  return startPayment(
    db,
    ownerId,
    {
      items: (charges as ChargeRecord[]).map((charge) => ({ chargeId: charge.id, amount: amountDue(charge) })),
      method,
      returnUrl: options.returnUrl ?? 'http://localhost/payments',
      phone: '+79161234567',
    },
    method === 'linked-card' ? { cardLast4: '4417' } : {},
  );
}

// ---------------------------------------------------------------- history filters and stats

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function dateParam(url: URL, name: string): { value?: string } | { error: { field: string; code: string } } {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return {};
  return DATE.test(raw) && !Number.isNaN(Date.parse(raw))
    ? { value: raw }
    : { error: { field: name, code: 'invalid' } };
}

/** Local (Moscow) date of an instant: the history's days are the citizen's days. */
const moscowDate = (instant: string): string => new Date(Date.parse(instant) + 3 * 3600_000).toISOString().slice(0, 10);

function matchesQuery(payment: PaymentRecord, q: string): boolean {
  const words = q.toLocaleLowerCase('ru').split(/\s+/).filter(Boolean);
  const digits = q.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits) && payment.items.some((item) => item.uin.includes(digits))) return true;
  const text = payment.items
    .map((item) => `${item.title} ${item.payee}`)
    .join(' ')
    .toLocaleLowerCase('ru');
  return words.length > 0 && words.every((word) => text.includes(word));
}

const monthOf = (date: string): string => date.slice(0, 7);
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = monthOf(to);
  for (let guard = 0; guard < 600; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

// ---------------------------------------------------------------- PDFs

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

// ---------------------------------------------------------------- handlers

/** Handlers of payments. */
export const paymentHandlers = [
  http.get('/payments', ({ request, response }) => {
    const url = new URL(request.url);
    const ownerId = citizenOf(request).id;
    const paged = paging(url);
    const kinds = enumValues(url, 'kind', CHARGE_KINDS);
    const statuses = enumValues(url, 'status', STATUSES);
    const methods = enumValues(url, 'method', METHODS);
    const from = dateParam(url, 'from');
    const to = dateParam(url, 'to');
    const q = url.searchParams.get('q')?.trim() ?? '';
    const fields = [
      ...[paged, kinds, statuses, methods].flatMap((result) => ('errors' in result ? result.errors : [])),
      ...[from, to].flatMap((result) => ('error' in result ? [result.error] : [])),
      ...(q.length > 100 ? [{ field: 'q', code: 'invalid' }] : []),
    ];
    if (fields.length > 0 || 'errors' in paged || 'errors' in kinds || 'errors' in statuses || 'errors' in methods)
      return response.untyped(errorResponse(request, 400, 'validation-failed', { fields }));
    const db = getDb();
    stateOf(db);
    const kindSet = new Set<ChargeKind>(kinds.values);
    const statusSet = new Set<PaymentStatus>(statuses.values);
    const methodSet = new Set<PaymentMethod>(methods.values);
    const fromDay = 'value' in from ? from.value : undefined;
    const toDay = 'value' in to ? to.value : undefined;
    const own = db.payments.filter((payment) => payment.ownerId === ownerId);
    for (const payment of own) catchUp(payment, db);
    const filtered = own.filter((payment) => {
      const day = moscowDate(payment.createdAt);
      return (
        (fromDay === undefined || day >= fromDay) &&
        (toDay === undefined || day <= toDay) &&
        (kindSet.size === 0 || payment.items.some((item) => kindSet.has(item.kind))) &&
        (statusSet.size === 0 || statusSet.has(payment.status)) &&
        (methodSet.size === 0 || methodSet.has(payment.method)) &&
        (q === '' || matchesQuery(payment, q))
      );
    });
    const locale = localeOf(request);
    return response(200).json({
      items: pageOf(filtered, paged.page, paged.pageSize).map((payment) => paymentView(payment, locale)),
      total: filtered.length,
      page: paged.page,
      pageSize: paged.pageSize,
    });
  }),

  http.get('/payment-stats', ({ request, response }) => {
    const url = new URL(request.url);
    const ownerId = citizenOf(request).id;
    const from = dateParam(url, 'from');
    const to = dateParam(url, 'to');
    const fields = [from, to].flatMap((result) => ('error' in result ? [result.error] : []));
    if (fields.length > 0) return response.untyped(errorResponse(request, 400, 'validation-failed', { fields }));
    const completed = getDb().payments.filter((p) => p.ownerId === ownerId && p.status === 'completed');
    // The last 12 months by default: up to the month of the mock's day or of the latest payment, whichever is later.
    const latest = completed.reduce(
      (max, p) => (moscowDate(p.createdAt) > max ? moscowDate(p.createdAt) : max),
      mockToday(),
    );
    const toDay = 'value' in to && to.value ? to.value : latest;
    let fromDay = 'value' in from && from.value ? from.value : undefined;
    if (!fromDay) {
      const [year, month] = toDay.split('-').map(Number) as [number, number];
      const start = new Date(Date.UTC(year, month - 12, 1));
      fromDay = start.toISOString().slice(0, 10);
    }
    if (fromDay > toDay)
      return response.untyped(
        errorResponse(request, 400, 'validation-failed', { fields: [{ field: 'from', code: 'invalid' }] }),
      );
    const months = monthsBetween(fromDay, toDay);
    const sums = new Map<string, Map<ChargeKind, number>>(months.map((m) => [m, new Map()]));
    let total = 0;
    for (const payment of completed) {
      const day = moscowDate(payment.createdAt);
      if (day < fromDay || day > toDay) continue;
      const month = sums.get(monthOf(day));
      if (!month) continue;
      for (const item of payment.items) {
        month.set(item.kind, (month.get(item.kind) ?? 0) + item.amount);
        total += item.amount;
      }
    }
    return response(200).json({
      total,
      months: months.map((month) => ({
        month,
        byKind: CHARGE_KINDS.map((kind) => ({ kind, amount: sums.get(month)!.get(kind) ?? 0 })),
      })),
    });
  }),

  http.get('/payments/{id}', ({ request, params, response }) => {
    const payment = ownPayment(request, params.id);
    if (!payment) return response.untyped(fail(request, 404, 'payment-not-found'));
    return response(200).json(paymentView(payment, localeOf(request)));
  }),

  http.post('/payments', async ({ request, response }) => {
    const ownerId = citizenOf(request).id;
    if (!request.headers.get('Idempotency-Key'))
      return response.untyped(
        errorResponse(request, 400, 'idempotency-key-missing', {
          fields: [{ field: 'Idempotency-Key', code: 'required' }],
        }),
      );
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return response.untyped(errorResponse(request, 400, 'bad-request'));
    }
    const parsed = parsePaymentRequest(body);
    if ('errors' in parsed)
      return response.untyped(errorResponse(request, 400, 'validation-failed', { fields: parsed.errors }));
    // One attempt = the charges, their amounts and the method (and its card or phone); not the return address.
    const fingerprint = JSON.stringify({
      items: [...parsed.items].sort((a, b) => a.chargeId.localeCompare(b.chargeId)),
      method: parsed.method,
      cardId: parsed.cardId ?? null,
      phone: parsed.phone ?? null,
    });
    const db = getDb();
    stateOf(db);
    const mayPay = (charge: ChargeRecord): boolean => foundBy(ownerId, charge.id);
    const result = await idempotent(request, { required: true, fingerprint }, async () => {
      const limit = takeRateLimit('payments', bearerToken(request) ?? '');
      if (limit.limited)
        return errorResponse(request, 429, 'rate-limited', { retryAfter: limit.retryAfter, headers: limit.headers });
      const before = checkCharges(ownerId, parsed.items, mayPay);
      if (before.length > 0) return fail(request, 422, 'charges-changed', { charges: before }) as never;
      let cardLast4: string | undefined;
      if (parsed.method === 'linked-card') {
        const card = linkedCard(ownerId, parsed.cardId!);
        if (!card)
          return fail(request, 422, 'card-not-found', { fields: [{ field: 'cardId', code: 'invalid' }] }) as never;
        cardLast4 = card.last4;
      }
      await processing(PAYMENT_PROCESSING_MS);
      // Another key may have taken the same charges meanwhile: never twice.
      const after = checkCharges(ownerId, parsed.items, mayPay);
      if (after.length > 0) return fail(request, 422, 'charges-changed', { charges: after }) as never;
      const payment = startPayment(getDb(), ownerId, parsed, {
        locale: localeOf(request),
        ...(cardLast4 ? { cardLast4 } : {}),
      });
      return { status: 201, body: paymentView(payment, localeOf(request)) };
    });
    if (result.status === 409) {
      const error = (await result.clone().json()) as ErrorBody;
      if (error.code === 'idempotency-in-flight')
        return response.untyped(fail(request, 409, 'payment-in-progress', { retryAfter: 1 }) as never);
    }
    return response.untyped(result as never);
  }),

  http.post('/payments/{id}/confirm', async ({ request, params, response }) => {
    if (!request.headers.get('Idempotency-Key'))
      return response.untyped(
        errorResponse(request, 400, 'idempotency-key-missing', {
          fields: [{ field: 'Idempotency-Key', code: 'required' }],
        }),
      );
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return response.untyped(errorResponse(request, 400, 'bad-request'));
    }
    const code = (body as { code?: unknown } | null)?.code;
    const extra = body && typeof body === 'object' ? Object.keys(body).filter((key) => key !== 'code') : [];
    if (typeof code !== 'string' || !/^\d{4,8}$/.test(code) || extra.length > 0)
      return response.untyped(
        errorResponse(request, 400, 'validation-failed', {
          fields: [
            { field: 'code', code: code === undefined ? 'required' : 'invalid' },
            ...extra.map((field) => ({ field, code: 'invalid' })),
          ],
        }),
      );
    const result = await idempotent(
      request,
      { required: true, fingerprint: `confirm:${params.id}:${code}` },
      async () => {
        const payment = ownPayment(request, params.id);
        if (!payment) return fail(request, 404, 'payment-not-found') as never;
        const db = getDb();
        const state = stateOf(db);
        const pending = state.codes.get(payment.id);
        if (payment.status !== 'pending' || payment.next?.type !== 'code' || !pending)
          return fail(request, 409, 'payment-not-awaiting-code') as never;
        if (code === pending.code)
          return {
            status: 200,
            body: paymentView(settlePayment(payment.id, { status: 'completed' }, db)!, localeOf(request)),
          };
        pending.attemptsLeft -= 1;
        if (pending.attemptsLeft <= 0) {
          settlePayment(payment.id, { status: 'declined', code: 'code-attempts' }, db);
          return fail(request, 429, 'code-attempts') as never;
        }
        remember(db, payment);
        return fail(request, 422, 'code-invalid', { fields: [{ field: 'code', code: 'code-invalid' }] }) as never;
      },
    );
    return response.untyped(result as never);
  }),

  http.post('/payments/{id}/cancel', async ({ request, params, response }) => {
    const result = await idempotent(request, { required: false, fingerprint: `cancel:${params.id}` }, async () => {
      const payment = ownPayment(request, params.id);
      if (!payment) return fail(request, 404, 'payment-not-found') as never;
      if (payment.status !== 'pending') return fail(request, 409, `payment-settled-${payment.status}`) as never;
      settlePayment(payment.id, { status: 'declined', code: 'cancelled' });
      return { status: 200, body: paymentView(payment, localeOf(request)) };
    });
    return response.untyped(result as never);
  }),

  http.get('/payments/{id}/receipt', async ({ request, params, response }) => {
    const payment = ownPayment(request, params.id);
    if (!payment) return response.untyped(fail(request, 404, 'payment-not-found') as never);
    if (payment.status !== 'completed') return response.untyped(fail(request, 409, 'receipt-unavailable') as never);
    const { receiptPdf } = await import('./pdf.js');
    const payer = getDb().persons.find((person) => person.id === payment.ownerId);
    const bytes = await receiptPdf(payment, payer);
    return response(200).json({
      fileName: `Чек ${payment.id}.pdf`,
      mediaType: 'application/pdf',
      content: toBase64(bytes),
    });
  }),

  http.get('/payments/{id}/order', async ({ request, params, response }) => {
    const payment = ownPayment(request, params.id);
    if (!payment) return response.untyped(fail(request, 404, 'payment-not-found') as never);
    if (payment.method !== 'transfer') return response.untyped(fail(request, 409, 'not-a-transfer') as never);
    const db = getDb();
    const orders =
      payment.next?.type === 'payment-order'
        ? payment.next.orders
        : payment.items.flatMap((item) => {
            const charge = db.charges.find((candidate) => candidate.id === item.chargeId);
            return charge ? [paymentOrderFor(charge, item.amount)] : [];
          });
    const { paymentOrdersPdf } = await import('./pdf.js');
    const payer = db.persons.find((person) => person.id === payment.ownerId);
    const bytes = await paymentOrdersPdf(payment, orders, payer);
    return response(200).json({
      fileName: `Платёжное поручение ${payment.id}.pdf`,
      mediaType: 'application/pdf',
      content: toBase64(bytes),
    });
  }),
];
