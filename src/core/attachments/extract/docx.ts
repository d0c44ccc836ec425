import type { ReadableAttachment } from "../types";
import type { ExtractContext } from "./context";
import { FlowCollector, type FlowPlace, type FlowVocabulary } from "./flow";
import { numberedParts, readOptionalPart, readXmlPart, WORD_MAIN_PART } from "./office";
import { PartsBuilder, readUntilFull } from "./parts";
import type { ZipArchive } from "./zip";

/**
 * A Word file's text: the body (the main part, `WORD_MAIN_PART`: "paragraph 12", "table 1, row 3"), then the page
 * headers and footers, footnotes, endnotes and comments, each said so. Deleted text kept by track changes
 * (`w:delText`) is read too: it is still in the file the recipient gets. Field codes are not text.
 */
const WORD: FlowVocabulary = {
  paragraphs: new Set(["p"]),
  table: "tbl",
  row: "tr",
  cells: new Set(["tc"]),
  groups: new Set(["footnote", "endnote", "comment", "hdr", "ftr"]),
  textElements: new Set(["t", "delText"]),
  tabs: new Set(["tab", "ptab"]),
  lineBreaks: new Set(["br", "cr"]),
  // Properties hold no text (w:pPr's tab stops are w:tab too); mc:Fallback repeats a text box's text.
  skip: new Set(["pPr", "rPr", "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "instrText", "delInstrText", "Fallback", "fldData"]),
};

const GROUP_WORDS: Record<string, string> = {
  footnote: "footnote",
  endnote: "endnote",
  comment: "comment",
};

export function readDocx(zip: ZipArchive, ctx: ExtractContext): ReadableAttachment {
  const parts = new PartsBuilder(ctx);
  let paragraphs = 0;
  const counts = new Map<string, number>();
  const seenRepeated = new Set<string>();
  const emit = (text: string, place: FlowPlace): void => {
    switch (place.kind) {
      case "paragraph":
        parts.add(text, `paragraph ${++paragraphs}`);
        return;
      case "row":
        parts.add(text, `table ${place.table}, row ${place.row}`);
        return;
      case "group": {
        if (place.name === "hdr" || place.name === "ftr") {
          // Word keeps first-page, even and default headers apart; the same words said once.
          const key = `${place.name}:${text.trim()}`;
          if (seenRepeated.has(key)) return;
          seenRepeated.add(key);
          parts.add(text, place.name === "hdr" ? "the page header" : "the page footer");
          return;
        }
        const n = (counts.get(place.name) ?? 0) + 1;
        counts.set(place.name, n);
        parts.add(text, `${GROUP_WORDS[place.name] ?? place.name} ${n}`);
      }
    }
  };
  readUntilFull(() => {
    readXmlPart(zip, WORD_MAIN_PART, new FlowCollector(WORD, emit, ctx), ctx);
    const others = [
      ...numberedParts(zip, /^word\/header(\d*)\.xml$/),
      ...numberedParts(zip, /^word\/footer(\d*)\.xml$/),
      ...["word/footnotes.xml", "word/endnotes.xml", "word/comments.xml"].filter((n) => zip.has(n)),
    ];
    for (const name of others) {
      if (!readOptionalPart(parts, () => readXmlPart(zip, name, new FlowCollector(WORD, emit, ctx), ctx))) break;
    }
  });
  return parts.result("docx");
}
