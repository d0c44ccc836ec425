import PostalMime from "postal-mime";
import { htmlToText } from "../../text/html-to-text";
import type { AttachmentFile, ExtractedAttachment, ReadableAttachment } from "../types";
import { ExtractStop, type ExtractContext } from "./context";
import { addInnerFile, type InnerFiles } from "./inner-files";
import { PartsBuilder, readUntilFull } from "./parts";

/**
 * An attached email (.eml, RFC 822) read with postal-mime (pure JS, no DOM or Node): its subject and its
 * text (the plain-text part, else the HTML part as text), then its own attachments, each read by the same
 * function one level down. An email attached to an attached email is read, but its attachments are only
 * listed as not read: SafeShare reads one level of attachments.
 */

export type ReadInner = (file: AttachmentFile, ctx: ExtractContext) => Promise<ExtractedAttachment>;

/** Lines starting "--" (MIME boundaries) one email may have: postal-mime's time grows with its parts. */
const MAX_BOUNDARY_LINES = 5_000;

/** Counts lines that start with "--", stopping once past the cap. */
function boundaryLines(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0x0a && bytes[i + 1] === 0x2d && bytes[i + 2] === 0x2d && ++count > MAX_BOUNDARY_LINES) break;
  }
  return count;
}

export async function readEml(bytes: Uint8Array, ctx: ExtractContext, readInner: ReadInner): Promise<ReadableAttachment> {
  if (boundaryLines(bytes) > MAX_BOUNDARY_LINES) throw new ExtractStop("bomb", "entries");
  const email = await PostalMime.parse(bytes, {
    forceRfc822Attachments: true,
    attachmentEncoding: "arraybuffer",
    maxNestingDepth: 64,
    maxHeadersSize: 1024 * 1024,
  });
  ctx.check();
  const parts = new PartsBuilder(ctx);
  readUntilFull(() => {
    if (email.subject) parts.add(email.subject, "the attached email's subject");
    const text = email.text && email.text.trim().length > 0 ? email.text : email.html ? htmlToText(email.html) : "";
    parts.add(text, "the attached email's text");
  });
  const result = parts.result("eml");
  const inner: InnerFiles = [];
  let index = 0;
  for (const a of email.attachments) {
    index++;
    const name = a.filename ?? (a.mimeType === "message/rfc822" ? `attached email ${index}.eml` : `attachment ${index}`);
    const content = a.content;
    const data = typeof content === "string" ? new Uint8Array(0) : content instanceof Uint8Array ? content : new Uint8Array(content);
    await addInnerFile(inner, ctx, name, (innerCtx) => readInner({ name, contentType: a.mimeType, bytes: data }, innerCtx));
  }
  return inner.length > 0 ? { ...result, inner } : result;
}
