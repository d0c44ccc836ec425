/**
 * Word and Excel files for the attachments benchmark, with the markup Word and Excel write — not the
 * bare minimum a reader accepts.
 *
 * Why it matters: a file with one `<w:r><w:t>` per paragraph and no other parts has about one byte of XML
 * per character of text and zips to 2 KB for ten pages, so it measures a reader that never meets a real
 * file. Word (Microsoft 365) writes for every paragraph its revision ids (`w:rsidR`, `w14:paraId`), the
 * paragraph and run properties again on every run (fonts, size, complex-script size), runs split where
 * editing sessions and proofing marks fall (`w:proofErr`), a `_GoBack` bookmark and a section; and every
 * package carries styles (the latent-style table alone has 376 entries), a theme, settings, a font table and
 * document properties. ECMA-376 Part 1 §17 (WordprocessingML) and §18 (SpreadsheetML) define the elements;
 * their counts here follow what an ordinary document saved by Word and a workbook saved by Excel contain.
 * The text is the same deterministic practitioner text as the other benchmarks (sample-text.ts).
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { sampleEmail } from "./sample-text";

const xmlText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const WORD_NS =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 w15 wp14"';
const CONTENT_TYPES = (parts: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/>${parts}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

/** A deterministic stream of 32-bit numbers (xorshift32): the files are the same on every run. */
function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/** A deterministic stream of hex ids like Word's revision-session ids ("00B41C2E"). */
function ids(seed: number): () => string {
  const next = xorshift(seed);
  return () => next().toString(16).toUpperCase().padStart(8, "0");
}

/** `count` names for a latent-style or style table, as Word's built-in ones read ("heading 1", "toc 3"…). */
const styleNames = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => ["Normal", "heading", "toc", "index", "List Bullet", "List Number", "Table Grid", "Light Shading", "Medium List", "Grid Table"][i % 10] + (i < 10 ? "" : ` ${Math.floor(i / 10)}`));

