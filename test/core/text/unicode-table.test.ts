/**
 * The core's Unicode categories (src/core/text/unicode.ts, without property escapes so that ES2016
 * engines can run it) agree with this engine's `\p{…}` on every code point, and the committed table is
 * exactly what the generator writes today. After a Node upgrade with a newer Unicode version, run this
 * test with UPDATE_UNICODE_DATA=1 to regenerate src/core/text/unicode-data.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { CAT_LU, LETTER, MARK, NUMBER, fromFirstCodePointIn, inCategories, runsOfCodePointsIn, someCodePointIn, unicodeCategory, unicodeClass } from "../../../src/core/text/unicode";
import { engineCategory, unicodeDataModule } from "./unicode-table";

const DATA_FILE = path.resolve(__dirname, "../../../src/core/text/unicode-data.ts");

describe("Unicode categories without property escapes", () => {
  test("the committed table is what the generator writes from this engine's Unicode data", () => {
    const generated = unicodeDataModule();
    if (process.env.UPDATE_UNICODE_DATA === "1") writeFileSync(DATA_FILE, generated);
    expect(readFileSync(DATA_FILE, "utf8")).toBe(generated);
  });

  test("every code point has the category the property escapes give", () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff && wrong.length < 10; cp++) {
      if (unicodeCategory(cp) !== engineCategory(cp)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test.each([
    ["letters", LETTER, /\p{L}/u],
    ["letters and marks", LETTER | MARK, /[\p{L}\p{M}]/u],
    ["letters, marks and numbers", LETTER | MARK | NUMBER, /[\p{L}\p{M}\p{N}]/u],
    ["upper-case letters", 1 << CAT_LU, /\p{Lu}/u],
  ])("the class of %s matches exactly what \\p{…} matches", (_name, mask, property) => {
    const built = new RegExp(`^[${unicodeClass(mask)}]$`, "u");
    const anchored = new RegExp(`^${property.source}$`, "u");
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff && wrong.length < 10; cp++) {
      const s = String.fromCodePoint(cp);
      const expected = anchored.test(s);
      if (built.test(s) !== expected || inCategories(cp, mask) !== expected) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test("the code-point walks answer as the property-escape expressions do, on any text with lone surrogates", () => {
    const piece = fc.oneof(
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.constantFrom("\ud800", "\udc00", "\ud83d\ude00", "\u0301", "Zoë", "日本", "٣", " ", "-", "'", "İ"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        expect(someCodePointIn(text, LETTER)).toBe(/\p{L}/u.test(text));
        expect(fromFirstCodePointIn(text, LETTER)).toBe(text.replace(/^[^\p{L}]+/u, ""));
        expect(runsOfCodePointsIn(text, LETTER | MARK)).toEqual(text.split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0));
      }),
      { numRuns: 2000 },
    );
  });
});
