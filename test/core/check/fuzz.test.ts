import fc from "fast-check";
import { checkMessage } from "../../../src/core/check/check-message";
import { MessageInputSchema } from "../../../src/core/check/message";
import type { CheckResult, Span } from "../../../src/core/check/result";
import { defaultPolicy } from "../../../src/core/policy/policy";
import { htmlToText } from "../../../src/core/text";

/**
 * Hostile input must never throw, never hang (regex backtracking), and every offset must lie inside
 * the analysed text. At least 10,000 generated messages, plus the named extremes from the issue.
 */
const policy = defaultPolicy(["hertfordshire.gov.uk"]);

/** The text the offsets refer to: the body, or the body with HTML stripped. */
function textOf(body: string, html: boolean): string {
  return html ? htmlToText(body) : body;
}

function expectOffsetsInside(result: CheckResult, length: number, body: string | undefined): void {
  const spans: (Span & { text?: string })[] = [
    ...result.sentences,
    ...result.sentences.flatMap((s) => s.cues),
    ...result.identifiers,
    ...result.acronyms,
    ...result.specialCategory,
    ...result.skipped,
  ];
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(length);
    if (body !== undefined && s.text !== undefined) expect(body.slice(s.start, s.end)).toBe(s.text);
  }
  for (let i = 1; i < result.sentences.length; i++) {
    expect(result.sentences[i]!.start).toBeGreaterThanOrEqual(result.sentences[i - 1]!.end);
  }
}

/** Characters that break naive text handling. */
const nasty = fc.constantFrom(
  "\u202e", "\u202d", "\u200f", "\u200b", "\ufeff", "\ud800", "\udfff", "\u0000", "\u0007", "\r", "\n", "\r\n", "\t",
  ".", "...", "!?", "Mr.", "Dr.", "e.g.", "10.30", "> ", "On Mon wrote:", "From: x", "Sent: y", "-- \n", "@", "<", ">",
  "\"", "'", "(", ")", "nhs.net", "CAMHS", "I think", "said", "DOB", "943 476 5919", "AB123456C", "SW1A 1AA", "07700 900123",
  "Kind regards", "е", "xn--", "\u0301", "😀", "\u2028", "•", "1.", "a)",
);
const bodyArb = fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), nasty, fc.string()), { maxLength: 40 }).map((parts) => parts.join(""));
const addressArb = fc.oneof(
  fc.emailAddress(),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.tuple(fc.string({ maxLength: 20 }), fc.emailAddress()).map(([n, a]) => `"${n}" <${a}>`),
  fc.constantFrom("a@nhs.net", "x@nhs.nеt", "x@nhs.net.co", "x@@y", "<>", '"a@b.com" <c@d.com>', "j.bloggs@met.police.uk."),
);

describe("fuzz: checkMessage on hostile input", () => {
  it("never throws and keeps every offset inside the text (10,000 generated messages)", () => {
    fc.assert(
      fc.property(bodyArb, fc.array(addressArb, { maxLength: 6 }), fc.boolean(), (body, to, html) => {
        const message = MessageInputSchema.parse({ to, body, html });
        const result = checkMessage(message, { policy });
        const text = textOf(body, html);
        expectOffsetsInside(result, text.length, text);
        expect(["pass", "review"]).toContain(result.verdict);
        expect(result.recipients).toHaveLength(to.length);
      }),
      { numRuns: 10_000, seed: 20261125 },
    );
  }, 300_000);

  it.each([
    ["a 1 MB line", "word ".repeat(200_000)],
    ["1 MB of dots", ".".repeat(1_000_000)],
    ["1 MB of digits", "7".repeat(1_000_000)],
    ["titles without end", "Mr. ".repeat(200_000)],
    ["nested brackets", "(".repeat(300_000) + ")".repeat(300_000)],
    ["unpaired surrogates", "\ud800a\udc00".repeat(200_000)],
    ["quote markers", "> ".repeat(300_000)],
    ["at signs", "a@".repeat(300_000)],
    ["long numbers with spaces", "123 456 ".repeat(120_000)],
  ])("survives %s", (_name, body) => {
    const result = checkMessage(MessageInputSchema.parse({ to: ["a@gmail.com"], body }), { policy });
    expectOffsetsInside(result, body.length, body);
  }, 120_000);

  it("classifies 50,000 recipients", () => {
    const to = Array.from({ length: 50_000 }, (_, i) => `person${i}@domain${i % 500}.org.uk`);
    const result = checkMessage(MessageInputSchema.parse({ to, body: "See you at 10.30." }), { policy });
    expect(result.recipients).toHaveLength(50_000);
    expect(result.recipients.every((r) => r.class === "unverified")).toBe(true);
    expect(result.recipients[0]!.flags.map((f) => f.kind)).toContain("large-audience");
  }, 120_000);
});
