/**
 * The demo's "tenant" on the local Graph server, set up as an administrator would (docs/production-setup.md):
 * the Teams chat and channel with their people, and SafeShare's `Sites.Selected` grant on the site (step 4).
 * The grant is `write`: the demo provisions its lists with the administrator's own tool token, as a
 * tenant would after lowering the grant.
 */
import { DEV_APP_ID } from "../../store";
import { DEFAULT_SITE, grantSiteRole, type GraphStore, seedTeamsData } from "../graph-server";
import { TEAMS_DEMO_SEED } from "./teams/demo-data";

export function prepareDemoTenant(graph: { store: GraphStore }): void {
  seedTeamsData(graph, TEAMS_DEMO_SEED);
  const site = graph.store.ensureSite(DEFAULT_SITE.hostname, DEFAULT_SITE.path, DEFAULT_SITE.displayName);
  grantSiteRole(graph.store, site.id, { id: DEV_APP_ID, displayName: "SafeShare" }, "write");
}
