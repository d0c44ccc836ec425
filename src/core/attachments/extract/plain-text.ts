import type { ReadableAttachment } from "../types";
import type { ExtractContext } from "./context";
import { decodeText } from "./decode";
import { PartsBuilder, readUntilFull } from "./parts";

/**
 * Plain text and CSV. Text: UTF-8 (with or without a BOM), UTF-16 LE/BE with a BOM, else Windows-1252;
 * one part per paragraph (lines up to a blank line), said as "line 12" or "lines 12–15". CSV: one part per
 * record, "row 4" (a quoted field may hold line breaks and doubled quotes), fields apart by a tab; the
 * delimiter is the first line's most frequent of comma, semicolon and tab.
 */

function normalisedText(bytes: Uint8Array): string {
  return decodeText(bytes).text.replace(/\r\n?/g, "\n");
}

export function readText(bytes: Uint8Array, ctx: ExtractContext): ReadableAttachment {
  const parts = new PartsBuilder(ctx);
  const text = normalisedText(bytes);
  ctx.check();
  readUntilFull(() => {
    let lineNo = 0;
    let first = 0;
    let block: string[] = [];
    const flush = (): void => {
      if (block.length === 0) return;
      const last = first + block.length - 1;
      parts.add(block.join("\n"), last === first ? `line ${first}` : `lines ${first}–${last}`);
      block = [];
    };
    let at = 0;
    while (at <= text.length) {
      ctx.tick();
      const nl = text.indexOf("\n", at);
      const end = nl < 0 ? text.length : nl;
      const line = text.slice(at, end);
      lineNo++;
      if (line.trim().length === 0) flush();
      else {
        if (block.length === 0) first = lineNo;
        block.push(line);
      }
      if (nl < 0) break;
      at = nl + 1;
    }
    flush();
  });
  return parts.result("txt");
}

function delimiterOf(text: string): string {
  const nl = text.indexOf("\n");
  const head = text.slice(0, nl < 0 ? Math.min(text.length, 65536) : Math.min(nl, 65536));
  let best = ",";
  let bestCount = 0;
  for (const d of [",", ";", "\t"]) {
    let count = 0;
    let quoted = false;
    for (let i = 0; i < head.length; i++) {
      const ch = head[i];
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === d) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

export function readCsv(bytes: Uint8Array, ctx: ExtractContext): ReadableAttachment {
  const parts = new PartsBuilder(ctx);
  const text = normalisedText(bytes);
  ctx.check();
  const delimiter = delimiterOf(text);
  const special = delimiter === "\t" ? /["\n\t]/g : delimiter === ";" ? /["\n;]/g : /["\n,]/g;
  readUntilFull(() => {
    let row = 1;
    let fields: string[] = [];
    let field: string[] = [];
    let quoted = false;
    let i = 0;
    const n = text.length;
    // Empty fields are not kept: a row of a million commas holds nothing to read.
    const endField = (): void => {
      const value = field.join("").trim();
      if (value.length > 0) fields.push(value);
      field = [];
    };
    const endRow = (): void => {
      endField();
      if (fields.length > 0) parts.add(fields.join("\t"), `row ${row}`);
      fields = [];
      row++;
    };
    while (i < n) {
      ctx.tick();
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field.push('"');
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          continue;
        }
        // Copy the run up to the next quote at once.
        const q = text.indexOf('"', i);
        const stop = q < 0 ? n : q;
        field.push(text.slice(i, stop));
        i = stop;
        continue;
      }
      if (ch === '"' && field.join("").trim().length === 0) {
        field = [];
        quoted = true;
        i++;
      } else if (ch === delimiter) {
        endField();
        i++;
      } else if (ch === "\n") {
        endRow();
        i++;
      } else {
        // Copy the run up to the next quote, delimiter or line break at once.
        special.lastIndex = i + 1;
        const m = special.exec(text);
        const stop = m ? m.index : n;
        field.push(text.slice(i, stop));
        i = stop;
      }
    }
    if (field.length > 0 || fields.length > 0) endRow();
  });
  return parts.result("csv");
}
