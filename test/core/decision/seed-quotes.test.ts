import {
  ADVICE_SOURCE_TERMS,
  ARTICLE6_TERMS,
  ARTICLE9_TERMS,
  CONSENT_FORM_TERMS,
  CONSENT_PARTY_TERMS,
  GOLDEN_RULES_2018,
  GOLDEN_RULES_2024,
  HARM_CONCERN_TERMS,
  NOT_INFORMING_REASON_TERMS,
  NOT_SOUGHT_REASON_TERMS,
  PRINCIPLE_TERMS,
  PUBLIC_INTEREST_CIRCUMSTANCE_TERMS,
  PURPOSE_TERMS,
  QUESTIONS,
  RULES,
  type SeedQuote,
  SEVEN_QUESTIONS,
  SIGNIFICANT_HARM_NOTICE,
} from "../../../src/core/decision";
import { quoteText, seedsAvailable, seedText } from "./seed-text";

// Every question, option, rule and term traces back to the seeds: each quotation must be in its seed.
const quotes: [string, SeedQuote][] = [
  ...Object.entries(RULES).map(([id, r]): [string, SeedQuote] => [`rule ${id}`, r.source]),
  ...SIGNIFICANT_HARM_NOTICE.sources.map((s, i): [string, SeedQuote] => [`significant-harm notice ${i}`, s]),
  ...Object.entries({
    PURPOSE_TERMS,
    HARM_CONCERN_TERMS,
    CONSENT_FORM_TERMS,
    CONSENT_PARTY_TERMS,
    NOT_SOUGHT_REASON_TERMS,
    ARTICLE6_TERMS,
    ARTICLE9_TERMS,
    PUBLIC_INTEREST_CIRCUMSTANCE_TERMS,
    PRINCIPLE_TERMS,
    NOT_INFORMING_REASON_TERMS,
    ADVICE_SOURCE_TERMS,
  }).flatMap(([list, terms]) => Object.entries(terms).map(([value, t]): [string, SeedQuote] => [`${list}.${value}`, t.source])),
  ...QUESTIONS.flatMap((q) => [
    ...q.help.map((h, i): [string, SeedQuote] => [`question ${q.id} help ${i}`, h]),
    ...(q.type.kind === "choice" || q.type.kind === "choices" ? q.type.options.map((o): [string, SeedQuote] => [`question ${q.id} option ${o.value}`, o.source]) : []),
  ]),
  ...GOLDEN_RULES_2024.map((r): [string, SeedQuote] => [`golden rule 2024 #${r.number}`, r.source]),
  ...GOLDEN_RULES_2018.map((r): [string, SeedQuote] => [`golden rule 2018 #${r.number}`, r.source]),
];

(seedsAvailable() ? describe : describe.skip)("seed quotations", () => {
  it.each(quotes)("%s quotes its seed exactly", (_name, source) => {
    expect(seedText(source.seed)).toContain(quoteText(source.quote));
  });

  it.each(SEVEN_QUESTIONS.map((q) => [q.text]))("seed 000's seven questions: %s", (text) => {
    expect(seedText("000_909eb6f959d1b13b.txt")).toContain(text);
  });
});

describe("checklist coverage", () => {
  it("asks every question of product.md's nine steps", () => {
    const steps = new Set(QUESTIONS.map((q) => q.step));
    expect([...steps]).toEqual(["purpose", "identifiable", "confidential", "consent", "lawful-basis", "right-way", "inform", "advice", "decision"]);
  });

  it("offers every reason not to seek consent that the seeds name", () => {
    expect(Object.keys(NOT_SOUGHT_REASON_TERMS)).toEqual(
      expect.arrayContaining(["child-increased-risk", "adult-serious-harm", "prejudice-serious-crime", "unjustified-delay", "statutory-duty-or-court-order", "parent-unreachable-urgent"]),
    );
  });

  it("offers the six Article 6 bases and the seed 004 competence questions", () => {
    expect(Object.keys(ARTICLE6_TERMS)).toEqual(expect.arrayContaining(["public-task", "legal-obligation", "vital-interests", "legitimate-interests", "consent", "contract"]));
    expect(QUESTIONS.filter((q) => q.id.startsWith("consent.child."))).toHaveLength(8);
  });

  it("gives each question a unique id", () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
