/** Internal shapes shared by the store, the query compiler and the JSON renderers. */

export type ColumnType = "text" | "number" | "dateTime" | "boolean" | "choice";

export interface Identity {
  id: string;
  displayName: string;
  email: string;
}

export interface ColumnMeta {
  no: number;
  id: string;
  name: string;
  displayName: string;
  type: ColumnType;
  /** SQL expression of the value: `c12` for list columns, `id` / `created` / `modified` for built-ins. */
  sql: string;
  indexed: boolean;
  unique: boolean;
  required: boolean;
  readOnly: boolean;
  builtin: boolean;
  /** Type facet as given (`text: {maxLength, allowMultipleLines}`, `choice: {choices}`, …). */
  facet: Record<string, unknown>;
  description: string;
  hidden: boolean;
}

export interface ListMeta {
  no: number;
  id: string;
  siteId: string;
  name: string;
  displayName: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  etagGuid: string;
  table: string;
  columns: ColumnMeta[];
  byName: Map<string, ColumnMeta>;
}

export interface SiteRecord {
  id: string;
  hostname: string;
  path: string;
  name: string;
  displayName: string;
  created: string;
}

export interface ItemRow {
  id: number;
  created: string;
  modified: string;
  version: number;
  etag_guid: string;
  author: string;
  editor: string;
  [column: string]: unknown;
}

export interface ItemVersion {
  version: number;
  modified: string;
  editor: Identity;
  fields: Record<string, unknown>;
}

/** SharePoint stores date-times to the second, in UTC: `2026-01-01T10:00:00Z`. */
export function sharePointDateTime(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}
