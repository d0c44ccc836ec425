/**
 * The review page's CSV export: the same columns and the same formula-injection rules as
 * `safeshare log --format csv`, both from core (src/core/decision/csv-export.ts).
 */
import { CSV_COLUMNS, csvCell, csvLine, type DecisionRecord, recordCsvLine, type Review } from "../../core/decision";

export { csvCell, csvLine, CSV_COLUMNS };

export interface CsvEntry {
  readonly itemId: string;
  readonly record: DecisionRecord;
  readonly review: Review | null;
}

/** The whole CSV file for these entries (header first). */
export function recordsCsv(entries: readonly CsvEntry[]): string {
  return csvLine(CSV_COLUMNS) + entries.map((e) => recordCsvLine(e.itemId, e.record, e.review)).join("");
}
