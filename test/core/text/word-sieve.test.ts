import fc from "fast-check";
import { mayHold, sieveOf } from "../../../src/core/text/word-sieve";

describe("word sieve", () => {
  it("never rules out a word it holds, in any script, empty and one-letter words too", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }), (words) => {
        const sieve = sieveOf(words);
        for (const w of words) expect(mayHold(sieve, w)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("rules out nearly every other word (a few hundred held, ten thousand asked)", () => {
    const held = Array.from({ length: 300 }, (_, i) => `held${i.toString(36)}word`);
    const sieve = sieveOf(held);
    const asked = Array.from({ length: 10_000 }, (_, i) => `other${i.toString(36)}`);
    const passed = asked.filter((w) => mayHold(sieve, w)).length;
    expect(passed).toBeLessThan(asked.length * 0.05);
  });
});
