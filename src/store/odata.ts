/**
 * Building OData `$filter` text for SharePoint list items. Every value goes through `odataString` (text)
 * or `odataDateTime` (validated ISO time): a value can never end the literal early, so an apostrophe in a
 * name (O'Brien) neither breaks the query nor widens it.
 */

/** An OData string literal: the value in single quotes, each `'` doubled. The one place values are quoted. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A date-time literal for a dateTime column: UTC, whole seconds, quoted (refuses anything else). */
export function odataDateTime(value: Date): string {
  const time = value.getTime();
  if (Number.isNaN(time)) throw new RangeError("odataDateTime: invalid date");
  return odataString(new Date(Math.floor(time / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"));
}

/** A column reference for list items (`fields/Name`); names come from our own column list, never from input. */
export function fieldRef(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new RangeError(`not a column name: ${name}`);
  return `fields/${name}`;
}

export type FilterValue = string | number | boolean | Date;

function literal(value: FilterValue): string {
  if (typeof value === "string") return odataString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("filter number must be finite");
    return String(value);
  }
  return odataDateTime(value);
}

/** `fields/Name op value`, escaped. */
export function fieldCompare(name: string, op: "eq" | "ne" | "lt" | "le" | "gt" | "ge", value: FilterValue): string {
  return `${fieldRef(name)} ${op} ${literal(value)}`;
}

/** `fields/Name eq v1 or fields/Name eq v2 …` in parentheses (for reading back a batch by RecordId). */
export function fieldIn(name: string, values: readonly string[]): string {
  if (values.length === 0) throw new RangeError("fieldIn needs at least one value");
  return `(${values.map((v) => fieldCompare(name, "eq", v)).join(" or ")})`;
}
