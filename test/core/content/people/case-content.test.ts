import { checkMessage } from "../../../../src/core/check/check-message";
import { MessageInputSchema } from "../../../../src/core/check/message";
import { defaultPolicy } from "../../../../src/core/policy/policy";

const policy = defaultPolicy(["hertfordshire.gov.uk"]);
const check = (body: string, extra: Record<string, unknown> = {}) =>
  checkMessage(MessageInputSchema.parse({ from: "sam.jones@hertfordshire.gov.uk", to: ["Tom Reed <t.reed@oakfield-academy.org.uk>"], body, ...extra }), { policy });

/** Case information about an identifiable person, with no safeguarding term in it (issue 10's misses). */
const CASE = [
  "Can you let me know if Kayden's contact with his father is still supervised?",
  "Mum says dad has been turning up at the school gate again and she is scared.",
  "Tyler (14) hasn't been home since Friday.",
  "Jaden's mum rang. She says he's been staying at his cousin's flat and won't come home.",
  "Harley weighed 5.21kg so he's creeping back up towards the 9th centile.",
  "Her carer says she's been very quiet since half term and isn't eating her lunch.",
  "R told his teacher that he doesn't want to go home.",
];

/** Ordinary work mail, full of safeguarding words, about nobody in particular. */
const ORDINARY = [
  "Places are left on the domestic abuse awareness training on 12 May.",
  "Thank you for your talk on child criminal exploitation and county lines last week.",
  "The draft guidance on neglect and children is out for consultation until Friday.",
  "We are recruiting a Designated Safeguarding Lead: the job description is attached.",
  "Sarah is on leave next week, so please contact Tom about the strategy group.",
  "The survey on how schools respond to self-harm is anonymous and takes ten minutes.",
  "Jake from your team kindly covered the session on Tuesday.",
];

describe("case content is information about an identifiable person", () => {
  it.each(CASE)("held: %s", (sentence) => {
    const r = check(`Hi Tom,\n\n${sentence}\n\nSam`);
    expect(r.verdict).toBe("review");
    expect(r.caseContent.length).toBeGreaterThan(0);
    expect(r.verdictSummary).toMatch(/^It is about '.+' \(.+\), and goes outside your organisation to t\.reed@oakfield-academy\.org\.uk\.$/);
  });

  it.each(ORDINARY)("passed: %s", (sentence) => {
    const r = check(`Hi Tom,\n\n${sentence}\n\nSam`);
    expect({ verdict: r.verdict, reasons: r.verdictReasons }).toEqual({ verdict: "pass", reasons: [] });
  });

  it("stays a pass inside the organisation, and says why in closeCalls", () => {
    const r = checkMessage(MessageInputSchema.parse({ from: "sam@hertfordshire.gov.uk", to: ["kim@hertfordshire.gov.uk"], body: CASE[0]! }), { policy });
    expect(r.verdict).toBe("pass");
    expect(r.closeCalls[0]).toMatch(/every recipient is inside your organisation/);
  });

  it("a pass that named someone says that nothing was said about their life", () => {
    const r = check("Hi Tom,\n\nSarah Patel said she can chair the meeting.\n\nSam");
    expect(r.verdict).toBe("pass");
    expect(r.closeCalls.join(" ")).toMatch(/names 'Sarah Patel', but says nothing about their life/);
  });

  it("case content only in the subject is held", () => {
    const r = check("Please see attached.", { subject: "Ruby Kemp DOB 03/04/2016 - updated safety plan" });
    expect(r.verdict).toBe("review");
    expect(r.subjectFindings.identifiers.map((i) => i.type)).toContain("date-of-birth");
  });

  it("a file named for a person or a case record is held; a blank template is not", () => {
    expect(check("See attached.", { attachments: [{ name: "Oliver T - EP consultation.docx" }] }).verdict).toBe("review");
    expect(check("See attached.", { attachments: [{ name: "CP minutes 12.03.docx" }] }).verdict).toBe("review");
    const record = check("See attached.", { attachments: [{ name: "referral.pdf" }] });
    expect(record.caseContent).toEqual([expect.objectContaining({ in: "attachment", attachment: 0, about: "a case record", said: "referral" })]);
    expect(check("See attached.", { attachments: [{ name: "MASH referral form - blank template.docx" }] }).verdict).toBe("pass");
  });

  it("a secure route is still another organisation, and the reason says so", () => {
    const r = checkMessage(MessageInputSchema.parse({ from: "sam@hertfordshire.gov.uk", to: ["dc.khan@herts.pnn.police.uk"], body: CASE[2]! }), { policy });
    expect(r.verdict).toBe("review");
    expect(r.verdictSummary).toContain("a secure route, but still another organisation");
  });

  it("an address shown under a different address is held, whatever the content", () => {
    const r = checkMessage(MessageInputSchema.parse({ from: "sam@hertfordshire.gov.uk", to: ['"kim.lee@hertfordshire.gov.uk" <kimlee1985@gmail.com>'], body: "Room 4 is booked." }), { policy });
    expect(r.verdict).toBe("review");
    expect(r.verdictReasons[0]).toMatch(/kimlee1985@gmail\.com is shown under the name "kim\.lee@hertfordshire\.gov\.uk"/);
  });

  it("writing to a parent's personal address, the greeting's name is the person the message is about", () => {
    const r = checkMessage(
      MessageInputSchema.parse({ from: "sam@hertfordshire.gov.uk", to: ["dad@yahoo.co.uk"], body: "Dear Mr Osei,\n\nThe court has made an interim care order and the children will remain in foster care.\n\nSam" }),
      { policy },
    );
    expect(r.verdict).toBe("review");
  });
});

describe("case content: weak references do not add up", () => {
  it("holds nothing for 'the young person' and 'the victim' in a volunteer advert", () => {
    const r = check("Panel members meet with the young person, their family and sometimes the victim, to agree a contract to repair the harm.");
    expect(r.verdict).toBe("pass");
  });

  it("holds a pronoun beside self-harm, which is always about someone", () => {
    expect(check("Hi,\n\nChloe has been self-harming and told her teacher she wants to die.").verdict).toBe("review");
  });
});

describe("case content: capitals in running text", () => {
  it("takes a capitalised word after a capitalised word as part of a name, not as what is said", () => {
    expect(check("A special thank you to Sheena Mould (Home-Start) for speaking at the forum about her work.").verdict).toBe("pass");
  });
  it("still reads a platform after a lower-case word as part of a child's life", () => {
    expect(check("Jayden told his friends they message on Snapchat every night.").verdict).toBe("review");
  });
});

describe("case content: a long body is decided before its end", () => {
  it("lists the first statements and says it stopped, with the verdict unchanged", () => {
    const r = check("Kayden said. she was scared. ".repeat(5000));
    expect(r.verdict).toBe("review");
    expect(r.peopleListsStopped).toBe(true);
    expect(r.caseContent.length).toBeLessThanOrEqual(400);
    expect(r.caseContent[0]?.person).toBe("Kayden");
  });

  it("lists everything in an ordinary case email, and says nothing of stopping", () => {
    const r = check("Kayden said he was scared. His mum said dad has been turning up at the school gate.");
    expect(r.peopleListsStopped).toBeUndefined();
    expect(r.caseContent.length).toBe(2);
  });
});

describe("case content: the name of a service is not what is said", () => {
  it("passes thanks for work on the Missing and Exploitation Hub", () => {
    expect(check("Many thanks to Paul for all his work with the partnership on the Missing and Exploitation Hub.").verdict).toBe("pass");
  });
});
