import {
  type Analysis,
  AnalysisSchema,
  attachmentsText,
  CSV_COLUMNS,
  decisionRecordFrom,
  flagPrinciple,
  flagQuestion,
  type DecisionRecord,
  listFieldsToRecord,
  prefillFrom,
  recordAttachments,
  recordCsvLine,
  recordFromAnswers,
  recordHashOf,
  recordLines,
  recordToListFields,
  sealedRecord,
} from "../../../src/core/decision";
import { ALL_CONFIRMED, ANALYSIS, baseAnswers, context } from "./fixtures";

const SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const FORM = {
  attachment: 0,
  name: "referral.docx",
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  size: 24_576,
  sha256: SHA,
  read: "text" as const,
  identifiers: [
    { type: "date-of-birth" as const, start: 10, end: 20, where: "paragraph 3", text: "12/03/2019" },
    { type: "nhs-number" as const, start: 30, end: 42, where: "paragraph 4", text: "943 476 5919" },
    { type: "date-of-birth" as const, start: 50, end: 60, where: "paragraph 9", text: "01/01/1990" },
  ],
  caseContent: [{ where: "paragraph 5", person: "Alfie", said: "bruises" }],
  specialCategory: [{ category: "health" as const, where: "paragraph 6", text: "asthma" }],
};
const EMAIL = { attachment: 1, name: "fwd.eml", read: "text" as const, identifiers: [], caseContent: [], specialCategory: [], inner: [{ attachment: 1, name: "fwd.eml › photo.jpg", read: "unreadable" as const, identifiers: [], caseContent: [], specialCategory: [] }] };

function built(analysis: Analysis): DecisionRecord {
  const flags = prefillFrom(analysis).flags;
  const out = recordFromAnswers({
    answers: baseAnswers({ lawfulBasis: { article6: "public-task", article9: "substantial-public-interest-safeguarding" }, rightWay: { ...ALL_CONFIRMED, flagResolutions: flags.map((f) => ({ flagId: f.id, resolution: { kind: "overridden", reason: "Agreed with the DSL." } as const })) } }),
    analysis,
    context: context(),
  });
  if (out.kind !== "record") throw new Error(JSON.stringify(out));
  return out.record;
}

describe("attachments in the decision record (version 2 on)", () => {
  it("keeps each file's facts and the kinds of finding, never the values found", () => {
    const list = recordAttachments([FORM, EMAIL]);
    expect(list).toEqual([
      { name: "referral.docx", contentType: FORM.contentType, size: 24_576, sha256: SHA, read: "text", findings: { identifiers: ["date-of-birth", "nhs-number"], aboutAPerson: true, specialCategories: ["health"] } },
      { name: "fwd.eml", contentType: null, size: null, sha256: null, read: "text", findings: { identifiers: [], aboutAPerson: false, specialCategories: [] } },
      { name: "fwd.eml › photo.jpg", contentType: null, size: null, sha256: null, read: "unreadable", findings: { identifiers: [], aboutAPerson: false, specialCategories: [] } },
    ]);
    expect(JSON.stringify(list)).not.toMatch(/12\/03\/2019|943 476 5919|Alfie|asthma/);
  });

  it("is written from the analysis, survives the list's columns with its hash, and reads in plain English", () => {
    const analysis = AnalysisSchema.parse({ ...ANALYSIS, attachmentContents: [FORM, EMAIL] });
    const r = built(analysis);
    expect(r.schemaVersion).toBe(3);
    expect(r.attachments).toHaveLength(3);
    const fields = recordToListFields(r);
    const back = listFieldsToRecord({ ...fields, SchemaVersion: "3" });
    expect(back).toEqual({ kind: "ok", record: r });
    expect(back.kind === "ok" && recordHashOf(back.record)).toBe(r.recordHash);
    const line = recordLines(r, null).find((l) => l.label === "Attachments")?.value ?? "";
    expect(line).toBe(
      `referral.docx (24 KB, ${FORM.contentType}, SHA-256 ${SHA}): read — a date of birth, an NHS number; says something about an identifiable person; special category: health; fwd.eml: read — nothing about anyone found; fwd.eml › photo.jpg: could not be read (the practitioner was asked to check it)`,
    );
    const cells = recordCsvLine("7", r, null);
    expect(cells).toContain("referral.docx (24 KB");
    expect(CSV_COLUMNS).toContain("Attachments");
  });

  it("still reads version 1 records, which have no attachments, with their hashes", () => {
    const v2 = built(ANALYSIS);
    const { attachments: _a, recordHash: _h, ...rest } = v2;
    void _a;
    void _h;
    const v1 = sealedRecord({ ...rest, schemaVersion: 1 });
    expect(decisionRecordFrom(v1)).toEqual({ kind: "ok", record: v1 });
    const fields = recordToListFields(v1);
    expect(fields.CheckedAttachments).toBeNull();
    const fromGraph = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
    const back = listFieldsToRecord({ ...fromGraph, SchemaVersion: "1" });
    expect(back.kind === "ok" && recordHashOf(back.record)).toBe(v1.recordHash);
    expect(attachmentsText(v1.attachments)).toMatch(/^Not recorded/);
    expect(decisionRecordFrom({ ...v1, attachments: [] })).toEqual({ kind: "error", message: "attachments: a version 1 record has no attachments; version 2 added them" });
  });
});

describe("flags raised by attachments' contents (step 6)", () => {
  it("asks once per file and kind of identifier whether it is needed, and to check a file it could not read", () => {
    const analysis = AnalysisSchema.parse({ ...ANALYSIS, attachmentContents: [FORM, EMAIL] });
    const flags = prefillFrom(analysis).flags.filter((f) => f.kind.startsWith("attachment-"));
    expect(flags.map((f) => [f.id, flagPrinciple(f), flagQuestion(f)])).toEqual([
      ["attachment-identifier:date-of-birth:0:referral.docx", "necessary", "The attachment 'referral.docx' contains a date of birth (2 times): is it needed?"],
      ["attachment-identifier:nhs-number:0:referral.docx", "necessary", "The attachment 'referral.docx' contains an NHS number: is it needed?"],
      ["attachment-unreadable:1:fwd.eml › photo.jpg", "relevant", "SafeShare could not read the attachment 'fwd.eml › photo.jpg': check it is the right file, about the right person, and holds only what is needed."],
    ]);
  });
});

describe("a misdirected attachment in step 6", () => {
  it("asks to attach the right file or say why this one belongs", () => {
    const message = "The message is about 'Alfie Turner', but 'form.docx' is about 'Maisie': check it is the right file.";
    const analysis = AnalysisSchema.parse({ ...ANALYSIS, attachmentMismatches: [{ attachment: 0, name: "form.docx", kind: "person", message }] });
    const flag = prefillFrom(analysis).flags.find((f) => f.kind === "attachment-mismatch");
    expect(flag && [flag.id, flagPrinciple(flag), flagQuestion(flag)]).toEqual(["attachment-mismatch:person:0:form.docx", "relevant", `${message} Attach the right one, or say why this one belongs with it.`]);
  });
});
