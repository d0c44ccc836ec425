import { domainSkeleton, skeleton } from "../../../src/core/recipients";

describe("skeleton (UTS #39)", () => {
  it.each([
    ["nhs.nеt", "nhs.net"], // Cyrillic е
    ["nһs.net", "nhs.net"], // Cyrillic һ
    ["ոhs.net", "nhs.net"], // Armenian ո
    ["сjsm.net", "cjsm.net"], // Cyrillic с
    ["g0v.uk", "gov.uk"],
    ["pоlice.uk", "police.uk"], // Cyrillic о
  ])("%s looks like %s", (a, b) => {
    expect(skeleton(a)).toBe(skeleton(b));
  });

  it.each([
    ["nhs.net", "nhs.met"],
    ["cjsm.net", "cjsm.nett"],
    ["kent.gov.uk", "kemt.gov.uk"],
  ])("%s does not look like %s", (a, b) => {
    expect(skeleton(a)).not.toBe(skeleton(b));
  });

  it("maps m to rn, as the Unicode data does", () => {
    expect(skeleton("mod.uk")).toBe(skeleton("rnod.uk"));
  });

  it("keeps a domain's dots where they were", () => {
    expect(domainSkeleton("nhs.nеt").split(".")).toHaveLength(2);
  });

  it("never throws on hostile text", () => {
    for (const s of ["\ud800", "\udc00x", "a\u0000b", "\u202e", "x".repeat(100_000), "🙂".repeat(1000), "", "constructor", "__proto__", "toString"]) {
      expect(typeof skeleton(s)).toBe("string");
    }
  });
});
