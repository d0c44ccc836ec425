/** Emulated list security: per-team lists, "read own items", review rights, dev tokens. */
import { type GraphServerHandle, startGraphServer, seedTeamsData } from "../../../src/dev/graph-server";
import { adminToken, grantSafeShare, productToken } from "../../support/dev-tokens";
import { call, SITE_PATH, tempDir } from "./helpers";

// The SafeShare app's tokens, with the scopes the product requests; the owner uses an admin's tool.
const as = (upn: string): string => productToken(upn, ["decision-log", "identity"]);
const PRACTITIONER = as("alex.practitioner@contoso.onmicrosoft.com");
const COLLEAGUE = as("sam.colleague@contoso.onmicrosoft.com");
const MANAGER = as("morgan.manager@contoso.onmicrosoft.com");
const OTHER_MANAGER = as("casey.manager@contoso.onmicrosoft.com");
const OWNER = adminToken("ig.lead@contoso.onmicrosoft.com");

describe("graph server list access emulation", () => {
  const dir = tempDir("graph-access-");
  let server: GraphServerHandle;
  let listId = "";

  beforeAll(async () => {
    server = await startGraphServer({ dataDir: dir.path, log: () => undefined });
    seedTeamsData(server);
    grantSafeShare(server, "write");
    const created = await call(server, "POST", `${SITE_PATH}:/lists`, {
      token: OWNER,
      body: {
        displayName: "SafeShare decisions - North",
        columns: [
          { name: "RecordId", text: {}, indexed: true, enforceUniqueValues: true },
          { name: "Team", text: {}, indexed: true },
        ],
      },
    });
    expect(created.status).toBe(201);
    listId = created.body.id;
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  const items = `${SITE_PATH}:/lists/SafeShare decisions - North/items`;
  const access = `${SITE_PATH}:/lists/SafeShare decisions - North/_devAccess`;
  const grants = {
    "alex.practitioner@contoso.onmicrosoft.com": "add-and-read-own",
    "sam.colleague@contoso.onmicrosoft.com": "add-and-read-own",
    "morgan.manager@contoso.onmicrosoft.com": "review",
    "ig.lead@contoso.onmicrosoft.com": "full-control",
  };

  it("refuses read-own-items while a column enforces unique values, as SharePoint does", async () => {
    const r = await call(server, "PUT", access, { token: OWNER, body: { readSecurity: 2, writeSecurity: 2, grants } });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/unique values/);
    // Graph takes the column's id, not its name.
    const byName = await call(server, "PATCH", `${SITE_PATH}:/lists/${listId}/columns/RecordId`, { token: OWNER, body: { enforceUniqueValues: false } });
    expect(byName.status).toBe(404);
    expect(byName.body.error.message).toMatch(/id, not its name/);
    const columns = await call(server, "GET", `${SITE_PATH}:/lists/${listId}/columns`, { token: OWNER });
    const recordId = encodeURIComponent((columns.body.value as { id: string; name: string }[]).find((c) => c.name === "RecordId")!.id);
    const unset = await call(server, "PATCH", `${SITE_PATH}:/lists/${listId}/columns/${recordId}`, { token: OWNER, body: { enforceUniqueValues: false } });
    expect(unset.status).toBe(200);
    const ok = await call(server, "PUT", access, { token: OWNER, body: { readSecurity: 2, writeSecurity: 2, grants } });
    expect(ok.status).toBe(200);
    expect(ok.body.access.readSecurity).toBe(2);
    const again = await call(server, "PATCH", `${SITE_PATH}:/lists/${listId}/columns/${recordId}`, { token: OWNER, body: { enforceUniqueValues: true } });
    expect(again.status).toBe(400);
  });

  it("lets practitioners add items and read only their own; others' items are not there for them", async () => {
    const a = await call(server, "POST", items, { token: PRACTITIONER, body: { fields: { Title: "a", RecordId: "r-alex", Team: "North" } } });
    const s = await call(server, "POST", items, { token: COLLEAGUE, body: { fields: { Title: "s", RecordId: "r-sam", Team: "North" } } });
    expect([a.status, s.status]).toEqual([201, 201]);
    expect(a.body.createdBy.user.email).toBe("alex.practitioner@contoso.onmicrosoft.com");
    const mine = await call(server, "GET", `${items}?expand=fields`, { token: PRACTITIONER });
    expect(mine.status).toBe(200);
    expect(mine.body.value.map((i: { fields: { RecordId: string } }) => i.fields.RecordId)).toEqual(["r-alex"]);
    const filtered = await call(server, "GET", `${items}?$filter=fields/Team eq 'North'&expand=fields`, { token: COLLEAGUE });
    expect(filtered.body.value.map((i: { fields: { RecordId: string } }) => i.fields.RecordId)).toEqual(["r-sam"]);
    const other = await call(server, "GET", `${items}/${s.body.id}`, { token: PRACTITIONER });
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("itemNotFound");
  });

  it("refuses practitioners any edit, even of their own record (403 accessDenied)", async () => {
    const mine = await call(server, "GET", `${items}?expand=fields`, { token: PRACTITIONER });
    const id = mine.body.value[0].id;
    const r = await call(server, "PATCH", `${items}/${id}/fields`, { token: PRACTITIONER, body: { Team: "South" } });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe("accessDenied");
  });

  it("lets the team's manager read every item and edit; not delete", async () => {
    const all = await call(server, "GET", `${items}?expand=fields`, { token: MANAGER });
    expect(all.body.value).toHaveLength(2);
    const id = all.body.value[1].id;
    const r = await call(server, "PATCH", `${items}/${id}/fields`, { token: MANAGER, body: { Title: "reviewed" } });
    expect(r.status).toBe(200);
    const versions = await call(server, "GET", `${items}/${id}/versions`, { token: MANAGER });
    expect(versions.body.value).toHaveLength(2);
    const del = await call(server, "DELETE", `${items}/${id}`, { token: MANAGER });
    expect(del.status).toBe(403);
  });

  it("denies another team's manager the list entirely and hides it from the list of lists", async () => {
    const r = await call(server, "GET", `${items}`, { token: OTHER_MANAGER });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe("accessDenied");
    const lists = await call(server, "GET", `${SITE_PATH}:/lists`, { token: OTHER_MANAGER });
    expect(lists.body.value.map((l: { displayName: string }) => l.displayName)).not.toContain("SafeShare decisions - North");
    const seen = await call(server, "GET", `${SITE_PATH}:/lists`, { token: PRACTITIONER });
    expect(seen.body.value.map((l: { displayName: string }) => l.displayName)).toContain("SafeShare decisions - North");
  });

  it("applies the same rules inside $batch", async () => {
    const r = await call(server, "POST", "/$batch", {
      token: OTHER_MANAGER,
      body: { requests: [{ id: "1", method: "GET", url: `${SITE_PATH.slice(1)}:/lists/SafeShare decisions - North/items` }] },
    });
    expect(r.status).toBe(200);
    expect(r.body.responses[0].status).toBe(403);
  });

  it("only full control may change the settings; /me follows the token", async () => {
    const r = await call(server, "PUT", access, { token: MANAGER, body: { readSecurity: 1, grants: {} } });
    expect(r.status).toBe(403);
    const me = await call(server, "GET", "/me", { token: COLLEAGUE });
    expect(me.body.userPrincipalName).toBe("sam.colleague@contoso.onmicrosoft.com");
    const stranger = await call(server, "GET", "/me", { token: as("nobody@example.org") });
    expect(stranger.body.userPrincipalName).toBe("nobody@example.org");
    expect(stranger.body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("leaves lists without settings open to every caller", async () => {
    const created = await call(server, "POST", `${SITE_PATH}:/lists`, { token: adminToken("someone.else@contoso.onmicrosoft.com"), body: { displayName: "Open list", columns: [{ name: "A", text: {} }] } });
    expect(created.status).toBe(201);
    const r = await call(server, "GET", `${SITE_PATH}:/lists/Open list/items`, { token: as("nobody@example.org") });
    expect(r.status).toBe(200);
  });
});
