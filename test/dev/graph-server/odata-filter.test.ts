import fc from "fast-check";
import { FilterSyntaxError, conjuncts, odataString, parseFilter, type FilterNode } from "../../../src/dev/graph-server/odata-filter";

describe("odata $filter parser", () => {
  it("parses comparisons on field paths with every operator", () => {
    for (const op of ["eq", "ne", "lt", "gt", "le", "ge"] as const) {
      expect(parseFilter(`fields/Team ${op} 'A'`)).toEqual({
        kind: "compare",
        op,
        field: { name: "Team", raw: "fields/Team" },
        value: { kind: "string", value: "A" },
      });
    }
  });

  it("gives and precedence over or, and honours parentheses", () => {
    const a = parseFilter("fields/A eq 1 or fields/B eq 2 and fields/C eq 3");
    expect(a.kind).toBe("or");
    const b = parseFilter("(fields/A eq 1 or fields/B eq 2) and fields/C eq 3");
    expect(b.kind).toBe("and");
    expect(conjuncts(b)).toHaveLength(2);
  });

  it("reads literals: numbers, booleans, null, bare and quoted date-times", () => {
    const lit = (src: string): unknown => (parseFilter(src) as Extract<FilterNode, { kind: "compare" }>).value;
    expect(lit("fields/N eq -1.5")).toEqual({ kind: "number", value: -1.5 });
    expect(lit("fields/B eq true")).toEqual({ kind: "boolean", value: true });
    expect(lit("fields/B eq null")).toEqual({ kind: "null" });
    expect(lit("fields/T ge 2026-01-01T00:00:00Z")).toEqual({ kind: "datetime", value: "2026-01-01T00:00:00Z" });
    expect(lit("fields/T ge datetime'2026-01-01T00:00:00Z'")).toEqual({ kind: "datetime", value: "2026-01-01T00:00:00Z" });
  });

  it("flips a literal-first comparison", () => {
    expect(parseFilter("5 lt fields/N")).toMatchObject({ op: "gt", field: { name: "N" } });
  });

  it("maps item properties to built-in columns", () => {
    expect(parseFilter("id eq '3'")).toMatchObject({ field: { name: "ID" } });
    expect(parseFilter("createdDateTime ge '2026-01-01'")).toMatchObject({ field: { name: "Created" } });
  });

  it("parses startswith and not", () => {
    expect(parseFilter("startswith(fields/Practitioner, 'o''b')")).toEqual({
      kind: "startswith",
      field: { name: "Practitioner", raw: "fields/Practitioner" },
      value: "o'b",
    });
    expect(parseFilter("not fields/B eq true").kind).toBe("not");
  });

  it.each([
    "fields/Team eq 'unterminated",
    "fields/Team eq",
    "fields/Team 'A'",
    "fields/A eq fields/B",
    "(fields/A eq 1",
    "fields/A eq 1)",
    "fields/A eq 1 and",
    "nonsense eq 1",
    "fields/A eq 1; drop table",
  ])("rejects %s", (src) => {
    expect(() => parseFilter(src)).toThrow(FilterSyntaxError);
  });

  it("round-trips any string through odataString: an apostrophe never breaks or widens the query", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const node = parseFilter(`fields/Name eq ${odataString(s)} and fields/Team eq 'X'`);
        expect(conjuncts(node)).toHaveLength(2);
        expect(conjuncts(node)[0]).toMatchObject({ value: { kind: "string", value: s } });
      }),
    );
  });
});
