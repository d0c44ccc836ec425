import { createHash } from "node:crypto";
import fc from "fast-check";
import {
  ADVICE_SOURCES,
  ARTICLE6_BASES,
  ARTICLE9_CONDITIONS,
  canonicalJson,
  decisionRecordFrom,
  HARM_CONCERNS,
  listFieldsToRecord,
  NOT_INFORMING_REASONS,
  NOT_SOUGHT_REASONS,
  PUBLIC_INTEREST_CIRCUMSTANCES,
  RECOMMENDATION_VALUES,
  recommendationFrom,
  recordFromAnswers,
  recordToListFields,
  sha256Hex,
  significantHarmConcern,
  answersValidation,
  verifyChain,
} from "../../../src/core/decision";
import { COMPETENT_CHILD, context, recordIdN } from "./fixtures";

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
const ynu = fc.constantFrom("yes", "no", "unsure");

const purpose = fc.oneof(
  fc.record({ kind: fc.constant("significant-harm"), concern: fc.constantFrom(...HARM_CONCERNS) }),
  fc.constantFrom({ kind: "child-in-need" }, { kind: "crime-prevention" }, { kind: "multi-agency-meeting" }, { kind: "none" }),
  fc.record({ kind: fc.constant("statutory-duty-or-court-order"), which: fc.constantFrom("statutory-duty", "court-order"), detail: text }),
  fc.record({ kind: fc.constant("other"), text }),
);
const whose = fc.array(fc.oneof(fc.constantFrom({ kind: "parental-responsibility" }, { kind: "adult-concerned" }, { kind: "information-provider" }), fc.constant({ kind: "child", competence: COMPETENT_CHILD })), { minLength: 1, maxLength: 2 });
const consent = fc.oneof(
  fc.record({ kind: fc.constant("obtained"), form: fc.constantFrom("explicit-written", "explicit-verbal"), givenAt: fc.constant("2026-11-24T15:30:00Z"), whose, coversThisSharing: fc.constantFrom("yes", "no") }),
  fc.record({ kind: fc.constant("refused"), whose }),
  fc.record({ kind: fc.constant("not-sought"), reason: fc.constantFrom(...NOT_SOUGHT_REASONS) }),
);
const publicInterest = fc.record({
  circumstances: fc.subarray([...PUBLIC_INTEREST_CIRCUMSTANCES]),
  proportionate: ynu,
  otherMeans: ynu,
  preventOrDetectCrime: ynu,
  protectOthers: ynu,
  vulnerability: text,
  impact: text,
  reasoning: text,
});
const rightWay = fc.record({
  necessary: fc.constant(true), proportionate: fc.constant(true), relevant: fc.constant(true), adequate: fc.constant(true),
  accurate: fc.constant(true), timely: fc.constant(true), secure: fc.constant(true), onwardSharingEstablished: fc.constant(true),
});
const decision = fc.oneof(
  fc.record({ kind: fc.constant("share"), reasons: text, whatShared: text }),
  fc.record({ kind: fc.constant("share-limited"), reasons: text, whatShared: text, whatWithheld: text }),
  fc.record({ kind: fc.constant("do-not-share"), reasons: text }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });

/** Answer sets of every shape, most of them complete; `complete` keeps those that validate. */
const anyAnswers = fc.record({
  purpose,
  identifiable: maybe(fc.constantFrom("yes", "no")),
  confidential: maybe(ynu),
  consent: maybe(consent),
  lawfulBasis: maybe(fc.record({ article6: fc.constantFrom(...ARTICLE6_BASES), article9: maybe(fc.constantFrom(...ARTICLE9_CONDITIONS)) }, { requiredKeys: ["article6"] })),
  publicInterest: maybe(publicInterest),
  rightWay: maybe(rightWay),
  inform: maybe(fc.oneof(fc.constantFrom({ kind: "already-informed" }, { kind: "will-inform" }), fc.record({ kind: fc.constant("not-informing"), reason: fc.constantFrom(...NOT_INFORMING_REASONS), detail: text }))),
  advice: fc.oneof(fc.constant({ kind: "none" }), fc.record({ kind: fc.constant("sought"), from: fc.subarray([...ADVICE_SOURCES], { minLength: 1 }), summary: text })),
  decision,
}, { requiredKeys: ["purpose", "advice", "decision"] });

const complete = anyAnswers
  .map((a) => ({ input: a, validation: answersValidation(a) }))
  .filter((x) => x.validation.kind === "complete")
  .map((x) => ({ input: x.input, answers: (x.validation as { kind: "complete"; answers: never }).answers }));

const RUNS = { numRuns: 400 };

describe("properties", () => {
  it("any complete answer set yields exactly one recommendation with a rule path", () => {
    fc.assert(
      fc.property(complete, ({ answers }) => {
        const r = recommendationFrom(answers);
        expect(r.kind).toBe("recommendation");
        if (r.kind !== "recommendation") return;
        expect(RECOMMENDATION_VALUES).toContain(r.value);
        expect(r.path.length).toBeGreaterThan(0);
        // Deterministic: the same answers, the same recommendation.
        expect(recommendationFrom(answers)).toEqual(r);
      }),
      RUNS,
    );
  });

  it("never discourages sharing when a child may be at risk of significant harm", () => {
    fc.assert(
      fc.property(complete, ({ answers }) => {
        fc.pre(significantHarmConcern(answers));
        const r = recommendationFrom(answers);
        expect(r.kind === "recommendation" && r.value).toMatch(/^share(-limited)?$/);
        expect(r.kind === "recommendation" && r.significantHarm).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it("any complete answer set yields a record that round-trips through serialisation and list fields, and verifies", () => {
    fc.assert(
      fc.property(complete, fc.option(fc.string().map(sha256Hex), { nil: null }), ({ input }, previousHash) => {
        const built = recordFromAnswers({ answers: input, context: context({ previousHash }) });
        expect(built.kind).toBe("record");
        if (built.kind !== "record") return;
        const record = built.record;
        expect(decisionRecordFrom(JSON.parse(JSON.stringify(record)))).toEqual({ kind: "ok", record });
        expect(decisionRecordFrom(JSON.parse(canonicalJson(record)))).toEqual({ kind: "ok", record });
        expect(listFieldsToRecord(recordToListFields(record))).toEqual({ kind: "ok", record });
        expect(verifyChain([record], { anchor: previousHash }).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("a chain of any complete decisions verifies, and dropping any record is detected", () => {
    fc.assert(
      fc.property(fc.array(complete, { minLength: 2, maxLength: 5 }), fc.nat(), (sets, k) => {
        const chain = [];
        let previousHash: string | null = null;
        for (const [i, { input }] of sets.entries()) {
          const built = recordFromAnswers({ answers: input, context: context({ recordId: recordIdN(i + 1), previousHash }) });
          if (built.kind !== "record") throw new Error("expected a record");
          chain.push(built.record);
          previousHash = built.record.recordHash;
        }
        expect(verifyChain(chain).ok).toBe(true);
        const drop = k % chain.length;
        const gap = chain.filter((_, i) => i !== drop);
        if (drop < chain.length - 1) expect(verifyChain(gap).ok).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it("canonical JSON is independent of key order and parses back to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const shuffled = JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v))) as unknown;
        expect(canonicalJson(shuffled)).toBe(canonicalJson(value));
        expect(canonicalJson(JSON.parse(canonicalJson(value)))).toBe(canonicalJson(value));
      }),
    );
  });

  it("sha256Hex agrees with Node's SHA-256 on any text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"))));
  });
});
