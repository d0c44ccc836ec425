/**
 * The command benchmark runs in CI as a smoke test (`BENCH_QUICK=1`: three messages, one run): it must
 * still start the command every way it measures and print every figure. No timing is asserted (two noisy
 * cores); the figures come from `npm run bench`.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

jest.setTimeout(180_000);

it("runs the command each way and prints each figure beside wink-nlp's", () => {
  const root = path.join(__dirname, "../..");
  const out = execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "bench/cli.bench.ts"], { cwd: root, env: { ...process.env, BENCH_QUICK: "1" }, encoding: "utf8" });
  expect(out).toMatch(/wink-nlp readDoc \(parse only, in process\) +\d+ ms/);
  expect(out.match(/safeshare check --jsonl \(.+\) +\d+ ms +[\d.]+ ms a message +ratio to wink-nlp [\d.]+/g)).toHaveLength(4);
});
