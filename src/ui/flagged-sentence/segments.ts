import type { AcronymResult, Cue, IdentifierResult, SentenceResult } from "../../core/check/result";
import { IDENTIFIER_NAMES } from "../../core/check/identifier-names";

/**
 * Turning one analysed sentence into text segments, some marked (a cue word, an identifier, an
 * acronym) with the reason the analysis gave, and the one-click fixes that are safe to offer. Pure: the
 * component renders the segments; the host applies a fix to the draft.
 */

/** What a marked segment is. */
export type MarkKind = "cue" | "identifier" | "acronym";

export interface Segment {
  readonly text: string;
  /** Offsets in the body. */
  readonly start: number;
  readonly end: number;
  readonly mark?: { readonly kind: MarkKind; readonly why: string };
}

/** A span to mark, with its reason. */
export interface MarkSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: MarkKind;
  readonly why: string;
}

/** The marks of a sentence: its cues, and the identifiers and acronyms that fall inside it. */
export function sentenceMarks(sentence: Pick<SentenceResult, "start" | "end" | "cues">, identifiers: readonly Pick<IdentifierResult, "start" | "end" | "type">[] = [], acronyms: readonly Pick<AcronymResult, "start" | "end" | "text" | "expansion">[] = []): MarkSpan[] {
  const inside = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
  const marks: MarkSpan[] = [
    ...identifiers.filter(inside).map((i) => ({ start: i.start, end: i.end, kind: "identifier" as const, why: `${capitalised(IDENTIFIER_NAMES[i.type])}: is it needed?` })),
    ...acronyms.filter(inside).map((a) => ({ start: a.start, end: a.end, kind: "acronym" as const, why: a.expansion ? `${a.text} is not spelled out: ${a.expansion}.` : `${a.text} is not spelled out for readers in other agencies.` })),
    ...sentence.cues.filter((c: Cue) => c.rule !== "acronym").map((c) => ({ start: c.start, end: c.end, kind: "cue" as const, why: c.why })),
  ];
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Split a sentence into segments; overlapping marks keep the first (earliest, longest). */
export function sentenceSegments(sentence: Pick<SentenceResult, "start" | "end" | "text">, marks: readonly MarkSpan[]): Segment[] {
  const out: Segment[] = [];
  let at = sentence.start;
  const slice = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
  for (const m of marks) {
    if (m.start < at || m.end > sentence.end || m.end <= m.start) continue;
    if (m.start > at) out.push({ text: slice(at, m.start), start: at, end: m.start });
    out.push({ text: slice(m.start, m.end), start: m.start, end: m.end, mark: { kind: m.kind, why: m.why } });
    at = m.end;
  }
  if (at < sentence.end) out.push({ text: slice(at, sentence.end), start: at, end: sentence.end });
  return out;
}

/** A change to the draft's text: replace `start`..`end` of the body with `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** What the button says. */
  readonly label: string;
  /** The text being replaced (to check the draft still has it before applying). */
  readonly expect: string;
}

/** Words that stay capitalised after the prefix ("I", names written in capitals, acronyms). */
const KEEP_CAPITAL = /^(I\b|[A-Z]{2,}|[A-Z][a-z]*[A-Z])/;

/** "In my view, …": the fix for an opinion that is not marked as one. */
export function opinionPrefixEdit(sentence: Pick<SentenceResult, "start" | "text">): TextEdit {
  const first = sentence.text.slice(0, 1);
  const rest = sentence.text.slice(1);
  const lowered = KEEP_CAPITAL.test(sentence.text) ? sentence.text : `${first.toLowerCase()}${rest}`;
  const end = sentence.start + Math.min(sentence.text.length, 40);
  return {
    start: sentence.start,
    end,
    text: `In my view, ${lowered.slice(0, end - sentence.start)}`,
    expect: sentence.text.slice(0, end - sentence.start),
    label: "Mark as my opinion (“In my view, …”)",
  };
}

/** "Child and Adolescent Mental Health Services (CAMHS)": the fix for an acronym the glossary knows. */
export function acronymExpansionEdit(acronym: Pick<AcronymResult, "start" | "end" | "text" | "expansion">): TextEdit | undefined {
  if (!acronym.expansion) return undefined;
  return { start: acronym.start, end: acronym.end, text: `${acronym.expansion} (${acronym.text})`, expect: acronym.text, label: `Spell out ${acronym.text}` };
}

/** Apply an edit to the body, or undefined when the body no longer has the expected text there. */
export function applyEdit(body: string, edit: TextEdit): string | undefined {
  if (body.slice(edit.start, edit.end) !== edit.expect) return undefined;
  return `${body.slice(0, edit.start)}${edit.text}${body.slice(edit.end)}`;
}

function capitalised(text: string): string {
  return text.slice(0, 1).toUpperCase() + text.slice(1);
}
