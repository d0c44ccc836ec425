import type { ExtractedAttachment } from "../types";
import type { ExtractContext } from "./context";
import { unreadable } from "./messages";

/** Attachments of one email read at most (the rest are listed as not read; the message says 50). */
export const MAX_INNER = 50;

/** The files inside an attached email (.eml or .msg), as they are read one by one. */
export type InnerFiles = { name: string; result: ExtractedAttachment }[];

/**
 * Read one file inside an attached email, the same way for every email format: one level only (deeper
 * files are listed as not read), at most `MAX_INNER` of them, each in its own inner context whose
 * characters count against the email's.
 */
export async function addInnerFile(inner: InnerFiles, ctx: ExtractContext, name: string, read: (innerCtx: ExtractContext) => Promise<ExtractedAttachment>): Promise<void> {
  if (ctx.depth >= 1) {
    inner.push({ name, result: unreadable("unsupported", name, "unknown", { detail: "depth-limit" }) });
    return;
  }
  if (inner.length >= MAX_INNER) {
    inner.push({ name, result: unreadable("too-large", name, "unknown", { detail: "inner-count" }) });
    return;
  }
  const innerCtx = ctx.inner();
  const result = await read(innerCtx);
  ctx.spendChars(ctx.remainingChars - innerCtx.remainingChars);
  inner.push({ name, result });
}
