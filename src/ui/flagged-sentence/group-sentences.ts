import type { SentenceResult } from "../../core/check/result";

/** Flagged sentences shown together: one card, and the rest behind "Show". */
export interface SentenceGroup {
  /** The word that flagged every sentence of the group (its first cue), or undefined for a lone sentence. */
  readonly cue: string | undefined;
  readonly sentences: readonly SentenceResult[];
}

/** Fewer sentences than this flagged the same way are shown one by one. */
export const GROUP_FROM = 3;

/**
 * The flagged sentences in text order, with those flagged for the same reason by the same word gathered
 * at the first of them ("'appeared' as a judgement, 26 times"). A long chronology repeats its wording,
 * and 78 near-identical cards above the checklist helped nobody. A sentence is grouped by its flags and
 * its first cue's word; one without a cue (an identifier only) always stands alone.
 */
export function groupFlaggedSentences(sentences: readonly SentenceResult[], from = GROUP_FROM): SentenceGroup[] {
  const keyOf = (s: SentenceResult): string | undefined => {
    const cue = s.cues[0];
    return cue && s.flags.length > 0 ? `${[...s.flags].sort().join(",")}|${cue.text.toLowerCase()}` : undefined;
  };
  const byKey = new Map<string, SentenceResult[]>();
  for (const s of sentences) {
    const key = keyOf(s);
    if (key === undefined) continue;
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  const out: SentenceGroup[] = [];
  const placed = new Set<string>();
  for (const s of sentences) {
    const key = keyOf(s);
    const group = key === undefined ? undefined : byKey.get(key);
    if (key === undefined || group === undefined || group.length < from) {
      out.push({ cue: undefined, sentences: [s] });
    } else if (!placed.has(key)) {
      placed.add(key);
      out.push({ cue: s.cues[0]?.text, sentences: group });
    }
  }
  return out;
}