/** Word's styles part: document defaults, the latent-style table (376 entries) and the styles in use. */
function wordStyles(): string {
  const latent = styleNames(376)
    .map((n, i) => `<w:lsdException w:name="${n}" w:uiPriority="${i % 99}"${i % 3 ? ' w:semiHidden="1" w:unhideWhenUsed="1"' : ""}${i % 7 ? "" : ' w:qFormat="1"'}/>`)
    .join("");
  const styles = styleNames(24)
    .map((n, i) => `<w:style w:type="${i % 4 ? "paragraph" : "character"}" w:styleId="S${i}"><w:name w:val="${n}"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="${i}"/><w:qFormat/><w:rsid w:val="00${i}A1B2C"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="0"/><w:outlineLvl w:val="${i % 9}"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="2F5496" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:styles ${WORD_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">${latent}</w:latentStyles>${styles}</w:styles>`;
}

/** The Office theme part: colour, font (major and minor, with their per-script fonts) and format schemes. */
function officeTheme(): string {
  const colours = ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"]
    .map((c, i) => `<a:${c}><a:srgbClr val="${(0x44546a + i * 0x10203).toString(16).slice(-6).toUpperCase()}"/></a:${c}>`)
    .join("");
  const scripts = ["Jpan", "Hang", "Hans", "Hant", "Arab", "Hebr", "Thai", "Ethi", "Beng", "Gujr", "Khmr", "Knda", "Guru", "Cans", "Cher", "Yiii", "Tibt", "Thaa", "Deva", "Telu", "Taml", "Syrc", "Orya", "Mlym", "Laoo", "Sinh", "Mong", "Viet", "Uigh", "Geor", "Armn", "Bugi", "Bopo", "Java", "Lisu", "Mymr", "Nkoo", "Olck", "Osma", "Phag", "Syrn", "Syrj", "Syre", "Sora", "Tale", "Talu", "Tfng"];
  const fonts = (latin: string) => `<a:latin typeface="${latin}" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/>${scripts.map((s) => `<a:font script="${s}" typeface="${s} Font"/>`).join("")}`;
  const fill = (n: number) => `<a:gradFill rotWithShape="1"><a:gsLst>${[0, 50000, 100000].map((p) => `<a:gs pos="${p}"><a:schemeClr val="phClr"><a:lumMod val="${100000 - n * 1000}"/><a:satMod val="103000"/><a:tint val="${67000 + p / 10}"/></a:schemeClr></a:gs>`).join("")}</a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office">${colours}</a:clrScheme><a:fontScheme name="Office"><a:majorFont>${fonts("Calibri Light")}</a:majorFont><a:minorFont>${fonts("Calibri")}</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>${fill(1)}${fill(2)}</a:fillStyleLst><a:lnStyleLst>${[6350, 12700, 19050].map((w) => `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`).join("")}</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>${fill(3)}${fill(4)}</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;
}

const DOC_PROPS: Zippable = {
  "docProps/core.xml": strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>Jo Smith</dc:creator><cp:lastModifiedBy>Jo Smith</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T09:12:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-01T16:40:00Z</dcterms:modified></cp:coreProperties>',
  ),
  "docProps/app.xml": strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>94</TotalTime><Pages>10</Pages><Words>5000</Words><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>240</Lines><Paragraphs>60</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>',
  ),
};

/** Runs of about eight words, as editing sessions and proofing marks split a paragraph Word has saved. */
function wordRuns(paragraph: string, nextId: () => string): string {
  const words = paragraph.split(" ");
  const rPr = '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>';
  let out = "";
  for (let i = 0, n = 0; i < words.length; i += 8, n++) {
    const text = words.slice(i, i + 8).join(" ") + (i + 8 < words.length ? " " : "");
    const proofing = n % 3 === 2;
    out += `${proofing ? '<w:proofErr w:type="spellStart"/>' : ""}<w:r w:rsidRPr="${nextId()}">${rPr}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>${proofing ? '<w:proofErr w:type="spellEnd"/>' : ""}`;
  }
  return out;
}

/** A Word file of `pages` pages (~500 words a page), with `imageBytes` of incompressible image data. */
export function wordDocument(pages: number, imageBytes = 0): Uint8Array {
  const nextId = ids(pages * 7919 + 1);
  const paragraphs = sampleEmail(pages * 500).split(/\n+/).map((p) => p.trim()).filter(Boolean);
  const pPr = '<w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:pPr>';
  const body = paragraphs
    .map((p, i) => `<w:p w14:paraId="${nextId()}" w14:textId="77777777" w:rsidR="${nextId()}" w:rsidRDefault="${nextId()}" w:rsidP="${nextId()}">${pPr}${i === 0 ? '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' : ""}${wordRuns(p, nextId)}</w:p>`)
    .join("");
  const sectPr = '<w:sectPr w:rsidR="00B41C2E"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';
  const rel = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      CONTENT_TYPES(
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
      ),
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/_rels/document.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel(1, "styles", "styles.xml")}${rel(2, "settings", "settings.xml")}${rel(3, "webSettings", "webSettings.xml")}${rel(4, "fontTable", "fontTable.xml")}${rel(5, "theme", "theme/theme1.xml")}${imageBytes ? rel(6, "image", "media/image1.jpeg") : ""}</Relationships>`,
    ),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${WORD_NS}><w:body>${body}${sectPr}</w:body></w:document>`),
    "word/styles.xml": strToU8(wordStyles()),
    "word/theme/theme1.xml": strToU8(officeTheme()),
    "word/settings.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:settings ${WORD_NS}><w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:rsids>${Array.from({ length: 40 }, () => `<w:rsid w:val="${nextId()}"/>`).join("")}</w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/></m:mathPr><w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/><w15:docId w15:val="{6A1B2C3D-0000-4E5F-8A9B-0C1D2E3F4A5B}"/></w:settings>`,
    ),
    "word/webSettings.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:webSettings ${WORD_NS}><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>`),
    "word/fontTable.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:fonts ${WORD_NS}>${["Arial", "Calibri", "Times New Roman", "Calibri Light"].map((f) => `<w:font w:name="${f}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>`).join("")}</w:fonts>`,
    ),
    ...DOC_PROPS,
  };
  if (imageBytes > 0) {
    const image = new Uint8Array(imageBytes);
    const next = xorshift(2463534242);
    for (let i = 0; i < image.length; i++) image[i] = next() & 0xff;
    files["word/media/image1.jpeg"] = [image, { level: 0 }];
  }
  return zipSync(files);
}

