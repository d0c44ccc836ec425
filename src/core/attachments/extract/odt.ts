import type { ReadableAttachment } from "../types";
import type { ExtractContext } from "./context";
import { FlowCollector, type FlowPlace, type FlowVocabulary } from "./flow";
import { readOptionalPart, readXmlPart } from "./office";
import { PartsBuilder, readUntilFull } from "./parts";
import type { ZipArchive } from "./zip";

/**
 * An OpenDocument text file's text (content.xml): paragraphs and headings ("paragraph 12"), table rows
 * ("table 1, row 3"), footnotes and comments said so, then the page headers and footers from styles.xml.
 * Tracked deletions are read too (they travel with the file).
 */
const ODF: FlowVocabulary = {
  paragraphs: new Set(["p", "h"]),
  table: "table",
  row: "table-row",
  cells: new Set(["table-cell", "covered-table-cell"]),
  groups: new Set(["note", "annotation", "header", "footer", "header-left", "footer-left", "header-first", "footer-first"]),
  tabs: new Set(["tab"]),
  lineBreaks: new Set(["line-break"]),
  spaces: "s",
  // A comment's author and date, and the styles' own declarations, are not the document's words.
  skip: new Set(["creator", "date", "note-citation", "font-face-decls", "automatic-styles", "styles"]),
  collapseWhiteSpace: true,
};

export function readOdt(zip: ZipArchive, ctx: ExtractContext): ReadableAttachment {
  const parts = new PartsBuilder(ctx);
  let paragraphs = 0;
  let notes = 0;
  let comments = 0;
  const seen = new Set<string>();
  const emit = (text: string, place: FlowPlace): void => {
    if (place.kind === "paragraph") parts.add(text, `paragraph ${++paragraphs}`);
    else if (place.kind === "row") parts.add(text, `table ${place.table}, row ${place.row}`);
    else if (place.name === "note") parts.add(text, `footnote ${++notes}`);
    else if (place.name === "annotation") parts.add(text, `comment ${++comments}`);
    else {
      const header = place.name.startsWith("header");
      const key = `${header}:${text.trim()}`;
      if (seen.has(key)) return;
      seen.add(key);
      parts.add(text, header ? "the page header" : "the page footer");
    }
  };
  readUntilFull(() => {
    readXmlPart(zip, "content.xml", new FlowCollector(ODF, emit, ctx), ctx);
    if (zip.has("styles.xml")) {
      // In styles.xml only the headers and footers are text: a paragraph outside them is ignored.
      const inStyles = (text: string, place: FlowPlace): void => {
        if (place.kind === "group") emit(text, place);
      };
      readOptionalPart(parts, () => readXmlPart(zip, "styles.xml", new FlowCollector(ODF, inStyles, ctx), ctx));
    }
  });
  return parts.result("odt");
}
