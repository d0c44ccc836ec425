import type { AttachmentFile, AttachmentFormat, ExtractedAttachment, ExtractLimits } from "../types";
import { compoundKinds, compoundVerdict, isOutlookMessage } from "./compound";
import { ExtractContext, ExtractStop } from "./context";
import { hasPdfHeaderNearStart, looksLikeEmail, looksLikeText, magicOf, nameHint, type NameHint } from "./detect";
import { readEml } from "./eml";
import { unreadable } from "./messages";
import { readMsg } from "./msg";
import { readZipDocument } from "./office-zip";
import { TextFull } from "./parts";
import { readPdf } from "./pdf";
import { readCsv, readText } from "./plain-text";
import { readRtf } from "./rtf";

/**
 * Reading an attachment's text on the device (the text never leaves it). `extractAttachment` never
 * throws and never hangs: every loop is bounded by the file's length or a cap, and the injected clock is
 * read between parts. The format comes from the bytes first (magic numbers) and the name or declared
 * type second.
 */

export { MAX_PDF_PAGES, readPdf } from "./pdf";

/** The caps SafeShare reads with unless the caller says otherwise (the clock is always the caller's). */
export const DEFAULT_LIMITS: Omit<ExtractLimits, "now"> = {
  maxFileBytes: 25 * 1024 * 1024,
  maxTextChars: 2_000_000,
  maxUnzippedBytes: 100 * 1024 * 1024,
  maxZipRatio: 200,
  maxZipEntries: 5_000,
  maxXmlDepth: 256,
  timeBudgetMs: 3_000,
};

/** Reads one attachment: its text and where each part is, or why it could not be read. */
export async function extractAttachment(file: AttachmentFile, limits: ExtractLimits): Promise<ExtractedAttachment> {
  const name = typeof file?.name === "string" ? file.name : "";
  try {
    const start = limits.now();
    return await extractAt(file, new ExtractContext(limits, start + limits.timeBudgetMs, 0));
  } catch (e) {
    if (e instanceof ExtractStop) return unreadable(e.reason, name, "unknown", { detail: e.detail });
    return unreadable("malformed", name, "unknown");
  }
}

function formatOfHint(hint: NameHint | undefined): AttachmentFormat | "image" | "unknown" {
  switch (hint) {
    case undefined:
    case "zip":
    case "doc":
    case "xls":
    case "ppt":
    case "opendocument-other":
      return "unknown";
    default:
      return hint;
  }
}

/** Reads one file within a reading (an attached email's attachments come back here one level down). */
async function extractAt(file: AttachmentFile, ctx: ExtractContext): Promise<ExtractedAttachment> {
  const name = typeof file?.name === "string" ? file.name : "";
  const bytes = file?.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(0);
  const hint = nameHint(name, typeof file?.contentType === "string" ? file.contentType : undefined);
  const known = { format: formatOfHint(hint) };
  try {
    ctx.check();
    if (bytes.length > ctx.limits.maxFileBytes) {
      return unreadable("too-large", name, known.format, { size: bytes.length, limits: ctx.limits });
    }
    switch (magicOf(bytes)) {
      case "image":
        return unreadable("image", name, "image");
      case "pdf":
        return await readPdf({ ...file, name, bytes }, ctx);
      case "zip":
        return readZipDocument(bytes, name, hint, ctx, known);
      case "cfb": {
        const kinds = compoundKinds(bytes);
        if (isOutlookMessage(kinds, hint)) {
          known.format = "msg";
          return await readMsg(bytes, ctx, extractAt);
        }
        const verdict = compoundVerdict(kinds);
        const format = hint === "docx" || hint === "xlsx" || hint === "pptx" ? hint : "unknown";
        return unreadable(verdict.reason, name, format, { detail: verdict.detail });
      }
      case "rtf":
        known.format = "rtf";
        return readRtf(bytes, ctx);
    }
    if (hint === "pdf" || hasPdfHeaderNearStart(bytes)) return await readPdf({ ...file, name, bytes }, ctx);
    if (hint === "image") return unreadable("image", name, "image");
    if (hint === "eml" || (hint === undefined && looksLikeEmail(bytes))) {
      known.format = "eml";
      return await readEml(bytes, ctx, extractAt);
    }
    if (looksLikeText(bytes, hint === "txt" || hint === "csv")) {
      // A renamed text file is still text, whatever its name says.
      if (hint === "csv") {
        known.format = "csv";
        return readCsv(bytes, ctx);
      }
      known.format = "txt";
      return readText(bytes, ctx);
    }
    if (hint === "docx" || hint === "xlsx" || hint === "pptx" || hint === "odt" || hint === "rtf" || hint === "msg") {
      return unreadable("malformed", name, hint);
    }
    if (hint === "doc" || hint === "xls" || hint === "ppt") return unreadable("malformed", name, "unknown");
    return unreadable("unsupported", name, "unknown");
  } catch (e) {
    if (e instanceof ExtractStop) return unreadable(e.reason, name, known.format, { detail: e.detail });
    if (e instanceof TextFull) return unreadable("too-large", name, known.format);
    return unreadable("malformed", name, known.format);
  }
}
