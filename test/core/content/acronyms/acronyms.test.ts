import { findAcronyms, GLOSSARY, CASE_TERMS, glossaryKeyOf } from "../../../../src/core/content/acronyms";

/** "text" of each unexpanded acronym in the whole body. */
function flagged(body: string): string[] {
  return findAcronyms(body, [{ start: 0, end: body.length }]).map((a) => a.text);
}

describe("GLOSSARY", () => {
  it("has at least 100 entries with plain-English expansions", () => {
    expect(GLOSSARY.size).toBeGreaterThanOrEqual(100);
    for (const [term, expansion] of GLOSSARY) {
      expect(term.trim()).toBe(term);
      expect(expansion.length).toBeGreaterThan(term.length);
      expect(expansion).not.toMatch(/\.$/);
    }
  });

  it.each([
    "CAMHS", "ICPC", "RCPC", "s47", "section 47", "s17", "CIN", "CP", "CPP", "LAC", "CLA", "EHCP", "SENCO", "MASH",
    "DSL", "DDSL", "MARAC", "MAPPA", "CSE", "CCE", "DVDS", "DA", "DV", "FGM", "LADO", "IRO", "PLO", "TAF", "EHA",
    "CAF", "GP", "HV", "A&E", "ICB", "LSCP", "CSPR", "SCR", "NFA", "YOT", "YJS", "PNC", "SPOC", "EWO", "PRU", "SEN",
    "SEND", "UASC", "NRM", "IDVA", "ISVA", "OT", "SALT", "ASD", "ADHD", "CYP", "PR", "EPO", "ICO", "SGO", "DBS",
    "UKGDPR", "GDPR", "DPA", "ISA",
  ])("knows %s", (term) => {
    expect(GLOSSARY.has(term)).toBe(true);
  });

  it("gives ICO its safeguarding sense and mentions the other", () => {
    expect(GLOSSARY.get("ICO")).toMatch(/Interim Care Order/);
    expect(GLOSSARY.get("ICO")).toMatch(/Information Commissioner/);
  });

  it("marks process terms as case terms and organisational terms as not", () => {
    for (const t of ["ICPC", "s47", "MARAC", "CSE", "LADO", "CIN"]) expect(CASE_TERMS.has(t)).toBe(true);
    for (const t of ["GDPR", "DBS", "DSL", "SENCO", "GP", "ICO"]) expect(CASE_TERMS.has(t)).toBe(false);
  });
});

describe("glossaryKeyOf", () => {
  it.each([
    ["CAMHS", "CAMHS"],
    ["SENCo", "SENCo"],
    ["SENCO", "SENCO"],
    ["CIN", "CIN"],
    ["CiN", "CiN"],
    ["CCGs", "CCG"],
    ["EHCPs", "EHCP"],
    ["DSLs", "DSL"],
    ["Cafcass", "Cafcass"],
    ["Mash", undefined],
    ["mash", undefined],
    ["Cin", undefined],
    ["PLEASE", undefined],
  ])("%s -> %s", (token, key) => {
    expect(glossaryKeyOf(token)).toBe(key);
  });
});

