import fc from "fast-check";
import { followingWords, isTopicMention } from "../../../src/core/content/topic-mention";

/** The words after a term as first written: a regular expression on the next 80 characters. */
function followingWordsByExpression(body: string, end: number): string[] {
  const next = /^(?:[\s&-]*[A-Za-z][A-Za-z'-]*){1,3}/.exec(body.slice(end, end + 80));
  return next ? (next[0].match(/[A-Za-z][A-Za-z'-]*/g) ?? []).map((w) => w.toLowerCase()) : [];
}

describe("topic mentions", () => {
  it("reads the words after a term exactly as the expression did, for any text", () => {
    const piece = fc.constantFrom("abuse", "Awareness", "training", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "&", "-", "'", "children's", "abuse-related", "7", ".", ",", "é", "x".repeat(70), "\u2028");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.nat(), (parts, at) => {
        const body = parts.join("");
        const end = body.length ? at % (body.length + 1) : 0;
        expect(followingWords(body, end)).toEqual(followingWordsByExpression(body, end));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["We ran a domestic abuse awareness session for staff.", "domestic abuse", true],
    ["Mum disclosed domestic abuse last night.", "domestic abuse", false],
    ["Self-harm among teenagers is rising.", "Self-harm", true],
  ])("%j: '%s' is a topic: %s", (body, term, topic) => {
    const start = body.indexOf(term);
    expect(isTopicMention(body, start, start + term.length)).toBe(topic);
  });
});
