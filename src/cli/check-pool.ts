import os from "node:os";
import { Worker } from "node:worker_threads";
import type { Policy } from "../core/policy/policy";
import type { CheckedLine } from "./check-line";

/** One numbered input line. */
export interface NumberedLine {
  line: string;
  lineNo: number;
}

/** Workers checking `--jsonl` lines on the machine's other cores, results in input order. */
export interface CheckPool {
  /** Check a chunk of lines on the next free worker. */
  check(chunk: readonly NumberedLine[]): Promise<CheckedLine[]>;
  close(): Promise<void>;
  readonly size: number;
}

/**
 * How many workers: one fewer than the cores the process may use (`os.availableParallelism`), since the
 * main thread checks its share as well as reading, ordering and writing — from four cores up. On two,
 * bench/cli.bench.ts measured a batch slower with a worker than without (two checks at once each ran
 * about 1.5 times slower, sharing the machine's memory system), so none there unless asked for.
 * SAFESHARE_CHECK_WORKERS=N asks for N (0: none).
 */
export function poolSize(env: Readonly<Record<string, string | undefined>>): number {
  const asked = env.SAFESHARE_CHECK_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), 32);
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return cores >= 4 ? cores - 1 : 0;
}

/**
 * The worker's program: load the command's own bundle (the file `bin/safeshare.cjs` runs, named in
 * SAFESHARE_CLI_BUNDLE) and serve lines with its `serveCheckWorker`. Given as source, so the worker needs
 * no file of its own and runs exactly the main thread's code.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
require(workerData.bundle).serveCheckWorker(parentPort, workerData);
`;

/**
 * Start `size` workers running `bundle` for this policy. A chunk is posted at once to the worker with
 * the fewest chunks waiting (each worker takes its chunks in order), so a worker never sits idle while
 * the main thread checks its own share.
 */
export function startCheckPool(bundle: string, size: number, policy: Policy, senderDomainIsInternal: boolean): CheckPool {
  interface Pending {
    resolve: (r: CheckedLine[]) => void;
    reject: (e: Error) => void;
  }
  interface Slot {
    worker: Worker;
    pending: Pending[];
    failed: Error | undefined;
  }
  const slots: Slot[] = Array.from({ length: size }, () => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { bundle, policy, senderDomainIsInternal } });
    const slot: Slot = { worker, pending: [], failed: undefined };
    worker.on("message", (results: CheckedLine[] | { failed: string }) => {
      const p = slot.pending.shift();
      if (Array.isArray(results)) p?.resolve(results);
      else p?.reject(new Error(results.failed));
    });
    const fail = (error: Error) => {
      slot.failed = error;
      for (const p of slot.pending.splice(0)) p.reject(error);
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`a check worker stopped (exit ${code})`)));
    return slot;
  });
  return {
    size,
    check(chunk) {
      const live = slots.filter((s) => s.failed === undefined);
      if (live.length === 0) return Promise.reject(new Error("no check worker is running"));
      const slot = live.reduce((a, b) => (b.pending.length < a.pending.length ? b : a));
      return new Promise<CheckedLine[]>((resolve, reject) => {
        slot.pending.push({ resolve, reject });
        slot.worker.postMessage(chunk);
      });
    },
    async close() {
      for (const s of slots) s.worker.removeAllListeners("exit");
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
