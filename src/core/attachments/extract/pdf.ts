import type { AttachmentFile, ExtractedAttachment, PdfText } from "../types";
import type { ExtractContext } from "./context";
import { unreadable } from "./messages";
import { PartsBuilder, readUntilFull } from "./parts";

/**
 * A PDF's text layer, one part per page ("page 3"). The PDF itself is read by the host's reader
 * (`ExtractLimits.readPdf`: a PDF library loaded only when a PDF is attached, off the main thread); the
 * core asks it for at most `MAX_PDF_PAGES` pages and the characters left, gives it the deadline, and
 * turns what it says into text and regions or a plain reason: no reader (or one that could not start) →
 * unsupported, no text on any page → a scan, a password → encrypted, a reader that cannot open it →
 * damaged. What the reader hands back is checked, not trusted: anything but the shapes of `PdfText`
 * counts as a damaged file.
 */

/** Most pages of one PDF read (a 2,000-page PDF is a book, not a referral; the rest are said to be unread). */
export const MAX_PDF_PAGES = 2_000;

/** Control characters a PDF's text layer may carry for glyphs with no Unicode value (kept: tab and line break). */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

export async function readPdf(file: AttachmentFile, ctx: ExtractContext): Promise<ExtractedAttachment> {
  const reader = ctx.limits.readPdf;
  if (typeof reader !== "function") return unreadable("unsupported", file.name, "pdf");
  ctx.check();
  let got: PdfText | undefined;
  try {
    got = await reader(file.bytes, { maxPages: MAX_PDF_PAGES, maxChars: ctx.remainingChars, deadline: ctx.deadline, now: ctx.limits.now });
  } catch {
    got = undefined;
  }
  if (ctx.limits.now() > ctx.deadline) return unreadable("timeout", file.name, "pdf");
  switch (got?.kind) {
    case "pages":
      return pagesOf(got, file.name, ctx);
    case "encrypted":
    case "timeout":
    case "too-large":
      return unreadable(got.kind, file.name, "pdf");
    case "unavailable":
      return unreadable("unsupported", file.name, "pdf");
    default:
      return unreadable("malformed", file.name, "pdf");
  }
}

function pagesOf(got: PdfText & { kind: "pages" }, name: string, ctx: ExtractContext): ExtractedAttachment {
  const pages: unknown = got.pages;
  if (!Array.isArray(pages) || pages.length === 0 || pages.length > MAX_PDF_PAGES) return unreadable("malformed", name, "pdf");
  const texts: string[] = [];
  let blank = true;
  for (const page of pages) {
    ctx.tick();
    if (typeof page !== "string") return unreadable("malformed", name, "pdf");
    const text = page.replace(/\r\n?/g, "\n").replace(CONTROLS, "");
    if (blank && text.trim().length > 0) blank = false;
    texts.push(text);
  }
  // No page with any text: the pages are pictures (a scan), whatever the reader was told to skip.
  if (blank) return unreadable("scanned", name, "pdf");
  const parts = new PartsBuilder(ctx);
  readUntilFull(() => texts.forEach((text, i) => parts.add(text, `page ${i + 1}`)));
  if (got.truncated === true) parts.markTruncated();
  return parts.result("pdf");
}
