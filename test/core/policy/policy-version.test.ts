import { defaultPolicy, PolicySchema } from "../../../src/core/policy/policy";
import { MAX_POLICY_TEXT, policyChanges, policyChangeText, policyDigest, policyForEditing, policyFromText, policyText } from "../../../src/core/policy/policy-version";

const base = defaultPolicy(["hertfordshire.gov.uk"]);

describe("a saved policy", () => {
  it("reads back what it was saved as, with the same digest", () => {
    const text = policyForEditing(base);
    const read = policyFromText(text);
    expect(read.ok && policyDigest(read.policy)).toBe(policyDigest(base));
    expect(policyText(base)).not.toMatch(/\n|": /);
  });

  it.each([
    ["null", "(policy): must be a JSON object"],
    ["[]", "(policy): must be a JSON object"],
    ['"gmail.com"', "(policy): must be a JSON object"],
    ["{", "(policy): not JSON"],
    ['{"internalDomains": ["not a domain"]}', "internalDomains.0: must be a domain name"],
    ['{"largeAudienceThreshold": 0}', "largeAudienceThreshold:"],
    ['{"partnerDomains": [{"domain": "oakfield-primary.org.uk"}]}', "partnerDomains.0.label:"],
    ['{"colour": "blue"}', "(policy): Unrecognized key"],
  ])("refuses %s, naming the field", (text, message) => {
    const read = policyFromText(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(message);
  });

  it("refuses a policy too long for the SharePoint column", () => {
    const text = JSON.stringify({ personalDomains: Array.from({ length: 6000 }, (_, i) => `webmail${i}.example.com`) });
    expect(text.length).toBeGreaterThan(MAX_POLICY_TEXT);
    const read = policyFromText(text);
    expect(!read.ok && read.error).toContain("63,999");
  });
});

describe("what changed between two versions", () => {
  it("names a partner domain added, a threshold changed and a verdict setting changed, and nothing else", () => {
    const after = PolicySchema.parse({
      ...base,
      partnerDomains: [{ domain: "oakfield-primary.org.uk", subdomains: false, label: "Oakfield Primary ISA" }],
      largeAudienceThreshold: 25,
      verdict: { ...base.verdict, reviewAllExternal: true },
    });
    expect(policyChanges(base, after).map(policyChangeText)).toEqual([
      "partnerDomains: added oakfield-primary.org.uk (Oakfield Primary ISA)",
      "largeAudienceThreshold: 10 → 25",
      "verdict.reviewAllExternal: false → true",
    ]);
    expect(policyChanges(after, base).map(policyChangeText)).toContain("partnerDomains: removed oakfield-primary.org.uk (Oakfield Primary ISA)");
  });

  it("finds no change between a policy and itself, and a relabelled rule as one removed and one added", () => {
    expect(policyChanges(base, base)).toEqual([]);
    const relabelled = PolicySchema.parse({ ...base, secureDomains: base.secureDomains.map((r) => (r.domain === "nhs.net" ? { ...r, label: "NHSmail (secure)" } : r)) });
    expect(policyChanges(base, relabelled).map((c) => c.kind)).toEqual(["added", "removed"]);
  });
});
