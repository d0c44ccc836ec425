import { checkAttachmentContent, type AttachmentContent } from "../../../src/core/attachments/check-attachment";
import type { ReadableAttachment } from "../../../src/core/attachments/types";
import { checkMessage } from "../../../src/core/check/check-message";
import { MessageInputSchema } from "../../../src/core/check/message";
import { defaultPolicy } from "../../../src/core/policy/policy";

const policy = defaultPolicy(["hertfordshire.gov.uk"]);

/** A readable file from paragraphs, with a region per paragraph, as the extractors give them. */
function readable(paragraphs: readonly string[], format: ReadableAttachment["format"] = "docx"): ReadableAttachment {
  let text = "";
  const regions = paragraphs.map((p, i) => {
    if (i > 0) text += "\n\n";
    const start = text.length;
    text += p;
    return { start, end: text.length, where: `paragraph ${i + 1}` };
  });
  return { kind: "text", format, text, regions, truncated: false };
}

const REFERRAL = readable([
  "Referral to children's social care",
  "Child's name: Alfie Turner",
  "Date of birth: 12/03/2019",
  "NHS number: 943 476 5919",
  "Mum told me that Alfie had bruises on his arms after contact with his dad at the weekend.",
]);
const NEWSLETTER = readable(["Safeguarding training dates for spring", "Our course on domestic abuse and children runs on 3 March; book through the learning portal."]);

const message = (to: string, attachments: string[]) => MessageInputSchema.parse({ from: "sam.jones@hertfordshire.gov.uk", to: [to], subject: "Please see attached", body: "Hi, please see attached. Thanks, Sam", attachments: attachments.map((name) => ({ name, type: "file" })) });
const contents = (...files: [string, ReadableAttachment][]): AttachmentContent[] => files.map(([name, extracted], attachment) => ({ attachment, name, extracted }));

describe("an attachment's contents, checked like the body", () => {
  it("finds identifiers, the person and what is said of them, each placed in the file", () => {
    const r = checkAttachmentContent({ attachment: 0, name: "form.docx", extracted: REFERRAL });
    expect(r.read).toBe("text");
    expect(r.identifiers.map((i) => [i.type, i.where])).toEqual(expect.arrayContaining([["date-of-birth", "paragraph 3"], ["nhs-number", "paragraph 4"]]));
    expect(r.caseContent.length).toBeGreaterThan(0);
    expect(r.caseContent.every((c) => c.in === "attachment" && c.attachment === 0 && /^paragraph \d$/.test(c.where))).toBe(true);
    expect(r.personMentions.some((m) => m.text === "Alfie")).toBe(true);
  });

  it("finds nothing about anyone in a training notice", () => {
    const r = checkAttachmentContent({ attachment: 0, name: "training.docx", extracted: NEWSLETTER });
    expect(r.caseContent).toEqual([]);
    expect(r.identifiers.filter((i) => i.type === "date-of-birth" || i.type === "nhs-number")).toEqual([]);
  });

  it("says plainly why an unreadable file was not checked", () => {
    const r = checkAttachmentContent({ attachment: 1, name: "photo.jpg", extracted: { kind: "unreadable", format: "image", reason: "image", message: "SafeShare cannot read pictures." } });
    expect(r).toMatchObject({ attachment: 1, read: "unreadable", reason: "image", message: "SafeShare cannot read pictures.", identifiers: [], caseContent: [] });
  });

  it("searches a document whole, where an email's closing lines would be its sender's signature", () => {
    // The same closing in a Word file and in an attached email: the document's phone number and the lines
    // above are shared information; the email's signature is its sender's own.
    const closing = ["Alfie's mum can be reached on 07700 900123.", "Kind regards,\nJo Smith\nSocial Worker\nTel: 01707 000000"];
    const asDocument = checkAttachmentContent({ attachment: 0, name: "letter.docx", extracted: readable(closing, "docx") });
    const asEmail = checkAttachmentContent({ attachment: 0, name: "letter.eml", extracted: readable(closing, "eml") });
    expect(asDocument.identifiers.filter((i) => i.type === "phone").map((i) => i.text)).toEqual(["07700 900123", "01707 000000"]);
    expect(asEmail.identifiers.filter((i) => i.type === "phone").map((i) => i.text)).toEqual(["07700 900123"]);
  });

  it("checks an attached email's own attachments, named inside their parent", () => {
    const eml: ReadableAttachment = { ...readable(["Forwarding as discussed."], "eml"), inner: [{ name: "form.docx", result: REFERRAL }] };
    const r = checkAttachmentContent({ attachment: 0, name: "fwd.eml", extracted: eml });
    expect(r.inner?.[0]?.name).toBe("fwd.eml › form.docx");
    expect(r.inner?.[0]?.identifiers.length).toBeGreaterThan(0);
  });
});

