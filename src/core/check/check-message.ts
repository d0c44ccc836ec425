import { segmentSentences } from "../text";
import { classifySentence } from "../content/kinds";
import { findAcronyms } from "../content/acronyms";
import { firstStartingAtOrAfter } from "../text/span-search";
import type { MessageInput } from "./message";
import type { AcronymResult, CheckResult, Cue, PersonMentionResult, SentenceResult } from "./result";
import { spansOutside } from "./regions";
import { closeCallsFor, verdictFor } from "./verdict";
import { verdictInputOf } from "./verdict-of";
import { type CheckContext, verdictInputs } from "./verdict-inputs";
import { allAttachmentResults, type AttachmentContent, checkAttachmentContent } from "../attachments/check-attachment";
import { attachmentMismatches } from "../attachments/mismatch";
import { findPersonMentions } from "../content/people/person-mentions";
import { GROUP_ENDINGS } from "../content/people/mention-cues";
import { professionalNames } from "../content/people/message-people";
import { findGreeting } from "../recipients/greeting";

export type { CheckContext } from "./verdict-inputs";

/**
 * Check one outgoing message: who it goes to, what it says, and whether it needs a decision before it
 * leaves. Pure and synchronous: the same function runs in the task pane, Teams and the CLI (Outlook's
 * on-send handler runs `checkVerdict`, which gives the same verdict without the sentence analysis). The
 * body never leaves the device. `contents` are the attachments' extracted texts, when the host read them
 * (the on-send handler reads names and types only).
 */
export function checkMessage(message: MessageInput, context: CheckContext, contents: readonly AttachmentContent[] = []): CheckResult {
  const inputs = verdictInputs(message, context);
  const { body, skipped, recipients, identifiers, specialCategory, people } = inputs;

  const acronyms = findAcronyms(body, spansOutside(body.length, skipped));
  const sentences = segmentSentences(body, skipped)
    .filter((s) => s.role === "sentence")
    .map((s) => sentenceResult(body, s.start, s.end, acronyms));

  // The attachments' contents, when the host could read them (`extractAttachment`): weighed like the body.
  const attachmentContents = contents.map(checkAttachmentContent);
  const verdictInput = verdictInputOf(inputs, sentences);
  const mismatches = attachmentContents.length ? attachmentMismatches({ identifiers, subjectIdentifiers: people.subject.identifiers, personMentions: [...people.personMentions, ...namesInNewText(message, inputs)] }, allAttachmentResults(attachmentContents), textOfFile(contents)) : [];
  if (attachmentContents.length) verdictInput.attachmentContents = allAttachmentResults(attachmentContents);
  if (mismatches.length) verdictInput.attachmentMismatches = mismatches;
  const verdict = verdictFor(verdictInput);
  const closeCalls = closeCallsFor(verdictInput, verdict.verdict);

  const result: CheckResult = {
    verdict: verdict.verdict,
    verdictReasons: verdict.reasons,
    verdictSummary: verdict.reasons[0] ?? closeCalls[0] ?? "",
    closeCalls,
    recipients,
    sentences,
    identifiers,
    acronyms,
    specialCategory,
    skipped,
    personMentions: people.personMentions,
    caseContent: people.caseContent,
    subjectFindings: people.subject,
  };
  if (people.listsStopped) result.peopleListsStopped = true;
  if (attachmentContents.length) result.attachmentContents = attachmentContents;
  if (mismatches.length) result.attachmentMismatches = mismatches;
  // Object.assign rather than object spread: esbuild lowers spread for ES2016 to a helper that calls
  // Object.getOwnPropertyDescriptors, which is ES2017. `id` stays the first key, as before.
  return message.id === undefined ? result : Object.assign({ id: String(message.id) }, result);
}

/** One labelled sentence, with cue offsets moved into the body and the acronym flag added. */
function sentenceResult(body: string, start: number, end: number, acronyms: readonly AcronymResult[]): SentenceResult {
  const text = body.slice(start, end);
  const c = classifySentence(text);
  // Explicit object literals rather than `{ ...cue }`: the ES2016 bundles lower object spread to a helper
  // call per cue, which showed up in profiles of long messages. Same keys, same order.
  const cues: Cue[] = c.cues.map((cue) => ({ start: cue.start + start, end: cue.end + start, text: cue.text, rule: cue.rule, why: cue.why }));
  const flags = [...c.flags];
  // Acronyms are sorted by start: jump to the first that can lie inside this sentence (a binary search),
  // so the cost per sentence does not grow with the number of acronyms in the whole message.
  for (let k = firstStartingAtOrAfter(acronyms, start); k < acronyms.length; k++) {
    const a = acronyms[k]!;
    if (a.start >= end) break;
    if (a.end <= end) {
      cues.push({
        start: a.start,
        end: a.end,
        text: a.text,
        rule: "acronym",
        why: a.expansion
          ? `'${a.text}' is not spelled out: other agencies may not know it means ${a.expansion}.`
          : `'${a.text}' is not spelled out: write it in full the first time.`,
      });
      if (!flags.includes("acronym")) flags.push("acronym");
    }
  }
  cues.sort((x, y) => x.start - y.start);
  return { start, end, text, kind: c.kind, cues, flags };
}


