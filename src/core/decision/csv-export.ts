import { type ListFields, RECORD_COLUMNS, recordToListFields, type Review, reviewToListFields } from "./columns";
import type { DecisionRecord } from "./record";

/**
 * CSV export of decision records, shared by `safeshare log --format csv` and the review page's export
 * (RFC 4180: CRLF line ends, quotes doubled). It neutralises formula injection: a cell starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it as text instead
 * of running it (a practitioner's reasons are free text, and free text can be a formula).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-neutralised, then quoted when it holds a quote, comma, line break or edge space. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, CRLF-terminated. */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** The export's columns: the list item id, then every record and review column. */
export const CSV_COLUMNS: readonly string[] = ["ItemId", ...RECORD_COLUMNS.map((c) => c.name)];

/** One record (with its review, if any) as a CSV line in `CSV_COLUMNS` order. */
export function recordCsvLine(itemId: string, record: DecisionRecord, review: Review | null): string {
  const fields: ListFields = { ...recordToListFields(record), ...(review ? reviewToListFields(review) : {}) };
  return csvLine([itemId, ...RECORD_COLUMNS.map((c) => fields[c.name])]);
}
