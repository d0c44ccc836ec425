import {
  columnDefinition,
  type DecisionRecord,
  isReviewPatch,
  listFieldsToRecord,
  listFieldsToReview,
  MAX_INDEXED_COLUMNS,
  prefillFrom,
  RECORD_COLUMNS,
  recordFromAnswers,
  recordHashOf,
  recordToListFields,
  REVIEW_COLUMNS,
  ReviewSchema,
  reviewToListFields,
  verifyChain,
} from "../../../src/core/decision";
import { ALL_CONFIRMED, ANALYSIS, baseAnswers, context } from "./fixtures";

function record(decision?: { kind: "share"; reasons: string; whatShared: string }): DecisionRecord {
  const flags = prefillFrom(ANALYSIS).flags;
  const built = recordFromAnswers({
    answers: baseAnswers({
      ...(decision ? { decision } : {}),
      lawfulBasis: { article6: "public-task", article9: "substantial-public-interest-safeguarding" },
      rightWay: { ...ALL_CONFIRMED, flagResolutions: flags.map((f) => ({ flagId: f.id, resolution: { kind: "overridden", reason: "Agreed with the DSL." } as const })) },
    }),
    analysis: ANALYSIS,
    context: context({ subject: "Referral", subjectPolicy: "record", message: { kind: "teams-channel", teamId: "t1", channelId: "19:abc@thread.tacv2", messageId: null } }),
  });
  if (built.kind !== "record") throw new Error(JSON.stringify(built));
  return built.record;
}

