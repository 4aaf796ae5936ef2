/**
 * The acquirer's page sessions. A card or e-wallet payment and a card linking each open one; the mock acquirer page
 * (mocks/payments/acquirer.html, served by the dev and preview servers and Storybook — build/mock-pages.ts) shows
 * it, runs the 3-D Secure step, and ends it with the outcome the tester picks.
 *
 * The page is another document: in a browser the in-page mock (its MSW worker and database) does not survive the
 * navigation there and back. So a session and its outcome are kept where the navigation does not lose them — a
 * ledger in sessionStorage (the same tab: a redirect) — and the outcome is also broadcast on a BroadcastChannel
 * (another window of the origin: a popup), where the mock of the page that opened it settles its payment at once.
 * In Node everything is in memory and the outcome applies directly.
 */
import * as cards from './cards.js';

export interface AcquirerSessionRequest {
  ownerId: string;
  purpose: 'payment' | 'binding';
  /** purpose payment: the payment it pays; binding: the binding it completes. */
  paymentId?: string;
  bindingId?: string;
  /** Kopecks (payment). */
  amount?: number;
  /** Where the page comes back (the server appends ?gu-payment=<id> or ?gu-card-binding=<id>). */
  returnUrl: string;
  /** wallet: the e-wallet's page instead of the card form. */
  kind?: 'card' | 'wallet';
  /** The page's language (the citizen's: the request's Accept-Language). */
  locale?: 'ru' | 'en';
}

/** What the tester picked on the acquirer's page. */
export type AcquirerOutcome = 'success' | 'insufficient-funds' | 'three-ds-failed' | 'card-expired' | 'cancelled';
/** Every outcome, in the page's order. */
export const ACQUIRER_OUTCOMES: readonly AcquirerOutcome[] = [
  'success',
  'insufficient-funds',
  'three-ds-failed',
  'card-expired',
  'cancelled',
];

/** The card the acquirer accepted (only these ever leave the acquirer). */
export interface AcquirerCard {
  last4: string;
  brand: 'mir' | 'visa' | 'mastercard' | 'unionpay';
  expires: string;
}

export interface AcquirerSession extends AcquirerSessionRequest {
  id: string;
  createdMs: number;
  expiresMs: number;
  outcome?: AcquirerOutcome;
  card?: AcquirerCard;
}

/** The path of the acquirer's page (build/mock-pages.ts serves it). */
export const ACQUIRER_PAGE_PATH = '/mocks/payments/acquirer.html';
const LEDGER_KEY = 'gu-kit-mock:acquirer-sessions';
const CHANNEL = 'gu-kit-mock:acquirer';
const SESSION_TTL_MS = 30 * 60_000;

let memory: Record<string, AcquirerSession> = {};
function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
function readLedger(): Record<string, AcquirerSession> {
  const store = storage();
  if (!store) return memory;
  try {
    return JSON.parse(store.getItem(LEDGER_KEY) ?? '{}') as Record<string, AcquirerSession>;
  } catch {
    return {};
  }
}
function writeLedger(ledger: Record<string, AcquirerSession>): void {
  const store = storage();
  if (!store) {
    memory = ledger;
    return;
  }
  try {
    store.setItem(LEDGER_KEY, JSON.stringify(ledger));
  } catch {
    // storage full or denied: the outcome still travels on the channel
  }
}

function randomId(): string {
  return globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 20);
}

/** Opens a session on the acquirer's page and returns the page's URL (on the origin of `returnUrl`). */
export function createAcquirerSession(request: AcquirerSessionRequest): string {
  const now = Date.now();
  const ledger = readLedger();
  for (const [key, entry] of Object.entries(ledger)) if (entry.expiresMs < now) delete ledger[key];
  const session: AcquirerSession = {
    ...request,
    id: `acq-${randomId()}`,
    createdMs: now,
    expiresMs: now + SESSION_TTL_MS,
  };
  ledger[session.id] = session;
  writeLedger(ledger);
  const page = new URL(ACQUIRER_PAGE_PATH, new URL(request.returnUrl).origin);
  page.searchParams.set('session', session.id);
  // Enough for the page to show itself although it may open without this tab's storage (a popup with noopener).
  page.searchParams.set('purpose', request.purpose);
  page.searchParams.set('kind', request.kind ?? 'card');
  if (request.amount !== undefined) page.searchParams.set('amount', String(request.amount));
  if (request.paymentId) page.searchParams.set('payment', request.paymentId);
  if (request.bindingId) page.searchParams.set('binding', request.bindingId);
  page.searchParams.set('return', request.returnUrl);
  if (request.locale === 'en') page.searchParams.set('lang', 'en');
  return page.href;
}

