import type { CaseContentResult, IdentifierResult, PersonMentionResult, SpecialCategoryResult } from "../check/result";
import { searchRegionsFrom } from "../check/regions";
import { findCaseVocabulary } from "../content/case-vocabulary";
import { findIdentifiers } from "../content/identifiers";
import { messagePeople } from "../content/people/message-people";
import { findSpecialCategory } from "../content/special-category";
import { findSkippedRegions } from "../text/skipped-regions";
import type { AttachmentFormat, ExtractedAttachment, TextRegion, UnreadableReason } from "./types";

/** The formats whose text is laid out as an email: quoted replies, signature, disclaimer. */
const MAIL_LIKE: ReadonlySet<AttachmentFormat> = new Set<AttachmentFormat>(["eml", "msg", "txt"]);

/** A finding in an attachment's text, with where it is in the file ("page 2", "sheet “Risks”, row 4"). */
export type InFile<T> = T & { readonly where: string };

/**
 * What one attachment's contents say: the same analysis as the body (identifiers, the people it is about
 * and what it says of them, special category information), each finding placed in the file. Offsets
 * refer to the attachment's extracted text, which is never stored or sent anywhere.
 */
export interface AttachmentContentResult {
  /** The attachment's index in the message's attachments (an inner file of an attached email shares its parent's). */
  readonly attachment: number;
  readonly name: string;
  /** The file's facts for the record, when the caller had its bytes: declared type, size and SHA-256 (never its content). */
  readonly contentType?: string;
  readonly size?: number;
  readonly sha256?: string;
  /** "text" when it was read (perhaps only in part: `truncated`), else why not. */
  readonly read: "text" | "unreadable";
  readonly reason?: UnreadableReason;
  /** For an unreadable file, or one read only in part: one plain sentence for the practitioner. */
  readonly message?: string;
  readonly truncated?: boolean;
  readonly identifiers: InFile<IdentifierResult>[];
  readonly personMentions: InFile<PersonMentionResult>[];
  readonly caseContent: InFile<CaseContentResult>[];
  readonly specialCategory: InFile<SpecialCategoryResult>[];
  /** The files inside this one (an attached email's attachments), checked the same way. */
  readonly inner?: AttachmentContentResult[];
}

/** One attachment's extracted contents, by its place in the message's attachments. */
export interface AttachmentContent {
  readonly attachment: number;
  readonly name: string;
  readonly extracted: ExtractedAttachment;
  /** The file's declared type, size in bytes and SHA-256 (hex), passed through to the result for the record. */
  readonly contentType?: string | undefined;
  readonly size?: number | undefined;
  readonly sha256?: string | undefined;
}

/**
 * Check one attachment's contents. Pure and synchronous (reading the file is `extractAttachment`'s job):
 * the text is analysed like a body — an attached email's quoted replies are searched and marked, its
 * signature is not; a document is searched whole — without recipients or a subject of its own.
 */
export function checkAttachmentContent(content: AttachmentContent): AttachmentContentResult {
  const { attachment, name, extracted } = content;
  const facts = {
    ...(content.contentType !== undefined ? { contentType: content.contentType } : {}),
    ...(content.size !== undefined ? { size: content.size } : {}),
    ...(content.sha256 !== undefined ? { sha256: content.sha256 } : {}),
  };
  if (extracted.kind === "unreadable") {
    return { attachment, name, ...facts, read: "unreadable", reason: extracted.reason, message: extracted.message, identifiers: [], personMentions: [], caseContent: [], specialCategory: [] };
  }
  const text = extracted.text;
  // Quoted replies, a sender's signature and a disclaimer are parts of an email: looked for in an attached
  // email (and a text file, which may be one saved), not in a document, where a closing "Kind regards,
  // Jo Smith, 01707 …" misread as a signature would take the lines above it out of the search.
  const skipped = MAIL_LIKE.has(extracted.format) ? findSkippedRegions(text) : [];
  const regions = searchRegionsFrom(skipped);
  const identifiers = findIdentifiers(text, regions);
  const specialCategory = findSpecialCategory(text, regions);
  const caseVocabulary = findCaseVocabulary(text, regions);
  const people = messagePeople({ body: text, regions, subject: "", attachments: [], from: undefined, recipients: [], specialCategory, caseVocabulary });
  const place = placer(extracted.regions);
  const inner = (extracted.inner ?? []).map((f) => checkAttachmentContent({ attachment, name: `${name} › ${f.name}`, extracted: f.result }));
  return {
    attachment,
    name,
    ...facts,
    read: "text",
    ...(extracted.truncated ? { truncated: true, message: `SafeShare read only the first part of '${name}': check the rest before you send it.` } : {}),
    identifiers: placed(identifiers, place),
    // The body's scan labels its findings "body"; here they are the attachment's.
    personMentions: placed(people.personMentions, place, attachment),
    caseContent: placed(people.caseContent, place, attachment),
    specialCategory: placed(specialCategory, place),
    ...(inner.length ? { inner } : {}),
  };
}

/** Every result of a check, the inner files' after their parent's: what the verdict and the checklist weigh. */
export function allAttachmentResults(results: readonly AttachmentContentResult[]): AttachmentContentResult[] {
  return results.flatMap((r) => [r, ...allAttachmentResults(r.inner ?? [])]);
}

/**
 * The findings with where each is in the file (and, for the people scan's, that they are this
 * attachment's, not the body's). The finders made these objects for this call alone, so they are
 * completed in place: copying a few hundred findings with a spread cost a twentieth of the whole check.
 */
function placed<T extends { start: number }>(items: T[], place: (offset: number) => string, attachment?: number): InFile<T>[] {
  for (const item of items as (T & { where: string; in?: string; attachment?: number })[]) {
    item.where = place(item.start);
    if (attachment !== undefined) {
      item.in = "attachment";
      item.attachment = attachment;
    }
  }
  return items as InFile<T>[];
}

/** Where an offset is in the file, from the extracted regions (sorted by start): a binary search. */
function placer(regions: readonly TextRegion[]): (offset: number) => string {
  return (offset) => {
    let lo = 0;
    let hi = regions.length - 1;
    let found: TextRegion | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = regions[mid]!;
      if (r.start <= offset) {
        found = r;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found?.where ?? "";
  };
}
