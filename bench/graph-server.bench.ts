/**
 * Local Graph server benchmark: load N list items (default 1,000,000) straight into the store in one
 * transaction, then time over HTTPS the newest 50 decisions of one team beside the same page read directly
 * from SQLite (the floor), and the HTTP append rate.
 *
 *   npx tsx bench/graph-server.bench.ts [--items 1000000] [--runs 20] [--keep DIR]
 */
import { Agent, request } from "node:https";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEV_USER, GraphStore, startGraphServer, type GraphServerHandle } from "../src/dev/graph-server";
import { devToken } from "../src/store";

// The server wants a Graph-shaped token with a permission for each call (src/dev/graph-server/permissions.ts):
// an administrator's full control of sites, so the bench measures the server and not a grant.
const BENCH_TOKEN = devToken({ upn: "bench.admin@contoso.onmicrosoft.com", scopes: ["Sites.FullControl.All"], appId: "00000000-0000-0000-0000-00000000be01" });

const { values } = parseArgs({
  options: { items: { type: "string" }, runs: { type: "string" }, keep: { type: "string" } },
});
const N = Number(values.items ?? 1_000_000);
const RUNS = Number(values.runs ?? 20);
const TEAMS = 50;
const PRACTITIONERS = 500;
const YEAR_MS = 365 * 24 * 3600 * 1000;
const START = Date.UTC(2025, 0, 1);

const COLUMNS = [
  { name: "RecordId", type: "text", indexed: true, unique: true },
  { name: "Team", type: "text", indexed: true },
  { name: "Practitioner", type: "text", indexed: true },
  { name: "PractitionerId", type: "text", indexed: true },
  { name: "DecisionTime", type: "dateTime", indexed: true },
  { name: "Decision", type: "choice", indexed: true },
  { name: "ConsentStatus", type: "choice", indexed: true },
  { name: "Reviewed", type: "boolean", indexed: true },
  { name: "RecordHash", type: "text", indexed: false },
  { name: "Summary", type: "text", indexed: false },
] as const;

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function get(server: GraphServerHandle, agent: Agent, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const url = new URL(path.startsWith("https://") ? path : `${server.url}${path}`);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        agent,
        headers: {
          Authorization: `Bearer ${BENCH_TOKEN}`,
          ...(payload ? { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString() || "null") }));
      },
    );
    req.on("error", reject);
    if (payload) req.write(payload);
    req.end();
  });
}

function* rows(n: number): Generator<{ fields: Record<string, unknown>; created: string }> {
  for (let i = 0; i < n; i++) {
    const at = new Date(START + Math.floor((i / n) * YEAR_MS));
    const p = (i * 7919) % PRACTITIONERS;
    const iso = `${at.toISOString().slice(0, 19)}Z`;
    yield {
      created: iso,
      fields: {
        Title: `Decision ${i}`,
        RecordId: `rec-${i.toString(36).padStart(8, "0")}`,
        Team: `Team ${String(p % TEAMS).padStart(2, "0")}`,
        Practitioner: `practitioner${p}@contoso.onmicrosoft.com`,
        PractitionerId: `00000000-0000-4000-8000-${String(p).padStart(12, "0")}`,
        DecisionTime: iso,
        Decision: ["share", "dontShare", "seekAdvice"][i % 3],
        ConsentStatus: ["given", "notGiven", "notSought"][i % 3],
        Reviewed: i % 10 === 0,
        RecordHash: `sha256-${(i * 2654435761) >>> 0}`,
        Summary: "Shared with school nurse under safeguarding duty; parent not told (risk of harm).",
      },
    };
  }
}

