import {
  CHANNEL_LABELS,
  CHANNELS,
  CLASS_LABELS,
  consentText,
  DECISION_KINDS,
  DECISION_LABELS,
  type DecisionRecord,
  flagsText,
  flagText,
  informText,
  purposeText,
  RECOMMENDATION_LABELS,
  RECOMMENDATION_VALUES,
  recommendationText,
  type RecordFlag,
  recordFromAnswers,
  recordLines,
  RecordRecipientSchema,
  RULE_IDS,
  RULES,
  ruleText,
  rulesText,
} from "../../../src/core/decision";
import { baseAnswers, COMPETENT_CHILD, context } from "./fixtures";
import { varietyOfEntries } from "./record-variety";

const LEGITIMATE = RULES["purpose.legitimate"].says;

describe("labels", () => {
  it.each([
    ["decision", DECISION_KINDS, DECISION_LABELS],
    ["recommendation", RECOMMENDATION_VALUES, RECOMMENDATION_LABELS],
    ["channel", CHANNELS, CHANNEL_LABELS],
    ["recipient class", RecordRecipientSchema.shape.class.options, CLASS_LABELS],
  ] as const)("every %s has plain-English wording", (_, values, labels) => {
    for (const v of values) expect((labels as Record<string, string>)[v]).toMatch(/^[A-Za-z]/);
  });
});

describe("rule texts", () => {
  it.each(RULE_IDS.map((id) => [id]))("%s says what RULES says", (id) => {
    expect(ruleText(id)).toBe(RULES[id].says);
  });

  it.each([["purpose.retired-rule"], ["constructor"], ["__proto__"], ["toString"]])("an unknown rule %s (an older record) falls back to its id", (id) => {
    expect(ruleText(id)).toBe(id);
    expect(rulesText(["purpose.legitimate", id])).toBe(`${LEGITIMATE} ${id}`);
  });

  it("the recommendation says what the rules said, never their ids", () => {
    const built = recordFromAnswers({ answers: baseAnswers(), context: context() });
    if (built.kind !== "record") throw new Error(JSON.stringify(built));
    const text = recommendationText(built.record.recommendation);
    expect(text).toBe(`Share. Why: ${built.record.recommendation.rules.map((id) => RULES[id].says).join(" ")}`);
    expect(text.startsWith(`Share. Why: ${LEGITIMATE} ${RULES["identifiable.yes"].says} `)).toBe(true);
    for (const id of built.record.recommendation.rules) expect(text).not.toContain(id);
  });
});

describe("field texts", () => {
  it.each([
    [{ kind: "significant-harm", concern: "evidence" }, /^A child is suffering, or is at risk of, significant harm \(There is evidence/],
    [{ kind: "statutory-duty-or-court-order", which: "court-order", detail: "Section 47 enquiry" }, /: Section 47 enquiry$/],
    [{ kind: "other", text: "A school admission" }, /^Another legitimate purpose \(say what\): A school admission$/],
    [{ kind: "none" }, /^There is no legitimate purpose$/],
  ] as const)("purpose %j", (purpose, expected) => {
    expect(purposeText(purpose as DecisionRecord["purpose"])).toMatch(expected);
  });

  it.each([
    [null, "Not needed"],
    [{ kind: "obtained", form: "explicit-verbal", givenAt: "2026-03-02T15:30:00.000Z", whose: [{ kind: "child", competence: COMPETENT_CHILD }], coversThisSharing: "no" }, "Obtained, explicit consent, given verbally (record the date and time) at 2026-03-02T15:30:00Z; covers this sharing: No — whose: The child or young person"],
    [{ kind: "refused", whose: [{ kind: "parental-responsibility" }, { kind: "information-provider" }] }, "Refused — whose: A person with parental responsibility; The person who gave the information in confidence"],
    [{ kind: "not-sought", reason: "unjustified-delay", detail: "Out of hours" }, /^Not sought: .+ \(Out of hours\)$/],
  ] as const)("consent %j", (consent, expected) => {
    const text = consentText(consent as DecisionRecord["consent"]);
    if (typeof expected === "string") expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });

  it.each([
    [null, "Not needed"],
    [{ kind: "already-informed" }, "Already informed"],
    [{ kind: "will-inform" }, "Will inform"],
    [{ kind: "not-informing", reason: "child-increased-risk", detail: "Dad is the alleged abuser." }, /^Not informing: .+ \(Dad is the alleged abuser\.\)$/],
  ] as const)("informing %j", (inform, expected) => {
    const text = informText(inform as DecisionRecord["inform"]);
    if (typeof expected === "string") expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });

  const personal = { kind: "recipient-class", id: "recipient:a@gmail.com", address: "a@gmail.com", class: "personal" } as const;
  const nhs = { kind: "identifier", id: "identifier:nhs-number:1-2", identifierType: "nhs-number", quoted: false, start: 1, end: 2 } as const;
  it.each([
    [{ flag: nhs, resolution: { kind: "fixed" } }, /^The message contains .+: is it needed\?: fixed$/],
    [{ flag: personal, resolution: { kind: "overridden", reason: "Mum's own address." } }, /^a@gmail\.com is a personal \(webmail\) address: .+, or remove it: overridden — Mum's own address\.$/],
    [{ flag: { ...personal, class: "lookalike" }, resolution: { kind: "confirmed-another-way", how: "Rang her." } }, /^a@gmail\.com looks like a trusted address .+: confirmed with the recipient another way — Rang her\.$/],
    [{ flag: personal, resolution: { kind: "not-sent" } }, /: not sent$/],
  ] as const)("flag %j", (flag, expected) => {
    expect(flagText(flag as RecordFlag)).toMatch(expected);
  });

  it("joins flags with \"; \" and says when none were raised", () => {
    expect(flagsText([])).toBe("None raised");
    expect(flagsText([{ flag: nhs, resolution: { kind: "fixed" } }, { flag: nhs, resolution: { kind: "fixed" } }] as RecordFlag[]).split("; ")).toHaveLength(2);
  });
});

describe("the record view's lines", () => {
  it("puts every field of every kind of record in plain English: no JSON, no rule ids, nothing empty", () => {
    const problems: string[] = [];
    for (const { record, review } of varietyOfEntries()) {
      for (const line of recordLines(record, review)) {
        if (line.value.length === 0 || /^[{[]|"[a-zA-Z]+":|undefined|\[object/.test(line.value)) problems.push(`${record.recordId} ${line.label}: ${line.value}`);
      }
      const recommended = recordLines(record, review).find((l) => l.label === "SafeShare recommended")?.value ?? "";
      expect(recommended.startsWith(`${RECOMMENDATION_LABELS[record.recommendation.value]}. Why: `)).toBe(true);
      for (const id of record.recommendation.rules) if (recommended.includes(id)) problems.push(`${record.recordId}: rule id ${id} shown`);
    }
    expect(problems).toEqual([]);
  });
});
