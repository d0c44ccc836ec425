import fc from "fast-check";
import { isLineBreakCode, splitLines, type Line } from "../../../src/core/text/lines";
import { skipSpaceForward, trimSpaceBackward } from "../../../src/core/text/chars";

/** The definition of the lines: a loop over every character (what splitLines was before it used a regular expression). */
function linesByEveryCharacter(text: string, from = 0, to = text.length): Line[] {
  const line = (start: number, end: number): Line => {
    const contentStart = skipSpaceForward(text, start, end);
    return { start, end, contentStart, contentEnd: trimSpaceBackward(text, contentStart, end) };
  };
  const lines: Line[] = [];
  let start = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isLineBreakCode(c)) {
      lines.push(line(start, i));
      i += c === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      start = i;
    } else {
      i++;
    }
  }
  lines.push(line(start, to));
  return lines;
}

describe("splitLines", () => {
  it.each([
    ["one line", ["one line"]],
    ["a\nb", ["a", "b"]],
    ["a\r\nb", ["a", "b"]],
    ["a\r\rb", ["a", "", "b"]],
    ["a\n", ["a", ""]],
    ["", [""]],
    ["a\u2028b\u2029c", ["a", "b", "c"]],
    ["  indented  \n", ["indented", ""]],
  ])("%j has the lines %j", (text, expected) => {
    expect(splitLines(text).map((l) => text.slice(l.contentStart, l.contentEnd))).toEqual(expected);
  });

  it("gives exactly the lines of the character-by-character definition, for any text and range", () => {
    const piece = fc.constantFrom("a", "word ", " ", "\t", "\n", "\r", "\r\n", "\u2028", "\u2029", "\u00a0", "x y");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join("");
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(splitLines(text)).toEqual(linesByEveryCharacter(text));
        expect(splitLines(text, from, to)).toEqual(linesByEveryCharacter(text, from, to));
      }),
      { numRuns: 2000 },
    );
  });
});
