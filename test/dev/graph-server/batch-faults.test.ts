import { call, createDecisionList, startTestServer } from "./helpers";

type Ctx = Awaited<ReturnType<typeof startTestServer>>;
const JSON_HEADERS = { "Content-Type": "application/json" };

describe("local Graph server: $batch", () => {
  let ctx: Ctx;
  let items: string;
  beforeAll(async () => {
    ctx = await startTestServer();
    const listId = await createDecisionList(ctx.server, ctx.siteId);
    items = `/sites/${ctx.siteId}/lists/${listId}/items`;
  });
  afterAll(async () => ctx.stop());
  afterEach(() => ctx.server.setFaults({}));

  it("runs sub-requests with relative URLs and answers {responses:[{id,status,headers,body}]}", async () => {
    const r = await call(ctx.server, "POST", "/$batch", {
      body: {
        requests: [
          { id: "1", method: "POST", url: items, headers: JSON_HEADERS, body: { fields: { RecordId: "b-1" } } },
          { id: "2", method: "POST", url: items.slice(1), headers: JSON_HEADERS, body: { fields: { RecordId: "b-2" } } },
          { id: "3", method: "GET", url: `${items}?$expand=fields`, dependsOn: ["1", "2"] },
        ],
      },
    });
    expect(r.status).toBe(200);
    const byId = Object.fromEntries((r.body.responses as { id: string }[]).map((x) => [x.id, x])) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(byId["1"]).toMatchObject({ status: 201, headers: { "Content-Type": expect.stringContaining("application/json") } });
    expect(byId["2"].body.fields.RecordId).toBe("b-2");
    expect(byId["3"].body.value).toHaveLength(2);
  });

  it("gives 424 to a request whose dependency failed", async () => {
    const r = await call(ctx.server, "POST", "/$batch", {
      body: {
        requests: [
          { id: "a", method: "POST", url: items, headers: JSON_HEADERS, body: { fields: { RecordId: "b-1" } } },
          { id: "b", method: "GET", url: items, dependsOn: ["a"] },
        ],
      },
    });
    const statuses = Object.fromEntries((r.body.responses as { id: string; status: number }[]).map((x) => [x.id, x.status]));
    expect(statuses).toEqual({ a: 409, b: 424 });
  });

  it("rejects more than 20 sub-requests with 400", async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: "GET", url: items }));
    const r = await call(ctx.server, "POST", "/$batch", { body: { requests } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("BadRequest");
  });

  it("answers a sub-request URL that repeats the version segment with a 400 for that sub-request", async () => {
    const r = await call(ctx.server, "POST", "/$batch", {
      body: { requests: [{ id: "1", method: "GET", url: `/v1.0${items}` }, { id: "2", method: "GET", url: items }] },
    });
    expect(r.status).toBe(200);
    const [one, two] = r.body.responses as { id: string; status: number; body: any }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(one).toMatchObject({ id: "1", status: 400, body: { error: { code: "BadRequest", message: "Resource not found for the segment 'v1.0'." } } });
    expect(two?.status).toBe(200);
  });

  it("rejects the whole batch for an absolute sub-request URL, a duplicate id, or a write without Content-Type", async () => {
    const abs = await call(ctx.server, "POST", "/$batch", { body: { requests: [{ id: "1", method: "GET", url: `https://graph.microsoft.com${items}` }] } });
    expect(abs.status).toBe(400);
    expect(abs.body.error.message).toBe("Invalid batch payload format.");
    const dup = await call(ctx.server, "POST", "/$batch", { body: { requests: [{ id: "1", method: "GET", url: items }, { id: "1", method: "GET", url: items }] } });
    expect(dup.status).toBe(400);
    const noType = await call(ctx.server, "POST", "/$batch", { body: { requests: [{ id: "1", method: "POST", url: items, body: { fields: {} } }] } });
    expect(noType.status).toBe(400);
    expect(noType.body.error.message).toContain("Content-Type");
  });

  it("can throttle one sub-request (429 with Retry-After) inside a 200 batch, without applying it", async () => {
    ctx.server.setFaults({ batch: { sequence: ["none", "throttle"] }, retryAfterSeconds: 2 });
    const r = await call(ctx.server, "POST", "/$batch", {
      body: {
        requests: [
          { id: "1", method: "POST", url: items, headers: JSON_HEADERS, body: { fields: { RecordId: "t-1" } } },
          { id: "2", method: "POST", url: items, headers: JSON_HEADERS, body: { fields: { RecordId: "t-2" } } },
        ],
      },
    });
    expect(r.status).toBe(200);
    const two = (r.body.responses as { id: string; status: number; headers: Record<string, string>; body: any }[]).find((x) => x.id === "2"); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(two).toMatchObject({ status: 429, headers: { "Retry-After": "2" }, body: { error: { code: "activityLimitReached" } } });
    const f = encodeURIComponent("fields/RecordId eq 't-2'");
    expect((await call(ctx.server, "GET", `${items}?$filter=${f}`)).body.value).toHaveLength(0);
  });
});

