/**
 * Our own labelled set (fixtures/sentences.tsv, written from recording-kinds.md before the rules were
 * tuned). Rows alternate between a dev half (even rows, tuned on) and a held-out half (odd rows, not
 * looked at while tuning); fixtures/probe.tsv is a second dev batch written after the first round, and
 * fixtures/probe-3.tsv a third (65 sentences written in a later session before any change: 63 right; the
 * two misses, "a strong possibility that" and another agency's "records show", led to two rules; the rows after the first 65 came with later rules: generalised states, passed-on messages, an
 * account weighed against the evidence, and a negated speech verb with no content).
 */
import path from "node:path";
import { classifySentence } from "../../../../src/core/content/kinds";
import { readRows, score, summary } from "./tsv";

const all = readRows(path.resolve(__dirname, "fixtures/sentences.tsv"));
const dev = all.filter((_, i) => i % 2 === 0);
const heldOut = all.filter((_, i) => i % 2 === 1);
const probe = [...readRows(path.resolve(__dirname, "fixtures/probe.tsv")), ...readRows(path.resolve(__dirname, "fixtures/probe-3.tsv"))];
const predict = (t: string) => classifySentence(t).kind;

describe("own labelled sentences", () => {
  it("has at least 400 sentences, split in two halves", () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(Math.abs(dev.length - heldOut.length)).toBeLessThanOrEqual(1);
  });

  it("dev half: macro-F1 >= 0.9", () => {
    const s = score([...dev, ...probe], predict);
    console.log(summary(`dev (${dev.length + probe.length})`, s) + (s.errors.length ? "\n  " + s.errors.join("\n  ") : ""));
    expect(s.macroF1).toBeGreaterThanOrEqual(0.9);
  });

  it("held-out half: macro-F1 >= 0.88", () => {
    const s = score(heldOut, predict);
    console.log(summary(`held-out (${heldOut.length})`, s));
    expect(s.macroF1).toBeGreaterThanOrEqual(0.88);
  });
});
