import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { columnDefinition, type ColumnSpec, type ColumnType, RECORD_COLUMNS } from "../core/decision";
import { recordColumns } from "../core/decision/columns-variant";
import { isStoreError, StoreError, storeErrorFrom } from "./errors";
import { DEFAULT_LIST_NAME } from "./list-names";

/**
 * Provisioning the decision-record list: created once with every column from the core (types, indexes,
 * unique RecordId); on later runs the existing list's schema is compared with the core's and the
 * differences reported (`--fix` adds missing columns and turns on missing indexes; it never changes a
 * column's type or drops anything).
 *
 * Two kinds of list (see `list-names.ts` and docs/teams.md): the single list keeps unique values on
 * RecordId (`uniqueRecordId`, the default); a per-team list does not, because SharePoint cannot combine
 * unique values with "read items that were created by the user". The per-team list's security (item-level
 * settings, broken inheritance, permission levels, role assignments) is SharePoint REST's, not Graph's:
 * see `sharepoint-access.ts`. `readOwnItemsSteps` / `setReadOwnItems` are the older single-setting helpers.
 */

export { DEFAULT_LIST_NAME } from "./list-names";

const GraphColumnSchema = z
  .object({
    id: z.string().optional(),
    name: z.string(),
    displayName: z.string().optional(),
    indexed: z.boolean().optional(),
    enforceUniqueValues: z.boolean().optional(),
    readOnly: z.boolean().optional(),
    text: z.object({ allowMultipleLines: z.boolean().optional(), maxLength: z.number().optional() }).passthrough().optional(),
    number: z.object({}).passthrough().optional(),
    currency: z.object({}).passthrough().optional(),
    dateTime: z.object({}).passthrough().optional(),
    boolean: z.object({}).passthrough().optional(),
    choice: z.object({ choices: z.array(z.string()).optional() }).passthrough().optional(),
  })
  .passthrough();
type GraphColumn = z.infer<typeof GraphColumnSchema>;

const ListSchema = z.object({ id: z.string(), displayName: z.string().optional(), webUrl: z.string().optional(), columns: z.array(GraphColumnSchema).optional() }).passthrough();

export type SchemaDifference =
  | { readonly kind: "missing-column"; readonly column: string }
  | { readonly kind: "wrong-type"; readonly column: string; readonly expected: ColumnType; readonly actual: string }
  | { readonly kind: "not-indexed"; readonly column: string }
  | { readonly kind: "not-unique"; readonly column: string }
  | { readonly kind: "unexpectedly-unique"; readonly column: string }
  | { readonly kind: "too-short"; readonly column: string; readonly expected: number; readonly actual: number }
  | { readonly kind: "missing-choices"; readonly column: string; readonly choices: readonly string[] }
  | { readonly kind: "extra-column"; readonly column: string };

export type ProvisionResult =
  | { readonly kind: "created"; readonly listId: string; readonly webUrl: string | undefined; readonly columns: number }
  | { readonly kind: "exists"; readonly listId: string; readonly webUrl: string | undefined; readonly differences: readonly SchemaDifference[]; readonly fixed: readonly SchemaDifference[] };

/** The column type of a Graph columnDefinition, in the core's terms. */
export function columnTypeOf(column: GraphColumn): string {
  if (column.text) return column.text.allowMultipleLines ? "multilineText" : "text";
  if (column.number || column.currency) return "number";
  if (column.dateTime) return "dateTime";
  if (column.boolean) return "boolean";
  if (column.choice) return "choice";
  return "other";
}

/** SharePoint's own columns (never reported as extra). */
const BUILT_IN = new Set(["Title", "ID", "Created", "Modified", "Author", "Editor", "ContentType", "Attachments", "LinkTitle", "LinkTitleNoMenu", "_UIVersionString", "Edit", "DocIcon", "ItemChildCount", "FolderChildCount", "_ComplianceFlags", "_ComplianceTag", "_ComplianceTagWrittenTime", "_ComplianceTagUserId", "_IsRecord", "AppAuthor", "AppEditor"]);

