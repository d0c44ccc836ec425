import { z } from "zod";
import { CSV_COLUMNS, csvCell, csvLine, recordCsvLine } from "../core/decision";
import { DEFAULT_LIST_NAME, DecisionLog, decisionListFor, decisionListId, isStoreError, type ReviewEntry } from "../store";
import { type CliIO, EXIT, UsageError } from "./io";
import { GRAPH_CONNECTION_ARGS, GraphConnectionShape, graphConnectionFrom, optionsFrom, reportStoreError } from "./provision-command";

/**
 * `safeshare log --site URL [--since D] [--until D] [--team T] [--practitioner UPN] [--format csv|jsonl]`:
 * exports decision records, newest first. Reads run time window by window on the indexed DecisionTime
 * column, with team and practitioner filtered on the server too (see store/review-query.ts).
 *
 * CSV is the review page's export, row for row (core's `recordCsvLine`): one plain-English column per field,
 * no JSON (docs/csv-columns.md). It follows RFC 4180 (CRLF, quotes doubled) and neutralises formula
 * injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a
 * spreadsheet shows it as text. JSON lines are the records themselves, for a program.
 */

/** A date (`2026-11-01`, midnight UTC) or an ISO date-time. */
const dateOption = (name: string) =>
  z
    .string()
    .refine((s) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(s) && !Number.isNaN(Date.parse(s)), { message: `--${name} must be a date such as 2026-11-01 or 2026-11-01T09:00:00Z` })
    .transform((s) => new Date(/T/.test(s) ? s : `${s}T00:00:00Z`));

export const LogOptionsSchema = z
  .strictObject({
    ...GraphConnectionShape,
    since: dateOption("since").optional(),
    until: dateOption("until").optional(),
    team: z.string().trim().min(1).max(255).optional(),
    practitioner: z.string().trim().min(3).max(255).optional(),
    format: z.enum(["csv", "jsonl"], { message: "--format must be csv or jsonl" }).default("csv"),
  })
  .refine((o) => !o.since || !o.until || o.since < o.until, { message: "--since must be before --until" });
export type LogOptions = z.infer<typeof LogOptionsSchema>;

export function logOptionsFrom(argv: string[]): LogOptions {
  return optionsFrom(argv, LogOptionsSchema, {
    ...GRAPH_CONNECTION_ARGS,
    since: { type: "string" },
    until: { type: "string" },
    team: { type: "string" },
    practitioner: { type: "string" },
    format: { type: "string" },
  });
}

export { csvCell, csvLine, CSV_COLUMNS };

function csvRow(entry: Extract<ReviewEntry, { kind: "record" }>): string {
  return recordCsvLine(entry.itemId, entry.record, entry.review);
}

/**
 * The list to read: with one list per team (docs/teams.md), `--team T` reads "SafeShare decisions - T"
 * when it exists; otherwise, or with an explicit `--list`, the named (single) list, filtered by team.
 */
async function logListId(client: Parameters<typeof decisionListId>[0], siteId: string, o: LogOptions): Promise<string> {
  if (o.team !== undefined && o.list === DEFAULT_LIST_NAME) {
    try {
      return await decisionListId(client, siteId, decisionListFor(o.team));
    } catch (error) {
      if (!(isStoreError(error) && error.status === 404)) throw error;
    }
  }
  return decisionListId(client, siteId, o.list);
}

/** Run `safeshare log` with validated options. */
export async function runLogWith(io: CliIO, o: LogOptions): Promise<number> {
  try {
    const conn = await graphConnectionFrom(io, o);
    const listId = await logListId(conn.client, conn.siteId, o);
    const log = new DecisionLog({ client: conn.client, list: { siteId: conn.siteId, listId }, now: () => io.now() });
    if (o.format === "csv") io.stdout(csvLine(CSV_COLUMNS));
    let count = 0;
    let invalid = 0;
    for await (const entry of log.readForReview({
      ...(o.since ? { since: o.since } : {}),
      ...(o.until ? { until: o.until } : {}),
      ...(o.team ? { team: o.team } : {}),
      ...(o.practitioner ? { practitionerUpn: o.practitioner } : {}),
    })) {
      if (entry.kind === "invalid") {
        invalid++;
        io.stderr(`safeshare log: item ${entry.itemId} is not a valid decision record: ${entry.message.split("\n")[0]}\n`);
        continue;
      }
      count++;
      io.stdout(o.format === "csv" ? csvRow(entry) : `${JSON.stringify({ itemId: entry.itemId, record: entry.record, review: entry.review })}\n`);
    }
    io.stderr(`safeshare log: ${count} record${count === 1 ? "" : "s"}${invalid ? `, ${invalid} invalid item${invalid === 1 ? "" : "s"}` : ""}\n`);
    return invalid > 0 ? EXIT.review : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return reportStoreError(io, "log", error);
  }
}

/** `safeshare log`: parse argv, run, and turn usage errors into exit 2. */
export async function runLog(io: CliIO, argv: string[]): Promise<number> {
  try {
    return await runLogWith(io, logOptionsFrom(argv));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`safeshare log: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
