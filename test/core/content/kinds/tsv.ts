/** Helpers shared by the kinds tests: read labelled TSV fixtures and score a classifier on them. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SentenceFlag, SentenceKind } from "../../../../src/core/check/result";

/** One labelled sentence. */
export interface Row {
  kind: SentenceKind;
  text: string;
  flags: SentenceFlag[] | undefined;
}

/** Read `kind<TAB>text[<TAB>flags]` rows (header line skipped; flags comma-separated). */
export function readRows(file: string): Row[] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((line) => {
      const [kind, text, flags] = line.split("\t");
      if (kind !== "fact" && kind !== "opinion" && kind !== "reported") throw new Error(`bad kind in ${file}: ${line}`);
      return {
        kind,
        text: text ?? "",
        flags: flags === undefined ? undefined : (flags.split(",").filter((f) => f !== "") as SentenceFlag[]),
      };
    });
}

/** The shared development examples: the live file when this checkout sits in the shared tree, else our copy. */
export function examplesPath(): string {
  const shared = path.resolve(__dirname, "../../../../../shared/data/fact-opinion-examples.tsv");
  return existsSync(shared) ? shared : path.resolve(__dirname, "fixtures/examples.tsv");
}

/** Per-class precision, recall and F1, and their macro average. */
export interface Scores {
  macroF1: number;
  perClass: Record<SentenceKind, { precision: number; recall: number; f1: number }>;
  errors: string[];
}

/** Score predicted kinds against the labels. */
export function score(rows: readonly Row[], predict: (text: string) => SentenceKind): Scores {
  const kinds: SentenceKind[] = ["fact", "opinion", "reported"];
  const counts = new Map(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const errors: string[] = [];
  for (const r of rows) {
    const got = predict(r.text);
    if (got === r.kind) counts.get(r.kind)!.tp++;
    else {
      counts.get(r.kind)!.fn++;
      counts.get(got)!.fp++;
      errors.push(`${r.kind} → ${got}: ${r.text}`);
    }
  }
  const perClass = {} as Scores["perClass"];
  let sum = 0;
  for (const k of kinds) {
    const { tp, fp, fn } = counts.get(k)!;
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[k] = { precision, recall, f1 };
    sum += f1;
  }
  return { macroF1: sum / kinds.length, perClass, errors };
}

/** A one-line summary for the test log. */
export function summary(name: string, s: Scores): string {
  const parts = (Object.keys(s.perClass) as SentenceKind[]).map((k) => {
    const c = s.perClass[k];
    return `${k} P=${c.precision.toFixed(3)} R=${c.recall.toFixed(3)} F1=${c.f1.toFixed(3)}`;
  });
  return `${name}: macro-F1=${s.macroF1.toFixed(3)} | ${parts.join(" | ")}`;
}
