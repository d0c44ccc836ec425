import { allAttachmentResults, type AttachmentContentResult } from "../../core/attachments/check-attachment";
import type { ReadProgress } from "../../core/attachments/read-all";
import type { AttachmentMismatch } from "../../core/attachments/mismatch";
import { IDENTIFIER_NAMES } from "../../core/check/identifier-names";

/** Reading the attachments in the pane: how far it has gone, done, or that this client cannot give them. */
export type AttachmentReading = { readonly kind: "reading"; readonly progress: ReadProgress } | { readonly kind: "read" } | { readonly kind: "unsupported" };

/** What one attachment's contents showed, in words, for the practitioner (pure; exported for tests). */
export interface AttachmentView {
  readonly name: string;
  /** One plain sentence when the file could not be read (or only in part); else undefined. */
  readonly notRead?: string;
  /** "Carries an NHS number: 943 476 5919 (page 1); …", "About Maisie Thornton (page 1): health, …", one line each. */
  readonly lines: readonly string[];
  /** The wrong-attachment warning for this file, when there is one. */
  readonly mismatch?: string;
}

/** At most this many values of one kind are spelled out; the rest are counted. */
const SHOWN = 3;

function listed(items: readonly string[]): string {
  if (items.length <= SHOWN) return items.join(", ");
  return `${items.slice(0, SHOWN).join(", ")} and ${items.length - SHOWN} more`;
}

/** The identifiers of a file grouped by type: "an NHS number (943 476 5919, page 1)", "2 phone numbers (…)". */
function identifierParts(file: AttachmentContentResult): string[] {
  const byType = new Map<string, { text: string; where: string }[]>();
  for (const i of file.identifiers) {
    const seen = byType.get(i.type) ?? [];
    if (!seen.some((s) => s.text === i.text)) seen.push({ text: i.text, where: i.where });
    byType.set(i.type, seen);
  }
  return [...byType.entries()].map(([type, found]) => {
    const name = IDENTIFIER_NAMES[type as keyof typeof IDENTIFIER_NAMES];
    const values = listed(found.map((f) => (f.where ? `${f.text} (${f.where})` : f.text)));
    return found.length === 1 ? `${name}: ${values}` : `${found.length} ${name.replace(/^an? /, "")}s: ${values}`;
  });
}

/** The people a file is about, each with what it says of them and where it first does. */
function peopleParts(file: AttachmentContentResult): string[] {
  const people = new Map<string, { person: string; where: string; about: string[] }>();
  for (const c of file.caseContent) {
    // An age alone ("age 8" in a form's date-of-birth row) is an identifier, listed above, not a person.
    if (!c.person || /^(aged?|age)\s+\d+$/i.test(c.person.trim())) continue;
    const person = c.person.replace(/['’]s$/, "");
    const key = person.toLowerCase();
    const entry = people.get(key) ?? { person, where: c.where, about: [] };
    const about = c.about.replace(/^special category information \((.+)\)$/, "$1");
    if (!entry.about.includes(about)) entry.about.push(about);
    people.set(key, entry);
  }
  return [...people.values()].map((p) => `${p.person}${p.where ? ` (${p.where})` : ""}: ${listed(p.about)}`);
}

/** Each attachment read (inner files of an attached email after their parent), in words. */
export function attachmentViews(contents: readonly AttachmentContentResult[], mismatches: readonly AttachmentMismatch[] = []): AttachmentView[] {
  return allAttachmentResults(contents).map((file) => {
    const lines: string[] = [];
    const carries = identifierParts(file);
    if (carries.length) lines.push(`Carries ${carries.join("; ")}.`);
    const about = peopleParts(file);
    if (about.length) lines.push(`About ${about.join("; ")}.`);
    const special = [...new Set(file.specialCategory.map((c) => c.category.replace(/-/g, " ")))];
    if (special.length) lines.push(`Special category information: ${listed(special)}.`);
    if (file.read === "text" && !lines.length) lines.push("Nothing about anyone found.");
    const mismatch = mismatches.find((m) => m.name === file.name && m.attachment === file.attachment)?.message;
    return { name: file.name, ...(file.message ? { notRead: file.message } : {}), lines, ...(mismatch ? { mismatch } : {}) };
  });
}

/** The progress line, for the live region: "Reading the attachments on this device: 1 of 2 (referral.pdf)…". */
export function readingText(progress: ReadProgress): string {
  if (progress.done >= progress.total) return `Read ${progress.total === 1 ? "the attachment" : `all ${progress.total} attachments`}.`;
  const which = progress.total === 1 ? "the attachment" : `attachment ${progress.done + 1} of ${progress.total}`;
  return `Reading ${which} on this device${progress.reading ? ` (${progress.reading})` : ""}…`;
}
