import { isDuplicateValueError } from "../../src/store";
import fc from "fast-check";
import { parseFilter } from "../../src/dev/graph-server";
import { fieldCompare, fieldIn, odataDateTime, odataString, windowFilter } from "../../src/store";

/** The local server's own OData parser checks what we build: a value always stays one literal. */
describe("OData escaping", () => {
  it("doubles apostrophes: O'Brien", () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(fieldCompare("Team", "eq", "O'Brien")).toBe("fields/Team eq 'O''Brien'");
  });

  it("property: any string round-trips as exactly one literal and cannot add a condition", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (value) => {
        const ast = parseFilter(fieldCompare("Team", "eq", value)) as unknown as { kind: string; value: { kind: string; value: string } };
        expect(ast.kind).toBe("compare");
        expect(ast.value).toEqual({ kind: "string", value });
      }),
      { numRuns: 500 },
    );
  });

  it("property: an injected `' or ...` stays inside the literal of a whole review filter", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (team, upn) => {
        const text = windowFilter({ team: `${team}' or fields/Team ne '`, practitionerUpn: `${upn}'` }, new Date(0), new Date(1000));
        const countCompares = (n: { kind: string; left?: unknown; right?: unknown }): number =>
          n.kind === "and" ? countCompares(n.left as never) + countCompares(n.right as never) : n.kind === "or" ? Number.NaN : 1;
        expect(countCompares(parseFilter(text) as never)).toBe(4);
      }),
      { numRuns: 300 },
    );
  });

  it("builds an OR read-back and UTC whole-second times", () => {
    expect(fieldIn("RecordId", ["a", "b'"])).toBe("(fields/RecordId eq 'a' or fields/RecordId eq 'b''')");
    expect(odataDateTime(new Date("2026-11-25T09:00:00.999Z"))).toBe("'2026-11-25T09:00:00Z'");
    expect(() => fieldCompare("Team) or (x", "eq", "y")).toThrow(RangeError);
  });
});

describe("a unique-value violation, however SharePoint words its status", () => {
  it.each([
    [409, "The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [RecordId].", true],
    [400, "Duplicate value for the column RecordId", true],
    [403, "duplicate", false],
    [409, "Conflict", false],
    [500, "duplicate values", false],
  ])("%s %s → %s", (status, message, expected) => {
    expect(isDuplicateValueError(status, message)).toBe(expected);
  });
});
