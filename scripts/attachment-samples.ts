import { strToU8, zipSync, type Zippable } from "fflate";

/**
 * Small, valid Office and OpenDocument files built from XML strings with fflate, byte for byte the same on
 * every machine (fixed times, fixed order): the tests build their files with these, and
 * `make-attachment-samples.ts` writes the samples in assets/samples/ with them. Everything in the samples
 * is invented: the child, the family, the school, the address and the NHS number.
 */

/** A fixed modification time, in local time as zip stores it, so the bytes do not depend on the time zone. */
const FIXED_TIME = new Date(2025, 0, 6, 9, 0, 0);

/** Zips parts in the given order, deflated, with a fixed time. */
export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts)) {
    // OpenDocument wants its "mimetype" entry stored, not deflated.
    files[name] = [typeof content === "string" ? strToU8(content) : content, { mtime: FIXED_TIME, level: name === "mimetype" ? 0 : 6 }];
  }
  return zipSync(files, { mtime: FIXED_TIME });
}

/** XML text escaped for an element or attribute. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** [Content_Types].xml with the usual defaults and these overrides. */
function contentTypes(overrides: string): string {
  return (
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`
  );
}

/** A relationships part holding these relationships. */
function relationships(inner: string): string {
  return `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;
}

/** _rels/.rels pointing at the main part. */
function packageRels(main: string): string {
  return relationships(`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="${main}"/>`);
}

// ---------------------------------------------------------------------------------------------- Word

/** A Word paragraph of one run (tabs and line breaks in `text` become w:tab and w:br). */
export function wp(text: string, style?: string): string {
  const runs = text.split("\n").map((line, i) => {
    const pieces = line.split("\t").map((t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`).join("<w:tab/>");
    return `${i > 0 ? "<w:br/>" : ""}${pieces}`;
  });
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
  return `<w:p>${pPr}<w:r>${runs.join("")}</w:r></w:p>`;
}

/** A Word table, one paragraph per cell. */
export function wtable(rows: readonly (readonly string[])[]): string {
  const tr = rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${wp(c)}</w:tc>`).join("")}</w:tr>`);
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>${tr.join("")}</w:tbl>`;
}

export interface DocxParts {
  /** The inner XML of w:body (paragraphs and tables). */
  readonly body: string;
  readonly header?: string;
  readonly footer?: string;
  /** Footnote texts, ids 1… */
  readonly footnotes?: readonly string[];
  /** Comment texts, ids 0… */
  readonly comments?: readonly string[];
  /** Extra zip entries, added as they are. */
  readonly extra?: Record<string, string | Uint8Array>;
}

/** A .docx with the parts Word needs to open it. */
export function docxOf(d: DocxParts): Uint8Array {
  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  ];
  const rels: string[] = [];
  const parts: Record<string, string | Uint8Array> = {};
  let sectRefs = "";
  if (d.header !== undefined) {
    overrides.push('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>');
    rels.push(`<Relationship Id="rIdH1" Type="${REL}/header" Target="header1.xml"/>`);
    parts["word/header1.xml"] = `${XML_DECL}<w:hdr ${W}>${wp(d.header)}</w:hdr>`;
    sectRefs += '<w:headerReference w:type="default" r:id="rIdH1"/>';
  }
  if (d.footer !== undefined) {
    overrides.push('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>');
    rels.push(`<Relationship Id="rIdF1" Type="${REL}/footer" Target="footer1.xml"/>`);
    parts["word/footer1.xml"] = `${XML_DECL}<w:ftr ${W}>${wp(d.footer)}</w:ftr>`;
    sectRefs += '<w:footerReference w:type="default" r:id="rIdF1"/>';
  }
  if (d.footnotes) {
    overrides.push('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>');
    rels.push(`<Relationship Id="rIdN1" Type="${REL}/footnotes" Target="footnotes.xml"/>`);
    const notes = d.footnotes.map((t, i) => `<w:footnote w:id="${i + 1}">${wp(t)}</w:footnote>`).join("");
    parts["word/footnotes.xml"] =
      `${XML_DECL}<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>${notes}</w:footnotes>`;
  }
  if (d.comments) {
    overrides.push('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
    rels.push(`<Relationship Id="rIdC1" Type="${REL}/comments" Target="comments.xml"/>`);
    const cs = d.comments.map((t, i) => `<w:comment w:id="${i}" w:author="A. Reviewer" w:initials="AR">${wp(t)}</w:comment>`).join("");
    parts["word/comments.xml"] = `${XML_DECL}<w:comments ${W}>${cs}</w:comments>`;
  }
  return zipParts({
    "[Content_Types].xml": contentTypes(overrides.join("")),
    "_rels/.rels": packageRels("word/document.xml"),
    "word/document.xml":
      `${XML_DECL}<w:document ${W}><w:body>${d.body}` +
      `<w:sectPr>${sectRefs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>` +
      "</w:body></w:document>",
    "word/_rels/document.xml.rels": relationships(rels.join("")),
    ...parts,
    ...(d.extra ?? {}),
  });
}

// ---------------------------------------------------------------------------------------------- Excel

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
  readonly hidden?: boolean;
  /** Write strings inline (`t="inlineStr"`) instead of in the shared strings. */
  readonly inline?: boolean;
}

function columnName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** An .xlsx with shared strings, one worksheet per sheet, names and order in xl/workbook.xml. */
export function xlsxOf(sheets: readonly SheetSpec[]): Uint8Array {
  const shared: string[] = [];
  const index = new Map<string, number>();
  const sid = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = shared.length;
      shared.push(s);
      index.set(s, i);
    }
    return i;
  };
  const parts: Record<string, string> = {};
  sheets.forEach((sheet, k) => {
    const rows = sheet.rows.map((cells, r) => {
      const cs = cells.map((v, c) => {
        const ref = `${columnName(c)}${r + 1}`;
        if (v === null) return "";
        if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
        if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
        if (sheet.inline) return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
        return `<c r="${ref}" t="s"><v>${sid(v)}</v></c>`;
      });
      return `<row r="${r + 1}">${cs.join("")}</row>`;
    });
    parts[`xl/worksheets/sheet${k + 1}.xml`] =
      `${XML_DECL}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
  });
  const sheetList = sheets
    .map((s, k) => `<sheet name="${esc(s.name)}" sheetId="${k + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${k + 1}"/>`)
    .join("");
  const sheetRels = sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`).join("");
  const overrides = sheets
    .map((_, k) => `<Override PartName="/xl/worksheets/sheet${k + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join("");
  const sst = shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("");
  return zipParts({
    "[Content_Types].xml": contentTypes(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        overrides,
    ),
    "_rels/.rels": packageRels("xl/workbook.xml"),
    "xl/workbook.xml": `${XML_DECL}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>${sheetList}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": relationships(
      `${sheetRels}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    ),
    "xl/styles.xml":
      `${XML_DECL}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>',
    "xl/sharedStrings.xml": `${XML_DECL}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${sst}</sst>`,
    ...parts,
  });
}

