import { compilePhrases, matchPhrases, wordsOf } from "../../../../src/core/content/special-category";

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
