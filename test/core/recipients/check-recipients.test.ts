import { checkRecipients, type RecipientInput } from "../../../src/core/recipients";
import { PolicySchema, defaultPolicy, type Policy } from "../../../src/core/policy/policy";

const policy: Policy = PolicySchema.parse({ internalDomains: ["hertfordshire.gov.uk"], largeAudienceThreshold: 5 });
const to = (address: string, extra: Partial<RecipientInput> = {}): RecipientInput => ({ address, field: "to", ...extra });
const kinds = (r: { flags: { kind: string }[] }) => r.flags.map((f) => f.kind);

describe("checkRecipients: one result per recipient, in order", () => {
  it("keeps the input order and fields", () => {
    const r = checkRecipients({
      policy,
      recipients: [to("a@gmail.com"), { address: "b@nhs.net", field: "cc" }, { address: "c@hertfordshire.gov.uk", field: "bcc" }],
    });
    expect(r.map((x) => [x.address, x.field, x.class])).toEqual([
      ["a@gmail.com", "to", "personal"],
      ["b@nhs.net", "cc", "secure"],
      ["c@hertfordshire.gov.uk", "bcc", "internal"],
    ]);
  });

  it("returns nothing for no recipients", () => {
    expect(checkRecipients({ policy, recipients: [] })).toEqual([]);
  });

  it.each([
    ["J.Bloggs@Met.Police.UK.", "j.bloggs@met.police.uk", "secure", "met.police.uk", undefined],
    ['"Bloggs, Joe" <J.Bloggs@met.police.uk>', "j.bloggs@met.police.uk", "secure", "met.police.uk", "Bloggs, Joe"],
    ["Bloggs, Joe <j.bloggs@met.police.uk>", "j.bloggs@met.police.uk", "secure", "met.police.uk", "Bloggs, Joe"],
    ["Sarah <sarah@herts.gcsx.gov.uk>", "sarah@herts.gcsx.gov.uk", "secure", "gcsx.gov.uk", "Sarah"],
    ["x@nhs.met", "x@nhs.met", "lookalike", "nhs.met", undefined],
    ["x@NHS.NET.co", "x@nhs.net.co", "lookalike", "nhs.net.co", undefined], // net.co is a public suffix
    ["x@NHS.NET.co.uk", "x@nhs.net.co.uk", "lookalike", "net.co.uk", undefined],
    ["x@example.org", "x@example.org", "unverified", "example.org", undefined],
  ])("%s", (raw, address, cls, domain, displayName) => {
    const [r] = checkRecipients({ policy, recipients: [to(raw)] });
    expect(r).toMatchObject({ address, class: cls, domain, field: "to" });
    expect(r?.displayName).toBe(displayName);
  });

  it("names the imitated domain for a look-alike", () => {
    const [r] = checkRecipients({ policy, recipients: [to("x@hertfordshlre.gov.uk")] });
    expect(r).toMatchObject({ class: "lookalike", imitates: "hertfordshire.gov.uk" });
    expect(r?.reasons[0]).toMatch(/hertfordshire\.gov\.uk/);
  });

  it("keeps the raw string as the address of an unreadable mailbox", () => {
    const [r] = checkRecipients({ policy, recipients: [to("  joe bloggs  ")] });
    expect(r).toMatchObject({ address: "  joe bloggs  ", class: "invalid", flags: [] });
    expect(r?.reasons[0]).toBe('"joe bloggs" is not a valid email address: it has no @. Check how it is written.');
  });

  it("words an invalid domain for the address", () => {
    const [r] = checkRecipients({ policy, recipients: [to("joe@police.uk")] });
    expect(r?.class).toBe("invalid");
    expect(r?.reasons[0]).toMatch(/^"joe@police.uk" is not a valid email address: "police.uk" is only the ending of an address/);
  });

  it.each([
    ["a@b@c.uk", /more than one @/],
    ["a b@c.uk", /space/],
    ["@c.uk", /nothing before the @/],
    ["a@", /nothing after the @/],
    ["a@b", /no ending such as \.uk/],
    ["a@b.notarealtld", /not a real email ending/],
  ])("%s is invalid: %p", (raw, reason) => {
    const [r] = checkRecipients({ policy, recipients: [to(raw)] });
    expect(r?.class).toBe("invalid");
    expect(r?.reasons[0]).toMatch(reason);
    expect(r?.reasons[0]).toMatch(/^".*" is not a valid email address: /);
  });

  it("uses the host's display name when given", () => {
    const [r] = checkRecipients({ policy, recipients: [to("a@nhs.net", { displayName: "Sarah Jones" })] });
    expect(r?.displayName).toBe("Sarah Jones");
  });
});

