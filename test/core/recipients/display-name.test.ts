import { addressesInName, differentAddressInName } from "../../../src/core/recipients";

describe("addressesInName", () => {
  it.each([
    ["j.bloggs@met.police.uk", ["j.bloggs@met.police.uk"]],
    ["Joe Bloggs (j.bloggs@met.police.uk)", ["j.bloggs@met.police.uk"]],
    ["'J.Bloggs@Met.Police.UK.'", ["j.bloggs@met.police.uk"]],
    ["a@b.uk / c@d.uk", ["a@b.uk", "c@d.uk"]],
    ["Joe Bloggs", []],
    ["Joe @ Kent", []],
    ["@@@@", []],
    ["x@localhost", []],
    ["", []],
  ])("%j", (name, expected) => {
    expect(addressesInName(name)).toEqual(expected);
  });

  it("is linear on hostile names", () => {
    expect(addressesInName("a@".repeat(200_000))).toEqual([]);
    expect(addressesInName("a".repeat(500_000) + "@" + ".".repeat(500_000))).toEqual([]);
    expect(addressesInName(("x@y." + " ").repeat(100_000))).toEqual([]);
  });
});

describe("differentAddressInName", () => {
  it("flags a shown address that is not the real one", () => {
    expect(differentAddressInName("j.bloggs@met.police.uk", "x@gmail.com")).toBe("j.bloggs@met.police.uk");
  });
  it("does not flag the real address shown as the name, in any case", () => {
    expect(differentAddressInName("J.Bloggs@Met.Police.UK", "j.bloggs@met.police.uk")).toBeUndefined();
    expect(differentAddressInName("j.bloggs@met.police.uk", "j.bloggs@met.police.uk.")).toBeUndefined();
  });
  it("does not flag a name without an address", () => {
    expect(differentAddressInName("Joe Bloggs", "x@gmail.com")).toBeUndefined();
  });
});
