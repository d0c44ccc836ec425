import type { CaseContentResult, IdentifierResult, PersonMentionResult } from "../check/result";
import type { AttachmentContentResult } from "./check-attachment";

/**
 * The misdirected attachment: the message is about one person and a file attached to it about another
 * ("Alfie's safety plan" with Maisie's referral form attached), the mistake peers warn about. Pure: it
 * compares what the body and subject name with what each file's contents name.
 */
export interface AttachmentMismatch {
  readonly attachment: number;
  readonly name: string;
  readonly kind: "nhs-number" | "person";
  /** One plain sentence for the practitioner. */
  readonly message: string;
}

/** What the message itself says (its new text and subject; not the quoted chain, which may be about anyone). */
export interface MessageSubjects {
  readonly identifiers: readonly Pick<IdentifierResult, "type" | "text" | "quoted">[];
  readonly subjectIdentifiers: readonly Pick<IdentifierResult, "type" | "text">[];
  readonly personMentions: readonly Pick<PersonMentionResult, "kind" | "text" | "in" | "quoted">[];
}

const TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "master"]);

/** The words of a person's name that can match another writing of it: "Mr Alfie Turner's" → alfie, turner. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[\s,.;:()[\]"“”!?/]+/)
    .filter((w) => w.length > 1 && !TITLES.has(w.replace(/\.$/, "")));
}

const digits = (s: string): string => s.replace(/\D/g, "");
const isName = (kind: PersonMentionResult["kind"]): boolean => kind === "name" || kind === "title-name";

/**
 * The attachments whose contents are about someone else than the message: a file whose NHS numbers are
 * none of the message's, or one whose statements about people name nobody the message names. Silent
 * when the message names no one (nothing to compare) or the file says nothing about anyone by name.
 */
export function attachmentMismatches(message: MessageSubjects, files: readonly AttachmentContentResult[], textOf: (file: AttachmentContentResult) => string | undefined = () => undefined): AttachmentMismatch[] {
  const ownNhs = new Set(
    [...message.identifiers.filter((i) => !i.quoted), ...message.subjectIdentifiers].filter((i) => i.type === "nhs-number").map((i) => digits(i.text)),
  );
  const ownNames = message.personMentions.filter((m) => isName(m.kind) && !m.quoted && (m.in === "body" || m.in === "subject")).map((m) => m.text);
  const ownWords = new Set(ownNames.flatMap(nameWords));
  const out: AttachmentMismatch[] = [];
  for (const file of files) {
    if (file.read !== "text") continue;
    const fileNhs = [...new Set(file.identifiers.filter((i) => i.type === "nhs-number").map((i) => i.text))];
    if (ownNhs.size > 0 && fileNhs.length > 0 && !fileNhs.some((n) => ownNhs.has(digits(n)))) {
      const own = [...ownNhs][0] ?? "";
      out.push({ attachment: file.attachment, name: file.name, kind: "nhs-number", message: `The message gives the NHS number ${own.replace(/^(\d{3})(\d{3})(\d{4})$/, "$1 $2 $3")}, but '${file.name}' has ${fileNhs[0]}: check it is the right file.` });
      continue;
    }
    const fileNames = namedPeople(file.caseContent, file.personMentions);
    // Any name the file gives that shares a word with the message's ("Ms Clarke" and "Maisie Clarke") is a
    // match, and so is the message's name written anywhere in the file (a form's "Name: Alfie Turner").
    const fileWords = new Set(file.personMentions.filter((m) => isName(m.kind)).flatMap((m) => nameWords(m.text)));
    for (const w of capitalisedWords(textOf(file) ?? "")) fileWords.add(w);
    if (ownWords.size > 0 && fileNames.length > 0 && ![...ownWords].some((w) => fileWords.has(w))) {
      out.push({ attachment: file.attachment, name: file.name, kind: "person", message: `The message is about '${(ownNames[0] ?? "").replace(/['’]s$/, "")}', but '${file.name}' is about '${fileNames[0]}': check it is the right file.` });
    }
  }
  return out;
}

/** The people a file says something about, by name (not "Mum" or "the child": those match anyone). */
function namedPeople(caseContent: readonly Pick<CaseContentResult, "person">[], mentions: readonly Pick<PersonMentionResult, "kind" | "text">[]): string[] {
  const nameWordsSeen = new Set(mentions.filter((m) => isName(m.kind)).flatMap((m) => nameWords(m.text)));
  return [...new Set(caseContent.map((c) => c.person).filter((p) => nameWords(p).some((w) => nameWordsSeen.has(w))))];
}

/** The capitalised words of a text, lower-cased ("Name: Maisie Clarke" → name, maisie, clarke): where a name can be written. */
function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b[A-Z][A-Za-z'’-]+/g)) out.add(m[0].toLowerCase().replace(/['’]s$/, ""));
  return out;
}
