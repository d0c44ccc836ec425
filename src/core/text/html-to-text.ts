import { decodeEntityAt } from "./html-entities";

/**
 * Plain text from an HTML e-mail body, by scanning the string once (no DOM, so it runs in Outlook's
 * JS-only runtime too):
 * - tags are removed; comments (including Outlook's conditional comments), `<!DOCTYPE>` and `<?xml?>` go;
 * - `<script>`, `<style>`, `<head>`, `<title>`, `<template>` and Outlook's `<xml>` contents are dropped;
 * - `<br>` is a line break; the end of a block (`</p>`, `</div>`, `</li>`, `</tr>`, headings, `</table>`,
 *   `</blockquote>` …) is a line break, and the start of one breaks the line if text is already on it;
 *   a `<br>` just before a block end is not doubled (`<div>text<br></div>` is one line, as in a browser);
 * - table cells are separated by a tab; `<hr>` is a line break;
 * - runs of source whitespace collapse to one space (except inside `<pre>`/`<textarea>`), as a browser
 *   renders them, so the source's own line wrapping does not invent sentence breaks;
 * - character references are decoded (named, decimal, hex); `&nbsp;` becomes an ordinary space;
 * - `<blockquote>` contents are kept as text (quoted replies are found later, on the text).
 * An unclosed tag or comment at the end is dropped. Trailing whitespace is removed.
 */
export function htmlToText(html: string): string {
  const out = new TextBuilder();
  const lower = new Finder(html.toLowerCase());
  const n = html.length;
  let pre = 0;
  let i = 0;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      const next = handleMarkup(html, lower, i, out, pre);
      if (next.pre !== undefined) pre = next.pre;
      if (next.index > i) {
        i = next.index;
        continue;
      }
      out.text("<", pre > 0);
      i++;
      continue;
    }
    if (c === 38 /* & */) {
      const e = decodeEntityAt(html, i);
      if (e !== null) {
        out.text(e.text, true);
        i = e.next;
        continue;
      }
    }
    // Copy a run of ordinary characters in one go.
    let j = i + 1;
    while (j < n) {
      const d = html.charCodeAt(j);
      if (d === 60 || d === 38) break;
      j++;
    }
    out.text(html.slice(i, j), pre > 0);
    i = j;
  }
  return out.finish();
}

/** Elements whose contents are never shown. */
const HIDDEN = new Set(["script", "style", "head", "title", "template", "xml", "noscript", "object", "iframe", "svg"]);

/** Elements that start and end on their own line. */
const BLOCKS = new Set([
  "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "caption",
  "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer", "nav",
  "aside", "main", "address", "figure", "figcaption", "form", "fieldset", "center", "details", "summary",
  "body", "html",
]);

interface MarkupResult {
  /** Index after the markup, or the same index when `<` is just text. */
  index: number;
  /** New `<pre>` depth, when it changed. */
  pre?: number;
}

/**
 * Lower-cased source with a memo of the last search for each needle, so repeated searches for a close tag
 * that is not there ("<head><head><head>…") cost one scan in total, not one per tag.
 */
class Finder {
  private readonly memo = new Map<string, { from: number; at: number }>();

  constructor(readonly lower: string) {}

  /** First index of `needle` at or after `from`, or -1. */
  indexOf(needle: string, from: number): number {
    const m = this.memo.get(needle);
    if (m !== undefined && m.from <= from && (m.at < 0 || m.at >= from)) return m.at;
    const at = this.lower.indexOf(needle, from);
    this.memo.set(needle, { from, at });
    return at;
  }

  startsWith(needle: string, at: number): boolean {
    return this.lower.startsWith(needle, at);
  }

  slice(a: number, b: number): string {
    return this.lower.slice(a, b);
  }
}

