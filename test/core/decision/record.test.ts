import { createHash } from "node:crypto";
import {
  canonicalJson,
  type DecisionRecord,
  decisionRecordFrom,
  DecisionRecordSchema,
  prefillFrom,
  recordFromAnswers,
  recordHashOf,
  sealedRecord,
  sha256Hex,
  verifyChain,
} from "../../../src/core/decision";
import { ALL_CONFIRMED, ANALYSIS, baseAnswers, context, PRACTITIONER, recordIdN } from "./fixtures";

function recordOf(n: number, previousHash: string | null, overrides = {}): DecisionRecord {
  const built = recordFromAnswers({ answers: baseAnswers(overrides), context: context({ recordId: recordIdN(n), previousHash, decidedAt: `2026-11-25T09:0${n % 10}:00.000Z` }) });
  if (built.kind !== "record") throw new Error(JSON.stringify(built));
  return built.record;
}

/** A chain of n records, each pointing at the one before. */
function chainOf(n: number): DecisionRecord[] {
  const chain: DecisionRecord[] = [];
  for (let i = 1; i <= n; i++) chain.push(recordOf(i, chain[chain.length - 1]?.recordHash ?? null));
  return chain;
}

describe("DecisionRecord v1", () => {
  it("is built from complete answers and verifies", () => {
    const record = recordOf(1, null);
    expect(DecisionRecordSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({ schemaVersion: 3, decision: "share", decidedAt: "2026-11-25T09:01:00Z", previousHash: null, practitioner: PRACTITIONER });
    expect(record.recordHash).toBe(recordHashOf(record));
    expect(record.recommendation).toEqual({ value: "share", rules: ["purpose.legitimate", "identifiable.yes", "confidential.yes", "consent.refused", "lawful-basis.present", "public-interest.satisfied"] });
  });

  it("keeps the hash of the shared text, never the text, and the subject only when policy allows", () => {
    const text = "Chloe (DOB 12/03/2015) has a bruise.";
    const build = (policy: "omit" | "record") =>
      recordFromAnswers({ answers: baseAnswers(), context: context({ sharedTextSha256: sha256Hex(text), subject: "Chloe S - referral", subjectPolicy: policy }) });
    const omitted = build("omit");
    const recorded = build("record");
    if (omitted.kind !== "record" || recorded.kind !== "record") throw new Error("expected records");
    expect(omitted.record.subject).toBeNull();
    expect(recorded.record.subject).toBe("Chloe S - referral");
    expect(omitted.record.sharedTextSha256).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    expect(JSON.stringify(omitted.record)).not.toContain("12/03/2015");
  });

  it("records flags by kind and position with their resolutions, never the flagged words", () => {
    const flags = prefillFrom(ANALYSIS).flags;
    const rightWay = { ...ALL_CONFIRMED, flagResolutions: flags.map((f, i) => ({ flagId: f.id, resolution: i === 0 ? ({ kind: "overridden", reason: "Mum's own address, agreed." } as const) : ({ kind: "fixed" } as const) })) };
    const built = recordFromAnswers({ answers: baseAnswers({ rightWay, lawfulBasis: { article6: "public-task", article9: "health-or-social-care" } }), analysis: ANALYSIS, context: context() });
    if (built.kind !== "record") throw new Error(JSON.stringify(built));
    expect(built.record.recipients).toEqual([
      { address: "s.jones@gmail.com", field: "to", class: "personal" },
      { address: "duty@herts.police.uk", field: "cc", class: "secure" },
    ]);
    expect(built.record.flags[0]).toEqual({ flag: { kind: "recipient-class", id: "recipient:s.jones@gmail.com", address: "s.jones@gmail.com", class: "personal" }, resolution: { kind: "overridden", reason: "Mum's own address, agreed." } });
    expect(built.record.flags.map((f) => f.flag.kind)).toEqual(["recipient-class", "recipient-warning", "identifier", "sentence", "sentence", "acronym"]);
  });

  it("marks flags not-sent for a decision not to share and leaves out answers that were not needed", () => {
    const built = recordFromAnswers({
      answers: baseAnswers({ purpose: { kind: "none" }, decision: { kind: "do-not-share", reasons: "No purpose." } }),
      analysis: ANALYSIS,
      context: context(),
    });
    if (built.kind !== "record") throw new Error(JSON.stringify(built));
    expect(built.record.flags.every((f) => f.resolution.kind === "not-sent")).toBe(true);
    expect(built.record).toMatchObject({ consent: null, publicInterest: null, inform: null, article6: null, whatShared: null });
  });

  it("reports incomplete answers and an invalid context instead of building a record", () => {
    expect(recordFromAnswers({ answers: { purpose: { kind: "none" } }, context: context() })).toMatchObject({ kind: "incomplete" });
    const bad = recordFromAnswers({ answers: baseAnswers(), context: context({ recordId: "not-a-uuid", previousHash: "abc" }) });
    expect(bad.kind).toBe("invalid-context");
    expect(bad.kind === "invalid-context" && bad.message).toMatch(/recordId: must be a UUID[\s\S]*previousHash: must be a SHA-256 hash/);
  });

  it("is parsed strictly, with readable errors", () => {
    const record = recordOf(1, null);
    const parsed = decisionRecordFrom({ ...record, colour: "blue", decision: "maybe" });
    expect(parsed.kind).toBe("error");
    expect(parsed.kind === "error" && parsed.message.split("\n")).toEqual(expect.arrayContaining([expect.stringMatching(/^decision: /), expect.stringMatching(/colour/)]));
    expect(DecisionRecordSchema.safeParse({ ...record, sharedText: "the text" }).success).toBe(false);
  });

  it("refuses another schema version with a clear message", () => {
    const parsed = decisionRecordFrom({ ...recordOf(1, null), schemaVersion: 4 });
    expect(parsed).toEqual({ kind: "error", message: expect.stringMatching(/reads decision records of versions 1, 2, 3, not 4/) });
  });
});

describe("canonical serialisation and hashing", () => {
  it("sorts keys, drops whitespace and undefined members", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "x"], c: undefined, d: { z: "é", y: 0.5 } })).toBe('{"a":[true,null,"x"],"b":1,"d":{"y":0.5,"z":"é"}}');
  });

  it("refuses what JSON cannot carry faithfully", () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson([undefined])).toThrow(/undefined/);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/plain objects/);
  });

  it("hashes SHA-256 as Node does (known vector)", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("excludes the record hash from what is hashed and includes the previous hash", () => {
    const record = recordOf(1, null);
    const { recordHash, ...draft } = record;
    expect(recordHash).toBe(sha256Hex(canonicalJson(draft)));
    expect(sealedRecord({ ...draft, previousHash: sha256Hex("x") }).recordHash).not.toBe(recordHash);
  });
});

