import { answersToRepeat, changesSince, conversationTopic, DecisionMemoSchema, flagResolutionsToRepeat, memoMatches, topicHashOf } from "../../../src/core/decision";

const memo = {
  conversationId: "AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAOnq",
  recordId: "3f2b1c9e-8d4a-4b6f-9e21-7c5d0a1b2c3d",
  decidedAt: "2026-03-03T10:14:00.000Z",
  answers: {
    version: 1 as const,
    purpose: { kind: "child-in-need" as const },
    rightWay: { necessary: true, proportionate: true, relevant: true, adequate: true, accurate: true, timely: true, secure: true, onwardSharingEstablished: true, flagResolutions: [
      { flagId: "recipient:mum@gmail.com", resolution: { kind: "overridden" as const, reason: "Her only email." } },
      { flagId: "sentence:unmarked-opinion:10-40", resolution: { kind: "fixed" as const } },
    ] },
    decision: { kind: "share" as const, reasons: "Mum asked for it.", whatShared: "Her request." },
  },
  recipients: ["HV.North@nhs.net"],
  identifierTypes: ["date-of-birth" as const],
};

describe("a reply starting from the last decision in its conversation", () => {
  it("keeps every answer but step 6, whose principles and flags belong to the message checked", () => {
    const repeated = answersToRepeat(memo);
    expect(repeated.rightWay).toBeUndefined();
    expect(repeated.decision).toEqual(memo.answers.decision);
    expect(repeated.purpose).toEqual({ kind: "child-in-need" });
  });

  it("carries over how a recipient's flag was resolved, never a sentence's or an identifier's (their ids are places in the old text)", () => {
    expect(flagResolutionsToRepeat(memo).map((r) => r.flagId)).toEqual(["recipient:mum@gmail.com"]);
  });

  it.each([
    ["the same recipients and identifier types", ["hv.north@nhs.net"], ["date-of-birth"], []],
    ["a recipient added", ["hv.north@nhs.net", "gp@nhs.net"], ["date-of-birth"], ["Now also to: gp@nhs.net."]],
    ["a recipient gone", [], [], ["No longer to: hv.north@nhs.net."]],
    ["a new kind of identifier", ["hv.north@nhs.net"], ["date-of-birth", "nhs-number", "nhs-number"], ["New in this message: an NHS number."]],
  ] as const)("says what changed: %s", (_name, recipients, identifierTypes, expected) => {
    expect(changesSince(memo, { recipients: [...recipients], identifierTypes: [...identifierTypes] })).toEqual(expected);
  });

  it("reads back only a memo it wrote: anything else in storage is refused", () => {
    expect(DecisionMemoSchema.safeParse(memo).success).toBe(true);
    expect(DecisionMemoSchema.safeParse({ ...memo, recordId: "not-a-uuid" }).success).toBe(false);
    expect(DecisionMemoSchema.safeParse({ ...memo, body: "the message" }).success).toBe(false);
    expect(DecisionMemoSchema.safeParse({ ...memo, answers: { version: 2 } }).success).toBe(false);
  });

  it.each([
    ["RE: Chloe - visit", "chloe - visit"],
    ["Re: RE: FW: Chloe  -  visit", "chloe - visit"],
    ["AW: WG: Referral", "referral"],
    ["RE[2]: Referral", "referral"],
    ["Fwd:   ", ""],
    ["Regarding the referral", "regarding the referral"],
  ])("threads %j under the topic %j", (subject, topic) => {
    expect(conversationTopic(subject)).toBe(topic);
  });

  it("matches a message by its conversation id, else by topic with a recipient in common", () => {
    const first = { recipients: ["hv.north@nhs.net"], topicHash: topicHashOf("Lily - referral") };
    expect(memoMatches(first, { conversationId: "c1", subject: "RE: Lily - referral", recipients: ["HV.North@nhs.net"] })).toBe(true);
    expect(memoMatches(first, { conversationId: "c1", subject: "RE: Lily - referral", recipients: ["other@nhs.net"] })).toBe(false);
    expect(memoMatches(first, { subject: "", recipients: ["hv.north@nhs.net"] })).toBe(false);
    const reply = { ...first, conversationId: "c1" };
    expect(memoMatches(reply, { conversationId: "c1", subject: "changed subject", recipients: [] })).toBe(true);
    expect(memoMatches(reply, { conversationId: "c2", subject: "RE: Lily - referral", recipients: ["hv.north@nhs.net"] })).toBe(false);
  });
});
