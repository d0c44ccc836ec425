import type { Review } from "./columns";
import { decisionTimeFrom } from "./ids";
import type { DecisionRecord } from "./record";
import {
  adviceText,
  attachmentsText,
  article6Text,
  article9Text,
  CHANNEL_LABELS,
  consentText,
  DECISION_LABELS,
  flagsOverridden,
  flagsText,
  informText,
  messageRefText,
  previousHashText,
  publicInterestText,
  purposeText,
  recipientsText,
  RECOMMENDATION_LABELS,
  rulesText,
  sharedTextHashText,
  subjectText,
  whatSharedText,
  whatWithheldText,
  yesNo,
} from "./record-text";

/**
 * CSV export of decision records, shared by `safeshare log --format csv` and the review page's export
 * (RFC 4180: CRLF line ends, quotes doubled). One plain column per field, in the words of the record view
 * (`record-text.ts`): a spreadsheet user reads it without knowing SafeShare's codes, and no cell holds JSON.
 * Times are UTC, ISO 8601 to the second (`2026-03-03T10:14:00Z`).
 *
 * It neutralises formula injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
 * gets a leading `'`, so a spreadsheet shows it as text instead of running it (a practitioner's reasons
 * are free text, and free text can be a formula).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-neutralised, then quoted when it holds a quote, comma, line break or edge space. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, CRLF-terminated. */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** What one row is made from: the list item, its record and its review (null when not reviewed). */
export interface CsvEntry {
  readonly itemId: string;
  readonly record: DecisionRecord;
  readonly review: Review | null;
}

/** One column of the export: its header, what it holds (for docs/csv-columns.md) and its cell. */
export interface CsvColumn {
  readonly name: string;
  readonly holds: string;
  readonly cell: (entry: CsvEntry) => string | number;
}

const column = (name: string, holds: string, cell: (entry: CsvEntry) => string | number): CsvColumn => ({ name, holds, cell });
const of = (cell: (record: DecisionRecord) => string | number) => (e: CsvEntry) => cell(e.record);

/** Every column of the export, in order. */
export const CSV_EXPORT_COLUMNS: readonly CsvColumn[] = [
  column("Record id", "The decision's id (stamped on the email or posted with the Teams message)", of((r) => r.recordId)),
  column("Decided at (UTC)", "When the decision was recorded, UTC, ISO 8601", of((r) => r.decidedAt)),
  column("Practitioner", "Who decided (their sign-in name)", of((r) => r.practitioner.upn)),
  column("Practitioner object id", "Their Microsoft Entra object id", of((r) => r.practitioner.objectId)),
  column("Team", "The team the decision was recorded for", of((r) => r.team)),
  column("Channel", "Email, Teams chat or Teams channel", of((r) => CHANNEL_LABELS[r.message.kind])),
  column("Message", "Which message: the email's SafeShare header id, or the Teams chat or channel", of((r) => messageRefText(r.message))),
  column("Subject", "The email's subject, when the organisation records it", of(subjectText)),
  column("Recipients", "Each recipient as address (class), joined by \"; \"", of((r) => recipientsText(r.recipients))),
  column("Purpose", "The legitimate purpose for sharing", of((r) => purposeText(r.purpose))),
  column("Decision", "The practitioner's decision", of((r) => DECISION_LABELS[r.decision])),
  column("SafeShare recommended", "What SafeShare's checklist recommended", of((r) => RECOMMENDATION_LABELS[r.recommendation.value])),
  column("Why", "What each rule behind the recommendation said, in order", of((r) => rulesText(r.recommendation.rules))),
  column("Reasons", "The practitioner's reasons, in their words", of((r) => r.reasons)),
  column("What was shared", "What was shared (Nothing for a decision not to share)", of(whatSharedText)),
  column("What was withheld", "What was withheld or asked for", of(whatWithheldText)),
  column("Consent", "Obtained (how, when, whether it covers this sharing), refused or not sought (why), and whose", of((r) => consentText(r.consent))),
  column("Lawful basis (Article 6)", "The UK GDPR Article 6 lawful basis", of((r) => article6Text(r.article6))),
  column("Article 9 condition", "The Article 9 condition, for special category information", of((r) => article9Text(r.article9))),
  column("Public interest", "The public-interest test and the practitioner's reasoning", of((r) => publicInterestText(r.publicInterest))),
  column("Significant harm", "Yes when a child may be at risk of significant harm", of((r) => yesNo(r.significantHarm))),
  column("Informing the individual", "Whether the individual is informed, or why not", of((r) => informText(r.inform))),
  column("Advice", "Advice sought, from whom, and what it said", of((r) => adviceText(r.advice))),
  column("Flags", "Each flag as flag: resolution — reason, joined by \"; \"", of((r) => flagsText(r.flags))),
  column("Flags overridden", "How many flags the practitioner overrode", of((r) => flagsOverridden(r.flags))),
  column("Attachments", "Each attachment checked: name (size, type, SHA-256): read — what was found, joined by \"; \"", of((r) => attachmentsText(r.attachments))),
  column("Shared text SHA-256", "A SHA-256 of the text shared (never the text)", of(sharedTextHashText)),
  column("Policy version", "The saved policy version it was decided under (0: the built-in default; empty: not recorded or a policy file)", of((r) => (r.policy?.version ?? "").toString())),
  column("App version", "The SafeShare version that recorded it", of((r) => r.appVersion)),
  column("Previous record hash", "The hash of the practitioner's previous record (the chain)", of(previousHashText)),
  column("Record hash", "The SHA-256 of this record", of((r) => r.recordHash)),
  column("Reviewed", "Yes once a manager has reviewed it", (e) => yesNo(e.review !== null)),
  column("Reviewed by", "The manager who reviewed it", (e) => e.review?.reviewedBy ?? ""),
  column("Reviewed at (UTC)", "When it was reviewed, UTC, ISO 8601", (e) => (e.review ? decisionTimeFrom(e.review.reviewedAt) : "")),
  column("Review comment", "The manager's comment", (e) => e.review?.comment ?? ""),
  column("List item id", "The SharePoint list item's id", (e) => e.itemId),
];

/** The export's header: every column's name, in order. */
export const CSV_COLUMNS: readonly string[] = CSV_EXPORT_COLUMNS.map((c) => c.name);

/** One record's cells, in `CSV_COLUMNS` order (before CSV quoting). */
export function recordCsvCells(entry: CsvEntry): (string | number)[] {
  return CSV_EXPORT_COLUMNS.map((c) => c.cell(entry));
}

/** One record (with its review, if any) as a CSV line in `CSV_COLUMNS` order. */
export function recordCsvLine(itemId: string, record: DecisionRecord, review: Review | null): string {
  return csvLine(recordCsvCells({ itemId, record, review }));
}

/** A whole CSV file: the header, then one line per entry. */
export function recordsCsv(entries: readonly CsvEntry[]): string {
  return csvLine(CSV_COLUMNS) + entries.map((e) => recordCsvLine(e.itemId, e.record, e.review)).join("");
}
