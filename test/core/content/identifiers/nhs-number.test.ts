import { nhsChecksumValid } from "../../../../src/core/content/identifiers";
import { all, found } from "./helpers";

describe("nhsChecksumValid", () => {
  it.each([
    ["9434765919", true],
    ["4015838742", true],
    ["4190064904", true],
    ["4316774840", true],
    ["4942405149", true],
    ["9434765918", false],
    ["9434765910", false],
    ["4015838743", false],
    // Check digit would be 10: never valid, whatever the last digit.
    ["5053276343", false],
    ["5053276340", false],
    ["5061195714", false],
    ["943476591", false],
    ["94347659190", false],
    ["943476591a", false],
    ["", false],
  ])("%s -> %s", (digits, ok) => {
    expect(nhsChecksumValid(digits)).toBe(ok);
  });
});

describe("NHS numbers", () => {
  it.each([
    ["NHS no. 943 476 5919", "943 476 5919"],
    ["NHS number: 9434765919.", "9434765919"],
    ["NHS 943-476-5919", "943-476-5919"],
    ["Her NHS number is 401 583 8742 and", "401 583 8742"],
    ["(NHS: 4190064904)", "4190064904"],
    ["4316774840", "4316774840"],
    ["Numbers on file: 442 764 6034, 453 059 7857", "442 764 6034"],
    ["Patient 4546436599 was seen", "4546436599"],
    ["nhs no 464 938 8422", "464 938 8422"],
    ["NHS No:\t4728582132", "4728582132"],
    ["nhs no.943.476.5919", "943.476.5919"],
  ])("finds %j", (body, expected) => {
    expect(found(body, "nhs-number")).toContain(expected);
  });

  it("finds several in one message", () => {
    expect(found("Child A 442 764 6034; Child B 453 059 7857; Child C 4546436599", "nhs-number")).toEqual([
      "442 764 6034",
      "453 059 7857",
      "4546436599",
    ]);
  });

  it.each([
    ["bad check digit", "NHS no. 943 476 5918"],
    ["check digit 10", "NHS number 505 327 6343"],
    ["nine digits", "NHS 943 476 591"],
    ["eleven digits", "NHS 94347659190"],
    ["part of a longer digit run", "batch 99434765919 and 94347659190"],
    ["mixed separators", "NHS 943 476-5919"],
    ["mixed dot and space", "NHS 943.476 5919"],
    ["inside a dotted run", "version 1.943.476.5919"],
    ["glued to letters", "REF9434765919X"],
    ["inside a longer hyphenated number", "serial 12-943-476-5919"],
    ["a decimal", "total 943476.5919"],
    ["labelled as a case reference", "Case ref 9434765919"],
    ["labelled as an invoice number", "Invoice no. 4015838742"],
    ["spaced 4-3-3", "9434 765 919"],
    ["starting with 0, no NHS label", "0123456789 apples"],
  ])("rejects %s", (_why, body) => {
    expect(found(body, "nhs-number")).toEqual([]);
  });

  it("keeps a reference-labelled number when NHS is also named", () => {
    expect(found("NHS ref 9434765919", "nhs-number")).toEqual(["9434765919"]);
  });

  it("reads a 3-3-4 number starting with 0 as NHS (no phone is laid out that way), contiguous as phone", () => {
    expect(all("Number 012 345 6789")).toEqual(["nhs-number:012 345 6789"]);
    expect(all("Call 0123456789")).toEqual(["phone:0123456789"]);
  });

  it("prefers NHS to phone for a valid number starting 0 when labelled NHS", () => {
    expect(all("NHS number 0123456789")).toEqual(["nhs-number:0123456789"]);
  });
});
