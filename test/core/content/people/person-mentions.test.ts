import { findPersonMentions, type PersonContext } from "../../../../src/core/content/people/person-mentions";

const none: PersonContext = { professionalNames: new Set() };
const mentions = (text: string, context: PersonContext = none): string[] =>
  findPersonMentions(text, { start: 0, end: text.length }, context).map((m) => `${m.text}:${m.kind}:${m.weight}`);

describe("person mentions", () => {
  it.each([
    ["Can you tell me if Kayden's contact is still supervised?", ["Kayden's:name:2"]],
    ["Tyler (14) hasn't been home since Friday", ["Tyler:name:2"]],
    ["Jayden said he was hungry", ["Jayden:name:2", "he:pronoun:1"]],
    ["Mum says dad has been turning up again", ["Mum:relation:2", "dad:relation:2"]],
    ["I spoke to her dad this morning", ["her dad:relation:2"]],
    ["Mr Kemp was at the house", ["Mr Kemp:title-name:2"]],
    ["R said the man hit her", ["R:initials:2", "her:pronoun:1"]],
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
