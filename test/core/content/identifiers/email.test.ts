import { found } from "./helpers";

describe("email addresses in a quoted reply's own header", () => {
  it.each([
    ["From: Tom Moss <t.moss@nelft.nhs.uk>\nSent: 12 May 2025"],
    ["> To: Kirsty Hale <kirsty.hale@essex.gov.uk>"],
    ["**From:** duty@herts.police.uk"],
    ["Cc: a@b.gov.uk; c@d.gov.uk"],
    ["On Tue, 13 May 2025 at 10:02, Kirsty Hale <kirsty.hale@essex.gov.uk> wrote:"],
    ["> On 12/05/2025 09:14, j.b@school.sch.uk wrote:\r\n> Hi"],
  ])("are not identifiers: %j", (body) => {
    expect(found(body, "email")).toEqual([]);
  });

  it.each([
    ["Mum's email is jo.parent@gmail.com (from the referral).", "jo.parent@gmail.com"],
    ["Contact: jo.parent@gmail.com", "jo.parent@gmail.com"],
    ["She wrote to me from jo.parent@gmail.com last night, and said she wrote: nothing else", "jo.parent@gmail.com"],
  ])("are still found elsewhere: %j", (body, expected) => {
    expect(found(body, "email")).toEqual([expected]);
  });

  it("stays linear on one enormous line of addresses", () => {
    const body = "To: " + "x@y.gov.uk ".repeat(50_000);
    expect(found(body, "email").length).toBeGreaterThan(49_000);
  });
});

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
