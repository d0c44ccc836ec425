import { found } from "./helpers";

describe("UK postcodes", () => {
  it.each([
    ["lives at 14 Acacia Road, AL1 3XY;", "AL1 3XY"],
    ["M1 1AE", "M1 1AE"],
    ["B33 8TH", "B33 8TH"],
    ["CR2 6XH", "CR2 6XH"],
    ["DN55 1PT", "DN55 1PT"],
    ["W1A 0AX", "W1A 0AX"],
    ["EC1A 1BB", "EC1A 1BB"],
    ["SW1A 2AA", "SW1A 2AA"],
    ["GIR 0AA", "GIR 0AA"],
    ["unspaced AL13XY here", "AL13XY"],
    ["unspaced SW1A1AA", "SW1A1AA"],
    ["lower case spaced al1 3xy", "al1 3xy"],
    ["(HP2 4SJ)", "HP2 4SJ"],
    ["Postcode: LS1 4AP.", "LS1 4AP"],
    ["in N1 9GU, near", "N1 9GU"],
  ])("finds %j", (body, expected) => {
    expect(found(body, "postcode")).toEqual([expected]);
  });

  it.each([
    ["first letter Q", "QA1 1AA"],
    ["first letter V", "V1 1AA"],
    ["first letter X", "X1 1AA"],
    ["second letter I", "AI1 1AA"],
    ["second letter J", "AJ1 1AA"],
    ["second letter Z", "AZ1 1AA"],
    ["inward letter C", "AL1 3CY"],
    ["inward letter I", "AL1 3XI"],
    ["inward letter K", "AL1 3KA"],
    ["inward letter M", "AL1 3MA"],
    ["inward letter O", "AL1 3OA"],
    ["inward letter V", "AL1 3VA"],
    ["mixed case", "Al1 3Xy"],
    ["unspaced lower case", "al13xy"],
    ["two spaces", "AL1  3XY"],
    ["inside a longer token", "XAL1 3XYZ"],
    ["glued to digits", "AL1 3XY9"],
    ["outward only", "AL1 area"],
    ["ordinary words", "We met at 3pm in room B12."],
  ])("rejects %s", (_why, body) => {
    expect(found(body, "postcode")).toEqual([]);
  });
});
