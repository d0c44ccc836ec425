/**
 * The review page's CSV export: the same columns and the same formula-injection rules as
 * `safeshare log --format csv`, both from core (src/core/decision/csv-export.ts).
 */
export { CSV_COLUMNS, csvCell, csvLine, recordsCsv, type CsvEntry } from "../../core/decision";
