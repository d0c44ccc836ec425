/**
 * Trust in the log: every record's hash is recomputed, every practitioner's chain is verified, and items
 * with later versions are compared version by version (the store's tamper check). Pure except for the
 * version fetch, which the page supplies.
 */
import { type DecisionRecord, practitionerChains, recordHashOf, verifyChain } from "../../core/decision";

/** `branch` is a note, not a problem: a practitioner recorded from two devices at about the same time. */
export type TrustProblemKind = "edited" | "later-version" | "chain" | "branch";

/** Whether a finding means the log may have been changed (everything but a branch). */
export function isTamperSign(problem: Pick<TrustProblem, "kind">): boolean {
  return problem.kind !== "branch";
}

export interface TrustProblem {
  readonly recordId: string;
  readonly kind: TrustProblemKind;
  readonly message: string;
}

/** Hash and chain problems of the loaded records, by record id. */
export function trustProblems(records: readonly DecisionRecord[]): Map<string, TrustProblem[]> {
  const out = new Map<string, TrustProblem[]>();
  const add = (p: TrustProblem): void => void out.set(p.recordId, [...(out.get(p.recordId) ?? []), p]);
  for (const r of records) {
    if (recordHashOf(r) !== r.recordHash) add({ recordId: r.recordId, kind: "edited", message: "This record was changed after it was written: its content no longer matches its hash." });
  }
  const oldestFirst = [...records].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.recordId.localeCompare(b.recordId));
  for (const chain of practitionerChains(oldestFirst).values()) {
    // The loaded period may start mid-chain: anchor on the first record's own previous hash.
    const report = verifyChain(chain, { anchor: chain[0]?.previousHash ?? null });
    for (const p of report.problems) {
      if (p.kind === "edited") continue; // reported above, once
      if (p.kind === "branch") add({ recordId: p.recordId, kind: "branch", message: `The chain branches here, which is not a sign of editing: ${p.message}.` });
      else add({ recordId: p.recordId, kind: "chain", message: `Chain broken: ${p.message}` });
    }
  }
  return out;
}

/** The version number in a list item's eTag (`"guid,3"` → 3). */
export function versionOfETag(eTag: string | undefined): number {
  const m = /,(\d+)"?$/.exec(eTag ?? "");
  return m ? Number(m[1]) : 1;
}
