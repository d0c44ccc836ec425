import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The hard-writing corpus (fixtures/hard, issue 15) stays usable: every row a kind, a text and a
 * category; no sentence in both parts; the held-out part the quarter its hash chooses, and the whole of
 * each unseen writer's file (a writer the model never learned from). Its scores are asserted in
 * kinds-quality.test.ts and printed by scripts/kinds-eval.ts.
 */
/** Files held out whole: their writers' habits are in no training sentence. */
const UNSEEN_WRITERS = ["k-long-mixed.tsv", "o-mixed.tsv"];
/** The quarter a sentence falls in: the first four bytes of its SHA-256, big-endian, modulo 4 (0: held out). */
const quarter = (text: string) => createHash("sha256").update(text).digest().readUInt32BE(0) % 4;
const root = join(__dirname, "fixtures", "hard");
const rowsOf = (part: string) =>
  readdirSync(join(root, part))
    .filter((f) => f.endsWith(".tsv"))
    .flatMap((f) => {
      const [header, ...lines] = readFileSync(join(root, part, f), "utf8").split(/\r?\n/).filter((l) => l.trim());
      expect(header).toBe("kind\ttext\tcategory");
      return lines.map((l) => [...l.split("\t"), f]);
    });

describe("the hard-writing corpus", () => {
  const tune = rowsOf("tune");
  const heldOut = rowsOf("held-out");

  it("has well-formed rows in both parts", () => {
    for (const row of [...tune, ...heldOut]) {
      expect(row).toHaveLength(4);
      expect(["fact", "opinion", "reported"]).toContain(row[0]);
      // "Thanks." and "Minutes to follow." are sentences too (l-everyday).
      expect(row[1]!.trim().length).toBeGreaterThan(1);
    }
    expect(tune.length + heldOut.length).toBeGreaterThan(3000);
  });

  it("keeps the held-out sentences apart from the tuning ones (about a quarter)", () => {
    const seen = new Set(tune.map((r) => r[1]!.toLowerCase()));
    expect(heldOut.filter((r) => seen.has(r[1]!.toLowerCase()))).toEqual([]);
    expect(tune.filter((r) => UNSEEN_WRITERS.includes(r[3]!) || quarter(r[1]!) === 0)).toEqual([]);
    const hashed = heldOut.filter((r) => !UNSEEN_WRITERS.includes(r[3]!));
    expect(hashed.filter((r) => quarter(r[1]!) !== 0)).toEqual([]);
    const share = hashed.length / (tune.length + hashed.length);
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
    expect(heldOut.filter((r) => UNSEEN_WRITERS.includes(r[3]!)).length).toBeGreaterThan(500);
  });
});