/** Differences between an existing list's columns and the core's `RECORD_COLUMNS`. */
export function schemaDifferences(columns: readonly GraphColumn[], expected: readonly ColumnSpec[] = RECORD_COLUMNS): SchemaDifference[] {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const out: SchemaDifference[] = [];
  for (const spec of expected) {
    const actual = byName.get(spec.name);
    if (!actual) {
      out.push({ kind: "missing-column", column: spec.name });
      continue;
    }
    const type = columnTypeOf(actual);
    if (type !== spec.type) {
      out.push({ kind: "wrong-type", column: spec.name, expected: spec.type, actual: type });
      continue;
    }
    if (spec.indexed && actual.indexed !== true) out.push({ kind: "not-indexed", column: spec.name });
    if (spec.enforceUniqueValues && actual.enforceUniqueValues !== true) out.push({ kind: "not-unique", column: spec.name });
    if (!spec.enforceUniqueValues && actual.enforceUniqueValues === true) out.push({ kind: "unexpectedly-unique", column: spec.name });
    if (spec.type === "text" && spec.maxLength !== undefined && actual.text?.maxLength !== undefined && actual.text.maxLength < spec.maxLength) {
      out.push({ kind: "too-short", column: spec.name, expected: spec.maxLength, actual: actual.text.maxLength });
    }
    if (spec.type === "choice" && actual.choice?.choices) {
      const have = new Set(actual.choice.choices);
      const missing = (spec.choices ?? []).filter((c) => !have.has(c));
      if (missing.length > 0) out.push({ kind: "missing-choices", column: spec.name, choices: missing });
    }
  }
  const known = new Set(expected.map((c) => c.name));
  for (const c of columns) if (!known.has(c.name) && !BUILT_IN.has(c.name) && c.readOnly !== true) out.push({ kind: "extra-column", column: c.name });
  return out;
}

/** A difference as a person reads it. */
export function differenceText(d: SchemaDifference): string {
  switch (d.kind) {
    case "missing-column":
      return `column ${d.column} is missing`;
    case "wrong-type":
      return `column ${d.column} is ${d.actual}, expected ${d.expected} (fix by hand: SafeShare never changes a column's type)`;
    case "not-indexed":
      return `column ${d.column} is not indexed (review queries need it on a large list)`;
    case "not-unique":
      return `column ${d.column} does not enforce unique values (exactly-once append needs it; fix by hand once duplicates are removed)`;
    case "unexpectedly-unique":
      return `column ${d.column} enforces unique values, which rules out "read items that were created by the user" on this list (--fix turns it off)`;
    case "too-short":
      return `column ${d.column} holds ${d.actual} characters, expected ${d.expected}`;
    case "missing-choices":
      return `column ${d.column} lacks the choices ${d.choices.join(", ")}`;
    case "extra-column":
      return `column ${d.column} is not SafeShare's (left alone)`;
  }
}

const isNotFound = (error: unknown): boolean => isStoreError(error) && error.status === 404;