/** A session by id (the page, tests), if this tab's ledger has it. */
export function getAcquirerSession(id: string): AcquirerSession | undefined {
  return readLedger()[id];
}

/** The outcome of a card linking as the acquirer's page recorded it (survives the navigation back). */
export function bindingOutcome(bindingId: string): Pick<AcquirerSession, 'outcome' | 'card' | 'ownerId'> | undefined {
  return Object.values(readLedger()).find((session) => session.bindingId === bindingId && session.outcome);
}

/** The acquirer's outcome of a payment, if its page recorded one. */
export function paymentOutcome(paymentId: string): AcquirerSession | undefined {
  return Object.values(readLedger()).find((session) => session.paymentId === paymentId && session.outcome);
}

/** What the acquirer's page tells about a finished session. */
export interface AcquirerResult {
  sessionId: string;
  purpose: 'payment' | 'binding';
  paymentId?: string;
  bindingId?: string;
  outcome: AcquirerOutcome;
  card?: AcquirerCard;
}

type Listener = (result: AcquirerResult) => void;
const listeners = new Set<Listener>();
/** Calls `listener` with every outcome (of this document, and broadcast by another window of the origin). */
export function onAcquirerResult(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const BINDING_FAILURES: Record<Exclude<AcquirerOutcome, 'success'>, string> = {
  'insufficient-funds': 'Банк отклонил проверочное списание: недостаточно средств на карте.',
  'three-ds-failed': 'Не пройдена проверка 3-D Secure.',
  'card-expired': 'Срок действия карты истёк.',
  cancelled: 'Привязка карты отменена.',
};

function deliver(result: AcquirerResult): void {
  for (const listener of [...listeners]) listener(result);
  if (result.purpose === 'binding' && result.bindingId) {
    const complete = (cards as Partial<typeof cards>).completeBinding;
    complete?.(
      result.bindingId,
      result.outcome === 'success' && result.card
        ? { card: result.card }
        : { failureReason: BINDING_FAILURES[result.outcome === 'success' ? 'cancelled' : result.outcome] },
    );
  }
}

let channel: BroadcastChannel | undefined;
function channelOf(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined' || !storage()) return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<AcquirerResult>) => {
    const result = event.data;
    if (!result || typeof result.sessionId !== 'string') return;
    const ledger = readLedger();
    const session = ledger[result.sessionId];
    if (session && !session.outcome) {
      session.outcome = result.outcome;
      if (result.card) session.card = result.card;
      writeLedger(ledger);
    }
    deliver(result);
  };
  return channel;
}
// Listen from the start in a browser, so a popup's outcome reaches the page that opened it.
channelOf();

/**
 * Ends a session with the outcome the tester picked (the acquirer's page; tests): records it, tells this document's
 * mock and every other window of the origin. A success of a payment carries the card's last four digits; of a linking,
 * the card. Returns the session's return URL with `gu-payment` or `gu-card-binding` set, or undefined when unknown.
 */
export function completeAcquirerSession(
  sessionId: string,
  outcome: AcquirerOutcome,
  card: AcquirerCard = { last4: '4417', brand: 'mir', expires: '08/29' },
  fallback?: Omit<AcquirerResult, 'sessionId' | 'outcome' | 'card'> & { returnUrl: string },
): string | undefined {
  const ledger = readLedger();
  const session = ledger[sessionId];
  const known = session ?? (fallback ? { ...fallback, id: sessionId } : undefined);
  if (!known) return undefined;
  if (session && !session.outcome) {
    session.outcome = outcome;
    if (outcome === 'success') session.card = card;
    writeLedger(ledger);
  }
  const result: AcquirerResult = {
    sessionId,
    purpose: known.purpose,
    outcome,
    ...(known.paymentId ? { paymentId: known.paymentId } : {}),
    ...(known.bindingId ? { bindingId: known.bindingId } : {}),
    ...(outcome === 'success' ? { card } : {}),
  };
  deliver(result);
  channelOf()?.postMessage(result);
  const target = new URL(known.returnUrl);
  if (known.purpose === 'payment' && known.paymentId) target.searchParams.set('gu-payment', known.paymentId);
  if (known.purpose === 'binding' && known.bindingId) target.searchParams.set('gu-card-binding', known.bindingId);
  return target.href;
}