/**
 * An Excel case tracker of `sheets` sheets of `rows` rows: date, child, date of birth, worker, status and a
 * one-sentence note per row, the text in the shared-strings part as Excel stores it, each cell styled.
 */
export function caseTracker(sheets: number, rows: number): Uint8Array {
  const sentences = sampleEmail(sheets * rows * 14).split(/(?<=[.!?])\s+/).filter((s) => s.length > 12);
  const children = ["Chloe Osei", "Oscar Osei", "Alfie Turner", "Maya Begum", "Leon Price", "Ruby Kaur", "Noah Wright", "Isla Mensah"];
  const workers = ["Jo Smith", "Priya Shah", "Tom Evans", "Grace Lee"];
  const statuses = ["Open", "Closed", "Step-down", "Awaiting CP conference", "Section 47"];
  const shared: string[] = [...children, ...workers, ...statuses, "Date", "Child", "DOB", "Worker", "Status", "Note"];
  const header = shared.length - 6;
  const firstSentence = shared.length;
  shared.push(...sentences);
  const col = (c: number) => String.fromCharCode(65 + c);
  const cell = (c: number, r: number, style: number, value: string | number, isString: boolean) =>
    `<c r="${col(c)}${r}" s="${style}"${isString ? ' t="s"' : ""}><v>${value}</v></c>`;
  const sheetXml = (s: number) => {
    const data = [
      `<row r="1" spans="1:6" x14ac:dyDescent="0.25">${Array.from({ length: 6 }, (_, c) => cell(c, 1, 1, header + c, true)).join("")}</row>`,
      ...Array.from({ length: rows }, (_, i) => {
        const r = i + 2;
        const n = s * rows + i;
        return `<row r="${r}" spans="1:6" x14ac:dyDescent="0.25">${cell(0, r, 2, 46000 + (n % 300), false)}${cell(1, r, 0, n % children.length, true)}${cell(2, r, 2, 41000 + (n % 2000), false)}${cell(3, r, 0, children.length + (n % workers.length), true)}${cell(4, r, 0, children.length + workers.length + (n % statuses.length), true)}${cell(5, r, 3, firstSentence + (n % sentences.length), true)}</row>`;
      }),
    ].join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{00000000-0001-0000-0000-00000000000${s}}"><dimension ref="A1:F${rows + 1}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="12.7109375" customWidth="1"/><col min="2" max="5" width="18.7109375" customWidth="1"/><col min="6" max="6" width="90.7109375" customWidth="1"/></cols><sheetData>${data}</sheetData><autoFilter ref="A1:F${rows + 1}"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>`;
  };
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      CONTENT_TYPES(
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
      ),
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook ${ns}><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets>${Array.from({ length: sheets }, (_, i) => `<sheet name="Sheet ${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets><definedNames>${Array.from({ length: sheets }, (_, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'Sheet ${i + 1}'!$A$1:$F$${rows + 1}</definedName>`).join("")}</definedNames><calcPr calcId="191029"/></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/><Relationship Id="rIdY" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sheets * rows * 4 + 6 * sheets}" uniqueCount="${shared.length}">${shared.map((t) => `<si><t>${xmlText(t)}</t></si>`).join("")}</sst>`,
    ),
    "xl/styles.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet ${ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`,
    ),
    "xl/theme/theme1.xml": strToU8(officeTheme()),
    ...DOC_PROPS,
  };
  for (let s = 0; s < sheets; s++) files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(sheetXml(s));
  return zipSync(files);
}
