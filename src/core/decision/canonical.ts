/**
 * Canonical JSON: the one serialisation of a value that is hashed. Object keys are sorted (by UTF-16
 * code units, as RFC 8785 does), there is no whitespace, strings and numbers are written as
 * `JSON.stringify` writes them (RFC 8785's number form for finite numbers), and `undefined` object
 * members are left out. Anything JSON cannot carry faithfully (a non-finite number, `undefined` in an
 * array, a function, a bigint, a Date) is refused rather than silently changed, so two parties that
 * hold the same record always produce the same bytes.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold the number ${String(value)}`);
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) {
        return `[${value
          .map((item: unknown) => {
            if (item === undefined) throw new TypeError("canonical JSON cannot hold undefined in an array");
            return canonicalJson(item);
          })
          .join(",")}]`;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new TypeError("canonical JSON holds plain objects only");
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
    }
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}