describe("findAcronyms", () => {
  it.each([
    ["Referred to CAMHS last week.", ["CAMHS"]],
    ["An ICPC is booked for Monday.", ["ICPC"]],
    ["The s47 started today.", ["s47"]],
    ["The S.47 started today.", ["S.47"]],
    ["The S47 started today.", ["S47"]],
    ["A section 47 enquiry is under way.", ["section 47"]],
    ["Discussed at MARAC and MAPPA.", ["MARAC", "MAPPA"]],
    ["He went to A&E.", ["A&E"]],
    ["Speak to the DSL or DDSL.", ["DSL", "DDSL"]],
    ["The SENCo will attend.", ["SENCo"]],
    ["The CCGs have merged.", ["CCGs"]],
    ["CP-IS shows a plan.", ["CP-IS"]],
    ["Tom is LAC; Amy is CLA.", ["LAC", "CLA"]],
    ["She has an EHCP.", ["EHCP"]],
    ["The IRO and LADO were told.", ["IRO", "LADO"]],
    ["YOT/YJS involvement.", ["YOT", "YJS"]],
    ["Referral made to the XYZ team.", ["XYZ"]],
    ["Please contact the QRST panel.", ["QRST"]],
  ])("flags %j", (body, expected) => {
    expect(flagged(body)).toEqual(expected);
  });

  it.each([
    ["expansion before", "Referred to Child and Adolescent Mental Health Services (CAMHS). CAMHS will call."],
    ["expansion after", "CAMHS (Child and Adolescent Mental Health Services) will call. CAMHS again."],
    ["hyphenated expansion", "Multi-Agency Safeguarding Hub (MASH) referral."],
    ["lower-case expansion", "a multi-agency risk assessment conference (MARAC) is set."],
    ["initials loosely", "Initial Child Protection Conference (ICPC)"],
    ["glossary words after", "s47 (child protection enquiry) opened."],
    ["glossary words after a section number", "S.47 (section 47 enquiry) opened."],
    ["ampersand term", "Accident and Emergency (A&E)"],
    ["plural in brackets", "Clinical Commissioning Groups (CCGs)"],
    ["ICO in its other sense", "Information Commissioner's Office (ICO)"],
    ["square brackets", "Designated Safeguarding Lead [DSL]"],
    ["unknown acronym defined", "Family Support Service (FSS)"],
    ["initials of a name", "Jo Bloggs (JB) said."],
  ])("does not flag an expanded first use: %s", (_why, body) => {
    expect(flagged(body)).toEqual([]);
  });

  it("reports one result per term, at its first use, with the glossary expansion", () => {
    const body = "ICPC next week. ICPC outcome to follow. Initial Child Protection Conference (ICPC).";
    expect(findAcronyms(body, [{ start: 0, end: body.length }])).toEqual([
      { text: "ICPC", start: 0, end: 4, expansion: "Initial Child Protection Conference" },
    ]);
  });

  it("treats s47, S.47 and S47 as one term", () => {
    expect(flagged("s47 opened; S.47 continues; S47 closed.")).toEqual(["s47"]);
  });

  it("gives unknown acronyms no expansion", () => {
    const [a] = findAcronyms("the XYZ team", [{ start: 0, end: 12 }]);
    expect(a).toEqual({ text: "XYZ", start: 4, end: 7 });
  });

  it.each([
    ["shouting", "PLEASE DO NOT FORWARD THIS. URGENT."],
    ["single shouted words", "This is URGENT and I am NOT happy, PLEASE call."],
    ["well-known abbreviations", "NHS, UK, ASAP, FYI, PDF, TV, ID, OK, DOB, NI"],
    ["Roman numerals", "See part II, section IV and annex XII."],
    ["units and times", "3 PM, 10 KG, 5 MM, GMT, BST"],
    ["a caps surname after a first name", "Sarah JONES attended."],
    ["a caps surname after a title", "Mrs JONES attended."],
    ["two-letter unknown initials", "JS said she would call."],
    ["long caps words", "SAFEGUARDING CONCERN"],
    ["domains", "See GOV.UK and www.NSPCC.org.uk"],
    ["email addresses", "Email MASH@council.gov.uk"],
    ["postcodes and NI numbers", "AL1 3XY and AB123456C"],
    ["lower-case words", "mash the potatoes and pass the salt"],
    ["title-case words", "Mash and Salt"],
    ["a glossary word inside shouting", "PLEASE SEND IT BACK"],
    ["s-numbers not in the glossary", "s12 and s99"],
  ])("does not flag %s", (_why, body) => {
    expect(flagged(body)).toEqual([]);
  });

  it("searches only inside `within`", () => {
    const body = "CAMHS called. > ICPC was held. MARAC next.";
    const q = body.indexOf(">");
    const m = body.indexOf("MARAC");
    expect(findAcronyms(body, [{ start: 0, end: q }, { start: m, end: body.length }]).map((a) => a.text)).toEqual(["CAMHS", "MARAC"]);
    expect(findAcronyms(body, [])).toEqual([]);
  });

  it("does not take a term cut by the end of `within`", () => {
    expect(findAcronyms("CAMHS", [{ start: 0, end: 3 }])).toEqual([]);
  });

  it("returns offsets into the body", () => {
    const body = "Hello.\n\nThe MARAC met; the IRO agreed.";
    for (const a of findAcronyms(body, [{ start: 0, end: body.length }])) expect(body.slice(a.start, a.end)).toBe(a.text);
  });

  it.each([
    ["digits", "1".repeat(1_000_000)],
    ["caps", "ABC ".repeat(250_000)],
    ["open brackets", "CAMHS (".repeat(100_000)],
    ["one huge caps word", "A".repeat(1_000_000)],
    ["lone surrogates", "\udc00CAMHS\ud800".repeat(50_000)],
  ])("survives hostile input: %s", (_name, body) => {
    const t = Date.now();
    expect(() => findAcronyms(body, [{ start: 0, end: body.length }])).not.toThrow();
    expect(Date.now() - t).toBeLessThan(2000);
  });
});
