import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { decisionRecordFrom } from "../core/decision";
import { DecisionLog, decisionListId, DEFAULT_LIST_NAME, OutboxFlusher, teamRoutingSink } from "../store";
import { SqliteOutbox } from "../store/outbox/sqlite-outbox";
import { type CliIO, EXIT, UsageError } from "./io";
import { GRAPH_CONNECTION_ARGS, GraphConnectionShape, graphConnectionFrom, optionsFrom, reportStoreError } from "./provision-command";

/**
 * `safeshare outbox [--outbox FILE] [--add RECORDS.jsonl] [--flush --site URL …]`: shows how many decision
 * records are waiting in the CLI's outbox (a SQLite file, default ~/.safeshare/outbox.sqlite) and, with
 * `--flush`, sends them to the SharePoint list; a record leaves the outbox only when Graph confirms it.
 * `--add` puts records (JSON lines, e.g. from `safeshare decide --record --json`) in the outbox first.
 * Exit 0 when nothing is left waiting or held, 1 otherwise.
 */

export const OutboxOptionsSchema = z
  .strictObject({
    ...GraphConnectionShape,
    site: GraphConnectionShape.site.optional(),
    outbox: z.string().min(1).optional(),
    add: z.string().min(1).optional(),
    flush: z.boolean().default(false),
  })
  .refine((o) => !o.flush || o.site !== undefined, { message: "--flush needs --site URL" });
export type OutboxOptions = z.infer<typeof OutboxOptionsSchema>;

export function outboxOptionsFrom(argv: string[]): OutboxOptions {
  return optionsFrom(argv, OutboxOptionsSchema, { ...GRAPH_CONNECTION_ARGS, outbox: { type: "string" }, add: { type: "string" }, flush: { type: "boolean" } });
}

/** The default outbox file: ~/.safeshare/outbox.sqlite (HOME from the environment when set). */
export function defaultOutboxPath(env: CliIO["env"]): string {
  return join(env.HOME ?? env.USERPROFILE ?? homedir(), ".safeshare", "outbox.sqlite");
}

async function addRecords(io: CliIO, outbox: SqliteOutbox, file: string): Promise<number> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read --add ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let added = 0;
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(line) as unknown;
    } catch {
      throw new UsageError(`${file}:${i + 1}: not JSON`);
    }
    // Accept a bare record or `decide --json` output ({recommendation, record}).
    const candidate = typeof json === "object" && json !== null && "record" in json ? (json as { record: unknown }).record : json;
    const parsed = decisionRecordFrom(candidate);
    if (parsed.kind === "error") throw new UsageError(`${file}:${i + 1}: not a valid decision record: ${parsed.message.split("\n")[0]}`);
    await outbox.put(parsed.record, io.now());
    added++;
  }
  return added;
}

/** Run `safeshare outbox` with validated options. */
export async function runOutboxWith(io: CliIO, o: OutboxOptions): Promise<number> {
  const path = o.outbox ?? defaultOutboxPath(io.env);
  const outbox = new SqliteOutbox(path);
  try {
    if (o.add !== undefined) io.stdout(`Added ${await addRecords(io, outbox, o.add)} record(s) to the outbox.\n`);
    if (o.flush && o.site !== undefined) {
      const conn = await graphConnectionFrom(io, { site: o.site, graph: o.graph, ca: o.ca });
      // `--list NAME` takes every record; by default each record goes to its own team's list
      // ("SafeShare decisions - <team>"), or to the single list when its team has none.
      const sink = o.list !== DEFAULT_LIST_NAME ? new DecisionLog({ client: conn.client, list: { siteId: conn.siteId, listId: await decisionListId(conn.client, conn.siteId, o.list) } }) : teamRoutingSink(conn.client, conn.siteId, { perTeamLists: true });
      const flusher = new OutboxFlusher({
        outbox,
        sink,
        // Names this process, so that if it dies mid-flush the next run takes its entries at once.
        owner: SqliteOutbox.processOwner(),
        onError: (recordId, error) => io.stderr(`safeshare outbox: ${recordId}: ${error.message}${error.requestId ? ` (request-id ${error.requestId})` : ""}\n`),
      });
      const report = await flusher.start();
      flusher.stop();
      io.stdout(`Sent ${report.sent} record(s)${report.failedTransient ? `; ${report.failedTransient} could not be confirmed yet (kept; try again later)` : ""}${report.held ? `; ${report.held} refused and held` : ""}.\n`);
    }
    const counts = await outbox.counts();
    io.stdout(`${counts.waiting} record(s) waiting to be saved to SharePoint${counts.held ? `, ${counts.held} held (refused by SharePoint; see below)` : ""}. Outbox: ${path}\n`);
    for (const entry of await outbox.held()) io.stdout(`  held ${entry.recordId} (${entry.record.decidedAt}): ${entry.lastError ?? ""}\n`);
    return counts.waiting === 0 && counts.held === 0 ? EXIT.ok : EXIT.review;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return reportStoreError(io, "outbox", error);
  } finally {
    await outbox.close();
  }
}

/** `safeshare outbox`: parse argv, run, and turn usage errors into exit 2. */
export async function runOutbox(io: CliIO, argv: string[]): Promise<number> {
  try {
    return await runOutboxWith(io, outboxOptionsFrom(argv));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`safeshare outbox: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
