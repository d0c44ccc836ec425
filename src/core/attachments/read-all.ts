import { sha256 } from "../check/sha256";
import type { AttachmentContent } from "./check-attachment";
import { DEFAULT_LIMITS, extractAttachment } from "./extract";
import { quoted, unreadable } from "./extract/messages";
import type { AttachmentFile, ExtractedAttachment, ExtractLimits } from "./types";

/**
 * Reading every attachment of one message, the same way in the task pane, the Teams share page and the
 * CLI: each file within the per-file caps, the files together within a total, each file's SHA-256 for the
 * record (never its content), and progress reported between files so the pane can show it.
 */

/** Most bytes read across one message's attachments; a file past it is named as not read (Outlook allows ~150 MB per message). */
export const TOTAL_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/**
 * One file to read, by its place in the message's attachments: its bytes, or (in a host that fetches
 * them, as Outlook's `getAttachmentContentAsync` does) its name, declared size and a loader — a file over
 * the caps is then named as not read without being fetched. A loader that fails says why in one sentence.
 */
export type AttachmentToRead =
  | { readonly attachment: number; readonly file: AttachmentFile }
  | {
      readonly attachment: number;
      readonly name: string;
      readonly declaredSize?: number;
      readonly load: () => Promise<AttachmentFile | { readonly notRead: string }>;
    };

/** How far reading has gone: `done` of `total` files, and the file being read next (undefined at the end). */
export interface ReadProgress {
  readonly done: number;
  readonly total: number;
  readonly reading?: string;
}

export interface ReadAllOptions {
  /** The clock (the core never reads the time itself). */
  readonly now: () => number;
  /** Per-file caps and the PDF reader, over `DEFAULT_LIMITS`. */
  readonly limits?: Partial<Omit<ExtractLimits, "now">>;
  /** The total over all files (default `TOTAL_ATTACHMENT_BYTES`). */
  readonly totalBytes?: number;
  /** A faster SHA-256 where the host has one (WebCrypto, Node's crypto), as lowercase hex; the core's otherwise. */
  readonly sha256Hex?: (bytes: Uint8Array) => string | Promise<string>;
  /** Called before each file and once at the end. */
  readonly onProgress?: (progress: ReadProgress) => void;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** The core's SHA-256 of `bytes` as lowercase hex. */
export function sha256HexOf(bytes: Uint8Array): string {
  let out = "";
  for (const b of sha256(bytes)) out += HEX[b];
  return out;
}

function overTotal(name: string, totalBytes: number): ExtractedAttachment {
  const mb = Math.round((totalBytes / 1024 / 1024) * 10) / 10;
  return {
    kind: "unreadable",
    format: "unknown",
    reason: "too-large",
    message: `SafeShare did not read ${quoted(name)}: the attachments together are over ${mb} MB, so check what it contains before you send it.`,
  };
}

/**
 * Read each file's text (files past the total are named as not read; the others are still read and
 * checked) and return what `checkMessage` takes as the message's attachment contents. Never throws for a
 * bad file: `extractAttachment` turns every failure into an unreadable result with a plain sentence.
 */
export async function readAttachmentContents(files: readonly AttachmentToRead[], options: ReadAllOptions): Promise<AttachmentContent[]> {
  const limits: ExtractLimits = { ...DEFAULT_LIMITS, ...options.limits, now: options.now };
  const totalBytes = options.totalBytes ?? TOTAL_ATTACHMENT_BYTES;
  const hash = options.sha256Hex ?? sha256HexOf;
  let total = 0;
  const out: AttachmentContent[] = [];
  for (const [i, entry] of files.entries()) {
    const { attachment } = entry;
    const name = "file" in entry ? entry.file.name : entry.name;
    options.onProgress?.({ done: i, total: files.length, reading: name });
    let file: AttachmentFile;
    if ("file" in entry) file = entry.file;
    else {
      const declared = entry.declaredSize ?? 0;
      if (declared > limits.maxFileBytes) {
        out.push({ attachment, name, extracted: unreadable("too-large", name, "unknown", { size: declared, limits }), size: declared });
        continue;
      }
      if (total + declared > totalBytes) {
        out.push({ attachment, name, extracted: overTotal(name, totalBytes), size: declared });
        continue;
      }
      let loaded: AttachmentFile | { readonly notRead: string };
      try {
        loaded = await entry.load();
      } catch {
        loaded = { notRead: `SafeShare could not get the contents of ${quoted(name)}, so it has not been checked: check what it contains before you send it.` };
      }
      if ("notRead" in loaded) {
        out.push({ attachment, name, extracted: { kind: "unreadable", format: "unknown", reason: "unsupported", message: loaded.notRead }, ...(entry.declaredSize !== undefined ? { size: entry.declaredSize } : {}) });
        continue;
      }
      file = loaded;
    }
    total += file.bytes.length;
    const extracted = total > totalBytes ? overTotal(name, totalBytes) : await extractAttachment(file, limits);
    out.push({ attachment, name, extracted, contentType: file.contentType, size: file.bytes.length, sha256: await hash(file.bytes) });
  }
  options.onProgress?.({ done: files.length, total: files.length });
  return out;
}
