import { findCaseVocabulary } from "../../../../src/core/content/case-vocabulary";
import { NO_REGIONS } from "../../../../src/core/content/identifiers";

/** The texts of every hit in `body`. */
function hits(body: string): string[] {
  return findCaseVocabulary(body, NO_REGIONS).map((h) => h.text);
}

describe("findCaseVocabulary: ordinary work email produces nothing", () => {
  it.each([
    "Can we move Tuesday's meeting to 3pm?",
    "Please find the invoice attached.",
    "The training on Friday is cancelled.",
    "Hi all, the office will be closed on Monday for the bank holiday.",
    "Thanks for your help with the report, it looks great.",
    "Could you send me the slides from yesterday's presentation?",
    "Reminder: timesheets are due by 5pm on Thursday.",
    "There's no harm in asking whether the room is free.",
    "It does no harm to double-check the figures.",
    "GDPR refresher training is on Friday; DBS renewals are due next month.",
    "The DSL network meeting has moved to the main hall.",
    "Please book the SENCO forum room for 2pm.",
    "The project is at risk of slipping; we hit our targets last quarter.",
    "We completed the fire risk assessment and the building is safe.",
    "Our safeguarding training day is full; please join the waiting list.",
    "Can you cover my shift? I'm looking after my mum's dog this weekend.",
    "The server was down overnight and was restored at 6am.",
    "The budget has been disclosed in the annual accounts.",
    "Cutting costs is a priority for next year.",
    "Let's wind up the meeting at noon; the minutes were wound up by Sam.",
    "The new referral form template is on the intranet.",
    "She looked after the stall at the summer fair.",
    "We beat the deadline and the team did brilliantly.",
    "Please report any concerns about the car park lighting to facilities.",
    "Have a lovely Christmas and see you in the new year!",
    "The parking permit scheme changes from April.",
    "I will burn the files to a DVD and send them over.",
    "Abuse of the system will result in lost privileges.",
    "The supplier's complaint is being handled by procurement.",
    "Please update your password before Friday.",
    // A term named as a subject (training, guidance, an event), in a sentence about nobody:
    "Hi all, the domestic abuse awareness training is on 12 May at 10am.",
    "Reminder: the child sexual exploitation conference is next Tuesday.",
    "Can you send me the neglect toolkit for the school?",
    "The section 47 training is full; the next course is in June.",
    "Domestic Abuse Awareness Week starts on Monday.",
    "The county lines briefing slides are on the intranet.",
    "Our new domestic violence and abuse strategy was approved by the board.",
  ])("%s", (body) => {
    expect(hits(body)).toEqual([]);
  });
});

describe("findCaseVocabulary: a topic word does not hide a person's case", () => {
  it.each([
    ["Mum has started the domestic abuse awareness course.", ["domestic abuse"]],
    ["Mum has been referred to the domestic abuse service.", ["domestic abuse"]],
    ["He attends the neglect team's drop-in.", ["neglect"]],
    ["Her worker said the grooming awareness session upset her.", ["grooming"]],
    ["Dad was violent at the domestic abuse course.", ["violent", "domestic abuse"]],
  ])("%s", (body, expected) => {
    expect(hits(body)).toEqual(expected);
  });

  it("stays linear on a hostile line of terms and topic words with no full stop", () => {
    const body = "abuse training ".repeat(20_000);
    expect(hits(body)).toEqual([]);
  });
});

describe("findCaseVocabulary: case-sharing email produces something", () => {
  it.each([
    ["Mum disclosed that her partner hit her last night.", ["disclosed that", "hit her"]],
    ["Tom had a bruise on his left cheek.", ["bruise"]],
    ["There are concerns of neglect: the home conditions are poor.", ["neglect", "home conditions"]],
    ["Amy has been self-harming.", ["self-harming"]],
    ["A strategy discussion was held this morning.", ["strategy discussion"]],
    ["The ICPC is booked for Monday.", ["ICPC"]],
    ["A section 47 enquiry has started.", ["section 47"]],
    ["An s47 has started.", ["s47"]],
    ["He is subject to a child protection plan.", ["child protection plan"]],
    ["Concerns about child sexual exploitation and grooming online.", ["sexual exploitation", "grooming"]],
    ["Referred to MARAC after the domestic abuse incident.", ["MARAC", "domestic abuse"]],
    ["She went missing overnight and was found by police.", ["went missing"]],
    ["Dad has a history of domestic violence.", ["domestic violence"]],
    ["The child is at risk of significant harm.", ["at risk of significant harm"]],
    ["He has unexplained injuries to his arms.", ["unexplained injuries"]],
    ["Concerns about county lines and criminal exploitation.", ["county lines", "criminal exploitation"]],
    ["An allegation was made against a teacher; LADO informed.", ["allegation", "LADO"]],
    ["Mum's partner shows coercive control.", ["coercive control"]],
    ["Sara is a looked after child placed with foster carers.", ["looked after child"]],
    ["The baby was left home alone for two hours.", ["left home alone"]],
    ["There is a risk of FGM.", ["FGM"]],
    ["She expressed suicidal thoughts at school.", ["suicidal thoughts"]],
    ["Physical abuse is suspected.", ["Physical abuse"]],
    ["Dad threatened to kill mum.", ["threatened to kill"]],
    ["The IRO chaired the LAC review.", ["IRO", "LAC"]],
    ["He has marks on his neck consistent with strangulation.", ["marks on his", "strangulation"]],
    ["A safeguarding concern was raised by the nursery.", ["safeguarding concern"]],
  ])("%s", (body, expected) => {
    expect(hits(body)).toEqual(expected);
  });
});

describe("findCaseVocabulary: details", () => {
  it("gives each hit a short reason and body offsets", () => {
    const body = "Mum disclosed abuse. The ICPC is on Monday.";
    const found = findCaseVocabulary(body, NO_REGIONS);
    expect(found.length).toBeGreaterThan(0);
    for (const h of found) {
      expect(body.slice(h.start, h.end)).toBe(h.text);
      expect(h.why.length).toBeGreaterThan(5);
      expect(h.why.length).toBeLessThan(140);
    }
    expect(found.find((h) => h.text === "ICPC")?.why).toBe("safeguarding term: ICPC");
  });

  it("marks quoted hits and skips the excluded signature", () => {
    const body = "Thanks.\n> Mum disclosed abuse.\n--\nSafeguarding Team, Child Protection Unit";
    const q = body.indexOf(">");
    const sig = body.indexOf("--");
    const found = findCaseVocabulary(body, { quoted: [{ start: q, end: sig }], excluded: [{ start: sig, end: body.length }] });
    expect(found.map((h) => [h.text, h.quoted])).toEqual([
      ["disclosed", true],
      ["abuse", true],
    ]);
  });

  it("does not count one place twice (section 47 is a phrase and a glossary term)", () => {
    expect(hits("section 47")).toEqual(["section 47"]);
  });

  it("returns hits sorted by start", () => {
    const found = findCaseVocabulary("ICPC. Neglect. MARAC. Abuse.", NO_REGIONS);
    expect(found.map((h) => h.text)).toEqual(["ICPC", "Neglect", "MARAC", "Abuse"]);
  });

  it.each([
    ["digits", "1".repeat(1_000_000)],
    ["words of harm", "harm ".repeat(200_000)],
    ["glossary spam", "ICPC s47 ".repeat(100_000)],
    ["lone surrogates", "\ud800abuse\udc00".repeat(100_000)],
  ])("survives hostile input: %s", (_name, body) => {
    expect(() => findCaseVocabulary(body, NO_REGIONS)).not.toThrow();
  });
});
