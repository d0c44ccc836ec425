import { recordHashOf } from "./hash";
import type { Sha256Hex } from "./ids";
import type { DecisionRecord } from "./record";

/**
 * Verification of a practitioner's chain of records. Each record's hash covers its content and the
 * previous record's hash, so a record changed after it was written, a record taken out, and records put
 * in another order are each evident, and each problem names the record where it shows.
 *
 * A practitioner records from several devices (Outlook on a computer and on the web, the Teams tab), so a
 * chain may also branch: two records that follow the same record, or a record that starts afresh. That is
 * reported as `branch`, apart from the problems that mean the log was changed.
 */

/** One problem found in a chain, naming the record (by id and by position, from 0). */
export type ChainProblem =
  | { readonly kind: "edited"; readonly recordId: string; readonly index: number; readonly message: string }
  | { readonly kind: "removed"; readonly recordId: string; readonly index: number; readonly message: string }
  | { readonly kind: "reordered"; readonly recordId: string; readonly index: number; readonly message: string }
  /**
   * Not a sign of editing: the record follows the same record as one before it (two devices recorded at
   * about the same time, each knowing the same latest record), or starts a chain of its own (a device
   * that did not know the earlier records, such as one offline). Its own hash is checked separately.
   */
  | { readonly kind: "branch"; readonly recordId: string; readonly index: number; readonly message: string }
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
  // Where each previous hash is first followed: a second follower is a branch.
  const firstFollower = new Map<string | null, number>();
  records.forEach((r, i) => {
    if (!firstFollower.has(r.previousHash)) firstFollower.set(r.previousHash, i);
  });

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
    if (record.previousHash === null) {
      problems.push({ kind: "branch", recordId, index, message: `record ${recordId} starts a chain of its own: it was recorded where the practitioner's earlier records were not known (a new or offline device)` });
      return;
    }
    const sibling = firstFollower.get(record.previousHash);
    if (sibling !== undefined && sibling < index) {
      const other = (records[sibling] as DecisionRecord).recordId;
      problems.push({
        kind: "branch",
        recordId,
        index,
        message: `record ${recordId} follows the same record as record ${other} does: the two were recorded at about the same time, on different devices`,
      });
      return;
    }
    const at = positionOfHash.get(record.previousHash);
    if (at === undefined) {
      problems.push({
        kind: "removed",
        recordId,
        index,
        message: `the record before ${recordId} in the chain is missing (or was changed and re-hashed): it follows a record with hash ${short(record.previousHash)} that is not in the chain`,
      });
    } else if (at > index) {
      const where = `record ${(records[at] as DecisionRecord).recordId} (position ${at})`;
      problems.push({ kind: "reordered", recordId, index, message: `record ${recordId} is out of order: it follows ${where}, which comes after it here` });
    }
    // Otherwise it follows an earlier record that nothing else follows: two devices' records interleaved
    // in time after a branch, each still in its own line.
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
