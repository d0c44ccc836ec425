import type { CaseContentFinding } from "../content/people/case-content";
import type { AttachmentInput } from "../content/people/attachments";
import type { AttachmentContentResult } from "../attachments/check-attachment";
import type { AttachmentMismatch } from "../attachments/mismatch";
import { shorten as cut } from "../recipients/domain-name";
import type { VerdictPolicy } from "../policy/policy";
import { IDENTIFIER_NAMES } from "./identifier-names";
import type { IdentifierResult, RecipientResult, SentenceResult, Verdict } from "./result";

/** Everything the verdict looks at, already computed. */
export interface VerdictInput {
  recipients: readonly RecipientResult[];
  /** Identifiers in the body. */
  identifiers: readonly IdentifierResult[];
  /** Identifiers in the subject line. */
  subjectIdentifiers: readonly IdentifierResult[];
  /** Statements about an identifiable person, in the body, the subject or an attachment's name. */
  caseContent: readonly CaseContentFinding[];
  attachments: readonly AttachmentInput[];
  /** What the attachments' contents say, when they were read (the task pane, Teams, the CLI; not Send), inner files included. */
  attachmentContents?: readonly AttachmentContentResult[];
  /** Attachments about someone else than the message: held wherever the message goes (the wrong child's form). */
  attachmentMismatches?: readonly AttachmentMismatch[];
  /** Topic words found about nobody in particular (for the "close call" note only). */
  topicWords: readonly string[];
  /** People named, about whom nothing was said (for the "close call" note only). */
  peopleNamed: readonly string[];
  sentences: readonly SentenceResult[];
  policy: VerdictPolicy;
}

export interface VerdictOutcome {
  verdict: Verdict;
  /** Plain-English reasons, most serious first; empty for `pass`. */
  reasons: string[];
}

/**
 * Whether a message needs a decision before it leaves.
 *
 * `review` when it goes to a look-alike or invalid address or to an address shown under another
 * address, or when it leaves the organisation (secure routes included: nhs.net, cjsm.net, police.uk
 * are other organisations) carrying case content: an NHS number, a National Insurance number or a date
 * of birth, a statement about an identifiable person (a name, a relation, an age with something about
 * their life), or a file whose name is a person's or a case record's. Safeguarding vocabulary on its own
 * is not case content: it is these practitioners' everyday language. Sentence flags alone never hold a
 * message unless the policy asks: a practitioner stopped on every "I think" stops reading the warnings.
 */
export function verdictFor(input: VerdictInput): VerdictOutcome {
  const reasons: string[] = [];
  const { recipients, policy } = input;

  for (const r of recipients.filter((x) => x.class === "lookalike")) {
    reasons.push(`${r.address} looks like ${r.imitates ?? "a trusted address"} but is not: check it before anything is sent.`);
  }
  const invalid = recipients.filter((r) => r.class === "invalid");
  if (invalid.length) reasons.push(`${plural(invalid.length, "address is", "addresses are")} not valid: ${list(invalid.map((r) => r.address))}.`);
  for (const r of recipients.filter((x) => x.flags.some((f) => f.kind === "display-name-address") && x.class !== "lookalike" && x.class !== "invalid")) {
    reasons.push(`${r.address} is shown under the name "${shorten(r.displayName ?? "")}", another address: it will go to ${r.address}. Check who it really goes to.`);
  }

  for (const m of input.attachmentMismatches ?? []) reasons.push(m.message);

  const external = recipients.filter((r) => r.class !== "internal");
  const personal = recipients.filter((r) => r.class === "personal");
  const content = caseContentSentence(input);

  if (content && external.length && policy.reviewExternalCaseContent) {
    reasons.push(`It ${content}, and goes outside your organisation to ${destination(external)}.`);
  } else if (content && personal.length && policy.reviewPersonalCaseContent) {
    reasons.push(`It ${content}, and goes to a personal email account (${list(personal.map((r) => r.address))}).`);
  } else if (external.length && policy.reviewAllExternal) {
    reasons.push(`Your organisation asks for a decision on every message that leaves it (${list(external.map((r) => r.address))}).`);
  }

  if (policy.reviewOnSentenceFlags) {
    const flagged = input.sentences.filter((s) => s.flags.includes("unmarked-opinion") || s.flags.includes("unattributed-report"));
    if (flagged.length) reasons.push(`${plural(flagged.length, "sentence mixes", "sentences mix")} opinion or hearsay with fact without saying so.`);
  }

  return { verdict: reasons.length ? "review" : "pass", reasons };
}

