import { singleEdit } from "../../../src/core/recipients";

const cp = (s: string): string[] => Array.from(s);

describe("singleEdit (optimal string alignment distance 1)", () => {
  it.each([
    ["nhs.met", "nhs.net", { kind: "different", typed: "m", intended: "n" }],
    ["nhs.nte", "nhs.net", { kind: "swapped", typed: "t", intended: "e" }],
    ["cjsm.nett", "cjsm.net", { kind: "extra", typed: "t" }],
    ["cjsm.ne", "cjsm.net", { kind: "missing", intended: "t" }],
    ["nhsnet", "nhs.net", { kind: "missing", intended: "." }],
    ["hertfordshlre.gov.uk", "hertfordshire.gov.uk", { kind: "different", typed: "l", intended: "i" }],
    ["xnhs.net", "nhs.net", { kind: "extra", typed: "x" }],
    ["hs.net", "nhs.net", { kind: "missing", intended: "n" }],
    ["hns.net", "nhs.net", { kind: "swapped", typed: "h", intended: "n" }],
    ["nhs.ne", "nhs.net", { kind: "missing", intended: "t" }],
    ["nhs.nеt", "nhs.net", { kind: "different", typed: "е", intended: "e" }],
    ["a😀b", "a😃b", { kind: "different", typed: "😀", intended: "😃" }],
  ])("%s vs %s", (typed, intended, expected) => {
    expect(singleEdit(cp(typed), cp(intended))).toEqual(expected);
  });

  it.each([
    ["nhs.net", "nhs.net"],
    ["", ""],
    ["nhs.mte", "nhs.net"],
    ["nsh.nte", "nhs.net"],
    ["nhs.nettt", "nhs.net"],
    ["n", "nhs.net"],
    ["abc", "cba"],
    ["kemt.gov.ukk", "kent.gov.uk"],
    ["ab", "ba x"],
  ])("%s vs %s: not one edit", (typed, intended) => {
    expect(singleEdit(cp(typed), cp(intended))).toBeUndefined();
  });

  it("is symmetric in whether there is one edit", () => {
    const words = ["nhs.net", "nhs.met", "nhs.nte", "nhs.ne", "nhs.nett", "hns.net", "cjsm.net", "mod.uk", "moj.uk", "mo.uk"];
    for (const a of words) for (const b of words) {
      expect(singleEdit(cp(a), cp(b)) === undefined).toBe(singleEdit(cp(b), cp(a)) === undefined);
    }
  });

  it("is linear on long inputs", () => {
    const a = cp("a".repeat(200_000) + "b");
    const b = cp("a".repeat(200_000) + "c");
    expect(singleEdit(a, b)?.kind).toBe("different");
  });
});
