import { classifySentence } from "../../../../src/core/content/kinds";
import fc from "fast-check";

describe("hostile input", () => {
  it("survives random strings and keeps spans inside the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const r = classifySentence(s);
        for (const c of r.cues) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(c.start, c.end)).toBe(c.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("survives random word salad made of cue words", () => {
    const words = ["said", "told", "me", "that", "I", "think", "may", "May", "appeared", "at", "the", "school",
      "mum's", "view", "is", "was", "apparently", "not", ",", ";", "?", "by", "it", "to", "in", "my", "well",
      "seems", "could", "be", "and", "her", "asked", "whether", "according", "lying", "on", ":", "Opinion"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (ws) => {
        const s = ws.join(" ");
        const r = classifySentence(s);
        expect(["fact", "opinion", "reported"]).toContain(r.kind);
        for (const c of r.cues) expect(s.slice(c.start, c.end)).toBe(c.text);
      }),
      { numRuns: 500 },
    );
  });

  it("handles unpaired surrogates, empty and whitespace-only input", () => {
    for (const s of ["", "   ", "\uD800", "\uDC00abc", "a\uD83D", "’’’", "'s", "n't", "---", "...", "\u0000\u200b"]) {
      expect(() => classifySentence(s)).not.toThrow();
    }
    expect(classifySentence("").kind).toBe("fact");
  });

  it("classifies a 1 MB sentence in linear time", () => {
    const unit = "Mum said that the flat seemed filthy and I think dad is aggressive, apparently ";
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const r = classifySentence(big);
    expect(["opinion", "reported"]).toContain(r.kind);
    const pathological = "a".repeat(1_000_000);
    expect(classifySentence(pathological).kind).toBe("fact");
    expect(classifySentence("'".repeat(200_000) + "s".repeat(200_000)).kind).toBe("fact");
  });

});
