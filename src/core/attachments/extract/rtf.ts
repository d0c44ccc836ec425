import type { ReadableAttachment } from "../types";
import { ExtractStop, type ExtractContext } from "./context";
import { windows1252Char } from "./decode";
import { PartsBuilder, readUntilFull } from "./parts";

/**
 * The text of an RTF document (as Word, WordPad and Outlook save it), by one bounded pass over its bytes:
 * groups are a stack capped at `maxXmlDepth`; destinations that are not text (the font, colour and style
 * tables, document properties, pictures, embedded objects, field instructions, bookmarks, anything marked
 * `\*`) are skipped; `\par` ends a paragraph ("paragraph 12"), `\line` is a line break, `\tab` and `\cell`
 * a tab, `\row` ends a table row; `\'hh` is a Windows-1252 byte and `\uN` a Unicode character followed by
 * `\ucN` fallback characters that are dropped; `\binN` skips N raw bytes. No maintained pure-JS library
 * reads RTF to text without Node streams or a DOM, so this is a careful state machine.
 */

const SKIP_DESTINATIONS = new Set([
  "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "objdata", "objclass", "themedata",
  "colorschememapping", "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator",
  "xmlnstbl", "mmathPr", "filetbl", "revtbl", "pgdsctbl", "bkmkstart", "bkmkend", "fldinst", "pntext",
  "pntxta", "pntxtb", "nonshppict", "shppict", "sp", "sn", "sv", "picprop", "blipuid", "userprops", "docvar",
  "xe", "tc", "wgrffmtfilter", "template", "private", "passwordhash", "factoidname", "listtext", "ftnsep",
  "ftnsepc", "aftnsep", "aftnsepc", "protusertbl",
]);

/** Control words that are characters. */
const CHARACTERS: Record<string, string> = {
  line: "\n",
  tab: "\t",
  cell: "\t",
  nestcell: "\t",
  emdash: "\u2014",
  endash: "\u2013",
  lquote: "\u2018",
  rquote: "\u2019",
  ldblquote: "\u201c",
  rdblquote: "\u201d",
  bullet: "\u2022",
  emspace: " ",
  enspace: " ",
  qmspace: " ",
};

/** Control words that end a paragraph. */
const BREAKS = new Set(["par", "sect", "page", "row", "nestrow"]);

interface GroupState {
  skip: boolean;
  uc: number;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

export function readRtf(bytes: Uint8Array, ctx: ExtractContext): ReadableAttachment {
  const parts = new PartsBuilder(ctx);
  const maxDepth = ctx.limits.maxXmlDepth;
  let paragraphs = 0;
  let paragraph: string[] = [];
  const flush = (): void => {
    const text = paragraph.join("");
    paragraph = [];
    if (text.trim().length > 0) parts.add(text, `paragraph ${++paragraphs}`);
  };
  readUntilFull(() => {
    const stack: GroupState[] = [];
    let state: GroupState = { skip: false, uc: 1 };
    let starred = false;
    let fallback = 0; // characters still to drop after a \uN
    const emit = (s: string): void => {
      if (fallback > 0) {
        fallback--;
        return;
      }
      if (!state.skip) paragraph.push(s);
    };
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      ctx.tick();
      const c = bytes[i]!;
      if (c === 0x7b /* { */) {
        if (stack.length >= maxDepth) throw new ExtractStop("bomb", "depth");
        stack.push(state);
        state = { skip: state.skip, uc: state.uc };
        starred = false;
        fallback = 0;
        i++;
        continue;
      }
      if (c === 0x7d /* } */) {
        state = stack.pop() ?? { skip: false, uc: 1 };
        starred = false;
        fallback = 0;
        i++;
        continue;
      }
      if (c === 0x0d || c === 0x0a) {
        i++;
        continue;
      }
      if (c !== 0x5c /* \ */) {
        emit(windows1252Char(c));
        i++;
        continue;
      }
      // A control word or symbol.
      const next = bytes[i + 1];
      if (next === undefined) break;
      if (!isLetter(next)) {
        i += 2;
        switch (next) {
          case 0x27: {
            // \'hh
            const hi = hexValue(bytes[i] ?? 0);
            const lo = hexValue(bytes[i + 1] ?? 0);
            if (hi >= 0 && lo >= 0) {
              emit(windows1252Char(hi * 16 + lo));
              i += 2;
            }
            break;
          }
          case 0x5c:
          case 0x7b:
          case 0x7d:
            emit(String.fromCharCode(next));
            break;
          case 0x7e: // \~ non-breaking space
            emit("\u00a0");
            break;
          case 0x5f: // \_ non-breaking hyphen
            emit("-");
            break;
          case 0x2a: // \* the group is a destination to skip unless known
            starred = true;
            break;
          case 0x0a:
          case 0x0d: // \ at the end of a line is \par
            if (!state.skip) flush();
            break;
          default: // \- optional hyphen, \: index subentry, \| formula: nothing to read
            break;
        }
        continue;
      }
      let j = i + 1;
      while (j < n && j - i <= 32 && isLetter(bytes[j]!)) j++;
      let word = "";
      for (let k = i + 1; k < j; k++) word += String.fromCharCode(bytes[k]!);
      let param: number | undefined;
      let negative = false;
      if (bytes[j] === 0x2d /* - */ && j + 1 < n && isDigit(bytes[j + 1]!)) {
        negative = true;
        j++;
      }
      if (j < n && isDigit(bytes[j]!)) {
        let v = 0;
        let digits = 0;
        while (j < n && isDigit(bytes[j]!) && digits < 10) {
          v = v * 10 + (bytes[j]! - 0x30);
          j++;
          digits++;
        }
        param = negative ? -v : v;
      }
      if (bytes[j] === 0x20) j++; // the delimiting space belongs to the control word
      i = j;
      if (word === "bin") {
        // Raw bytes follow; never read as text.
        i = Math.min(n, i + Math.max(0, param ?? 0));
        continue;
      }
      if (starred || SKIP_DESTINATIONS.has(word)) {
        state.skip = true;
        starred = false;
        continue;
      }
      if (word === "uc") {
        state.uc = Math.max(0, Math.min(param ?? 1, 16));
        continue;
      }
      if (word === "u" && param !== undefined) {
        const code = param < 0 ? param + 65536 : param;
        fallback = 0;
        emit(String.fromCharCode(code & 0xffff));
        fallback = state.uc;
        continue;
      }
      if (state.skip) continue;
      if (BREAKS.has(word)) {
        fallback = 0;
        flush();
        continue;
      }
      const ch = CHARACTERS[word];
      if (ch !== undefined) emit(ch);
    }
    flush();
  });
  return parts.result("rtf");
}
