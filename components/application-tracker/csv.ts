import type { Application } from './list-api.js';
import type { Locale } from '../core/i18n/index.js';
import { listLater } from './locales/list-later.js';
import type { ListMessages } from './locales/list-ru.js';
import { saveBlob } from './save-file.js';

/**
 * CSV of the visible list, safe to open in a spreadsheet: every cell is quoted, and a cell that starts with
 * = + - @ (or a tab / carriage return) is prefixed with an apostrophe so it is never read as a formula
 * (OWASP «CSV injection»). A BOM makes Excel read UTF-8 Cyrillic correctly.
 */

/** Neutralises formula triggers and quotes one cell. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** Rows (the first one the header) as CSV text with CRLF line ends and a UTF-8 BOM. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

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
