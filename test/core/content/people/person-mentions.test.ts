import { findPersonMentions, prepareText, type PersonContext } from "../../../../src/core/content/people/person-mentions";

const none: PersonContext = { professionalNames: new Set() };
/** The mentions in the whole of `text`. */
const found = (text: string, context: PersonContext = none) => findPersonMentions(text, { start: 0, end: text.length }, context);
const mentions = (text: string, context: PersonContext = none): string[] => found(text, context).map((m) => `${m.text}:${m.kind}:${m.weight}`);

describe("person mentions", () => {
  it.each([
    ["Can you tell me if Kayden's contact is still supervised?", ["Kayden's:name:2"]],
    ["Tyler (14) hasn't been home since Friday", ["Tyler:name:2"]],
    ["Jayden said he was hungry", ["Jayden:name:2", "he:pronoun:1"]],
    ["Mum says dad has been turning up again", ["Mum:relation:2", "dad:relation:2"]],
    ["I spoke to her dad this morning", ["her dad:relation:2"]],
    ["Mr Kemp was at the house", ["Mr Kemp:title-name:2"]],
    ["R said the man hit her", ["R:initials:2", "the man:reference:1", "her:pronoun:1"]],
    ["J.B. was seen at the station", ["J.B.:initials:2"]],
    ["She is a 4-year-old girl", ["She:pronoun:1", "4-year-old:age:2"]],
    ["He is aged 6 and lives with his nan", ["He:pronoun:1", "his nan:relation:2", "aged 6:age:2"]],
    ["The child was seen on Monday", ["The child:reference:1"]],
  ])("%s", (text, expected) => {
    expect(mentions(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ["Dr Patel will chair the meeting"],
    ["PC Jones has the crime number"],
    ["Thanks to Sarah Jones, Team Manager, for arranging this"],
    ["Priya from the MASH has the details"],
    ["Domestic Violence Disclosure Scheme (Clare's Law) update"],
    ["Training is on Friday in Stevenage"],
    ["Please share with parents and carers of children aged 7 to 11"],
    ["The MASH and CAMHS teams meet on Tuesday"],
    ["We met at Oakfield Primary School"],
    ["My son is off sick so I am working from home"],
  ])("names nobody the message is about: %s", (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it("leaves out the professionals it was told about: the sender, recipients, greeting", () => {
    expect(mentions("Sarah said the room is booked", { professionalNames: new Set(["sarah"]) })).toEqual([]);
    expect(mentions("Sarah said the room is booked")).toEqual(["Sarah:name:2"]);
  });

  it("in a Title Case subject, a capitalised word is a name only when something else says so", () => {
    const title: PersonContext = { professionalNames: new Set(), titleCase: true };
    expect(mentions("Domestic Abuse Awareness Training - Places Left", title)).toEqual([]);
    expect(mentions("Strategy Meeting - Smith Family", title)).toEqual(["Smith:name:2"]);
    expect(mentions("Kai Walters (15) - missing since 21:40", title)).toEqual(["Kai Walters:name:2"]);
    expect(mentions("Safety plan - O Kemp", title)).toEqual(["O Kemp:initials:2"]);
  });
});

describe("person mentions: a person as the object of a visit", () => {
  it.each([
    ["I visited Chloe at home on Monday", ["Chloe:name:2"]],
    ["I spoke to Jayden in the library", ["Jayden:name:2"]],
    ["Please ask Jo at Oakfield for the forms", []],
  ])("%s", (text, expected) => {
    expect(findPersonMentions(text, { start: 0, end: text.length }, { professionalNames: new Set() }).map((m) => `${m.text}:${m.kind}:${m.weight}`)).toEqual(expected);
  });
});

describe("person mentions: names told by what stands around them", () => {
  it.each([
    ["Reece is 12 and lives with foster carers in Maesteg.", ["Reece:name:2"]],
    ["Reece gave me a false name at first.", ["Reece:name:2"]],
    ["Heads up - the two Marsh brothers (Connor and Reece I think) were at the bus station", ["Marsh:name:2", "Connor:name:2", "Reece:name:2"]],
    ["hi bev just spoke to school they said k was really upset again", ["k:initials:2"]],
    ["If Alfie is still poorly on Friday let me know", ["Alfie:name:2"]],
  ])("%s", (text, expected) => {
    expect(mentions(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    // A capitalised phrase of a thing, after a relation word or joined by "of".
    ["Child Sexual Exploitation: recognising grooming online"],
    ["From 1 May the CAMHS Single Point of Access will change how it screens referrals."],
    ["The National Child Measurement Programme checks are next week"],
    ["applications under the Child Arrangements Programme"],
    // A class on a timetable, not a baby.
    ["Tue 10.00-11.30  Baby Massage with Gill"],
    // A letter labelling a paper, a count after a code, an age range.
    ["Plan B is fine"],
    ["The rise in Q3 is mostly in October"],
    ["the rise is mostly in 13-15 year old girls"],
  ])("names nobody: %s", (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it("keeps a lower-case initial apart from a letter in a list or a texted 'u'", () => {
    expect(mentions("u was right")).toEqual([]);
    expect(mentions("a is fine")).toEqual([]);
  });

  it("reads a subject for the person its identifier or its pronoun points at", () => {
    const title: PersonContext = { professionalNames: new Set(), titleCase: true };
    expect(mentions("DOB for Amelia Rhodes?", title)).toEqual(["Amelia Rhodes:name:2"]);
    expect(mentions("Marcus - worried about him", title)).toEqual(["Marcus:name:2", "him:pronoun:1"]);
    expect(mentions("Home visit notes - the Hallorans", title)).toEqual(["the Hallorans:name:2"]);
    expect(mentions("RE: Harley Dunn - HV visits", title)).toEqual(["Harley Dunn:name:2"]);
    expect(mentions("Paper B - Was Not Brought policy DRAFT", title)).toEqual([]);
    expect(mentions("Safety plan - O Kemp", title)).toEqual(["O Kemp:initials:2"]);
  });

  it("marks a name known only by 'will' or 'can' as loose, and a name beside a life as not", () => {
    expect(found("I'm on leave, but Jackie will come in my place.")[0]).toMatchObject({ text: "Jackie", loose: true });
    expect(found("Then Kayden said he was scared.")[0]?.loose).toBeUndefined();
  });

  it("takes 'you' as the person greeted at a personal address, and only then", () => {
    expect(mentions("Don't forget your appointment at the job centre", { professionalNames: new Set(), addressee: true })).toEqual(["your:pronoun:1"]);
    expect(mentions("Don't forget your appointment at the job centre")).toEqual([]);
  });
});

describe("person mentions: things that look like people", () => {
  it.each([
    ["A. Intra-familial child sexual abuse"],
    ["• Agency reports must be submitted 3 working days before an ICPC"],
    ["• Provide reports to the Youth Court"],
    ["the mapping exercise with the fictional Jones family"],
    ["a room for the Wednesday baby clinic"],
    ["the impact on Gypsy, Roma and Traveller children"],
  ])("names nobody: %s", (text) => {
    expect(mentions(text).filter((m) => !m.endsWith(":1"))).toEqual([]);
  });

  it.each([
    ["Update on Bubbles (our young person at Willowbank, Chorley).", ["Bubbles:name:2"]],
    ["R. said she was scared", ["R.:initials:2", "she:pronoun:1"]],
  ])("still names: %s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it("says what a relation or an age tells of a life by itself", () => {
    const tells = (text: string) => found(text, none).map((m) => `${m.text}:${m.tells ?? "-"}`);
    expect(tells("I spoke to her mum")).toEqual(["her mum:family relationships"]);
    expect(tells("Who collected Leah Carter (7) on Monday?")).toEqual(["Leah Carter:age"]);
    expect(tells("Mum rang this morning")).toEqual(["Mum:family relationships"]);
    expect(tells("a note for Mum and toddlers")).toEqual([]);
    expect(tells("their partner agencies")).toEqual([]);
  });
});

describe("person mentions: a double first name, a file's initial, someone told", () => {
  it.each([
    ["Lilly-Rose has asked if she can chair part of it", ["Lilly-Rose:name:2", "she:pronoun:1"]],
    ["Please don't say anything to Amelia yet.", ["Amelia:name:2"]],
    ["Office hours Mon-Fri 9-5", []],
    ["Hannah Yeo, Deputy MASH Manager, will cover", []],
  ])("%s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it("takes 'A' as a surname's initial in a file name, not in a sentence", () => {
    const title: PersonContext = { professionalNames: new Set(), titleCase: true };
    expect(mentions("EP report - Mohammed A - Y5", title)).toEqual(["Mohammed A:name:2"]);
    expect(mentions("Oliver I think was there")).toEqual([]);
  });
});

describe("person mentions: described people, updates and proceedings", () => {
  it.each([
    ["Re: the woman in room 4 at Elm House", ["the woman:reference:2"]],
    ["the woman at the meeting", ["the woman:reference:1"]],
    ["Weekly update on Jess:", ["Jess:name:2"]],
    ["proceedings concerning Oliver and Grace Hughes", ["Oliver:name:2", "Grace Hughes:name:2"]],
    ["the Leighton Buzzard family hub team", []],
    ["While children wait, the website remains available", []],
  ])("%s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it("tells a family only of one family: 'their mum' yes, 'parents … and their children' no", () => {
    const tells = (text: string) => found(text, none).map((m) => m.tells ?? "-");
    expect(tells("supporting parents in treatment and their children")).toEqual(["-"]);
    expect(tells("parents should tell us about their child's asthma")).toEqual(["-"]);
    expect(tells("the boys and their mum")).toEqual(["family relationships"]);
  });

  it("reads a full date after a name in a subject as a date of birth", () => {
    const title: PersonContext = { professionalNames: new Set(), titleCase: true };
    const found = findPersonMentions("RE: Tayla-Mae Doherty 14/02/2013 - contact this weekend", { start: 0, end: 55 }, title);
    expect(found.map((m) => `${m.text}:${m.tells ?? "-"}`)).toEqual(["Tayla-Mae Doherty:age"]);
  });
});

describe("person mentions: initials in file names", () => {
  const title: PersonContext = { professionalNames: new Set(), titleCase: true };
  it.each([
    ["Outcome letter - A Goddard", ["A Goddard:initials:2"]],
    ["Clinic letter - E. Baptiste 14.02", ["E. Baptiste:initials:2"]],
    ["A Day To Remember", []],
  ])("%s", (text, expected) => {
    expect(mentions(text, title)).toEqual(expected);
  });
});

describe("person mentions: ages, homes and year groups", () => {
  const tells = (text: string, context: PersonContext = none) =>
    found(text, context).map((m) => `${m.text}:${m.kind}:${m.tells ?? "-"}`);
  it.each([
    ["the neighbour rang about shouting and the boy (7) was seen outside", ["the boy:reference:age"]],
    ["Back at Nan's from tonight.", ["Nan's:relation:where they live"]],
    ["the joint visit to Kyle Dunn's address on Thursday", ["Kyle Dunn's:name:where they live"]],
    ["attendance for Harley and Skye Bennett (Year 3 and Year 5), plus", ["Harley:name:-", "Skye Bennett:name:age"]],
    ["If you're struggling with attendance, please talk to Mr Lowe", []],
    ["I spoke to Mr Kemp about the visit", ["Mr Kemp:title-name:-"]],
  ])("%s", (text, expected) => {
    expect(tells(text)).toEqual(expected);
  });

  it("reads a first name and a year group in a subject as a pupil, not a class", () => {
    const title: PersonContext = { professionalNames: new Set(), titleCase: true };
    expect(mentions("Ethan Ward Y6 - young carer assessment", title)).toEqual(["Ethan Ward:name:2"]);
    expect(mentions("Maths Group Y6 results", title)).toEqual([]);
  });
});

describe("person mentions: colleagues, case studies and the people greeted", () => {
  it.each([
    ["where to go if you are worried: our DSL team (me, Mrs Okoro and Mr Blake), the NSPCC", []],
    ["Welcome to our new LADO, Paul Gregson, who starts Monday", []],
    ["Paul Gregson has joined the Kent LADO team from Medway", []],
    ['"Jordan" is an entirely made-up training scenario (13, going missing)', []],
    ["cover Maidstone, Swale and Ashford, and Kemi Adeola will continue", ["Kemi Adeola:name:2"]],
    ["he's 9.2kg now, right on his line", ["he's:pronoun:1", "his:pronoun:1"]],
  ])("%s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it("takes 'your mum' as a family relation of the person greeted, not 'your child' in a newsletter", () => {
    const greeted: PersonContext = { professionalNames: new Set(), addressee: true };
    const tells = (text: string) => found(text, greeted).filter((m) => m.tells).map((m) => m.text);
    expect(tells("Bring your mum or your nan with you")).toEqual(["your mum", "your nan"]);
    expect(tells("if your child is anxious about school")).toEqual([]);
  });
});

describe("person mentions: a session with a child, a family by its surname", () => {
  it.each([
    ["Had my session with Kai yesterday.", ["Kai:name:2"]],
    ["leading on Operation Encompass, children missing education", []],
    ["the Smith children are at school", ["Smith:name:2"]],
  ])("%s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe("person mentions: questions and vague ages", () => {
  it.each([
    ["Is Dad still living at the address? Ta", ["Dad:relation:2"]],
    ["where a 15 or 16 year old is sofa surfing", []],
    ["2 kids in the house (approx 3 and 6 yrs)", ["6 yrs:age:2"]],
  ])("%s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe("person mentions: initials with an age, a family counted, a call", () => {
  const tells = (text: string) => found(text, none).map((m) => `${m.text}:${m.kind}:${m.tells ?? "-"}`);
  it.each([
    ["J.B., 14 months, attended ED at 23:40", ["J.B.:initials:age"]],
    ["I'm supporting Ms Kowalski and her three children", ["Ms Kowalski:title-name:-", "her:pronoun:-", "her three children:relation:family relationships"]],
    ["Just come off the phone with Jade.", ["Jade:name:-"]],
    ["Can you confirm this young person's attendance?", ["this young person's:reference:-"]],
  ])("%s", (text, expected) => {
    expect(tells(text)).toEqual(expected);
  });
});

describe("person mentions: ages read window by window", () => {
  it("finds the same ages whether the text is read at once or window by window", () => {
    const text = "Tyler is 14. Nothing here. She's 15 and he is aged 6. Mia, a 4-year-old, was seen. He's 9.2kg now.";
    const whole = found(text, none).filter((m) => m.kind === "age").map((m) => m.text);
    const prepared = prepareText(text);
    const parts: string[] = [];
    for (const w of [{ start: 0, end: 12 }, { start: 13, end: 26 }, { start: 27, end: 53 }, { start: 54, end: 82 }, { start: 83, end: text.length }]) {
      for (const m of findPersonMentions(text, w, none, prepared)) if (m.kind === "age") parts.push(m.text);
    }
    expect(parts).toEqual(whole);
    expect(whole).toEqual(["She's 15", "aged 6", "4-year-old"]);
  });
});
