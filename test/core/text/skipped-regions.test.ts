import type { SkipReason } from "../../../src/core/check/result";
import { findSkippedRegions } from "../../../src/core/text";

/** [reason, text] of every skipped region of `body`. */
function skipped(body: string): [SkipReason, string][] {
  return findSkippedRegions(body).map((r) => [r.reason, body.slice(r.start, r.end)]);
}

const NEW = "I visited Chloe at home today. She was safe and well.";

describe("findSkippedRegions: quoted replies", () => {
  test.each([
    ["> lines", `${NEW}\n\n> Can you visit?\n> Thanks`, [["quoted-reply", "> Can you visit?\n> Thanks"]]],
    [">> nested lines", `${NEW}\n\n>> old\n> newer`, [["quoted-reply", ">> old\n> newer"]]],
    ["> lines with blank lines between", `${NEW}\n\n> one\n\n> two`, [["quoted-reply", "> one\n\n> two"]]],
    ["indented > lines", `${NEW}\n  > one`, [["quoted-reply", "> one"]]],
    [
      "Gmail attribution",
      `${NEW}\n\nOn Mon, 4 Mar 2024 at 10:32, Sarah Jones <sarah@anytown.gov.uk> wrote:\n> hi`,
      [["quoted-reply", "On Mon, 4 Mar 2024 at 10:32, Sarah Jones <sarah@anytown.gov.uk> wrote:\n> hi"]],
    ],
    [
      "Apple Mail attribution",
      `${NEW}\n\nOn 4 Mar 2024, at 10:32, Sarah Jones <sarah@anytown.gov.uk> wrote:\n\nhi there`,
      [["quoted-reply", "On 4 Mar 2024, at 10:32, Sarah Jones <sarah@anytown.gov.uk> wrote:\n\nhi there"]],
    ],
    [
      "Outlook mobile attribution",
      `${NEW}\n\nOn Monday, March 4, 2024 10:32 AM, Sarah Jones wrote:\nhi there`,
      [["quoted-reply", "On Monday, March 4, 2024 10:32 AM, Sarah Jones wrote:\nhi there"]],
    ],
    [
      "Thunderbird attribution",
      `${NEW}\n\nOn 04/03/2024 10:32, Sarah Jones wrote:\n> hi`,
      [["quoted-reply", "On 04/03/2024 10:32, Sarah Jones wrote:\n> hi"]],
    ],
    [
      "attribution wrapped over three lines",
      `${NEW}\n\nOn Mon, 4 Mar 2024 at 10:32,\nSarah Jones <sarah@anytown.gov.uk>\nwrote:\n\nhi`,
      [["quoted-reply", "On Mon, 4 Mar 2024 at 10:32,\nSarah Jones <sarah@anytown.gov.uk>\nwrote:\n\nhi"]],
    ],
    [
      "name-and-address attribution",
      `${NEW}\n\nSarah Jones <sarah@anytown.gov.uk> wrote:\n> hi`,
      [["quoted-reply", "Sarah Jones <sarah@anytown.gov.uk> wrote:\n> hi"]],
    ],
    [
      "Outlook header block",
      `${NEW}\n\nFrom: Sarah Jones\nSent: 04 March 2024 10:32\nTo: Tom Hughes\nSubject: Chloe\n\nhi`,
      [["quoted-reply", "From: Sarah Jones\nSent: 04 March 2024 10:32\nTo: Tom Hughes\nSubject: Chloe\n\nhi"]],
    ],
    [
      "Outlook header block with Cc and a wrapped To",
      `${NEW}\n\nFrom: Sarah Jones <sarah@anytown.gov.uk>\nSent: Monday, March 4, 2024 10:32 AM\nTo: Tom Hughes <tom@anyshire.police.uk>; Priya Shah\n<priya@nhs.net>\nCc: MASH\nSubject: Chloe\nhi`,
      [["quoted-reply", "From: Sarah Jones <sarah@anytown.gov.uk>\nSent: Monday, March 4, 2024 10:32 AM\nTo: Tom Hughes <tom@anyshire.police.uk>; Priya Shah\n<priya@nhs.net>\nCc: MASH\nSubject: Chloe\nhi"]],
    ],
    [
      "Gmail forward header with Date",
      `${NEW}\n\nFrom: Sarah Jones <sarah@anytown.gov.uk>\nDate: Mon, 4 Mar 2024 at 10:32\nSubject: Chloe\nTo: Tom <tom@anyshire.police.uk>\n\nhi`,
      [["quoted-reply", "From: Sarah Jones <sarah@anytown.gov.uk>\nDate: Mon, 4 Mar 2024 at 10:32\nSubject: Chloe\nTo: Tom <tom@anyshire.police.uk>\n\nhi"]],
    ],
    ["-----Original Message-----", `${NEW}\n-----Original Message-----\nhi`, [["quoted-reply", "-----Original Message-----\nhi"]]],
    ["-------- Original message --------", `${NEW}\n-------- Original message --------\nhi`, [["quoted-reply", "-------- Original message --------\nhi"]]],
    ["---------- Forwarded message ---------", `${NEW}\n---------- Forwarded message ---------\nhi`, [["quoted-reply", "---------- Forwarded message ---------\nhi"]]],
    ["Begin forwarded message:", `${NEW}\n\nBegin forwarded message:\n\nhi`, [["quoted-reply", "Begin forwarded message:\n\nhi"]]],
    [
      "underscores above a header block",
      `${NEW}\n________________________________\nFrom: Sarah Jones\nSent: 04 March 2024 10:32\nTo: Tom\nSubject: x`,
      [["quoted-reply", "________________________________\nFrom: Sarah Jones\nSent: 04 March 2024 10:32\nTo: Tom\nSubject: x"]],
    ],
    ["a forward with no new text", "-----Original Message-----\nFrom: a\nhi", [["quoted-reply", "-----Original Message-----\nFrom: a\nhi"]]],
  ])("%s", (_name, body, expected) => {
    expect(skipped(body)).toEqual(expected);
  });
});

