/**
 * One payment attempt and its Idempotency-Key — the reason a citizen never pays twice.
 *
 * An attempt is what the citizen asked to pay: the charges, the amounts they were shown and the method (with the
 * linked card). Its key is made once (core/api `createIdempotencyKey`, crypto.randomUUID) and sent with every request
 * of that attempt: a retry after a network drop, a 5xx or a timeout, a double click, Enter held down, a reload while
 * the payment is pending. The server answers a repeated key with the first request's payment, so however many
 * requests leave the page, one payment is made.
 *
 * The attempt is kept in sessionStorage (this tab, this session) only while it is open: its key, a hash of what it
 * pays (charge ids, amounts, method, card id — no personal data, no tokens, never the phone number) and, once the
 * server answered, the payment's id. It is dropped when the payment settles or the citizen starts another attempt.
 */
import { createIdempotencyKey } from '../core/api/idempotency.js';
import type { PaymentMethod } from './types.js';

/** What one attempt pays. */
export interface AttemptSpec {
  items: ReadonlyArray<{ chargeId: string; amount: number }>;
  method: PaymentMethod;
  cardId?: string;
}

/** What is kept for an open attempt. */
export interface StoredAttempt {
  key: string;
  /** FNV-1a of the charge ids, amounts, method and card id (not secret, just short: none of it is personal). */
  fingerprint: string;
  /** The payment the server made for it, once it answered. */
  paymentId?: string;
}

const PREFIX = 'gu-payments-attempt:';
/** Where sessionStorage cannot be used (disabled, full): the attempt lives as long as the page. */
const memory = new Map<string, string>();

function slot(citizenId: string | undefined): string {
  return PREFIX + (citizenId ?? '-');
}

function read(citizenId: string | undefined): StoredAttempt | undefined {
  let text: string | null | undefined;
  try {
    // A write that sessionStorage refused (full) went to memory: look there too.
    text = sessionStorage.getItem(slot(citizenId)) ?? memory.get(slot(citizenId));
  } catch {
    text = memory.get(slot(citizenId));
  }
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Partial<StoredAttempt>;
    if (typeof data.key !== 'string' || typeof data.fingerprint !== 'string') return undefined;
    return {
      key: data.key,
      fingerprint: data.fingerprint,
      ...(typeof data.paymentId === 'string' ? { paymentId: data.paymentId } : {}),
    };
  } catch {
    return undefined;
  }
}

function write(citizenId: string | undefined, attempt: StoredAttempt): void {
  const text = JSON.stringify(attempt);
  try {
    sessionStorage.setItem(slot(citizenId), text);
  } catch {
    memory.set(slot(citizenId), text);
  }
}

/** The attempt's fingerprint: the same charges, amounts and method in any order give the same one. */
export function fingerprintOf(spec: AttemptSpec): string {
  const items = [...spec.items]
    .map((item) => `${item.chargeId}:${item.amount}`)
    .sort()
    .join(',');
  const text = `${spec.method}|${spec.cardId ?? ''}|${items}`;
  // FNV-1a, two seeds (64 bits): short and stable; nothing in it is secret.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * The open attempt for `spec`: the one kept when it pays the same (its key is reused), else a new one with a new key
 * (which replaces whatever was kept). Synchronous: a burst of submits all get the same key.
 */
export function attemptFor(citizenId: string | undefined, spec: AttemptSpec): StoredAttempt {
  const fingerprint = fingerprintOf(spec);
  const kept = read(citizenId);
  if (kept && kept.fingerprint === fingerprint) return kept;
  const attempt: StoredAttempt = { key: createIdempotencyKey(), fingerprint };
  write(citizenId, attempt);
  return attempt;
}

/** The kept attempt, if any. */
export function keptAttempt(citizenId: string | undefined): StoredAttempt | undefined {
  return read(citizenId);
}

/** Records the payment the server made for the attempt with `key`. */
export function attemptAnswered(citizenId: string | undefined, key: string, paymentId: string): void {
  const kept = read(citizenId);
  if (kept?.key === key) write(citizenId, { ...kept, paymentId });
}

/**
 * Drops the kept attempt: after its payment settled (`paymentId`: only when it is that payment's), or when the server
 * said its key cannot be used again (no id: whatever is kept).
 */
export function dropAttempt(citizenId: string | undefined, paymentId?: string): void {
  const kept = read(citizenId);
  if (!kept || (paymentId !== undefined && kept.paymentId !== paymentId)) return;
  try {
    sessionStorage.removeItem(slot(citizenId));
  } catch {
    /* storage unavailable: the copy in memory is all there is */
  }
  memory.delete(slot(citizenId));
}

/** The payment of an open attempt that the server already answered (to follow it after a reload). */
export function pendingPaymentId(citizenId: string | undefined): string | undefined {
  return read(citizenId)?.paymentId;
}

/**
 * The acquirer's popup, opened inside the citizen's click on «Оплатить» (a popup opened later is blocked) and handed
 * to the payment view, which sends it to the acquirer's page. `null`: the browser blocked it.
 */
export const acquirerPopup: { window: Window | null | undefined } = { window: undefined };

/** Opens the (empty) popup for the acquirer's page; must run inside a click. */
export function openAcquirerPopup(): Window | null {
  const width = 520;
  const height = 720;
  const left = Math.max(0, Math.round((screen.width - width) / 2));
  const top = Math.max(0, Math.round((screen.height - height) / 2));
  let opened: Window | null;
  try {
    opened = window.open(
      'about:blank',
      'gu-payments-acquirer',
      `popup,width=${width},height=${height},left=${left},top=${top}`,
    );
  } catch {
    opened = null;
  }
  acquirerPopup.window = opened;
  return opened;
}

/** The method the checkout starts with next time («Попробовать снова» after a decline keeps the method). */
export const checkoutPreference: { method: PaymentMethod | undefined } = { method: undefined };
