import { checkMessage } from "../../../src/core/check/check-message";
import { MessageInputSchema } from "../../../src/core/check/message";
import { defaultPolicy } from "../../../src/core/policy/policy";
import corpus from "./fixtures/verdict-corpus.json";

/**
 * The verdict's bar (issue 2): no ordinary work email held, every case-sharing email held. Ordinary mail
 * goes to partners, suppliers, webmail and secure domains alike, with phone numbers, postcodes and
 * order numbers in it; case mail carries identifiers, special category information or safeguarding
 * vocabulary, or goes to a lookalike address.
 */
const policy = defaultPolicy(["hertfordshire.gov.uk"]);
const check = (to: string, body: string) =>
  checkMessage(MessageInputSchema.parse({ from: "jo.smith@hertfordshire.gov.uk", to: [to], body }), { policy });

describe("verdict corpus", () => {
  it.each(corpus.ordinary.map((m) => [m.to, m.body] as const))("ordinary mail to %s passes", (to, body) => {
    const result = check(to, body);
    expect({ verdict: result.verdict, reasons: result.verdictReasons }).toEqual({ verdict: "pass", reasons: [] });
  });

  it.each(corpus.case.map((m) => [m.to, m.body] as const))("case mail to %s is held for review", (to, body) => {
    const result = check(to, body);
    expect(result.verdict).toBe("review");
    expect(result.verdictReasons.length).toBeGreaterThan(0);
  });
});
