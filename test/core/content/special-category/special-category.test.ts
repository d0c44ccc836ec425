import { findSpecialCategory, SPECIAL_CATEGORY_PHRASES } from "../../../../src/core/content/special-category";
import { NO_REGIONS } from "../../../../src/core/content/identifiers";
import type { SpecialCategory } from "../../../../src/core/check/result";

/** "category:text" for every cue in `body`. */
function cues(body: string): string[] {
  return findSpecialCategory(body, NO_REGIONS).map((c) => `${c.category}:${c.text}`);
}

describe("special category cues", () => {
  const positives: Array<[string, SpecialCategory, string]> = [
    // health
    ["He was diagnosed last year.", "health", "diagnosed"],
    ["Referred to CAMHS in May.", "health", "CAMHS"],
    ["She has a history of self-harm.", "health", "self-harm"],
    ["She has a history of self harm.", "health", "self harm"],
    ["Mum is pregnant again.", "health", "pregnant"],
    ["Dad's mental health has deteriorated.", "health", "mental health"],
    ["He takes sertraline daily.", "health", "sertraline"],
    ["Her GP has been informed.", "health", "GP"],
    ["He attended A&E on Friday.", "health", "A&E"],
    ["She was admitted to hospital overnight.", "health", "admitted to hospital"],
    ["Tom has a diagnosis of ADHD.", "health", "diagnosis"],
    ["He is autistic.", "health", "autistic"],
    ["She has a learning disability.", "health", "learning disability"],
    ["Mum misuses alcohol; alcohol dependency noted.", "health", "alcohol dependency"],
    ["He has type 1 diabetes.", "health", "diabetes"],
    ["She has epilepsy.", "health", "epilepsy"],
    ["Baby has Down's syndrome.", "health", "Down's syndrome"],
    ["Baby has Down’s syndrome.", "health", "Down’s syndrome"],
    ["His medication was changed.", "health", "medication"],
    ["She expressed suicidal thoughts.", "health", "suicidal"],
    ["The health visitor called.", "health", "health visitor"],
    ["He is on the waiting list for speech and language therapy.", "health", "speech and language therapy"],
    ["She uses a wheelchair.", "health", "wheelchair"],
    ["She is HIV positive.", "health", "HIV"],
    // ethnicity
    ["Family are White British.", "ethnicity", "White British"],
    ["Dad is Black Caribbean.", "ethnicity", "Black Caribbean"],
    ["The children are of mixed heritage.", "ethnicity", "mixed heritage"],
    ["An Irish Traveller family.", "ethnicity", "Irish Traveller"],
    ["Recorded ethnicity: not stated.", "ethnicity", "ethnicity"],
    ["He reported racist abuse at school.", "ethnicity", "racist"],
    ["She is of Pakistani heritage.", "ethnicity", "Pakistani heritage"],
    ["Gypsy, Roma and Traveller liaison.", "ethnicity", "Gypsy"],
    // religion
    ["The family are Muslim.", "religion", "Muslim"],
    ["He attends the mosque on Fridays.", "religion", "mosque"],
    ["They are Jehovah's Witnesses.", "religion", "Jehovah's Witnesses"],
    ["She fasts during Ramadan.", "religion", "Ramadan"],
    ["Mum is a practising Catholic.", "religion", "Catholic"],
    ["The family attend church every week, she said they attends church.", "religion", "attends church"],
    ["Concerns about belief in witchcraft.", "religion", "belief in witchcraft"],
    ["The family are Sikh.", "religion", "Sikh"],
    ["Dad is Jewish.", "religion", "Jewish"],
    // sex life / orientation / gender identity
    ["He told me he is gay.", "sex-life", "gay"],
    ["Her mums are a lesbian couple.", "sex-life", "lesbian"],
    ["She is sexually active.", "sex-life", "sexually active"],
    ["Concerns about sexting.", "sex-life", "sexting"],
    ["Alex is transgender.", "sex-life", "transgender"],
    ["Sam identifies as non-binary.", "sex-life", "non-binary"],
    ["He has questions about his sexuality.", "sex-life", "sexuality"],
    ["They are in a sexual relationship.", "sex-life", "sexual relationship"],
    ["She came out as bisexual.", "sex-life", "came out as"],
    // criminal allegations
    ["Dad was arrested on Friday.", "criminal-allegation", "arrested"],
    ["He was charged with assault.", "criminal-allegation", "charged with"],
    ["He has previous convictions for violence.", "criminal-allegation", "previous convictions"],
    ["He received a police caution.", "criminal-allegation", "police caution"],
    ["He is on bail until June.", "criminal-allegation", "on bail"],
    ["Alleged assault on his partner.", "criminal-allegation", "Alleged assault"],
    ["He was convicted in 2019.", "criminal-allegation", "convicted"],
    ["A sexual offence is alleged.", "criminal-allegation", "sexual offence"],
    ["Released under investigation.", "criminal-allegation", "Released under investigation"],
    ["He is a registered sex offender.", "criminal-allegation", "registered sex offender"],
    ["He served time in prison.", "criminal-allegation", "prison"],
    ["Concerns about county lines.", "criminal-allegation", "county lines"],
    ["He was found in possession of cannabis.", "criminal-allegation", "possession of cannabis"],
    ["She was sexually assaulted.", "criminal-allegation", "sexually assaulted"],
    ["He is known to the YOT.", "criminal-allegation", "YOT"],
    // political, union, genetic/biometric
    ["Concerns about extremist views.", "political-opinion", "extremist views"],
    ["He is a Labour Party member.", "political-opinion", "Labour Party"],
    ["She is a trade union rep.", "trade-union", "trade union"],
    ["He is a union member.", "trade-union", "union member"],
    ["A DNA test was ordered.", "genetic-biometric", "DNA test"],
    ["Fingerprints were taken.", "genetic-biometric", "Fingerprints"],
  ];
  it.each(positives)("%s -> %s", (body, category, text) => {
    expect(cues(body)).toContain(`${category}:${text}`);
  });

  const negatives: Array<[string, string]> = [
    ["a surname", "Mr White will chair the meeting."],
    ["a colour", "She wore a black coat and white trainers."],
    ["a seasonal greeting", "Merry Christmas and a happy Easter to the team!"],
    ["charging a phone", "I charged the phone overnight."],
    ["being charged a fee", "We were charged for the room."],
    ["a caution in prose", "Please proceed with caution."],
    ["a church hall venue", "The training is in the church hall."],
    ["good faith", "Shared in good faith."],
    ["a race", "The sack race is on sports day."],
    ["custody of a file", "The file is in the records room."],
    ["an ordinary meeting", "Can we move Tuesday's meeting to 3pm?"],
    ["an invoice", "Please find the invoice attached."],
    ["cancelled training", "The training on Friday is cancelled."],
    ["a deadline", "We hit the deadline and the results came out well."],
    ["a possession", "The office is in possession of the keys."],
    ["an operation", "The operation of the service continues."],
    ["a data breach", "Report any breach of confidentiality."],
    ["a sentence", "This sentence is too long."],
    ["a suspicion", "I suspect the printer is broken."],
    ["heritage", "The heritage open day is on Saturday."],
    ["a temple", "We visited Temple Meads station."],
    ["a ward", "The electoral ward boundary changed."],
    ["a blind", "Please close the blind."],
    ["a union of sets", "The union of the two lists."],
    ["a tag", "I tagged you in the document."],
    ["a colleague's leave", "Jo is on maternity leave until March; please contact Priya instead."],
    ["a greeting to everyone", "Happy Eid to everyone celebrating this week!"],
    ["building access", "The meeting room is wheelchair accessible and has a hearing loop."],
    ["a workplace course", "Two places are left on the mental health first aid course."],
    ["a policy named as a subject", "Here is our self-harm policy template for schools."],
    ["training named as a subject", "The autism awareness training is on Monday."],
  ];
  it.each(negatives)("nothing for %s", (_why, body) => {
    expect(cues(body)).toEqual([]);
  });

  it("returns offsets into the body and marks quoted findings", () => {
    const body = "Dad was arrested.\n> She is pregnant.\n-- \nDr Jo Smith, GP";
    const q = body.indexOf(">");
    const sig = body.indexOf("-- ");
    const found = findSpecialCategory(body, { quoted: [{ start: q, end: sig }], excluded: [{ start: sig, end: body.length }] });
    expect(found.map((f) => [f.category, f.text, f.quoted])).toEqual([
      ["criminal-allegation", "arrested", false],
      ["health", "pregnant", true],
    ]);
    for (const f of found) expect(body.slice(f.start, f.end)).toBe(f.text);
  });

  it("prefers the longest phrase", () => {
    expect(cues("He was admitted to hospital.")).toEqual(["health:admitted to hospital"]);
    expect(cues("a registered sex offender")).toEqual(["criminal-allegation:registered sex offender"]);
  });

  it("matches phrases across a line break or hyphen, not across punctuation", () => {
    expect(cues("mental\nhealth")).toEqual(["health:mental\nhealth"]);
    expect(cues("self-harm")).toEqual(["health:self-harm"]);
    expect(cues("charged. With")).toEqual([]);
  });

  it("is case-insensitive except for acronym-only entries", () => {
    expect(cues("MUSLIM")).toEqual(["religion:MUSLIM"]);
    expect(cues("her GP")).toEqual(["health:GP"]);
    expect(cues("the YOT")).toEqual(["criminal-allegation:YOT"]);
    expect(cues("the yot")).toEqual([]);
  });

  it("has a phrase list for every category", () => {
    const categories = new Set(SPECIAL_CATEGORY_PHRASES.map(([, c]) => c));
    expect([...categories].sort()).toEqual([
      "criminal-allegation",
      "ethnicity",
      "genetic-biometric",
      "health",
      "political-opinion",
      "religion",
      "sex-life",
      "trade-union",
    ]);
  });

  it.each([
    ["digits", "7".repeat(1_000_000)],
    ["lone surrogates", "\ud800\udc00\udc00\ud800".repeat(100_000)],
    ["hyphen chains", "self-".repeat(200_000)],
    ["apostrophes", "a'b'c'".repeat(150_000)],
    ["one huge word", "a".repeat(1_000_000)],
  ])("survives hostile input: %s", (_name, body) => {
    expect(() => findSpecialCategory(body, NO_REGIONS)).not.toThrow();
  });
});
