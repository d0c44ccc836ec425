import { strToU8 } from "fflate";
import { docxOf, odtOf, pptxOf, wp, wtable, xlsxOf, zipParts } from "../../../scripts/attachment-samples";
import { extractAttachment } from "../../../src/core/attachments/extract";
import type { AttachmentFile, ExtractedAttachment } from "../../../src/core/attachments/types";
import { compoundFileWith, emailWith, expectWellFormed, limits, partsOf, utf8 } from "./extract-support";

async function read(file: AttachmentFile): Promise<ExtractedAttachment> {
  const r = await extractAttachment(file, limits());
  expectWellFormed(r);
  return r;
}

/** Reads a file and checks its format and its parts (where each is, and its text). */
async function expectRead(file: AttachmentFile, format: string, parts: [string, string][]): Promise<ExtractedAttachment> {
  const r = await read(file);
  expect(r.format).toBe(format);
  expect(partsOf(r)).toEqual(parts);
  return r;
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff], 0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = littleEndian ? c & 0xff : c >> 8;
    out[3 + 2 * i] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
}

describe("extractAttachment: plain text and CSV", () => {
  const body = "Referral for Lily Smith\nDOB 01/02/2015\n\nMum said Lily fell.\n\n\nNHS 943 476 5919";
  const expected: [string, string][] = [
    ["lines 1–2", "Referral for Lily Smith\nDOB 01/02/2015"],
    ["line 4", "Mum said Lily fell."],
    ["line 7", "NHS 943 476 5919"],
  ];
  it.each([
    ["UTF-8", utf8(body)],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(body)])],
    ["UTF-16 LE with BOM", utf16(body, true)],
    ["UTF-16 BE with BOM", utf16(body, false)],
    ["Windows line ends", utf8(body.replace(/\n/g, "\r\n"))],
  ])("reads %s text by paragraph, said as lines", async (_label, bytes) => {
    const r = await read({ name: "notes.txt", contentType: "text/plain", bytes });
    expect(r).toMatchObject({ kind: "text", format: "txt", truncated: false });
    expect(partsOf(r)).toEqual(expected);
  });

  it("reads Windows-1252 text that is not UTF-8", async () => {
    const bytes = new Uint8Array([...utf8("Chlo"), 0xe9, 0x20, 0x93, ...utf8("hi"), 0x94]);
    const r = await read({ name: "old.txt", bytes });
    expect(r.kind === "text" && r.text).toBe("Chloé “hi”");
  });

  it("reads CSV rows, quoted fields with commas, quotes and line breaks, said as rows", async () => {
    const csv = 'Name,DOB,Note\r\nLily Smith,01/02/2015,"Bruise, left arm"\r\n\r\n"Sam ""Jo"" Lee",03/04/2016,"Line one\nline two"\r\n';
    await expectRead({ name: "list.csv", contentType: "text/csv", bytes: utf8(csv) }, "csv", [
      ["row 1", "Name\tDOB\tNote"],
      ["row 2", "Lily Smith\t01/02/2015\tBruise, left arm"],
      ["row 4", 'Sam "Jo" Lee\t03/04/2016\tLine one\nline two'],
    ]);
  });

  it("finds a semicolon or tab delimiter from the first line", async () => {
    const r = await read({ name: "list.csv", bytes: utf8("Name;Age\nLily Smith;9\n") });
    expect(partsOf(r)).toEqual([
      ["row 1", "Name\tAge"],
      ["row 2", "Lily Smith\t9"],
    ]);
  });

  it("reads an empty text file as empty text", async () => {
    const r = await read({ name: "empty.txt", bytes: new Uint8Array(0) });
    expect(r).toEqual({ kind: "text", format: "txt", text: "", regions: [], truncated: false });
  });
});

