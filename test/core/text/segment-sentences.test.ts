import { segmentSentences } from "../../../src/core/text";

/** The sentence texts of `body`. */
function texts(body: string): string[] {
  return segmentSentences(body).map((s) => body.slice(s.start, s.end));
}

describe("segmentSentences: abbreviations, titles and initials", () => {
  test.each([
    ["Mr Smith arrived. Mrs Smith left.", ["Mr Smith arrived.", "Mrs Smith left."]],
    ["Mr. Smith arrived. Mrs. Smith left.", ["Mr. Smith arrived.", "Mrs. Smith left."]],
    ["Ms. Evans and Miss Cole attended.", ["Ms. Evans and Miss Cole attended."]],
    ["Dr. Patel examined Amir. He found a fracture.", ["Dr. Patel examined Amir.", "He found a fracture."]],
    ["Prof. Ahmed and Rev. Jones were present.", ["Prof. Ahmed and Rev. Jones were present."]],
    ["The family live on St. Mary's Road. They moved in May.", ["The family live on St. Mary's Road.", "They moved in May."]],
    ["Cllr. Wright asked for an update.", ["Cllr. Wright asked for an update."]],
    ["Sgt. Lewis and Insp. Khan attended. DS. Patel did not.", ["Sgt. Lewis and Insp. Khan attended.", "DS. Patel did not."]],
    ["I spoke to the PC. Then I left.", ["I spoke to the PC.", "Then I left."]],
    ["PC Hughes and DC Moss visited.", ["PC Hughes and DC Moss visited."]],
    ["J. R. Smith is the father.", ["J. R. Smith is the father."]],
    ["Mr J. Smith is the father. Mum is A.B. Jones.", ["Mr J. Smith is the father.", "Mum is A.B. Jones."]],
    ["It was Plan B. The plan failed.", ["It was Plan B.", "The plan failed."]],
    ["Bring coats, shoes etc. Mum agreed.", ["Bring coats, shoes etc.", "Mum agreed."]],
    ["Bring coats, shoes etc. and a bag.", ["Bring coats, shoes etc. and a bag."]],
    ["Some items, e.g. Chloe's coat, were missing.", ["Some items, e.g. Chloe's coat, were missing."]],
    ["The carer, i.e. Nan, was present.", ["The carer, i.e. Nan, was present."]],
    ["It took approx. 20 minutes. She waited.", ["It took approx. 20 minutes.", "She waited."]],
    ["See no. 12 on the list. She said no. Then she left.", ["See no. 12 on the list.", "She said no.", "Then she left."]],
    ["Nos. 4 and 5 were empty.", ["Nos. 4 and 5 were empty."]],
    ["Tel. 01632 960000 is the duty line.", ["Tel. 01632 960000 is the duty line."]],
    ["Mob. 07700 900000 is hers.", ["Mob. 07700 900000 is hers."]],
    ["Our ref. ABC/123 applies.", ["Our ref. ABC/123 applies."]],
    ["Smith vs. Jones was cited.", ["Smith vs. Jones was cited."]],
    ["The meeting is on 3 Jan. 2025 at noon.", ["The meeting is on 3 Jan. 2025 at noon."]],
    ["The visit was on Mon. at 10am.", ["The visit was on Mon. at 10am."]],
    ["She sat. Then she cried.", ["She sat.", "Then she cried."]],
    ["I left at 3 p.m. on Friday.", ["I left at 3 p.m. on Friday."]],
    ["I left at 3 p.m. Chloe stayed.", ["I left at 3 p.m.", "Chloe stayed."]],
    ["We met at 9 a.m. and talked.", ["We met at 9 a.m. and talked."]],
    ["The dept. of health wrote.", ["The dept. of health wrote."]],
  ])("%s", (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe("segmentSentences: numbers, times, dates, money, addresses", () => {
  test.each([
    ["We met at 10.30 in the office.", ["We met at 10.30 in the office."]],
    ["We met at 10:30. She was late.", ["We met at 10:30.", "She was late."]],
    ["Dad left at 3.15pm. Mum stayed.", ["Dad left at 3.15pm.", "Mum stayed."]],
    ["Lunch cost £2.50. She paid.", ["Lunch cost £2.50.", "She paid."]],
    ["The debt is £1,250.75 in total.", ["The debt is £1,250.75 in total."]],
    ["The meeting was on 12.03.2024. Both parents came.", ["The meeting was on 12.03.2024.", "Both parents came."]],
    ["She is 1.5 years old.", ["She is 1.5 years old."]],
    ["He has 3 siblings. 2 live with dad.", ["He has 3 siblings.", "2 live with dad."]],
    ["Email sarah.jones@anytown.gov.uk today.", ["Email sarah.jones@anytown.gov.uk today."]],
    ["See www.anytown.gov.uk. It has the form.", ["See www.anytown.gov.uk.", "It has the form."]],
    ["The link is https://example.org/a.b?c=d.e#f. Use it.", ["The link is https://example.org/a.b?c=d.e#f.", "Use it."]],
    ["Version 2.1.3 is installed.", ["Version 2.1.3 is installed."]],
  ])("%s", (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe("segmentSentences: quotes, brackets, ?, ! and ellipses", () => {
  test.each([
    ['She said "no." Then she left.', ['She said "no."', "Then she left."]],
    ["She said 'no.' Then she left.", ["She said 'no.'", "Then she left."]],
    ["She said “I'm scared.” Then she cried.", ["She said “I'm scared.”", "Then she cried."]],
    ['He shouted "stop." and walked out.', ['He shouted "stop." and walked out.']],
    ["Mum was upset (she cried.) Dad was calm.", ["Mum was upset (she cried.)", "Dad was calm."]],
    ["Was she hurt? Yes. Was he there?", ["Was she hurt?", "Yes.", "Was he there?"]],
    ["Stop! She ran.", ["Stop!", "She ran."]],
    ["Really?! I had no idea.", ["Really?!", "I had no idea."]],
    ["She said she was... scared.", ["She said she was... scared."]],
    ["She said she was scared... Then she left.", ["She said she was scared...", "Then she left."]],
    ["She waited… Mum never came.", ["She waited…", "Mum never came."]],
    ["She waited... 10 minutes later mum came.", ["She waited... 10 minutes later mum came."]],
    ["Did she say \"go away!\" and leave?", ["Did she say \"go away!\" and leave?"]],
    ["i visited today. mum was not in.", ["i visited today.", "mum was not in."]],
  ])("%s", (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe("segmentSentences: lines, lists and bullets", () => {
  test.each([
    ["First line\nSecond line", ["First line", "Second line"]],
    ["First line\n\nsecond paragraph", ["First line", "second paragraph"]],
    ["Concerns:\n- attendance\n- housing", ["Concerns:", "attendance", "housing"]],
    ["* one\n* two", ["one", "two"]],
    ["• one\n· two\n– three\n— four", ["one", "two", "three", "four"]],
    ["1. Chloe said she was hit.\n2. Dad denied it.", ["Chloe said she was hit.", "Dad denied it."]],
    ["1) Chloe said she was hit\n2) Dad denied it", ["Chloe said she was hit", "Dad denied it"]],
    ["(1) first\n(2) second", ["first", "second"]],
    ["a) first\nb) second\n(c) third", ["first", "second", "third"]],
    ["i. first\nii. second\niv) third", ["first", "second", "third"]],
    ["- Mum said she was fine. Dad said nothing.\n- School are worried", ["Mum said she was fine.", "Dad said nothing.", "School are worried"]],
    ["- a long bullet that goes\n  on to a second line", ["a long bullet that goes\n  on to a second line"]],
    ["I spoke to\nChloe at school.", ["I spoke to\nChloe at school."]],
    ["Mum, Dad,\nNan and Chloe were there.", ["Mum, Dad,\nNan and Chloe were there."]],
    ["I visited the home on Monday afternoon with\nthe student social worker.", ["I visited the home on Monday afternoon with\nthe student social worker."]],
    ["I visited the home on Monday afternoon and\nmum was there.", ["I visited the home on Monday afternoon and\nmum was there."]],
    ["I visited the home on Monday afternoon after school\nmum was not there", ["I visited the home on Monday afternoon after school\nmum was not there"]],
    ["school attendance\nhousing", ["school attendance", "housing"]],
    ["I spoke to Mr.\nSmith on the phone.", ["I spoke to Mr.\nSmith on the phone."]],
    ["I visited.\nShe was out.", ["I visited.", "She was out."]],
    ["Update:\nChloe is safe", ["Update:", "Chloe is safe"]],
    ["-5 degrees outside", ["-5 degrees outside"]],
    ["10.30 meeting with school", ["10.30 meeting with school"]],
    ["J. Smith attended.", ["J. Smith attended."]],
    ["   \n\n  \t ", []],
    ["...\n---\n***", []],
    ["", []],
  ])("%j", (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe("segmentSentences: roles", () => {
  test.each([
    ["Hi Sarah,", "greeting"],
    ["Hi Sarah", "greeting"],
    ["Hello,", "greeting"],
    ["Dear Ms Evans", "greeting"],
    ["Dear Dr. Patel,", "greeting"],
    ["Good morning all,", "greeting"],
    ["Good afternoon", "greeting"],
    ["Morning team!", "greeting"],
    ["Hi all", "greeting"],
    ["Hi Sarah -", "greeting"],
    ["Dear Sir or Madam,", "greeting"],
    ["To whom it may concern,", "greeting"],
    ["Kind regards", "sign-off"],
    ["Kind regards,", "sign-off"],
    ["Many thanks,", "sign-off"],
    ["Best wishes", "sign-off"],
    ["Thanks", "sign-off"],
    ["Thanks!", "sign-off"],
    ["Regards", "sign-off"],
    ["Thank you.", "sign-off"],
    ["Yours sincerely", "sign-off"],
    ["Best,", "sign-off"],
    ["Cheers", "sign-off"],
    ["With thanks", "sign-off"],
    ["Kind regards, Sarah", "sign-off"],
    ["Thanks for your help with this.", "sentence"],
    ["Afternoon visit cancelled.", "sentence"],
    ["Morning", "sentence"],
    ["Best practice was followed.", "sentence"],
    ["Dear me, she was upset.", "sentence"],
    ["Regards to your mum.", "sentence"],
  ])("%s → %s", (body, role) => {
    const segs = segmentSentences(body);
    expect(segs).toHaveLength(1);
    expect(segs[0]?.role).toBe(role);
  });

  test.each([
    ["Hi Sarah, I visited Chloe today.", [["greeting", "Hi Sarah,"], ["sentence", "I visited Chloe today."]]],
    ["Hi Sarah, hope you are well.", [["greeting", "Hi Sarah,"], ["sentence", "hope you are well."]]],
    ["Hello, I am writing about Oscar.", [["greeting", "Hello,"], ["sentence", "I am writing about Oscar."]]],
    ["Morning Steph, quick update.", [["greeting", "Morning Steph,"], ["sentence", "quick update."]]],
    ["Morning, Chloe arrived late.", [["sentence", "Morning, Chloe arrived late."]]],
    ["Hi Sarah Jones asked me to call.", [["sentence", "Hi Sarah Jones asked me to call."]]],
    ["Dear Ms Evans, thank you for your letter.", [["greeting", "Dear Ms Evans,"], ["sentence", "thank you for your letter."]]],
  ])("%s", (body, expected) => {
    expect(segmentSentences(body).map((s) => [s.role, body.slice(s.start, s.end)])).toEqual(expected);
  });
});

describe("segmentSentences: exclusions", () => {
  const body = "One. Two.\n> quoted. text.\nThree. Four.";
  const quoted = { start: body.indexOf(">"), end: body.indexOf("\nThree") };

  test("sentences are found only outside excluded spans", () => {
    const got = segmentSentences(body, [quoted]).map((s) => body.slice(s.start, s.end));
    expect(got).toEqual(["One.", "Two.", "Three.", "Four."]);
  });

  test("a sentence never crosses an excluded span", () => {
    const b = "I visited the home and then I went to school.";
    const mid = { start: b.indexOf("and"), end: b.indexOf("then") };
    expect(segmentSentences(b, [mid]).map((s) => b.slice(s.start, s.end))).toEqual(["I visited the home", "then I went to school."]);
  });

  test.each([
    [[{ start: 5, end: 3 }]],
    [[{ start: -10, end: 2 }]],
    [[{ start: 40, end: 1e9 }]],
    [[{ start: Number.NaN, end: 4 }]],
    [[{ start: 10, end: 20 }, { start: 0, end: 15 }, { start: 12, end: 14 }]],
  ])("odd exclusions are clamped, sorted and merged: %j", (exclude) => {
    for (const s of segmentSentences(body, exclude)) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(body.length);
      expect(s.end).toBeGreaterThan(s.start);
      for (const x of exclude) {
        if (Number.isFinite(x.start) && x.end > x.start) expect(s.end <= x.start || s.start >= x.end).toBe(true);
      }
    }
  });

  test("offsets are into the original string and spans are trimmed", () => {
    const b = "  \n\t Hello there.   \n  - Second one  ";
    const segs = segmentSentences(b);
    expect(segs.map((s) => b.slice(s.start, s.end))).toEqual(["Hello there.", "Second one"]);
    expect(segs[0]).toMatchObject({ start: 5, end: 17 });
  });
});
