/**
 * A parser for the part of OData `$filter` that Graph supports on SharePoint list items: `eq ne lt gt le ge`,
 * `and`, `or`, `not`, parentheses, `startswith(field, 'x')`; operands are `fields/Name`, the item
 * properties `id`, `createdDateTime`, `lastModifiedDateTime`, and literals: strings ('' escapes a quote),
 * numbers, `true`/`false`, `null`, bare ISO date-times and `datetime'…'`.
 */

export type CompareOp = "eq" | "ne" | "lt" | "gt" | "le" | "ge";

export type Literal =
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "null" }
  | { kind: "datetime"; value: string };

/** A field reference: `name` is the column's API name (`ID`, `Created`, `Modified` for item properties). */
export interface FieldRef {
  name: string;
  /** As written, for messages. */
  raw: string;
}

export type FilterNode =
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "not"; operand: FilterNode }
  | { kind: "compare"; op: CompareOp; field: FieldRef; value: Literal }
  | { kind: "startswith"; field: FieldRef; value: string };

export class FilterSyntaxError extends Error {
  override readonly name = "FilterSyntaxError";
}

type Token =
  | { t: "("; pos: number }
  | { t: ")"; pos: number }
  | { t: ","; pos: number }
  | { t: "string"; value: string; pos: number }
  | { t: "number"; value: number; pos: number }
  | { t: "datetime"; value: string; pos: number }
  | { t: "word"; value: string; pos: number };

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER_RE = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const WORD_RE = /^[A-Za-z_][A-Za-z0-9_/.]*/;

function readString(src: string, start: number): { value: string; end: number } {
  let i = start + 1;
  let out = "";
  for (;;) {
    if (i >= src.length) throw new FilterSyntaxError(`Unterminated string literal at position ${start}.`);
    const ch = src[i] as string;
    if (ch === "'") {
      if (src[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      return { value: out, end: i + 1 };
    }
    out += ch;
    i++;
  }
}

export function tokenizeFilter(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ t: ch, pos: i });
      i++;
      continue;
    }
    if (ch === "'") {
      const s = readString(src, i);
      tokens.push({ t: "string", value: s.value, pos: i });
      i = s.end;
      continue;
    }
    const rest = src.slice(i);
    const dt = DATETIME_RE.exec(rest);
    if (dt && dt[0].length > 4 && /[-T]/.test(dt[0].slice(4))) {
      tokens.push({ t: "datetime", value: dt[0], pos: i });
      i += dt[0].length;
      continue;
    }
    const num = NUMBER_RE.exec(rest);
    if (num) {
      tokens.push({ t: "number", value: Number(num[0]), pos: i });
      i += num[0].length;
      continue;
    }
    const word = WORD_RE.exec(rest);
    if (word) {
      // datetime'2026-01-01T00:00:00Z' (OData v3 form)
      if (word[0] === "datetime" && src[i + word[0].length] === "'") {
        const s = readString(src, i + word[0].length);
        if (!DATETIME_RE.test(s.value)) throw new FilterSyntaxError(`Invalid datetime literal '${s.value}'.`);
        tokens.push({ t: "datetime", value: s.value, pos: i });
        i = s.end;
        continue;
      }
      tokens.push({ t: "word", value: word[0], pos: i });
      i += word[0].length;
      continue;
    }
    throw new FilterSyntaxError(`Syntax error at position ${i} in '${src}'.`);
  }
  return tokens;
}

const COMPARE_OPS: ReadonlySet<string> = new Set(["eq", "ne", "lt", "gt", "le", "ge"]);
const FLIP: Record<CompareOp, CompareOp> = { eq: "eq", ne: "ne", lt: "gt", gt: "lt", le: "ge", ge: "le" };

