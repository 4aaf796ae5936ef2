/**
 * CSV that opens safely and correctly in a spreadsheet (the tracker's and the payment history's exports): every cell
 * is quoted, and a cell that starts with = + - @ (or a tab / carriage return) is prefixed with an apostrophe so it is
 * never read as a formula (OWASP «CSV injection»). A UTF-8 BOM makes Excel read Cyrillic correctly; lines end with
 * CRLF. The separator is a comma by default; Russian Excel expects `;` (its list separator, the comma being the
 * decimal one), so an export meant for it passes `';'`.
 */

/** A cell's value: text, a number, a flag or nothing (an empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

/** Neutralises formula triggers and quotes one cell. */
export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** Rows (the first one the header) as CSV text with CRLF line ends and a UTF-8 BOM. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>, separator: ',' | ';' = ','): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(separator)).join('\r\n')}\r\n`;
}