describe("the verdict weighs what attachments contain", () => {
  it.each([
    // [what, recipient, files, verdict, reason]
    ["a referral form with an innocuous name, outside", "duty.team@nhs.net", [["form.docx", REFERRAL]], "review", /attaches 'form\.docx', which carries a date of birth and an NHS number/],
    ["the same form inside the organisation", "colleague@hertfordshire.gov.uk", [["form.docx", REFERRAL]], "pass", undefined],
    ["a training notice, outside", "dsl@school.example.org.uk", [["spring.docx", NEWSLETTER]], "pass", undefined],
    ["a notice and then the form: the form is named, and the others counted", "duty.team@nhs.net", [["spring.docx", NEWSLETTER], ["form.docx", REFERRAL], ["copy.docx", REFERRAL]], "review", /attaches 'form\.docx', which .* \(and 1 other file does too\)/],
  ] as const)("%s → %s", (_what, to, files, verdict, reason) => {
    const result = checkMessage(message(to, files.map(([n]) => n)), { policy }, contents(...(files as unknown as [string, ReadableAttachment][])));
    expect(result.verdict).toBe(verdict);
    if (reason) expect(result.verdictReasons.join(" ")).toMatch(reason);
    expect(result.attachmentContents).toHaveLength(files.length);
  });

  it("gives the verdict it always gave when no contents are given", () => {
    const m = message("duty.team@nhs.net", ["form.docx"]);
    const without = checkMessage(m, { policy });
    expect(without.attachmentContents).toBeUndefined();
    expect(checkMessage(m, { policy }, []).verdict).toBe(without.verdict);
  });
});

describe("the misdirected attachment: a file about someone else than the message", () => {
  const about = (body: string, subject = "Safety plan") => MessageInputSchema.parse({ from: "sam.jones@hertfordshire.gov.uk", to: ["colleague@hertfordshire.gov.uk"], subject, body, attachments: [{ name: "form.docx", type: "file" }] });
  const MAISIE = readable(["Child's name: Maisie Clarke", "NHS number: 401 023 2137", "Maisie's mum said she had been hit by her stepfather and had bruises."]);
  const check = (body: string, file = MAISIE, subject?: string) => checkMessage(about(body, subject), { policy }, contents(["form.docx", file]));

  it.each([
    // [what the body says, the mismatch kind or undefined]
    ["Hi Jo,\n\nAlfie Turner has moved to his nan's; his updated plan is attached.\n\nThanks, Sam", "person"],
    ["Hi, attached is Maisie's updated plan. Thanks, Sam", undefined],
    ["Hi, the plan for Ms Clarke's daughter is attached. Thanks, Sam", undefined],
    ["Hi, please see attached. Thanks, Sam", undefined],
    ["Hi, the referral for NHS number 943 476 5919 is attached. Thanks, Sam", "nhs-number"],
    ["Hi, the referral for NHS number 401 023 2137 is attached. Thanks, Sam", undefined],
    // The person a document is for, with no statement about them (issue 14's review).
    ["Attached is the plan for Alfie Turner.", "person"],
    ["Hi, please see the plan for Alfie attached.", "person"],
    ["Here's Alfie Turner's plan as discussed", "person"],
    ["Please find attached the updated safety plan for Jayden Brooks and his sister.", "person"],
    ["Please find attached Maisie Clarke's referral.", undefined],
    ["Attached is the plan for Thursday.", undefined],
    ["Please find the report for Ofsted attached.", undefined],
    ["The minutes for Larkfield Primary School are attached.", undefined],
  ])("%j → %s", (body, kind) => {
    const r = check(body);
    expect(r.attachmentMismatches?.map((m) => m.kind)).toEqual(kind ? [kind] : undefined);
    if (kind) {
      // Held even inside the organisation: the wrong child's information goes to a colleague too.
      expect(r.verdict).toBe("review");
      expect(r.verdictReasons[0]).toMatch(/but 'form\.docx' (is about 'Maisie|has 401 023 2137).*: check it is the right file\.$/);
    }
  });

  it("reads a name in the subject too", () => {
    expect(check("Please see attached.", MAISIE, "Alfie Turner - safety plan").attachmentMismatches?.[0]?.message).toBe("The message is about 'Alfie Turner', but 'form.docx' is about 'Maisie': check it is the right file.");
  });
});