// ---------------------------------------------------------------------------------------------- PowerPoint

export interface SlideSpec {
  readonly paragraphs: readonly string[];
  readonly notes?: readonly string[];
  readonly hidden?: boolean;
}

const PML = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

function shapeOf(paragraphs: readonly string[]): string {
  const ps = paragraphs.map((t) => `<a:p><a:r><a:rPr lang="en-GB"/><a:t>${esc(t)}</a:t></a:r></a:p>`).join("");
  return `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Text"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>${ps}</p:txBody></p:sp>`;
}

/**
 * A .pptx whose slide files are numbered in reverse of the presentation's order (slide 1 is slideN.xml), so
 * a reader that sorts file names instead of following p:sldIdLst gets the order wrong.
 */
export function pptxOf(slides: readonly SlideSpec[]): Uint8Array {
  const n = slides.length;
  const parts: Record<string, string> = {};
  const ids: string[] = [];
  const rels: string[] = [];
  const overrides: string[] = [];
  slides.forEach((s, i) => {
    const file = n - i; // reverse numbering
    ids.push(`<p:sldId id="${256 + i}" r:id="rIdS${i + 1}"/>`);
    rels.push(`<Relationship Id="rIdS${i + 1}" Type="${REL}/slide" Target="slides/slide${file}.xml"/>`);
    overrides.push(`<Override PartName="/ppt/slides/slide${file}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>`);
    parts[`ppt/slides/slide${file}.xml`] =
      `${XML_DECL}<p:sld ${PML}${s.hidden ? ' show="0"' : ""}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
      `${shapeOf(s.paragraphs)}</p:spTree></p:cSld></p:sld>`;
    const slideRels: string[] = [];
    if (s.notes) {
      slideRels.push(`<Relationship Id="rIdN" Type="${REL}/notesSlide" Target="../notesSlides/notesSlide${i + 1}.xml"/>`);
      overrides.push(`<Override PartName="/ppt/notesSlides/notesSlide${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"/>`);
      parts[`ppt/notesSlides/notesSlide${i + 1}.xml`] =
        `${XML_DECL}<p:notes ${PML}><p:cSld><p:spTree>${shapeOf(s.notes)}` +
        `<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number"/><p:cNvSpPr/><p:nvPr><p:ph type="sldNum"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:fld id="{1}" type="slidenum"><a:t>${i + 1}</a:t></a:fld></a:p></p:txBody></p:sp>` +
        "</p:spTree></p:cSld></p:notes>";
    }
    parts[`ppt/slides/_rels/slide${file}.xml.rels`] = relationships(slideRels.join(""));
  });
  return zipParts({
    "[Content_Types].xml": contentTypes(
      '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>' + overrides.join(""),
    ),
    "_rels/.rels": packageRels("ppt/presentation.xml"),
    "ppt/presentation.xml": `${XML_DECL}<p:presentation ${PML}><p:sldIdLst>${ids.join("")}</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/></p:presentation>`,
    "ppt/_rels/presentation.xml.rels": relationships(rels.join("")),
    ...parts,
  });
}

