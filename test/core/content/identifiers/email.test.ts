import { found } from "./helpers";

describe("email addresses", () => {
  it.each([
    ["Email jo.bloggs@example.gov.uk.", "jo.bloggs@example.gov.uk"],
    ["<sam@nhs.net>", "sam@nhs.net"],
    ["mailto:duty.team@council.gov.uk", "duty.team@council.gov.uk"],
    ["a+tag@example.co.uk,", "a+tag@example.co.uk"],
    ["o'brien@school.sch.uk", "o'brien@school.sch.uk"],
    ["'quoted@example.org'", "quoted@example.org"],
    ["ME@EXAMPLE.COM", "ME@EXAMPLE.COM"],
    ["x_y-z@sub-domain.example.org;", "x_y-z@sub-domain.example.org"],
    ["(kim@pnn.police.uk)", "kim@pnn.police.uk"],
    ["first.last123@cjsm.net!", "first.last123@cjsm.net"],
  ])("finds %j", (body, expected) => {
    expect(found(body, "email")).toEqual([expected]);
  });

  it.each([
    ["no domain dot", "user@localhost"],
    ["numeric TLD", "user@1.2.3.4"],
    ["no local part", "@example.com"],
    ["a handle", "thanks @sarah"],
    ["doubled @", "a@@example.com"],
    ["label starting with hyphen", "a@-bad.com"],
    ["empty label", "a@bad..com"],
    ["dot before @", "a.@example.com"],
    ["chained", "a@b.com@c.com"],
  ])("rejects %s", (_why, body) => {
    expect(found(body, "email")).toEqual([]);
  });

  it("finds several", () => {
    expect(found("cc a@x.org, b@y.org and c@z.gov.uk", "email")).toEqual(["a@x.org", "b@y.org", "c@z.gov.uk"]);
  });
});
