import { couldBe, findGreeting, greetingNames, recipientIdentity, sameName } from "../../../src/core/recipients";

describe("greetingNames: the people a greeting names", () => {
  it.each([
    ["Dear Sarah,\n\nPlease find attached", ["Sarah"]],
    ["Dear Sarah\nThanks", ["Sarah"]],
    ["Hi Sarah,", ["Sarah"]],
    ["Hi Sarah, thanks for your call", ["Sarah"]],
    ["Hi Sarah thanks for your call", ["Sarah"]],
    ["Hello Dr Patel", ["Dr Patel"]],
    ["Hello Dr. Patel,", ["Dr Patel"]],
    ["Morning Tom", ["Tom"]],
    ["Good morning Tom and Sarah,", ["Tom", "Sarah"]],
    ["Good afternoon Tom & Sarah", ["Tom", "Sarah"]],
    ["Hi Tom, Sarah,", ["Tom", "Sarah"]],
    ["Dear Mr and Mrs Smith", ["Mrs Smith"]],
    ["Dear Sarah Jones,", ["Sarah Jones"]],
    ["Dear Ms O'Brien", ["Ms O'Brien"]],
    ["Hi Anne-Marie", ["Anne-Marie"]],
    ["Hiya Zoë!", ["Zoë"]],
    ["Hey Jo.", ["Jo"]],
    ["  \n\n  Dear Sarah,", ["Sarah"]],
    ["DEAR Sarah", ["Sarah"]],
    ["Dear Sarah and team", ["Sarah"]],
    ["Hi DC Smith", ["DC Smith"]],
    ["Evening Sgt Brown", ["Sgt Brown"]],
    ["Hello, Sarah", ["Sarah"]],
    ["Dear Sarah. I am writing", ["Sarah"]],
    ["Hi Sarah, Tom and I met yesterday", ["Sarah", "Tom"]],
    ["Dear J Smith", ["J Smith"]],
    ["Hello Sarah - quick question", ["Sarah"]],
  ])("%j", (body, names) => {
    expect(greetingNames(body)).toEqual(names);
  });

  it.each([
    "Dear all,",
    "Hi all",
    "Hi team",
    "Hi Team,",
    "Dear Sir/Madam",
    "Dear Sir or Madam",
    "Dear Sir",
    "Dear Madam,",
    "Hello",
    "Hello,",
    "Hi,",
    "Hi there",
    "Hello everyone",
    "Dear Colleagues",
    "Dear colleague",
    "Good morning all",
    "Morning both",
    "Dear MASH",
    "Dear MASH team",
    "Dear CAMHS,",
    "Dear Duty Social Worker",
    "Dear Doctor",
    "Dear Officer",
    "To whom it may concern",
    "Dear Partners",
    "hi sarah",
    "Please find attached the report for Sarah.",
    "Sarah, please call me",
    "Highlights: Dear Sarah",
    "Hiring update",
    "Hellooo Sarah",
    "Dearest Sarah",
    "",
    "   ",
    "Dear 123",
  ])("%j names nobody", (body) => {
    expect(greetingNames(body)).toEqual([]);
  });

  it("only reads the first line with text", () => {
    expect(greetingNames("Thanks for this.\nDear Sarah")).toEqual([]);
  });

  it("keeps the greeting as written for the reason", () => {
    expect(findGreeting("Dear Sarah,\nText")?.text).toBe("Dear Sarah");
    expect(findGreeting("Good morning Tom and Sarah, hope you are well")?.text).toBe("Good morning Tom and Sarah");
  });

  it("is cheap on a huge body", () => {
    const body = " ".repeat(1_000_000) + "Dear Sarah";
    expect(greetingNames(body)).toEqual([]);
    expect(greetingNames("Dear " + "Sarah ".repeat(200_000))).toHaveLength(1);
    expect(greetingNames("Dear " + "A".repeat(1_000_000))).toEqual([]);
  });
});