async function getList(client: Client, siteId: string, listName: string): Promise<z.infer<typeof ListSchema> | undefined> {
  try {
    const body = await client.api(`/sites/${siteId}/lists/${encodeURIComponent(listName)}`).expand("columns").get();
    const parsed = ListSchema.safeParse(body);
    if (!parsed.success) throw new StoreError("invalid-response", `list ${listName}: not a list`);
    return parsed.data;
  } catch (error) {
    const e = storeErrorFrom(error, `list ${listName}`);
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

export interface ProvisionListOptions {
  readonly listName?: string;
  /** Add missing columns and indexes; turn off unique values where the list kind must not have them. */
  readonly fix?: boolean;
  /** Enforce unique values on RecordId (default true: the single list). False for per-team "read own items" lists. */
  readonly uniqueRecordId?: boolean;
}

/** A column's address for Graph's update-column: by its **id** (columndefinition-update), never its name. */
function columnPath(siteId: string, list: { id: string; columns?: readonly { id?: string; name: string }[] | undefined }, name: string): string {
  const id = list.columns?.find((c) => c.name === name)?.id;
  if (!id) throw new StoreError("invalid-response", `list ${list.id}: Graph gave no id for column ${name}`);
  return `/sites/${siteId}/lists/${list.id}/columns/${encodeURIComponent(id)}`;
}

/** Create the decision list if it does not exist; otherwise compare its schema (and with `fix`, repair what is safe). */
export async function provisionDecisionList(client: Client, siteId: string, options: ProvisionListOptions = {}): Promise<ProvisionResult> {
  return provisionList(client, siteId, {
    listName: options.listName ?? DEFAULT_LIST_NAME,
    description: "SafeShare information-sharing decision records (one item per decision; written by SafeShare, reviewed by managers).",
    columns: recordColumns({ uniqueRecordId: options.uniqueRecordId ?? true }),
    fix: options.fix ?? false,
  });
}

/** A list SafeShare keeps, by its name, description and columns. */
export interface ListDefinition {
  readonly listName: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  readonly fix: boolean;
}

/** Create a list if it does not exist; otherwise compare its schema with `columns` (and with `fix`, repair what is safe). */
export async function provisionList(client: Client, siteId: string, definition: ListDefinition): Promise<ProvisionResult> {
  const { listName, columns } = definition;
  const options = { fix: definition.fix };
  const existing = await getList(client, siteId, listName);
  if (!existing) {
    try {
      const created = ListSchema.parse(
        await client.api(`/sites/${siteId}/lists`).post({
          displayName: listName,
          description: definition.description,
          columns: columns.map(columnDefinition),
          list: { template: "genericList" },
        }),
      );
      return { kind: "created", listId: created.id, webUrl: created.webUrl, columns: columns.length };
    } catch (error) {
      const e = storeErrorFrom(error, `create list ${listName}`);
      if (e.status !== 409) throw e;
      // Someone created it between our look and our create: fall through to the comparison.
    }
  }
  const list = existing ?? (await getList(client, siteId, listName));
  if (!list) throw new StoreError("invalid-response", `list ${listName}: neither found nor created`);
  const differences = schemaDifferences(list.columns ?? [], columns);
  const fixed: SchemaDifference[] = [];
  if (options.fix) {
    for (const d of differences) {
      const spec = columns.find((c) => c.name === d.column);
      if (!spec) continue;
      try {
        if (d.kind === "missing-column") {
          await client.api(`/sites/${siteId}/lists/${list.id}/columns`).post(columnDefinition(spec));
          fixed.push(d);
        } else if (d.kind === "not-indexed") {
          await client.api(columnPath(siteId, list, spec.name)).patch({ indexed: true });
          fixed.push(d);
        } else if (d.kind === "unexpectedly-unique") {
          // Loosening only: a per-team list must not enforce unique values (SharePoint refuses "read own items" otherwise).
          await client.api(columnPath(siteId, list, spec.name)).patch({ enforceUniqueValues: false });
          fixed.push(d);
        }
      } catch (error) {
        throw storeErrorFrom(error, `fix column ${spec.name}`);
      }
    }
  }
  return { kind: "exists", listId: list.id, webUrl: list.webUrl, differences, fixed };
}

/** The list id for a list name (for log and outbox), or a clear error if it has not been provisioned. */
export async function decisionListId(client: Client, siteId: string, listName: string = DEFAULT_LIST_NAME): Promise<string> {
  const list = await getList(client, siteId, listName);
  if (!list) throw new StoreError("http", `the list "${listName}" does not exist on this site: run safeshare provision first`, { status: 404 });
  return list.id;
}

/** The ways to turn on "read own items" (ReadSecurity = 2), for an administrator to run. */
export function readOwnItemsSteps(siteUrl: string, listId: string, listName: string = DEFAULT_LIST_NAME): string {
  return [
    `"Read own items": practitioners see only the decision records they created; managers (and anyone with`,
    `the Override List Behaviors permission, e.g. site owners and members of a group given Full Control or`,
    `Design) see all. Graph cannot set it; use one of:`,
    ``,
    `  1. SharePoint: List settings > Advanced settings > Item-level permissions > Read access:`,
    `     "Read items that were created by the user" (${siteUrl}).`,
    `  2. PnP PowerShell (CSOM):`,
    `       Connect-PnPOnline -Url ${siteUrl} -Interactive`,
    `       $list = Get-PnPList -Identity "${listName}"`,
    `       $list.ReadSecurity = 2; $list.Update(); Invoke-PnPQuery`,
    `  3. SharePoint REST (what \`safeshare provision --read-own-items\` sends, with a SharePoint token):`,
    `       POST ${siteUrl.replace(/\/+$/, "")}/_api/web/lists(guid'${listId}')`,
    `       X-HTTP-Method: MERGE, IF-MATCH: *, Content-Type: application/json;odata=verbose`,
    `       {"__metadata":{"type":"SP.List"},"ReadSecurity":2}`,
    ``,
    `A single list that enforces unique values on RecordId cannot take this setting (SharePoint allows one or`,
    `the other): per-team lists (\`safeshare provision --team NAME\`) get it, with WriteSecurity 2 and managers`,
    `given Override List Behaviors so they can add their review.`,
  ].join("\n");
}

/** Perform the SharePoint REST call that sets ReadSecurity = 2 (a SharePoint-audience token, not a Graph one). */
export async function setReadOwnItems(siteUrl: string, listId: string, sharePointToken: string, fetchImpl: typeof fetch = (i, o) => fetch(i, o)): Promise<void> {
  const url = `${siteUrl.replace(/\/+$/, "")}/_api/web/lists(guid'${encodeURIComponent(listId)}')`;
  const response = await fetchImpl(url, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${sharePointToken}`,
      Accept: "application/json;odata=nometadata",
      "Content-Type": "application/json;odata=verbose",
      "X-HTTP-Method": "MERGE",
      "IF-MATCH": "*",
    },
    body: JSON.stringify({ __metadata: { type: "SP.List" }, ReadSecurity: 2 }),
  });
  if (!response.ok) {
    const text = await response.text().catch(() => "");
    throw new StoreError("http", `SharePoint REST ReadSecurity: ${response.status} ${text.slice(0, 300)}`, { status: response.status, ...(response.headers.get("request-id") ? { requestId: response.headers.get("request-id") as string } : {}) });
  }
}
