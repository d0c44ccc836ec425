import { defaultPolicy, PolicySchema } from "../../../src/core/policy/policy";
import { policyCacheKey, policyInForce } from "../../../src/outlook/taskpane/pane-policy";
import { PolicyStore, provisionPolicyList, siteFrom } from "../../../src/store";
import { SITE_URL, startServer, type Ctx } from "../../store/helpers";

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

describe("the policy the pane starts with", () => {
  let ctx: Ctx;
  const deployment = { policy: defaultPolicy(), version: 0 };
  beforeAll(async () => {
    ctx = await startServer();
  });
  afterAll(async () => ctx.stop());

  it("is the deployment's while the site has no policy list, and while the list is empty", async () => {
    expect(await policyInForce(ctx.client, SITE_URL, deployment, memoryStorage())).toEqual({ ...deployment, from: "deployment" });
    await provisionPolicyList(ctx.client, (await siteFrom(ctx.client, SITE_URL)).id);
    expect(await policyInForce(ctx.client, SITE_URL, deployment, memoryStorage())).toEqual({ ...deployment, from: "deployment" });
  });

  it("is the newest saved version once the IG lead saves one (no rebuild), kept on the device for when the site is out of reach", async () => {
    const store = new PolicyStore(ctx.client, (await siteFrom(ctx.client, SITE_URL)).id);
    const saved = PolicySchema.parse({ internalDomains: ["hertfordshire.gov.uk"], partnerDomains: [{ domain: "oakfield-primary.org.uk", subdomains: false, label: "Oakfield Primary ISA" }] });
    await store.save(saved, { basedOn: 0, note: "Oakfield ISA", now: new Date("2026-12-03T10:00:00Z") });
    const storage = memoryStorage();
    const online = await policyInForce(ctx.client, SITE_URL, deployment, storage);
    expect(online).toEqual({ policy: saved, version: 1, from: "site" });
    expect(storage.map.get(policyCacheKey(SITE_URL))).toContain("oakfield-primary.org.uk");

    // The site out of reach (Graph down): the version kept on this device.
    ctx.server.setFaults({ probabilities: { unavailable: 1 }, retryAfterSeconds: 0 });
    const offline = await policyInForce(ctx.client, SITE_URL, deployment, storage).finally(() => ctx.server.setFaults({}));
    expect(offline).toEqual({ policy: saved, version: 1, from: "cache" });
    // Out of reach with nothing kept: the deployment's.
    ctx.server.setFaults({ probabilities: { unavailable: 1 }, retryAfterSeconds: 0 });
    const fresh = await policyInForce(ctx.client, SITE_URL, deployment, memoryStorage()).finally(() => ctx.server.setFaults({}));
    expect(fresh).toEqual({ ...deployment, from: "deployment" });
  });
});