describe("local Graph server: fault injection", () => {
  let ctx: Ctx;
  let items: string;
  beforeAll(async () => {
    ctx = await startTestServer();
    const listId = await createDecisionList(ctx.server, ctx.siteId);
    items = `/sites/${ctx.siteId}/lists/${listId}/items`;
  });
  afterAll(async () => ctx.stop());
  afterEach(() => ctx.server.setFaults({}));

  const count = async (recordId: string): Promise<number> => {
    const f = encodeURIComponent(`fields/RecordId eq '${recordId}'`);
    return ((await call(ctx.server, "GET", `${items}?$filter=${f}`)).body.value as unknown[]).length;
  };

  it("answers 429 / 503 with Retry-After and 504, applying nothing", async () => {
    ctx.server.setFaults({ sequence: ["throttle", "unavailable", "gatewayTimeout"], retryAfterSeconds: 3 });
    const a = await call(ctx.server, "POST", items, { body: { fields: { RecordId: "f-1" } } });
    expect(a.status).toBe(429);
    expect(a.headers["retry-after"]).toBe("3");
    expect(a.body.error.code).toBe("activityLimitReached");
    const b = await call(ctx.server, "POST", items, { body: { fields: { RecordId: "f-1" } } });
    expect(b.status).toBe(503);
    expect(b.headers["retry-after"]).toBe("3");
    const c = await call(ctx.server, "POST", items, { body: { fields: { RecordId: "f-1" } } });
    expect(c.status).toBe(504);
    expect(await count("f-1")).toBe(0);
  });

  it("drops the connection without applying the write", async () => {
    ctx.server.setFaults({ sequence: ["drop"] });
    await expect(call(ctx.server, "POST", items, { body: { fields: { RecordId: "f-2" } } })).rejects.toThrow();
    expect(await count("f-2")).toBe(0);
  });

  it("commits then drops: the write is applied but the response is lost", async () => {
    ctx.server.setFaults({ sequence: ["commitThenDrop"] });
    await expect(call(ctx.server, "POST", items, { body: { fields: { RecordId: "f-3" } } })).rejects.toThrow();
    expect(await count("f-3")).toBe(1);
    ctx.server.setFaults({ sequence: ["commitThenTimeout"] });
    const r = await call(ctx.server, "POST", items, { body: { fields: { RecordId: "f-4" } } });
    expect(r.status).toBe(504);
    expect(await count("f-4")).toBe(1);
  });

  it("is repeatable: the same seed gives the same faults", async () => {
    const run = async (): Promise<number[]> => {
      ctx.server.setFaults({ seed: 42, probabilities: { throttle: 0.3, unavailable: 0.2 }, retryAfterSeconds: 0, match: { methods: ["GET"] } });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await call(ctx.server, "GET", items)).status);
      return statuses;
    };
    const first = await run();
    expect(first.some((s) => s === 429)).toBe(true);
    expect(first.some((s) => s === 200)).toBe(true);
    expect(await run()).toEqual(first);
  });

  it("adds latency", async () => {
    ctx.server.setFaults({ latencyMs: 120 });
    const t = Date.now();
    await call(ctx.server, "GET", items);
    expect(Date.now() - t).toBeGreaterThanOrEqual(110);
  });
});
