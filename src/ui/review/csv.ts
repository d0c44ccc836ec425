/**
 * CSV export of decision records for the review page (RFC 4180: CRLF, quotes doubled), neutralising
 * formula injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * `'` so a spreadsheet shows it as text. Same rules and columns as `safeshare log --format csv`
 * (src/cli/log-command.ts), which the ui layer cannot import; a shared copy belongs in core.
 */
import { type DecisionRecord, type ListFields, RECORD_COLUMNS, recordToListFields, type Review, reviewToListFields } from "../../core/decision";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

export const CSV_COLUMNS: readonly string[] = ["ItemId", ...RECORD_COLUMNS.map((c) => c.name)];

export interface CsvEntry {
  readonly itemId: string;
  readonly record: DecisionRecord;
  readonly review: Review | null;
}

/** The whole CSV file for these entries (header first). */
export function recordsCsv(entries: readonly CsvEntry[]): string {
  let out = csvLine(CSV_COLUMNS);
  for (const e of entries) {
    const fields: ListFields = { ...recordToListFields(e.record), ...(e.review ? reviewToListFields(e.review) : {}) };
    out += csvLine([e.itemId, ...RECORD_COLUMNS.map((c) => fields[c.name])]);
  }
  return out;
}
