import { classifySentence } from "../../../../src/core/content/kinds";
import { examplesPath, readRows } from "./tsv";

const rows = readRows(examplesPath());

describe("shared fact/opinion/reported examples", () => {
  it("has all 45 rows", () => {
    expect(rows.length).toBe(45);
  });

  it.each(rows.map((r) => [r.kind, r.text] as const))("%s: %s", (kind, text) => {
    expect(classifySentence(text).kind).toBe(kind);
  });
});
