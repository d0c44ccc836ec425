import { CSV_COLUMNS, csvCell, csvLine, LogOptionsSchema, logOptionsFrom, runLog } from "../../src/cli/log-command";
import type { CsvEntry } from "../../src/core/decision";
import { runProvision } from "../../src/cli/provision-command";
import { DecisionLog, decisionListFor, decisionListId, siteFrom } from "../../src/store";
import { recordsCsv } from "../../src/ui/review/csv";
import { productToken } from "../support/dev-tokens";
import { fakeIO } from "../support/fake-io";
import { recordN, SITE_URL, startServer, type Ctx } from "../store/helpers";

describe("CSV cells", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "\"'\rcmd\""],
    ["a,b", "\"a,b\""],
    ["line1\nline2", "\"line1\nline2\""],
    ["say \"hi\"", "\"say \"\"hi\"\"\""],
    ["plain", "plain"],
    ["O'Neill", "O'Neill"],
    [" padded", "\" padded\""],
    ["", ""],
  ])("%j -> %s", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("formats numbers, booleans and empties; ends lines with CRLF", () => {
    expect(csvLine([1, true, null, undefined, -3])).toBe("1,true,,,'-3\r\n");
  });
});

describe("safeshare log", () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await startServer();
    const io = { ...fakeIO({ files: { "ca.pem": ctx.server.caPem } }), env: { SAFESHARE_TOKEN: productToken("alex.practitioner@contoso.onmicrosoft.com") } };
    expect(await runProvision(io, ["--site", SITE_URL, "--graph", ctx.server.url, "--ca", "ca.pem"])).toBe(0);
    const siteId = (await siteFrom(ctx.client, SITE_URL)).id;
    const log = new DecisionLog({ client: ctx.client, list: { siteId, listId: await decisionListId(ctx.client, siteId) } });
    await log.appendMany([
      recordN(1, { team: "MASH" }),
      recordN(2, { team: "=cmd|' /C calc'!A0" }),
      recordN(3, { team: "MASH", upn: "o'brien@herts.gov.uk" }),
      recordN(4, { team: "Early Help", decidedAt: "2026-10-01T12:00:00.000Z" }),
    ]);
  });
  afterAll(async () => ctx.stop());
  const run = async (extra: string[]) => {
    const io = { ...fakeIO({ files: { "ca.pem": ctx.server.caPem }, now: new Date("2026-12-01T00:00:00Z") }), env: { SAFESHARE_TOKEN: productToken("alex.practitioner@contoso.onmicrosoft.com") } };
    const code = await runLog(io, ["--site", SITE_URL, "--graph", ctx.server.url, "--ca", "ca.pem", ...extra]);
    return { code, out: io.stdoutText(), err: io.stderrText() };
  };

  it("validates dates and formats", () => {
    expect(logOptionsFrom(["--site", SITE_URL, "--since", "2026-11-01"]).since?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(() => logOptionsFrom(["--site", SITE_URL, "--since", "yesterday"])).toThrow(/--since/);
    expect(LogOptionsSchema.safeParse({ site: SITE_URL, since: "2026-11-02", until: "2026-11-01" }).success).toBe(false);
    expect(() => logOptionsFrom(["--site", SITE_URL, "--format", "xlsx"])).toThrow(/csv or jsonl/);
  });

  it("exports every record as CSV, newest first, with formula injection neutralised", async () => {
    const { code, out, err } = await run([]);
    expect(code).toBe(0);
    const lines = out.split("\r\n").filter((l) => l !== "");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines[0]).toMatch(/^Record id,Decided at \(UTC\),Practitioner,/);
    expect(lines).toHaveLength(5);
    expect(out).toContain(",'=cmd|' /C calc'!A0,");
    expect(out).not.toMatch(/[{[]"/);
    expect(out).toContain(',Share,Share,"There is a legitimate purpose for sharing. The information identifies a person: it is personal information.');
    expect(err).toMatch(/4 records/);
  });

  it("writes the same CSV as the review page's export, and JSON lines unchanged", async () => {
    const csv = await run([]);
    const jsonl = await run(["--format", "jsonl"]);
    const entries = jsonl.out.trim().split("\n").map((l) => JSON.parse(l) as CsvEntry);
    expect(entries.map((e) => Object.keys(e))).toEqual(entries.map(() => ["itemId", "record", "review"]));
    expect(entries.map((e) => e.record.recordId).sort()).toEqual([1, 2, 3, 4].map((n) => recordN(n).recordId).sort());
    expect(csv.out).toBe(recordsCsv(entries));
  });

  it("filters by team, practitioner (with an apostrophe) and time, as JSON lines", async () => {
    const team = await run(["--team", "MASH", "--format", "jsonl"]);
    const ids = team.out.trim().split("\n").map((l) => JSON.parse(l).record.recordId);
    expect(ids).toEqual([recordN(3).recordId, recordN(1).recordId]);
    const who = await run(["--practitioner", "o'brien@herts.gov.uk", "--format", "jsonl"]);
    expect(who.out.trim().split("\n")).toHaveLength(1);
    const old = await run(["--since", "2026-09-01", "--until", "2026-11-01", "--format", "jsonl"]);
    expect(JSON.parse(old.out.trim()).record.recordId).toBe(recordN(4).recordId);
  });

  it("reads a team's own list when the organisation has one list per team", async () => {
    const io = { ...fakeIO({ files: { "ca.pem": ctx.server.caPem } }), env: { SAFESHARE_TOKEN: productToken("alex.practitioner@contoso.onmicrosoft.com") } };
    expect(await runProvision(io, ["--site", SITE_URL, "--graph", ctx.server.url, "--ca", "ca.pem", "--team", "Early Help"])).toBe(0);
    const siteId = (await siteFrom(ctx.client, SITE_URL)).id;
    const teamLog = new DecisionLog({ client: ctx.client, list: { siteId, listId: await decisionListId(ctx.client, siteId, decisionListFor("Early Help")) } });
    await teamLog.appendMany([recordN(11, { team: "Early Help" }), recordN(12, { team: "Early Help" })]);
    const team = await run(["--team", "Early Help", "--format", "jsonl"]);
    const ids = team.out.trim().split("\n").map((l) => JSON.parse(l).record.recordId);
    // Only the team list's records: the single list's older Early Help record (4) is not in it.
    expect(ids.sort()).toEqual([recordN(11).recordId, recordN(12).recordId].sort());
  });
});
