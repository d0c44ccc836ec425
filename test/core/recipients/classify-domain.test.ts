import { classifyDomain, lookalikeOf } from "../../../src/core/recipients";
import { PolicySchema, defaultPolicy, type Policy } from "../../../src/core/policy/policy";

/** The default national policy, Hertfordshire County Council as the organisation, two ISA partners. */
const policy: Policy = PolicySchema.parse({
  internalDomains: ["hertfordshire.gov.uk"],
  partnerDomains: [
    { domain: "kent.gov.uk", label: "Kent County Council" },
    { domain: "barnardos.org.uk", label: "Barnardo's" },
    { domain: "fostering-partner.org", subdomains: false, label: "Fostering partner" },
  ],
});

describe("classifyDomain: internal (the organisation's own domains and their subdomains)", () => {
  it.each(["hertfordshire.gov.uk", "HERTFORDSHIRE.GOV.UK", "hertfordshire.gov.uk.", "mail.hertfordshire.gov.uk", "a.b.hertfordshire.gov.uk"])(
    "%s",
    (d) => {
      const c = classifyDomain(d, policy);
      expect(c.class).toBe("internal");
      expect(c.reasons[0]).toMatch(/your organisation/);
    },
  );
});

describe("classifyDomain: secure (policy secure domains and partners)", () => {
  it.each([
    ["nhs.net", /NHSmail/],
    ["x.nhs.net", /NHSmail/],
    ["cjsm.net", /CJSM/],
    ["justice.gov.uk.cjsm.net", /CJSM/], // CJSM's own convention: the original domain + .cjsm.net
    ["kent.gov.uk.cjsm.net", /CJSM/],
    ["nhs.net.cjsm.net", /CJSM/],
    ["met.police.uk", /police/],
    ["pnn.police.uk", /police/],
    ["herts.pnn.police.uk", /police/],
    ["essex.police.uk", /police/],
    ["sussex.police.uk", /police/],
    ["mod.uk", /Defence/],
    ["army.mod.uk", /Defence/],
    ["justice.gov.uk", /government/],
    ["herts.gcsx.gov.uk", /GCSX/],
    ["hmcts.gsi.gov.uk", /government/],
    ["x.gse.gov.uk", /government/],
    ["x.gsx.gov.uk", /government/],
    ["medway.gov.uk", /government/],
    ["kemt.gov.uk.x.gov.uk", /government/],
    ["kent.gov.uk", /information sharing agreement: Kent County Council/],
    ["children.kent.gov.uk", /Kent County Council/],
    ["barnardos.org.uk", /Barnardo's/],
    ["fostering-partner.org", /Fostering partner/],
  ])("%s", (d, reason) => {
    const c = classifyDomain(d, policy);
    expect(c.class).toBe("secure");
    expect(c.reasons[0]).toMatch(reason);
    expect(c.imitates).toBeUndefined();
  });
});

describe("classifyDomain: personal (webmail)", () => {
  it.each([
    "gmail.com", "googlemail.com", "hotmail.co.uk", "hotmail.com", "outlook.com", "live.co.uk", "btinternet.com", "sky.com",
    "icloud.com", "me.com", "proton.me", "protonmail.com", "yahoo.co.uk", "aol.com", "virginmedia.com", "talktalk.net", "gmx.com",
    "GMAIL.COM.", "x.gmail.com",
  ])("%s", (d) => {
    const c = classifyDomain(d, policy);
    expect(c.class).toBe("personal");
    expect(c.reasons[0]).toMatch(/personal email service/);
  });
});

describe("classifyDomain: unverified (real, not known to be secure)", () => {
  it.each([
    "example.org", "barnardos.org", "england.nhs.uk", "school.herts.sch.uk", "essex.sch.uk", "x.gov.ua", "lancs.gov.ua", "xcjsm.network.com",
    "nhsnetworks.com", "nhs.com", "x.fostering-partner.org", "cafe.fr", "café.fr", "пример.рф", "justice.ie",
  ])("%s", (d) => {
    const c = classifyDomain(d, policy);
    expect(c.class).toBe("unverified");
    expect(c.reasons[0]).toMatch(/real domain, but it is not known to be secure/);
    expect(c.reasons[0]).toMatch(/secure route/);
  });
});

describe("classifyDomain: lookalike", () => {
  it.each([
    // one edit from a trusted domain
    ["nhs.met", "nhs.net", /has "m" where nhs.net has "n"/],
    ["nhs.nte", "nhs.net", /"t" and "e" are the wrong way round/],
    ["nhs.nett", "nhs.net", /extra "t"/],
    ["nhs.ne", "nhs.net", /"t" is missing/],
    ["nhx.net", "nhs.net", /different/],
    ["cjsm.nett", "cjsm.net", /extra "t"/],
    ["cjms.net", "cjsm.net", /wrong way round/],
    ["polce.uk", "police.uk", /"i" is missing/],
    ["x.polce.uk", "police.uk", /missing/],
    ["gov.ukk", "gov.uk", /extra/],
    ["kent.gov.ukk", "kent.gov.uk", /extra/],
    ["hertfordshlre.gov.uk", "hertfordshire.gov.uk", /your organisation's hertfordshire.gov.uk/],
    ["mail.hertfordshlre.gov.uk", "hertfordshire.gov.uk", /your organisation's/],
    ["hertfordshire.gow.uk", "hertfordshire.gov.uk", /your organisation's/],
    ["hertfordshire-gov.uk", "hertfordshire.gov.uk", /a hyphen where hertfordshire.gov.uk has a dot/],
    ["hertfordshiregov.uk", "hertfordshire.gov.uk", /a dot is missing/],
    ["kemt.gov.uk", "kent.gov.uk", /"m" where kent.gov.uk has "n"/],
    ["x.kemt.gov.uk", "kent.gov.uk", /different/],
    ["barnardo.org.uk", "barnardos.org.uk", /missing/],
    ["moj.uk", "mod.uk", /"j" where mod.uk has "d"/],
    ["mod.us", "mod.uk", /different/],
    ["kent.gov.ua", "kent.gov.uk", /different/], // a partner's name under another country's gov
    // a trusted domain inside, on word boundaries, but not as the ending
    ["nhs.net.co", "nhs.net", /contains nhs.net but does not belong to NHSmail/],
    ["nhs.net.co.uk", "nhs.net", /disguise/],
    ["hertfordshire.gov.uk.mail.ru", "hertfordshire.gov.uk", /does not belong to your organisation/],
    ["nhs.net-secure.com", "nhs.net", /disguise/],
    ["secure-nhs.net", "nhs.net", /disguise/],
    ["nhs-net.co.uk", "nhs.net", /disguise/],
    ["nhsnet.com", "nhs.net", /disguise/],
    ["my.nhsnet.org", "nhs.net", /disguise/],
    ["cjsm.net.uk", "cjsm.net", /disguise/],
    ["police.uk.com", "police.uk", /disguise/],
    ["met.police.uk.com", "police.uk", /disguise/],
    ["gov.uk.com", "gov.uk", /disguise/],
    ["kent.gov.uk.evil.com", "kent.gov.uk", /Kent County Council/],
    ["kent-gov-uk.com", "kent.gov.uk", /disguise/],
    ["nhs.net.gov.uk", "nhs.net", /disguise/],
    // a trusted domain with words put in before its ending (whoever holds gov.co.uk holds every name under it)
    ["hertfordshire.gov.co.uk", "hertfordshire.gov.uk", /hertfordshire.gov.uk with words put in before its ending/],
    ["hertfordshire-gov.co.uk", "hertfordshire.gov.uk", /your organisation/],
    ["mail.kent.gov.org.uk", "kent.gov.uk", /Kent County Council/],
    ["nhs.mail.net", "nhs.net", /does not belong to NHSmail/],
    ["cjsm.secure.net", "cjsm.net", /words put in/],
    ["police.co.uk", "police.uk", /words put in/],
    ["met.police.co.uk", "police.uk", /words put in/],
    ["gov.co.uk", "gov.uk", /words put in/],
    // look-alike letters
    ["nhs.nеt", "nhs.net", /look-alike letters/], // Cyrillic е
    ["nhs.xn--nt-nlc", "nhs.net", /look-alike letters/], // the same, as punycode
    ["nһs.net", "nhs.net", /look-alike letters/], // Cyrillic һ
    ["x.nhs.nеt", "nhs.net", /look-alike letters/],
    ["сjsm.net", "cjsm.net", /look-alike letters/], // Cyrillic с
    ["pоlice.uk", "police.uk", /look-alike letters/], // Cyrillic о
    ["met.pоlice.uk", "police.uk", /look-alike letters/],
    ["hertfordshіre.gov.uk", "hertfordshire.gov.uk", /look-alike letters/], // Ukrainian і
    ["g0v.uk", "gov.uk", /look-alike letters/],
    ["nhs.nét", "nhs.net", /"é" where nhs.net has "e"/],
    ["rnod.uk", "mod.uk", /look-alike letters/],
    ["cjsrn.net", "cjsm.net", /look-alike letters/],
    ["nhs.nеtt", "nhs.net", /look-alike letters/],
    ["nhs.nеt.co", "nhs.net", /look-alike|disguise/],
  ])("%s imitates %s", (d, imitates, reason) => {
    const c = classifyDomain(d, policy);
    expect(c.class).toBe("lookalike");
    expect(c.imitates).toBe(imitates);
    expect(c.reasons[0]).toMatch(reason);
    expect(c.reasons[0]).toContain(imitates);
  });

  it("reports the registrable domain", () => {
    expect(classifyDomain("mail.hertfordshlre.gov.uk", policy).domain).toBe("hertfordshlre.gov.uk");
    expect(classifyDomain("nhs.net-secure.com", policy).domain).toBe("net-secure.com");
  });

  it("does not read a firm's hyphenated name, or another real domain, as a spliced trusted domain", () => {
    for (const d of ["capita-gov.co.uk", "local-gov.org.uk", "kent.ac.uk", "herts.ac.uk", "nhs.scot", "gov.wales", "kentonline.co.uk", "modelrailway.org.uk"]) {
      expect([d, classifyDomain(d, policy).class]).not.toEqual([d, "lookalike"]);
    }
  });

  it("never calls a real subdomain of police.uk, gov.uk or a trusted domain a look-alike", () => {
    for (const d of ["met.police.uk", "pnn.police.uk", "wmp.police.uk", "kent.police.uk", "gmp.police.uk", "btp.police.uk", "mod.gov.uk", "nhs.gov.uk", "gov.gov.uk", "police.gov.uk", "cjsm.gov.uk", "nhs.police.uk"]) {
      expect(classifyDomain(d, policy).class).toBe("secure");
    }
  });

  it("compares like with like: a gov.uk council one edit from another council is secure unless the other is internal or a partner", () => {
    const plain = defaultPolicy([]);
    expect(classifyDomain("kemt.gov.uk", plain).class).toBe("secure");
    expect(classifyDomain("kemt.gov.uk", defaultPolicy(["kent.gov.uk"])).class).toBe("lookalike");
    // likewise under police.uk
    expect(classifyDomain("hert.police.uk", plain).class).toBe("secure");
    expect(classifyDomain("hert.police.uk", defaultPolicy(["herts.police.uk"])).imitates).toBe("herts.police.uk");
  });

  it("a one-edit neighbour that is itself trusted is not a look-alike", () => {
    const p = PolicySchema.parse({
      internalDomains: ["kent.gov.uk"],
      partnerDomains: [
        { domain: "kemt.gov.uk", label: "A real neighbour" },
        { domain: "moj.uk", label: "Ministry of J" },
      ],
    });
    expect(classifyDomain("kemt.gov.uk", p).class).toBe("secure");
    expect(classifyDomain("moj.uk", p).class).toBe("secure");
    expect(classifyDomain("mod.uk", p).class).toBe("secure");
    expect(classifyDomain("kent.gov.uk", p).class).toBe("internal");
  });

  it("a one-edit typo wins over an unreal ending: nhs.met is a look-alike, not merely invalid", () => {
    expect(classifyDomain("nhs.met", policy).class).toBe("lookalike");
    expect(classifyDomain("nhs.mett", policy).class).toBe("invalid");
  });

  it("with no trusted domains there is nothing to imitate", () => {
    const p = PolicySchema.parse({ secureDomains: [] });
    expect(classifyDomain("nhs.met", p).class).toBe("invalid");
    expect(classifyDomain("nhs.net.co", p).class).toBe("unverified");
    expect(classifyDomain("nhs.net", p).class).toBe("unverified");
  });

  it("prefers the most specific trusted domain when several are imitated", () => {
    // gow.uk is also one edit from gov.uk; the internal domain is the better answer
    expect(classifyDomain("hertfordshire.gow.uk", policy).imitates).toBe("hertfordshire.gov.uk");
  });

  it("lookalikeOf names the imitated domain, or nothing", () => {
    expect(lookalikeOf("nhs.met", policy)).toEqual({ imitates: "nhs.net", reason: expect.stringContaining("nhs.net") });
    expect(lookalikeOf("nhs.net", policy)).toBeUndefined();
    expect(lookalikeOf("gmail.com", policy)).toBeUndefined();
  });
});

describe("classifyDomain: invalid", () => {
  it.each([
    ["", /nothing after the @/],
    ["localhost", /no ending/],
    ["gov.uk", /only the ending of an address/],
    ["police.uk", /only the ending/],
    ["co.uk", /only the ending/],
    ["nhs.uk", /only the ending/],
    ["foo.invalid", /".invalid" is not a real email ending/],
    ["x.local", /not a real email ending/],
    ["example.unknowntld", /not a real email ending/],
    ["[1.2.3.4]", /network address/],
    ["10.0.0.1", /network address/],
    ["b_c.com", /"_"/],
    ["a..b.com", /two dots/],
    ["x".repeat(100_000), /too long|no ending/],
  ])("%#: %p", (d, reason) => {
    const c = classifyDomain(d, policy);
    expect(c.class).toBe("invalid");
    expect(c.reasons[0]).toMatch(reason);
    expect(c.domain).toBeUndefined();
  });

  it("accepts an unreal ending the policy itself lists (a test domain)", () => {
    const p = PolicySchema.parse({ internalDomains: ["council.test"] });
    expect(classifyDomain("council.test", p).class).toBe("internal");
    expect(classifyDomain("other.test", p).class).toBe("invalid");
  });
});

describe("classifyDomain: the policy's personal-domain lists", () => {
  it("adds personal domains and removes them", () => {
    const p = PolicySchema.parse({ personalDomains: ["family-mail.org"], notPersonalDomains: ["sky.com"] });
    expect(classifyDomain("family-mail.org", p).class).toBe("personal");
    expect(classifyDomain("x.family-mail.org", p).class).toBe("personal");
    expect(classifyDomain("sky.com", p).class).toBe("unverified");
    expect(classifyDomain("gmail.com", p).class).toBe("personal");
  });

  it("lets the most specific name decide", () => {
    const p = PolicySchema.parse({ personalDomains: ["mail.example.org"], notPersonalDomains: ["example.org", "gmail.com"] });
    expect(classifyDomain("mail.example.org", p).class).toBe("personal");
    expect(classifyDomain("example.org", p).class).toBe("unverified");
    expect(classifyDomain("x.gmail.com", p).class).toBe("unverified");
  });

  it("never calls a trusted domain personal", () => {
    const p = PolicySchema.parse({ personalDomains: ["nhs.net"] });
    expect(classifyDomain("nhs.net", p).class).toBe("secure");
  });
});

describe("classifyDomain: policies with international domains", () => {
  it("matches a Unicode policy domain typed as punycode and the other way round", () => {
    const p = PolicySchema.parse({ internalDomains: ["bücher.de"] });
    expect(classifyDomain("bücher.de", p).class).toBe("internal");
    expect(classifyDomain("xn--bcher-kva.de", p).class).toBe("internal");
    expect(classifyDomain("bucher.de", p).reasons[0]).toMatch(/has "u" where bücher.de has "ü"/);
    expect(classifyDomain("büchen.de", p).reasons[0]).toMatch(/has "n" where bücher.de has "r"/);
    expect(classifyDomain("bücher.de.example.com", p).class).toBe("lookalike");
  });
});

describe("classifyDomain: caching", () => {
  it("returns equal, independent results for the same domain", () => {
    const a = classifyDomain("nhs.met", policy);
    a.reasons.push("changed by the caller");
    const b = classifyDomain("nhs.met", policy);
    expect(b.reasons).toHaveLength(1);
  });

  it("gives the same answer for an equal policy built separately", () => {
    const p1 = defaultPolicy(["kent.gov.uk"]);
    const p2 = defaultPolicy(["kent.gov.uk"]);
    expect(classifyDomain("kemt.gov.uk", p1)).toEqual(classifyDomain("kemt.gov.uk", p2));
    expect(classifyDomain("kemt.gov.uk", defaultPolicy([])).class).toBe("secure");
  });
});