describe("flag: display-name-address", () => {
  it.each([
    ['"j.bloggs@met.police.uk" <x@gmail.com>'],
    ["j.bloggs@met.police.uk <x@gmail.com>"],
    ['"Joe (j.bloggs@met.police.uk)" <x@gmail.com>'],
  ])("%s", (raw) => {
    const [r] = checkRecipients({ policy, recipients: [to(raw)] });
    expect(r?.address).toBe("x@gmail.com");
    expect(r?.class).toBe("personal");
    expect(kinds(r!)).toEqual(["display-name-address"]);
    expect(r?.reasons[1]).toMatch(/"j.bloggs@met.police.uk", is not the address this will go to \(x@gmail.com\)/);
  });

  it("checks a display name the host gives separately", () => {
    const [r] = checkRecipients({ policy, recipients: [to("x@gmail.com", { displayName: "sarah@nhs.net" })] });
    expect(kinds(r!)).toEqual(["display-name-address"]);
  });

  it("is not raised when the name is the address itself (Outlook does this for unknown people)", () => {
    const [r] = checkRecipients({
      policy,
      recipients: [to("J.Bloggs@met.police.uk", { displayName: "j.bloggs@met.police.uk" }), to('"a@b.uk" <A@B.UK>')],
    });
    expect(r?.flags).toEqual([]);
  });
});

describe("flags from Outlook's recipient type", () => {
  it("distribution-list", () => {
    const [r] = checkRecipients({ policy, recipients: [to("all-staff@hertfordshire.gov.uk", { recipientType: "distributionList" })] });
    expect(kinds(r!)).toEqual(["distribution-list"]);
    expect(r?.reasons).toEqual([expect.stringMatching(/organisation/), expect.stringMatching(/cannot see who is on it.*need to know/)]);
  });

  it("external-user, even on an internal-looking domain", () => {
    const [r] = checkRecipients({ policy, recipients: [to("x@hertfordshire.gov.uk", { recipientType: "externalUser" })] });
    expect(kinds(r!)).toEqual(["external-user"]);
  });

  it("nothing for user and other", () => {
    const r = checkRecipients({ policy, recipients: [to("a@nhs.net", { recipientType: "user" }), to("b@nhs.net", { recipientType: "other" })] });
    expect(r.flatMap(kinds)).toEqual([]);
  });

  it("flags an unreadable distribution list too", () => {
    const [r] = checkRecipients({ policy, recipients: [to("Everyone", { recipientType: "distributionList" })] });
    expect(r?.class).toBe("invalid");
    expect(kinds(r!)).toEqual(["distribution-list"]);
  });
});

describe("flag: large-audience", () => {
  const many = (n: number, field: RecipientInput["field"] = "to") =>
    Array.from({ length: n }, (_, i): RecipientInput => ({ address: `p${i}@nhs.net`, field }));

  it("is not raised at the threshold", () => {
    expect(checkRecipients({ policy, recipients: many(5) }).flatMap(kinds)).toEqual([]);
  });

  it("is raised once, on the first recipient, above it", () => {
    const r = checkRecipients({ policy, recipients: many(6) });
    expect(kinds(r[0]!)).toEqual(["large-audience"]);
    expect(r.slice(1).flatMap(kinds)).toEqual([]);
    expect(r[0]?.reasons[1]).toMatch(/going to 6 people \(more than 5\).*need to know.*Bcc/);
  });

  it("counts To, Cc and Bcc together", () => {
    const r = checkRecipients({ policy, recipients: [...many(2), ...many(2, "cc").map((x, i) => ({ ...x, address: `c${i}@nhs.net` })), ...many(2, "bcc").map((x, i) => ({ ...x, address: `b${i}@nhs.net` }))] });
    expect(kinds(r[0]!)).toEqual(["large-audience"]);
  });

  it("counts an address given twice once", () => {
    const r = checkRecipients({ policy, recipients: [...many(5), to("P0@NHS.NET")] });
    expect(r.flatMap(kinds)).toEqual([]);
  });

  it("follows the policy threshold", () => {
    const r = checkRecipients({ policy: defaultPolicy([]), recipients: many(10) });
    expect(r.flatMap(kinds)).toEqual([]);
    expect(kinds(checkRecipients({ policy: defaultPolicy([]), recipients: many(11) })[0]!)).toEqual(["large-audience"]);
  });
});

describe("flag: first-time-recipient", () => {
  it("is raised for addresses not in the history, compared lower-case", () => {
    const history = new Set(["j.bloggs@met.police.uk"]);
    const r = checkRecipients({ policy, history, recipients: [to("J.Bloggs@Met.Police.uk"), to("new@nhs.net"), to("Name <new2@hertfordshire.gov.uk>")] });
    expect(r.map(kinds)).toEqual([[], ["first-time-recipient"], ["first-time-recipient"]]);
    expect(r[1]?.reasons[1]).toMatch(/not emailed this address before/);
  });

  it("is not raised without a history", () => {
    expect(checkRecipients({ policy, recipients: [to("new@nhs.net")] }).flatMap(kinds)).toEqual([]);
  });

  it("is not raised for an invalid address", () => {
    expect(checkRecipients({ policy, history: new Set(), recipients: [to("nope")] }).flatMap(kinds)).toEqual([]);
  });
});

