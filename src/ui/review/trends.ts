/**
 * The trends a manager acts on, computed from the records loaded for the chosen period. Pure: each trend
 * is a small table (categories × series) that a chart draws and a table shows as its fallback.
 */
import { type DecisionRecord, NOT_SOUGHT_REASON_TERMS } from "../../core/decision";
import { DECISION_LABELS } from "./record-text";

export interface TrendSeries {
  readonly name: string;
  readonly values: readonly number[];
}

export interface Trend {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly categoryLabel: string;
  readonly categories: readonly string[];
  /** What each category is called on screen, when not the category itself (weeks as "7 Sep"). */
  readonly categoryNames?: readonly string[];
  readonly series: readonly TrendSeries[];
}

/** Monday (UTC) of the week of a time, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Weeks (YYYY-MM-DD Mondays) as a reader says them: "7 Sep", with the year when the weeks span more than one. */
export function weekNames(weeks: readonly string[]): string[] {
  const years = new Set(weeks.map((w) => w.slice(0, 4)));
  return weeks.map((w) => {
    const [y, m, d] = w.split("-").map(Number) as [number, number, number];
    return `${d} ${MONTHS[m - 1] ?? ""}${years.size > 1 ? ` ${y}` : ""}`;
  });
}

function weeksOf(records: readonly DecisionRecord[]): string[] {
  return [...new Set(records.map((r) => weekOf(r.decidedAt)))].sort();
}

export function decisionsPerWeek(records: readonly DecisionRecord[]): Trend {
  const weeks = weeksOf(records);
  const kinds = ["share", "share-limited", "do-not-share"] as const;
  return {
    id: "decisions-per-week",
    title: "Decisions per week, by outcome",
    description: "How many decisions were recorded each week (weeks start on Monday), split by what was decided.",
    categoryLabel: "Week starting",
    categories: weeks,
    categoryNames: weekNames(weeks),
    series: kinds.map((k) => ({ name: DECISION_LABELS[k], values: weeks.map((w) => records.filter((r) => r.decision === k && weekOf(r.decidedAt) === w).length) })),
  };
}

const sharedWithoutConsent = (r: DecisionRecord): boolean => r.decision !== "do-not-share" && r.consent !== null && r.consent.kind !== "obtained";

export function sharesWithoutConsent(records: readonly DecisionRecord[]): Trend {
  const shares = records.filter(sharedWithoutConsent);
  const reasonOf = (r: DecisionRecord): string => (r.consent?.kind === "refused" ? "Consent was refused" : r.consent?.kind === "not-sought" ? NOT_SOUGHT_REASON_TERMS[r.consent.reason].label : "Other");
  const reasons = [...new Set(shares.map(reasonOf))].sort();
  return {
    id: "shares-without-consent",
    title: "Shares without consent, by stated reason",
    description: "Decisions to share where consent was refused or not sought, grouped by the reason recorded.",
    categoryLabel: "Reason",
    categories: reasons,
    series: [{ name: "Shares", values: reasons.map((x) => shares.filter((r) => reasonOf(r) === x).length) }],
  };
}

export function unsecuredOverridden(records: readonly DecisionRecord[]): Trend {
  const weeks = weeksOf(records);
  const count = (r: DecisionRecord, external: boolean): number =>
    r.flags.filter((f) => f.resolution.kind === "overridden" && (external ? f.flag.kind === "recipient-warning" && f.flag.warning === "external-user" : f.flag.kind === "recipient-class")).length;
  return {
    id: "unsecured-overridden",
    title: "Unsecured or external recipients overridden, per week",
    description: "Recipients that were not a secure route, and people outside the organisation in Teams, that practitioners chose to send to anyway (each with a recorded reason).",
    categoryLabel: "Week starting",
    categories: weeks,
    categoryNames: weekNames(weeks),
    series: [
      { name: "Unsecured address overridden", values: weeks.map((w) => records.filter((r) => weekOf(r.decidedAt) === w).reduce((n, r) => n + count(r, false), 0)) },
      { name: "External Teams member confirmed", values: weeks.map((w) => records.filter((r) => weekOf(r.decidedAt) === w).reduce((n, r) => n + count(r, true), 0)) },
    ],
  };
}

/** Members of the team (by UPN) with no decision in the records: a prompt to ask, not a judgement. */
export function practitionersWithoutDecisions(records: readonly DecisionRecord[], roster: readonly { upn: string; name: string }[]): { upn: string; name: string }[] {
  const seen = new Set(records.map((r) => r.practitioner.upn.toLowerCase()));
  return roster.filter((m) => !seen.has(m.upn.toLowerCase()));
}

export function decisionsByPractitioner(records: readonly DecisionRecord[], roster: readonly { upn: string; name: string }[]): Trend {
  const names = new Map(roster.map((m) => [m.upn.toLowerCase(), m.name]));
  const upns = [...new Set([...roster.map((m) => m.upn.toLowerCase()), ...records.map((r) => r.practitioner.upn)])].sort();
  return {
    id: "by-practitioner",
    title: "Decisions recorded per practitioner",
    description: "Every member of the team, with the number of decisions they recorded in the period; a zero is worth a conversation.",
    categoryLabel: "Practitioner",
    categories: upns.map((u) => names.get(u) ?? u),
    series: [{ name: "Decisions", values: upns.map((u) => records.filter((r) => r.practitioner.upn === u).length) }],
  };
}