/** Map an OData path to a list column name, or undefined when it isn't a field path. */
export function fieldFromPath(path: string): FieldRef | undefined {
  if (path.startsWith("fields/")) {
    const name = path.slice("fields/".length);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
    if (name === "id" || name === "ID" || name === "Id") return { name: "ID", raw: path };
    return { name, raw: path };
  }
  if (path === "id") return { name: "ID", raw: path };
  if (path === "createdDateTime") return { name: "Created", raw: path };
  if (path === "lastModifiedDateTime") return { name: "Modified", raw: path };
  return undefined;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly src: string,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
  private next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new FilterSyntaxError(`Unexpected end of filter '${this.src}'.`);
    return t;
  }
  private isWord(value: string): boolean {
    const t = this.peek();
    return t?.t === "word" && t.value === value;
  }
  private expect(kind: "(" | ")" | ","): void {
    const t = this.next();
    if (t.t !== kind) throw new FilterSyntaxError(`Expected '${kind}' at position ${t.pos}.`);
  }

  parse(): FilterNode {
    const node = this.or();
    const t = this.peek();
    if (t) throw new FilterSyntaxError(`Unexpected token at position ${t.pos} in '${this.src}'.`);
    return node;
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.isWord("or")) {
      this.i++;
      left = { kind: "or", left, right: this.and() };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.isWord("and")) {
      this.i++;
      left = { kind: "and", left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.isWord("not")) {
      this.i++;
      return { kind: "not", operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): FilterNode {
    const t = this.peek();
    if (!t) throw new FilterSyntaxError(`Unexpected end of filter '${this.src}'.`);
    if (t.t === "(") {
      this.i++;
      const inner = this.or();
      this.expect(")");
      return inner;
    }
    if (t.t === "word" && t.value === "startswith") {
      this.i++;
      this.expect("(");
      const fieldTok = this.next();
      const field = fieldTok.t === "word" ? fieldFromPath(fieldTok.value) : undefined;
      if (!field) throw new FilterSyntaxError(`startswith needs a field path at position ${fieldTok.pos}.`);
      this.expect(",");
      const lit = this.next();
      if (lit.t !== "string") throw new FilterSyntaxError(`startswith needs a string literal at position ${lit.pos}.`);
      this.expect(")");
      return { kind: "startswith", field, value: lit.value };
    }
    return this.comparison();
  }

  private operand(): { field: FieldRef } | { literal: Literal } {
    const t = this.next();
    switch (t.t) {
      case "string":
        return { literal: { kind: "string", value: t.value } };
      case "number":
        return { literal: { kind: "number", value: t.value } };
      case "datetime":
        return { literal: { kind: "datetime", value: t.value } };
      case "word": {
        if (t.value === "true" || t.value === "false") return { literal: { kind: "boolean", value: t.value === "true" } };
        if (t.value === "null") return { literal: { kind: "null" } };
        const field = fieldFromPath(t.value);
        if (!field) throw new FilterSyntaxError(`Could not find a property named '${t.value}'.`);
        return { field };
      }
      default:
        throw new FilterSyntaxError(`Unexpected '${t.t}' at position ${t.pos}.`);
    }
  }

  private comparison(): FilterNode {
    const left = this.operand();
    const opTok = this.next();
    if (opTok.t !== "word" || !COMPARE_OPS.has(opTok.value)) {
      throw new FilterSyntaxError(`Expected a comparison operator at position ${opTok.pos}.`);
    }
    const op = opTok.value as CompareOp;
    const right = this.operand();
    if ("field" in left && "literal" in right) return { kind: "compare", op, field: left.field, value: right.literal };
    if ("literal" in left && "field" in right) return { kind: "compare", op: FLIP[op], field: right.field, value: left.literal };
    throw new FilterSyntaxError(`A comparison needs one field and one literal (position ${opTok.pos}).`);
  }
}

export function parseFilter(src: string): FilterNode {
  return new Parser(tokenizeFilter(src), src).parse();
}

/** The conjuncts of a top-level `and` chain, left to right. */
export function conjuncts(node: FilterNode): FilterNode[] {
  if (node.kind === "and") return [...conjuncts(node.left), ...conjuncts(node.right)];
  return [node];
}

/** Every field a filter references. */
export function filterFields(node: FilterNode): FieldRef[] {
  switch (node.kind) {
    case "and":
    case "or":
      return [...filterFields(node.left), ...filterFields(node.right)];
    case "not":
      return filterFields(node.operand);
    default:
      return [node.field];
  }
}

/** Escape a value for use inside an OData string literal (for clients and tests). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