function handleMarkup(html: string, lower: Finder, i: number, out: TextBuilder, pre: number): MarkupResult {
  const n = html.length;
  if (html.startsWith("<!--", i)) {
    const end = html.indexOf("-->", i + 4);
    return { index: end < 0 ? n : end + 3 };
  }
  if (lower.startsWith("<![cdata[", i)) {
    const end = html.indexOf("]]>", i + 9);
    out.text(html.slice(i + 9, end < 0 ? n : end), pre > 0);
    return { index: end < 0 ? n : end + 3 };
  }
  const second = html.charCodeAt(i + 1);
  if (second === 33 /* ! */ || second === 63 /* ? */) {
    const end = html.indexOf(">", i + 2);
    return { index: end < 0 ? n : end + 1 };
  }
  const closing = second === 47; /* / */
  const nameStart = closing ? i + 2 : i + 1;
  let j = nameStart;
  while (j < n && isTagNameChar(html.charCodeAt(j), j === nameStart)) j++;
  if (j === nameStart) return { index: i }; // "a < b": not a tag
  const name = lower.slice(nameStart, j);
  const end = tagEnd(html, j);
  if (end < 0) return { index: n }; // unclosed tag at the end: dropped, as a browser does
  const selfClosing = html.charCodeAt(end - 2) === 47;

  if (!closing && HIDDEN.has(name) && !selfClosing) {
    // Skip to the matching close tag; a <head> without one ends where <body> starts.
    let close = lower.indexOf("</" + name, end);
    if (name === "head") {
      const body = lower.indexOf("<body", end);
      if (close < 0 || (body >= 0 && body < close)) close = body;
      if (close < 0) return { index: end };
    }
    if (close < 0) return { index: n };
    const closeEnd = name === "head" && lower.startsWith("<body", close) ? close : tagEnd(html, close + 2 + name.length);
    return { index: closeEnd < 0 ? n : closeEnd };
  }
  if (name === "br") {
    out.lineBreak();
    return { index: end };
  }
  if (name === "hr") {
    out.blockEnd();
    return { index: end };
  }
  if (name === "td" || name === "th") {
    if (closing) out.cellBreak();
    return { index: end };
  }
  if (name === "pre" || name === "textarea" || name === "plaintext" || name === "listing") {
    if (closing) out.blockEnd();
    else out.softBreak();
    return { index: end, pre: closing ? Math.max(0, pre - 1) : selfClosing ? pre : pre + 1 };
  }
  if (BLOCKS.has(name)) {
    if (closing) out.blockEnd();
    else out.softBreak();
  }
  return { index: end };
}

function isTagNameChar(c: number, first: boolean): boolean {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (first) return letter;
  return letter || (c >= 48 && c <= 57) || c === 58 /* : */ || c === 45 /* - */ || c === 95;
}

/** Index after the ">" that closes the tag whose attributes start at `i` (quotes respected), or -1. */
function tagEnd(html: string, i: number): number {
  let quote = 0;
  for (let j = i; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      // A quote only opens an attribute value right after "=" (possibly with spaces): stray apostrophes
      // in broken markup must not swallow the rest of the message.
      let k = j - 1;
      while (k >= i && (html.charCodeAt(k) === 32 || html.charCodeAt(k) === 9)) k--;
      if (html.charCodeAt(k) === 61) quote = c;
    } else if (c === 62) {
      return j + 1;
    }
  }
  return -1;
}

/** Accumulates output text with browser-like whitespace handling. */
class TextBuilder {
  private readonly parts: string[] = [];
  /** Whether the output currently ends at the start of a line. */
  private atLineStart = true;
  /** Separator owed before the next text: collapsed whitespace (" ") or a table cell ("\t"). */
  private pending = "";
  /** Whether the line was just ended by a <br> or a block end, so another block end adds nothing. */
  private lineEnded = false;

  /** Appends text; outside `<pre>` whitespace runs collapse to one space and vanish at line starts. */
  text(s: string, preserve: boolean): void {
    if (s.length === 0) return;
    if (preserve) {
      this.write(s);
      return;
    }
    let i = 0;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (isCollapsible(c)) {
        if (this.pending === "") this.pending = " ";
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.length && !isCollapsible(s.charCodeAt(j))) j++;
      this.write(s.slice(i, j));
      i = j;
    }
  }

  /** A hard line break (`<br>`). */
  lineBreak(): void {
    this.pending = "";
    this.parts.push("\n");
    this.atLineStart = true;
    this.lineEnded = true;
  }

  /** Breaks the line only if text is already on it (the start of a block). */
  softBreak(): void {
    this.pending = "";
    if (!this.atLineStart) {
      this.parts.push("\n");
      this.atLineStart = true;
    }
  }

  /**
   * The end of a block: a line break, unless a <br> or another block end has just ended the line
   * (`<div>text<br></div>` and `</li></ul>` give one line break, as a browser shows them).
   */
  blockEnd(): void {
    this.pending = "";
    if (!this.lineEnded) {
      this.parts.push("\n");
      this.atLineStart = true;
    }
    this.lineEnded = true;
  }

  /** The end of a table cell: a tab before the next cell's text on the same row. */
  cellBreak(): void {
    this.pending = "\t";
  }

  finish(): string {
    const s = this.parts.join("");
    let end = s.length;
    while (end > 0 && /\s/u.test(s.charAt(end - 1))) end--;
    let start = 0;
    while (start < end && (s.charCodeAt(start) === 10 || s.charCodeAt(start) === 13)) start++;
    return s.slice(start, end);
  }

  private write(s: string): void {
    if (this.pending !== "" && !this.atLineStart) this.parts.push(this.pending);
    this.pending = "";
    this.parts.push(s);
    this.atLineStart = s.charCodeAt(s.length - 1) === 10;
    this.lineEnded = false;
  }
}

/** Source whitespace that HTML rendering collapses (not the no-break space). */
function isCollapsible(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}
