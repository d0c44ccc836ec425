import { defaultPolicy } from "../../src/core/policy/policy";
import { policyDigest } from "../../src/core/policy/policy-version";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decideOptionsFrom, DecideOptionsSchema, messageRefFrom, runDecide } from "../../src/cli/decide-command";
import { decisionRecordFrom, prefillFrom, sha256Hex, verifyChain } from "../../src/core/decision";
import { ANALYSIS, PRACTITIONER, recordIdN } from "../core/decision/fixtures";
import { fakeIO } from "../support/fake-io";

const example = (name: string) => readFileSync(join(__dirname, "..", "..", "examples", "answers", `${name}.json`), "utf8");
const RECORD_ARGS = ["--record", "--record-id", recordIdN(1), "--practitioner", PRACTITIONER.upn, "--practitioner-id", PRACTITIONER.objectId, "--team", "MASH"];

describe("safeshare decide", () => {
  it("prints the recommendation and its rule path, exit 0", async () => {
    const io = fakeIO({ files: { "a.json": example("public-interest-significant-harm") } });
    expect(await runDecide(io, ["--answers", "a.json"])).toBe(0);
    const out = io.stdoutText();
    expect(out).toMatch(/^Recommendation: share\n/);
    expect(out).toMatch(/almost certainly be satisfied/);
    expect(out).toMatch(/5\. public-interest\.significant-harm: /);
    expect(out).toMatch(/000_909eb6f959d1b13b\.txt/);
  });

  it("prints one JSON object with --json", async () => {
    const io = fakeIO({ files: { "a.json": example("public-interest-unsure") } });
    expect(await runDecide(io, ["--answers", "a.json", "--json"])).toBe(0);
    const result = JSON.parse(io.stdoutText());
    expect(result.recommendation).toMatchObject({ value: "seek-advice", significantHarm: false });
    expect(result.recommendation.path.map((s: { rule: string }) => s.rule).at(-1)).toBe("public-interest.unsure");
    expect(result.record).toBeUndefined();
  });

  it("prints a validated, verifiable record with --record, timed by io.now()", async () => {
    const text = "Chloe has a bruise on her arm.";
    const io = fakeIO({ files: { "a.json": example("public-interest-satisfied"), "mail.txt": text }, now: new Date("2026-11-25T09:15:42.500Z") });
    const code = await runDecide(io, ["--answers", "a.json", "--json", ...RECORD_ARGS, "--shared-text", "mail.txt", "--subject", "Referral", "--subject-policy", "record"]);
    expect(code).toBe(0);
    const { record } = JSON.parse(io.stdoutText());
    const parsed = decisionRecordFrom(record);
    if (parsed.kind !== "ok") throw new Error(parsed.message);
    expect(parsed.record).toMatchObject({ recordId: recordIdN(1), decidedAt: "2026-11-25T09:15:42Z", team: "MASH", subject: "Referral", sharedTextSha256: sha256Hex(text), previousHash: null });
    expect(JSON.stringify(record)).not.toContain("bruise");
    expect(verifyChain([parsed.record]).ok).toBe(true);
  });

  it("records the policy it was decided under: the built-in default, a saved version's file, or a file not saved", async () => {
    const run = async (files: Record<string, string>, args: string[]) => {
      const io = fakeIO({ files: { "a.json": example("public-interest-satisfied"), ...files } });
      const code = await runDecide(io, ["--answers", "a.json", "--json", ...RECORD_ARGS, ...args]);
      return { code, io, record: code === 0 ? (JSON.parse(io.stdoutText()) as { record: { policy: unknown } }).record : undefined };
    };
    const policy = { internalDomains: ["hertfordshire.gov.uk"] };
    expect((await run({}, [])).record?.policy).toEqual({ version: 0, sha256: policyDigest(defaultPolicy()) });
    expect((await run({ "p.json": JSON.stringify(policy) }, ["--policy", "p.json", "--policy-version", "3"])).record?.policy).toEqual({ version: 3, sha256: policyDigest(defaultPolicy(["hertfordshire.gov.uk"])) });
    expect((await run({ "p.json": JSON.stringify(policy) }, ["--policy", "p.json"])).record?.policy).toMatchObject({ version: null });
    const bad = await run({ "p.json": "null" }, ["--policy", "p.json"]);
    expect(bad.code).toBe(2);
    expect(bad.io.stderrText()).toMatch(/--policy p\.json is not a valid policy/);
    const orphan = await run({}, ["--policy-version", "3"]);
    expect(orphan.code).toBe(2);
    expect(orphan.io.stderrText()).toMatch(/--policy-version needs --policy FILE/);
  });

  it("refuses to keep a look-alike address with a reason, and records it once confirmed with the recipient", async () => {
    const lookalike = { ...ANALYSIS, recipients: [{ address: "duty@nhs.net.co", field: "to", class: "lookalike", flags: [] }] };
    const flags = prefillFrom(lookalike as typeof ANALYSIS).flags;
    const answersWith = (resolution: unknown) => {
      const answers = JSON.parse(example("public-interest-satisfied"));
      answers.rightWay.flagResolutions = flags.map((f) => ({ flagId: f.id, resolution: f.kind === "recipient-class" ? resolution : { kind: "fixed" } }));
      answers.lawfulBasis.article9 = "health-or-social-care";
      delete answers.identifiable;
      return JSON.stringify(answers);
    };
    const check = JSON.stringify({ verdict: "review", verdictReasons: [], skipped: [], ...lookalike });
    const kept = fakeIO({ files: { "a.json": answersWith({ kind: "overridden", reason: "I know them." }), "check.json": check } });
    expect(await runDecide(kept, ["--answers", "a.json", "--analysis", "check.json", "--json", ...RECORD_ARGS])).not.toBe(0);
    expect(kept.stderrText() + kept.stdoutText()).toMatch(/duty@nhs\.net\.co cannot be kept with a reason/);
    const confirmed = fakeIO({ files: { "a.json": answersWith({ kind: "confirmed-another-way", how: "Rang the duty desk on the number in the NHS directory." }), "check.json": check } });
    expect(await runDecide(confirmed, ["--answers", "a.json", "--analysis", "check.json", "--json", ...RECORD_ARGS])).toBe(0);
    const { record } = JSON.parse(confirmed.stdoutText());
    expect(record.flags.find((f: { flag: { kind: string } }) => f.flag.kind === "recipient-class").resolution).toEqual({ kind: "confirmed-another-way", how: "Rang the duty desk on the number in the NHS directory." });
  });

  it("chains to --previous-hash and prefills from --analysis", async () => {
    const previous = sha256Hex("previous record");
    const flags = prefillFrom(ANALYSIS).flags.map((f) => ({ flagId: f.id, resolution: { kind: "fixed" } }));
    const answers = JSON.parse(example("public-interest-satisfied"));
    answers.rightWay.flagResolutions = flags;
    answers.lawfulBasis.article9 = "health-or-social-care";
    delete answers.identifiable;
    const io = fakeIO({ files: { "a.json": JSON.stringify(answers), "check.json": JSON.stringify({ verdict: "review", verdictReasons: [], skipped: [], ...ANALYSIS }) } });
    const code = await runDecide(io, ["--answers", "a.json", "--analysis", "check.json", "--json", ...RECORD_ARGS, "--previous-hash", previous, "--channel", "teams-chat", "--message-ref", "19:abc@thread.v2/1700000000000"]);
    expect(io.stderrText()).toBe("");
    expect(code).toBe(0);
    const { record } = JSON.parse(io.stdoutText());
    expect(record).toMatchObject({ previousHash: previous, message: { kind: "teams-chat", chatId: "19:abc@thread.v2", messageId: "1700000000000" } });
    expect(record.recipients).toHaveLength(2);
    expect(record.flags).toHaveLength(6);
  });

  it("names each missing or wrong answer with its step and field, exit 2", async () => {
    const io = fakeIO({ files: { "a.json": JSON.stringify({ purpose: { kind: "child-in-need" }, identifiable: "perhaps" }) } });
    expect(await runDecide(io, ["--answers", "a.json"])).toBe(2);
    expect(io.stderrText().trim().split("\n")).toEqual(["a.json: step 2 (identifiable) identifiable: must be \"yes\" or \"no\""]);

    const io2 = fakeIO({ files: { "a.json": JSON.stringify({ purpose: { kind: "child-in-need" }, identifiable: "yes", confidential: "yes" }) } });
    expect(await runDecide(io2, ["--answers", "a.json"])).toBe(2);
    expect(io2.stderrText().trim().split("\n")).toEqual([
      "a.json: step 4 (consent) consent: missing: Do you have consent to share? (obtained, refused, or not sought with the reason)",
      "a.json: step 5 (lawful-basis) lawfulBasis: missing: What is the UK GDPR Article 6 lawful basis (and the Article 9 condition for special category data)?",
      "a.json: step 5 (lawful-basis) publicInterest: missing: The public-interest test: is sharing without consent justified?",
      "a.json: step 6 (right-way) rightWay: missing: Right information, right way: confirm each principle and resolve each flag",
      "a.json: step 7 (inform) inform: missing: Will the person the information is about be told it is being shared?",
      "a.json: step 8 (advice) advice: missing: Did you seek advice? (or none)",
      "a.json: step 9 (decision) decision: missing: Your decision and your reasons",
    ]);
    expect(io2.stdoutText()).toBe("");
  });

  it("refuses consent sought under a court order, naming the step and field", async () => {
    const answers = JSON.parse(example("consent-statutory-duty"));
    answers.consent = { kind: "obtained", form: "explicit-written", whose: [{ kind: "adult-concerned" }], coversThisSharing: "yes" };
    const io = fakeIO({ files: { "a.json": JSON.stringify(answers) } });
    expect(await runDecide(io, ["--answers", "a.json"])).toBe(2);
    expect(io.stderrText()).toMatch(/^a\.json: step 4 \(consent\) consent\.kind: a statutory duty or court order applies: consent must not be sought/);
  });

  it.each([
    [[], /--answers FILE\.json is required/],
    [["--answers", "missing.json"], /cannot read answers file missing\.json/],
    [["--answers", "bad.json"], /answers file bad\.json is not valid JSON/],
    [["--answers", "a.json", "--bogus"], /Unknown option '--bogus'/],
    [["--answers", "a.json", "--record"], /--record needs --practitioner/],
    [["--answers", "a.json", "--team", "x"], /--team is used only with --record/],
    [["--answers", "a.json", ...RECORD_ARGS, "--channel", "teams-channel"], /--channel teams-channel needs --message-ref/],
    [["--answers", "a.json", ...RECORD_ARGS, "--previous-hash", "xyz"], /record: previousHash: must be a SHA-256 hash/],
    [["--answers", "a.json", "--analysis", "bad-check.json"], /not a safeshare check --json result/],
  ] as [string[], RegExp][])("usage and input errors exit 2: %j", async (argv, message) => {
    const io = fakeIO({ files: { "a.json": example("consent-obtained"), "bad.json": "{", "bad-check.json": JSON.stringify({ recipients: [{ address: 1 }] }) } });
    expect(await runDecide(io, argv)).toBe(2);
    expect(io.stderrText()).toMatch(message);
  });

  it("exports its options schema, with defaults", () => {
    expect(DecideOptionsSchema.parse({ answers: "a.json" })).toMatchObject({ json: false, record: false, channel: "email", "subject-policy": "omit", "app-version": "dev" });
    expect(decideOptionsFrom(["--answers", "a.json", "--json"])).toMatchObject({ answers: "a.json", json: true });
    expect(messageRefFrom("teams-channel", "team/channel")).toEqual({ kind: "teams-channel", teamId: "team", channelId: "channel", messageId: null });
    expect(messageRefFrom("email", undefined)).toEqual({ kind: "email", headerId: null });
  });
});
