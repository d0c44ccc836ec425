/**
 * The SQLite store behind the local Graph server (better-sqlite3, WAL).
 *
 * Every SharePoint list gets its own table `items_<n>` with one SQL column per list column (`c<k>`), so a
 * column marked `indexed` gets a real SQLite index and `enforceUniqueValues` a real UNIQUE index. Text is
 * stored `COLLATE NOCASE`, as SharePoint compares text case-insensitively. Earlier versions of an item are
 * kept in `versions` (the current version is the row itself).
 *
 * Durability: WAL with `synchronous=NORMAL` by default. A transaction is in the WAL (in the OS page cache)
 * before better-sqlite3 returns, and the server answers only after that, so an acknowledged write survives
 * the process being killed (kill -9). Only an OS crash or power loss can lose the last commits; pass
 * `synchronous: "FULL"` to fsync every commit and survive that too.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { GraphHttpError, MESSAGES } from "./errors";
import {
  sharePointDateTime,
  type ColumnMeta,
  type ColumnType,
  type Identity,
  type ItemRow,
  type ItemVersion,
  type ListMeta,
  type SiteRecord,
} from "./model";
import {
  checkIndexed,
  checkThreshold,
  compileFilter,
  encodeSkipToken,
  keysetCondition,
  orderClause,
  type Cursor,
  type ItemQuery,
  type SqlValue,
  type ThresholdPolicy,
} from "./query";

export interface StoreOptions {
  synchronous?: "NORMAL" | "FULL";
  now?: () => Date;
}

/** A column to create, already validated (see `schemas.ts`). */
export interface ColumnInput {
  name: string;
  displayName?: string;
  description?: string;
  type: ColumnType;
  facet: Record<string, unknown>;
  indexed: boolean;
  enforceUniqueValues: boolean;
  required: boolean;
  hidden: boolean;
}

