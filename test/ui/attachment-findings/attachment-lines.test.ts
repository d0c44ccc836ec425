import { checkAttachmentContent } from "../../../src/core/attachments/check-attachment";
import { extractAttachment, DEFAULT_LIMITS } from "../../../src/core/attachments/extract";
import { attachmentViews, readingText } from "../../../src/ui/attachment-findings/attachment-lines";

async function checked(name: string, text: string) {
  const extracted = await extractAttachment({ name, bytes: new TextEncoder().encode(text) }, { ...DEFAULT_LIMITS, now: () => 0 });
  return checkAttachmentContent({ attachment: 0, name, extracted });
}

describe("what the pane says of each attachment", () => {
  it("groups identifiers by type with where each is, and names who the file is about", async () => {
    const file = await checked("notes.txt", "Maisie Thornton (NHS number 943 476 5919) was seen at school.\n\nMaisie said her stepdad hits her.\n\nCall 07700 900123 or 07700 900456.");
    const [view] = attachmentViews([file]);
    expect(view!.name).toBe("notes.txt");
    expect(view!.lines[0]).toBe("Carries an NHS number: 943 476 5919 (line 1); 2 phone numbers: 07700 900123 (line 5), 07700 900456 (line 5).");
    expect(view!.lines.some((l) => l.startsWith("About Maisie"))).toBe(true);
  });

  it("says plainly when nothing about anyone was found, and passes an unreadable file's sentence through", async () => {
    const plain = await checked("agenda.txt", "Agenda: 1. Apologies 2. Minutes 3. Any other business");
    expect(attachmentViews([plain])[0]!.lines).toEqual(["Nothing about anyone found."]);
    const image = await checked("photo.png", "\u0089PNG\r\n\u001a\n");
    const view = attachmentViews([image])[0]!;
    expect(view.lines).toEqual([]);
    expect(view.notRead).toMatch(/^SafeShare cannot read pictures/);
  });

  it("puts the wrong-attachment warning on the file it is about", async () => {
    const file = await checked("form.txt", "Maisie Thornton was seen.");
    const view = attachmentViews([file], [{ attachment: 0, name: "form.txt", kind: "person", message: "'form.txt' seems to be about someone else." }])[0]!;
    expect(view.mismatch).toBe("'form.txt' seems to be about someone else.");
  });

  it("writes the progress for the live region", () => {
    expect(readingText({ done: 0, total: 2, reading: "referral.pdf" })).toBe("Reading attachment 1 of 2 on this device (referral.pdf)…");
    expect(readingText({ done: 0, total: 1, reading: "a.docx" })).toBe("Reading the attachment on this device (a.docx)…");
    expect(readingText({ done: 2, total: 2 })).toBe("Read all 2 attachments.");
  });
});
