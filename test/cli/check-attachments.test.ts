import { readFileSync } from "node:fs";
import path from "node:path";
import { runCheck } from "../../src/cli/check-command";
import { TOTAL_ATTACHMENT_BYTES } from "../../src/cli/attachments";
import { fakeIO } from "../support/fake-io";

const SAMPLES = path.join(__dirname, "../../assets/samples");
const referral = new Uint8Array(readFileSync(path.join(SAMPLES, "referral.docx")));
const minutes = new Uint8Array(readFileSync(path.join(SAMPLES, "minutes.xlsx")));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function check(args: string[], options: Parameters<typeof fakeIO>[0] = {}) {
  const io = fakeIO(options);
  const code = await runCheck(io, args);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe("safeshare check --attach", () => {
  it("reads the file's contents on this machine and holds a case share that only its attachment carries", async () => {
    const { code, out } = await check(["--json", "--from", "sam.jones@hertfordshire.gov.uk", "--to", "duty.team@nhs.net", "--attach", "forms/referral.docx", "body.txt"], {
      files: { "body.txt": "Hi, please see attached. Thanks, Sam" },
      binaryFiles: { "forms/referral.docx": referral },
    });
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result.verdictReasons[0]).toMatch(/^It attaches 'referral\.docx', which carries a date of birth and an NHS number, and is about '/);
    const [file] = result.attachmentContents;
    expect(file).toMatchObject({ attachment: 0, name: "referral.docx", read: "text", size: referral.length });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(file.identifiers.map((i: { type: string; where: string }) => i.type)).toEqual(expect.arrayContaining(["date-of-birth", "nhs-number"]));
    expect(file.identifiers.every((i: { where: string }) => i.where.length > 0)).toBe(true);
  });

  it("says in the readable report what each file holds, and where", async () => {
    const { out } = await check(["--to", "dsl@school.example.org.uk", "--attach", "referral.docx", "--attach", "photo.png", "-"], { binaryFiles: { "referral.docx": referral, "photo.png": PNG } });
    expect(out).toMatch(/Attachment: referral\.docx\n {2}date-of-birth: .* \((table|paragraph) /);
    expect(out).toMatch(/Attachment: photo\.png\n {2}SafeShare cannot read pictures/);
  });

  it("names a file it cannot find, and refuses --attach with --jsonl", async () => {
    expect((await check(["--attach", "missing.docx", "-"]).catch((e: Error) => ({ code: 2, out: "", err: e.message }))).err).toMatch(/cannot read attachment 'missing\.docx'/);
    await expect(check(["--jsonl", "--attach", "a.docx"])).rejects.toThrow(/with --jsonl, attachments come from each input line/);
  });
});

describe("safeshare check --jsonl with attachments' contents", () => {
  const line = (o: object) => JSON.stringify(o);
  it("reads base64 contents per line, keeps names-only attachments as before, and reports a bad line without stopping", async () => {
    const stdin = [
      line({ id: "with-form", from: "sam.jones@hertfordshire.gov.uk", to: ["duty.team@nhs.net"], body: "See attached.", attachments: [{ name: "referral.docx", base64: Buffer.from(referral).toString("base64") }] }),
      line({ id: "names-only", from: "sam.jones@hertfordshire.gov.uk", to: ["duty.team@nhs.net"], body: "See attached.", attachments: [{ name: "agenda.docx", type: "file" }] }),
      line({ id: "bad-base64", to: ["a@nhs.net"], body: "x", attachments: [{ name: "a.docx", base64: "not base64!" }] }),
      line({ id: "sheet", from: "sam.jones@hertfordshire.gov.uk", to: ["dsl@school.example.org.uk"], body: "Minutes attached.", attachments: [{ name: "minutes.xlsx", base64: Buffer.from(minutes).toString("base64") }] }),
    ].join("\n");
    const { code, out } = await check(["--jsonl"], { stdin });
    const results = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(results.map((r) => r.id ?? r.error?.code)).toEqual(["with-form", "names-only", "bad-base64", "sheet"]);
    expect(results[0].verdict).toBe("review");
    expect(results[0].attachmentContents[0].read).toBe("text");
    expect(results[1].attachmentContents).toBeUndefined();
    expect(results[2].error).toMatchObject({ code: "invalid-message", message: expect.stringMatching(/attachments\.0\.base64: must be base64/) });
    // The workbook's NHS numbers, each placed by sheet and row.
    expect(results[3].attachmentContents[0].identifiers.map((i: { type: string; where: string }) => `${i.type} ${i.where}`)).toEqual(["nhs-number sheet “Risks”, row 2", "nhs-number sheet “Risks”, row 3"]);
    expect(results[3].verdict).toBe("review");
    expect(code).toBe(2);
  });

  it("names the files past the message's total cap as not read, and checks the others", async () => {
    // Pictures of 20 MB each: under the per-file cap, and quick to recognise.
    const picture = Buffer.concat([Buffer.from(PNG), Buffer.alloc(20 * 1024 * 1024)]).toString("base64");
    const stdin = line({ id: "big", to: ["a@nhs.net"], body: "x", attachments: ["a.png", "b.png", "c.png"].map((name) => ({ name, base64: picture })) });
    const { out } = await check(["--jsonl"], { stdin });
    const [a, b, c] = JSON.parse(out).attachmentContents;
    expect([a.reason, b.reason]).toEqual(["image", "image"]);
    expect(c).toMatchObject({ read: "unreadable", reason: "too-large", message: expect.stringMatching(/together are over 50 MB/) });
    expect(TOTAL_ATTACHMENT_BYTES).toBe(50 * 1024 * 1024);
  });
});
