/** The per-team list's SharePoint REST calls: what they send (no tenant here), and that performing them is idempotent. */
import { READ_OWN_LIST_COLUMNS, recordColumns } from "../../src/core/decision/columns-variant";
import { RECORD_COLUMNS } from "../../src/core/decision";
import {
  applyTeamAccess,
  basePermissionsOf,
  decisionListFor,
  groupRefFrom,
  listEndpoint,
  schemaDifferences,
  sharePointRestRunner,
  spStringLiteral,
  teamOfDecisionList,
} from "../../src/store";

const SITE = "https://contoso.sharepoint.com/sites/safeguarding";
const LIST_ID = "11111111-2222-4333-8444-555555555555";

describe("list naming (one rule for store, CLI and pages)", () => {
  it("names a team's list and reads the team back", () => {
    expect(decisionListFor(" North ")).toBe("SafeShare decisions - North");
    expect(decisionListFor(undefined)).toBe("SafeShare decisions");
    expect(decisionListFor("  ")).toBe("SafeShare decisions");
    expect(teamOfDecisionList("SafeShare decisions - O'Neill")).toBe("O'Neill");
    expect(teamOfDecisionList("SafeShare decisions")).toBeUndefined();
  });
});

describe("column sets", () => {
  it("a read-own list keeps every column and index, with RecordId not unique", () => {
    expect(recordColumns({ uniqueRecordId: true })).toBe(RECORD_COLUMNS);
    expect(READ_OWN_LIST_COLUMNS.map((c) => c.name)).toEqual(RECORD_COLUMNS.map((c) => c.name));
    expect(READ_OWN_LIST_COLUMNS.find((c) => c.name === "RecordId")).toMatchObject({ indexed: true, enforceUniqueValues: false });
    expect(READ_OWN_LIST_COLUMNS.filter((c) => c.enforceUniqueValues)).toEqual([]);
  });

  it("the schema check accepts a read-own list's RecordId, and flags a unique one there", () => {
    const graphCols = (unique: boolean) =>
      READ_OWN_LIST_COLUMNS.map((c) => ({
        name: c.name,
        indexed: c.indexed,
        enforceUniqueValues: c.name === "RecordId" ? unique : false,
        ...(c.type === "text" ? { text: { maxLength: c.maxLength } } : c.type === "multilineText" ? { text: { allowMultipleLines: true } } : c.type === "choice" ? { choice: { choices: [...(c.choices ?? [])] } } : c.type === "dateTime" ? { dateTime: {} } : c.type === "boolean" ? { boolean: {} } : { number: {} }),
      }));
    expect(schemaDifferences(graphCols(false), READ_OWN_LIST_COLUMNS)).toEqual([]);
    expect(schemaDifferences(graphCols(true), READ_OWN_LIST_COLUMNS)).toEqual([{ kind: "unexpectedly-unique", column: "RecordId" }]);
    expect(schemaDifferences(graphCols(false))).toEqual([{ kind: "not-unique", column: "RecordId" }]);
  });
});

describe("SharePoint REST values", () => {
  it("escapes OData string literals: apostrophes doubled, the rest percent-encoded", () => {
    expect(spStringLiteral("O'Neill & Co #1")).toBe("'O''Neill%20%26%20Co%20%231'");
    expect(listEndpoint(SITE, { title: "SafeShare decisions - O'Neill" })).toBe(`${SITE}/_api/web/lists/getbytitle('SafeShare%20decisions%20-%20O''Neill')`);
    expect(listEndpoint(`${SITE}/`, { id: LIST_ID.toUpperCase(), title: "x" })).toBe(`${SITE}/_api/web/lists(guid'${LIST_ID}')`);
    expect(() => listEndpoint(SITE, { id: "') or 1 eq 1", title: "x" })).toThrow(/not a GUID/);
  });

  it("reads group options as SharePoint group names, Entra group ids or claims", () => {
    expect(groupRefFrom(" North managers ")).toEqual({ kind: "site-group", name: "North managers" });
    expect(groupRefFrom("0F1E2D3C-4B5A-4968-8776-655443322110")).toEqual({ kind: "entra-group", objectId: "0f1e2d3c-4b5a-4968-8776-655443322110" });
    expect(groupRefFrom("c:0o.c|federateddirectoryclaimprovider|abc")).toEqual({ kind: "claim", loginName: "c:0o.c|federateddirectoryclaimprovider|abc" });
  });

  it("splits BasePermissions into High and Low; Override List Behaviors is CancelCheckout (0x100)", () => {
    expect(basePermissionsOf(["ViewListItems", "AddListItems"])).toEqual({ High: "0", Low: "3" });
    expect(basePermissionsOf(["CancelCheckout"])).toEqual({ High: "0", Low: "256" });
    expect(basePermissionsOf(["UseRemoteAPIs"])).toEqual({ High: "32", Low: "0" });
  });
});

