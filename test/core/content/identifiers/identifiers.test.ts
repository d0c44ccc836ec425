import { findIdentifiers, NO_REGIONS, spansOverlap } from "../../../../src/core/content/identifiers";
import { all } from "./helpers";

describe("findIdentifiers", () => {
  it("finds every identifier in a realistic sentence, in order, with offsets", () => {
    const body =
      "DOB 12/03/2015, NHS no. 943 476 5919, lives at 14 Acacia Road, AL1 3XY; mum's mobile 07700 900123";
    const found = findIdentifiers(body, NO_REGIONS);
    expect(found.map((f) => `${f.type}:${f.text}`)).toEqual([
      "date-of-birth:12/03/2015",
      "nhs-number:943 476 5919",
      "postcode:AL1 3XY",
      "phone:07700 900123",
    ]);
    for (const f of found) expect(body.slice(f.start, f.end)).toBe(f.text);
    expect(found.every((f) => !f.quoted)).toBe(true);
  });

  it.each([
    [
      "Hi Sarah, NI number AB 12 34 56 C and email jo.bloggs@example.gov.uk for dad.",
      ["ni-number:AB 12 34 56 C", "email:jo.bloggs@example.gov.uk"],
    ],
    [
      "Jay Smith (born 1st June 2016), 22 High Street, SW1A 1AA. Tel 020 7946 0958.",
      ["date-of-birth:1st June 2016", "postcode:SW1A 1AA", "phone:020 7946 0958"],
    ],
    [
      "Contact the school on 01632 960123 or +44 7700 900456; NHS 401 583 8742.",
      ["phone:01632 960123", "phone:+44 7700 900456", "nhs-number:401 583 8742"],
    ],
    ["Mum, D.O.B 02.11.89, NINO JC123456A", ["date-of-birth:02.11.89", "ni-number:JC123456A"]],
    ["Can we move Tuesday's meeting to 3pm on 14/03/2024?", []],
    ["Please find invoice 4015838742 attached (order ref 07700900123).", []],
    ["The training on Friday 12 March 2024 is cancelled. Room B12, ext 4567.", []],
    ["Scores were 943 and 476; 5919 people attended in 2023-2024.", []],
  ])("%s", (body, expected) => {
    expect(all(body)).toEqual(expected);
  });

  it("reads a labelled block, one identifier a line", () => {
    const body = [
      "Name: Jane Doe",
      "DOB: 12/03/2015",
      "NHS: 943 476 5919",
      "Address: 14 Acacia Road, St Albans, AL1 3XY",
      "Mobile: 07700 900123",
      "Email: jane.doe@example.com",
      "NI: JK 12 34 56 A",
    ].join("\n");
    expect(all(body)).toEqual([
      "date-of-birth:12/03/2015",
      "nhs-number:943 476 5919",
      "postcode:AL1 3XY",
      "phone:07700 900123",
      "email:jane.doe@example.com",
      "ni-number:JK 12 34 56 A",
    ]);
  });

  it("marks findings in quoted text and skips the excluded signature", () => {
    const body = "New text: call 07700 900123.\n> DOB 12/03/2015\n--\nJo Bloggs 01632 960123 jo@council.gov.uk";
    const quotedStart = body.indexOf(">");
    const sigStart = body.indexOf("--");
    const found = findIdentifiers(body, {
      quoted: [{ start: quotedStart, end: sigStart }],
      excluded: [{ start: sigStart, end: body.length }],
    });
    expect(found.map((f) => [f.type, f.text, f.quoted])).toEqual([
      ["phone", "07700 900123", false],
      ["date-of-birth", "12/03/2015", true],
    ]);
  });

  it("drops a finding that straddles an excluded region", () => {
    const body = "call 07700 900123 now";
    expect(findIdentifiers(body, { quoted: [], excluded: [{ start: 10, end: 11 }] })).toEqual([]);
  });

  it("an email wins over a postcode-looking local part", () => {
    expect(all("AL13XY@example.com")).toEqual(["email:AL13XY@example.com"]);
  });

  it("returns sorted, non-overlapping findings", () => {
    const body = "07700 900123 AB123456C 943 476 5919 DOB 1/2/2010 AL1 3XY x@y.org ".repeat(20);
    const found = findIdentifiers(body, NO_REGIONS);
    expect(found).toHaveLength(120);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe("spansOverlap", () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 10, end: 20 },
    { start: 30, end: 31 },
  ];
  it.each([
    [0, 1, true],
    [4, 6, true],
    [5, 10, false],
    [19, 25, true],
    [20, 30, false],
    [25, 35, true],
    [31, 40, false],
    [7, 8, false],
  ])("[%i, %i) -> %s", (start, end, expected) => {
    expect(spansOverlap(spans, start, end)).toBe(expected);
  });
  it("handles no spans", () => expect(spansOverlap([], 0, 10)).toBe(false));
});

describe("hostile input", () => {
  const cases: Array<[string, string]> = [
    ["a megabyte of digits", "9".repeat(1_000_000)],
    ["spaced zeros", "0 ".repeat(300_000)],
    ["many @", "@".repeat(500_000)],
    ["a@ chains", "a@".repeat(300_000)],
    ["unpaired surrogates", "\ud800x\udc00".repeat(100_000)],
    ["date-like runs", "12/".repeat(300_000)],
    ["cue spam", "DOB born b. ".repeat(80_000)],
    ["plus signs", "+44 ".repeat(200_000)],
    ["letters and digits", "AB12 ".repeat(200_000)],
    ["random unicode", Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join("")],
  ];
  it.each(cases)("survives %s quickly", (_name, body) => {
    const t = Date.now();
    expect(() => findIdentifiers(body, NO_REGIONS)).not.toThrow();
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it("handles a 10,000-word email in a few milliseconds", () => {
    const sentence = "Mum said Tom (DOB 12/03/2015) was seen at 14 Acacia Road AL1 3XY and will call 07700 900123 later today. ";
    const body = sentence.repeat(Math.ceil(10_000 / sentence.split(" ").length));
    findIdentifiers(body, NO_REGIONS);
    const t = performance.now();
    findIdentifiers(body, NO_REGIONS);
    expect(performance.now() - t).toBeLessThan(50);
  });
});
