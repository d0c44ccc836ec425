import { gateCheck, type GateEmail } from "../../check/gate-corpus";

/** One email as the gate corpus writes them (the sender's domain is the organisation's own). */
const email = (over: Partial<GateEmail>): GateEmail => ({
  id: "t",
  role: "test",
  from: "Nadia Fox <nadia.fox@bristol.gov.uk>",
  to: [],
  cc: [],
  subject: "",
  body: "",
  attachments: [],
  label: "pass",
  reason: "",
  ...over,
});

describe("message people: what a message says to the member of the public it greets", () => {
  const toCareLeaver = (body: string, to = ["jordan.ellis2005@outlook.com"]) =>
    gateCheck(email({ to, subject: "Good news re the flat", body: `Hi Jordan,\n\n${body}\n\nNadia` }));

  it("holds their own life sent to their personal address: it is about them", () => {
    const r = toCareLeaver("I've chased the council tax exemption and sent them a copy of your leaving care letter.");
    expect(r.verdict).toBe("review");
    expect(r.verdictSummary).toMatch(/Jordan/);
  });

  it("passes logistics to them, and a note to several people at once", () => {
    expect(toCareLeaver("Can you call me back when you're free?").verdict).toBe("pass");
    expect(toCareLeaver("You won't be asked to help with toileting on the trip.", ["a@gmail.com", "b@outlook.com"]).verdict).toBe("pass");
  });
});

describe("message people: files", () => {
  const withFile = (name: string) =>
    gateCheck(email({ to: ["partner@luton.gov.uk"], subject: "Documents", body: "Please see attached.", attachments: [{ name }] }));

  it.each(["Child in Need plan - Harper.pdf", "CIN plan.docx", "Home visit notes.docx"])("holds a case record: %s", (name) => {
    expect(withFile(name).verdict).toBe("review");
  });

  it.each(["MARAC referral form (SafeLives) 2025.docx", "Ashcroft Lodge statement of purpose 2025.pdf", "Paper B - Was Not Brought policy DRAFT.docx", "What's changed - CAMHS referrals.pdf"])(
    "passes a blank form or a published paper: %s",
    (name) => {
      expect(withFile(name).verdict).toBe("pass");
    },
  );
});

describe("message people: a local authority's schools network address", () => {
  it("is an outside organisation, not an invalid address", () => {
    const r = gateCheck(email({ to: ["dsl-network@essex.sch.uk"], subject: "Network meeting", body: "The next DSL network meeting is on 3 March." }));
    expect(r.verdict).toBe("pass");
  });
});

describe("message people: whom 'she' is", () => {
  it("takes the person named last before the sentence, not the first one named", () => {
    const r = gateCheck(
      email({
        to: ["Jo Kettering <jokettering71@gmail.com>"],
        subject: "Saturday",
        body: "Hi Jo,\n\nMum rang and has cancelled Saturday again, she said she's not well.\nPlease don't say anything to Amelia yet. Her social worker wants to tell her herself on Friday.\n\nSam",
      }),
    );
    expect(r.caseContent.map((f) => f.person)).toEqual(["Mum", "Amelia"]);
  });
});

describe("message people: a household by its address, a parent's own health", () => {
  it("holds a household named by its address in the subject, described only as 'the tenant' and 'the children'", () => {
    const r = gateCheck(
      email({
        to: ["cs.duty@merton.gov.uk"],
        subject: "Flat 4, 22 Larch Road SW19",
        body: "Hello,\n\nThe tenant has rent arrears and the children have been sleeping on the sofa since March.\n\nRichard",
      }),
    );
    expect(r.verdict).toBe("review");
  });

  it("holds a referral of the parent greeted at her own address to a mental health team", () => {
    const r = gateCheck(
      email({ to: ["chloe.sanders94@gmail.com"], subject: "Following our visit", body: "Hi Chloe,\n\nI've referred you to the perinatal mental health team.\n\nPriya" }),
    );
    expect(r.verdict).toBe("review");
  });
});

describe("message people: a case reference in the subject", () => {
  it("makes 'this young person' the case's", () => {
    const r = gateCheck(
      email({ to: ["attendance@longmoor-academy.org.uk"], subject: "LCS ref 2218734", body: "Hi,\n\nCan you confirm this young person's attendance for the autumn term so far?\n\nAdele" }),
    );
    expect(r.verdict).toBe("review");
  });
  it("leaves the same question without a reference to pass", () => {
    const r = gateCheck(email({ to: ["attendance@longmoor-academy.org.uk"], subject: "Attendance", body: "Hi,\n\nCan you confirm this young person's attendance for the autumn term so far?\n\nAdele" }));
    expect(r.verdict).toBe("pass");
  });
});

