import { ExtractStop, type ExtractContext } from "./context";
import type { PartsBuilder } from "./parts";
import { attribute, parseXml, type XmlSink } from "./xml";
import type { ZipArchive } from "./zip";

/** The main part of a Word file (OOXML), the one every .docx has; its other parts are named from it. */
export const WORD_MAIN_PART = ["word", "document"].join("/") + ".xml";

/** What the Office readers share: reading one part, optional parts, and the relationships between parts. */

/** Parses one zip entry as XML into the sink. */
export function readXmlPart(zip: ZipArchive, name: string, sink: XmlSink, ctx: ExtractContext): void {
  parseXml(zip.read(name), sink, ctx);
}

/** Calls `onElement` with each element of a part that is read for its attributes only (a list of parts). */
export function forEachElement(
  zip: ZipArchive,
  name: string,
  ctx: ExtractContext,
  onElement: (element: string, attributes: Readonly<Record<string, string>>) => void,
): void {
  readXmlPart(zip, name, { open: onElement, close() {}, text() {} }, ctx);
}

/**
 * Reads a part that is not the document's main text (a header, the notes, a later sheet): if it is
 * damaged, or would pass the unzipped cap, the rest is still returned and marked truncated. Returns false
 * when reading should stop (the cap was reached). Bombs, encryption and time-outs still stop the file.
 */
export function readOptionalPart(parts: PartsBuilder, read: () => void): boolean {
  try {
    read();
    return true;
  } catch (e) {
    if (e instanceof ExtractStop && e.reason === "malformed") {
      parts.markTruncated();
      return true;
    }
    if (e instanceof ExtractStop && e.reason === "too-large") {
      parts.markTruncated();
      return false;
    }
    throw e;
  }
}

export interface Relationship {
  readonly target: string;
  readonly type: string;
}

/** The relationships of a part (`_rels/*.rels`), by id, targets resolved to zip entry names; none if absent. */
export function readRelationships(zip: ZipArchive, relsName: string, ctx: ExtractContext): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (!zip.has(relsName)) return out;
  // The main part's relationships ("word/_rels/" + its name + ".rels") give targets relative to "word/".
  const base = relsName.replace(/_rels\/[^/]*$/, "");
  forEachElement(zip, relsName, ctx, (name, attributes) => {
    if (name !== "Relationship") return;
    const id = attribute(attributes, "Id");
    const target = attribute(attributes, "Target");
    if (id === undefined || target === undefined || attribute(attributes, "TargetMode") === "External") return;
    out.set(id, { target: resolvePartName(base, target), type: attribute(attributes, "Type") ?? "" });
  });
  return out;
}

/** A relationship target as a zip entry name: absolute ("/xl/x.xml") or relative to `base` ("../x.xml"). */
export function resolvePartName(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The entries matching `pattern` (with one numeric group), in numeric order. */
export function numberedParts(zip: ZipArchive, pattern: RegExp): string[] {
  const found: { name: string; n: number }[] = [];
  for (const e of zip.entries) {
    const m = pattern.exec(e.name);
    if (m) found.push({ name: e.name, n: Number(m[1] ?? 0) });
  }
  found.sort((a, b) => a.n - b.n || (a.name < b.name ? -1 : 1));
  return [...new Set(found.map((f) => f.name))];
}
