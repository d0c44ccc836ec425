/**
 * Writes the fictional attachment samples (assets/samples/referral.docx, assets/samples/minutes.xlsx) from
 * the builders in attachment-samples.ts, byte for byte the same each run:
 *
 *   npx tsx scripts/make-attachment-samples.ts
 *
 * The tests check that the files in assets/samples/ are what this script writes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { minutesXlsx, referralDocx } from "./attachment-samples";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "assets", "samples");
mkdirSync(out, { recursive: true });
for (const [name, bytes] of [
  ["referral.docx", referralDocx()],
  ["minutes.xlsx", minutesXlsx()],
] as const) {
  writeFileSync(join(out, name), bytes);
  process.stdout.write(`wrote assets/samples/${name} (${bytes.length} bytes)\n`);
}
