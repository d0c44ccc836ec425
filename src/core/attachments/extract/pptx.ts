import type { ReadableAttachment } from "../types";
import type { ExtractContext } from "./context";
import { FlowCollector, type FlowVocabulary } from "./flow";
import { forEachElement, numberedParts, readOptionalPart, readRelationships, readXmlPart } from "./office";
import { PartsBuilder, readUntilFull } from "./parts";
import { attribute, type XmlSink } from "./xml";
import type { ZipArchive } from "./zip";

/**
 * A PowerPoint presentation's text, one part per slide in the presentation's order ("slide 3"; a hidden
 * slide is read and said to be hidden), each followed by its speaker notes ("the notes of slide 3").
 * Slide numbers and dates (`a:fld`) are not the author's words and are left out.
 */
const DRAWING: FlowVocabulary = {
  paragraphs: new Set(["p"]),
  table: "tbl",
  row: "tr",
  cells: new Set(["tc"]),
  groups: new Set(["cSld"]),
  textElements: new Set(["t"]),
  tabs: new Set(),
  lineBreaks: new Set(["br"]),
  skip: new Set(["fld", "Fallback", "pPr", "rPr", "endParaRPr"]),
};

function slideOrder(zip: ZipArchive, ctx: ExtractContext): string[] {
  const fallback = (): string[] => numberedParts(zip, /^ppt\/slides\/slide(\d+)\.xml$/);
  if (!zip.has("ppt/presentation.xml")) return fallback();
  const rels = readRelationships(zip, "ppt/_rels/presentation.xml.rels", ctx);
  const order: string[] = [];
  const seen = new Set<string>();
  forEachElement(zip, "ppt/presentation.xml", ctx, (name, attributes) => {
    if (name !== "sldId") return;
    // p:sldId has its own numeric `id` and the relationship's `r:id`: the latter names the part.
    const rid = Object.entries(attributes).find(([k]) => k.endsWith(":id"))?.[1];
    const target = rid === undefined ? undefined : rels.get(rid)?.target;
    if (target && zip.has(target) && !seen.has(target)) {
      seen.add(target);
      order.push(target);
    }
  });
  return order.length > 0 ? order : fallback();
}

function notesOf(zip: ZipArchive, slide: string, ctx: ExtractContext): string | undefined {
  const rels = readRelationships(zip, slide.replace(/([^/]+)$/, "_rels/$1.rels"), ctx);
  for (const rel of rels.values()) if (rel.type.endsWith("/notesSlide") && zip.has(rel.target)) return rel.target;
  return undefined;
}

export function readPptx(zip: ZipArchive, ctx: ExtractContext): ReadableAttachment {
  const parts = new PartsBuilder(ctx);
  readUntilFull(() => {
    const slides = slideOrder(zip, ctx);
    for (let i = 0; i < slides.length; i++) {
      const n = i + 1;
      const slide = slides[i]!;
      let hidden = false;
      const read = (): void => {
        const collector = new FlowCollector(DRAWING, (text) => parts.add(text, hidden ? `slide ${n} (hidden)` : `slide ${n}`), ctx);
        const sink: XmlSink = {
          open(name, attributes) {
            if (name === "sld" && attribute(attributes, "show") === "0") hidden = true;
            collector.open(name, attributes);
          },
          close: (name) => collector.close(name),
          text: (t) => collector.text(t),
        };
        readXmlPart(zip, slide, sink, ctx);
      };
      if (i === 0) read();
      else if (!readOptionalPart(parts, read)) break;
      let notes: string | undefined;
      if (!readOptionalPart(parts, () => (notes = notesOf(zip, slide, ctx)))) break;
      if (notes === undefined) continue;
      const notesPart = notes;
      const readNotes = (): void =>
        readXmlPart(zip, notesPart, new FlowCollector(DRAWING, (text) => parts.add(text, `the notes of slide ${n}`), ctx), ctx);
      if (!readOptionalPart(parts, readNotes)) break;
    }
  });
  return parts.result("pptx");
}
