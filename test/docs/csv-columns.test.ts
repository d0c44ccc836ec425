/**
 * docs/csv-columns.md documents the CSV export's columns; its table must be exactly the export's columns,
 * in order, saying what each holds as the code does, and the README and the administrator's guide link it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CSV_EXPORT_COLUMNS } from "../../src/core/decision";

const read = (file: string) => readFileSync(path.join(__dirname, "../..", file), "utf8");
const DOC = read("docs/csv-columns.md");

function tableRows(): { name: string; holds: string; example: string }[] {
  return DOC.split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| column |"))
    .map((l) => l.split(" | ").map((c) => c.replace(/^\| ?| ?\|$/g, "").trim()))
    .map(([name = "", holds = "", example = ""]) => ({ name, holds, example }));
}

describe("docs/csv-columns.md", () => {
  it("lists every column of the export, in order, with what it holds", () => {
    expect(tableRows().map((r) => [r.name, r.holds])).toEqual(CSV_EXPORT_COLUMNS.map((c) => [c.name, c.holds]));
  });

  it("gives an example for every column, none of them JSON", () => {
    for (const r of tableRows()) {
      expect(r.example).toMatch(/^`/);
      expect(r.example).not.toMatch(/^`[{[]/);
    }
  });

  it.each([["README.md"], ["docs/production-setup.md"], ["docs/teams.md"]])("%s links it", (file) => {
    expect(read(file)).toMatch(/\]\((docs\/|\.\/)?csv-columns\.md\)/);
  });
});
