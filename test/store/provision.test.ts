import { RECORD_COLUMNS } from "../../src/core/decision";
import { decisionListFor, decisionListId, differenceText, provisionDecisionList, readOwnItemsSteps, schemaDifferences, setReadOwnItems, siteFrom } from "../../src/store";
import { SITE_URL, startServer, type Ctx } from "./helpers";

describe("provisioning the decision list", () => {
  let ctx: Ctx;
  let siteId: string;
  beforeAll(async () => {
    ctx = await startServer();
    siteId = (await siteFrom(ctx.client, SITE_URL)).id;
  });
  afterAll(async () => ctx.stop());

  it("creates the list with every column, then finds it unchanged (idempotent)", async () => {
    const first = await provisionDecisionList(ctx.client, siteId);
    expect(first).toMatchObject({ kind: "created", columns: RECORD_COLUMNS.length });
    const second = await provisionDecisionList(ctx.client, siteId);
    expect(second).toMatchObject({ kind: "exists", differences: [], fixed: [] });
    expect(second.listId).toBe(first.listId);
    const list = (await ctx.client.api(`/sites/${siteId}/lists/${first.listId}`).expand("columns").get()) as { columns: { name: string; indexed?: boolean; enforceUniqueValues?: boolean }[] };
    const recordId = list.columns.find((c) => c.name === "RecordId");
    expect(recordId).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect(list.columns.filter((c) => c.indexed && RECORD_COLUMNS.some((r) => r.name === c.name)).map((c) => c.name).sort()).toEqual(RECORD_COLUMNS.filter((c) => c.indexed).map((c) => c.name).sort());
  });

  it("reports differences in an existing list and fixes the safe ones with fix", async () => {
    const partial = RECORD_COLUMNS.filter((c) => c.name !== "Subject").map((c) => ({
      name: c.name,
      indexed: c.name === "Team" ? false : c.indexed,
      enforceUniqueValues: c.enforceUniqueValues,
      ...(c.type === "text" ? { text: { maxLength: c.maxLength } } : c.type === "multilineText" ? { text: { allowMultipleLines: true } } : c.type === "choice" ? { choice: { choices: [...(c.choices ?? [])] } } : c.type === "dateTime" ? { dateTime: {} } : c.type === "boolean" ? { boolean: {} } : { number: {} }),
    }));
    partial.push({ name: "Extra", indexed: false, enforceUniqueValues: false, text: { maxLength: 10 } });
    await ctx.client.api(`/sites/${siteId}/lists`).post({ displayName: "Old decisions", columns: partial, list: { template: "genericList" } });
    const report = await provisionDecisionList(ctx.client, siteId, { listName: "Old decisions" });
    if (report.kind !== "exists") throw new Error("expected exists");
    expect(report.differences).toEqual(expect.arrayContaining([{ kind: "missing-column", column: "Subject" }, { kind: "not-indexed", column: "Team" }, { kind: "extra-column", column: "Extra" }]));
    expect(report.differences.map(differenceText).join("\n")).toMatch(/column Subject is missing/);
    const fixed = await provisionDecisionList(ctx.client, siteId, { listName: "Old decisions", fix: true });
    expect(fixed.kind === "exists" && fixed.fixed.map((d) => d.kind).sort()).toEqual(["missing-column", "not-indexed"]);
    const after = await provisionDecisionList(ctx.client, siteId, { listName: "Old decisions" });
    expect(after.kind === "exists" && after.differences).toEqual([{ kind: "extra-column", column: "Extra" }]);
    expect(await decisionListId(ctx.client, siteId, "Old decisions")).toBe(after.listId);
  });

  it("detects a wrong type and a missing unique constraint", () => {
    const cols = RECORD_COLUMNS.map((c) => ({ name: c.name, indexed: c.indexed, enforceUniqueValues: false, ...(c.type === "text" ? { text: {} } : c.type === "multilineText" ? { text: { allowMultipleLines: true } } : c.type === "choice" ? { choice: {} } : c.type === "dateTime" ? { dateTime: {} } : c.type === "boolean" ? { boolean: {} } : { number: {} }) }));
    const i = cols.findIndex((c) => c.name === "DecisionTime");
    cols[i] = { name: "DecisionTime", indexed: true, enforceUniqueValues: false, text: {} };
    expect(schemaDifferences(cols)).toEqual([{ kind: "not-unique", column: "RecordId" }, { kind: "wrong-type", column: "DecisionTime", expected: "dateTime", actual: "text" }]);
  });

  it("prints the read-own-items steps and sends SharePoint REST's MERGE with ReadSecurity 2", async () => {
    expect(readOwnItemsSteps(SITE_URL, "L1")).toMatch(/ReadSecurity = 2/);
    const seen: { url: string; init: RequestInit }[] = [];
    await setReadOwnItems(SITE_URL, "11111111-2222-3333-4444-555555555555", "sp-token", async (url, init) => {
      seen.push({ url: String(url), init: init ?? {} });
      return new Response(null, { status: 204 });
    });
    expect(seen[0]?.url).toBe(`${SITE_URL}/_api/web/lists(guid'11111111-2222-3333-4444-555555555555')`);
    expect(seen[0]?.init.headers).toMatchObject({ "X-HTTP-Method": "MERGE", "IF-MATCH": "*" });
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ __metadata: { type: "SP.List" }, ReadSecurity: 2 });
  });

  it("creates a per-team list with RecordId indexed but not unique, and finds it unchanged on the next run", async () => {
    const first = await provisionDecisionList(ctx.client, siteId, { listName: decisionListFor("North"), uniqueRecordId: false });
    expect(first).toMatchObject({ kind: "created", columns: RECORD_COLUMNS.length });
    const second = await provisionDecisionList(ctx.client, siteId, { listName: decisionListFor("North"), uniqueRecordId: false });
    expect(second).toMatchObject({ kind: "exists", listId: first.listId, differences: [], fixed: [] });
    const list = (await ctx.client.api(`/sites/${siteId}/lists/${first.listId}`).expand("columns").get()) as { columns: { name: string; indexed?: boolean; enforceUniqueValues?: boolean }[] };
    expect(list.columns.find((c) => c.name === "RecordId")).toMatchObject({ indexed: true, enforceUniqueValues: false });
    // Checked as the single list, the same list lacks the unique constraint.
    const asSingle = await provisionDecisionList(ctx.client, siteId, { listName: decisionListFor("North") });
    expect(asSingle.kind === "exists" && asSingle.differences).toEqual([{ kind: "not-unique", column: "RecordId" }]);
  });
});
