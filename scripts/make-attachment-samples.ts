/**
 * Writes the fictional attachment samples (assets/samples/referral.docx, assets/samples/minutes.xlsx,
 * assets/samples/referral.pdf) from the builders in attachment-samples.ts and pdf-samples.ts, byte for
 * byte the same each run:
 *
 *   npx tsx scripts/make-attachment-samples.ts
 *
 * The tests check that the files in assets/samples/ are what this script writes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { minutesXlsx, referralDocx, safetyPlanDocx } from "./attachment-samples";
import { referralPdf } from "./pdf-samples";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "assets", "samples");
mkdirSync(out, { recursive: true });
for (const [name, bytes] of [
  ["referral.docx", referralDocx()],
  ["minutes.xlsx", minutesXlsx()],
  ["safety-plan-o-kemp.docx", safetyPlanDocx()],
  ["referral.pdf", referralPdf()],
] as const) {
  writeFileSync(join(out, name), bytes);
  process.stdout.write(`wrote assets/samples/${name} (${bytes.length} bytes)\n`);
}
