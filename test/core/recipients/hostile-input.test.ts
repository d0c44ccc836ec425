import fc from "fast-check";
import { checkRecipients, classifyDomain, greetingNames, parseMailbox, type RecipientInput } from "../../../src/core/recipients";
import { PolicySchema, type Policy } from "../../../src/core/policy/policy";

const policy: Policy = PolicySchema.parse({
  internalDomains: ["hertfordshire.gov.uk"],
  partnerDomains: [{ domain: "kent.gov.uk", label: "Kent County Council" }],
});
const CLASSES = ["invalid", "lookalike", "internal", "secure", "personal", "unverified"];

/**
 * Speed is measured by `npm run bench`, not asserted here (shared, noisy machines); a blow-up would still
 * show as a jest timeout. This only runs the call.
 */
function timed<T>(run: () => T): { value: T } {
  return { value: run() };
}

describe("50,000 recipients", () => {
  const shapes = [
    (i: number) => `person.${i}@dom${i % 500}.gov.uk`,
    (i: number) => `"Person ${i}" <person.${i}@trust${i % 300}.nhs.uk>`,
    (i: number) => `Bloggs, Joe ${i} <j.bloggs${i}@met.police.uk>`,
    (i: number) => `p${i}@gmail.com`,
    (i: number) => `p${i}@nhs.met`,
    (i: number) => `not an address ${i}`,
  ];
  const recipients: RecipientInput[] = Array.from({ length: 50_000 }, (_, i) => ({
    address: shapes[i % shapes.length]!(i),
    field: i % 3 === 0 ? "to" : i % 3 === 1 ? "cc" : "bcc",
  }));

  it("are all classified, with one large-audience flag", () => {
    checkRecipients({ policy, recipients: recipients.slice(0, 100) }); // warm up the lazily built lists
    const { value } = timed(() => checkRecipients({ policy, recipients, body: "Dear Sarah,\nText", history: new Set(["a@b.uk"]) }));
    expect(value).toHaveLength(50_000);
    expect(value[0]?.flags.map((f) => f.kind)).toContain("large-audience");
    expect(value.filter((r) => r.flags.some((f) => f.kind === "large-audience"))).toHaveLength(1);
  });

  it("on 50,000 different domains too", () => {
    const distinct = Array.from({ length: 50_000 }, (_, i): RecipientInput => ({ address: `x@host${i}.example${i % 7}.co.uk`, field: "to" }));
    const { value } = timed(() => checkRecipients({ policy, recipients: distinct }));
    expect(value.every((r) => r.class === "unverified")).toBe(true);
  });

  it("when every one is an unusual shape that needs the full parser", () => {
    const odd = Array.from({ length: 50_000 }, (_, i): RecipientInput => ({ address: `Joe ${i} ((x)) <a${i}@b.uk>`, field: "to" }));
    const { value } = timed(() => checkRecipients({ policy, recipients: odd }));
    expect(value).toHaveLength(50_000);
    expect(value[0]?.class).toBe("unverified");
    // past the parser budget the rest are refused with a reason, not parsed slowly
    expect(value[49_999]?.reasons[0]).toMatch(/too unusual/);
  });

  it("when every one is built to make the parser backtrack", () => {
    const shapes = [
      (i: number) => `${'"'.repeat(150)}${i}(a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.@`,
      (i: number) => `((${i})) ${"a.".repeat(55)}@`,
      (i: number) => `(a)(b)(c)(d)(e)(${i}) ${"a.".repeat(50)}@`,
      (i: number) => `g${i}: ${"a@b.c, ".repeat(16)};`,
      (i: number) => `"${i}${" a".repeat(30)}""${"b.".repeat(30)}"@`,
    ];
    const hostile = Array.from({ length: 50_000 }, (_, i): RecipientInput => ({ address: shapes[i % shapes.length]!(i), field: "to" }));
    const { value } = timed(() => checkRecipients({ policy, recipients: hostile }));
    expect(value.every((r) => r.class === "invalid")).toBe(true);
  });
});

describe("huge and broken strings", () => {
  const big = "x".repeat(1_000_000);
  it.each([
    ["a 1 MB address", big],
    ["a 1 MB address with an @", big + "@" + big + ".uk"],
    ["a 1 MB domain", "a@" + "b.".repeat(500_000) + "uk"],
    ["a 1 MB display name", '"' + big + '" <a@b.uk>'],
    ["many angle brackets", "<".repeat(500_000) + ">".repeat(500_000)],
    ["many @", "@".repeat(1_000_000)],
    ["many dots", ".".repeat(1_000_000)],
    ["many quotes", '"'.repeat(1_000_000)],
    ["nested comments", "(".repeat(1_000_000)],
    ["unpaired surrogates", "\ud800a@b\udc00.uk"],
    ["control characters", "a\u0000@b\u0001.uk\u007f"],
    ["bidi override", "a@\u202enhs.net"],
    ["only whitespace", " \t\n\u00a0"],
  ])("%s", (_label, address) => {
    const { value } = timed(() => checkRecipients({ policy, recipients: [{ address, field: "to" }] }));
    expect(value).toHaveLength(1);
    expect(CLASSES).toContain(value[0]?.class);
    expect(value[0]?.reasons.length).toBeGreaterThan(0);
  });

  it("a 1 MB display name from the host and a 1 MB body", () => {
    const { value } = timed(() =>
      checkRecipients({
        policy,
        body: "Dear " + "Sarah and ".repeat(100_000),
        recipients: [{ address: "a@nhs.net", field: "to", displayName: "a@b.uk ".repeat(150_000) }],
      }),
    );
    expect(value[0]?.class).toBe("secure");
  });

  it("classifyDomain and greetingNames never throw on huge input", () => {
    expect(classifyDomain(big, policy).class).toBe("invalid");
    expect(classifyDomain("\ud800.uk", policy).class).toBe("invalid");
    expect(greetingNames("Dear \ud800\udc00 " + big)).toEqual([]);
  });
});

describe("random input never throws and always answers", () => {
  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.string({ unit: fc.constantFrom(..."aZ09.-_@<>(),;:\"'\\ []é😀е\u200b\u202e\ud800\udc00", "nhs", "net", "gov", "uk", "xn--"), maxLength: 40 }),
  );
  it("checkRecipients", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ address: anyText, displayName: fc.option(anyText, { nil: undefined }) }), { maxLength: 8 }), anyText, (list, body) => {
        const recipients: RecipientInput[] = list.map((r, i) => ({
          address: r.address,
          field: (["to", "cc", "bcc"] as const)[i % 3]!,
          ...(r.displayName !== undefined ? { displayName: r.displayName } : {}),
        }));
        const out = checkRecipients({ policy, recipients, body, history: new Set() });
        expect(out).toHaveLength(recipients.length);
        for (const r of out) {
          expect(CLASSES).toContain(r.class);
          expect(r.reasons.length).toBeGreaterThanOrEqual(1 + r.flags.length);
          expect(r.reasons.every((x) => typeof x === "string" && x.length > 0)).toBe(true);
          if (r.class === "lookalike") expect(typeof r.imitates).toBe("string");
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it("parseMailbox and classifyDomain", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const p = parseMailbox(s);
        expect(typeof p.ok).toBe("boolean");
        expect(CLASSES).toContain(classifyDomain(s, policy).class);
      }),
      { numRuns: 3000, seed: 8 },
    );
  });
});
