import { recordHashOf, type DecisionRecord } from "../../../src/core/decision";
import { sampleRecords } from "../../../src/dev/demo/teams/sample-records";
import { chainsVerifiable, defaultFilters, filterProblems, reviewQueryFrom } from "../../../src/teams/review/review-model";
import { CSV_COLUMNS, csvCell, recordsCsv } from "../../../src/ui/review/csv";
import { recordLines } from "../../../src/ui/review/record-text";
import { decisionsPerWeek, practitionersWithoutDecisions, sharesWithoutConsent, unsecuredOverridden, weekOf } from "../../../src/ui/review/trends";
import { isTamperSign, trustProblems, versionOfETag } from "../../../src/ui/review/trust";

const NOW = new Date("2026-03-02T12:00:00Z");
const PEOPLE = [
  { upn: "a@contoso.onmicrosoft.com", objectId: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c51" },
  { upn: "b@contoso.onmicrosoft.com", objectId: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d62" },
];
const records = sampleRecords({ practitioners: PEOPLE, team: "North", count: 120, now: NOW, formulaReasonAt: 3 });

describe("sample records", () => {
  it("are deterministic, valid, chained per practitioner and within twelve weeks", () => {
    expect(sampleRecords({ practitioners: PEOPLE, team: "North", count: 120, now: NOW, formulaReasonAt: 3 })).toEqual(records);
    expect(records).toHaveLength(120);
    for (const r of records) expect(recordHashOf(r)).toBe(r.recordHash);
    expect(trustProblems(records).size).toBe(0);
    expect(Date.parse(records[0]?.decidedAt ?? "")).toBeGreaterThan(NOW.getTime() - 85 * 86_400_000);
    expect(new Set(records.map((r) => r.decision)).size).toBe(3);
  });
});

describe("CSV export", () => {
  it("neutralises formulas and quotes per RFC 4180", () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell(null)).toBe("");
    const csv = recordsCsv(records.map((record, i) => ({ itemId: String(i + 1), record, review: null })));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(122);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/steal"",""Click for details"")"`);
    expect(csv).not.toMatch(/(^|,)"?=/m);
  });
});

describe("trust", () => {
  it("shows an edited record and a broken chain, naming the records", () => {
    const edited: DecisionRecord = { ...(records[5] as DecisionRecord), reasons: "changed later" };
    const gone = records.filter((_, i) => i !== 10);
    const list = [...gone.slice(0, 5), edited, ...gone.slice(6)];
    const problems = trustProblems(list);
    expect(problems.get(edited.recordId)?.map((p) => p.kind)).toContain("edited");
    const removedFollower = list.find((r) => r.previousHash === records[10]?.recordHash);
    expect(removedFollower && problems.get(removedFollower.recordId)?.[0]?.message).toMatch(/^Chain broken: the record before/);
  });

  it("shows a chain that branches (two devices at once) as a note, not as editing", () => {
    const mine = records.filter((r) => r.practitioner.objectId === records[0]?.practitioner.objectId);
    const [first, second] = mine as [DecisionRecord, DecisionRecord];
    // A record written on another device that still knew only `first`: same content shape, same previous.
    const sibling: DecisionRecord = { ...second, recordId: "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b" as DecisionRecord["recordId"], decidedAt: second.decidedAt.replace(/\.\d{3}Z$/, ".999Z") };
    const rehashed: DecisionRecord = { ...sibling, recordHash: recordHashOf(sibling) };
    expect(rehashed.previousHash).toBe(first.recordHash);
    const problems = trustProblems([...records, rehashed]);
    const found = problems.get(rehashed.recordId) ?? [];
    expect(found.map((p) => p.kind)).toEqual(["branch"]);
    expect(found.every((p) => !isTamperSign(p))).toBe(true);
    expect(found[0]?.message).toMatch(/not a sign of editing/);
    // The record written after `second` on the first device is not disturbed by the branch.
    expect([...problems.values()].flat().filter(isTamperSign)).toEqual([]);
  });

  it("reads versions from eTags", () => {
    expect(versionOfETag('"4f8a,3"')).toBe(3);
    expect(versionOfETag(undefined)).toBe(1);
  });
});

describe("trends", () => {
  it("counts decisions per week by outcome, shares without consent, overrides, and silent practitioners", () => {
    expect(weekOf("2026-03-01T23:00:00Z")).toBe("2026-02-23");
    const perWeek = decisionsPerWeek(records);
    expect(perWeek.series.reduce((n, s) => n + s.values.reduce((a, b) => a + b, 0), 0)).toBe(120);
    const noConsent = sharesWithoutConsent(records);
    expect(noConsent.series[0]?.values.reduce((a, b) => a + b, 0)).toBe(records.filter((r) => r.decision !== "do-not-share" && r.consent && r.consent.kind !== "obtained").length);
    const overridden = unsecuredOverridden(records);
    expect(overridden.series[0]?.values.reduce((a, b) => a + b, 0)).toBe(records.flatMap((r) => r.flags).filter((f) => f.resolution.kind === "overridden" && f.flag.kind === "recipient-class").length);
    expect(practitionersWithoutDecisions(records, [{ upn: "A@contoso.onmicrosoft.com", name: "A" }, { upn: "c@contoso.onmicrosoft.com", name: "C" }])).toEqual([{ upn: "c@contoso.onmicrosoft.com", name: "C" }]);
  });
});

describe("record view and filters", () => {
  it("puts every field in plain English", () => {
    const lines = recordLines(records[0] as DecisionRecord, null);
    expect(lines.map((l) => l.label)).toEqual(expect.arrayContaining(["Decision", "Purpose", "Consent", "Lawful basis (UK GDPR Article 6)", "Flags and how each was resolved", "Record hash", "Reviewed"]));
    expect(lines.every((l) => l.value.length > 0 && !l.value.includes("undefined"))).toBe(true);
    const recommended = lines.find((l) => l.label === "SafeShare recommended")?.value ?? "";
    expect(recommended).toMatch(/\. Why: There is a legitimate purpose for sharing\./);
    expect(recommended).not.toMatch(/purpose\.legitimate|rules:/);
  });

  it("turns filters into a server-side query and knows when chains can be checked", () => {
    const f = { ...defaultFilters(NOW), decision: "share" as const, reviewed: "no" as const, practitioner: " A@Contoso.onmicrosoft.com " };
    const q = reviewQueryFrom(f);
    expect(q).toMatchObject({ decision: "share", reviewed: false, practitionerUpn: "a@contoso.onmicrosoft.com" });
    expect(q.until?.toISOString()).toBe("2026-03-03T00:00:00.000Z");
    expect(chainsVerifiable(f)).toBe(false);
    expect(chainsVerifiable(defaultFilters(NOW))).toBe(true);
    expect(filterProblems({ ...f, since: "2026-04-01" })).toEqual(["“From” must not be after “To”."]);
  });
});
