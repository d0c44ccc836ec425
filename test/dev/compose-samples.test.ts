import { readFileSync } from "node:fs";
import path from "node:path";
import { readAttachmentContents } from "../../src/core/attachments/read-all";
import { checkMessage } from "../../src/core/check/check-message";
import { nodePdfReader, stopPdfReader } from "../../src/cli/pdf-reader";
import { MessageInputSchema } from "../../src/core/check/message";
import { defaultPolicy } from "../../src/core/policy/policy";
import { DEMO_SENDER, SAMPLES } from "../../src/dev/demo/compose/samples";
import { outlookCheckContext } from "../../src/outlook/onsend/snapshot";

/** The compose demo's samples do what their labels promise, under the context Outlook gives a work mailbox. */
const context = outlookCheckContext(defaultPolicy([]), "office365");
const messageOf = (id: string) => {
  const s = SAMPLES.find((x) => x.id === id)!;
  const split = (v: string) => (v ? v.split(/,(?![^<]*>)/).map((x) => x.trim()) : []);
  const message = MessageInputSchema.parse({ from: DEMO_SENDER, to: split(s.to), cc: split(s.cc), bcc: split(s.bcc), subject: s.subject, body: s.body, attachments: (s.attachments ?? []).map((a) => ({ name: a.name })) });
  return { s, message };
};
const verdictOf = (id: string) => checkMessage(messageOf(id).message, context);
/** The sample checked as the pane checks it: with its attached files' contents (assets/samples). */
async function withContents(id: string) {
  const { s, message } = messageOf(id);
  const files = (s.attachments ?? []).map((a, attachment) => ({ attachment, file: { name: a.name, bytes: new Uint8Array(readFileSync(path.join(__dirname, "../../assets/samples", a.sample))) } }));
  return checkMessage(message, context, await readAttachmentContents(files, { now: () => performance.now(), limits: { readPdf: nodePdfReader() } }));
}
afterAll(() => stopPdfReader());

describe("compose demo samples", () => {
  it.each(["risky", "police", "attachment", "carer", "chronology"])("%s is held", (id) => {
    expect(verdictOf(id).verdict).toBe("review");
  });
  it.each(["internal", "bulletin"])("%s sends with no prompt", (id) => {
    expect(verdictOf(id).verdict).toBe("pass");
  });
  it("the foster carer sample is held for what it says of the child's family, with no safeguarding word in it", () => {
    expect(verdictOf("carer").verdictSummary).toMatch(/^It is about 'Mum' .*jokettering71@gmail\.com/);
  });
  it("the attachment sample is held for its file name, and says so", () => {
    expect(verdictOf("attachment").verdictSummary).toContain("attaches 'Safety plan - O Kemp.docx'");
  });
  it("every sample's attached file is in assets/samples and is read", async () => {
    for (const sample of SAMPLES.filter((x) => x.attachments?.length)) {
      const result = await withContents(sample.id);
      for (const c of result.attachmentContents ?? []) expect([sample.id, c.name, c.read]).toEqual([sample.id, c.name, "text"]);
    }
  });
  it("the wrong-attachment sample promises Alfie's plan and attaches Maisie's referral: said, wherever it goes", async () => {
    const result = await withContents("wrong-file");
    expect(result.attachmentMismatches?.map((m) => m.name)).toEqual(["Referral form.docx"]);
    expect(result.verdict).toBe("review");
  });
  it("the 'Please see attached' sample's file is Oliver Kemp's safety plan, and the pane finds him in it", async () => {
    const result = await withContents("attachment");
    expect(result.attachmentContents?.[0]?.caseContent.some((c) => /Kemp/.test(c.person))).toBe(true);
    expect(result.attachmentContents?.[0]?.personMentions.map((p) => p.text)).toContain("Oliver");
    expect(result.attachmentMismatches ?? []).toEqual([]);
  });
  it("the long chronology repeats its flags and carries an NHS number only in the text it replies to", () => {
    const result = verdictOf("chronology");
    expect(result.sentences.filter((x) => x.flags.length > 0).length).toBeGreaterThanOrEqual(8);
    expect(result.identifiers.filter((i) => i.type === "nhs-number").map((i) => i.quoted)).toEqual([true]);
  });
});
