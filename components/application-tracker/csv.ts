import { ApiError, type ApiClient } from '../core/api/index.js';
import { fetchApplications, type Application, type ListQuery } from './list-api.js';
import { formatNumber, plural, type Locale } from '../core/i18n/index.js';
import { announce } from '../core/ui/announcer.js';
import { listLater } from './locales/list-later.js';
import type { ListMessages } from './locales/list-ru.js';
import { toCsv } from '../core/ui/csv.js';
import { saveBlob } from '../core/ui/save-file.js';

/**
 * CSV of the list (every application that matches the search and filters, over all its pages), safe to open in a
 * spreadsheet: core/ui/csv.ts quotes every cell, neutralises formula triggers and adds the BOM.
 */
export { csvCell } from '../core/ui/csv.js';

/** The applications as CSV (the list's columns, in the list's language), saved as `applications.csv`; returns the text. */
export function saveApplicationsCsv(applications: readonly Application[], msg: ListMessages, locale: Locale): string {
  const { number, service, status } = listLater(locale);
  const text = toCsv([
    [number, service, msg.agency, msg.submitted, status, msg.decisionDue, msg.unread],
    ...applications.map((a) => [
      a.number,
      a.serviceTitle,
      a.agencyTitle,
      a.submittedAt.slice(0, 10),
      msg.statusLabel(a.status),
      a.decisionDue ?? '',
      a.unread ? msg.unread : '',
    ]),
  ]);
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), 'applications.csv');
  return text;
}

/** Rows per request of an export (the contract's largest page). */
const EXPORT_PAGE_SIZE = 100;
/** An export of more pages than this says how far it is, every this many pages. */
const PROGRESS_EVERY_PAGES = 10;

/**
 * Saves every application that matches `query` (its search, filters and sort; every page, not only the visible one)
 * as `applications.csv` and resolves its text. Fetched page by page through the API; on a big list the progress is
 * announced politely every few pages («Готовим список: 2 000 из 10 000»), and the end always («Список скачан: N
 * заявлений»). A row the server sent malformed is left out (the list shows it as an error too). Once `host` is removed
 * from the page, no further page is asked for: the export fails with ApiError 'aborted'.
 */
export async function exportApplicationsCsv(
  client: ApiClient,
  query: ListQuery,
  msg: ListMessages,
  locale: Locale,
  host?: Element,
): Promise<string> {
  const later = listLater(locale);
  const count = (n: number): string => formatNumber(locale, n);
  const applications: Application[] = [];
  for (let page = 1; ; page += 1) {
    if (host && !host.isConnected) throw new ApiError('aborted', 'The list was removed during the export');
    const answer = await fetchApplications(client, { ...query, page, pageSize: EXPORT_PAGE_SIZE });
    for (const row of answer.rows) if (row.ok) applications.push(row.application);
    const pages = Math.ceil(answer.total / EXPORT_PAGE_SIZE);
    if (answer.rows.length === 0 || page >= pages) break;
    if (page % PROGRESS_EVERY_PAGES === 0)
      void announce(later.exportProgress(count(page * EXPORT_PAGE_SIZE), count(answer.total)));
  }
  const text = saveApplicationsCsv(applications, msg, locale);
  void announce(plural(locale, applications.length, later.exported));
  return text;
}
