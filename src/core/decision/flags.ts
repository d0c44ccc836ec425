import { IDENTIFIER_NAMES } from "../check/identifier-names";
import { IDENTIFIER_TYPES } from "../check/result";
import { z } from "zod";
import type { Analysis, AnalysisAttachment } from "./analysis";
import type { Principle } from "./vocabulary";

/**
 * The flags the analysis raises for step 6 ("right information, right way"), each tied to the
 * principle it threatens. A flag must be fixed, or overridden with a reason, before its principle can be
 * confirmed. Flags carry kinds and character spans, never the flagged words of the message: the record
 * keeps what the guidance asks for and no more (an acronym such as CAMHS is not personal data; an NHS
 * number is).
 */

/** Recipient classes that are not a secure route. */
export const UNSECURED_CLASSES = ["unverified", "personal", "lookalike", "invalid"] as const;

const spanFields = { start: z.number().int().min(0), end: z.number().int().min(0) };

/** One flag raised by the analysis. */
export const RaisedFlagSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("recipient-class"), id: z.string(), address: z.string(), class: z.enum(UNSECURED_CLASSES) }),
  z.strictObject({
    kind: z.literal("recipient-warning"),
    id: z.string(),
    address: z.string(),
    warning: z.enum(["distribution-list", "large-audience", "greeting-mismatch", "first-time-recipient", "display-name-address", "external-user"]),
  }),
  z.strictObject({
    kind: z.literal("identifier"),
    id: z.string(),
    identifierType: z.enum(IDENTIFIER_TYPES),
    quoted: z.boolean(),
    ...spanFields,
  }),
  z.strictObject({ kind: z.literal("sentence"), id: z.string(), flag: z.enum(["unmarked-opinion", "unattributed-report", "evaluative-label"]), ...spanFields }),
  z.strictObject({ kind: z.literal("acronym"), id: z.string(), acronym: z.string().max(40), ...spanFields }),
  /** An identifier in an attachment's contents: one flag per file and kind ("a date of birth in 'chronology.docx'"), not per occurrence. */
  z.strictObject({ kind: z.literal("attachment-identifier"), id: z.string(), attachment: z.number().int().nonnegative(), name: z.string().max(255), identifierType: z.enum(IDENTIFIER_TYPES), count: z.number().int().positive() }),
  /** An attachment SafeShare could not read (a picture, a scan, a password-protected file): the practitioner checks what it contains. */
  z.strictObject({ kind: z.literal("attachment-unreadable"), id: z.string(), attachment: z.number().int().nonnegative(), name: z.string().max(255) }),
  /** An attachment about someone else than the message (another child's NHS number or name): the misdirected attachment. */
  z.strictObject({ kind: z.literal("attachment-mismatch"), id: z.string(), attachment: z.number().int().nonnegative(), name: z.string().max(255), message: z.string().max(600) }),
]);
export type RaisedFlag = z.infer<typeof RaisedFlagSchema>;

/**
 * An address that may not be the person it seems: a look-alike of a trusted domain, an invalid address, or a
 * display name that is a different address. A reason cannot make it the right person, and encryption does
 * not either ([secure] delivers the message safely to the wrong person): only correcting the address, or
 * the recipient confirming it by another channel, lets the share go on (seed 002: "Ensure you are giving the
 * right information to the right person").
 */
export function isRiskyAddressFlag(flag: RaisedFlag): flag is Extract<RaisedFlag, { kind: "recipient-class" | "recipient-warning" }> {
  return (flag.kind === "recipient-class" && (flag.class === "lookalike" || flag.class === "invalid")) || (flag.kind === "recipient-warning" && flag.warning === "display-name-address");
}

/** The principle each flag threatens: where in step 6 it is listed. */
export function flagPrinciple(flag: RaisedFlag): Principle {
  switch (flag.kind) {
    case "recipient-class":
      return "secure";
    case "recipient-warning":
      // A list or a large audience is a need-to-know question; the rest ask "is this the right person?"
      return flag.warning === "distribution-list" || flag.warning === "large-audience" ? "necessary" : "secure";
    case "identifier":
    case "attachment-identifier":
      return "necessary";
    case "attachment-unreadable":
    case "attachment-mismatch":
      // Is it the right file, about the right person? (the misdirected-attachment mistake)
      return "relevant";
    case "sentence":
      return "accurate";
    case "acronym":
      return "adequate";
  }
}

