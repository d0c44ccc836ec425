import { defaultPolicy, PolicySchema } from "../../src/core/policy/policy";
import { policyDigest } from "../../src/core/policy/policy-version";
import { isBrokenVersion, POLICY_COLUMNS, POLICY_LIST_NAME, PolicyConflict, PolicyStore, provisionPolicyList } from "../../src/store/policy-store";
import { siteFrom } from "../../src/store";
import { SITE_URL, startServer, type Ctx } from "./helpers";

const AT = new Date("2026-12-03T10:00:00Z");

describe("the policy in SharePoint", () => {
  let ctx: Ctx;
  let siteId: string;
  let store: PolicyStore;
  beforeAll(async () => {
    ctx = await startServer();
    siteId = (await siteFrom(ctx.client, SITE_URL)).id;
    store = new PolicyStore(ctx.client, siteId);
  });
  afterAll(async () => ctx.stop());

  it("creates the list once, with a unique, indexed version column", async () => {
    expect(await provisionPolicyList(ctx.client, siteId)).toMatchObject({ kind: "created", columns: POLICY_COLUMNS.length });
    expect(await provisionPolicyList(ctx.client, siteId)).toMatchObject({ kind: "exists", differences: [] });
    const list = (await ctx.client.api(`/sites/${siteId}/lists/${encodeURIComponent(POLICY_LIST_NAME)}`).expand("columns").get()) as { columns: { name: string; indexed?: boolean; enforceUniqueValues?: boolean }[] };
    expect(list.columns.find((c) => c.name === "PolicyVersion")).toMatchObject({ indexed: true, enforceUniqueValues: true });
  });

  it("has no version before the first save (the built-in default applies)", async () => {
    expect(await store.current()).toEqual({ version: undefined, skipped: [] });
  });

  it("saves versions one after another, reads the newest back whole and keeps the history", async () => {
    const first = defaultPolicy(["hertfordshire.gov.uk"]);
    const v1 = await store.save(first, { basedOn: 0, note: "first policy", now: AT });
    expect(v1).toMatchObject({ version: 1, sha256: policyDigest(first) });
    const second = PolicySchema.parse({ ...first, partnerDomains: [{ domain: "oakfield-primary.org.uk", subdomains: false, label: "Oakfield Primary ISA" }] });
    await store.save(second, { basedOn: 1, note: "Oakfield ISA signed", now: AT });
    const current = await store.current();
    expect(current.version).toMatchObject({ version: 2, note: "Oakfield ISA signed", savedBy: expect.stringMatching(/^[^@\s]+@contoso\.onmicrosoft\.com$/) });
    expect(current.version?.policy).toEqual(second);
    expect((await store.history()).map((v) => v.version)).toEqual([2, 1]);
    expect(await store.version(1)).toMatchObject({ version: 1, policy: first });
    expect(await store.version(9)).toBeUndefined();
  });

  it("refuses a save made from an older version, and writes nothing", async () => {
    await expect(store.save(defaultPolicy(), { basedOn: 1, note: "", now: AT })).rejects.toThrow(PolicyConflict);
    expect((await store.history()).map((v) => v.version)).toEqual([2, 1]);
  });

  it("lets only one of two saves at once have the next number", async () => {
    const results = await Promise.allSettled([
      store.save(defaultPolicy(["a.gov.uk"]), { basedOn: 2, note: "a", now: AT }),
      store.save(defaultPolicy(["b.gov.uk"]), { basedOn: 2, note: "b", now: AT }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(PolicyConflict);
    expect((await store.history()).map((v) => v.version)).toEqual([3, 2, 1]);
  });

  it("skips a version edited by hand in SharePoint, saying why, and keeps the one before in force", async () => {
    const items = (await ctx.client.api(`/sites/${siteId}/lists/${encodeURIComponent(POLICY_LIST_NAME)}/items`).expand("fields").filter("fields/PolicyVersion eq 3").get()) as { value: { id: string; fields: { PolicyJson: string } }[] };
    const item = items.value[0]!;
    const edited = item.fields.PolicyJson.replace('"largeAudienceThreshold":10', '"largeAudienceThreshold":99');
    await ctx.client.api(`/sites/${siteId}/lists/${encodeURIComponent(POLICY_LIST_NAME)}/items/${item.id}/fields`).patch({ PolicyJson: edited });
    const current = await store.current();
    expect(current.version?.version).toBe(2);
    expect(current.skipped).toEqual([{ version: 3, problem: "version 3 was changed after it was saved (its SHA-256 does not match)" }]);
    const three = await store.version(3);
    expect(three && isBrokenVersion(three)).toBe(true);
  });
});
