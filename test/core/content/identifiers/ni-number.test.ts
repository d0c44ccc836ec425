import { found } from "./helpers";

describe("National Insurance numbers", () => {
  it.each([
    ["NI AB123456C", "AB123456C"],
    ["NI number AB 12 34 56 C.", "AB 12 34 56 C"],
    ["AB 12 34 56 D", "AB 12 34 56 D"],
    ["JY123456A", "JY123456A"],
    ["HMRC example prefix QQ is invalid, ZY is fine: ZY123456A", "ZY123456A"],
    ["JY 123456 A", "JY 123456 A"],
    ["NINO: ZX987654B", "ZX987654B"],
    ["no suffix: CE123456 today", "CE123456"],
    ["no suffix spaced: CE 12 34 56, ok", "CE 12 34 56"],
    ["OA123456B", "OA123456B"],
    ["national insurance ab123456c", "ab123456c"],
    ["NI ab 12 34 56 c", "ab 12 34 56 c"],
    ["(WP123456D)", "WP123456D"],
  ])("finds %j", (body, expected) => {
    expect(found(body, "ni-number")).toEqual([expected]);
  });

  it("takes an Ofsted URN (SC or EY and six digits, no suffix) for what it is, unless the number is named", () => {
    expect(found("RE: Inspection feedback date - SC482917", "ni-number")).toEqual([]);
    expect(found("Nursery URN EY123456", "ni-number")).toEqual([]);
    expect(found("NI number SC482917", "ni-number")).toEqual(["SC482917"]);
    expect(found("SC482917A", "ni-number")).toEqual(["SC482917A"]);
  });

  it("drops a lower-case word after the digits rather than taking it as the suffix", () => {
    expect(found("NI AB123456 a new number", "ni-number")).toEqual(["AB123456"]);
  });

  it.each([
    ["first letter D", "DA123456C"],
    ["first letter F", "FA123456C"],
    ["first letter I", "IA123456C"],
    ["second letter Q", "AQ123456C"],
    ["first letter Q (the HMRC example prefix)", "QQ123456A"],
    ["first letter U", "UA123456C"],
    ["first letter V", "VA123456C"],
    ["second letter O", "AO123456C"],
    ["second letter D", "AD123456C"],
    ["second letter F", "AF123456C"],
    ["second letter I", "AI123456C"],
    ["second letter U", "AU123456C"],
    ["second letter V", "AV123456C"],
    ["prefix BG", "BG123456C"],
    ["prefix GB", "GB123456C"],
    ["prefix KN", "KN123456C"],
    ["prefix NK", "NK123456C"],
    ["prefix NT", "NT123456C"],
    ["prefix TN", "TN123456C"],
    ["prefix ZZ", "ZZ123456C"],
    ["suffix E", "AB123456E"],
    ["spaced suffix E", "AB 12 34 56 E"],
    ["spaced suffix Z", "AB 12 34 56 Z."],
    ["five digits", "AB12345C"],
    ["seven digits", "AB1234567C"],
    ["inside a word", "XAB123456C"],
    ["lower case without a label", "call me at 123456"],
    ["lower case prefix without a label", "ab123456c"],
    ["mixed case prefix", "NI Ab123456C"],
    ["spaced in threes", "AB 123 456 C"],
  ])("rejects %s", (_why, body) => {
    expect(found(body, "ni-number")).toEqual([]);
  });
});
