/**
 * docs/microsoft-calls.md is the one table of every Microsoft call SafeShare makes. Its "Requested" column
 * must be exactly the scopes the code can request, and each Graph call it lists must be one the local
 * server enforces a permission for (so the table, the code and the strict server cannot drift apart).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ENDPOINT_RULES } from "../../src/dev/graph-server";
import { SCOPES_BY_NEED } from "../../src/store";

const DOC = readFileSync(path.join(__dirname, "../../docs/microsoft-calls.md"), "utf8");

function graphRows(): { call: string; requested: string[]; page: string }[] {
  const section = DOC.slice(DOC.indexOf("## Microsoft Graph"), DOC.indexOf("## Office JavaScript API"));
  return section
    .split("\n")
    .filter((l) => l.startsWith("| `"))
    .map((l) => l.split("|").map((c) => c.trim()))
    .map((cells) => ({ call: cells[1] ?? "", requested: [...(cells[3] ?? "").matchAll(/`([A-Za-z]+(?:\.[A-Za-z]+)+)`/g)].map((m) => m[1] as string), page: cells[5] ?? "" }));
}

describe("docs/microsoft-calls.md", () => {
  it("lists exactly the delegated scopes the code can request", () => {
    const inDoc = new Set(graphRows().flatMap((r) => r.requested));
    const inCode = new Set(Object.values(SCOPES_BY_NEED).flat().map((s) => s.replace("https://graph.microsoft.com/", "")));
    expect([...inDoc].sort()).toEqual([...inCode].sort());
  });

  it("cites a Microsoft page for every Graph call", () => {
    for (const r of graphRows()) expect(r.page).toMatch(/\(https:\/\/learn\.microsoft\.com\/graph\//);
  });

  it("every requested scope is one the local server accepts for some endpoint (the server enforces it)", () => {
    const accepted = new Set(ENDPOINT_RULES.flatMap((r) => [...r.delegated, ...(r.siteRole ? ["Sites.Selected"] : [])]));
    for (const scope of graphRows().flatMap((r) => r.requested)) expect(accepted.has(scope)).toBe(true);
  });
});