describe("message people: a person known by where they stand, not by a name list", () => {
  const toCouncil = (subject: string, body: string) => gateCheck(email({ to: ["duty.team@hertfordshire.gov.uk"], from: "g.simms@willowdene.co.uk", subject, body }));

  it.each([
    ["Last night", "Staff had been texting Lilly-Mae from 22:00 (her curfew)."],
    ["Update", "Just letting you know Lilly-Mae was late back again last night."],
    ["Deon not back", "Some extra details for the officer:\n\nDeon (16) was due back at 16:30 and hasn't come home."],
    ["Transport change", "Just a heads up that the young person at our Ashwell Road placement in your Year 10 is moving to a semi-independent placement next Friday."],
    ["Re: 2291847 - rescheduled", "The initial conference for 2291847 has had to move to Thursday."],
    ["Jordan - Saturday night", "Jordan got back at 3am on Sunday. He wouldn't say where he'd been."],
    ["Quick query", "Could you let me know whether Jayden in Year 9 (lives on Broadwater Crescent) was in school on Tuesday?"],
    ["ED attendance notification - ref ED24/118392", "Age: 7 months\nAttended: 12/11/2024 21:40, brought by father\nPresenting complaint: bump to head"],
    ["Your ref C24/00871 - police check", "There are three previous domestic incidents recorded at the family address since 2022; the children were present on two."],
  ])("holds %s: %s", (subject, body) => {
    expect(toCouncil(subject, body).verdict).toBe("review");
  });

  it.each([
    ["Thanks - neglect working group", "Actions:\n- Anne-Marie to check whether 0-19 can add GCP2 to the 2-year review\n- Priya to circulate the minutes"],
    ["Room booking", "The room is free from 22:00, and the key is with Jordan at reception."],
    ["Training", "Children aged 7 to 11 living in temporary accommodation are the focus of the session."],
  ])("passes %s: %s", (subject, body) => {
    expect(toCouncil(subject, body).verdict).toBe("pass");
  });
});

describe("message people: training case studies and colleagues", () => {
  const toCarers = (subject: string, body: string, attachments: { name: string }[] = []) =>
    gateCheck(email({ to: ["carer.one@gmail.com", "carer.two@icloud.com"], subject, body, attachments }));

  it.each([
    ["Pre-course reading", "Please read the case study below.\n\n*** FICTIONAL CASE STUDY - created for training purposes only. ***\n\nThe Carter family: Kai (9) lives with his mum Tasha (27) in a two-bed flat and is often hungry."],
    ["Workshop", "In the scenario, Jaden (12) tells a teacher that his foster carer grabbed his arm.", [{ name: "Case study - FICTIONAL - Sam and Louise.docx" }]],
    ["Volunteer refresher", "If a young person tells you something worrying, write it down and tell Danny or me the same night."],
    ["Places left", "Also places left: Harmful Sexual Behaviour (10 Dec), Working with Fathers (15 Jan)."],
    ["Thank you", "Special thanks to DS Clare Whitlock for her talk on coercive control and stalking."],
    ["Kinship Circle - May meet-ups and SGO allowances talk", "Dates for May are below."],
    ["Consultation: draft strategy", "Please see the draft strategy attached.", [{ name: "Needs assessment summary.pdf" }, { name: "LADO mid-year report 2024-25.pdf" }]],
    ["Consultation: draft neglect strategy", "Comments by 28 March, please.", [{ name: "Consultation response template.docx" }]],
    ["Vacancy: LADO 0.6 FTE", "Job description attached.", [{ name: "JD PS - LADO 0.6 FTE.pdf" }]],
    ["Re: Thursday", "Yes she's fine with the room, next appt slot is the 3rd."],
    ["Venue: Flat 2 Court House - training", "The session on parental conflict is on the first floor."],
    ["Operation Encompass briefings", "Operation Encompass is the scheme under which the police tell a school's key adult that a child has been exposed to a domestic abuse incident."],
    ["Think Family newsletter", "A GP told us (details changed): \"It turned out she was caring for two young children on her own while her partner was in prison.\""],
  ] as [string, string, { name: string }[]?][])("passes %s", (subject, body, attachments = []) => {
    expect(toCarers(subject, body, attachments).verdict).toBe("pass");
  });

  it.each([
    ["Made it up", "Kai (9) says his mum's partner made up the story about the bruise on his arm."],
    ["Hosp no K448210 - skeletal survey & CT report", "Please see attached."],
    ["Medication query", "Our young person M (15) was discharged from the ward on sertraline and is refusing the evening dose."],
    ["uniform and that", "The twins have both gone up two sizes and I cant stretch to it this month. Jade rang me asking for money again."],
    ["Notes", "As discussed.", [{ name: "Strategy meeting notes - T.docx" }]],
    ["Ellie-Mae", "See attached. Can we talk on Thursday?", [{ name: "Ellie-Mae growth chart and weight concerns.pdf" }]],
    ["14 Orchard Close - the baby", "The baby at 14 Orchard Close has now missed the 8 week check with you and the first imms twice. No one answers the door."],
    ["Re: Lily-Mae", "Yes she's still open to us, next appt is the 3rd.\n\n> Is Lily-Mae still being seen by you?"],
    ["Flat 7 Marlow House - kids' bedroom ceiling came down last night, family all in one room", "Photos attached.", [{ name: "IMG_2231.jpg" }]],
    ["Quick question", "Could you tell me whether Jayden Cole in Year 9 was in school on Thursday afternoon? His name has come up."],
  ] as [string, string, { name: string }[]?][])("holds %s", (subject, body, attachments = []) => {
    expect(toCarers(subject, body, attachments).verdict).toBe("review");
  });
});

describe("message people: whom a finding names", () => {
  it("names the person, not the possessive it was written in ('Lily's appointment' is about Lily)", () => {
    const r = gateCheck(email({ to: ["hv.north@nhs.net"], subject: "Friday", body: "Hi,\n\nLily's first appointment is on Friday at 10:00; Mum will bring her.\n\nNadia" }));
    expect(r.verdict).toBe("review");
    expect(r.verdictSummary).toContain("about 'Lily'");
    expect(r.verdictSummary).not.toContain("Lily's'");
  });
});
