import { listFieldsToRecord, type ListFields } from "../../src/core/decision";
import {
  DecisionLog,
  decisionListId,
  isStoreError,
  provisionDecisionList,
  siteFrom,
  siteLookupPath,
  StoreError,
  tamperReportFrom,
} from "../../src/store";
import { recordN, SITE_URL, startServer, type Ctx } from "./helpers";

describe("decision log against the local Graph server", () => {
  let ctx: Ctx;
  let log: DecisionLog;
  let siteId: string;
  let listId: string;

  beforeAll(async () => {
    ctx = await startServer();
    siteId = (await siteFrom(ctx.client, SITE_URL)).id;
    const result = await provisionDecisionList(ctx.client, siteId);
    expect(result.kind).toBe("created");
    listId = await decisionListId(ctx.client, siteId);
    log = new DecisionLog({ client: ctx.client, list: { siteId, listId }, timeScale: 0.01, now: () => new Date("2026-11-26T00:00:00Z") });
  });
  afterAll(async () => ctx.stop());
  afterEach(() => ctx.server.setFaults({}));

  it("turns a site URL into Graph's path lookup", () => {
    expect(siteLookupPath(SITE_URL)).toBe("/sites/contoso.sharepoint.com:/sites/safeguarding");
    expect(siteLookupPath("https://contoso.sharepoint.com/")).toBe("/sites/contoso.sharepoint.com");
    expect(() => siteLookupPath("http://contoso.sharepoint.com/sites/x")).toThrow(/https/);
  });

  it("appends a record once; appending it again is 'already-present', not a second item", async () => {
    const record = recordN(1);
    const first = await log.append(record);
    expect(first.kind).toBe("created");
    const again = await log.append(record);
    expect(again).toMatchObject({ kind: "already-present", recordId: record.recordId });
    const found = await log.findByRecordIds([record.recordId]);
    expect(found.size).toBe(1);
  });

  it("reports a typed conflict for the same RecordId with a different hash, and never overwrites", async () => {
    const original = recordN(2);
    await log.append(original);
    const forged = recordN(2, { reasons: "A different reason." });
    expect(forged.recordHash).not.toBe(original.recordHash);
    const outcome = await log.append(forged);
    expect(outcome.kind).toBe("failed");
    if (outcome.kind !== "failed") return;
    expect(isStoreError(outcome.error)).toBe(true);
    expect(outcome.error.kind).toBe("conflict");
    expect(outcome.error.details).toMatchObject({ recordId: original.recordId, existingHash: original.recordHash, attemptedHash: forged.recordHash });
    const batch = await log.appendMany([forged]);
    expect(batch[0]?.kind === "failed" && batch[0].error.kind).toBe("conflict");
    expect((await log.findByRecordIds([original.recordId])).get(original.recordId)?.recordHash).toBe(original.recordHash);
  });

  it("resolves a write whose answer was lost (commitThenDrop) by reading it back", async () => {
    ctx.server.setFaults({ sequence: ["commitThenDrop"] });
    const record = recordN(3);
    const outcome = await log.append(record);
    expect(outcome.kind).toBe("already-present");
    expect((await log.findByRecordIds([record.recordId])).size).toBe(1);
  });

  it("retries a throttled sub-request of a 200 batch alone", async () => {
    ctx.server.setFaults({ retryAfterSeconds: 0, batch: { sequence: ["none", "throttle", "none"] } });
    const records = [recordN(10), recordN(11), recordN(12)];
    const before = log.stats.subRetries;
    const outcomes = await log.appendMany(records);
    expect(outcomes.map((o) => o.kind)).toEqual(["created", "created", "created"]);
    expect(log.stats.subRetries - before).toBe(1);
  });

  it("reads for review with the time window first, filters on indexed columns, and escapes values", async () => {
    await log.appendMany([recordN(20, { team: "O'Neill" }), recordN(21, { team: "O'Neill" }), recordN(22, { team: "Oneill" }), recordN(23, { team: "x' or fields/Team ne 'y" })]);
    const read = async (team: string) => {
      const ids: string[] = [];
      for await (const e of log.readForReview({ team, since: new Date("2026-11-01T00:00:00Z") })) if (e.kind === "record") ids.push(e.record.recordId);
      return ids;
    };
    expect(await read("O'Neill")).toEqual([recordN(21).recordId, recordN(20).recordId]);
    expect(await read("x' or fields/Team ne 'y")).toEqual([recordN(23).recordId]);
    // Without `since`, the reader walks back until nothing older exists.
    const all: string[] = [];
    for await (const e of log.readForReview({})) if (e.kind === "record") all.push(e.record.recordId);
    expect(all.length).toBeGreaterThanOrEqual(8);
  });

  it("finds a practitioner's newest record (the tail of their chain), whoever else writes to the list", async () => {
    const mine = recordN(27);
    const someoneElse = recordN(28, { upn: "kim.lee@hertfordshire.gov.uk", objectId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d" });
    await log.appendMany([mine, someoneElse]);
    expect((await log.latestRecordOf(mine.practitioner.objectId))?.recordId).toBe(mine.recordId);
    expect((await log.latestRecordOf(someoneElse.practitioner.objectId.toUpperCase()))?.recordId).toBe(someoneElse.recordId);
    expect(await log.latestRecordOf("7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f")).toBeNull();
  });

  it("patches only review columns; refuses a record column before any request; keeps versions intact", async () => {
    const record = recordN(30);
    const created = await log.append(record);
    if (created.kind === "failed") throw created.error;
    await expect(log.patchReview(created.itemId, { Reviewed: true, Decision: "do-not-share" })).rejects.toMatchObject({ name: "StoreError", kind: "not-review-patch" });
    await log.markReviewed(created.itemId, { reviewedBy: "manager@herts.gov.uk" as never, reviewedAt: "2026-11-25T12:00:00.000Z", comment: "Proportionate." });
    const versions = await log.versions(created.itemId);
    expect(versions.length).toBe(2);
    expect(tamperReportFrom(versions)).toEqual({ kind: "intact", versions: 2 });
    expect((await log.tamperCheck(created.itemId)).kind).toBe("intact");
    const tampered = versions.map((v, i) => (i === 1 ? { ...v, fields: { ...v.fields, Reasons: "Changed later." } as ListFields } : v));
    expect(tamperReportFrom(tampered).kind).toBe("tampered");
    expect(listFieldsToRecord(versions[1]!.fields).kind).toBe("ok");
  });

  it("treats a client-side timeout as an unknown outcome: the late commit is found, never duplicated", async () => {
    const { testClient } = await import("./helpers");
    const impatient = new DecisionLog({ client: await testClient(ctx.server, { maxRetries: 1, delaySeconds: 1, timeScale: 0.01 }, 100), list: { siteId, listId }, maxAppendRounds: 2, timeScale: 0.01 });
    ctx.server.setFaults({ latencyMs: 250, match: { methods: ["POST"] } });
    const record = recordN(50);
    const first = await impatient.append(record);
    expect(first.kind).toBe("failed"); // every POST timed out: not confirmed, so it stays in the outbox
    if (first.kind === "failed") expect(first.error.transient).toBe(true);
    ctx.server.setFaults({});
    await new Promise((r) => setTimeout(r, 300)); // the server commits the late writes
    expect(await log.append(record)).toMatchObject({ kind: "already-present" });
    expect((await log.findByRecordIds([record.recordId])).size).toBe(1);
  });

  it("is a StoreError with status and request id for an HTTP failure", async () => {
    const bad = new DecisionLog({ client: ctx.client, list: { siteId, listId: "no-such-list" } });
    const outcome = await bad.append(recordN(40));
    expect(outcome.kind).toBe("failed");
    if (outcome.kind !== "failed") return;
    expect(outcome.error).toBeInstanceOf(StoreError);
    expect(outcome.error.status).toBe(404);
    expect(outcome.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
