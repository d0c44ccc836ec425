import type { CaseContentResult } from "../../src/core/check/result";
import { peopleLines } from "../../src/ui/people-summary/PeopleSummary";
import { acronymExpansionEdit, applyEdit, opinionPrefixEdit, sentenceMarks, sentenceSegments } from "../../src/ui/flagged-sentence/segments";
import { sentenceFixes } from "../../src/ui/flagged-sentence/useFlaggedSentence";
import { outboxStatusText } from "../../src/ui/outbox-status/OutboxStatus";
import { decisionBannerState } from "../../src/ui/decision-banner/useDecisionBanner";
import { recommendationFrom } from "../../src/core/decision";

const body = "Hello. Her explanation is not plausible. CAMHS saw her. NHS 943 476 5919.";
const sentence = (text: string) => {
  const start = body.indexOf(text);
  return { start, end: start + text.length, text };
};

describe("flagged sentence segments and fixes", () => {
  it("marks cues, identifiers and acronyms inside the sentence with their reasons", () => {
    const s = { ...sentence("Her explanation is not plausible."), cues: [{ start: body.indexOf("plausible"), end: body.indexOf("plausible") + 9, text: "plausible", rule: "evaluative" as const, why: "a judgement word" }] };
    const segments = sentenceSegments(s, sentenceMarks(s));
    expect(segments.map((x) => x.text).join("")).toBe(s.text);
    expect(segments.filter((x) => x.mark)).toEqual([{ text: "plausible", start: s.cues[0]!.start, end: s.cues[0]!.end, mark: { kind: "cue", why: "a judgement word" } }]);
    const nhs = { ...sentence("NHS 943 476 5919."), cues: [] };
    const id = { type: "nhs-number" as const, start: body.indexOf("943"), end: body.indexOf("943") + 12 };
    const marked = sentenceSegments(nhs, sentenceMarks(nhs, [id])).filter((x) => x.mark);
    expect(marked[0]).toMatchObject({ text: "943 476 5919", mark: { kind: "identifier", why: "An NHS number: is it needed?" } });
  });

  it("ignores overlapping marks after the first", () => {
    const s = sentence("CAMHS saw her.");
    const segs = sentenceSegments(s, [
      { start: s.start, end: s.start + 5, kind: "acronym", why: "a" },
      { start: s.start + 2, end: s.start + 9, kind: "cue", why: "b" },
    ]);
    expect(segs.map((x) => [x.text, x.mark?.why])).toEqual([["CAMHS", "a"], [" saw her.", undefined]]);
  });

  it("offers 'In my view, …' for an unmarked opinion and spells out a known acronym", () => {
    const s = { ...sentence("Her explanation is not plausible."), kind: "opinion" as const, cues: [], flags: ["unmarked-opinion" as const] };
    const edit = opinionPrefixEdit(s);
    expect(applyEdit(body, edit)).toBe("Hello. In my view, her explanation is not plausible. CAMHS saw her. NHS 943 476 5919.");
    const camhs = { text: "CAMHS", start: body.indexOf("CAMHS"), end: body.indexOf("CAMHS") + 5, expansion: "Child and Adolescent Mental Health Services" };
    expect(applyEdit(body, acronymExpansionEdit(camhs)!)).toContain("Child and Adolescent Mental Health Services (CAMHS) saw her.");
    expect(acronymExpansionEdit({ ...camhs, expansion: undefined })).toBeUndefined();
    expect(sentenceFixes({ sentence: { ...sentence("CAMHS saw her."), kind: "fact", cues: [], flags: ["acronym"] }, acronyms: [camhs] }).map((f) => f.label)).toEqual(["Spell out CAMHS"]);
    // "I …" keeps its capital.
    expect(opinionPrefixEdit({ start: 0, text: "I think she is lying." }).text).toBe("In my view, I think she is lying.");
  });

  it("refuses an edit when the draft no longer has the expected words", () => {
    const edit = opinionPrefixEdit({ ...sentence("Her explanation is not plausible.") });
    expect(applyEdit(body.replace("Her", "His"), edit)).toBeUndefined();
  });
});

describe("outbox status and decision banner", () => {
  it("says how many records wait", () => {
    expect(outboxStatusText({ waiting: 0, held: 0 })).toBe("All decision records are saved to the decision log.");
    expect(outboxStatusText({ waiting: 1, held: 0 })).toContain("1 decision record is waiting to be saved");
    expect(outboxStatusText({ waiting: 2, held: 1 })).toContain("1 record was refused");
    expect(outboxStatusText({ waiting: 0, held: 0, loading: true })).toContain("Checking");
  });

  it("shows the recommendation with its rule path, or what it waits for", () => {
    const pending = decisionBannerState({ recommendation: recommendationFrom({ version: 1 }) }, "p");
    expect(pending.title).toBe("No recommendation yet");
    expect(pending.explanation).toContain("legitimate purpose");
    const none = decisionBannerState({ recommendation: recommendationFrom({ version: 1, purpose: { kind: "none" } }) }, "p");
    expect(none.title).toBe("SafeShare recommends: do not share");
    expect(none.path.map((p) => p.rule)).toEqual(["purpose.none"]);
    expect(none.path[0]?.seed).toMatch(/\.txt$/);
  });
});

describe("peopleLines: who the message is about, one line each", () => {
  const finding = (person: string, about: string, extra: Partial<CaseContentResult> = {}): CaseContentResult => ({ start: 0, end: 1, in: "body", person, said: "x", about, quoted: false, ...extra });

  it("folds the same person's findings into one line, possessives included, in the order found", () => {
    expect(
      peopleLines({
        caseContent: [finding("Kayden's", "contact and living arrangements"), finding("Kayden", "fears, feelings and behaviour"), finding("Kayden", "contact and living arrangements")],
      }),
    ).toEqual([{ person: "Kayden", about: ["contact and living arrangements", "fears, feelings and behaviour"] }]);
  });

  it("says where it was found when not in the body, and names a file that is a case record", () => {
    expect(
      peopleLines(
        { caseContent: [finding("Ruby Kemp", "special category information (health)", { in: "subject" }), finding("", "a case record", { in: "attachment", attachment: 0, said: "referral" })] },
        [{ name: "referral.pdf" }],
      ),
    ).toEqual([
      { person: "Ruby Kemp", about: ["health"], where: "in the subject" },
      { person: "the file 'referral.pdf'", about: ["a case record"] },
    ]);
  });
});
