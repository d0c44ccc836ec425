import { type DecisionRecord, type Review } from "../core/decision";
import { fieldCompare } from "./odata";

/**
 * The manager's review queries, designed for SharePoint's limits on large lists:
 *
 * - **Time window first.** Every query sent to Graph starts with a bounded window on the indexed
 *   `DecisionTime` column (`fields/DecisionTime ge 'a' and fields/DecisionTime lt 'b'`), narrow enough to
 *   hold at most the list view threshold (5,000) on its own — a day holds ~4,000 at a million decisions a
 *   year — and the reader walks back window by window, halving a window SharePoint refuses.
 * - **Then equality on indexed columns, server-side.** Practitioner (UPN or object id), team, decision,
 *   consent status, reviewed and channel are indexed, so `… and fields/Team eq 'X'` runs on the server.
 * - **Everything else on the client**: "has overridden flags", and a re-check of every condition
 *   (SharePoint's text comparison is case-insensitive and its CAML translation may differ in edge
 *   cases; the client check is exact and cheap on an already-narrowed page).
 * - **No `$orderby`** (unreliable on large lists): each window's items are sorted on the client.
 * - No non-indexed column is ever sent in `$filter`, so the `Prefer:
 *   HonorNonIndexedQueriesWarningMayFailRandomly` header is never needed.
 */
export interface ReviewQuery {
  /** Inclusive lower bound on the decision time. */
  readonly since?: Date;
  /** Exclusive upper bound on the decision time (default: now). */
  readonly until?: Date;
  readonly team?: string;
  readonly practitionerUpn?: string;
  readonly practitionerObjectId?: string;
  readonly decision?: DecisionRecord["decision"];
  readonly consentStatus?: "obtained" | "refused" | "not-sought" | "not-needed";
  readonly reviewed?: boolean;
  readonly channel?: DecisionRecord["message"]["kind"];
  /** Only records where at least one flag was overridden (client-side). */
  readonly flagsOverridden?: boolean;
}

/** The server-side equality conditions a query contributes (indexed columns only), in a fixed order. */
export function serverConditions(q: ReviewQuery): string[] {
  const out: string[] = [];
  if (q.practitionerUpn !== undefined) out.push(fieldCompare("PractitionerUpn", "eq", q.practitionerUpn.toLowerCase()));
  if (q.practitionerObjectId !== undefined) out.push(fieldCompare("PractitionerObjectId", "eq", q.practitionerObjectId.toLowerCase()));
  if (q.team !== undefined) out.push(fieldCompare("Team", "eq", q.team));
  if (q.decision !== undefined) out.push(fieldCompare("Decision", "eq", q.decision));
  if (q.consentStatus !== undefined) out.push(fieldCompare("ConsentStatus", "eq", q.consentStatus));
  if (q.reviewed !== undefined) out.push(fieldCompare("Reviewed", "eq", q.reviewed));
  if (q.channel !== undefined) out.push(fieldCompare("Channel", "eq", q.channel));
  return out;
}

/** The `$filter` for one window: the time range first, then the indexed equalities. */
export function windowFilter(q: ReviewQuery, from: Date, to: Date): string {
  const range = `${fieldCompare("DecisionTime", "ge", from)} and ${fieldCompare("DecisionTime", "lt", to)}`;
  return [range, ...serverConditions(q)].join(" and ");
}

/** The exact client-side check of every condition of the query. */
export function recordMatches(q: ReviewQuery, record: DecisionRecord, review: Review | null): boolean {
  const t = Date.parse(record.decidedAt);
  if (q.since && t < q.since.getTime()) return false;
  if (q.until && t >= q.until.getTime()) return false;
  if (q.team !== undefined && record.team.toLowerCase() !== q.team.toLowerCase()) return false;
  if (q.practitionerUpn !== undefined && record.practitioner.upn !== q.practitionerUpn.toLowerCase()) return false;
  if (q.practitionerObjectId !== undefined && record.practitioner.objectId !== q.practitionerObjectId.toLowerCase()) return false;
  if (q.decision !== undefined && record.decision !== q.decision) return false;
  if (q.consentStatus !== undefined && (record.consent?.kind ?? "not-needed") !== q.consentStatus) return false;
  if (q.reviewed !== undefined && (review !== null) !== q.reviewed) return false;
  if (q.channel !== undefined && record.message.kind !== q.channel) return false;
  if (q.flagsOverridden !== undefined && record.flags.some((f) => f.resolution.kind === "overridden") !== q.flagsOverridden) return false;
  return true;
}
