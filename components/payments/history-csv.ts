/**
 * The payment history as CSV: every payment that matches the filters and the search, over all pages (fetched one after
 * another), for Russian Excel — `;` between cells, a decimal comma in amounts (in English: `,` and a decimal point),
 * UTF-8 with a BOM, every cell quoted and formula triggers neutralised (core/ui/csv.ts). Loaded when the citizen asks for the file.
 */
import { ApiError, type ApiClient } from '../core/api/index.js';
import { formatDate, formatNumber, plural, type Locale } from '../core/i18n/index.js';
import { announce } from '../core/ui/announcer.js';
import { toCsv } from '../core/ui/csv.js';
import { saveBlob } from '../core/ui/save-file.js';
import { listPayments, type HistoryFilters } from './history-api.js';
import type { HistoryMessages } from './locales/history-ru.js';
import type { Payment } from './types.js';

/** Rows per request of an export (the contract's largest page). */
const EXPORT_PAGE_SIZE = 100;
/** A long export says how far it is every this many pages. */
const PROGRESS_EVERY_PAGES = 5;

/** Kopecks as a plain number of roubles (`1500,00` in Russian: what Russian Excel reads as a number). */
function roubles(locale: Locale, kopecks: number): string {
  const text = (kopecks / 100).toFixed(2);
  return locale === 'ru' ? text.replace('.', ',') : text;
}

/** The payments as CSV text (the header in the page's language). */
export function paymentsCsv(payments: readonly Payment[], msg: HistoryMessages, locale: Locale): string {
  const moscow = (iso: string, options: Intl.DateTimeFormatOptions): string => formatDate(locale, iso, options);
  const unique = (values: string[]): string => [...new Set(values)].join('; ');
  return toCsv(
    [
      [
        msg.csvDate,
        msg.csvTime,
        msg.csvPaymentId,
        msg.csvItems,
        msg.csvUins,
        msg.csvKinds,
        msg.csvPayees,
        msg.csvAmount,
        msg.csvMethod,
        msg.csvStatus,
        msg.csvReason,
      ],
      ...payments.map((p) => [
        moscow(p.createdAt, { year: 'numeric', month: '2-digit', day: '2-digit' }),
        moscow(p.createdAt, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
        p.id,
        p.items.map((item) => item.title).join('; '),
        p.items.map((item) => item.uin).join('; '),
        unique(p.items.map((item) => msg.kindName(item.kind))),
        unique(p.items.map((item) => item.payee)),
        roubles(locale, p.amount),
        p.cardLast4 ? `${msg.methodName(p.method)} (${msg.cardEnding(p.cardLast4)})` : msg.methodName(p.method),
        msg.statusName(p.status),
        p.status === 'declined' ? (p.declineReason ?? (p.declineCode ? msg.declineName(p.declineCode) : '')) : '',
      ]),
    ],
    locale === 'ru' ? ';' : ',',
  );
}

/**
 * Saves every payment that matches `filters` (all pages, not only the one on screen) as CSV and resolves its text.
 * Pages are asked for one after another; a long export says how far it is, and the end is always announced
 * («Файл скачан: 42 платежа»). Once `host` is removed from the page no further page is asked for: the export fails
 * with ApiError 'aborted'.
 */
export async function exportPaymentsCsv(
  client: ApiClient,
  filters: HistoryFilters,
  msg: HistoryMessages,
  locale: Locale,
  host?: Element,
  signal?: AbortSignal,
): Promise<string> {
  const payments: Payment[] = [];
  const seen = new Set<string>();
  for (let page = 1; ; page += 1) {
    if (host && !host.isConnected) throw new ApiError('aborted', 'The history was removed during the export');
    const answer = await listPayments(client, { ...filters, page, pageSize: EXPORT_PAGE_SIZE }, signal);
    // A payment made meanwhile shifts the pages by one: never write a row twice.
    for (const payment of answer.items) {
      if (seen.has(payment.id)) continue;
      seen.add(payment.id);
      payments.push(payment);
    }
    const pages = Math.ceil(answer.total / EXPORT_PAGE_SIZE);
    if (answer.items.length === 0 || page >= pages) break;
    if (page % PROGRESS_EVERY_PAGES === 0)
      void announce(
        msg.exportProgress(formatNumber(locale, page * EXPORT_PAGE_SIZE), formatNumber(locale, answer.total)),
      );
  }
  const text = paymentsCsv(payments, msg, locale);
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), msg.csvFileName);
  void announce(plural(locale, payments.length, msg.exported));
  return text;
}