export interface ItemPage {
  rows: ItemRow[];
  next?: Cursor;
  skipToken?: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites (
  id TEXT PRIMARY KEY, hostname TEXT NOT NULL, path TEXT NOT NULL COLLATE NOCASE,
  name TEXT NOT NULL, display_name TEXT NOT NULL, created TEXT NOT NULL,
  UNIQUE (hostname, path));
CREATE TABLE IF NOT EXISTS lists (
  no INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, site_id TEXT NOT NULL REFERENCES sites(id),
  name TEXT NOT NULL, display_name TEXT NOT NULL COLLATE NOCASE, description TEXT NOT NULL DEFAULT '',
  template TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL, etag_guid TEXT NOT NULL,
  item_count INTEGER NOT NULL DEFAULT 0,
  UNIQUE (site_id, display_name));
CREATE TABLE IF NOT EXISTS columns (
  no INTEGER PRIMARY KEY AUTOINCREMENT, list_no INTEGER NOT NULL REFERENCES lists(no), id TEXT NOT NULL,
  name TEXT NOT NULL COLLATE NOCASE, display_name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL, facet TEXT NOT NULL, indexed INTEGER NOT NULL, unique_values INTEGER NOT NULL,
  required INTEGER NOT NULL, hidden INTEGER NOT NULL, builtin INTEGER NOT NULL,
  UNIQUE (list_no, name));
CREATE TABLE IF NOT EXISTS versions (
  list_no INTEGER NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL, modified TEXT NOT NULL,
  editor TEXT NOT NULL, fields TEXT NOT NULL,
  PRIMARY KEY (list_no, item_id, version)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS chats (id TEXT PRIMARY KEY, topic TEXT, chat_type TEXT NOT NULL, tenant_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS channels (team_id TEXT NOT NULL, id TEXT NOT NULL, display_name TEXT NOT NULL,
  PRIMARY KEY (team_id, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS members (seq INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, id TEXT NOT NULL,
  json TEXT NOT NULL, UNIQUE (scope, id));
CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, id TEXT NOT NULL,
  json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS messages_scope ON messages (scope, seq);
CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, json TEXT NOT NULL);
`;

const SQL_TYPE: Record<ColumnType, string> = {
  text: "TEXT COLLATE NOCASE",
  choice: "TEXT COLLATE NOCASE",
  number: "REAL",
  dateTime: "TEXT",
  boolean: "INTEGER",
};

export const DEFAULT_SITE = { hostname: "contoso.sharepoint.com", path: "/sites/safeguarding", displayName: "Safeguarding" };

interface ColumnRow {
  no: number;
  id: string;
  name: string;
  display_name: string;
  description: string;
  type: ColumnType;
  facet: string;
  indexed: number;
  unique_values: number;
  required: number;
  hidden: number;
  builtin: number;
}

interface ListRow {
  no: number;
  id: string;
  site_id: string;
  name: string;
  display_name: string;
  description: string;
  template: string;
  created: string;
  modified: string;
  etag_guid: string;
  item_count: number;
}

const BUILTIN_VIRTUAL: readonly Omit<ColumnMeta, "no" | "id">[] = [
  virtualColumn("ID", "number", "id", true),
  virtualColumn("Created", "dateTime", "created", false),
  virtualColumn("Modified", "dateTime", "modified", false),
];

function virtualColumn(name: string, type: ColumnType, sql: string, indexed: boolean): Omit<ColumnMeta, "no" | "id"> {
  return {
    name,
    displayName: name,
    type,
    sql,
    indexed,
    unique: false,
    required: false,
    readOnly: true,
    builtin: true,
    facet: {},
    description: "",
    hidden: false,
  };
}

/** Stable ids for the virtual columns (SharePoint's built-in field ids). */
const VIRTUAL_IDS: Record<string, string> = {
  ID: "1d22ea11-1e32-424e-89ab-9fedbadb6ce1",
  Created: "8c06beca-0777-48f7-91c7-6da68bc07b69",
  Modified: "28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f",
};

/**
 * The SQL column of a UNIQUE violation. Duck-typed, not `instanceof`: under jest the native addon's error
 * class (and `Error` itself) can come from another test file's module registry and realm.
 */
export function uniqueViolation(err: unknown): string | undefined {
  const e = err as { name?: unknown; code?: unknown; message?: unknown } | null;
  if (e && e.name === "SqliteError" && e.code === "SQLITE_CONSTRAINT_UNIQUE" && typeof e.message === "string") {
    const m = /UNIQUE constraint failed: [\w]+\.(\w+)/.exec(e.message);
    return m?.[1] ?? "";
  }
  return undefined;
}

export class GraphStore {
  readonly db: Database.Database;
  private readonly now: () => Date;
  private readonly listCache = new Map<number, ListMeta>();
  private readonly insertCache = new Map<string, Database.Statement>();

  constructor(dataDir: string, options: StoreOptions = {}) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, "graph.sqlite"));
    this.db.pragma("journal_mode = WAL");
    this.db.pragma(`synchronous = ${options.synchronous ?? "NORMAL"}`);
    this.db.pragma("busy_timeout = 5000");
    // 64 MB page cache: a million-item list has a dozen indexes that inserts touch at random.
    this.db.pragma("cache_size = -65536");
    this.db.pragma("foreign_keys = ON");
    this.db.exec(SCHEMA);
    this.now = options.now ?? (() => new Date());
    this.ensureSite(DEFAULT_SITE.hostname, DEFAULT_SITE.path, DEFAULT_SITE.displayName);
  }

  close(): void {
    try {
      this.db.pragma("optimize");
    } finally {
      this.db.close();
    }
  }

  nowIso(): string {
    return sharePointDateTime(this.now());
  }

  // ---------------------------------------------------------------- sites

  ensureSite(hostname: string, path: string, displayName: string): SiteRecord {
    const existing = this.siteByPath(hostname, path);
    if (existing) return existing;
    const id = `${hostname},${randomUUID()},${randomUUID()}`;
    const name = path.split("/").filter(Boolean).pop() ?? hostname;
    this.db
      .prepare("INSERT INTO sites (id, hostname, path, name, display_name, created) VALUES (?, ?, ?, ?, ?, ?)")
      .run(id, hostname, path, name, displayName, this.nowIso());
    return this.siteById(id) as SiteRecord;
  }

  private siteFrom(row: Record<string, string> | undefined): SiteRecord | undefined {
    if (!row) return undefined;
    return {
      id: row.id as string,
      hostname: row.hostname as string,
      path: row.path as string,
      name: row.name as string,
      displayName: row.display_name as string,
      created: row.created as string,
    };
  }

  siteByPath(hostname: string, path: string): SiteRecord | undefined {
    const p = `/${path.replace(/^\/+|\/+$/g, "")}`;
    return this.siteFrom(
      this.db.prepare("SELECT * FROM sites WHERE hostname = ? COLLATE NOCASE AND path = ?").get(hostname, p) as
        | Record<string, string>
        | undefined,
    );
  }

  /** By the composite id `host,siteCollectionId,webId`, or by host alone (the root site is not served). */
  siteById(id: string): SiteRecord | undefined {
    return this.siteFrom(
      this.db.prepare("SELECT * FROM sites WHERE id = ? COLLATE NOCASE").get(id) as Record<string, string> | undefined,
    );
  }

  // ---------------------------------------------------------------- lists and columns

  private loadList(row: ListRow): ListMeta {
    const cached = this.listCache.get(row.no);
    if (cached) return cached;
    const colRows = this.db.prepare("SELECT * FROM columns WHERE list_no = ? ORDER BY no").all(row.no) as ColumnRow[];
    const columns: ColumnMeta[] = colRows.map((c) => ({
      no: c.no,
      id: c.id,
      name: c.name,
      displayName: c.display_name,
      description: c.description,
      type: c.type,
      sql: `c${c.no}`,
      indexed: c.indexed === 1,
      unique: c.unique_values === 1,
      required: c.required === 1,
      readOnly: false,
      builtin: c.builtin === 1,
      facet: JSON.parse(c.facet) as Record<string, unknown>,
      hidden: c.hidden === 1,
    }));
    for (const v of BUILTIN_VIRTUAL) columns.push({ ...v, no: 0, id: VIRTUAL_IDS[v.name] as string });
    const meta: ListMeta = {
      no: row.no,
      id: row.id,
      siteId: row.site_id,
      name: row.name,
      displayName: row.display_name,
      description: row.description,
      template: row.template,
      created: row.created,
      modified: row.modified,
      etagGuid: row.etag_guid,
      table: `items_${row.no}`,
      columns,
      byName: new Map(columns.map((c) => [c.name, c])),
    };
    this.listCache.set(row.no, meta);
    return meta;
  }

  private invalidate(listNo: number): void {
    this.listCache.delete(listNo);
    for (const key of [...this.insertCache.keys()]) if (key.startsWith(`${listNo}:`)) this.insertCache.delete(key);
  }

  lists(siteId: string): ListMeta[] {
    const rows = this.db.prepare("SELECT * FROM lists WHERE site_id = ? ORDER BY no").all(siteId) as ListRow[];
    return rows.map((r) => this.loadList(r));
  }

  /** By id (a GUID) or by display name, as Graph accepts both. */
  list(siteId: string, idOrName: string): ListMeta | undefined {
    const row = this.db
      .prepare("SELECT * FROM lists WHERE site_id = ? AND (id = ? COLLATE NOCASE OR display_name = ?)")
      .get(siteId, idOrName, idOrName) as ListRow | undefined;
    return row ? this.loadList(row) : undefined;
  }

  itemCount(list: ListMeta): number {
    return (this.db.prepare("SELECT item_count FROM lists WHERE no = ?").get(list.no) as { item_count: number }).item_count;
  }

  createList(siteId: string, input: { displayName: string; description?: string; template: string; columns: ColumnInput[] }): ListMeta {
    return this.db.transaction(() => {
      const exists = this.db.prepare("SELECT 1 FROM lists WHERE site_id = ? AND display_name = ?").get(siteId, input.displayName);
      if (exists) throw new GraphHttpError(409, "nameAlreadyExists", "The specified list name already exists.");
      const now = this.nowIso();
      const id = randomUUID();
      const name = input.displayName.replace(/[^A-Za-z0-9_-]/g, "") || `List${Date.now()}`;
      const info = this.db
        .prepare(
          "INSERT INTO lists (id, site_id, name, display_name, description, template, created, modified, etag_guid) VALUES (?,?,?,?,?,?,?,?,?)",
        )
        .run(id, siteId, name, input.displayName, input.description ?? "", input.template, now, now, randomUUID());
      const listNo = Number(info.lastInsertRowid);
      this.db.exec(
        `CREATE TABLE items_${listNo} (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, modified TEXT NOT NULL,
          version INTEGER NOT NULL, etag_guid TEXT NOT NULL, author TEXT NOT NULL, editor TEXT NOT NULL)`,
      );
      const title: ColumnInput = {
        name: "Title",
        displayName: "Title",
        type: "text",
        facet: { allowMultipleLines: false, appendChangesToExistingText: false, linesForEditing: 0, maxLength: 255 },
        indexed: false,
        enforceUniqueValues: false,
        required: false,
        hidden: false,
      };
      this.addColumnRow(listNo, title, true);
      for (const c of input.columns) {
        if (c.name.toLowerCase() === "title") continue;
        this.addColumnRow(listNo, c, false);
      }
      this.invalidate(listNo);
      return this.list(siteId, id) as ListMeta;
    })();
  }

  private addColumnRow(listNo: number, c: ColumnInput, builtin: boolean): void {
    if (BUILTIN_VIRTUAL.some((v) => v.name.toLowerCase() === c.name.toLowerCase())) {
      throw new GraphHttpError(409, "nameAlreadyExists", `A column named '${c.name}' already exists in this list.`);
    }
    const dup = this.db.prepare("SELECT 1 FROM columns WHERE list_no = ? AND name = ?").get(listNo, c.name);
    if (dup) throw new GraphHttpError(409, "nameAlreadyExists", `A column named '${c.name}' already exists in this list.`);
    // SharePoint requires an index to enforce unique values; we index such a column automatically.
    const indexed = c.indexed || c.enforceUniqueValues;
    const info = this.db
      .prepare(
        `INSERT INTO columns (list_no, id, name, display_name, description, type, facet, indexed, unique_values, required, hidden, builtin)
         VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
      )
      .run(
        listNo,
        randomUUID(),
        c.name,
        c.displayName ?? c.name,
        c.description ?? "",
        c.type,
        JSON.stringify(c.facet),
        indexed ? 1 : 0,
        c.enforceUniqueValues ? 1 : 0,
        c.required ? 1 : 0,
        c.hidden ? 1 : 0,
        builtin ? 1 : 0,
      );
    const colNo = Number(info.lastInsertRowid);
    this.db.exec(`ALTER TABLE items_${listNo} ADD COLUMN c${colNo} ${SQL_TYPE[c.type]}`);
    this.applyIndexes(listNo, colNo, indexed, c.enforceUniqueValues);
  }

  private applyIndexes(listNo: number, colNo: number, indexed: boolean, unique: boolean): void {
    const ix = `ix_${listNo}_${colNo}`;
    const ux = `ux_${listNo}_${colNo}`;
    if (indexed) this.db.exec(`CREATE INDEX IF NOT EXISTS ${ix} ON items_${listNo} (c${colNo})`);
    else this.db.exec(`DROP INDEX IF EXISTS ${ix}`);
    if (unique) {
      try {
        this.db.exec(`CREATE UNIQUE INDEX IF NOT EXISTS ${ux} ON items_${listNo} (c${colNo}) WHERE c${colNo} IS NOT NULL`);
      } catch (err) {
        if (uniqueViolation(err) !== undefined) {
          throw new GraphHttpError(400, "invalidRequest", "This column contains duplicate values; unique values cannot be enforced.");
        }
        throw err;
      }
    } else this.db.exec(`DROP INDEX IF EXISTS ${ux}`);
  }

  addColumn(list: ListMeta, c: ColumnInput): ColumnMeta {
    this.db.transaction(() => {
      this.addColumnRow(list.no, c, false);
      this.touchList(list.no);
    })();
    this.invalidate(list.no);
    return (this.listByNo(list.no) as ListMeta).byName.get(c.name) as ColumnMeta;
  }

  updateColumn(
    list: ListMeta,
    col: ColumnMeta,
    patch: { indexed?: boolean; enforceUniqueValues?: boolean; required?: boolean; displayName?: string; description?: string; hidden?: boolean },
  ): ColumnMeta {
    if (col.readOnly) throw new GraphHttpError(400, "invalidRequest", `Column '${col.name}' is read-only.`);
    const unique = patch.enforceUniqueValues ?? col.unique;
    const indexed = (patch.indexed ?? col.indexed) || unique;
    this.db.transaction(() => {
      this.db
        .prepare(
          "UPDATE columns SET indexed = ?, unique_values = ?, required = ?, display_name = ?, description = ?, hidden = ? WHERE no = ?",
        )
        .run(
          indexed ? 1 : 0,
          unique ? 1 : 0,
          (patch.required ?? col.required) ? 1 : 0,
          patch.displayName ?? col.displayName,
          patch.description ?? col.description,
          (patch.hidden ?? col.hidden) ? 1 : 0,
          col.no,
        );
      this.applyIndexes(list.no, col.no, indexed, unique);
      this.touchList(list.no);
    })();
    this.invalidate(list.no);
    return (this.listByNo(list.no) as ListMeta).byName.get(col.name) as ColumnMeta;
  }

  private touchList(listNo: number): void {
    this.db.prepare("UPDATE lists SET modified = ? WHERE no = ?").run(this.nowIso(), listNo);
  }

  private listByNo(no: number): ListMeta | undefined {
    const row = this.db.prepare("SELECT * FROM lists WHERE no = ?").get(no) as ListRow | undefined;
    return row ? this.loadList(row) : undefined;
  }

  // ---------------------------------------------------------------- items

  /** Validate and convert a fieldValueSet for writing: column SQL name → value. */
  toSqlFields(list: ListMeta, fields: Record<string, unknown>, creating: boolean): Map<ColumnMeta, SqlValue> {
    const out = new Map<ColumnMeta, SqlValue>();
    for (const [name, value] of Object.entries(fields)) {
      if (name.startsWith("@odata.") || name.includes("@odata.")) continue;
      const col = list.byName.get(name);
      if (!col) throw new GraphHttpError(400, "invalidRequest", `Field '${name}' is not recognized`);
      if (col.readOnly) throw new GraphHttpError(400, "invalidRequest", `Field '${name}' is read-only`);
      out.set(col, fieldToSql(col, value));
    }
    for (const col of list.columns) {
      if (!col.required || col.readOnly) continue;
      const v = out.has(col) ? out.get(col) : creating ? null : undefined;
      if (v === null || v === "") throw new GraphHttpError(400, "invalidRequest", `Field '${col.name}' is required.`);
    }
    return out;
  }

  private insertStatement(list: ListMeta, cols: ColumnMeta[]): Database.Statement {
    const key = `${list.no}:${cols.map((c) => c.no).join(",")}`;
    let stmt = this.insertCache.get(key);
    if (!stmt) {
      const names = ["created", "modified", "version", "etag_guid", "author", "editor", ...cols.map((c) => c.sql)];
      stmt = this.db.prepare(`INSERT INTO ${list.table} (${names.join(",")}) VALUES (${names.map(() => "?").join(",")})`);
      this.insertCache.set(key, stmt);
    }
    return stmt;
  }

  private rethrowUnique(list: ListMeta, err: unknown): never {
    const sqlCol = uniqueViolation(err);
    if (sqlCol !== undefined) {
      const col = list.columns.find((c) => c.sql === sqlCol);
      throw new GraphHttpError(409, "conflict", MESSAGES.duplicateValues([col?.name ?? sqlCol]));
    }
    throw err;
  }

  createItem(list: ListMeta, fields: Record<string, unknown>, user: Identity): ItemRow {
    const values = this.toSqlFields(list, fields, true);
    const cols = [...values.keys()];
    const now = this.nowIso();
    const who = JSON.stringify(user);
    const run = this.db.transaction(() => {
      const info = this.insertStatement(list, cols).run(now, now, 1, randomUUID(), who, who, ...cols.map((c) => values.get(c) ?? null));
      this.db.prepare("UPDATE lists SET item_count = item_count + 1 WHERE no = ?").run(list.no);
      return Number(info.lastInsertRowid);
    });
    try {
      return this.item(list, run()) as ItemRow;
    } catch (err) {
      return this.rethrowUnique(list, err);
    }
  }

  /**
   * Load many items in one transaction, bypassing HTTP (for benchmarks and demo data). Rows are validated
   * like `createItem`; `created` may be given per row to backdate items.
   */
  bulkInsert(list: ListMeta, rows: Iterable<{ fields: Record<string, unknown>; created?: string }>, user: Identity): number {
    const who = JSON.stringify(user);
    let n = 0;
    this.db.transaction(() => {
      for (const row of rows) {
        const values = this.toSqlFields(list, row.fields, true);
        const cols = [...values.keys()];
        const at = row.created ?? this.nowIso();
        this.insertStatement(list, cols).run(at, at, 1, randomUUID(), who, who, ...cols.map((c) => values.get(c) ?? null));
        n++;
      }
      this.db.prepare("UPDATE lists SET item_count = item_count + ? WHERE no = ?").run(n, list.no);
    })();
    return n;
  }

  item(list: ListMeta, id: number): ItemRow | undefined {
    return this.db.prepare(`SELECT * FROM ${list.table} WHERE id = ?`).get(id) as ItemRow | undefined;
  }

  requireItem(list: ListMeta, id: string): ItemRow {
    const n = Number(id);
    const row = Number.isInteger(n) && n > 0 ? this.item(list, n) : undefined;
    if (!row) throw new GraphHttpError(404, "itemNotFound", "The specified list item was not found.");
    return row;
  }

  /** Update some fields; the previous state is kept as a version. `ifMatch` is the client's eTag or `*`. */
  updateFields(list: ListMeta, id: string, fields: Record<string, unknown>, user: Identity, ifMatch?: string): ItemRow {
    const values = this.toSqlFields(list, fields, false);
    const run = this.db.transaction(() => {
      const row = this.requireItem(list, id);
      if (ifMatch !== undefined && !etagMatches(ifMatch, row)) {
        throw new GraphHttpError(412, "resourceModified", "ETag mismatch: the item has changed since it was read.");
      }
      this.db
        .prepare("INSERT INTO versions (list_no, item_id, version, modified, editor, fields) VALUES (?,?,?,?,?,?)")
        .run(list.no, row.id, row.version, row.modified, row.editor, JSON.stringify(fieldValues(list, row)));
      const cols = [...values.keys()];
      const sets = ["modified = ?", "version = version + 1", "editor = ?", ...cols.map((c) => `${c.sql} = ?`)];
      this.db
        .prepare(`UPDATE ${list.table} SET ${sets.join(", ")} WHERE id = ?`)
        .run(this.nowIso(), JSON.stringify(user), ...cols.map((c) => values.get(c) ?? null), row.id);
      return row.id;
    });
    try {
      return this.item(list, run()) as ItemRow;
    } catch (err) {
      return this.rethrowUnique(list, err);
    }
  }

  deleteItem(list: ListMeta, id: string, ifMatch?: string): void {
    this.db.transaction(() => {
      const row = this.requireItem(list, id);
      if (ifMatch !== undefined && !etagMatches(ifMatch, row)) {
        throw new GraphHttpError(412, "resourceModified", "ETag mismatch: the item has changed since it was read.");
      }
      this.db.prepare(`DELETE FROM ${list.table} WHERE id = ?`).run(row.id);
      this.db.prepare("DELETE FROM versions WHERE list_no = ? AND item_id = ?").run(list.no, row.id);
      this.db.prepare("UPDATE lists SET item_count = item_count - 1 WHERE no = ?").run(list.no);
    })();
  }

  /** All versions, newest first (the current one first, as Graph lists them). */
  versions(list: ListMeta, row: ItemRow): ItemVersion[] {
    const current: ItemVersion = {
      version: row.version,
      modified: row.modified,
      editor: JSON.parse(row.editor) as Identity,
      fields: fieldValues(list, row),
    };
    const older = this.db
      .prepare("SELECT * FROM versions WHERE list_no = ? AND item_id = ? ORDER BY version DESC")
      .all(list.no, row.id) as { version: number; modified: string; editor: string; fields: string }[];
    return [
      current,
      ...older.map((v) => ({
        version: v.version,
        modified: v.modified,
        editor: JSON.parse(v.editor) as Identity,
        fields: JSON.parse(v.fields) as Record<string, unknown>,
      })),
    ];
  }

  /** Run a list-item query: Prefer-header rule, list view threshold, keyset paging. */
  queryItems(list: ListMeta, q: ItemQuery, policy: ThresholdPolicy): ItemPage {
    checkIndexed(list, q);
    checkThreshold(list, this.itemCount(list), q, policy, {
      countUpTo: (where, params, limit) =>
        (
          this.db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM ${list.table} WHERE ${where} LIMIT ?)`).get(...params, limit) as {
            n: number;
          }
        ).n,
    });
    const params: SqlValue[] = [];
    const where: string[] = [];
    if (q.filter) where.push(compileFilter(list, q.filter, params));
    if (q.authorId !== undefined) {
      where.push("json_extract(author, '$.id') = ?");
      params.push(q.authorId);
    }
    const keyset = keysetCondition(q, params);
    if (keyset) where.push(keyset);
    const sql =
      `SELECT * FROM ${list.table}` +
      (where.length ? ` WHERE ${where.join(" AND ")}` : "") +
      ` ${orderClause(q)} LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, q.top + 1) as ItemRow[];
    if (rows.length <= q.top) return { rows };
    rows.length = q.top;
    const last = rows[rows.length - 1] as ItemRow;
    const next: Cursor = { id: last.id };
    if (q.orderBy && q.orderBy.column.sql !== "id") next.value = (last[q.orderBy.column.sql] as SqlValue) ?? null;
    return { rows, next, skipToken: encodeSkipToken(next, q.orderBy) };
  }

  /** SQL names of a list, for benchmarks that query the table directly. */
  sqlNames(list: ListMeta): { table: string; columns: Record<string, string> } {
    return { table: list.table, columns: Object.fromEntries(list.columns.map((c) => [c.name, c.sql])) };
  }
}

export function etagOf(row: ItemRow): string {
  return `"${row.etag_guid},${row.version}"`;
}

function etagMatches(ifMatch: string, row: ItemRow): boolean {
  const want = ifMatch.trim();
  if (want === "*") return true;
  const unquote = (s: string): string => s.replace(/^W\//, "").replace(/^"|"$/g, "");
  return unquote(want) === unquote(etagOf(row));
}

function fieldToSql(col: ColumnMeta, value: unknown): SqlValue {
  const bad = (): never => {
    throw new GraphHttpError(400, "invalidRequest", `The value for field '${col.name}' is not valid for a ${col.type} column.`);
  };
  if (value === null || value === undefined) return null;
  switch (col.type) {
    case "text":
    case "choice": {
      if (typeof value !== "string") return bad();
      const max = col.facet.maxLength;
      const multi = col.facet.allowMultipleLines === true;
      if (col.type === "text" && !multi && typeof max === "number" && value.length > max) {
        throw new GraphHttpError(400, "invalidRequest", `The value for field '${col.name}' is longer than ${max} characters.`);
      }
      return value;
    }
    case "number": {
      const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
      return Number.isFinite(n) ? n : bad();
    }
    case "boolean":
      if (typeof value === "boolean") return value ? 1 : 0;
      if (value === 0 || value === 1) return value;
      return bad();
    case "dateTime": {
      if (typeof value !== "string") return bad();
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? bad() : sharePointDateTime(d);
    }
  }
}

/** The list-column values of a row, as a fieldValueSet (empty values omitted, as SharePoint does). */
export function fieldValues(list: ListMeta, row: ItemRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const col of list.columns) {
    if (col.readOnly) continue;
    const v = row[col.sql];
    if (v === null || v === undefined) continue;
    out[col.name] = col.type === "boolean" ? v === 1 : v;
  }
  return out;
}