// ---------------------------------------------------------------------------------------------- OpenDocument

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"';

/** An .odt whose office:text holds `body` (text:p, text:h, table:table …), with an optional page header. */
export function odtOf(body: string, header?: string): Uint8Array {
  const styles =
    header === undefined
      ? undefined
      : `${XML_DECL}<office:document-styles ${ODF_NS}><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>${esc(header)}</text:p></style:header></style:master-page></office:master-styles></office:document-styles>`;
  return zipParts({
    // The mimetype comes first and stored, as ODF requires (zipParts stores it).
    mimetype: "application/vnd.oasis.opendocument.text",
    "META-INF/manifest.xml":
      `${XML_DECL}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
      '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    "content.xml": `${XML_DECL}<office:document-content ${ODF_NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ...(styles ? { "styles.xml": styles } : {}),
  });
}

// ---------------------------------------------------------------------------------------------- Samples

/** The fictional referral form (assets/samples/referral.docx). */
export function referralDocx(): Uint8Array {
  const body = [
    wp("Request for support: referral to Children's Social Care", "Title"),
    wp("Please complete every section. If you think a child is at immediate risk of harm, call the police on 999 first.", undefined),
    wp("1. The child", "Heading1"),
    wtable([
      ["Child's name", "Maisie Thornton"],
      ["Date of birth", "14/03/2016 (age 8)"],
      ["NHS number", "943 476 5919"],
      ["School", "Larkfield Primary School, Year 4 (class teacher: Mr D. Hale)"],
      ["Home address", "12 Orchard Close, Brackley Green, BG4 7TN"],
      ["Lives with", "Donna Thornton (mother) and Kyle Thornton (brother, 14)"],
    ]),
    wp("2. Why you are referring", "Heading1"),
    wp(
      "On Monday 3 March 2025 at about 10:15 Maisie's class teacher noticed bruising on the inside of both of Maisie's upper arms while she was changing for PE. " +
        "The bruises were oval, about the size of fingertips, and a yellow-green colour. Maisie pulled her sleeves down and would not say how she got them.",
    ),
    wp(
      "Maisie has been late to school on 6 of the last 10 days, has come in hungry twice this term, and was withdrawn and tearful in class on 28 February and 3 March.",
    ),
    wp("3. What the parent said", "Heading1"),
    wp(
      "I spoke to Ms Thornton at collection on 3 March. She said that Maisie \"fell off the trampoline at the weekend\" and that \"she bruises easily, she always has\". " +
        "She said she was too busy to talk and that she did not want \"social workers poking around again\".",
    ),
    wp("4. What the child said", "Heading1"),
    wp("When the teacher asked if she was all right, Maisie said: \"Kyle gets cross when Mum's out.\" She did not say anything more and was not pressed."),
    wp("5. Consent", "Heading1"),
    wp("The referral has not been discussed with Ms Thornton because doing so might place Maisie at increased risk of harm."),
    wp("6. Referrer", "Heading1"),
    wtable([
      ["Name", "Sarah Okafor"],
      ["Role", "Designated Safeguarding Lead, Larkfield Primary School"],
      ["Telephone", "01632 960 418"],
      ["Date of referral", "3 March 2025"],
    ]),
  ].join("");
  return docxOf({
    body,
    header: "OFFICIAL-SENSITIVE: Children's Services referral",
    footer: "Fictional sample for SafeShare testing. Every name, address and number in it is invented.",
    footnotes: ["The bruising was seen by two members of staff: Mr D. Hale and Mrs P. Quinn (teaching assistant)."],
    comments: ["Check the brother's age with the school office before sending."],
  });
}

/** The fictional safety plan of the compose demo's "Please see attached" sample (assets/samples/safety-plan-o-kemp.docx). */
export function safetyPlanDocx(): Uint8Array {
  const body = [
    wp("Safety plan", "Title"),
    wtable([
      ["Child", "Oliver Kemp"],
      ["Date of birth", "02/09/2017 (age 7)"],
      ["School", "Oakfield Primary School, Year 3"],
      ["Plan agreed", "Core group, 4 March 2025"],
    ]),
    wp("1. What we are worried about", "Heading1"),
    wp("Oliver has told his teacher that he is scared when his dad, Mr Kemp, has been drinking. Police attended the family home on 22 February 2025 after a neighbour reported shouting."),
    wp("2. Who collects Oliver", "Heading1"),
    wp("Only his mother, Jade Kemp, or his grandmother, Pat Kemp, may collect Oliver from school. Mr Kemp must not collect him. If Mr Kemp arrives, staff will call Jade and the duty social worker."),
    wp("3. If Oliver discloses", "Heading1"),
    wp("Listen, do not ask leading questions, write down what he says in his own words and tell the Designated Safeguarding Lead the same day."),
    wp("4. Contacts", "Heading1"),
    wtable([
      ["Social worker", "Sam Jones, 01632 960 777"],
      ["Designated Safeguarding Lead", "Mrs A. Patel, Oakfield Primary School"],
    ]),
  ].join("");
  return docxOf({ body, header: "OFFICIAL-SENSITIVE", footer: "Fictional sample for SafeShare testing. Every name, address and number in it is invented." });
}

/** The fictional child protection conference chronology and risks (assets/samples/minutes.xlsx). */
export function minutesXlsx(): Uint8Array {
  return xlsxOf([
    {
      name: "Chronology",
      rows: [
        ["Date", "Event", "Source"],
        ["28/02/2025", "Maisie Thornton withdrawn and tearful in class", "Larkfield Primary School"],
        ["03/03/2025", "Finger-tip bruising seen on both upper arms during PE", "Class teacher"],
        ["03/03/2025", "Mother says Maisie fell off a trampoline", "DSL conversation at collection"],
        ["04/03/2025", "Referral received; strategy discussion held", "Children's Social Care"],
        ["06/03/2025", "Child protection medical: injuries consistent with gripping", "Community paediatrician"],
      ],
    },
    {
      name: "Risks",
      rows: [
        ["Risk", "Who", "Rating", "NHS number"],
        ["Physical harm from older sibling when unsupervised", "Maisie Thornton", "High", 9434765919],
        ["Neglect: hunger, lateness", "Maisie Thornton", "Medium", 9434765919],
      ],
    },
    {
      name: "Attendees",
      hidden: true,
      rows: [
        ["Name", "Role"],
        ["Priya Nandra", "Conference chair"],
        ["Sarah Okafor", "Designated Safeguarding Lead"],
        ["Donna Thornton", "Mother"],
      ],
    },
  ]);
}