describe("chain verification", () => {
  it("accepts an intact chain", () => {
    expect(verifyChain(chainOf(4))).toEqual({ ok: true, problems: [] });
  });

  it("detects an edited record and names it", () => {
    const chain = chainOf(3);
    chain[1] = { ...(chain[1] as DecisionRecord), reasons: "Changed afterwards." };
    const report = verifyChain(chain);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ kind: "edited", recordId: recordIdN(2), index: 1, message: expect.stringContaining(recordIdN(2)) })]);
  });

  it("detects an edited and re-hashed record at the link it breaks", () => {
    const chain = chainOf(3);
    const { recordHash: _old, ...draft } = chain[1] as DecisionRecord;
    void _old;
    chain[1] = sealedRecord({ ...draft, reasons: "Changed afterwards." });
    expect(verifyChain(chain).problems).toEqual([expect.objectContaining({ kind: "removed", recordId: recordIdN(3), message: expect.stringMatching(/changed and re-hashed/) })]);
  });

  it("detects a removed record and names the record after the gap", () => {
    const chain = chainOf(4);
    chain.splice(2, 1);
    expect(verifyChain(chain).problems).toEqual([expect.objectContaining({ kind: "removed", recordId: recordIdN(4), index: 2 })]);
  });

  it("detects a removed first record", () => {
    expect(verifyChain(chainOf(3).slice(1)).problems).toEqual([expect.objectContaining({ kind: "removed", recordId: recordIdN(2), index: 0 })]);
    const window = chainOf(3);
    expect(verifyChain(window.slice(1), { anchor: window[0]?.recordHash ?? null }).ok).toBe(true);
  });

  it("detects a record placed before the one it follows, and names both", () => {
    const [a, b, c] = chainOf(3) as [DecisionRecord, DecisionRecord, DecisionRecord];
    const report = verifyChain([a, c, b]);
    expect(report.problems.map((p) => [p.kind, p.recordId])).toEqual([["reordered", recordIdN(3)]]);
    expect(report.problems[0]?.message).toMatch(new RegExp(`follows record ${recordIdN(2)} \\(position 2\\), which comes after it`));
    expect(verifyChain([c, a, b]).problems.map((p) => p.kind)).toEqual(["reordered", "branch"]);
  });

  it("tells a branch (two devices at once, or a device that started afresh) from a change to the log", () => {
    const [a, b] = chainOf(2) as [DecisionRecord, DecisionRecord];
    // Recorded on another device that knew only `a`: it follows `a`, as `b` does.
    const elsewhere = recordOf(3, a.recordHash);
    const then = recordOf(4, elsewhere.recordHash);
    const report = verifyChain([a, b, elsewhere, then]);
    expect(report.problems.map((p) => [p.kind, p.recordId])).toEqual([["branch", recordIdN(3)]]);
    expect(report.problems[0]?.message).toMatch(new RegExp(`same record as record ${recordIdN(2)}`));
    // A device with no knowledge of earlier records starts with no previous hash.
    const fresh = recordOf(5, null);
    expect(verifyChain([a, b, fresh]).problems.map((p) => p.kind)).toEqual(["branch"]);
    // A removal is still a removal, and a reorder still a reorder, next to a branch.
    expect(verifyChain([a, elsewhere, then].filter((r) => r !== elsewhere)).problems.map((p) => p.kind)).toEqual(["removed"]);
    expect(verifyChain([a, then, elsewhere]).problems.map((p) => p.kind)).toEqual(["reordered"]);
    // Two devices' records interleaved in time after a branch: only the branch point is noted.
    const later = recordOf(6, b.recordHash);
    expect(verifyChain([a, b, elsewhere, later, then]).problems.map((p) => [p.kind, p.recordId])).toEqual([["branch", recordIdN(3)]]);
  });

  it("detects duplicates and another practitioner's record", () => {
    const chain = chainOf(2);
    const other = recordFromAnswers({ answers: baseAnswers(), context: context({ recordId: recordIdN(9), practitioner: { upn: "sam@herts.gov.uk", objectId: "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f" }, previousHash: chain[1]?.recordHash ?? null }) });
    if (other.kind !== "record") throw new Error("expected a record");
    const kinds = verifyChain([...chain, chain[1] as DecisionRecord, other.record]).problems.map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(["duplicate", "other-practitioner"]));
  });
});
