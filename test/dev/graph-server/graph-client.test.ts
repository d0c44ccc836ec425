/**
 * Fidelity: drive the server with Microsoft's own @microsoft/microsoft-graph-client over https: its
 * AuthenticationHandler (customHosts), RetryHandler (Retry-After), PageIterator (@odata.nextLink) and a
 * JSON batch posted to /$batch.
 */
import { Client, GraphError, PageIterator, type PageCollection } from "@microsoft/microsoft-graph-client";
import { devCaFetchOptions } from "../../../src/dev/graph-server";
import { adminToken } from "../../support/dev-tokens";
import { createDecisionList, startTestServer } from "./helpers";

type Ctx = Awaited<ReturnType<typeof startTestServer>>;

describe("local Graph server driven by @microsoft/microsoft-graph-client", () => {
  let ctx: Ctx;
  let client: Client;
  let items: string;
  const tokensSeen: string[] = [];

  beforeAll(async () => {
    ctx = await startTestServer();
    client = Client.init({
      authProvider: (done) => {
        tokensSeen.push("admin");
        done(null, adminToken());
      },
      baseUrl: `https://127.0.0.1:${ctx.server.port}/`,
      defaultVersion: "v1.0",
      customHosts: new Set(["127.0.0.1"]),
      fetchOptions: await devCaFetchOptions(ctx.server.caPem),
    });
    const site = (await client.api("/sites/contoso.sharepoint.com:/sites/safeguarding").get()) as { id: string };
    expect(site.id).toBe(ctx.siteId);
    const listId = await createDecisionList(ctx.server, ctx.siteId);
    items = `/sites/${ctx.siteId}/lists/${listId}/items`;
  });
  afterAll(async () => ctx.stop());
  afterEach(() => ctx.server.setFaults({}));

  it("attaches the token (customHosts) and creates a list and items", async () => {
    const list = (await client.api(`/sites/${ctx.siteId}/lists`).post({
      displayName: "Client-made",
      columns: [{ name: "Key", text: {}, indexed: true, enforceUniqueValues: true }],
      list: { template: "genericList" },
    })) as { id: string; displayName: string };
    expect(list.displayName).toBe("Client-made");
    const item = (await client.api(`/sites/${ctx.siteId}/lists/${list.id}/items`).post({ fields: { Key: "k1" } })) as {
      fields: { Key: string };
    };
    expect(item.fields.Key).toBe("k1");
    expect(tokensSeen.length).toBeGreaterThan(0);
  });

  it("surfaces a unique-value conflict as a GraphError with status 409", async () => {
    await client.api(items).post({ fields: { RecordId: "dup-1" } });
    const err = await client
      .api(items)
      .post({ fields: { RecordId: "dup-1" } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).statusCode).toBe(409);
    expect((err as GraphError).message).toContain("duplicate values");
  });

  it("follows @odata.nextLink with PageIterator", async () => {
    for (let i = 0; i < 12; i++) await client.api(items).post({ fields: { RecordId: `page-${i}`, Team: "Paging" } });
    const first = (await client
      .api(items)
      .expand("fields")
      .filter("fields/Team eq 'Paging'")
      .orderby("fields/RecordId desc")
      .top(5)
      .get()) as PageCollection;
    expect(first["@odata.nextLink"]).toMatch(/^https:\/\/127\.0\.0\.1:/);
    const seen: string[] = [];
    const it = new PageIterator(client, first, (item: { fields: { RecordId: string } }) => {
      seen.push(item.fields.RecordId);
      return true;
    });
    await it.iterate();
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `page-${i}`).sort().reverse());
  });

  it("retries an injected 429 after Retry-After, and a 503, applying the write once", async () => {
    ctx.server.setFaults({ sequence: ["throttle"], retryAfterSeconds: 1 });
    const t = Date.now();
    await client.api(items).post({ fields: { RecordId: "retry-1" } });
    expect(Date.now() - t).toBeGreaterThanOrEqual(1000);
    ctx.server.setFaults({ sequence: ["unavailable", "unavailable"], retryAfterSeconds: 0 });
    await client.api(items).post({ fields: { RecordId: "retry-2" } });
    const found = (await client.api(items).filter("fields/RecordId eq 'retry-1' or fields/RecordId eq 'retry-2'").get()) as { value: unknown[] };
    expect(found.value).toHaveLength(2);
  });

  it("posts a JSON batch to /$batch", async () => {
    const res = (await client.api("/$batch").post({
      requests: [
        { id: "1", method: "POST", url: items, headers: { "Content-Type": "application/json" }, body: { fields: { RecordId: "batch-1" } } },
        { id: "2", method: "GET", url: `${items}?$filter=fields/RecordId eq 'batch-1'`, dependsOn: ["1"] },
      ],
    })) as { responses: { id: string; status: number; body: { value?: unknown[] } }[] };
    const two = res.responses.find((r) => r.id === "2");
    expect(res.responses.find((r) => r.id === "1")?.status).toBe(201);
    expect(two?.status).toBe(200);
    expect(two?.body.value).toHaveLength(1);
  });
});
