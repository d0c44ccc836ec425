import { matchPeople, peopleToPick, practitionerProblem, resolvePractitioner } from "../../../src/ui/review/people";

const ROSTER = [
  { upn: "Omar.Demo@contoso.onmicrosoft.com", name: "Omar Demo" },
  { upn: "priya.example@contoso.onmicrosoft.com", name: "Priya Example" },
  { upn: "sam.jones@contoso.onmicrosoft.com", name: "Sam Jones" },
  { upn: "sam.jones2@contoso.onmicrosoft.com", name: "Sam Jones" },
];
const PEOPLE = peopleToPick(ROSTER, ["leaver@contoso.onmicrosoft.com", "omar.demo@contoso.onmicrosoft.com"]);

describe("finding a practitioner by name", () => {
  it("lists the roster and anyone else seen in the records, once each, by name", () => {
    expect(PEOPLE.map((p) => p.upn)).toEqual(["leaver@contoso.onmicrosoft.com", "omar.demo@contoso.onmicrosoft.com", "priya.example@contoso.onmicrosoft.com", "sam.jones@contoso.onmicrosoft.com", "sam.jones2@contoso.onmicrosoft.com"]);
    expect(PEOPLE.find((p) => p.upn.startsWith("leaver"))?.name).toBe("leaver@contoso.onmicrosoft.com");
  });

  it.each([
    ["", "anyone", undefined],
    ["omar", "one", "omar.demo@contoso.onmicrosoft.com"],
    ["OMAR d", "one", "omar.demo@contoso.onmicrosoft.com"],
    ["priya.example@", "one", "priya.example@contoso.onmicrosoft.com"],
    ["Priya Example", "one", "priya.example@contoso.onmicrosoft.com"],
    ["sam.jones@contoso.onmicrosoft.com", "one", "sam.jones@contoso.onmicrosoft.com"],
    ["sam", "several", undefined],
    ["Sam Jones", "several", undefined],
    ["zed", "none", undefined],
    ["new.starter@contoso.onmicrosoft.com", "one", "new.starter@contoso.onmicrosoft.com"],
  ])("%j means %s", (typed, kind, upn) => {
    const choice = resolvePractitioner(typed, PEOPLE);
    expect(choice.kind).toBe(kind);
    if (choice.kind === "one") expect(choice.person.upn).toBe(upn);
  });

  it("says in plain English what to do when the text is not one person", () => {
    expect(practitionerProblem(resolvePractitioner("zed", PEOPLE), " zed ")).toBe("Nobody in this team is called “zed”: choose from the list, or type their full sign-in address.");
    expect(practitionerProblem(resolvePractitioner("sam", PEOPLE), "sam")).toBe("“sam” matches 2 people (Sam Jones, Sam Jones): choose one from the list.");
    expect(practitionerProblem(resolvePractitioner("omar", PEOPLE), "omar")).toBeUndefined();
  });

  it("matches every typed word against the name and the address", () => {
    expect(matchPeople("example priya", PEOPLE).map((p) => p.name)).toEqual(["Priya Example"]);
    expect(matchPeople("contoso", PEOPLE)).toHaveLength(PEOPLE.length);
    expect(matchPeople("  ", PEOPLE)).toHaveLength(PEOPLE.length);
  });
});