describe("findSkippedRegions: practitioner sentences that must not trigger", () => {
  test.each([
    "Mum told me on Monday she wrote to the school.",
    "From: the school's records, Oscar was absent on 9 of the last 20 days.",
    "From: 1 March to 5 March Oscar was absent.\nTo: be discussed at the core group.",
    "On Monday mum wrote:\n\"I can't cope.\"\nI visited the next day.",
    "On 3 March 2024, mum wrote:\n\"I can't cope.\"\nI visited on 4 March.",
    "On 12.03.2024 the school wrote:\nOscar is often hungry.\nI agree with them.",
    "Thanks for your help with this. I will call mum tomorrow.",
    "Thanks for your help with this.\nI will call mum tomorrow and let you know.",
    "Regards to your team. Chloe is doing well.",
    "Kind regards\n\nActually one more thing: Chloe's dad has moved back in and I am worried about this.",
    "Thanks\n\n- visit Friday\n- call school",
    "Thanks\n\nChloe Smith\nDOB 01/02/2015\nNHS No: 485 777 3456",
    "Subject: Chloe's attendance has dropped again this term.",
    "The score was >5 on the scale.\n>10 missed sessions.",
    "Original message from mum was lost.",
    "Please keep this confidential and delete it after the meeting.",
    "The information contained in this email is confidential and must not be shared with the family.",
    "I have received this email in error from the school and have told them.",
    "-- see below --",
    "The meeting is on 4 March.\n\nSarah said she will attend.\nShe will bring the plan.",
  ])("%j", (body) => {
    expect(skipped(body)).toEqual([]);
  });
});

