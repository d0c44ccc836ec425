import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { type DecisionRecord, ReviewSchema } from "../../../src/core/decision";
import { sampleRecords } from "../../../src/dev/demo/teams/sample-records";
import { longDate, packLines, packOrder, packSummary } from "../../../src/ui/review/supervision-pack";
import { SupervisionPack } from "../../../src/ui/review/SupervisionPack";
import { TrendChart } from "../../../src/ui/review/TrendChart";
import { decisionsPerWeek, sharesWithoutConsent, weekNames } from "../../../src/ui/review/trends";

const NOW = new Date("2026-03-02T12:00:00Z");
const records = sampleRecords({ practitioners: [{ upn: "a@contoso.onmicrosoft.com", objectId: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c51" }], team: "North", count: 40, now: NOW });
const entries = records.map((record, i) => ({ record, review: i % 4 === 0 ? ReviewSchema.parse({ reviewedBy: "m@contoso.onmicrosoft.com", reviewedAt: "2026-03-01T10:00:00Z", comment: "Discussed." }) : null, problems: i === 5 ? [{ recordId: record.recordId, kind: "edited" as const, message: "Edited." }] : [] }));

describe("the supervision pack", () => {
  it("counts what a supervisor asks about, from the records themselves", () => {
    const s = packSummary(entries);
    expect(s.total).toBe(40);
    expect(s.shared + s.sharedLimited + s.notShared).toBe(40);
    expect(s.reviewed).toBe(10);
    expect(s.needsAttention).toBe(1);
    expect(s.withoutConsent).toBe(records.filter((r: DecisionRecord) => r.decision !== "do-not-share" && r.consent !== null && r.consent.kind !== "obtained").length);
    expect(s.flagsOverridden).toBe(records.filter((r) => r.flags.some((f) => f.resolution.kind === "overridden")).length);
  });

  it("keeps each decision in plain English with its review comment, without the integrity fields", () => {
    const lines = packLines(entries[0] as (typeof entries)[number]);
    const labels = lines.map((l) => l.label);
    expect(labels).toEqual(expect.arrayContaining(["Purpose", "Reasons, in the practitioner's words", "Consent", "Reviewed"]));
    expect(labels.filter((l) => /hash|SHA-256|App version/i.test(l) || ["Decision", "Practitioner", "Team"].includes(l))).toEqual([]);
    expect(lines.find((l) => l.label === "Reviewed")?.value).toContain("Discussed.");
  });

  it("reads a period oldest first, and dates as people write them", () => {
    const ordered = packOrder(entries).map((e) => e.record.decidedAt);
    expect(ordered).toEqual([...ordered].sort());
    expect(longDate("2026-03-03")).toBe("3 March 2026");
    expect(longDate("2026-12-25T10:00:00Z")).toBe("25 December 2026");
    expect(weekNames(["2026-09-07", "2026-09-14"])).toEqual(["7 Sep", "14 Sep"]);
    expect(weekNames(["2025-12-29", "2026-01-05"])).toEqual(["29 Dec 2025", "5 Jan 2026"]);
  });
});

describe("trend bar tables and the pack render (SSR)", () => {
  const html = (element: ReturnType<typeof createElement>) => renderToString(createElement(FluentProvider, { theme: webLightTheme }, element)).replace(/<!-- -->/g, "");

  it("labels every bar with its category in full, the figures as text, the bars hidden from screen readers", () => {
    const trend = sharesWithoutConsent(records);
    const out = html(createElement(TrendChart, { trend }));
    for (const c of trend.categories) expect(out).toContain(`>${c.replace(/&/g, "&amp;").replace(/'/g, "&#x27;")}<`);
    expect(out).not.toContain("tabster");
    expect(out).toMatch(/aria-hidden="true" style="width:100%"/);
    const weekly = html(createElement(TrendChart, { trend: decisionsPerWeek(records) }));
    expect(weekly).toContain(">Total<");
  });

  it("prints a practitioner's pack with the figures, each decision and a notes space", () => {
    const out = html(
      createElement(SupervisionPack, { practitioner: { upn: "a@contoso.onmicrosoft.com", name: "Alex A" }, team: "North", since: "2026-01-01", until: "2026-03-02", otherFilters: ["Decision: Share"], preparedBy: "Morgan", preparedAt: NOW, entries, complete: true, onBack: () => undefined, download: () => undefined }),
    );
    expect(out).toContain("Supervision pack: Alex A");
    expect(out).toContain("from 1 January 2026 to 2 March 2026");
    expect(out).toContain("Only the decisions matching these filters are included: Decision: Share.");
    expect(out).toContain("1 record was changed after being written");
    expect((out.match(/<section class="decision"/g) ?? []).length).toBe(40);
    expect(out).toContain("Supervision notes");
  });
});
