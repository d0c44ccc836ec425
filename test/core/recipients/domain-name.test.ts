import { parseDomain } from "../../../src/core/recipients";

describe("parseDomain: readable domains", () => {
  it.each([
    // raw, host, ascii, registrable, realSuffix, publicSuffix
    ["met.police.uk", "met.police.uk", "met.police.uk", "met.police.uk", true, "police.uk"],
    ["J.Bloggs.Met.Police.UK.", "j.bloggs.met.police.uk", "j.bloggs.met.police.uk", "met.police.uk", true, "police.uk"],
    ["herts.gcsx.gov.uk", "herts.gcsx.gov.uk", "herts.gcsx.gov.uk", "gcsx.gov.uk", true, "gov.uk"],
    ["nhs.net", "nhs.net", "nhs.net", "nhs.net", true, "net"],
    ["school.herts.sch.uk", "school.herts.sch.uk", "school.herts.sch.uk", "school.herts.sch.uk", true, "herts.sch.uk"],
    ["nhs.met", "nhs.met", "nhs.met", "nhs.met", false, "met"],
    ["café.fr", "café.fr", "xn--caf-dma.fr", "café.fr", true, "fr"],
    ["xn--caf-dma.fr", "xn--caf-dma.fr", "xn--caf-dma.fr", "xn--caf-dma.fr", true, "fr"],
    ["пример.рф", "пример.рф", "xn--e1afmkfd.xn--p1ai", "пример.рф", true, "рф"],
  ])("%s", (raw, host, ascii, registrable, realSuffix, publicSuffix) => {
    const r = parseDomain(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.domain).toMatchObject({ host, ascii, registrable, realSuffix, publicSuffix });
  });

  it("decodes punycode to the letters a reader sees", () => {
    const r = parseDomain("nhs.xn--nt-nlc");
    expect(r.ok && r.domain.unicode).toBe("nhs.nеt");
    expect(r.ok && r.domain.international).toBe(true);
  });

  it("treats precomposed and decomposed accents as the same domain", () => {
    const a = parseDomain("cafe\u0301.fr");
    const b = parseDomain("caf\u00e9.fr");
    expect(a.ok && b.ok && a.domain.ascii === b.domain.ascii).toBe(true);
  });

  it("has no registrable domain when the host is itself a public suffix", () => {
    for (const d of ["gov.uk", "police.uk", "co.uk", "nhs.uk", "sch.uk"]) {
      const r = parseDomain(d);
      expect(r.ok && r.domain.registrableLabels).toBe(0);
    }
  });

  it("takes a wildcard suffix of three labels as the organisation's own (a local authority's schools network, *.sch.uk)", () => {
    for (const d of ["essex.sch.uk", "x.sch.uk"]) {
      const r = parseDomain(d);
      expect(r.ok && r.domain.registrable).toBe(d);
    }
    const school = parseDomain("stmarys.essex.sch.uk");
    expect(school.ok && school.domain.registrable).toBe("stmarys.essex.sch.uk");
  });
});

describe("parseDomain: unreadable domains, each with a plain reason", () => {
  it.each([
    ["", /nothing after the @/],
    [".", /nothing after the @/],
    ["localhost", /no ending such as .uk/],
    ["[1.2.3.4]", /network address in brackets/],
    ["1.2.3.4", /network address \(numbers\)/],
    ["a..b.uk", /two dots in a row/],
    [".b.uk", /starts with a dot/],
    ["b.uk..", /two dots in a row/],
    ["-b.uk", /hyphen/],
    ["b-.uk", /hyphen/],
    ["b_c.com", /"_"/],
    ["b c.com", /a space/],
    ["b!.com", /"!"/],
    ["nhs.net\u200b", /invisible character/],
    ["nhs\u0000.net", /hidden character/],
    ["nhs\ud800.net", /hidden character/],
    ["xn--.com", /hyphen/],
    ["xn--zz.com", /broken international/],
    ["xn--99999999999.com", /broken international/],
    ["a".repeat(64) + ".com", /too long/],
    [("a".repeat(60) + ".").repeat(5) + "com", /too long/],
    ["x".repeat(1_000_000), /too long|no ending/],
  ])("%#: %p", (raw, reason) => {
    const r = parseDomain(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