describe("extractAttachment: Word", () => {
  it("reads paragraphs, runs, tabs, line breaks, tables, headers, footers, footnotes and comments, each said where", async () => {
    const body =
      wp("Referral for Lily Smith") +
      '<w:p><w:r><w:t>Split </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>across</w:t></w:r><w:r><w:t xml:space="preserve"> runs</w:t></w:r></w:p>' +
      wp("Name\tLily\nSecond line") +
      wp("") +
      wtable([
        ["Child's name", "Lily Smith"],
        ["NHS number", "943 476 5919"],
      ]) +
      '<w:p><w:r><w:t>Kept </w:t></w:r><w:del w:id="1" w:author="X"><w:r><w:delText>deleted words</w:delText></w:r></w:del></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD Surname </w:instrText></w:r><w:r><w:t>Smith</w:t></w:r></w:p>';
    const r = await read({
      name: "referral.docx",
      bytes: docxOf({ body, header: "OFFICIAL-SENSITIVE", footer: "Page footer text", footnotes: ["A footnote"], comments: ["A comment"] }),
    });
    expect(r.format).toBe("docx");
    expect(partsOf(r)).toEqual([
      ["paragraph 1", "Referral for Lily Smith"],
      ["paragraph 2", "Split across runs"],
      ["paragraph 3", "Name\tLily\nSecond line"],
      ["table 1, row 1", "Child's name\tLily Smith"],
      ["table 1, row 2", "NHS number\t943 476 5919"],
      ["paragraph 4", "Kept deleted words"],
      ["paragraph 5", "Smith"],
      ["the page header", "OFFICIAL-SENSITIVE"],
      ["the page footer", "Page footer text"],
      ["footnote 1", "A footnote"],
      ["comment 1", "A comment"],
    ]);
  });

  it("reads a text box once (the choice, not its VML fallback) and a nested table into its cell", async () => {
    const box = (t: string): string => `<w:txbxContent>${wp(t)}</w:txbxContent>`;
    const body =
      `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing>${box("In the box")}</w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict>${box("In the box")}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Around it</w:t></w:r></w:p>` +
      `<w:tbl><w:tr><w:tc>${wp("Outer")}<w:tbl><w:tr><w:tc>${wp("Inner A")}</w:tc><w:tc>${wp("Inner B")}</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`;
    const r = await read({ name: "box.docx", bytes: docxOf({ body }) });
    expect(partsOf(r)).toEqual([
      ["paragraph 1", "In the box"],
      ["paragraph 2", "Around it"],
      ["table 1, row 1", "Outer\nInner A\tInner B"],
    ]);
  });

  it("reads a .docx whose parts use another namespace prefix", async () => {
    const doc =
      '<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>Other prefix</x:t></x:r></x:p></x:body></x:document>';
    const r = await read({ name: "odd.docx", bytes: zipParts({ "[Content_Types].xml": "<Types/>", "word/document.xml": doc }) });
    expect(partsOf(r)).toEqual([["paragraph 1", "Other prefix"]]);
  });
});

