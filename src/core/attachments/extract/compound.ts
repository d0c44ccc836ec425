import type { StopDetail } from "./context";
import type { UnreadableReason } from "../types";

/**
 * Office's older container (OLE compound file, `D0 CF 11 E0 A1 B1 1A E1`): a password-protected .docx,
 * .xlsx or .pptx (an `EncryptedPackage` stream), an old .doc, .xls or .ppt, or an Outlook .msg. Only the
 * names in its directory are needed to tell them apart, so they are found without parsing the container:
 * each directory entry is a 128-byte record on a 128-byte boundary, its UTF-16 name first and the name's
 * byte length at offset 64. An Outlook message is then read by `msg.ts` through the bounded reader in
 * `cfb.ts` (not npm `cfb`, which follows sector chains without a cycle check: a crafted 5 KB file runs
 * it out of memory, which no caller can catch); the others are said to be unreadable here.
 */

const MARKERS: readonly { readonly name: string; readonly prefix?: boolean; readonly says: CompoundKind }[] = [
  { name: "EncryptedPackage", says: "encrypted" },
  { name: "EncryptionInfo", says: "encrypted" },
  { name: "WordDocument", says: "doc" },
  { name: "Workbook", says: "xls" },
  { name: "Book", says: "xls" },
  { name: "PowerPoint Document", says: "ppt" },
  { name: "__properties_version1.0", says: "msg" },
  { name: "__substg1.0_", prefix: true, says: "msg" },
];

export type CompoundKind = "encrypted" | "doc" | "xls" | "ppt" | "msg";

function nameAt(b: Uint8Array, at: number): string | undefined {
  const length = b[at + 64]! | (b[at + 65]! << 8);
  const type = b[at + 66]!;
  if (length < 2 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) return undefined;
  let s = "";
  for (let k = 0; k < length - 2; k += 2) s += String.fromCharCode(b[at + k]! | (b[at + k + 1]! << 8));
  return s;
}

/** The kinds the directory's names show (every 128-byte record after the 512-byte header is looked at once). */
export function compoundKinds(b: Uint8Array): Set<CompoundKind> {
  const found = new Set<CompoundKind>();
  for (let at = 512; at + 128 <= b.length; at += 128) {
    const name = nameAt(b, at);
    if (name === undefined) continue;
    for (const m of MARKERS) if (m.prefix ? name.startsWith(m.name) : name === m.name) found.add(m.says);
  }
  return found;
}

/**
 * Whether a compound file is an Outlook message, to be read as one. An Outlook message holds its
 * attachments' bytes, whose own names may show (an encrypted .docx attached to it): it is looked for first. A file named .msg whose names show nothing
 * is read as one too (and is malformed if it holds no message).
 */
export function isOutlookMessage(kinds: Set<CompoundKind>, hint: string | undefined): boolean {
  return kinds.has("msg") || (hint === "msg" && kinds.size === 0);
}

/** What SafeShare says of a compound file that is not an Outlook message (`isOutlookMessage` first). */
export function compoundVerdict(kinds: Set<CompoundKind>): { reason: UnreadableReason; detail?: StopDetail } {
  if (kinds.has("encrypted")) return { reason: "encrypted" };
  if (kinds.has("doc")) return { reason: "unsupported", detail: "legacy-doc" };
  if (kinds.has("xls")) return { reason: "unsupported", detail: "legacy-xls" };
  if (kinds.has("ppt")) return { reason: "unsupported", detail: "legacy-ppt" };
  return { reason: "unsupported" };
}