/** A fake SharePoint site: role definitions, groups, one list's permissions. */
function fakeSharePoint() {
  const calls: { method: string; url: string; headers: Record<string, string>; body: unknown }[] = [];
  const defs = [
    { Id: 1073741829, Name: "Full Control", RoleTypeKind: 5, BasePermissions: { High: "2147483647", Low: "4294967295" } },
    { Id: 1073741826, Name: "Read", RoleTypeKind: 2, BasePermissions: { High: "176", Low: "138612833" } },
  ];
  let unique = false;
  const assignments = new Set<string>();
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = decodeURIComponent(String(input));
    const method = init?.method ?? "GET";
    const headers = init?.headers as Record<string, string>;
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined;
    calls.push({ method, url, headers, body });
    const json = (v: unknown, status = 200) => new Response(JSON.stringify(v), { status, headers: { "content-type": "application/json" } });
    if (headers.Authorization !== "Bearer sp-secret") return json({ error: "unauthorized" }, 401);
    if (url.includes("/roledefinitions?")) return json({ value: defs });
    if (url.endsWith("/roledefinitions") && method === "POST") {
      defs.push({ Id: 1073741924 + defs.length, Name: body?.Name as string, RoleTypeKind: 0, BasePermissions: (body?.BasePermissions as { High: string; Low: string }) });
      return json({}, 201);
    }
    if (url.endsWith("HasUniqueRoleAssignments")) return json({ HasUniqueRoleAssignments: unique });
    if (url.includes("/breakroleinheritance(")) {
      unique = true;
      return new Response(null, { status: 200 });
    }
    if (url.includes("/sitegroups/getbyname(")) return json({ Id: url.includes("managers") ? 12 : 11 });
    if (url.endsWith("/ensureuser")) return json({ Id: 13, LoginName: body?.logonName });
    const m = /addroleassignment\(principalid=(\d+),roledefid=(\d+)\)/.exec(url);
    if (m) {
      assignments.add(`${m[1]}:${m[2]}`);
      return new Response(null, { status: 200 });
    }
    if (headers["X-HTTP-Method"] === "MERGE") return new Response(null, { status: 204 });
    return json({ error: `unexpected ${method} ${url}` }, 400);
  };
  return { calls, defs, assignments, fetchImpl, isUnique: () => unique };
}

describe("applyTeamAccess (against a fake SharePoint: the requests are what is tested)", () => {
  const groups = { practitioners: groupRefFrom("North practitioners"), managers: groupRefFrom("North managers"), governance: groupRefFrom("0f1e2d3c-4b5a-4968-8776-655443322110") };

  it("creates the permission levels, sets read/write own items, breaks inheritance and assigns the three roles; a second run changes nothing new", async () => {
    const sp = fakeSharePoint();
    const run = sharePointRestRunner("sp-secret", sp.fetchImpl);
    const first = await applyTeamAccess(SITE, [{ list: { id: LIST_ID, title: "SafeShare decisions - North" }, groups }], run);
    expect(first.createdLevels).toEqual(["SafeShare practitioner", "SafeShare manager"]);
    expect(first.lists[0]).toMatchObject({ brokeInheritance: true });
    expect(sp.isUnique()).toBe(true);
    const merge = sp.calls.find((c) => c.headers["X-HTTP-Method"] === "MERGE");
    expect(merge).toMatchObject({ method: "POST", url: `${SITE}/_api/web/lists(guid'${LIST_ID}')`, body: { __metadata: { type: "SP.List" }, ReadSecurity: 2, WriteSecurity: 2, EnableVersioning: true } });
    expect(merge?.headers).toMatchObject({ "IF-MATCH": "*", "Content-Type": "application/json;odata=verbose" });
    expect(sp.calls.some((c) => c.url.endsWith("/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)") && c.method === "POST")).toBe(true);
    expect(sp.calls.find((c) => c.url.endsWith("/ensureuser"))?.body).toEqual({ logonName: "c:0t.c|tenant|0f1e2d3c-4b5a-4968-8776-655443322110" });
    const practitionerDef = sp.defs.find((d) => d.Name === "SafeShare practitioner")?.Id;
    const managerDef = sp.defs.find((d) => d.Name === "SafeShare manager")?.Id;
    expect([...sp.assignments].sort()).toEqual([`11:${practitionerDef}`, `12:${managerDef}`, "13:1073741829"].sort());

    const before = sp.calls.length;
    const second = await applyTeamAccess(SITE, [{ list: { id: LIST_ID, title: "SafeShare decisions - North" }, groups }], run);
    expect(second.createdLevels).toEqual([]);
    expect(second.differentLevels).toEqual([]);
    expect(second.lists[0]).toMatchObject({ brokeInheritance: false });
    const again = sp.calls.slice(before);
    expect(again.some((c) => c.url.includes("breakroleinheritance") || (c.url.endsWith("/roledefinitions") && c.method === "POST"))).toBe(false);
    expect(sp.assignments.size).toBe(3);
  });

  it("reports a failure with its status and never puts the token in the message", async () => {
    const sp = fakeSharePoint();
    const error = await applyTeamAccess(SITE, [{ list: { id: LIST_ID, title: "x" }, groups }], sharePointRestRunner("wrong-token", sp.fetchImpl)).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expect(String((error as Error).message)).not.toContain("wrong-token");
  });
});
