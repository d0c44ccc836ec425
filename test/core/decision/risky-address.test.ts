/**
 * A look-alike, invalid or disguised address cannot be kept with a reason (issue 12): the only ways on are
 * correcting it or confirming it with the recipient by another channel, the recommendation is never "share"
 * while one remains, and its question never offers a secure route.
 */
import { answersValidation, flagQuestion, prefillFrom, recommendationFrom, type Analysis } from "../../../src/core/decision";
import { ALL_CONFIRMED, baseAnswers } from "./fixtures";

const analysisTo = (recipient: Analysis["recipients"][number]): Analysis => ({ recipients: [recipient], sentences: [{ start: 0, end: 40, kind: "fact", flags: [] }], identifiers: [], acronyms: [], specialCategory: [] });

const CASES: [string, Analysis][] = [
  ["a look-alike domain", analysisTo({ address: "duty@nhs.net.co", field: "to", class: "lookalike", flags: [] })],
  ["an invalid address", analysisTo({ address: "j.morris@nhs", field: "to", class: "invalid", flags: [] })],
  ["a display name that is another address", analysisTo({ address: "sjones1985@gmail.com", field: "to", class: "personal", flags: [{ kind: "display-name-address" }] })],
];

describe.each(CASES)("%s", (_what, analysis) => {
  const prefill = prefillFrom(analysis);
  const risky = prefill.flags.filter((f) => f.kind === "recipient-class" ? f.class === "lookalike" || f.class === "invalid" : f.kind === "recipient-warning" && f.warning === "display-name-address");
  const withResolution = (resolution: unknown) =>
    baseAnswers({ consent: { kind: "obtained", form: "explicit-written", coversThisSharing: "yes", whose: [{ kind: "parental-responsibility" }] } as never, rightWay: { ...ALL_CONFIRMED, flagResolutions: prefill.flags.map((f) => ({ flagId: f.id, resolution: risky.includes(f) ? resolution : { kind: "overridden", reason: "Needed." } })) as never } });

  it("raises exactly one address flag", () => {
    expect(risky).toHaveLength(1);
  });

  it("refuses to keep it with a reason, saying what would let it go on", () => {
    const v = answersValidation(withResolution({ kind: "overridden", reason: "I know them." }), prefill);
    expect(v.kind).toBe("incomplete");
    if (v.kind === "incomplete") expect(v.problems.map((p) => p.message).join(" ")).toMatch(/cannot be kept with a reason: correct the address, or confirm with the recipient/);
  });

  it("never recommends sharing while it is neither corrected nor confirmed, even with consent", () => {
    // Validated without the analysis (as an old client or a hand-written answers file might be), then recommended with it.
    const v = answersValidation(withResolution({ kind: "overridden", reason: "I know them." }));
    if (v.kind !== "complete") throw new Error(JSON.stringify(v.problems));
    const r = recommendationFrom(v.answers, prefill);
    expect(r.kind === "recommendation" && [r.value, r.path.at(-1)?.rule]).toEqual(["do-not-share", "recipient.unconfirmed-address"]);
  });

  it("goes on once confirmed with the recipient by another channel, and records how", () => {
    const v = answersValidation(withResolution({ kind: "confirmed-another-way", how: "Rang the duty desk on the number in the directory." }), prefill);
    if (v.kind !== "complete") throw new Error(JSON.stringify(v.problems));
    const r = recommendationFrom(v.answers, prefill);
    expect(r.kind === "recommendation" && r.value).toBe("share");
  });

  it("asks about it without offering a secure route ([secure] delivers safely to the wrong person)", () => {
    for (const f of risky) expect(flagQuestion(f)).not.toMatch(/\[secure\]|secure route/);
  });
});

describe("confirmed another way", () => {
  it("is only for an address", () => {
    const analysis = analysisTo({ address: "duty@herts.police.uk", field: "to", class: "secure", flags: [] });
    const prefill = prefillFrom({ ...analysis, acronyms: [{ text: "CAMHS", start: 0, end: 5, expansion: "Child and Adolescent Mental Health Services" }] });
    const v = answersValidation(baseAnswers({ rightWay: { ...ALL_CONFIRMED, flagResolutions: prefill.flags.map((f) => ({ flagId: f.id, resolution: { kind: "confirmed-another-way", how: "Phoned." } })) } as never }), prefill);
    expect(v.kind === "incomplete" && v.problems.map((p) => p.message).join(" ")).toMatch(/is not about an address/);
  });
});

describe("a look-alike address where a child may be at risk of significant harm", () => {
  it("is still not the right person: not to this address until it is corrected or confirmed, and then share", () => {
    const analysis = analysisTo({ address: "duty@nhs.net.co", field: "to", class: "lookalike", flags: [] });
    const prefill = prefillFrom(analysis);
    const harm = (resolution: unknown) =>
      baseAnswers({ purpose: { kind: "significant-harm", concern: "evidence" }, rightWay: { ...ALL_CONFIRMED, flagResolutions: prefill.flags.map((f) => ({ flagId: f.id, resolution })) as never } });
    const held = answersValidation(harm({ kind: "fixed" }));
    if (held.kind !== "complete") throw new Error(JSON.stringify(held.problems));
    const open = recommendationFrom({ ...held.answers, rightWay: { ...held.answers.rightWay!, flagResolutions: [] } }, prefill);
    expect(open.kind === "recommendation" && [open.value, open.explanation]).toEqual(["do-not-share", expect.stringMatching(/then share/)]);
    const confirmed = answersValidation(harm({ kind: "confirmed-another-way", how: "Rang the hospital switchboard." }), prefill);
    if (confirmed.kind !== "complete") throw new Error(JSON.stringify(confirmed.problems));
    const r = recommendationFrom(confirmed.answers, prefill);
    expect(r.kind === "recommendation" && r.value).toBe("share");
  });
});
