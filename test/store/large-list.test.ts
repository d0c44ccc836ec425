import { DecisionLog, decisionListId, provisionDecisionList, siteFrom } from "../../src/store";
import { recordN, SITE_URL, startServer, type Ctx } from "./helpers";

/**
 * The review queries on a list over SharePoint's list view threshold (a small threshold here: 50; 400
 * records over 10 days, 20 a day per team).
 *
 * The reader sends `fields/DecisionTime ge 'a' and fields/DecisionTime lt 'b' and fields/Team eq 'X'`:
 * a bounded window on one indexed column first. The local server judges the whole range on that column
 * (as SharePoint seeks the index over it) against the threshold, so the walk back through older windows
 * is proven under both of its threshold rules.
 */
const DAY = 86_400_000;
const base = Date.parse("2026-10-01T00:00:00Z");
const N = 400;

async function loadedLog(ctx: Ctx): Promise<DecisionLog> {
  const siteId = (await siteFrom(ctx.client, SITE_URL)).id;
  await provisionDecisionList(ctx.client, siteId);
  const listId = await decisionListId(ctx.client, siteId);
  const log = new DecisionLog({ client: ctx.client, list: { siteId, listId }, timeScale: 0.01, pageSize: 25, window: { initialMs: DAY / 2, minMs: 60_000, maxMs: DAY }, now: () => new Date(base + 11 * DAY) });
  const records = Array.from({ length: N }, (_, i) => recordN(1000 + i, { decidedAt: new Date(base + Math.floor((i * DAY) / 40)).toISOString(), team: i % 2 === 0 ? "MASH" : "Early Help" }));
  const outcomes = await log.appendMany(records);
  expect(outcomes.every((o) => o.kind === "created")).toBe(true);
  return log;
}

async function mashTimes(log: DecisionLog): Promise<string[]> {
  const seen: string[] = [];
  for await (const e of log.readForReview({ team: "MASH" })) if (e.kind === "record") seen.push(e.record.decidedAt);
  return seen;
}

describe("review reads over the threshold (server rule: an indexed condition must lead)", () => {
  let ctx: Ctx;
  let log: DecisionLog;
  beforeAll(async () => {
    ctx = await startServer({ listViewThreshold: 50, thresholdRule: "indexed" });
    log = await loadedLog(ctx);
  });
  afterAll(async () => ctx.stop());

  it("walks back window by window, every record once, newest first, paging with @odata.nextLink", async () => {
    const seen = await mashTimes(log);
    expect(seen).toHaveLength(N / 2);
    expect(new Set(seen).size).toBe(N / 2);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it("a filter on a non-indexed column is refused; SafeShare never sends one", async () => {
    const siteId = (await siteFrom(ctx.client, SITE_URL)).id;
    const err = await ctx.client.api(`/sites/${siteId}/lists/SafeShare%20decisions/items`).filter("fields/Subject eq 'x'").get().catch((e: unknown) => e);
    expect((err as { statusCode?: number }).statusCode).toBe(400);
  });
});

describe("review reads over the threshold (server rule: SharePoint's 'first indexed condition within the threshold')", () => {
  let ctx: Ctx;
  let log: DecisionLog;
  beforeAll(async () => {
    ctx = await startServer({ listViewThreshold: 50 });
    log = await loadedLog(ctx);
  });
  afterAll(async () => ctx.stop());

  it("refuses a query led by the team alone, as SharePoint would", async () => {
    const siteId = (await siteFrom(ctx.client, SITE_URL)).id;
    const err = await ctx.client.api(`/sites/${siteId}/lists/SafeShare%20decisions/items`).filter("fields/Team eq 'MASH'").get().catch((e: unknown) => e);
    expect((err as { statusCode?: number }).statusCode).toBe(400);
    expect(String((err as Error).message)).toMatch(/list view threshold/);
  });

  it("reads the newest window (its lower bound alone is within the threshold)", async () => {
    const seen: string[] = [];
    for await (const e of log.readForReview({ team: "MASH", since: new Date(base + 9.75 * DAY) })) if (e.kind === "record") seen.push(e.record.decidedAt);
    expect(seen).toHaveLength(5);
  });

  it("walks back through older windows", async () => {
    expect(await mashTimes(log)).toHaveLength(N / 2);
  });
});