/** What to ask the practitioner about a flag, in plain English (the seeds' words where they have them). */
export function flagQuestion(flag: RaisedFlag): string {
  switch (flag.kind) {
    case "recipient-class":
      if (flag.class === "lookalike") return `${flag.address} looks like a trusted address but is not one: correct it, or confirm with the recipient by phone or in person that it is theirs. Sending it securely would not help: it would reach the wrong person safely.`;
      if (flag.class === "invalid") return `${flag.address} is not a valid address: correct it before sending.`;
      return `${flag.address} is ${flag.class === "personal" ? "a personal (webmail) address" : "not known to be secure"}: use a secure route (for example add [secure] to the subject when sending from NHSmail, or your organisation's encryption option), or remove it.`;
    case "recipient-warning":
      if (flag.warning === "display-name-address") return `${flag.address} is shown under the name of a different address: correct it, or confirm with the recipient by phone or in person that it is theirs.`;
      return flag.warning === "distribution-list" || flag.warning === "large-audience"
        ? `${flag.address}: does everyone on it need to know?`
        : `${flag.address}: check this is the right person (${flag.warning.replace(/-/g, " ")}).`;
    case "identifier":
      return `The message contains ${IDENTIFIER_NAMES[flag.identifierType]}${flag.quoted ? " (in the quoted reply)" : ""}: is it needed?`;
    case "sentence":
      return flag.flag === "unmarked-opinion"
        ? "An opinion is not marked as opinion: mark it (\"In my view…\") or state what was seen."
        : flag.flag === "unattributed-report"
          ? "A report does not say who said it: attribute it, or check it."
          : "A judgement word describes a person: describe the behaviour seen instead.";
    case "acronym":
      return `${flag.acronym} is not spelled out at first use: expand it for readers in other agencies.`;
    case "attachment-identifier":
      return `The attachment '${flag.name}' contains ${IDENTIFIER_NAMES[flag.identifierType]}${flag.count > 1 ? ` (${flag.count} times)` : ""}: is it needed?`;
    case "attachment-mismatch":
      return `${flag.message} Attach the right one, or say why this one belongs with it.`;
    case "attachment-unreadable":
      return `SafeShare could not read the attachment '${flag.name}': check it is the right file, about the right person, and holds only what is needed.`;
  }
}

/** Every flag the analysis raises, in the order the task pane lists them, each with a stable id. */
export function raisedFlagsFrom(analysis: Analysis): RaisedFlag[] {
  const flags: RaisedFlag[] = [];
  for (const r of analysis.recipients) {
    if ((UNSECURED_CLASSES as readonly string[]).includes(r.class)) {
      flags.push({ kind: "recipient-class", id: `recipient:${r.address}`, address: r.address, class: r.class as (typeof UNSECURED_CLASSES)[number] });
    }
    for (const f of r.flags) {
      flags.push({ kind: "recipient-warning", id: `recipient-warning:${f.kind}:${r.address}`, address: r.address, warning: f.kind });
    }
  }
  for (const i of analysis.identifiers) {
    flags.push({ kind: "identifier", id: `identifier:${i.type}:${i.start}-${i.end}`, identifierType: i.type, quoted: i.quoted, start: i.start, end: i.end });
  }
  for (const s of analysis.sentences) {
    for (const f of s.flags) {
      // Acronyms are listed once, from the acronym list, not again per sentence.
      if (f === "acronym") continue;
      flags.push({ kind: "sentence", id: `sentence:${f}:${s.start}-${s.end}`, flag: f, start: s.start, end: s.end });
    }
  }
  for (const a of analysis.acronyms) {
    // An acronym the glossary explains is still unexplained to the reader until the message spells it out.
    flags.push({ kind: "acronym", id: `acronym:${a.text}:${a.start}-${a.end}`, acronym: a.text.slice(0, 40), start: a.start, end: a.end });
  }
  for (const file of flatAttachments(analysis.attachmentContents ?? [])) {
    const key = `${file.attachment}:${file.name}`;
    if (file.read === "unreadable") {
      flags.push({ kind: "attachment-unreadable", id: `attachment-unreadable:${key}`, attachment: file.attachment, name: file.name.slice(0, 255) });
      continue;
    }
    const counts = new Map<(typeof IDENTIFIER_TYPES)[number], number>();
    for (const i of file.identifiers) counts.set(i.type, (counts.get(i.type) ?? 0) + 1);
    for (const [type, count] of counts) {
      flags.push({ kind: "attachment-identifier", id: `attachment-identifier:${type}:${key}`, attachment: file.attachment, name: file.name.slice(0, 255), identifierType: type, count });
    }
  }
  for (const m of analysis.attachmentMismatches ?? []) {
    flags.push({ kind: "attachment-mismatch", id: `attachment-mismatch:${m.kind}:${m.attachment}:${m.name}`, attachment: m.attachment, name: m.name.slice(0, 255), message: m.message.slice(0, 600) });
  }
  // Ids are unique by construction except for a recipient addressed twice (To and Cc): keep the first.
  const seen = new Set<string>();
  return flags.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}

/** An analysis's attachments with the files inside them (an attached email's), parents first. */
function flatAttachments(list: readonly AnalysisAttachment[]): AnalysisAttachment[] {
  return list.flatMap((a) => [a, ...flatAttachments(a.inner ?? [])]);
}
