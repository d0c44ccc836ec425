import path from "node:path";
import { classifySentence } from "../../../../src/core/content/kinds";
import { readRows } from "./tsv";

/**
 * Thirty sentences written by someone other than the classifier's author, after it was finished and
 * without looking at its lexicons: a small stand-in for the held-out set. Every one must be labelled as
 * recording-kinds.md defines it.
 */
const rows = readRows(path.join(__dirname, "fixtures/unseen.tsv"));

describe("sentences the classifier's author never saw", () => {
  it.each(rows.map((r) => [r.kind, r.text] as const))("%s: %s", (kind, text) => {
    expect(classifySentence(text).kind).toBe(kind);
  });
});