describe("findSkippedRegions: signatures", () => {
  test.each([
    ["sign-off and name", `${NEW}\n\nKind regards,\nSarah`, [["signature", "Sarah"]]],
    ["sign-off with the name on its line", `${NEW}\n\nBest wishes, Sarah Jones`, [["signature", "Sarah Jones"]]],
    ["sign-off with a dash and name", `${NEW}\n\nThanks - Sarah`, [["signature", "Sarah"]]],
    ["name and role", `${NEW}\n\nRegards\n\nSarah Jones\nSocial Worker\nAnytown Council`, [["signature", "Sarah Jones\nSocial Worker\nAnytown Council"]]],
    ["thanks sentence then a name", `${NEW}\nThanks for your help with this.\nSarah Jones\nSocial Worker`, [["signature", "Sarah Jones\nSocial Worker"]]],
    ["-- delimiter", `${NEW}\n\n-- \nSarah Jones\n01632 960000`, [["signature", "-- \nSarah Jones\n01632 960000"]]],
    ["no sign-off, name and e-mail", `${NEW}\n\nSarah Jones\nsarah.jones@anytown.gov.uk`, [["signature", "Sarah Jones\nsarah.jones@anytown.gov.uk"]]],
    ["no sign-off, name and job title", `${NEW}\n\nSarah Jones\nDesignated Safeguarding Lead`, [["signature", "Sarah Jones\nDesignated Safeguarding Lead"]]],
    ["lone name after a blank line", `${NEW}\n\nSarah`, [["signature", "Sarah"]]],
    ["Sent from my iPhone", `${NEW}\n\nSent from my iPhone`, [["signature", "Sent from my iPhone"]]],
    ["Get Outlook for iOS", `${NEW}\n\nGet Outlook for iOS`, [["signature", "Get Outlook for iOS"]]],
    [
      "signature around a disclaimer",
      `${NEW}\n\nThanks,\nSarah Jones\nSocial Worker\nThis email is confidential and intended only for the addressee.\n\nTel: 01632 960000`,
      [["signature", "Sarah Jones\nSocial Worker"], ["disclaimer", "This email is confidential and intended only for the addressee."], ["signature", "Tel: 01632 960000"]],
    ],
    [
      "signature of an inline reply closes the last stretch of new text",
      `> question?\nAnswer here.\n\nThanks\nSarah`,
      [["quoted-reply", "> question?"], ["signature", "Sarah"]],
    ],
  ])("%s", (_name, body, expected) => {
    expect(skipped(body)).toEqual(expected);
  });

  test("a sign-off at the very end with nothing after it leaves nothing to skip", () => {
    expect(skipped(`${NEW}\n\nKind regards`)).toEqual([]);
  });
});

describe("findSkippedRegions: disclaimers", () => {
  test.each([
    [
      "classic",
      "This email and any files transmitted with it are confidential and intended solely for the use of the addressee.",
    ],
    ["notice label", "CONFIDENTIALITY NOTICE\nThe contents of this e-mail are confidential. If you are not the addressee you must delete it."],
    ["in error", "If you have received this email in error, please notify the sender and delete it."],
    ["intended solely", "This e-mail is intended solely for the person to whom it is addressed."],
    ["environment", "Please consider the environment before printing this email"],
    ["disclaimer label", "Disclaimer: the views expressed are those of the author."],
    ["weak opening with vocabulary", "The information contained in this email is confidential and may be legally privileged."],
    ["monitoring", "Emails sent to and from Anytown Council may be monitored and recorded."],
    ["bulleted", "** This message may contain confidential information **"],
  ])("%s", (_name, text) => {
    const body = `${NEW}\n\n${text}`;
    expect(skipped(body)).toEqual([["disclaimer", text]]);
  });

  test("a disclaimer of several paragraphs is one region", () => {
    const d = "This email is confidential.\n\nIt may also be legally privileged. If you are not the intended recipient, please delete it.\n\nWe monitor emails and accept no liability for viruses.";
    expect(skipped(`${NEW}\n\n${d}`)).toEqual([["disclaimer", d]]);
  });

  test("a disclaimer inside a quoted chain is part of the quoted reply", () => {
    const body = `${NEW}\n\n-----Original Message-----\nhi\n\nThis email and any files transmitted with it are confidential.`;
    expect(skipped(body)).toEqual([["quoted-reply", "-----Original Message-----\nhi\n\nThis email and any files transmitted with it are confidential."]]);
  });
});

describe("findSkippedRegions: shape of the result", () => {
  test("regions are sorted, disjoint, trimmed and inside the body", () => {
    const body = `Hi,\n\n> q1\n\nA reply.\n\n> q2\n\nThanks\nSarah\nTel: 01632 960000\n\nThis email is confidential.\n\nFrom: X\nSent: 1 Jan 2024 10:00\nTo: Y\nSubject: Z\n\nold`;
    const regions = findSkippedRegions(body);
    expect(regions.map((r) => r.reason)).toEqual(["quoted-reply", "quoted-reply", "signature", "disclaimer", "quoted-reply"]);
    for (let i = 0; i < regions.length; i++) {
      const r = regions[i];
      if (r === undefined) continue;
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(body.length);
      expect(r.end).toBeGreaterThan(r.start);
      expect(body.slice(r.start, r.end)).toBe(body.slice(r.start, r.end).trim());
      const next = regions[i + 1];
      if (next !== undefined) expect(next.start).toBeGreaterThanOrEqual(r.end);
    }
  });

  test("an empty body has no regions", () => {
    expect(findSkippedRegions("")).toEqual([]);
  });
});
