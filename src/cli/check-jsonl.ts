import type { Policy } from "../core/policy/policy";
import { checkLine, type CheckedLine } from "./check-line";
import { type CheckPool, type NumberedLine, poolSize, startCheckPool } from "./check-pool";
import { type CliIO, EXIT } from "./io";

/** How often (in lines) progress is redrawn on a terminal. */
const PROGRESS_EVERY = 200;
/** Lines checked on the main thread before workers start: a short batch is done before a worker is up. */
const LINES_BEFORE_WORKERS = 8;
/** Lines sent to a worker at a time: enough to make a message's round trip small beside the checking. */
const CHUNK_LINES = 4;

/**
 * `safeshare check --jsonl`: one message per input line, one result per output line, same order, same
 * id. A bad line yields an error object for that line, never a crash. Progress goes to stderr, and only
 * when stderr is a terminal, so stdout stays pure JSON lines.
 *
 * A long batch is checked on every core: after the first lines, workers (check-pool.ts) take chunks of
 * lines while this thread reads ahead and writes the results in input order. Workers run the command's
 * bundle, so they start only when the command runs from it (bin/safeshare.cjs sets SAFESHARE_CLI_BUNDLE);
 * SAFESHARE_CHECK_WORKERS sets how many (0: none). A chunk whose worker fails is checked here instead.
 * Exit: 2 when any line was bad, else 1 when any message needs review, else 0.
 */
export async function runCheckJsonl(io: CliIO, policy: Policy, senderDomainIsInternal: boolean): Promise<number> {
  let lineNo = 0;
  let checked = 0;
  let reviews = 0;
  let errors = 0;
  const bundle = io.env.SAFESHARE_CLI_BUNDLE;
  const workers = bundle ? poolSize(io.env) : 0;
  let pool: CheckPool | undefined;
  const inThread = async (chunk: readonly NumberedLine[]): Promise<CheckedLine[]> => {
    const out: CheckedLine[] = [];
    for (const { line, lineNo: n } of chunk) out.push(await checkLine(line, n, policy, senderDomainIsInternal));
    return out;
  };
  const write = (results: readonly CheckedLine[]): void => {
    for (const r of results) {
      if (r.outcome === "error") errors++;
      else if (r.outcome === "review") reviews++;
      checked++;
      io.stdout(`${r.json}\n`);
      if (io.stderrIsTTY && checked % PROGRESS_EVERY === 0) io.stderr(`\rchecked ${checked} messages: ${reviews} to review, ${errors} bad lines`);
    }
  };
  // Chunks sent to workers, oldest first: written as they come back, in this order.
  const inFlight: Promise<CheckedLine[]>[] = [];
  let chunk: NumberedLine[] = [];
  let sent = 0;
  const send = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const c = chunk;
    chunk = [];
    // This thread takes its turn too: one chunk in every (workers + 1), checked when its turn comes —
    // after the workers have theirs queued, so they are busy meanwhile.
    if (sent++ % (pool!.size + 1) === pool!.size) {
      const results = inThread(c);
      inFlight.push(results);
      await results;
    } else inFlight.push(pool!.check(c).catch(() => inThread(c)));
    // Read ahead no further than two chunks a thread: a long batch is not held in memory.
    while (inFlight.length > (pool!.size + 1) * 2) write(await inFlight.shift()!);
  };
  try {
    for await (const rawLine of io.stdinLines()) {
      lineNo++;
      const line = rawLine.trim();
      if (line === "") continue;
      if (pool === undefined && workers > 0 && checked >= LINES_BEFORE_WORKERS) pool = startCheckPool(bundle!, workers, policy, senderDomainIsInternal);
      if (pool === undefined) {
        write(await inThread([{ line, lineNo }]));
        continue;
      }
      chunk.push({ line, lineNo });
      if (chunk.length >= CHUNK_LINES) await send();
    }
    if (pool !== undefined) await send();
    while (inFlight.length > 0) write(await inFlight.shift()!);
  } finally {
    await pool?.close();
  }
  if (io.stderrIsTTY && checked >= PROGRESS_EVERY) {
    io.stderr(`\rchecked ${checked} messages: ${reviews} to review, ${errors} bad lines\n`);
  }
  if (errors > 0) return EXIT.usage;
  return reviews > 0 ? EXIT.review : EXIT.ok;
}
