/**
 * How the sentence kinds do on the hard-writing corpus (test/core/content/kinds/fixtures/hard): macro-F1,
 * accuracy, per-kind precision / recall for the tuning part and the held-out part, and the weakest
 * categories of the tuning part (the held-out part's errors are not printed: it stays out of tuning).
 *
 *   npx tsx scripts/kinds-eval.ts [--errors]   (--errors lists the tuning part's mistakes)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseSentence } from "../src/core/content/kinds/classify";
import { combineKinds, shippedModel } from "../src/core/content/kinds/model/kind-model";

type Kind = "fact" | "opinion" | "reported";
const KINDS: readonly Kind[] = ["fact", "opinion", "reported"];
interface Row {
  gold: Kind;
  got: Kind;
  text: string;
  category: string;
  file: string;
  /** The rules' label alone, without the learned model. */
  rules: Kind;
}

const root = join(__dirname, "..", "test", "core", "content", "kinds", "fixtures", "hard");

function rowsOf(part: string): Row[] {
  const dir = join(root, part);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".tsv"))
    .flatMap((f) =>
      readFileSync(join(dir, f), "utf8")
        .split(/\r?\n/)
        .slice(1)
        .filter((l) => l.trim())
        .map((l) => {
          const [gold, text = "", category = ""] = l.split("\t") as [Kind, string, string];
          // One analysis for both labels: the rules' and the rules' with the model (what classifySentence gives).
          const a = analyseSentence(text);
          return { gold, got: combineKinds(shippedModel(), a).kind as Kind, rules: a.rules.kind as Kind, text, category, file: f };
        }),
    );
}

function score(rows: readonly Row[]): string {
  const per = KINDS.map((k) => {
    const tp = rows.filter((r) => r.gold === k && r.got === k).length;
    const p = tp / (rows.filter((r) => r.got === k).length || 1);
    const r = tp / (rows.filter((x) => x.gold === k).length || 1);
    return { k, p, r, f1: (2 * p * r) / (p + r || 1) };
  });
  const macro = per.reduce((a, b) => a + b.f1, 0) / per.length;
  const acc = rows.filter((r) => r.gold === r.got).length / (rows.length || 1);
  return `n ${rows.length}  macro-F1 ${macro.toFixed(3)}  accuracy ${acc.toFixed(3)}  ` + per.map((x) => `${x.k} P ${x.p.toFixed(2)} R ${x.r.toFixed(2)}`).join("  ");
}

const tune = rowsOf("tune");
const heldOut = rowsOf("held-out");
const UNSEEN_WRITERS = ["k-long-mixed.tsv", "o-mixed.tsv"];
const unseen = heldOut.filter((r) => UNSEEN_WRITERS.includes(r.file));
const rulesOnly = (rows: readonly Row[]) => rows.map((r) => ({ ...r, got: r.rules }));
process.stdout.write(
  `tuning    ${score(tune)}\nheld-out  ${score(heldOut)}\n` +
    `  of it, the unseen writers (k-long-mixed, o-mixed): ${score(unseen)}\n` +
    `held-out, rules alone: ${score(rulesOnly(heldOut))}\n\nweakest categories (tuning):\n`,
);
const byCategory = new Map<string, Row[]>();
for (const r of tune) byCategory.set(`${r.gold}/${r.category}`, [...(byCategory.get(`${r.gold}/${r.category}`) ?? []), r]);
const weakest = [...byCategory.entries()].filter(([, rs]) => rs.length >= 5).map(([c, rs]) => [c, rs.filter((r) => r.gold === r.got).length, rs.length] as const);
for (const [c, ok, n] of weakest.sort((a, b) => a[1] / a[2] - b[1] / b[2]).slice(0, 15)) process.stdout.write(`  ${c}: ${ok}/${n}\n`);
if (process.argv.includes("--errors")) for (const r of tune.filter((x) => x.gold !== x.got)) process.stdout.write(`${r.gold} -> ${r.got}\t${r.category}\t${r.text}\n`);
