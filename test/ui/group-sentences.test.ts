import type { SentenceResult } from "../../src/core/check/result";
import { groupFlaggedSentences } from "../../src/ui/flagged-sentence/group-sentences";

let at = 0;
/** A flagged sentence whose first cue is `cue` (or none). */
const sentence = (cue: string | undefined, flags: SentenceResult["flags"] = ["evaluative-label"]): SentenceResult => {
  const start = at;
  at += 50;
  return {
    start,
    end: start + 40,
    text: `Sentence with ${cue ?? "an NHS number"}.`,
    kind: "opinion",
    cues: cue ? [{ start: start + 14, end: start + 14 + cue.length, text: cue, rule: "evaluative", why: "A judgement." }] : [],
    flags: cue ? flags : [],
  };
};

describe("groupFlaggedSentences", () => {
  it("gathers three or more sentences flagged the same way by the same word at the first of them, in text order", () => {
    const list = [sentence("appeared"), sentence("chaotic"), sentence("Appeared"), sentence(undefined), sentence("appeared"), sentence("chaotic")];
    const groups = groupFlaggedSentences(list);
    expect(groups.map((g) => [g.cue, g.sentences.length])).toEqual([
      ["appeared", 3],
      [undefined, 1],
      [undefined, 1],
      [undefined, 1],
    ]);
    // The two "chaotic" sentences (fewer than three) and the identifier-only one stand alone, in order.
    expect(groups.slice(1).map((g) => g.sentences[0]!.text)).toEqual([list[1]!.text, list[3]!.text, list[5]!.text]);
  });

  it("keeps sentences with the same word but a different flag apart", () => {
    const list = [sentence("said", ["unattributed-report"]), sentence("said", ["unattributed-report"]), sentence("said", ["unmarked-opinion"]), sentence("said", ["unattributed-report"])];
    const groups = groupFlaggedSentences(list);
    expect(groups.map((g) => g.sentences.length)).toEqual([3, 1]);
  });

  it("loses no sentence, whatever the mix", () => {
    const list = Array.from({ length: 200 }, (_, i) => sentence(i % 7 === 0 ? undefined : ["appeared", "seems", "chaotic"][i % 3]));
    const shown = groupFlaggedSentences(list).flatMap((g) => g.sentences);
    expect(shown).toHaveLength(list.length);
    expect(new Set(shown)).toEqual(new Set(list));
  });
});
