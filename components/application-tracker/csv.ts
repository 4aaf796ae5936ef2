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
