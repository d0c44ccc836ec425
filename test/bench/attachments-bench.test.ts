/**
 * The attachments benchmark runs in CI as a smoke test (one run each, `BENCH_QUICK=1`): it must still
 * build its files, read and check them, and print every figure. No timing is asserted here (two noisy
 * cores); the figures come from `npm run bench`.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

jest.setTimeout(120_000);

it("builds the files, reads and checks them, and prints each figure", () => {
  const root = path.join(__dirname, "../..");
  const out = execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "bench/attachments.bench.ts"], { cwd: root, env: { ...process.env, BENCH_QUICK: "1" }, encoding: "utf8" });
  expect(out).toMatch(/assessment \(10 pages\)\.docx: \d+ KB, [\d,]+ characters of text\n/);
  expect(out).toMatch(/case tracker \(5 sheets\)\.xlsx: \d+ KB, [\d,]+ characters of text\n/);
  expect(out).toMatch(/assessment \(20 pages\)\.pdf: \d+ KB, [\d,]+ characters of text\n/);
  // One run each (BENCH_QUICK): noise can make a figure negative; it must still be printed.
  expect(out.match(/the check adds over extraction: +-?\d+%/g)).toHaveLength(3);
  expect(out.match(/measured alone, the check is: +\d+% of extraction/g)).toHaveLength(3);
  expect(out).toMatch(/MB of attachments .*read and checked: \d+ ms/);
});
