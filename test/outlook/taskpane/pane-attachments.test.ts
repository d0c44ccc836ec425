/**
 * The pane reads the draft's attachments through Office.js as Outlook gives them (the demo's fake
 * Office, which has each API only from the Mailbox requirement set Microsoft's reference gives it), and
 * the check and the record use what was found.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { recordAttachments } from "../../../src/core/decision/record-builder";
import { defaultPolicy } from "../../../src/core/policy/policy";
import { type ComposeState, createFakeOffice, type DemoAttachment, versionAtLeast } from "../../../src/dev/demo/compose/fake-office";
import { readSnapshot } from "../../../src/outlook/onsend/snapshot";
import { bytesOfBase64, readPaneAttachments } from "../../../src/outlook/taskpane/pane-attachments";
import { analysisOf } from "../../../src/outlook/taskpane/pane-controller";
import { type PaneOfficeLike, paneItemFrom } from "../../../src/outlook/taskpane/pane-office";
import type { ReadProgress } from "../../../src/core/attachments/read-all";

const referral = readFileSync(path.join(__dirname, "../../../assets/samples/referral.docx"));
const file = (name: string, bytes: Uint8Array): DemoAttachment => ({ name, size: bytes.length, attachmentType: "file", content: Buffer.from(bytes).toString("base64") });

function compose(attachments: DemoAttachment[], mailboxVersion?: string) {
  const state: ComposeState = {
    from: "sam.jones@hertfordshire.gov.uk",
    to: [{ emailAddress: "dsl@oakfield-primary.org.uk", displayName: "Mrs Patel", recipientType: "externalUser" }],
    cc: [],
    bcc: [],
    subject: "Alfie Turner - safety plan",
    body: "Please find attached Alfie Turner's safety plan for Thursday.",
    headers: {},
    session: {},
    customProperties: {},
    notices: {},
    attachments,
  };
  const fake = createFakeOffice(state, { itemChanged: () => undefined, noticesChanged: () => undefined, sendRequested: async () => ({ sent: true }) }, mailboxVersion === undefined ? {} : { mailboxVersion });
  return { fake, item: paneItemFrom(fake.Office as unknown as PaneOfficeLike) };
}

const options = { now: () => 0 };

describe("reading the draft's attachments in the pane", () => {
  it("reads a Word file through getAttachmentContentAsync, with its SHA-256, and the check finds what is inside", async () => {
    const { item, fake } = compose([file("Referral form.docx", referral)]);
    const seen: ReadProgress[] = [];
    const got = await readPaneAttachments(item, { ...options, onProgress: (p) => seen.push(p) });
    expect(fake.calls).toEqual(expect.arrayContaining(["getAttachmentsAsync", "getAttachmentContentAsync"]));
    expect(got.kind).toBe("read");
    if (got.kind !== "read") return;
    expect(got.contents[0]).toMatchObject({ attachment: 0, name: "Referral form.docx", size: referral.length, sha256: createHash("sha256").update(referral).digest("hex") });
    expect(seen[0]).toEqual({ done: 0, total: 1, reading: "Referral form.docx" });

    const snapshot = await readSnapshot(item);
    const analysis = analysisOf(snapshot, { policy: defaultPolicy() }, got.contents);
    const found = analysis.result.attachmentContents?.[0];
    expect(found?.identifiers.map((i) => i.text)).toContain("943 476 5919");
    // The message promises Alfie's plan; the file is Maisie's referral: the wrong attachment, said.
    expect(analysis.result.attachmentMismatches?.map((m) => m.name)).toEqual(["Referral form.docx"]);
    expect(analysis.result.verdict).toBe("review");
    // The record keeps the file's facts and findings, never its text.
    const [recorded] = recordAttachments(analysis.result.attachmentContents ?? []);
    expect(recorded).toMatchObject({ name: "Referral form.docx", size: referral.length, read: "text" });
    expect(JSON.stringify(recordAttachments(analysis.result.attachmentContents ?? []))).not.toContain("bruis");
  });

  it("names a cloud attachment as not read, and keeps positions when files and links are mixed", async () => {
    const { item } = compose([{ name: "Plan (OneDrive)", size: 0, attachmentType: "cloud", content: "https://contoso-my.sharepoint.com/x" }, file("notes.txt", Buffer.from("Seen at school."))]);
    const got = await readPaneAttachments(item, options);
    if (got.kind !== "read") throw new Error(got.kind);
    expect(got.contents.map((c) => [c.attachment, c.name, c.extracted.kind])).toEqual([
      [0, "Plan (OneDrive)", "unreadable"],
      [1, "notes.txt", "text"],
    ]);
    expect(got.contents[0]!.extracted.kind === "unreadable" && got.contents[0]!.extracted.message).toMatch(/link to a file in OneDrive or SharePoint/);
  });

  it("does not fetch a file over the per-file cap; says it was too large", async () => {
    const { item, fake } = compose([{ ...file("scan.pdf", Buffer.from("%PDF-1.7")), size: 30 * 1024 * 1024 }]);
    const got = await readPaneAttachments(item, options);
    if (got.kind !== "read") throw new Error(got.kind);
    expect(fake.calls).not.toContain("getAttachmentContentAsync");
    expect(got.contents[0]!.extracted).toMatchObject({ kind: "unreadable", reason: "too-large" });
  });

  it("an Outlook before Mailbox 1.8 has no getAttachmentContentAsync (nor the list): the pane says it cannot see attachments", async () => {
    const { item, fake } = compose([file("Referral form.docx", referral)], "1.7");
    expect((fake.Office.context as { mailbox: { item: Record<string, unknown> } }).mailbox.item.getAttachmentContentAsync).toBeUndefined();
    expect(item.canReadAttachments).toBe(false);
    expect(await readPaneAttachments(item, options)).toEqual({ kind: "unsupported" });
  });

  it("an id that does not exist fails as Outlook fails it (InvalidAttachmentId), and the file is named as not read", async () => {
    const { item } = compose([file("a.txt", Buffer.from("hello"))]);
    await expect(item.attachmentContent("attachment-7")).rejects.toThrow();
    const broken = { ...item, attachmentContent: () => Promise.reject(new Error("InvalidAttachmentId")) };
    const got = await readPaneAttachments(broken, options);
    if (got.kind !== "read") throw new Error(got.kind);
    expect(got.contents[0]!.extracted.kind === "unreadable" && got.contents[0]!.extracted.message).toMatch(/^SafeShare could not get the contents of “a\.txt”/);
  });

  it("compares requirement sets part by part, as Office does (1.8 is before 1.15)", () => {
    expect(versionAtLeast("1.15", "1.8")).toBe(true);
    expect(versionAtLeast("1.7", "1.8")).toBe(false);
    const { fake } = compose([]);
    const requirements = (fake.Office.context as { requirements: { isSetSupported(n: string, v?: string): boolean } }).requirements;
    expect([requirements.isSetSupported("Mailbox", "1.8"), requirements.isSetSupported("Mailbox", "1.15"), requirements.isSetSupported("Mailbox", "1.16")]).toEqual([true, true, false]);
  });

  it("decodes base64 as Outlook gives it", () => {
    expect([...bytesOfBase64("AAEC/w==")]).toEqual([0, 1, 2, 255]);
  });
});