describe("sameName: short forms and spellings", () => {
  it.each([
    ["tom", "thomas"], ["sam", "samantha"], ["sam", "samuel"], ["kate", "katherine"], ["kate", "catherine"], ["katie", "kate"],
    ["chris", "christopher"], ["chris", "christine"], ["bob", "robert"], ["bill", "william"], ["liz", "elizabeth"], ["beth", "elizabeth"],
    ["jim", "james"], ["dave", "david"], ["mike", "michael"], ["steve", "stephen"], ["andy", "andrew"], ["tony", "anthony"],
    ["sara", "sarah"], ["sally", "sarah"], ["mo", "mohammed"], ["muhammad", "mohammed"], ["dan", "daniel"], ["jo", "joanne"],
  ])("%s is %s", (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(sameName(b, a)).toBe(true);
  });

  it.each([["sarah", "joe"], ["tom", "tim"], ["jo", "john"], ["al", "alice"], ["sam", "tom"]])("%s is not %s", (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
});

describe("couldBe: could this recipient be the person named?", () => {
  const name = (text: string, titled = false) => ({ text, words: text.toLowerCase().split(" "), titled });
  it.each([
    // greeting name, local part, display name
    ["sarah", "sarah.jones", undefined],
    ["sarah", "sjones", undefined],
    ["sarah", "sarahj", undefined],
    ["sarah", "s.jones", undefined],
    ["sarah", "sarah.jones2", undefined],
    ["sarah", "x123", "Sarah Jones"],
    ["sarah", "x123", "Jones, Sarah"],
    ["sarah", "jones_s", undefined],
    ["tom", "thomas.smith", undefined],
    ["tom", "t.smith", undefined],
    ["kate", "katherine.o'neill", undefined],
    ["joe", "j.bloggs", undefined],
    ["joe", "jbloggs", undefined],
    ["anne-marie", "marie.smith", undefined],
    ["zoë", "zoë.smith", undefined],
  ])("%s could be %s (%s)", (n, local, display) => {
    expect(couldBe(name(n), recipientIdentity(local, display, false))).toBe(true);
  });

  it.each([
    ["patel", "a.patel", undefined],
    ["patel", "apatel", undefined],
    ["bloggs", "j.bloggs", undefined],
    ["smith", "x", "Mrs J Smith"],
  ])("title + %s could be %s", (n, local, display) => {
    expect(couldBe(name(n, true), recipientIdentity(local, display, false))).toBe(true);
  });

  it.each([
    ["sarah", "j.bloggs", undefined],
    ["sarah", "joe.bloggs", "Joe Bloggs"],
    ["sarah", "x123", "Joe Bloggs"],
    ["tom", "sarah.jones", undefined],
    ["sarah", "jbloggs", undefined],
    ["sarah", "a", undefined],
  ])("%s could not be %s (%s)", (n, local, display) => {
    expect(couldBe(name(n), recipientIdentity(local, display, false))).toBe(false);
  });

  it("a titled surname is not matched by an initial alone", () => {
    expect(couldBe(name("patel", true), recipientIdentity("pjones", undefined, false))).toBe(false);
  });

  it("ignores an address written as the display name", () => {
    expect(couldBe(name("sarah"), recipientIdentity("x", "sarah.jones@nhs.net", false))).toBe(false);
  });

  it.each([
    ["mash", undefined, false],
    ["duty.team", undefined, false],
    ["childrens.services", undefined, false],
    ["referrals", undefined, false],
    ["x", "MASH Team", false],
    ["j.bloggs", undefined, true],
  ])("%s (%s, list %s) is a shared mailbox", (local, display, isList) => {
    expect(recipientIdentity(local, display, isList).shared).toBe(true);
  });

  it("a named person is not a shared mailbox", () => {
    expect(recipientIdentity("sarah.jones", "Sarah Jones", false).shared).toBe(false);
  });
});