/**
 * For a `pass` that was close, one plain sentence each on why it still passed: case content that stays
 * inside the organisation, a person named with nothing said of their life, safeguarding words about
 * nobody in particular. Shown in the task pane; not needed on Send, so kept out of `verdictFor` (and
 * out of the on-send bundle).
 */
export function closeCallsFor(input: VerdictInput, verdict: Verdict): string[] {
  if (verdict !== "pass") return [];
  const external = input.recipients.filter((r) => r.class !== "internal");
  const content = caseContentSentence(input);
  if (content && !external.length) return [`It ${content}, but every recipient is inside your organisation.`];
  const out: string[] = [];
  if (!external.length) return out;
  if (input.peopleNamed.length) out.push(`It names ${list(input.peopleNamed.map((p) => quote(p)), 2)}, but says nothing about their life, so it was not held.`);
  if (input.topicWords.length) out.push(`It mentions ${list(input.topicWords.map((w) => quote(w)), 2)}, but about nobody in particular, so it was not held.`);
  return out;
}

/** What makes the message case content, as the middle of one sentence ("names Alfie and his contact arrangements"), or "". */
function caseContentSentence(input: VerdictInput): string {
  const parts: string[] = [];
  const ids = new Set([...input.identifiers, ...input.subjectIdentifiers].filter((i) => CASE_IDENTIFIERS.has(i.type)).map((i) => IDENTIFIER_NAMES[i.type]));
  if (ids.size) parts.push(`carries ${list([...ids], 4)}`);

  const about = input.caseContent.filter((f) => f.in !== "attachment");
  const first = about.find((f) => f.in === "body" && !f.quoted) ?? about[0];
  if (first) {
    const where = first.in === "subject" ? " in its subject" : first.quoted ? " in the forwarded text" : "";
    parts.push(`is about ${quote(first.person)}${where} (${first.about}: ${quote(first.said)})`);
  }

  const contents = input.attachmentContents ?? [];
  const inFile = fileContentSentence(contents);
  if (inFile) parts.push(inFile);

  const files = input.attachments.filter((a) => !a.isInline);
  // A file already named for what it contains is not named again for its name.
  const namedFiles = files.filter((a) => input.caseContent.some((f) => f.in === "attachment" && f.attachment === input.attachments.indexOf(a)) && !(inFile && contents.some((c) => c.name === a.name)));
  if (namedFiles.length) parts.push(`attaches ${list(namedFiles.map((a) => quote(a.name)), 2)}`);
  else if (files.length && parts.length && !inFile) parts.push(`attaches ${list(files.map((a) => quote(a.name)), 2)}`);
  return parts.join(", ");
}

/** What the first attachment with case content carries, as "attaches 'referral.docx', which carries a date of birth and is about 'Alfie' (…)", or "". */
function fileContentSentence(contents: readonly AttachmentContentResult[]): string {
  const withCase = contents.filter((r) => r.caseContent.length > 0 || r.identifiers.some((i) => CASE_IDENTIFIERS.has(i.type)));
  const file = withCase[0];
  if (!file) return "";
  const bits: string[] = [];
  const ids = new Set(file.identifiers.filter((i) => CASE_IDENTIFIERS.has(i.type)).map((i) => IDENTIFIER_NAMES[i.type]));
  const named = [...ids];
  if (named.length) bits.push(`carries ${named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}` : named[0]}`);
  // What it says about someone, over a bare identifier already named ("is about 'age 8' (identifiers…)").
  const first = file.caseContent.find((c) => c.person && c.about !== "identifiers") ?? file.caseContent[0];
  if (first) bits.push(first.person ? `is about ${quote(first.person)} (${first.about}: ${quote(first.said)})` : `is ${first.about}`);
  const more = withCase.length > 1 ? ` (and ${plural(withCase.length - 1, "other file does", "other files do")} too)` : "";
  return `attaches ${quote(file.name)}, which ${bits.join(named.length > 1 ? ", and " : " and ")}${more}`;
}

/** Identifiers that on their own make a message case content: they identify a person in a case record. */
const CASE_IDENTIFIERS: ReadonlySet<IdentifierResult["type"]> = new Set(["nhs-number", "ni-number", "date-of-birth"]);

/** Where it goes, saying so when a secure route is among them: a secure route is still another organisation. */
function destination(external: readonly RecipientResult[]): string {
  const shown = list(external.map((r) => r.address));
  return external.every((r) => r.class === "secure") ? `${shown} (a secure route, but still another organisation)` : shown;
}

function quote(s: string): string {
  return `'${shorten(s)}'`;
}

/** A name or an address quoted back on one line, cut to a readable length. */
function shorten(s: string): string {
  return cut(s.replace(/\s+/g, " ").trim());
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** A readable list that stays short with 50,000 recipients. */
function list(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
