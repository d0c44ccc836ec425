import type { AttachmentFormat, ExtractedAttachment } from "../types";
import { ExtractStop, type ExtractContext } from "./context";
import { utf8 } from "./decode";
import type { NameHint } from "./detect";
import { readDocx } from "./docx";
import { WORD_MAIN_PART } from "./office";
import { unreadable } from "./messages";
import { readOdt } from "./odt";
import { readPptx } from "./pptx";
import { readXlsx } from "./xlsx";
import { ZipArchive } from "./zip";

/** Which document a zip is, from the parts it holds (not from its name). */
function documentKind(zip: ZipArchive, ctx: ExtractContext): AttachmentFormat | "opendocument-other" | undefined {
  if (zip.has(WORD_MAIN_PART)) return "docx";
  if (zip.has("xl/workbook.xml")) return "xlsx";
  if (zip.has("ppt/presentation.xml") || zip.entries.some((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e.name))) return "pptx";
  const mimetype = zip.entry("mimetype");
  if (mimetype && mimetype.size <= 256) {
    const type = utf8(zip.read("mimetype")).trim();
    ctx.check();
    if (type === "application/vnd.oasis.opendocument.text" || type === "application/vnd.oasis.opendocument.text-template") return "odt";
    if (type.startsWith("application/vnd.oasis.opendocument.")) return "opendocument-other";
  }
  if (zip.has("content.xml") && zip.has("META-INF/manifest.xml")) return "odt";
  return undefined;
}

/**
 * A zip-based file: a Word, Excel, PowerPoint or OpenDocument text file by its parts; any other zip is
 * not read (an encrypted one said so). `known.format` is kept up to date so a stop names the right format.
 */
export function readZipDocument(
  bytes: Uint8Array,
  name: string,
  hint: NameHint | undefined,
  ctx: ExtractContext,
  known: { format: AttachmentFormat | "image" | "unknown" },
): ExtractedAttachment {
  if (hint === "docx" || hint === "xlsx" || hint === "pptx" || hint === "odt") known.format = hint;
  const zip = ZipArchive.open(bytes, ctx);
  const kind = documentKind(zip, ctx);
  if (kind === undefined) {
    if (zip.anyEncrypted) return unreadable("encrypted", name, "unknown");
    if (hint === "docx" || hint === "xlsx" || hint === "pptx" || hint === "odt") throw new ExtractStop("malformed");
    return unreadable("unsupported", name, "unknown", { detail: "zip" });
  }
  if (kind === "opendocument-other") return unreadable("unsupported", name, "unknown", { detail: "opendocument-other" });
  known.format = kind;
  switch (kind) {
    case "docx":
      return readDocx(zip, ctx);
    case "xlsx":
      return readXlsx(zip, ctx);
    case "pptx":
      return readPptx(zip, ctx);
    default:
      return readOdt(zip, ctx);
  }
}
