import { type ColumnSpec, RECORD_COLUMNS } from "./columns";

/**
 * The two column sets of a decision list. Every column, type, index and choice is `RECORD_COLUMNS`'s;
 * the only difference is whether RecordId enforces unique values.
 *
 * - The single organisation-wide list (`uniqueRecordId: true`, i.e. `RECORD_COLUMNS` itself): SharePoint
 *   rejects a second item with the same RecordId, so a retried append can never duplicate a record.
 * - A per-team list with "Read items that were created by the user" (`uniqueRecordId: false`): SharePoint
 *   refuses to enforce unique values on a column of a list with item-level permission settings (and the
 *   reverse), so RecordId stays indexed but not unique. Exactly-once append then rests on the store's
 *   read-back by RecordId and on one flusher per outbox entry (docs/teams.md, "Who can read what").
 */
export interface RecordColumnOptions {
  readonly uniqueRecordId: boolean;
}

/** The decision list's columns for one of the two list kinds. */
export function recordColumns(options: RecordColumnOptions): readonly ColumnSpec[] {
  if (options.uniqueRecordId) return RECORD_COLUMNS;
  return RECORD_COLUMNS.map((c) => (c.name === "RecordId" ? { ...c, enforceUniqueValues: false } : c));
}

/** The columns of a per-team "read own items" list: RecordId indexed, not unique. */
export const READ_OWN_LIST_COLUMNS: readonly ColumnSpec[] = recordColumns({ uniqueRecordId: false });
