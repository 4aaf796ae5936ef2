/**
 * The partner bank in the verification mock: the banks, the round trip through the mock bank page (one-time tickets
 * kept where the navigation does not lose them), the bank's decision, and the simulated answer (`simulate-bank`).
 */
import { getDb } from '../db/index.js';
import { citizenOf, http, localeOf, type Locale } from '../handlers/support.js';
import { fail, jsonBody } from './errors.js';
import {
  randomTicket,
  raiseLevel,
  stateOf,
  viewConfirmation,
  type Confirmation,
  type ConfirmationRecord,
} from './store.js';

/** The partner banks the overview offers. */
export const BANKS = [
  { id: 'sber', name: 'Сбербанк' },
  { id: 'tbank', name: 'Т-Банк' },
  { id: 'vtb', name: 'ВТБ' },
  { id: 'alfa', name: 'Альфа-Банк' },
];

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
export function writeLedger(ledger: Record<string, BankTicket>): void {
  if (!hasSessionStorage()) {
    memoryLedger = ledger;
    return;
  }
  if (Object.keys(ledger).length === 0) sessionStorage.removeItem(LEDGER_KEY);
  else sessionStorage.setItem(LEDGER_KEY, JSON.stringify(ledger));
}
/** Issues the one-time ticket of a bank confirmation and the mock bank page address carrying it. */
export function issueBankTicket(record: ConfirmationRecord, request: Request, returnUrl: string): string {
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

export const isHttpUrl = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length > 2000) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const refusal = (locale: Locale): string =>
  locale === 'en' ? 'The bank did not confirm your identity.' : 'Банк не подтвердил личность.';

/** Starts a bank confirmation: the bank and the address of its (simulated) page. */
export function startBank(record: ConfirmationRecord, bankId: string): void {
  record.bankId = bankId;
  record.bankUrl = `https://${bankId}.bank.example/gu-confirm?request=${record.id}`;
}

/** The simulated bank page's answer (`simulate-bank`): confirmed, refused (with the reason), or a failure. */
export function completeBank(
  record: ConfirmationRecord,
  body: Record<string, unknown>,
  request: Request,
): 'confirmed' | 'refused' | Response {
  const result = body['bankResult'];
  if (result === 'approved') return 'confirmed';
  if (result === 'denied') {
    record.refusal = refusal(localeOf(request));
    return 'refused';
  }
  return fail(request, 422, 'validation-failed', [{ field: 'bankResult', code: 'invalid' }]);
}

/** POST verification/bank-decisions (the bank tells the server), GET verification/bank-results/{ticket}. */
export const bankHandlers = [
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
];
