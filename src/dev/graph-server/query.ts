/**
 * Turns a list-item query (`$filter`, `$orderby`, `$top`, `$skiptoken`) into SQL over the list's table,
 * enforcing SharePoint's rules: non-indexed columns need the `Prefer` header, and a list over the list view
 * threshold refuses a query that its first indexable condition cannot narrow to the threshold.
 */
import { GraphHttpError, MESSAGES } from "./errors";
import { conjuncts, filterFields, type FilterNode, type Literal } from "./odata-filter";
import { sharePointDateTime, type ColumnMeta, type ListMeta } from "./model";

export type SqlValue = string | number | null;

export interface OrderBy {
  column: ColumnMeta;
  desc: boolean;
}

/** Where the next page starts: the last item's id and, when ordered by a column, its value. */
export interface Cursor {
  id: number;
  value?: SqlValue;
}

/**
 * - `selective` (default, SharePoint's rule): the first condition on an indexed column must match at most
 *   `threshold` items on its own.
 * - `indexed`: a condition on an indexed column is enough, however many items it matches.
 */
export type ThresholdRule = "selective" | "indexed";

export interface ItemQuery {
  filter?: FilterNode;
  orderBy?: OrderBy;
  top: number;
  after?: Cursor;
  honorNonIndexed: boolean;
  /** Only items created by this user (the list's "read own items" setting; see access.ts). */
  authorId?: string;
}

export interface ThresholdPolicy {
  threshold: number;
  rule: ThresholdRule;
}

export function lookupColumn(list: ListMeta, name: string): ColumnMeta {
  const col = list.byName.get(name);
  if (!col) throw new GraphHttpError(400, "invalidRequest", `Field '${name}' is not recognized`);
  return col;
}

function badLiteral(col: ColumnMeta, lit: Literal): GraphHttpError {
  const shown = lit.kind === "null" ? "null" : String(lit.value);
  return new GraphHttpError(400, "invalidRequest", `The value '${shown}' is not valid for field '${col.name}' of type ${col.type}.`);
}

/** Convert a filter literal to the SQL value stored for the column. */
export function literalToSql(col: ColumnMeta, lit: Literal): SqlValue {
  if (lit.kind === "null") return null;
  switch (col.type) {
    case "text":
    case "choice":
      return String(lit.value);
    case "number": {
      const n = typeof lit.value === "number" ? lit.value : Number(lit.value);
      if (lit.kind === "boolean" || !Number.isFinite(n) || (typeof lit.value === "string" && lit.value.trim() === "")) {
        throw badLiteral(col, lit);
      }
      return n;
    }
    case "boolean": {
      if (lit.kind === "boolean") return lit.value ? 1 : 0;
      if (lit.value === 1 || lit.value === "1" || lit.value === "true") return 1;
      if (lit.value === 0 || lit.value === "0" || lit.value === "false") return 0;
      throw badLiteral(col, lit);
    }
    case "dateTime": {
      if (lit.kind !== "string" && lit.kind !== "datetime") throw badLiteral(col, lit);
      const d = new Date(lit.value);
      if (Number.isNaN(d.getTime())) throw badLiteral(col, lit);
      return sharePointDateTime(d);
    }
  }
}

const SQL_OP = { eq: "=", ne: "<>", lt: "<", gt: ">", le: "<=", ge: ">=" } as const;

