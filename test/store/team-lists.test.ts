/**
 * The team a practitioner records for, from the team lists SharePoint lets them see (the emulated
 * per-team security of the local server), and records routed to their own team's list.
 */
import { devCaFetchOptions, setListAccess } from "../../src/dev/graph-server";
import { chooseTeam, decisionListFor, graphClientFrom, provisionDecisionList, siteFrom, storageTeamMemory, teamRoutingSink, visibleDecisionLists } from "../../src/store";
import { productTokens } from "../support/dev-tokens";
import { recordN, SITE_URL, startServer, type Ctx } from "./helpers";

const ALEX = "alex.practitioner@contoso.onmicrosoft.com";
const MORGAN = "morgan.manager@contoso.onmicrosoft.com";
const STRANGER = "nobody@contoso.onmicrosoft.com";

describe("which team: the team lists you can see", () => {
  let ctx: Ctx;
  let siteId = "";
  const as = async (upn: string) => graphClientFrom({ graphUrl: ctx.server.url, tokens: productTokens(upn), fetchOptions: await devCaFetchOptions(ctx.server.caPem), retry: { maxRetries: 0 } });
  beforeAll(async () => {
    ctx = await startServer();
    siteId = (await siteFrom(ctx.client, SITE_URL)).id;
    for (const team of ["North", "South"]) {
      const { listId } = await provisionDecisionList(ctx.client, siteId, { listName: decisionListFor(team), uniqueRecordId: false });
      const list = ctx.server.store.list(siteId, listId)!;
      setListAccess(ctx.server.store, list, { readSecurity: 2, writeSecurity: 2, grants: { ...(team === "North" ? { [ALEX]: "add-and-read-own" } : {}), [MORGAN]: "review" } });
    }
  });
  afterAll(async () => ctx.stop());

  it("one team → that team; several → ask; none → say what to do", async () => {
    expect(chooseTeam(await visibleDecisionLists(await as(ALEX), siteId))).toEqual({ kind: "team", team: "North", why: "only" });
    expect(chooseTeam(await visibleDecisionLists(await as(MORGAN), siteId))).toEqual({ kind: "ask", teams: ["North", "South"] });
    expect(chooseTeam(await visibleDecisionLists(await as(STRANGER), siteId))).toEqual({ kind: "none" });
  });

  it("a remembered or configured team counts only while it is still one of yours", async () => {
    const morgan = await visibleDecisionLists(await as(MORGAN), siteId);
    expect(chooseTeam(morgan, { remembered: "south" })).toEqual({ kind: "team", team: "South", why: "remembered" });
    expect(chooseTeam(morgan, { remembered: "East" }).kind).toBe("ask");
    const alex = await visibleDecisionLists(await as(ALEX), siteId);
    expect(chooseTeam(alex, { configured: "South" })).toEqual({ kind: "team", team: "North", why: "only" });
  });

  it("remembers per user and site, the team's name only, and survives a storage that refuses", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const m = storageTeamMemory(storage, "OID-1", SITE_URL);
    m.set("North");
    expect(storageTeamMemory(storage, "oid-1", SITE_URL).get()).toBe("North");
    expect(storageTeamMemory(storage, "oid-2", SITE_URL).get()).toBeUndefined();
    expect([...store.values()]).toEqual(["North"]);
    const refusing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); } };
    expect(storageTeamMemory(refusing, "x", SITE_URL).get()).toBeUndefined();
    expect(() => storageTeamMemory(refusing, "x", SITE_URL).set("North")).not.toThrow();
  });

  it("routes each record to its own team's list; a team you cannot add to fails that record only", async () => {
    const sink = teamRoutingSink(await as(MORGAN), siteId, { perTeamLists: true });
    const north = recordN(9001, { team: "North", upn: MORGAN });
    const south = recordN(9002, { team: "South", upn: MORGAN });
    const west = recordN(9003, { team: "West", upn: MORGAN });
    const outcomes = await sink.appendMany([north, south, west]);
    expect(outcomes.map((o) => o.kind)).toEqual(["created", "created", "failed"]);
    const items = (id: string) => ctx.server.store.queryItems(ctx.server.store.list(siteId, decisionListFor(id))!, { top: 100, honorNonIndexed: true }, { threshold: 5000, rule: "selective" }).rows.length;
    expect(items("North")).toBe(1);
    expect(items("South")).toBe(1);
  });
});
