import { findDates } from "../../../../src/core/content/identifiers";
import { found } from "./helpers";

describe("findDates", () => {
  it.each([
    ["12/03/2015", [12, 3, 2015]],
    ["12.03.15", [12, 3, 15]],
    ["12-3-2015", [12, 3, 2015]],
    ["1/3/15", [1, 3, 15]],
    ["12 March 2015", [12, 3, 2015]],
    ["12th Mar 2015", [12, 3, 2015]],
    ["1st of June, 2019", [1, 6, 2019]],
    ["3rd Sept 2010", [3, 9, 2010]],
    ["12-Mar-15", [12, 3, 15]],
    ["March 12, 2015", [12, 3, 2015]],
    ["Dec 2nd 2001", [2, 12, 2001]],
    ["2015-03-12", [12, 3, 2015]],
    ["2015/03/12", [12, 3, 2015]],
    ["03/25/2015", [25, 3, 2015]],
    ["29/02/2016", [29, 2, 2016]],
    ["12/13/2015", [13, 12, 2015]],
  ])("reads %s", (text, [day, month, year]) => {
    expect(findDates(`x ${text} y`).map((d) => [d.day, d.month, d.year])).toEqual([[day, month, year]]);
  });

  it.each([["32/01/2015"], ["13/13/2015"], ["31/04/2015"], ["00/01/2015"], ["12/03/1850"], ["1.5"], ["12/03"], ["12/03-2015"], ["March 2015"], ["12 Marchy 2015"], ["2015-13-01"]])(
    "ignores %s",
    (text) => {
      expect(findDates(`x ${text} y`)).toEqual([]);
    },
  );
});

describe("dates of birth", () => {
  it.each([
    ["DOB 12/03/2015", "12/03/2015"],
    ["DOB: 12.03.15", "12.03.15"],
    ["D.O.B 12-3-2015", "12-3-2015"],
    ["D.O.B. 12 March 2015", "12 March 2015"],
    ["d.o.b. 12/03/2015", "12/03/2015"],
    ["DoB - 12th Mar 2015", "12th Mar 2015"],
    ["Date of birth: March 12, 2015", "March 12, 2015"],
    ["date of birth 2015-03-12", "2015-03-12"],
    ["Tom Smith, born 12/03/2015, lives with", "12/03/2015"],
    ["She was born on 3rd March 2014 in Luton.", "3rd March 2014"],
    ["born in Luton and Dunstable Hospital on 01/02/2010", "01/02/2010"],
    ["Jay (b. 12/03/2015)", "12/03/2015"],
    ["Jay b.12/03/2015", "12/03/2015"],
    ["Birth date: 12/03/2015", "12/03/2015"],
    ["Date of Birth:\n12/03/2015", "12/03/2015"],
    ["Tom 12/03/2015 (DOB)", "12/03/2015"],
    ["Tom Smith (DOB 12/03/2015) attends", "12/03/2015"],
    ["DOB's 12/03/2015", "12/03/2015"],
    ["Mia's birthday is 12/12/2014.", "12/12/2014"],
  ])("finds %j", (body, expected) => {
    expect(found(body, "date-of-birth")).toEqual([expected]);
  });

  it("links a short list of dates to one cue", () => {
    expect(found("DOBs: Tom 12/03/2015 and Amy 01/05/2017.", "date-of-birth")).toEqual(["12/03/2015", "01/05/2017"]);
    expect(found("Dates of birth 12/03/2015, 01/05/2017", "date-of-birth")).toEqual(["12/03/2015", "01/05/2017"]);
  });

  it.each([
    ["a date with no cue", "The meeting is on 12/03/2015."],
    ["a date in a later sentence", "DOB is on file. Meeting on 12/03/2015."],
    ["an event after the birth date", "DOB 12/03/2015, seen at school on 14/03/2024"],
    ["a visit date after the birth date", "DOB 12/03/2015 and visited 14/03/2024"],
    ["a second event sentence", "DOB 12/03/2015. Referral 14/03/2024"],
    ["an unrelated 'born' far before", "She was born in Luton and moved to London with her aunt and has been at this school since 01/09/2019"],
    ["a newborn appointment", "newborn check on 12/03/2015"],
    ["an appointment after a born sentence", "Born in Luton; appointment 12/03/2024"],
    ["a due date", "baby due 12/05/2025"],
    ["b. not right before the date", "Plan b. was agreed on 12/03/2015"],
    ["a cue on the previous line of prose", "Mum gave her DOB.\nWe met on 12/03/2024"],
    ["a date range after a DOB", "DOB 01/01/2010 from 12/03/2015 to 14/03/2015"],
    ["a month and year only", "born March 2015"],
    ["a DOB label after the date, not in brackets", "Seen on 18/03/2006, DOB unknown"],
    ["a birthday party's date", "Leo's birthday party is on 03/03/2025."],
    ["a birthday card's arrival", "His birthday card arrived on 01/02/2025."],
  ])("rejects %s", (_why, body) => {
    const dobs = found(body, "date-of-birth");
    if (_why === "a date range after a DOB") expect(dobs).toEqual(["01/01/2010"]);
    else if (_why === "an event after the birth date" || _why === "a visit date after the birth date" || _why === "a second event sentence")
      expect(dobs).toEqual(["12/03/2015"]);
    else expect(dobs).toEqual([]);
  });
});