function likePrefix(value: string): string {
  return `${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Compile a filter to a SQL condition with positional parameters. */
export function compileFilter(list: ListMeta, node: FilterNode, params: SqlValue[]): string {
  switch (node.kind) {
    case "and":
    case "or":
      return `(${compileFilter(list, node.left, params)} ${node.kind.toUpperCase()} ${compileFilter(list, node.right, params)})`;
    case "not":
      return `(NOT ${compileFilter(list, node.operand, params)})`;
    case "startswith": {
      const col = lookupColumn(list, node.field.name);
      params.push(likePrefix(node.value));
      return `(${col.sql} LIKE ? ESCAPE '\\')`;
    }
    case "compare": {
      const col = lookupColumn(list, node.field.name);
      const v = literalToSql(col, node.value);
      if (v === null) {
        if (node.op === "eq") return `(${col.sql} IS NULL)`;
        if (node.op === "ne") return `(${col.sql} IS NOT NULL)`;
        throw new GraphHttpError(400, "invalidRequest", `Operator '${node.op}' cannot be used with null.`);
      }
      params.push(v);
      return `(${col.sql} ${SQL_OP[node.op]} ?)`;
    }
  }
}

/** True when SharePoint could answer this condition from one column's index. */
function indexableColumn(list: ListMeta, node: FilterNode): ColumnMeta | undefined {
  if (node.kind === "compare") {
    const col = list.byName.get(node.field.name);
    if (!col?.indexed || node.op === "ne" || node.value.kind === "null") return undefined;
    return col;
  }
  if (node.kind === "startswith") {
    const col = list.byName.get(node.field.name);
    return col?.indexed ? col : undefined;
  }
  if (node.kind === "and" || node.kind === "or") {
    const a = indexableColumn(list, node.left);
    const b = indexableColumn(list, node.right);
    return a && b && a.no === b.no ? a : undefined;
  }
  return undefined;
}

/** Refuse a query on a non-indexed column without the Prefer header. */
export function checkIndexed(list: ListMeta, q: ItemQuery): void {
  if (q.honorNonIndexed) return;
  const fields = q.filter ? filterFields(q.filter).map((f) => lookupColumn(list, f.name)) : [];
  if (q.orderBy) fields.push(q.orderBy.column);
  const bad = fields.find((c) => !c.indexed);
  if (bad) throw new GraphHttpError(400, "invalidRequest", MESSAGES.nonIndexed(bad.name));
}

export interface ThresholdCounter {
  /** Count items matching a SQL condition, stopping after `limit`. */
  countUpTo(where: string, params: SqlValue[], limit: number): number;
}

/** SharePoint's list view threshold, for a list holding `itemCount` items. */
export function checkThreshold(
  list: ListMeta,
  itemCount: number,
  q: ItemQuery,
  policy: ThresholdPolicy,
  counter: ThresholdCounter,
): void {
  if (itemCount <= policy.threshold) return;
  const refuse = (): never => {
    throw new GraphHttpError(400, "invalidRequest", MESSAGES.threshold);
  };
  if (q.orderBy && !q.orderBy.column.indexed) refuse();
  if (!q.filter) return;
  const driving = drivingCondition(list, conjuncts(q.filter));
  if (!driving) refuse();
  if (policy.rule === "selective" && driving) {
    const params: SqlValue[] = [];
    const where = compileFilter(list, driving, params);
    if (counter.countUpTo(where, params, policy.threshold + 1) > policy.threshold) refuse();
  }
}

/**
 * The condition SharePoint would seek an index with: the first indexable conjunct, joined with every
 * other conjunct on the same column, so a range `T ge a and T lt b` is judged as the whole window (as
 * SharePoint seeks the index over the range), not by `ge a` alone.
 */
function drivingCondition(list: ListMeta, parts: readonly FilterNode[]): FilterNode | undefined {
  const first = parts.find((c) => indexableColumn(list, c) !== undefined);
  if (!first) return undefined;
  const column = indexableColumn(list, first);
  return parts
    .filter((c) => c !== first && indexableColumn(list, c)?.no === column?.no)
    .reduce<FilterNode>((acc, c) => ({ kind: "and", left: acc, right: c }), first);
}

/** The keyset condition that starts a page after `cursor`. */
export function keysetCondition(q: ItemQuery, params: SqlValue[]): string | undefined {
  const c = q.after;
  if (!c) return undefined;
  const o = q.orderBy;
  if (!o) {
    params.push(c.id);
    return "(id > ?)";
  }
  const col = o.column.sql;
  if (col === "id") {
    params.push(c.id);
    return o.desc ? "(id < ?)" : "(id > ?)";
  }
  const v = c.value ?? null;
  if (!o.desc) {
    // ASC: NULLs first, then values.
    if (v === null) {
      params.push(c.id);
      return `((${col} IS NULL AND id > ?) OR ${col} IS NOT NULL)`;
    }
    params.push(v, v, c.id);
    return `(${col} > ? OR (${col} = ? AND id > ?))`;
  }
  // DESC: values, then NULLs last.
  if (v === null) {
    params.push(c.id);
    return `(${col} IS NULL AND id < ?)`;
  }
  params.push(v, v, c.id);
  return `(${col} < ? OR (${col} = ? AND id < ?) OR ${col} IS NULL)`;
}

export function orderClause(q: ItemQuery): string {
  const o = q.orderBy;
  if (!o) return "ORDER BY id ASC";
  if (o.column.sql === "id") return `ORDER BY id ${o.desc ? "DESC" : "ASC"}`;
  const dir = o.desc ? "DESC" : "ASC";
  return `ORDER BY ${o.column.sql} ${dir}, id ${dir}`;
}

/** Skip tokens look like SharePoint's: base64 of `Paged=TRUE&p_ID=12` (plus the sort value). */
export function encodeSkipToken(cursor: Cursor, orderBy?: OrderBy): string {
  let s = `Paged=TRUE&p_ID=${cursor.id}`;
  if (orderBy && orderBy.column.sql !== "id") {
    s += `&p_${orderBy.column.name}=${encodeURIComponent(JSON.stringify(cursor.value ?? null))}`;
  }
  return Buffer.from(s, "utf8").toString("base64");
}

export function decodeSkipToken(token: string, orderBy?: OrderBy): Cursor {
  const bad = (): never => {
    throw new GraphHttpError(400, "invalidRequest", "Invalid skip token.");
  };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(Buffer.from(token, "base64").toString("utf8"));
  } catch {
    return bad();
  }
  const id = Number(params.get("p_ID"));
  if (params.get("Paged") !== "TRUE" || !Number.isInteger(id)) return bad();
  if (!orderBy || orderBy.column.sql === "id") return { id };
  const raw = params.get(`p_${orderBy.column.name}`);
  if (raw === null) return bad();
  try {
    const value = JSON.parse(raw) as unknown;
    if (value !== null && typeof value !== "string" && typeof value !== "number") return bad();
    return { id, value: value as SqlValue };
  } catch {
    return bad();
  }
}
