/**
 * The supervision pack: one practitioner's decisions over a period with the manager's review comments,
 * in the order they were made, for a one-to-one or a practice review board. Pure: the page renders it
 * and the browser prints it.
 */
import type { DecisionRecord, Review } from "../../core/decision";
import { recordLines, type RecordLine } from "./record-text";
import { isTamperSign, type TrustProblem } from "./trust";

export interface PackEntry {
  readonly record: DecisionRecord;
  readonly review: Review | null;
  readonly problems: readonly TrustProblem[];
}

export interface PackSummary {
  readonly total: number;
  readonly shared: number;
  readonly sharedLimited: number;
  readonly notShared: number;
  readonly withoutConsent: number;
  readonly flagsOverridden: number;
  readonly significantHarm: number;
  readonly reviewed: number;
  readonly needsAttention: number;
}

/** The figures at the top of the pack. */
export function packSummary(entries: readonly PackEntry[]): PackSummary {
  const count = (f: (e: PackEntry) => boolean): number => entries.filter(f).length;
  return {
    total: entries.length,
    shared: count((e) => e.record.decision === "share"),
    sharedLimited: count((e) => e.record.decision === "share-limited"),
    notShared: count((e) => e.record.decision === "do-not-share"),
    withoutConsent: count((e) => e.record.decision !== "do-not-share" && e.record.consent !== null && e.record.consent.kind !== "obtained"),
    flagsOverridden: count((e) => e.record.flags.some((f) => f.resolution.kind === "overridden")),
    significantHarm: count((e) => e.record.significantHarm),
    reviewed: count((e) => e.review !== null),
    needsAttention: count((e) => e.problems.some(isTamperSign)),
  };
}

/** Lines a supervisor does not discuss: the integrity fields (the policy line too: its digest is for the review page) (the review page checks them, and says so in the pack). */
const INTEGRITY_LABEL = /hash|SHA-256|app version|^policy$/i;
/** Lines the pack says once, above every decision (who, which team) or in each decision's heading. */
const SAID_ONCE = new Set(["Decision", "Practitioner", "Team"]);

/** One record's lines for the pack: the decision in plain English, without the integrity fields or what the pack says once. */
export function packLines(entry: PackEntry): RecordLine[] {
  return recordLines(entry.record, entry.review).filter((l) => !INTEGRITY_LABEL.test(l.label) && !SAID_ONCE.has(l.label));
}

/** The entries oldest first, as a supervisor reads a period. */
export function packOrder<T extends { record: DecisionRecord }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.record.decidedAt.localeCompare(b.record.decidedAt) || a.record.recordId.localeCompare(b.record.recordId));
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "3 March 2026" from YYYY-MM-DD or an ISO time (UTC). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ""} ${y}`;
}