/**
 * The people the message's own new text names, whether or not it says anything about them ("the updated
 * plan for Alfie Turner"): what an attachment is compared with (`attachmentMismatches`). Professionals
 * (the sender, the recipients, the greeting) are left out, as in the case-content scan.
 */
function namesInNewText(message: MessageInput, inputs: ReturnType<typeof verdictInputs>): PersonMentionResult[] {
  const { body, skipped, recipients } = inputs;
  const end = skipped[0]?.start ?? body.length;
  const greeting = findGreeting(body)?.names ?? [];
  const professional = professionalNames({ body, regions: inputs.searchRegions, subject: message.subject ?? "", attachments: [], from: message.from, recipients, specialCategory: [], caseVocabulary: [] }, greeting);
  const found = findPersonMentions(body, { start: 0, end }, { professionalNames: professional })
    .filter((m) => m.kind === "name" || m.kind === "title-name")
    .map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, weight: m.weight, in: "body" as const, quoted: false }));
  // "the plan for Alfie Turner", "Alfie's safety plan": the person a document is for, which names a child
  // even where no statement about them does. Only for comparing with the files; never a finding of its own.
  const taken = new Set(found.map((m) => m.start));
  const isProfessional = (name: string) => name.toLowerCase().split(/\s+/).some((w) => professional.has(w));
  for (const re of [DOCUMENT_FOR, DOCUMENT_OF]) {
    for (const m of body.slice(0, end).matchAll(re)) {
      const name = m[1]!;
      const start = (m.index ?? 0) + m[0].indexOf(name);
      const words = name.toLowerCase().split(/\s+/);
      const next = /^\s+([A-Za-z]+)/.exec(body.slice(start + name.length))?.[1]?.toLowerCase() ?? "";
      const organisation = [...words, next].some((w) => GROUP_ENDINGS.test(w) || PLACE_WORDS.test(w));
      if (taken.has(start) || NOT_NAMES.has(words[0]!) || organisation || isProfessional(name)) continue;
      taken.add(start);
      found.push({ start, end: start + name.length, text: name, kind: "name", weight: 1, in: "body", quoted: false });
    }
  }
  return found;
}

/** Documents practitioners attach, by what they are called in the message. */
const DOCUMENT = "(?:(?:safety|care|child protection|cp|cin|support|pathway|education|health|placement|contingency|transition|action)\\s+)?(?:plan|report|form|referral|assessment|notes|minutes|chronology|letter|documents?|paperwork|file|records?|details|update|statement|summary|review)";
const NAME = "([A-Z][a-z'’-]+(?:\\s+[A-Z][a-z'’-]+)?)";
/** "the plan for Alfie Turner", "referral re Maisie", "attached for Jayden Brooks". */
const DOCUMENT_FOR = new RegExp(`\\b(?:${DOCUMENT}|attached|enclosed)\\s+(?:for|about|on|regarding|re:?|concerning)\\s+${NAME}`, "g");
/** "Alfie Turner's safety plan", "Maisie's referral". */
const DOCUMENT_OF = new RegExp(`${NAME}['’]s\\s+(?:(?:latest|updated|new|draft|final|revised)\\s+)?${DOCUMENT}\\b`, "g");
/** Words of a school's, hospital's or agency's name ("Larkfield Primary School"): a place, not a person. */
const PLACE_WORDS = /^(?:school|primary|secondary|infants?|juniors?|high|grammar|hospital|police|ward|unit|county|borough|city|district|road|street)$/;
/** Capitalised words after "for" that are not people: days, months, times of the meeting. */
const NOT_NAMES = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "the", "this", "next", "your", "our", "my", "his", "her", "their", "mum", "dad", "school", "court", "conference", "panel", "core", "strategy", "team", "year", "ofsted", "cafcass", "nspcc", "barnardo's", "barnardos", "police", "council", "social", "children's", "health", "housing", "education", "early", "family", "the"]);

/** A checked file's text, by its name, for comparing names (never kept). Inner files of an attached email are looked up by their joined name. */
function textOfFile(contents: readonly AttachmentContent[]): (file: { name: string }) => string | undefined {
  const texts = new Map<string, string>();
  const add = (name: string, extracted: AttachmentContent["extracted"]): void => {
    if (extracted.kind !== "text") return;
    texts.set(name, extracted.text);
    for (const inner of extracted.inner ?? []) add(`${name} › ${inner.name}`, inner.result);
  };
  for (const c of contents) add(c.name, c.extracted);
  return (file) => texts.get(file.name);
}
