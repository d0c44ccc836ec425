import { readdirSync } from "node:fs";
import path from "node:path";
import { classifySentence, classifySentenceByRules } from "../../../../src/core/content/kinds";
import { analyseSentence } from "../../../../src/core/content/kinds/classify";
import { sentenceFeatures } from "../../../../src/core/content/kinds/model/features";
import { combineKinds, isSpecDismissal, kindProbabilities, modelFrom, shippedModel, weightOf } from "../../../../src/core/content/kinds/model/kind-model";
import { readRows } from "./tsv";

/** The learned component (content/kinds/model): what it computes, and what it may and may not overrule. */
const tune = path.resolve(__dirname, "fixtures/hard/tune");
const sentences = readdirSync(tune)
  .filter((f) => f.endsWith(".tsv"))
  .flatMap((f) => readRows(path.join(tune, f)))
  .filter((_, i) => i % 25 === 0)
  .map((r) => r.text);

describe("the learned kinds model", () => {
  const model = shippedModel();

  it("scores a sentence as the softmax of its features' weights, each feature once", () => {
    expect(sentences.length).toBeGreaterThan(150);
    for (const text of sentences) {
      const a = analyseSentence(text);
      const sums = [...model.bias];
      for (const f of sentenceFeatures(a.tokens, a.rules.kind, a.evidence, model.words)) {
        const w = weightOf(model, f.name);
        if (w) for (let k = 0; k < 3; k++) sums[k]! += w[k]!;
      }
      const z = sums.map((s) => Math.exp(s / model.scale - Math.max(...sums) / model.scale));
      const expected = z.map((x) => x / z.reduce((p, q) => p + q, 0));
      kindProbabilities(model, a.tokens, a.rules.kind, a.evidence).forEach((p, k) => expect(p).toBeCloseTo(expected[k]!, 9));
    }
  });

  it("counts a repeated word once, as training did", () => {
    const m = modelFrom([0, 0, 0], 100, new Set(["worth"]), [["u:worth", [0, 100, 0]]]);
    const once = analyseSentence("Worth it.");
    const twice = analyseSentence("Worth it, worth it.");
    expect(kindProbabilities(m, twice.tokens, "fact", [])).toEqual(kindProbabilities(m, once.tokens, "fact", []));
  });

  it("sees words outside its vocabulary by their shape and numbers as one word", () => {
    const m = modelFrom([0, 0, 0], 100, new Set(["said"]), [["b:<cap> said", [0, 0, 300]], ["u:<num>", [300, 0, 0]]]);
    const p = kindProbabilities(m, analyseSentence("Kayden said").tokens, "fact", []);
    expect(p[2]).toBeGreaterThan(0.9);
    expect(kindProbabilities(m, analyseSentence("at 10:15 on 3/11").tokens, "fact", [])[0]).toBeGreaterThan(0.8);
  });

  // Our own sentences of the categories, written for this test (not from the corpus).
  it.each([
    ["opinion", "Worth trying a family group conference before we step this up."],
    ["opinion", "Needs a strategy discussion, not another TAF."],
    ["opinion", "Honestly the flat was spotless today."],
    ["opinion", "Is anyone actually reading the chronology before these meetings?"],
    ["reported", "Per the nursery manager, Leo has been collected late every day this week."],
    ["fact", "Can you confirm whether Leo is still on the nursery register?"],
    ["fact", "I visited Leo Carter (4) at home on Tuesday at 10:15."],
    ["fact", "Mum told me to leave when I asked about the bruise."],
  ])("%s: %s", (kind, text) => {
    expect(classifySentence(text).kind).toBe(kind);
  });

  it("explains an overruling with the words it weighed, inside the sentence", () => {
    const text = "Worth trying a family group conference before we step this up.";
    expect(classifySentenceByRules(text).kind).toBe("fact");
    const r = classifySentence(text);
    expect(r.flags).toEqual(["unmarked-opinion"]);
    expect(r.cues.length).toBeGreaterThan(0);
    for (const c of r.cues) {
      expect(c.rule).toBe("pattern");
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.why).toContain(`'${c.text}'`);
    }
  });

  it("never turns the rules' opinion into a fact, however sure it is", () => {
    const a = analyseSentence("Mum appeared drunk when I arrived at 10:00.");
    expect(a.rules.kind).toBe("opinion");
    const factMinded = modelFrom([1000, 0, 0], 100, new Set(), []);
    expect(combineKinds(factMinded, a)).toBe(a.rules);
  });

  it("never turns a speech verb the spec calls behaviour into a report", () => {
    const reportMinded = modelFrom([0, 0, 1000], 100, new Set(), []);
    for (const text of ["Dad refused to say where he had been.", "Chloe's stepfather raised his voice and told me to leave.", "According to our records, there were two referrals in 2021.", "Dad would not say who else was living there."]) {
      const a = analyseSentence(text);
      expect(a.rules.kind).toBe("fact");
      expect(a.evidence.some(isSpecDismissal)).toBe(true);
      expect(combineKinds(reportMinded, a).kind).toBe("fact");
    }
  });

  it("leaves the rules' label when it is not sure enough", () => {
    const a = analyseSentence("I visited the family home on 12 March.");
    const unsure = modelFrom([0, 60, 0], 100, new Set(), []); // opinion about 0.47: under the bar
    expect(combineKinds(unsure, a)).toBe(a.rules);
  });
});
