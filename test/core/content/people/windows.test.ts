import fc from "fast-check";
import { MAX_WINDOW, windowCursor, windowIndexAt, windowsOf } from "../../../../src/core/content/people/windows";

/**
 * The definition of the windows, written as the plain loop over every character that windowsOf was
 * before it looked only at the break candidates (a regular expression, for the cold on-send runtime).
 */
function windowsByEveryCharacter(text: string, from = 0, to = text.length): { start: number; end: number }[] {
  const space = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
  const titles = new Set(["mr", "mrs", "ms", "mx", "dr", "st", "prof", "rev", "revd", "sgt", "insp", "det", "cllr", "approx", "no", "ref", "tel", "dob", "d.o.b"]);
  const abbreviationDot = (dot: number): boolean => {
    if (text.charCodeAt(dot) !== 46) return false;
    let s = dot;
    while (s > 0 && /[A-Za-z]/.test(text.charAt(s - 1))) s--;
    const word = text.slice(s, dot);
    return (word.length === 1 && word >= "A" && word <= "Z") || titles.has(word.toLowerCase());
  };
  const out: { start: number; end: number }[] = [];
  let start = from;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && space(text.charCodeAt(s))) s++;
    while (e > s && space(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(i);
      start = i + 1;
    } else if ((c === 46 || c === 33 || c === 63) && (i + 1 >= to || space(text.charCodeAt(i + 1))) && !abbreviationDot(i)) {
      push(i + 1);
    } else if (i - start >= MAX_WINDOW) {
      push(i);
    }
  }
  push(to);
  return out;
}

const texts = (t: string): string[] => windowsOf(t).map((w) => t.slice(w.start, w.end));

describe("windows", () => {
  it("ends a window at a full stop, question or exclamation mark before a space, and at every line break", () => {
    expect(texts("Tyler is 14. He is missing!\nCall me? Thanks")).toEqual(["Tyler is 14.", "He is missing!", "Call me?", "Thanks"]);
  });

  it("keeps a title or an initial with the name after it", () => {
    expect(texts("Mr. Kemp rang. J. Smith came too.")).toEqual(["Mr. Kemp rang.", "J. Smith came too."]);
  });

  it("keeps decimals and addresses whole", () => {
    expect(texts("He weighed 4.1 kg at jo@x.org.uk today.")).toEqual(["He weighed 4.1 kg at jo@x.org.uk today."]);
  });

  it("never makes a window longer than MAX_WINDOW, so a hostile line costs what short sentences do", () => {
    const line = "word ".repeat(20000);
    const windows = windowsOf(line);
    expect(windows.every((w) => w.end - w.start <= MAX_WINDOW + 1)).toBe(true);
    expect(windows.length).toBeGreaterThan(200);
  });

  it("gives exactly the windows of the character-by-character definition, for any text and range", () => {
    const piece = fc.constantFrom("Mr. Kemp", " J. Smith", "e.g.", "4.1", "!", "?", ".", ". ", "\n", "\r\n", " ", "\u00a0", "word ", "x".repeat(450), "dob. ", "No. 5");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join("");
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(windowsOf(text)).toEqual(windowsByEveryCharacter(text));
        expect(windowsOf(text, from, to)).toEqual(windowsByEveryCharacter(text, from, to));
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same windows one at a time, reading only as far as it is asked", () => {
    const text = "Tyler is 14. He is missing!\nCall me? Thanks";
    const next = windowCursor(text);
    const first = next();
    expect(first && text.slice(first.start, first.end)).toBe("Tyler is 14.");
    const rest: string[] = [];
    for (let w = next(); w !== undefined; w = next()) rest.push(text.slice(w.start, w.end));
    expect(rest).toEqual(["He is missing!", "Call me?", "Thanks"]);
    expect(next()).toBeUndefined();
    // Two cursors over one text do not disturb each other (each has its own search position).
    const a = windowCursor(text);
    const b = windowCursor(text);
    expect([a(), b(), a(), b()].map((w) => w && text.slice(w.start, w.end))).toEqual(["Tyler is 14.", "Tyler is 14.", "He is missing!", "He is missing!"]);
  });

  it("finds the window holding an offset", () => {
    const t = "One. Two. Three.";
    const windows = windowsOf(t);
    expect(windowIndexAt(windows, t.indexOf("Two"))).toBe(1);
    expect(windowIndexAt(windows, t.length + 5)).toBe(-1);
  });
});
