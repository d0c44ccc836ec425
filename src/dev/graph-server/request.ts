/** The request and response a route handler sees: the same for top-level requests and `$batch` sub-requests. */
import type { Identity } from "./model";
import type { TokenGrant } from "./permissions";

export interface GraphRequest {
  method: string;
  /** Path after the version segment, still percent-encoded: `/sites/x/lists`. */
  path: string;
  /** Query parameters, decoded (`+` is a space, as Graph reads it). */
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: unknown;
  /** `https://host:port/v1.0`, as the client addressed the server (for absolute links). */
  baseUrl: string;
  user: Identity;
  /** The permissions the caller's token holds. */
  grant: TokenGrant;
}

export interface GraphResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export const JSON_CONTENT_TYPE = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

/** Split a path into decoded segments. */
export function segments(path: string): string[] {
  return path
    .split("/")
    .filter((s) => s.length > 0)
    .map((s) => decodeURIComponent(s));
}

/** Parse `$expand` (`fields`, `fields($select=A,B)`, `fields(select=A,B)`, `columns`) into name → select list. */
export function parseExpand(value: string | null): Map<string, string[] | undefined> {
  const out = new Map<string, string[] | undefined>();
  if (!value) return out;
  let depth = 0;
  let start = 0;
  const parts: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  for (const raw of parts) {
    const part = raw.trim();
    const m = /^([A-Za-z_]+)(?:\((.*)\))?$/.exec(part);
    if (!m) continue;
    const name = m[1] as string;
    const opts = m[2];
    let select: string[] | undefined;
    if (opts) {
      const sm = /(?:^|;)\s*\$?select=([^;]*)/.exec(opts);
      if (sm) select = (sm[1] as string).split(",").map((s) => s.trim()).filter(Boolean);
    }
    out.set(name, select);
  }
  return out;
}

/** Query options may be given with or without `$` (Graph accepts both for v1.0). */
export function option(query: URLSearchParams, name: string): string | null {
  return query.get(`$${name}`) ?? query.get(name);
}
