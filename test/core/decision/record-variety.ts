/**
 * Many different decision records, for the tests that read every field of a record (record text, CSV):
 * every example answers file (one per path of the flow) with no analysis, the shared analysis and a risky
 * one, every flag resolution, every channel, subjects recorded or not, reviewed or not; and the demo's
 * sample records. Only records the core builds are kept: each is a record SafeShare could write.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Analysis, type CsvEntry, type DecisionRecord, isRiskyAddressFlag, prefillFrom, recordFromAnswers, type Review, sha256Hex } from "../../../src/core/decision";
import { sampleRecords } from "../../../src/dev/demo/teams/sample-records";
import { ALL_CONFIRMED, ANALYSIS, context, recordIdN } from "./fixtures";

const DIR = join(__dirname, "..", "..", "..", "examples", "answers");
const EXAMPLES: Record<string, unknown>[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Record<string, unknown>);

/** An analysis with every kind of recipient trouble: a look-alike, an invalid address, a list, a display name. */
export const RISKY_ANALYSIS: Analysis = {
  ...ANALYSIS,
  recipients: [
    ...ANALYSIS.recipients,
    { address: "duty@herts-p0lice.uk", field: "to", class: "lookalike", flags: [] },
    { address: "not-an-address", field: "cc", class: "invalid", flags: [] },
    { address: "all-staff@herts.gov.uk", field: "bcc", class: "internal", flags: [{ kind: "distribution-list" }] },
    { address: "jo.bloggs@outlook.com", field: "to", class: "unverified", flags: [{ kind: "display-name-address" }] },
  ],
  identifiers: [...ANALYSIS.identifiers, { type: "nhs-number", start: 140, end: 152, quoted: true }],
};

const MESSAGES = [
  { kind: "email", headerId: "<safeshare-1@herts.gov.uk>" },
  { kind: "email", headerId: null },
  { kind: "teams-chat", chatId: "19:abc@thread.v2", messageId: null },
  { kind: "teams-chat", chatId: "19:abc@thread.v2", messageId: "1712345678901" },
  { kind: "teams-channel", teamId: "b7a3c1e2-5d4f-4e6a-9b8c-0d1e2f3a4b5c", channelId: "19:general@thread.tacv2", messageId: "1712345678902" },
] as const;

/** Every flag of the analysis resolved: variant 0 fixes them all; 1 overrides or (a risky address) confirms each. */
function rightWayFor(analysis: Analysis, variant: number) {
  return {
    ...ALL_CONFIRMED,
    flagResolutions: prefillFrom(analysis).flags.map((flag) => ({
      flagId: flag.id,
      resolution:
        variant === 0
          ? { kind: "fixed" }
          : isRiskyAddressFlag(flag)
            ? { kind: "confirmed-another-way", how: "Rang the duty desk on the number in the directory." }
            : { kind: "overridden", reason: "The recipient confirmed by phone; no secure route was available in time." },
    })),
  };
}

function built(answers: unknown, analysis: Analysis | undefined, n: number): DecisionRecord | null {
  const r = recordFromAnswers({
    answers,
    ...(analysis ? { analysis } : {}),
    context: context({
      recordId: recordIdN(n),
      decidedAt: `2026-03-0${1 + (n % 9)}T10:${String(n % 60).padStart(2, "0")}:00.000Z`,
      message: MESSAGES[n % MESSAGES.length],
      subject: n % 2 === 0 ? "Referral for the S children, with [secure]" : null,
      subjectPolicy: n % 2 === 0 ? "record" : "omit",
      sharedTextSha256: n % 3 === 0 ? null : sha256Hex(`message ${n}`),
      previousHash: n % 4 === 0 ? null : sha256Hex(`previous ${n}`),
    }),
  });
  return r.kind === "record" ? r.record : null;
}

/** The records built from the examples and analyses, in a fixed order. */
export function exampleRecords(): DecisionRecord[] {
  const out: DecisionRecord[] = [];
  let n = 0;
  for (const example of EXAMPLES) {
    for (const analysis of [undefined, ANALYSIS, RISKY_ANALYSIS]) {
      for (const variant of analysis ? [0, 1] : [0]) {
        n++;
        // The analyses find health information: where the example has a lawful basis, it needs an Article 9 condition.
        const lawfulBasis = analysis && example.lawfulBasis ? { lawfulBasis: { ...(example.lawfulBasis as object), article9: "substantial-public-interest-safeguarding" } } : {};
        const answers = analysis && example.rightWay ? { ...example, ...lawfulBasis, rightWay: rightWayFor(analysis, variant) } : example;
        const record = built(answers, analysis, n);
        if (record) out.push(record);
      }
    }
  }
  return out;
}

const REVIEWS: readonly (Review | null)[] = [
  null,
  { reviewedBy: "sam.manager@herts.gov.uk", reviewedAt: "2026-03-04T08:00:00.123Z", comment: "Proportionate; discussed in supervision." } as Review,
  { reviewedBy: "sam.manager@herts.gov.uk", reviewedAt: "2026-03-05T16:30:00Z", comment: "" } as Review,
];

/** A wide variety of entries (record, item id, review): the examples' records and 120 of the demo's. */
export function varietyOfEntries(): CsvEntry[] {
  const demo = sampleRecords({
    practitioners: [
      { upn: "a@contoso.onmicrosoft.com", objectId: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c51" },
      { upn: "b@contoso.onmicrosoft.com", objectId: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d62" },
    ],
    team: "North",
    count: 120,
    now: new Date("2026-03-02T12:00:00Z"),
  });
  return [...exampleRecords(), ...demo].map((record, i) => ({ itemId: String(i + 1), record, review: REVIEWS[i % REVIEWS.length] ?? null }));
}
