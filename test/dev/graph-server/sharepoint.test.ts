import { call, createDecisionList, SITE_PATH, startTestServer } from "./helpers";

type Ctx = Awaited<ReturnType<typeof startTestServer>>;

function decision(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Title: `Decision ${i}`,
    RecordId: `rec-${i}`,
    Team: i % 2 === 0 ? "North" : "South",
    Practitioner: i % 3 === 0 ? "o'brien@contoso.com" : "ann@contoso.com",
    DecisionTime: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    Decision: "share",
    Reviewed: false,
    Score: i,
    ...extra,
  };
}

describe("local Graph server: sites, lists, items", () => {
  let ctx: Ctx;
  let listId: string;
  let items: string;
  beforeAll(async () => {
    ctx = await startTestServer({ listViewThreshold: 30 });
    listId = await createDecisionList(ctx.server, ctx.siteId);
    items = `/sites/${ctx.siteId}/lists/${listId}/items`;
    for (let i = 1; i <= 25; i++) {
      const r = await call(ctx.server, "POST", items, { body: { fields: decision(i) } });
      expect(r.status).toBe(201);
    }
  });
  afterAll(async () => ctx.stop());

  it("refuses a request without a bearer token with Graph's error shape and a request-id", async () => {
    const r = await call(ctx.server, "GET", SITE_PATH, { token: null });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe("InvalidAuthenticationToken");
    expect(r.body.error.innerError).toEqual({
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
      "request-id": r.headers["request-id"],
      "client-request-id": expect.any(String),
    });
  });

  it("serves the site by path and by its composite id", async () => {
    expect(ctx.siteId).toMatch(/^contoso\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    const byId = await call(ctx.server, "GET", `/sites/${ctx.siteId}`);
    expect(byId.body).toMatchObject({ id: ctx.siteId, webUrl: "https://contoso.sharepoint.com/sites/safeguarding" });
    const missing = await call(ctx.server, "GET", "/sites/contoso.sharepoint.com:/sites/nope");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("itemNotFound");
  });

  it("creates lists, refuses a duplicate name with 409 nameAlreadyExists, and gets a list by name with columns", async () => {
    const dup = await call(ctx.server, "POST", `/sites/${ctx.siteId}/lists`, { body: { displayName: "decisions" } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("nameAlreadyExists");
    const byName = await call(ctx.server, "GET", `/sites/${ctx.siteId}/lists/Decisions?$expand=columns`);
    expect(byName.body.id).toBe(listId);
    const cols = byName.body.columns as { name: string; indexed: boolean; enforceUniqueValues: boolean }[];
    expect(cols.find((c) => c.name === "RecordId")).toMatchObject({ indexed: true, enforceUniqueValues: true, text: { maxLength: 64 } });
    expect(cols.find((c) => c.name === "Title")).toBeDefined();
    const all = await call(ctx.server, "GET", `/sites/${ctx.siteId}/lists`);
    expect(all.body.value.map((l: { displayName: string }) => l.displayName)).toContain("Decisions");
  });

  it("adds a column and indexes it later", async () => {
    const add = await call(ctx.server, "POST", `/sites/${ctx.siteId}/lists/${listId}/columns`, { body: { name: "Consent", text: {} } });
    expect(add.status).toBe(201);
    expect(add.body).toMatchObject({ name: "Consent", indexed: false });
    const patch = await call(ctx.server, "PATCH", `/sites/${ctx.siteId}/lists/${listId}/columns/${add.body.id}`, { body: { indexed: true } });
    expect(patch.body.indexed).toBe(true);
  });

  it("returns a created item with id, dates, eTag and fields; refuses a duplicate unique value with 409", async () => {
    const r = await call(ctx.server, "POST", items, { body: { fields: decision(100) } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ id: expect.stringMatching(/^\d+$/), eTag: expect.stringMatching(/^".+,1"$/) });
    expect(r.body.createdDateTime).toMatch(/Z$/);
    expect(r.body.fields).toMatchObject({ RecordId: "rec-100", Reviewed: false, Score: 100, DecisionTime: "2026-01-01T01:40:00Z" });
    const dup = await call(ctx.server, "POST", items, { body: { fields: decision(100, { RecordId: "REC-100" }) } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toContain("duplicate values were found in the following field(s) in the list: [RecordId]");
    await call(ctx.server, "DELETE", `${items}/${r.body.id}`);
  });

  it("rejects unknown fields and ill-typed values with 400", async () => {
    const unknown = await call(ctx.server, "POST", items, { body: { fields: { Nope: 1 } } });
    expect(unknown.status).toBe(400);
    const typed = await call(ctx.server, "POST", items, { body: { fields: { RecordId: "x-1", Score: "lots" } } });
    expect(typed.status).toBe(400);
    const long = await call(ctx.server, "POST", items, { body: { fields: { RecordId: "x".repeat(65) } } });
    expect(long.status).toBe(400);
  });

  it("filters on indexed columns, with an apostrophe escaped as ''", async () => {
    const f = encodeURIComponent("fields/Practitioner eq 'o''brien@contoso.com' and fields/Team eq 'North'");
    const r = await call(ctx.server, "GET", `${items}?$expand=fields&$filter=${f}`);
    expect(r.status).toBe(200);
    expect(r.body.value.map((i: { fields: { Score: number } }) => i.fields.Score)).toEqual([6, 12, 18, 24]);
  });

  it("needs the Prefer header to filter or order on a non-indexed column", async () => {
    const f = encodeURIComponent("fields/Score ge 20");
    const refused = await call(ctx.server, "GET", `${items}?$filter=${f}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("invalidRequest");
    expect(refused.body.error.message).toContain("Field 'Score' cannot be referenced in filter or orderby as it is not indexed");
    const allowed = await call(ctx.server, "GET", `${items}?$filter=${f}`, {
      headers: { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.body.value).toHaveLength(6);
    const order = await call(ctx.server, "GET", `${items}?$orderby=fields/Score desc`);
    expect(order.status).toBe(400);
  });

  it("pages with @odata.nextLink (absolute https, $skiptoken) and orders by an indexed column", async () => {
    const seen: number[] = [];
    let next: string | undefined = `${items}?$expand=fields&$top=7&$orderby=${encodeURIComponent("fields/DecisionTime desc")}`;
    while (next) {
      const r = await call(ctx.server, "GET", next);
      expect(r.status).toBe(200);
      for (const it of r.body.value as { fields: { Score: number } }[]) seen.push(it.fields.Score);
      next = r.body["@odata.nextLink"] as string | undefined;
      if (next) expect(next).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/v1\.0\/sites\/.+\$skiptoken=/);
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));
  });

  it("applies $select and fields($select=…)", async () => {
    const r = await call(ctx.server, "GET", `${items}?$select=id&$expand=fields($select=RecordId)&$top=1`);
    expect(Object.keys(r.body.value[0]).sort()).toEqual(["@odata.etag", "fields", "id"]);
    expect(Object.keys(r.body.value[0].fields).sort()).toEqual(["@odata.etag", "RecordId"]);
  });

  it("updates fields with If-Match (412 on a stale eTag) and keeps versions", async () => {
    const created = await call(ctx.server, "POST", items, { body: { fields: decision(200) } });
    const id = created.body.id as string;
    const etag = created.body.eTag as string;
    const first = await call(ctx.server, "PATCH", `${items}/${id}/fields`, { body: { Reviewed: true }, headers: { "If-Match": etag } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ Reviewed: true, RecordId: "rec-200", _UIVersionString: "2.0" });
    const stale = await call(ctx.server, "PATCH", `${items}/${id}/fields`, { body: { Reviewed: false }, headers: { "If-Match": etag } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("resourceModified");
    const versions = await call(ctx.server, "GET", `${items}/${id}/versions?$expand=fields`);
    expect(versions.body.value.map((v: { id: string }) => v.id)).toEqual(["2.0", "1.0"]);
    expect(versions.body.value[1].fields.Reviewed).toBe(false);
    const v1 = await call(ctx.server, "GET", `${items}/${id}/versions/1.0/fields`);
    expect(v1.body).toMatchObject({ Reviewed: false, RecordId: "rec-200" });
    const got = await call(ctx.server, "GET", `${items}/${id}?$expand=fields`);
    expect(got.body.fields.Reviewed).toBe(true);
    expect((await call(ctx.server, "DELETE", `${items}/${id}`)).status).toBe(204);
    expect((await call(ctx.server, "GET", `${items}/${id}`)).status).toBe(404);
  });

  describe("list view threshold (30 items here, 5,000 in SharePoint)", () => {
    beforeAll(async () => {
      for (let i = 26; i <= 40; i++) await call(ctx.server, "POST", items, { body: { fields: decision(i) } });
    });

    it("refuses a filter no indexed column narrows, even with the Prefer header", async () => {
      const f = encodeURIComponent("fields/Score ge 1");
      const r = await call(ctx.server, "GET", `${items}?$filter=${f}`, { headers: { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" } });
      expect(r.status).toBe(400);
      expect(r.body.error.message).toContain("list view threshold");
    });

    it("refuses when the first indexed condition matches more than the threshold", async () => {
      const f = encodeURIComponent("fields/DecisionTime ge '2025-01-01T00:00:00Z' and fields/Team eq 'North'");
      expect((await call(ctx.server, "GET", `${items}?$filter=${f}`)).status).toBe(400);
    });

    it("answers when the first indexed condition is selective, finishing on other columns", async () => {
      const f = encodeURIComponent("fields/DecisionTime ge '2026-01-01T00:30:00Z' and fields/Score ge 35");
      const r = await call(ctx.server, "GET", `${items}?$expand=fields&$filter=${f}`, {
        headers: { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" },
      });
      expect(r.status).toBe(200);
      expect(r.body.value.map((i: { fields: { Score: number } }) => i.fields.Score)).toEqual([35, 36, 37, 38, 39, 40]);
    });

    it("still pages through the whole list unfiltered", async () => {
      const r = await call(ctx.server, "GET", `${items}?$top=100`);
      expect(r.status).toBe(200);
      expect(r.body.value).toHaveLength(40);
    });
  });
});

describe("local Graph server: certificates and restart", () => {
  it("creates the CA once and reuses it, and keeps data across a restart", async () => {
    const ctx = await startTestServer();
    const listId = await createDecisionList(ctx.server, ctx.siteId);
    const firstCa = ctx.server.caPem;
    await call(ctx.server, "POST", `/sites/${ctx.siteId}/lists/${listId}/items`, { body: { fields: { RecordId: "keep-me" } } });
    await ctx.server.close();
    const { startGraphServer } = await import("../../../src/dev/graph-server");
    const again = await startGraphServer({ dataDir: ctx.dir.path, log: () => undefined });
    try {
      expect(again.caPem).toBe(firstCa);
      const site = await call(again, "GET", SITE_PATH);
      expect(site.body.id).toBe(ctx.siteId);
      const r = await call(again, "GET", `/sites/${ctx.siteId}/lists/${listId}/items?$expand=fields`);
      expect(r.body.value[0].fields.RecordId).toBe("keep-me");
    } finally {
      await again.close();
      ctx.dir.remove();
    }
  });
});
