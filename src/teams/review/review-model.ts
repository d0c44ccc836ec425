/** The review page's filters as the store's `ReviewQuery` (server-side where the columns are indexed). */
import type { DecisionRecord } from "../../core/decision";
import type { ReviewQuery } from "../../store";

export interface ReviewFilters {
  /** YYYY-MM-DD (UTC, inclusive). */
  readonly since: string;
  /** YYYY-MM-DD (UTC, inclusive). */
  readonly until: string;
  readonly practitioner: string;
  readonly channel: "" | DecisionRecord["message"]["kind"];
  readonly decision: "" | DecisionRecord["decision"];
  readonly consentStatus: "" | "obtained" | "refused" | "not-sought" | "not-needed";
  readonly flagsOverridden: "" | "yes" | "no";
  readonly reviewed: "" | "yes" | "no";
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** The default: the last twelve weeks, everything. */
export function defaultFilters(now: Date): ReviewFilters {
  return { since: day(new Date(now.getTime() - 84 * 86_400_000)), until: day(now), practitioner: "", channel: "", decision: "", consentStatus: "", flagsOverridden: "", reviewed: "" };
}

const isDay = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/** Problems with the filters, in plain English (empty when they can be applied). */
export function filterProblems(f: ReviewFilters): string[] {
  const out: string[] = [];
  if (!isDay(f.since)) out.push("“From” must be a date.");
  if (!isDay(f.until)) out.push("“To” must be a date.");
  if (isDay(f.since) && isDay(f.until) && f.since > f.until) out.push("“From” must not be after “To”.");
  return out;
}

export function reviewQueryFrom(f: ReviewFilters): ReviewQuery {
  return {
    since: new Date(`${f.since}T00:00:00Z`),
    until: new Date(Date.parse(`${f.until}T00:00:00Z`) + 86_400_000),
    ...(f.practitioner.trim() ? { practitionerUpn: f.practitioner.trim().toLowerCase() } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.decision ? { decision: f.decision } : {}),
    ...(f.consentStatus ? { consentStatus: f.consentStatus } : {}),
    ...(f.flagsOverridden ? { flagsOverridden: f.flagsOverridden === "yes" } : {}),
    ...(f.reviewed ? { reviewed: f.reviewed === "yes" } : {}),
  };
}

/** Chains can be verified only over every record of a period (a filter would leave gaps that look like removals). */
export function chainsVerifiable(f: ReviewFilters): boolean {
  return !f.channel && !f.decision && !f.consentStatus && !f.flagsOverridden && !f.reviewed;
}

export const PAGE_SIZE = 25;
/** The most records the page loads for one query (trends and export work on these). */
export const LOAD_CAP = 10_000;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}