describe("extractAttachment: Excel", () => {
  it("reads sheets in workbook order by row, shared and inline strings, numbers and booleans, hidden sheets said so", async () => {
    const bytes = xlsxOf([
      { name: "Risks", rows: [["Risk", "Who", "NHS"], ["Bruising", "Lily Smith", 9434765919], [], [null, "Flag", true]] },
      { name: "Inline", inline: true, rows: [["Typed inline"]] },
      { name: "Secret", hidden: true, rows: [["Hidden name", "Sam Lee"]] },
    ]);
    await expectRead({ name: "minutes.xlsx", bytes }, "xlsx", [
      ["sheet “Risks”, row 1", "Risk\tWho\tNHS"],
      ["sheet “Risks”, row 2", "Bruising\tLily Smith\t9434765919"],
      ["sheet “Risks”, row 4", "Flag\tTRUE"],
      ["sheet “Inline”, row 1", "Typed inline"],
      ["sheet “Secret” (hidden), row 1", "Hidden name\tSam Lee"],
    ]);
  });

  it("follows the workbook's relationships to the sheet parts, not their file names", async () => {
    const xml = '<?xml version="1.0"?>';
    const bytes = zipParts({
      "xl/workbook.xml": `${xml}<workbook xmlns:r="r"><sheets><sheet name="First" sheetId="1" r:id="rB"/><sheet name="Second" sheetId="2" r:id="rA"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `${xml}<Relationships><Relationship Id="rA" Target="worksheets/a.xml"/><Relationship Id="rB" Target="/xl/worksheets/b.xml"/></Relationships>`,
      "xl/worksheets/a.xml": `${xml}<worksheet><sheetData><row r="2"><c t="str"><f>A1</f><v>from a</v></c></row></sheetData></worksheet>`,
      "xl/worksheets/b.xml": `${xml}<worksheet><sheetData><row><c t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r><rPh><t>phonetic</t></rPh></is></c></row></sheetData></worksheet>`,
    });
    const r = await read({ name: "book.xlsx", bytes });
    expect(partsOf(r)).toEqual([
      ["sheet “First”, row 1", "rich text"],
      ["sheet “Second”, row 2", "from a"],
    ]);
  });
});

describe("extractAttachment: PowerPoint", () => {
  it("reads slides in the presentation's order with their notes, hidden slides said so, slide numbers left out", async () => {
    const bytes = pptxOf([
      { paragraphs: ["Case review", "Lily Smith, 9"], notes: ["Speaker: mention the bruising"] },
      { paragraphs: ["Actions"], hidden: true },
      { paragraphs: ["Next steps"] },
    ]);
    await expectRead({ name: "review.pptx", bytes }, "pptx", [
      ["slide 1", "Case review\nLily Smith, 9"],
      ["the notes of slide 1", "Speaker: mention the bruising"],
      ["slide 2 (hidden)", "Actions"],
      ["slide 3", "Next steps"],
    ]);
  });
});

describe("extractAttachment: OpenDocument text", () => {
  it("reads paragraphs, headings, spaces, tabs, breaks, tables, footnotes, comments and the page header", async () => {
    const body =
      "<text:h>Referral</text:h>" +
      '<text:p>Lily<text:s text:c="2"/>Smith<text:tab/>DOB<text:line-break/>01/02/2015</text:p>' +
      "<text:p>Mum   said\n   she fell.<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Seen by two staff.</text:p></text:note-body></text:note></text:p>" +
      "<text:p>Noted<office:annotation><dc:creator>A. Reviewer</dc:creator><dc:date>2025-03-03</dc:date><text:p>Check this</text:p></office:annotation></text:p>" +
      "<table:table><table:table-row><table:table-cell><text:p>NHS number</text:p></table:table-cell><table:table-cell><text:p>943 476 5919</text:p></table:table-cell></table:table-row></table:table>";
    await expectRead({ name: "referral.odt", bytes: odtOf(body, "OFFICIAL-SENSITIVE") }, "odt", [
      ["paragraph 1", "Referral"],
      ["paragraph 2", "Lily  Smith\tDOB\n01/02/2015"],
      ["footnote 1", "Seen by two staff."],
      ["paragraph 3", "Mum said she fell."],
      ["comment 1", "Check this"],
      ["paragraph 4", "Noted"],
      ["table 1, row 1", "NHS number\t943 476 5919"],
      ["the page header", "OFFICIAL-SENSITIVE"],
    ]);
  });

  it("does not read OpenDocument spreadsheets", async () => {
    const bytes = zipParts({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" });
    const r = await read({ name: "sheet.ods", bytes });
    expect(r).toMatchObject({ kind: "unreadable", reason: "unsupported" });
  });
});

describe("extractAttachment: RTF", () => {
  const rtf = String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil Calibri;}}{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}{\info{\title Secret title}{\author Someone}}{\*\generator Riched20 10.0}\viewkind4\uc1
\pard\f0\fs22 Referral for Lily Smith\par
Mum said \ldblquote she fell\rdblquote .\tab Caf\'e9 \u8364?5\line second line\par
{\*\bkmkstart x}{\pict\wmetafile8 0123456789abcdef}{\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt link text}}\par
\trowd\cellx1000\cellx2000 NHS number\cell 943 476 5919\cell\row
Braces \{ and \} and backslash \\\par
}`;
  it("reads paragraphs, escapes and Unicode, skipping tables of fonts, colours, styles, properties, pictures and field codes", async () => {
    await expectRead({ name: "letter.rtf", bytes: utf8(rtf) }, "rtf", [
      ["paragraph 1", "Referral for Lily Smith"],
      ["paragraph 2", "Mum said “she fell”.\tCafé €5\nsecond line"],
      ["paragraph 3", "link text"],
      ["paragraph 4", "NHS number\t943 476 5919"],
      ["paragraph 5", "Braces { and } and backslash \\"],
    ]);
  });

  it("skips \\bin data and drops \\uc fallbacks of more than one character", async () => {
    const bin = String.raw`{\rtf1 A{\*\blob\bin4 }}}}}B\uc2\u955 xxC\par}`;
    const r = await read({ name: "bin.rtf", bytes: utf8(bin) });
    expect(partsOf(r)).toEqual([["paragraph 1", "ABλC"]]);
  });
});

describe("extractAttachment: email (.eml)", () => {
  it("reads the subject, the text and each attachment one level down", async () => {
    const eml = emailWith({
      subject: "Referral: Lily Smith",
      text: "Please see attached.\r\nSarah",
      attachments: [
        { name: "notes.txt", type: "text/plain", bytes: utf8("Lily has bruises.") },
        { name: "referral.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes: docxOf({ body: wp("Child: Lily Smith") }) },
        { name: "photo.png", type: "image/png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
      ],
    });
    const r = await expectRead({ name: "forwarded.eml", contentType: "message/rfc822", bytes: utf8(eml) }, "eml", [
      ["the attached email's subject", "Referral: Lily Smith"],
      ["the attached email's text", "Please see attached.\nSarah"],
    ]);
    if (r.kind !== "text") throw new Error("text expected");
    expect(r.inner?.map((i) => i.name)).toEqual(["notes.txt", "referral.docx", "photo.png"]);
    expect(partsOf(r.inner![0]!.result)).toEqual([["line 1", "Lily has bruises."]]);
    expect(partsOf(r.inner![1]!.result)).toEqual([["paragraph 1", "Child: Lily Smith"]]);
    expect(r.inner![2]!.result).toMatchObject({ kind: "unreadable", reason: "image" });
  });

  it("reads an HTML-only email as text", async () => {
    const r = await read({ name: "html.eml", bytes: utf8(emailWith({ subject: "S", text: "Hello <b>Lily</b>&nbsp;Smith", html: true })) });
    expect(partsOf(r)).toEqual([
      ["the attached email's subject", "S"],
      ["the attached email's text", "Hello Lily Smith"],
    ]);
  });

  it("reads an attached email inside an attached email, but lists its own attachments as not read", async () => {
    const innermost = emailWith({ subject: "Inner", text: "Inner text", attachments: [{ name: "deep.txt", type: "text/plain", bytes: utf8("deep") }] });
    const outer = emailWith({ subject: "Outer", text: "Outer text", attachments: [{ name: "inner.eml", type: "message/rfc822", bytes: utf8(innermost) }] });
    const r = await read({ name: "outer.eml", bytes: utf8(outer) });
    if (r.kind !== "text") throw new Error("text expected");
    const inner = r.inner![0]!.result;
    expect(partsOf(inner)).toEqual([
      ["the attached email's subject", "Inner"],
      ["the attached email's text", "Inner text"],
    ]);
    if (inner.kind !== "text") throw new Error("text expected");
    expect(inner.inner?.[0]).toMatchObject({ name: "deep.txt", result: { kind: "unreadable", reason: "unsupported" } });
    expect(inner.inner?.[0]?.result.kind === "unreadable" && inner.inner[0].result.message).toMatch(/one level of attachments/);
  });

  it("recognises an email with no name by its headers", async () => {
    const r = await read({ name: "", bytes: utf8(emailWith({ subject: "No name", text: "Body" })) });
    expect(r.format).toBe("eml");
  });
});

describe("extractAttachment: what cannot be read", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const cases: [string, AttachmentFile, Partial<Extract<ExtractedAttachment, { kind: "unreadable" }>>, RegExp][] = [
    ["a PNG", { name: "photo.png", bytes: png }, { format: "image", reason: "image" }, /cannot read pictures, so it has not checked “photo\.png”/],
    ["a .docx that is really a PNG", { name: "referral.docx", bytes: png }, { format: "image", reason: "image" }, /pictures/],
    ["a JPEG", { name: "x", bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) }, { reason: "image" }, /pictures/],
    ["a GIF", { name: "x", bytes: utf8("GIF89a....") }, { reason: "image" }, /pictures/],
    ["a TIFF", { name: "x", bytes: new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]) }, { reason: "image" }, /pictures/],
    ["a WebP", { name: "x", bytes: utf8("RIFF\u0001\u0000\u0000\u0000WEBPVP8 ") }, { reason: "image" }, /pictures/],
    ["a HEIC", { name: "x", bytes: new Uint8Array([0, 0, 0, 24, ...utf8("ftypheic"), 0, 0, 0, 0]) }, { reason: "image" }, /pictures/],
    ["a BMP", { name: "x.bmp", bytes: new Uint8Array([0x42, 0x4d, 0x3a, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0]) }, { reason: "image" }, /pictures/],
    ["a .jpg that is not one", { name: "scan.jpg", bytes: new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]) }, { format: "image", reason: "image" }, /pictures/],
    ["a PDF", { name: "report.pdf", bytes: utf8("%PDF-1.7\n%âãÏÓ\n") }, { format: "pdf", reason: "unsupported" }, /PDFs/],
    [
      "a password-protected .docx",
      { name: "referral.docx", bytes: compoundFileWith(["EncryptionInfo", "EncryptedPackage"]) },
      { format: "docx", reason: "encrypted" },
      /^“referral\.docx” is password-protected, so SafeShare cannot read it: check what it contains before you send it\.$/,
    ],
    ["an old .doc", { name: "old.doc", bytes: compoundFileWith(["WordDocument", "1Table"]) }, { reason: "unsupported" }, /old-style Word documents/],
    ["an old .xls", { name: "old.xls", bytes: compoundFileWith(["Workbook"]) }, { reason: "unsupported" }, /old-style Excel/],
    ["an old .ppt", { name: "old.ppt", bytes: compoundFileWith(["PowerPoint Document"]) }, { reason: "unsupported" }, /old-style PowerPoint/],
    [
      "an Outlook .msg whose container is damaged (read in extract-msg.test.ts when whole)",
      { name: "mail.msg", bytes: compoundFileWith(["__properties_version1.0", "__substg1.0_0037001F"]) },
      { format: "msg", reason: "malformed" },
      /damaged or is not an Outlook email/,
    ],
    ["a plain zip", { name: "photos.zip", bytes: zipParts({ "a.jpg": new Uint8Array([1, 2, 3]) }) }, { reason: "unsupported" }, /inside zip archives/],
    ["an unknown binary", { name: "data.bin", bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0x80]) }, { format: "unknown", reason: "unsupported" }, /this type of file/],
    ["a .docx that is binary junk", { name: "x.docx", bytes: new Uint8Array([0, 1, 2, 3, 0, 9, 0xff]) }, { format: "docx", reason: "malformed" }, /damaged or is not a Word document/],
    ["a .docx zip without a document", { name: "x.docx", bytes: zipParts({ "other.xml": "<a/>" }) }, { format: "docx", reason: "malformed" }, /damaged/],
  ];
  it.each(cases)("%s", async (_label, file, expected, message) => {
    const r = await read(file);
    expect(r).toMatchObject({ kind: "unreadable", ...expected });
    expect(r.kind === "unreadable" && r.message).toMatch(message);
  });

  it("reads a renamed text file whatever its name says", async () => {
    const r = await read({ name: "referral.docx", bytes: utf8("Just text about Lily Smith.") });
    expect(r).toMatchObject({ kind: "text", format: "txt" });
    expect(partsOf(r)).toEqual([["line 1", "Just text about Lily Smith."]]);
  });

  it("reads a .txt that is really a Word document as a Word document", async () => {
    const r = await read({ name: "notes.txt", contentType: "text/plain", bytes: docxOf({ body: wp("Actually Word") }) });
    expect(r.format).toBe("docx");
  });

  it("names a file with no name plainly", async () => {
    const r = await read({ name: "", bytes: png });
    expect(r.kind === "unreadable" && r.message).toBe("SafeShare cannot read pictures, so it has not checked the unnamed attachment: check what it shows before you send it.");
  });
});

describe("extractAttachment: the zip's own quirks", () => {
  it("reads stored (uncompressed) entries", async () => {
    const doc = '<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Stored</w:t></w:r></w:p></w:body></w:document>';
    const bytes = zipParts({ "word/document.xml": doc, mimetype: "x" });
    const r = await read({ name: "a.docx", bytes });
    expect(partsOf(r)).toEqual([["paragraph 1", "Stored"]]);
    // And with fflate's level 0 for every entry:
    const { zipSync } = await import("fflate");
    const stored = zipSync({ "word/document.xml": strToU8(doc) }, { level: 0 });
    expect(partsOf(await read({ name: "b.docx", bytes: stored }))).toEqual([["paragraph 1", "Stored"]]);
  });
});