describe("SharePoint column mapping", () => {
  it("defines RecordId as the one unique, indexed column", () => {
    const unique = RECORD_COLUMNS.filter((c) => c.enforceUniqueValues);
    expect(unique.map((c) => c.name)).toEqual(["RecordId"]);
    expect(unique[0]?.indexed).toBe(true);
  });

  it("indexes the review filters, within SharePoint's limit of 20", () => {
    const indexed = RECORD_COLUMNS.filter((c) => c.indexed).map((c) => c.name);
    expect(indexed).toEqual(expect.arrayContaining(["RecordId", "DecisionTime", "PractitionerUpn", "PractitionerObjectId", "Team", "Decision", "ConsentStatus", "Reviewed", "Channel", "FlagsOverridden"]));
    expect(indexed.length).toBeLessThanOrEqual(MAX_INDEXED_COLUMNS);
  });

  it("has unique internal names and only the four review columns may be patched", () => {
    const names = RECORD_COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(REVIEW_COLUMNS).toEqual(["Reviewed", "ReviewedBy", "ReviewedAt", "ReviewComment"]);
    expect(isReviewPatch({ Reviewed: true, ReviewComment: "ok" })).toBe(true);
    expect(isReviewPatch({ Reviewed: true, Decision: "share" })).toBe(false);
  });

  it("writes Graph column definitions", () => {
    const byName = (n: string) => RECORD_COLUMNS.find((c) => c.name === n)!;
    expect(columnDefinition(byName("RecordId"))).toEqual({ name: "RecordId", displayName: "Record id", indexed: true, enforceUniqueValues: true, text: { allowMultipleLines: false, maxLength: 36 } });
    expect(columnDefinition(byName("Decision"))).toMatchObject({ indexed: true, choice: { choices: ["share", "share-limited", "do-not-share"] } });
    expect(columnDefinition(byName("DecisionTime"))).toMatchObject({ dateTime: { format: "dateTime" } });
    expect(columnDefinition(byName("Reviewed"))).toMatchObject({ boolean: {} });
    expect(columnDefinition(byName("Flags"))).toMatchObject({ text: { allowMultipleLines: true } });
  });

  it("round-trips a record through list fields, hash intact", () => {
    const r = record();
    const fields = recordToListFields(r);
    for (const column of RECORD_COLUMNS.filter((c) => c.role !== "review")) expect(Object.keys(fields)).toContain(column.name);
    expect(fields).toMatchObject({ RecordId: r.recordId, Channel: "teams-channel", ConsentStatus: "refused", FlagsOverridden: 6, Reviewed: false, DecisionTime: "2026-11-25T09:00:00Z" });
    // Graph leaves empty fields out and adds its own; both must be harmless.
    const fromGraph = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
    const back = listFieldsToRecord({ ...fromGraph, id: "17", "@odata.etag": "\"1\"", SchemaVersion: "3" });
    expect(back).toEqual({ kind: "ok", record: r });
    expect(back.kind === "ok" && recordHashOf(back.record)).toBe(r.recordHash);
    expect(verifyChain([r]).ok).toBe(true);
  });

  it("keeps the hash whatever line endings multi-line text comes back with (\\n, \\r\\n or \\r)", () => {
    const r = record({ kind: "share", reasons: "To protect the children.\r\nMum agreed on the phone.", whatShared: "The visit notes.\nThe school's log." });
    expect(r.reasons).toBe("To protect the children.\nMum agreed on the phone.");
    const fields = recordToListFields(r);
    for (const ending of ["\r\n", "\r"]) {
      const back = listFieldsToRecord({ ...fields, Reasons: String(fields.Reasons).replace(/\n/g, ending), WhatShared: String(fields.WhatShared).replace(/\n/g, ending) });
      if (back.kind !== "ok") throw new Error(back.message);
      expect(recordHashOf(back.record)).toBe(r.recordHash);
      expect(verifyChain([back.record]).ok).toBe(true);
    }
  });

  it("reads a changed item back so that the chain shows the edit", () => {
    const r = record();
    const back = listFieldsToRecord({ ...recordToListFields(r), Reasons: "Edited in SharePoint." });
    if (back.kind !== "ok") throw new Error(back.message);
    expect(verifyChain([back.record]).problems).toEqual([expect.objectContaining({ kind: "edited", recordId: r.recordId })]);
  });

  it("refuses an item that is not a valid record", () => {
    expect(listFieldsToRecord({ ...recordToListFields(record()), Flags: "{not json" })).toEqual({ kind: "error", message: "Flags: not valid JSON" });
    expect(listFieldsToRecord({ ...recordToListFields(record()), SchemaVersion: 4 }).kind).toBe("error");
  });

  it("writes and reads a review on the review columns only", () => {
    const fields = reviewToListFields(ReviewSchema.parse({ reviewedBy: "Manager@herts.gov.uk", reviewedAt: "2026-11-26T10:00:00Z", comment: "Proportionate." }));
    expect(isReviewPatch(fields)).toBe(true);
    expect(listFieldsToReview({ ...recordToListFields(record()), ...fields })).toEqual({ reviewedBy: "manager@herts.gov.uk", reviewedAt: "2026-11-26T10:00:00Z", comment: "Proportionate." });
    expect(listFieldsToReview(recordToListFields(record()))).toBeNull();
  });

  it("refuses a value longer than its column holds", () => {
    const r = { ...record(), team: "x".repeat(300) };
    expect(() => recordToListFields(r)).toThrow(/Team would hold 300 characters/);
  });
});

describe("the policy a record was decided under (version 3)", () => {
  it("survives the list's columns with the hash, and an older record without one reads back without it", () => {
    const r = record();
    expect(r.policy).toEqual({ version: 0, sha256: "a".repeat(64) });
    const fields = recordToListFields(r);
    expect(fields).toMatchObject({ PolicyVersion: 0, PolicySha256: "a".repeat(64) });
    const back = listFieldsToRecord({ ...fields, PolicyVersion: "0" });
    expect(back.kind === "ok" && back.record.policy).toEqual({ version: 0, sha256: "a".repeat(64) });
    expect(back.kind === "ok" && recordHashOf(back.record)).toBe(r.recordHash);
    const fromFile = listFieldsToRecord({ ...fields, PolicyVersion: null });
    expect(fromFile.kind === "ok" && fromFile.record.policy).toEqual({ version: null, sha256: "a".repeat(64) });
    const { policy: _none, ...older } = r;
    const olderFields = recordToListFields({ ...older, schemaVersion: 2 } as typeof r);
    expect(olderFields).toMatchObject({ PolicyVersion: null, PolicySha256: null });
    const olderBack = listFieldsToRecord({ ...olderFields, SchemaVersion: 2 });
    expect(olderBack.kind === "ok" && "policy" in olderBack.record).toBe(false);
  });
});
