/** The local Graph-compatible server: public entry points. */
import { GraphStore } from "./store";
import { seedTeamsInto, type TeamsSeed } from "./teams";

export { startGraphServer, DEV_USER, identityFromClaims, type GraphServerHandle, type GraphServerOptions } from "./server";
export { type FaultConfig, type FaultKind, type SubFaultKind } from "./faults";
export { GraphStore, DEFAULT_SITE, type ColumnInput } from "./store";
export { DEMO_TEAMS_SEED, HOME_TENANT_ID, type TeamsSeed, type MemberSeed } from "./teams";
export { devCaFetchOptions, devCaDispatcher } from "./trust";
export { odataString, parseFilter } from "./odata-filter";
export { MAX_BATCH_REQUESTS } from "./batch";
export { ACCESS_DENIED_MESSAGE, ListAccessSchema, listAccessOf, PERMISSION_LEVELS, setListAccess, type ListAccess, type ListAccessInput, type PermissionLevel } from "./access";

/**
 * Seed Teams data (chats, channels, members, users) into the server's data directory. Works while a server
 * is running on the same directory (SQLite WAL) or before it starts. Default: the demo chat, with a guest
 * and a member from another tenant.
 */
export function seedTeamsData(target: string | { store: GraphStore }, seed?: TeamsSeed): void {
  if (typeof target !== "string") {
    seedTeamsInto(target.store, seed);
    return;
  }
  const store = new GraphStore(target);
  try {
    seedTeamsInto(store, seed);
  } finally {
    store.close();
  }
}
export { authorize, ENDPOINT_RULES, grantSiteRole, grantedRole, MALFORMED_TOKEN, SITE_ROLES, type EndpointRule, type SiteRole, type TokenGrant } from "./permissions";
