import fc from "fast-check";
import { compilePhrases, matchPhrases, wordsOf } from "../../../../src/core/content/special-category";
import { inCategories, LETTER, NUMBER } from "../../../../src/core/text/unicode";

/** The word split as first written: a loop over every code unit (wordsOf must give exactly the same). */
function wordsByEveryCodeUnit(body: string): { start: number; end: number; text: string; lower: string }[] {
  const isWordChar = (i: number): boolean => {
    const c = body.charCodeAt(i);
    if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (c >= 0xd800 && c <= 0xdfff) return false;
    return inCategories(c, LETTER | NUMBER);
  };
  const out: { start: number; end: number; text: string; lower: string }[] = [];
  const n = body.length;
  const lowered = body.toLowerCase();
  const aligned = lowered.length === n;
  let i = 0;
  while (i < n) {
    if (!isWordChar(i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(i)) i++;
    while (i + 1 < n && body.charCodeAt(i) === 38 && isWordChar(i + 1)) {
      i++;
      while (i < n && isWordChar(i)) i++;
    }
    const c = body.charCodeAt(i);
    if (i + 1 < n && (c === 39 || c === 0x2019) && isWordChar(i + 1)) {
      let j = i + 1;
      while (j < n && j - i <= 3 && isWordChar(j)) j++;
      if (j - i <= 3) i = j;
    }
    const text = body.slice(start, i);
    out.push({ start, end: i, text: text.replace(/\u2019/g, "'"), lower: (aligned ? lowered.slice(start, i) : text.toLowerCase()).replace(/\u2019/g, "'") });
  }
  return out;
}


describe("wordsOf", () => {
  it.each([
    ["Hello, world!", ["Hello", "world"]],
    ["Down's syndrome", ["Down's", "syndrome"]],
    ["Down’s", ["Down's"]],
    ["A&E visit", ["A&E", "visit"]],
    ["self-harm", ["self", "harm"]],
    ["café naïve", ["café", "naïve"]],
    ["O'Brien", ["O", "Brien"]],
    ["rock & roll", ["rock", "roll"]],
    ["x\ud800y", ["x", "y"]],
    ["", []],
  ])("%j", (body, expected) => {
    expect(wordsOf(body).map((w) => w.text)).toEqual(expected);
  });

  it("keeps offsets into the body", () => {
    const body = "  Mental  Health ";
    for (const w of wordsOf(body)) expect(body.slice(w.start, w.end)).toBe(w.text);
  });

  it("keeps offsets when lower-casing changes length", () => {
    const body = "İstanbul self harm";
    const words = wordsOf(body);
    expect(words.map((w) => body.slice(w.start, w.end))).toEqual(["İstanbul", "self", "harm"]);
  });
});

describe("matchPhrases", () => {
  const m = compilePhrases<string>([
    ["mental health", "a"],
    ["mental health act", "b"],
    ["diabet*", "c"],
    ["=GP", "d"],
    ["harm", "e"],
  ]);
  const run = (body: string): string[] => matchPhrases(body, wordsOf(body), m).map((x) => `${x.value}:${x.text}`);

  it.each([
    ["the Mental Health Act applies", ["b:Mental Health Act"]],
    ["mental health services", ["a:mental health"]],
    ["she is diabetic", ["c:diabetic"]],
    ["diabetes", ["c:diabetes"]],
    ["her GP", ["d:GP"]],
    ["her gp", []],
    ["mental, health", []],
    ["harmless", []],
    ["harm harm", ["e:harm", "e:harm"]],
    ["mental-health", ["a:mental-health"]],
    ["mental    health", []],
  ])("%j", (body, expected) => {
    expect(run(body)).toEqual(expected);
  });
});

describe("wordsOf", () => {
  it("splits exactly as the loop over every code unit, in any script and with lone surrogates", () => {
    const piece = fc.constantFrom("Oscar", "’s", "'s", "'ll", "&", "A&E", " ", "\n", "-", "123", "Zoë", "İ", "ǅ", "日本", "\ud83d\ude00", "\ud800", "\udc00", "–", "“", "’", "x’", "Nan's", "٣", "ΟΔΟΣ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const body = parts.join("");
        expect(wordsOf(body)).toEqual(wordsByEveryCodeUnit(body));
      }),
      { numRuns: 1000 },
    );
  });

  it("splits text whose words are all ASCII (the one-expression path) exactly so too", () => {
    const piece = fc.constantFrom("Oscar", "’s", "'s", "'ll", "'", "’", "&", "A&E", "&&", " ", "\n", "-", "123", "–", "—", "“", "”", "‘", "…", "•", "\u00a0", "£5", "x’", "it’sa", "Nan's", "ab'cd", "a'b'c", ".");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const body = parts.join("");
        expect(wordsOf(body)).toEqual(wordsByEveryCodeUnit(body));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("matchPhrases", () => {
  it("finds exactly what it finds without the start tables (they only skip words no phrase starts with)", () => {
    const word = fc.constantFrom("mental", "health", "self", "harm", "GP", "gp", "diabetes", "diabet*", "=GP", "a", "x", "it's", "Down's", "the", "heal*", "h*", "hel", "syndrome", "zz", "café", "日本");
    const bodyPiece = fc.constantFrom("mental", "Mental", "health", "self", "harm", "GP", "gp", "diabetes", "diabetic", "a", "x", "it's", "Down's", "the", "healthy", "hel", "hello", "syndrome", "zz", "Café", "日本", " ", " ", "-", "\n", ", ", "  ");
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), fc.array(bodyPiece, { maxLength: 40 }), (phraseWords, parts) => {
        const matcher = compilePhrases(phraseWords.map((ws, k) => [ws.join(" "), `v${k}`] as const));
        // Every start bit set: each body word is looked up in the trie, as before the tables existed.
        const everyWord = { ...matcher, startsWord: { bits: new Uint32Array(matcher.startsWord.bits.length).fill(0xffffffff) } };
        const body = parts.join("");
        expect(matchPhrases(body, wordsOf(body), matcher)).toEqual(matchPhrases(body, wordsOf(body), everyWord));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps one start bit per word at the root, and tries every word when the root has a prefix", () => {
    const bits = (t: Uint32Array): number => t.reduce((n, x) => n + x.toString(2).replace(/0/g, "").length, 0);
    const words = compilePhrases([["mental health", "health"], ["self harm", "health"], ["=GP", "health"]]);
    expect(bits(words.startsWord.bits)).toBe(3);
    expect(words.rootPrefixes).toBe(false);
    expect(compilePhrases([["diabet*", "health"]]).rootPrefixes).toBe(true);
  });
});
