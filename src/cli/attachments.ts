import { createHash } from "node:crypto";
import { z } from "zod";
import type { AttachmentContent } from "../core/attachments/check-attachment";
import { type AttachmentToRead, readAttachmentContents } from "../core/attachments/read-all";
import type { AttachmentFile } from "../core/attachments/types";
import { AttachmentInputSchema, type MessageInput } from "../core/check/message";
import { UsageError, type CliIO } from "./io";
import { nodePdfReader } from "./pdf-reader";

/**
 * Attachments given to `safeshare check` with their contents: `--attach FILE` (repeatable) or a `--jsonl`
 * line's `attachments: [{"name", "contentType", "base64"}]`. Each is read on this machine with the same
 * extractors as the task pane (`extractAttachment`); the contents are never written anywhere, only what
 * the analysis found in them.
 */

export { TOTAL_ATTACHMENT_BYTES } from "../core/attachments/read-all";

/** PDF.js in a worker thread, started when the first PDF is read (most checks have none). */
const PDF_READER = nodePdfReader();

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** One attachment in a `--jsonl` line: the name and type the core reads, and optionally the file's bytes as base64. */
export const AttachmentLineSchema = AttachmentInputSchema.extend({
  contentType: z.string().max(255).optional(),
  /** The file, base64 (RFC 4648, no line breaks); at most ~27 MB once decoded. */
  base64: z.string().max(36_000_000).regex(BASE64, { message: "must be base64 (A–Z, a–z, 0–9, +, /, = padding; no line breaks)" }).optional(),
});
export type AttachmentLine = z.infer<typeof AttachmentLineSchema>;

/** A file's name without its folders (Windows or POSIX). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** Read each `--attach FILE`: its bytes, or a usage error naming the file that could not be read. */
export async function attachFiles(io: CliIO, paths: readonly string[]): Promise<AttachmentFile[]> {
  const out: AttachmentFile[] = [];
  for (const path of paths) {
    try {
      out.push({ name: baseName(path), bytes: await io.readFileBytes(path) });
    } catch (error) {
      throw new UsageError(`cannot read attachment '${path}': ${(error as Error).message}`);
    }
  }
  return out;
}

/** The files of a `--jsonl` line that carry their bytes, by their place in the line's attachments. */
export function filesOfLine(attachments: readonly AttachmentLine[]): { attachment: number; file: AttachmentFile }[] {
  return attachments.flatMap((a, attachment) => (a.base64 === undefined ? [] : [{ attachment, file: { name: a.name, contentType: a.contentType, bytes: new Uint8Array(Buffer.from(a.base64, "base64")) } }]));
}

/** The message's attachments as the core reads them (name, size, type), without the bytes. */
export function attachmentInputs(attachments: readonly AttachmentLine[]): NonNullable<MessageInput["attachments"]> {
  return attachments.map((a) => {
    const { base64: _b, contentType: _c, ...input } = a;
    void _b;
    void _c;
    return input;
  });
}

/**
 * Read each file's text, within the per-file caps (`DEFAULT_LIMITS`) and the total over the message
 * (`TOTAL_ATTACHMENT_BYTES`), as the task pane does (`readAttachmentContents`); Node's crypto hashes.
 */
export async function readContents(files: readonly AttachmentToRead[], now: () => number = () => performance.now()): Promise<AttachmentContent[]> {
  return readAttachmentContents(files, { now, sha256Hex: (bytes) => createHash("sha256").update(bytes).digest("hex"), limits: { readPdf: PDF_READER } });
}
