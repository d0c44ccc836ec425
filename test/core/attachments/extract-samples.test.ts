import { readFileSync } from "node:fs";
import { join } from "node:path";
import { minutesXlsx, referralDocx, safetyPlanDocx } from "../../../scripts/attachment-samples";
import { extractAttachment } from "../../../src/core/attachments/extract";
import { expectWellFormed, limits, partsOf } from "./extract-support";

const samples = join(__dirname, "..", "..", "..", "assets", "samples");

describe("the attachment samples in assets/samples", () => {
  it.each([
    ["referral.docx", referralDocx],
    ["minutes.xlsx", minutesXlsx],
    ["safety-plan-o-kemp.docx", safetyPlanDocx],
  ])("%s is what scripts/make-attachment-samples.ts writes (reproducible bytes)", (name, make) => {
    const onDisk = new Uint8Array(readFileSync(join(samples, name)));
    expect(Buffer.from(make()).equals(Buffer.from(onDisk))).toBe(true);
    // Built twice, the same bytes.
    expect(Buffer.from(make()).equals(Buffer.from(make()))).toBe(true);
  });

  it("reads the referral form: the child, the NHS number, the worry, and where each is", async () => {
    const r = await extractAttachment({ name: "referral.docx", bytes: new Uint8Array(readFileSync(join(samples, "referral.docx"))) }, limits());
    expectWellFormed(r);
    const parts = new Map(partsOf(r).map(([where, text]) => [text, where]));
    const whereIs = (needle: string): string | undefined => [...parts].find(([text]) => text.includes(needle))?.[1];
    expect(whereIs("Maisie Thornton")).toBe("table 1, row 1");
    expect(whereIs("943 476 5919")).toBe("table 1, row 3");
    expect(whereIs("bruising on the inside")).toMatch(/^paragraph \d+$/);
    expect(whereIs("fell off the trampoline")).toMatch(/^paragraph \d+$/);
    expect(whereIs("OFFICIAL-SENSITIVE")).toBe("the page header");
    expect(whereIs("Mrs P. Quinn")).toBe("footnote 1");
    expect(whereIs("brother's age")).toBe("comment 1");
  });

  it("reads the minutes workbook: sheet names, the hidden sheet, the NHS number as a number", async () => {
    const r = await extractAttachment({ name: "minutes.xlsx", bytes: new Uint8Array(readFileSync(join(samples, "minutes.xlsx"))) }, limits());
    expectWellFormed(r);
    const parts = partsOf(r);
    expect(parts).toContainEqual(["sheet “Risks”, row 2", "Physical harm from older sibling when unsupervised\tMaisie Thornton\tHigh\t9434765919"]);
    expect(parts).toContainEqual(["sheet “Attendees” (hidden), row 4", "Donna Thornton\tMother"]);
    expect(parts[0]).toEqual(["sheet “Chronology”, row 1", "Date\tEvent\tSource"]);
  });
});
