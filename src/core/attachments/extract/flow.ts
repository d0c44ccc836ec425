import type { ExtractContext } from "./context";
import { attribute, type XmlSink } from "./xml";

/**
 * Running text out of word-processing XML (WordprocessingML, DrawingML text, OpenDocument text): runs
 * joined into paragraphs, tabs and line breaks kept, table rows read as one line with cells apart by a
 * tab, and paragraphs inside a "group" (a footnote, a comment, a slide) kept together as one part.
 * A paragraph inside another (a text box) is its own part; a table inside a cell joins that cell.
 */

/** The element names (without prefix) of one XML vocabulary. */
export interface FlowVocabulary {
  readonly paragraphs: ReadonlySet<string>;
  readonly table: string;
  readonly row: string;
  readonly cells: ReadonlySet<string>;
  /** Elements whose paragraphs form one part (footnote, comment, slide); none by default. */
  readonly groups?: ReadonlySet<string>;
  /** When given, text counts only inside these elements (w:t); otherwise all text inside a paragraph. */
  readonly textElements?: ReadonlySet<string>;
  readonly tabs: ReadonlySet<string>;
  readonly lineBreaks: ReadonlySet<string>;
  /** OpenDocument's `<text:s text:c="3"/>`: that many spaces. */
  readonly spaces?: string;
  /** Elements whose whole content is not text (properties, field codes, fallbacks duplicating text). */
  readonly skip: ReadonlySet<string>;
  /** OpenDocument: runs of white space in the XML are one space (the file says spaces with `text:s`). */
  readonly collapseWhiteSpace?: boolean;
}

/** Where a finished part stood: a paragraph, a top-level table's row, or a group. */
export type FlowPlace =
  | { readonly kind: "paragraph" }
  | { readonly kind: "row"; readonly table: number; readonly row: number }
  | { readonly kind: "group"; readonly name: string };

type Frame =
  | { kind: "p"; text: string[] }
  | { kind: "cell"; text: string[] }
  | { kind: "row"; cells: string[] }
  | { kind: "group"; name: string; text: string[] };

/** Most spaces one `text:s` adds (its count is the file's word). */
const MAX_SPACES = 256;

export class FlowCollector implements XmlSink {
  private readonly stack: Frame[] = [];
  private skipDepth = 0;
  private textDepth = 0;
  private tables = 0;
  private rows = 0;
  private tableDepth = 0;

  constructor(
    private readonly vocabulary: FlowVocabulary,
    private readonly emit: (text: string, place: FlowPlace) => void,
    private readonly ctx: ExtractContext,
  ) {}

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    this.ctx.tick();
    const v = this.vocabulary;
    if (this.skipDepth > 0 || v.skip.has(name)) {
      this.skipDepth++;
      return;
    }
    if (v.paragraphs.has(name)) this.stack.push({ kind: "p", text: [] });
    else if (name === v.table) {
      this.tableDepth++;
      if (this.tableDepth === 1) {
        this.tables++;
        this.rows = 0;
      }
    } else if (name === v.row) {
      if (this.tableDepth <= 1 && !this.stack.some((f) => f.kind === "row")) this.rows++;
      this.stack.push({ kind: "row", cells: [] });
    } else if (v.cells.has(name) && this.top()?.kind === "row") this.stack.push({ kind: "cell", text: [] });
    else if (v.groups?.has(name)) this.stack.push({ kind: "group", name, text: [] });
    else if (v.textElements?.has(name)) this.textDepth++;
    else if (v.tabs.has(name)) this.append("\t");
    else if (v.lineBreaks.has(name)) this.append("\n");
    else if (name === v.spaces) {
      const c = Number.parseInt(attribute(attributes, "c") ?? "1", 10);
      this.append(" ".repeat(Number.isFinite(c) ? Math.min(Math.max(c, 1), MAX_SPACES) : 1));
    }
  }

  close(name: string): void {
    const v = this.vocabulary;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const top = this.top();
    if (v.paragraphs.has(name) && top?.kind === "p") {
      this.stack.pop();
      this.deliver(top.text.join(""), { kind: "paragraph" });
    } else if (name === v.table) {
      this.tableDepth = Math.max(0, this.tableDepth - 1);
    } else if (name === v.row && top?.kind === "row") {
      this.stack.pop();
      const text = top.cells.filter((c) => c.trim().length > 0).join("\t");
      this.deliver(text, { kind: "row", table: this.tables, row: this.rows });
    } else if (v.cells.has(name) && top?.kind === "cell") {
      this.stack.pop();
      const row = this.top();
      if (row?.kind === "row") row.cells.push(top.text.join("").trim());
    } else if (v.groups?.has(name) && top?.kind === "group") {
      this.stack.pop();
      this.deliver(top.text.join(""), { kind: "group", name: top.name });
    } else if (v.textElements?.has(name)) {
      this.textDepth = Math.max(0, this.textDepth - 1);
    }
  }

  text(text: string): void {
    if (this.skipDepth > 0) return;
    if (this.vocabulary.textElements && this.textDepth === 0) return;
    this.append(this.vocabulary.collapseWhiteSpace ? text.replace(/[ \t\r\n]+/g, " ") : text);
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Adds text to the paragraph being read (text outside any paragraph is not content). */
  private append(text: string): void {
    const top = this.top();
    if (top?.kind === "p") top.text.push(text);
  }

  /** Hands a finished paragraph or row to the nearest cell or group, or emits it as a part. */
  private deliver(text: string, place: FlowPlace): void {
    if (text.trim().length === 0) return;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const f = this.stack[i]!;
      if (f.kind === "cell" || f.kind === "group") {
        if (f.text.length > 0) f.text.push("\n");
        f.text.push(text);
        return;
      }
      if (f.kind === "row") {
        f.cells.push(text.trim());
        return;
      }
    }
    this.emit(text, place);
  }
}