describe("flag: greeting-mismatch", () => {
  const check = (body: string, recipients: RecipientInput[]) => checkRecipients({ policy, body, recipients });

  it("'Dear Sarah' to j.bloggs@met.police.uk", () => {
    const [r] = check("Dear Sarah,\n\nI am writing about", [to("j.bloggs@met.police.uk")]);
    expect(kinds(r!)).toEqual(["greeting-mismatch"]);
    expect(r?.reasons[1]).toBe('The email begins "Dear Sarah", but this recipient does not look like anyone called Sarah. Check it is going to the right person.');
  });

  it.each([
    ["Dear Sarah,", "sarah.jones@nhs.net", undefined],
    ["Dear Sarah,", "sjones@nhs.net", undefined],
    ["Dear Sarah,", "s.jones@nhs.net", undefined],
    ["Dear Sarah,", "x1@nhs.net", "Jones, Sarah"],
    ["Hi Sarah,", "sarah.jones@nhs.net", undefined],
    ["Hello Dr Patel", "a.patel@nhs.net", undefined],
    ["Morning Tom", "thomas.smith@met.police.uk", undefined],
    ["Dear Kate", "katherine.jones@nhs.net", undefined],
    ["Dear all,", "j.bloggs@met.police.uk", undefined],
    ["Hi team", "j.bloggs@met.police.uk", undefined],
    ["Dear Sir/Madam", "j.bloggs@met.police.uk", undefined],
    ["Hello", "j.bloggs@met.police.uk", undefined],
    ["Hello,\nSarah said", "j.bloggs@met.police.uk", undefined],
    ["No greeting here. Dear Sarah", "j.bloggs@met.police.uk", undefined],
    ["Dear Sarah", "mash@hertfordshire.gov.uk", undefined],
    ["Dear Sarah", "x@hertfordshire.gov.uk", "MASH Team"],
  ])("%j to %s (%s): no warning", (body, address, displayName) => {
    const r = check(body, [to(address, displayName ? { displayName } : {})]);
    expect(r.flatMap(kinds)).toEqual([]);
  });

  it("is not raised when the named person is in Cc", () => {
    const r = check("Dear Sarah", [to("j.bloggs@met.police.uk"), { address: "sarah.jones@nhs.net", field: "cc" }]);
    expect(r.flatMap(kinds)).toEqual([]);
  });

  it("goes on each To recipient who could not be anyone named, when some name matches nobody", () => {
    const r = check("Hi Sarah and Tom,", [to("sarah.jones@nhs.net"), to("j.bloggs@met.police.uk"), { address: "k.smith@nhs.net", field: "cc" }]);
    expect(r.map(kinds)).toEqual([[], ["greeting-mismatch"], []]);
    expect(r[1]?.reasons[1]).toMatch(/"Hi Sarah and Tom".*anyone called Tom\./);
  });

  it("goes on every recipient when there is no To", () => {
    const r = check("Dear Sarah", [{ address: "j.bloggs@met.police.uk", field: "bcc" }, { address: "k.smith@nhs.net", field: "cc" }]);
    expect(r.map(kinds)).toEqual([["greeting-mismatch"], ["greeting-mismatch"]]);
  });

  it("is not raised when a distribution list is among the recipients", () => {
    const r = check("Dear Sarah", [to("j.bloggs@met.police.uk"), to("team@nhs.net", { recipientType: "distributionList" })]);
    expect(r.flatMap(kinds)).not.toContain("greeting-mismatch");
  });

  it("ignores an invalid recipient", () => {
    const r = check("Dear Sarah", [to("sarah"), to("j.bloggs@met.police.uk")]);
    expect(r.map(kinds)).toEqual([[], ["greeting-mismatch"]]);
  });

  it("is not raised without a body", () => {
    expect(checkRecipients({ policy, recipients: [to("j.bloggs@met.police.uk")] }).flatMap(kinds)).toEqual([]);
  });
});

describe("reasons and flags together", () => {
  it("lists the class reason first, then flag reasons in a fixed order, each flag also in reasons", () => {
    const history = new Set<string>();
    const recipients = [
      to('"sarah@nhs.net" <j.bloggs@gmail.com>', { recipientType: "externalUser" }),
      ...Array.from({ length: 6 }, (_, i) => to(`p${i}@nhs.net`)),
    ];
    const [r] = checkRecipients({ policy, history, body: "Dear Sarah,", recipients });
    expect(kinds(r!)).toEqual(["display-name-address", "greeting-mismatch", "external-user", "large-audience", "first-time-recipient"]);
    expect(r?.reasons[0]).toMatch(/personal email service/);
    expect(r?.reasons.slice(1)).toEqual(r?.flags.map((f) => f.reason));
  });

  it("every reason is short plain English", () => {
    const r = checkRecipients({
      policy,
      history: new Set(),
      body: "Dear Sarah",
      recipients: ["x@nhs.met", "x@gmail.com", "x@example.org", "x@nhs.net", "nope", "x@nhs.net.co", "x@nhs.nеt", "x@foo.invalid"].map((a) => to(a, { recipientType: "distributionList" })),
    });
    for (const reason of r.flatMap((x) => x.reasons)) {
      expect(reason.length).toBeLessThan(320);
      expect(reason).toMatch(/[.]$/);
      expect(reason).not.toMatch(/eTLD|registrable|homograph|punycode|RFC|UTS|undefined|\[object/i);
    }
  });
});
