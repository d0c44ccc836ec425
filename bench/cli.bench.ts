/**
 * `npm run bench` (the command): `safeshare check --jsonl` end to end — a process started, a file of
 * 10,000-word messages on standard input, every result written — beside wink-nlp's bare parse of the same
 * texts in this process, in one run. Issue 15's target: the command keeps the in-process check's ratio
 * (at most 0.5 of wink-nlp's parse).
 *
 * Four ways of running the command: as shipped (the bundle bin/safeshare.cjs builds; workers on the other
 * cores from four cores up), with workers whatever the cores (SAFESHARE_CHECK_WORKERS), the bundle on one
 * thread (SAFESHARE_CHECK_WORKERS=0), and the TypeScript sources through
 * tsx (SAFESHARE_CLI_FROM_SOURCE=1, how the command ran before the bundle). Wall-clock times of whole
 * runs, so the process start and the JIT's warm-up are in them, as a user meets them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { sampleEmail } from "./sample-text";

const QUICK = process.env.BENCH_QUICK === "1";
const MESSAGES = QUICK ? 3 : 100;
const RUNS = QUICK ? 1 : 3;
const root = path.resolve(__dirname, "..");
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Messages that differ (each its own run of the sample's sentences), as a mailbox export would. */
const bodies = Array.from({ length: MESSAGES }, (_, i) => `${sampleEmail(10000 + (i % 7) * 13)}\nRef ${i}`);
const lines = bodies.map((body, i) => JSON.stringify({ id: i, from: "jo.smith@example.gov.uk", to: ["sarah.jones@example.gov.uk"], subject: `Update ${i}`, body }));

function runCommand(input: string, env: Record<string, string>): number {
  const fd = openSync(input, "r");
  try {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [path.join(root, "bin", "safeshare.cjs"), "check", "--jsonl"], { stdio: [fd, "ignore", "pipe"], env: { ...process.env, ...env } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`safeshare check --jsonl exited ${r.status}: ${r.stderr.toString()}`);
    return ms;
  } finally {
    closeSync(fd);
  }
}

function main(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), "safeshare-cli-bench-"));
  try {
    const input = path.join(dir, "batch.jsonl");
    writeFileSync(input, `${lines.join("\n")}\n`);
    const nlp = winkNLP(model);
    // Build the bundle (if a source changed) and warm the file cache before timing anything.
    runCommand(input, { SAFESHARE_CHECK_WORKERS: "0" });
    for (let i = 0; i < Math.min(3, bodies.length); i++) nlp.readDoc(bodies[i]!);
    const ways: Record<string, Record<string, string>> = {
      "safeshare check --jsonl (bundle, as shipped)": {},
      "safeshare check --jsonl (bundle, + a worker)": { SAFESHARE_CHECK_WORKERS: String(Math.max(1, os.availableParallelism() - 1)) },
      "safeshare check --jsonl (bundle, one thread)": { SAFESHARE_CHECK_WORKERS: "0" },
      "safeshare check --jsonl (sources via tsx)": { SAFESHARE_CLI_FROM_SOURCE: "1", SAFESHARE_CHECK_WORKERS: "0" },
    };
    const samples: Record<string, number[]> = { "wink-nlp readDoc (parse only, in process)": [] };
    for (const name of Object.keys(ways)) samples[name] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = process.hrtime.bigint();
      for (const body of bodies) nlp.readDoc(body);
      samples["wink-nlp readDoc (parse only, in process)"]!.push(Number(process.hrtime.bigint() - t0) / 1e6);
      for (const [name, env] of Object.entries(ways)) samples[name]!.push(runCommand(input, env));
    }
    const wink = median(samples["wink-nlp readDoc (parse only, in process)"]!);
    console.log(`SafeShare command benchmark (node ${process.version}, ${os.availableParallelism()} cores): ${MESSAGES} messages of 10,000 words, medians of ${RUNS} runs\n`);
    for (const [name, xs] of Object.entries(samples)) {
      const ms = median(xs);
      console.log(`  ${name.padEnd(46)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / MESSAGES).toFixed(1).padStart(6)} ms a message${name.startsWith("wink") ? "" : `  ratio to wink-nlp ${(ms / wink).toFixed(2)}`}`);
    }
    console.log("  (target: the command as shipped at most 0.50 of wink-nlp's parse)");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
