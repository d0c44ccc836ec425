import { readdirSync } from "node:fs";
import path from "node:path";
import { corpusHash, trainingSentences } from "../../../../scripts/train-kinds-model";
import { classifySentence, classifySentenceByRules } from "../../../../src/core/content/kinds";
import { TRAINED_ON } from "../../../../src/core/content/kinds/model/weights";
import { readRows, score, summary } from "./tsv";

/**
 * Issue 15's bar on hard writing, on sentences neither the rules nor the model were tuned on: the
 * held-out part of the hard-writing corpus (a quarter of each writer's file by hash, and the whole of an
 * unseen writer's), macro-F1 at least 0.92 and fact precision at least 0.90. And the shipped weights are
 * the ones the training script makes from today's training sentences, so a corpus change without a
 * retrain (or a hand-edited weight) fails here.
 */
const hard = path.resolve(__dirname, "fixtures/hard/held-out");
const heldOut = readdirSync(hard)
  .filter((f) => f.endsWith(".tsv"))
  .flatMap((f) => readRows(path.join(hard, f)));

describe("sentence kinds on hard writing (held-out)", () => {
  it("rules with the learned model: macro-F1 >= 0.92, fact precision >= 0.90", () => {
    const s = score(heldOut, (t) => classifySentence(t).kind);
    const rules = score(heldOut, (t) => classifySentenceByRules(t).kind);
    console.log(`${summary(`held-out hard writing (${heldOut.length}), rules + model`, s)}\n${summary("rules alone", rules)}`);
    expect(heldOut.length).toBeGreaterThan(2000);
    expect(s.macroF1).toBeGreaterThanOrEqual(0.92);
    expect(s.perClass.fact.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("ships the weights trained on today's training sentences", () => {
    const examples = trainingSentences();
    expect(TRAINED_ON.sentences).toBe(examples.length);
    expect(TRAINED_ON.sha256).toBe(corpusHash(examples));
  });

  it("keeps every held-out sentence out of training", () => {
    const trained = new Set(trainingSentences().map((e) => e.text.toLowerCase()));
    expect(heldOut.filter((r) => trained.has(r.text.toLowerCase())).map((r) => r.text)).toEqual([]);
  });
});
