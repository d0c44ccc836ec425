import { recordHashOf } from "./hash";
import type { Sha256Hex } from "./ids";
import type { DecisionRecord } from "./record";

/**
 * Verification of a practitioner's chain of records. Each record's hash covers its content and the
 * previous record's hash, so a record changed after it was written, a record taken out, and records put
 * in another order are each evident, and each problem names the record where it shows.
 */

/** One problem found in a chain, naming the record (by id and by position, from 0). */
export type ChainProblem =
  | { readonly kind: "edited"; readonly recordId: string; readonly index: number; readonly message: string }
  | { readonly kind: "removed"; readonly recordId: string; readonly index: number; readonly message: string }
  | { readonly kind: "reordered"; readonly recordId: string; readonly index: number; readonly message: string }
  | { readonly kind: "duplicate"; readonly recordId: string; readonly index: number; readonly message: string }
  | { readonly kind: "other-practitioner"; readonly recordId: string; readonly index: number; readonly message: string };

/** The result of verifying a chain: `ok` when there are no problems. */
export interface ChainReport {
  readonly ok: boolean;
  readonly problems: readonly ChainProblem[];
}

/** Where the chain starts: null (the practitioner's first record) unless verifying a later stretch of the chain. */
export interface ChainOptions {
  readonly anchor?: Sha256Hex | null;
}

const short = (hash: string): string => `${hash.slice(0, 12)}…`;

/** Verify one practitioner's records, in chain order (oldest first). */
export function verifyChain(records: readonly DecisionRecord[], options: ChainOptions = {}): ChainReport {
  const anchor = options.anchor ?? null;
  const problems: ChainProblem[] = [];
  const positionOfHash = new Map<string, number>();
  records.forEach((r, i) => positionOfHash.set(r.recordHash, i));
  const seenIds = new Set<string>();
  const owner = records[0]?.practitioner.objectId;

  records.forEach((record, index) => {
    const recordId = record.recordId;
    if (seenIds.has(recordId)) problems.push({ kind: "duplicate", recordId, index, message: `record ${recordId} appears more than once in the chain` });
    seenIds.add(recordId);
    if (record.practitioner.objectId !== owner) {
      problems.push({ kind: "other-practitioner", recordId, index, message: `record ${recordId} belongs to another practitioner (${record.practitioner.upn}): a chain is one practitioner's records` });
    }

    const computed = recordHashOf(record);
    if (computed !== record.recordHash) {
      problems.push({ kind: "edited", recordId, index, message: `record ${recordId} was changed after it was written: its content hashes to ${short(computed)}, not the stored ${short(record.recordHash)}` });
    }

    const expected = index === 0 ? anchor : (records[index - 1] as DecisionRecord).recordHash;
    if (record.previousHash === expected) return;
    const at = record.previousHash === null ? -1 : (positionOfHash.get(record.previousHash) ?? -2);
    if (record.previousHash === null || at >= 0) {
      const where = record.previousHash === null ? "the start of the chain" : `record ${(records[at] as DecisionRecord).recordId} (position ${at})`;
      problems.push({ kind: "reordered", recordId, index, message: `record ${recordId} is out of order: it follows ${where}, not the record before it here` });
    } else {
      problems.push({
        kind: "removed",
        recordId,
        index,
        message: `the record before ${recordId} in the chain is missing (or was changed and re-hashed): it follows a record with hash ${short(record.previousHash)} that is not in the chain`,
      });
    }
  });
  return { ok: problems.length === 0, problems };
}

/** Records grouped into one chain per practitioner (by Entra object id), keeping the order given. */
export function practitionerChains(records: readonly DecisionRecord[]): Map<string, DecisionRecord[]> {
  const chains = new Map<string, DecisionRecord[]>();
  for (const r of records) {
    const chain = chains.get(r.practitioner.objectId);
    if (chain) chain.push(r);
    else chains.set(r.practitioner.objectId, [r]);
  }
  return chains;
}
