import type { ReadableAttachment } from "../types";
import { ExtractStop, type ExtractContext } from "./context";
import { forEachElement, readOptionalPart, readRelationships, readXmlPart } from "./office";
import { PartsBuilder, readUntilFull } from "./parts";
import { attribute } from "./xml";
import type { ZipArchive } from "./zip";

/**
 * An Excel workbook's text, one part per row (`sheet “Risks”, row 4`), cells apart by a tab, sheets in
 * the workbook's order with their names from xl/workbook.xml; hidden sheets are read and said to be
 * hidden (they travel with the file). Shared strings, inline strings, formula results, booleans and
 * numbers as stored (an NHS number typed into a cell is a number; dates are Excel's serial numbers).
 */

interface Sheet {
  readonly name: string;
  readonly part: string;
  readonly hidden: boolean;
}

function sheetsOf(zip: ZipArchive, ctx: ExtractContext): Sheet[] {
  const rels = readRelationships(zip, "xl/_rels/workbook.xml.rels", ctx);
  const sheets: Sheet[] = [];
  forEachElement(zip, "xl/workbook.xml", ctx, (name, attributes) => {
    if (name !== "sheet") return;
    const id = attribute(attributes, "id");
    const target = id === undefined ? undefined : rels.get(id)?.target;
    const part = target ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
    const state = attribute(attributes, "state");
    sheets.push({ name: attribute(attributes, "name") ?? `Sheet${sheets.length + 1}`, part, hidden: state === "hidden" || state === "veryHidden" });
  });
  return sheets;
}

function sharedStrings(zip: ZipArchive, ctx: ExtractContext): string[] {
  const name = "xl/sharedStrings.xml";
  const strings: string[] = [];
  if (!zip.has(name)) return strings;
  let current: string[] | undefined;
  let inText = 0;
  let inPhonetic = 0;
  readXmlPart(
    zip,
    name,
    {
      open(tag) {
        ctx.tick();
        if (tag === "si") current = [];
        else if (tag === "rPh") inPhonetic++;
        else if (tag === "t") inText++;
      },
      close(tag) {
        if (tag === "si") {
          strings.push(current?.join("") ?? "");
          current = undefined;
        } else if (tag === "rPh") inPhonetic = Math.max(0, inPhonetic - 1);
        else if (tag === "t") inText = Math.max(0, inText - 1);
      },
      text(t) {
        if (current && inText > 0 && inPhonetic === 0) current.push(t);
      },
    },
    ctx,
  );
  return strings;
}

function readSheet(zip: ZipArchive, sheet: Sheet, strings: readonly string[], parts: PartsBuilder, ctx: ExtractContext): void {
  const label = sheet.hidden ? `sheet “${sheet.name}” (hidden)` : `sheet “${sheet.name}”`;
  let rowNumber = 0;
  let cells: string[] = [];
  let cellType: string | undefined;
  let value: string[] = [];
  let inline: string[] = [];
  let inValue = false;
  let inInlineText = 0;
  let inPhonetic = 0;
  readXmlPart(
    zip,
    sheet.part,
    {
      open(tag, attributes) {
        ctx.tick();
        if (tag === "row") {
          const r = Number.parseInt(attribute(attributes, "r") ?? "", 10);
          rowNumber = Number.isFinite(r) && r > 0 ? r : rowNumber + 1;
          cells = [];
        } else if (tag === "c") {
          cellType = attribute(attributes, "t");
          value = [];
          inline = [];
        } else if (tag === "v") inValue = true;
        else if (tag === "rPh") inPhonetic++;
        else if (tag === "t") inInlineText++;
      },
      close(tag) {
        if (tag === "v") inValue = false;
        else if (tag === "rPh") inPhonetic = Math.max(0, inPhonetic - 1);
        else if (tag === "t") inInlineText = Math.max(0, inInlineText - 1);
        else if (tag === "c") {
          const shown = cellText(cellType, value.join(""), inline.join(""), strings);
          if (shown.trim().length > 0) cells.push(shown.trim());
        } else if (tag === "row") {
          if (cells.length > 0) parts.add(cells.join("\t"), `${label}, row ${rowNumber}`);
          cells = [];
        }
      },
      text(t) {
        if (inValue) value.push(t);
        else if (inInlineText > 0 && inPhonetic === 0) inline.push(t);
      },
    },
    ctx,
  );
}

function cellText(type: string | undefined, value: string, inline: string, strings: readonly string[]): string {
  switch (type) {
    case "s": {
      const i = Number.parseInt(value, 10);
      return Number.isInteger(i) && i >= 0 && i < strings.length ? strings[i]! : "";
    }
    case "inlineStr":
      return inline;
    case "b":
      return value === "1" ? "TRUE" : value === "0" ? "FALSE" : value;
    case "e":
      return ""; // #N/A, #REF!: Excel's error codes, not the author's words
    default:
      return value; // numbers, formula strings ("str"), ISO dates ("d")
  }
}

export function readXlsx(zip: ZipArchive, ctx: ExtractContext): ReadableAttachment {
  const parts = new PartsBuilder(ctx);
  readUntilFull(() => {
    const sheets = sheetsOf(zip, ctx);
    const strings = sharedStrings(zip, ctx);
    let first = true;
    for (const sheet of sheets) {
      if (!zip.has(sheet.part)) {
        parts.markTruncated();
        continue;
      }
      if (first) {
        // The first sheet is the workbook's text: it must read, or the file is not read at all.
        readSheet(zip, sheet, strings, parts, ctx);
        first = false;
        continue;
      }
      if (!readOptionalPart(parts, () => readSheet(zip, sheet, strings, parts, ctx))) break;
    }
    if (first && sheets.length > 0) throw new ExtractStop("malformed");
  });
  return parts.result("xlsx");
}