async function main(): Promise<void> {
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), "graph-bench-"));
  const line = (s: string): void => void process.stdout.write(`${s}\n`);
  line(`local Graph server bench: ${N.toLocaleString("en-GB")} items, ${TEAMS} teams, ${PRACTITIONERS} practitioners, data in ${dir}`);

  // 1. Load directly through the store, in one transaction.
  const store = new GraphStore(dir);
  const site = store.siteByPath("contoso.sharepoint.com", "/sites/safeguarding");
  if (!site) throw new Error("site missing");
  let list = store.list(site.id, "Decisions");
  if (!list) {
    list = store.createList(site.id, {
      displayName: "Decisions",
      template: "genericList",
      columns: COLUMNS.map((c) => ({
        name: c.name,
        type: c.type,
        facet: c.type === "choice" ? { choices: ["share", "dontShare", "seekAdvice", "given", "notGiven", "notSought"] } : {},
        indexed: c.indexed,
        enforceUniqueValues: "unique" in c && c.unique,
        required: false,
        hidden: false,
      })),
    });
    const t0 = process.hrtime.bigint();
    store.bulkInsert(list, rows(N), DEV_USER);
    const loadMs = ms(t0);
    const t1 = process.hrtime.bigint();
    store.db.exec("ANALYZE");
    line(`load: ${(loadMs / 1000).toFixed(1)} s (${Math.round(N / (loadMs / 1000)).toLocaleString("en-GB")} items/s), ANALYZE ${(ms(t1) / 1000).toFixed(1)} s`);
  }
  const names = store.sqlNames(list);
  const listId = list.id;
  store.close();

  // 2. Serve it.
  const team = "Team 07";
  // A window holding ~4,000 items (under SharePoint's 5,000 threshold): ~80 for one team.
  const windowMs = YEAR_MS * Math.min(1, 4000 / N);
  const lastDay = `${new Date(START + YEAR_MS - windowMs).toISOString().slice(0, 19)}Z`;
  const filterTimeFirst = `fields/DecisionTime ge '${lastDay}' and fields/Team eq '${team}'`;
  const filterTeamFirst = `fields/Team eq '${team}' and fields/DecisionTime ge '${lastDay}'`;
  const itemsPath = `/sites/${site.id}/lists/${listId}/items`;
  const q = (filter: string): string =>
    `${itemsPath}?$expand=fields&$filter=${encodeURIComponent(filter)}&$orderby=${encodeURIComponent("fields/DecisionTime desc")}&$top=50`;

  const timeHttp = async (server: GraphServerHandle, agent: Agent, path: string): Promise<{ status: number; count: number; cold: number; med: number }> => {
    const t0 = process.hrtime.bigint();
    const first = await get(server, agent, "GET", path);
    const cold = ms(t0);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      await get(server, agent, "GET", path);
      times.push(ms(t));
    }
    return { status: first.status, count: (first.json?.value as unknown[] | undefined)?.length ?? 0, cold, med: median(times) };
  };

  const direct = new GraphStore(dir);
  const dt = names.columns.DecisionTime as string;
  const tm = names.columns.Team as string;
  const stmt = direct.db.prepare(`SELECT * FROM ${names.table} WHERE ${dt} >= ? AND ${tm} = ? ORDER BY ${dt} DESC, id DESC LIMIT 50`);
  const stmtTeam = direct.db.prepare(`SELECT * FROM ${names.table} WHERE ${tm} = ? ORDER BY ${dt} DESC, id DESC LIMIT 50`);
  const timeSql = (run: () => unknown[]): { count: number; med: number } => {
    const count = run().length;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      run();
      times.push(ms(t));
    }
    return { count, med: median(times) };
  };
  const sqlWindow = timeSql(() => stmt.all(lastDay, team));
  const sqlTeam = timeSql(() => stmtTeam.all(team));
  direct.close();

  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const faithful = await startGraphServer({ dataDir: dir, log: () => undefined });
  agent.options.ca = faithful.caPem;
  const windowed = await timeHttp(faithful, agent, q(filterTimeFirst));
  const teamFirst = await get(faithful, agent, "GET", q(filterTeamFirst));
  const teamOnly = await get(faithful, agent, "GET", `${itemsPath}?$expand=fields&$filter=${encodeURIComponent(`fields/Team eq '${team}'`)}&$orderby=${encodeURIComponent("fields/DecisionTime desc")}&$top=50`);

  // 3. Append rate over HTTPS (keep-alive), sequential and 8 in flight, and through $batch (20 per batch).
  const appendFor = async (concurrency: number, seconds: number, prefix: string): Promise<number> => {
    let n = 0;
    const end = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, w) => {
        while (Date.now() < end) {
          const r = await get(faithful, agent, "POST", itemsPath, {
            fields: { RecordId: `${prefix}-${w}-${n}`, Team: "Bench appends", DecisionTime: new Date().toISOString(), Decision: "share" },
          });
          if (r.status !== 201) throw new Error(`append ${r.status}`);
          n++;
        }
      }),
    );
    return n / seconds;
  };
  const seq = await appendFor(1, 3, "seq");
  const par = await appendFor(8, 3, "par");
  let batched = 0;
  const bEnd = Date.now() + 3000;
  while (Date.now() < bEnd) {
    const requests = Array.from({ length: 20 }, (_, i) => ({
      id: String(i + 1),
      method: "POST",
      url: itemsPath,
      headers: { "Content-Type": "application/json" },
      body: { fields: { RecordId: `batch-${batched + i}`, Team: "Bench appends", DecisionTime: new Date().toISOString() } },
    }));
    const r = await get(faithful, agent, "POST", "/$batch", { requests });
    if (r.status !== 200) throw new Error(`batch ${r.status}`);
    batched += 20;
  }
  await faithful.close();

  const lenient = await startGraphServer({ dataDir: dir, log: () => undefined, thresholdRule: "indexed" });
  agent.options.ca = lenient.caPem;
  const teamLenient = await timeHttp(lenient, agent, q(filterTeamFirst));
  const month = `${new Date(START + YEAR_MS - 30 * 24 * 3600 * 1000).toISOString().slice(0, 19)}Z`;
  const teamMonth = await timeHttp(lenient, agent, q(`fields/Team eq '${team}' and fields/DecisionTime ge '${month}'`));
  await lenient.close();
  agent.destroy();

  const row = (label: string, http: string, sql: string, ratio: string): void =>
    line(`${label.padEnd(58)} ${http.padStart(16)} ${sql.padStart(12)} ${ratio.padStart(8)}`);
  line("");
  row("query (newest 50 of one team)", "HTTP median", "SQLite", "ratio");
  row(
    `time window first (~4,000 items), then team [SharePoint rule]`,
    `${windowed.med.toFixed(1)} ms (${windowed.count})`,
    `${sqlWindow.med.toFixed(2)} ms`,
    `${(windowed.med / sqlWindow.med).toFixed(1)}x`,
  );
  line(`  cold first request: ${windowed.cold.toFixed(1)} ms; target < 300 ms: ${windowed.med < 300 ? "met" : "NOT MET"}`);
  row(
    `team first, same window [lenient rule 'indexed']`,
    `${teamLenient.med.toFixed(1)} ms (${teamLenient.count})`,
    `${sqlWindow.med.toFixed(2)} ms`,
    `${(teamLenient.med / sqlWindow.med).toFixed(1)}x`,
  );
  row(
    `team first, last 30 days [lenient rule 'indexed']`,
    `${teamMonth.med.toFixed(1)} ms (${teamMonth.count})`,
    "",
    "",
  );
  line(`  cold first request: ${teamMonth.cold.toFixed(1)} ms; target < 300 ms: ${teamMonth.med < 300 ? "met" : "NOT MET"}`);
  row(`team only, no window (SQLite floor for reference)`, "-", `${sqlTeam.med.toFixed(2)} ms`, "");
  line(`  SharePoint rule refuses team-first: HTTP ${teamFirst.status}; team only: HTTP ${teamOnly.status} (${String(teamOnly.json?.error?.message ?? "")})`);
  line("");
  line(`HTTP append rate: ${seq.toFixed(0)} items/s sequential, ${par.toFixed(0)} items/s with 8 in flight, ${(batched / 3).toFixed(0)} items/s via $batch of 20`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
