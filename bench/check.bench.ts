/**
 * `npm run bench`: the full SafeShare check of a 10,000-word message, beside wink-nlp's bare parse and
 * write-good's lint of the same text, measured side by side in one process (medians of repeated runs,
 * interleaved so that machine noise hits every contestant alike). Prints ratios, not verdicts: these
 * machines are shared and noisy.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import writeGood from "write-good";
import { checkMessage } from "../src/core/check/check-message";
import { MessageInputSchema } from "../src/core/check/message";
import { defaultPolicy } from "../src/core/policy/policy";
import { sampleEmail } from "./sample-text";

const policy = defaultPolicy(["hertfordshire.gov.uk"]);
const nlp = winkNLP(model);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function check(body: string) {
  return checkMessage(MessageInputSchema.parse({ to: ["j.bloggs@met.police.uk", "a@gmail.com"], body }), { policy });
}

function sideBySide(words: number, runs: number) {
  const text = sampleEmail(words);
  const contestants: Record<string, () => unknown> = {
    "safeshare check (full)": () => check(text),
    "wink-nlp readDoc (parse only)": () => nlp.readDoc(text).tokens().length(),
    "write-good lint": () => writeGood(text),
  };
  const names = Object.keys(contestants);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) contestants[n]!(); // warm up
  for (let r = 0; r < runs; r++) for (const n of names) samples[n]!.push(time(contestants[n]!));
  return { text, medians: Object.fromEntries(names.map((n) => [n, median(samples[n]!)])) as Record<string, number> };
}

function main() {
  console.log(`SafeShare check benchmark (node ${process.version}; medians, interleaved runs)\n`);
  const { text, medians } = sideBySide(10_000, 25);
  console.log(`10,000-word message (${text.length.toLocaleString()} characters):`);
  for (const [name, ms] of Object.entries(medians)) console.log(`  ${name.padEnd(32)} ${ms.toFixed(2).padStart(9)} ms`);
  const ours = medians["safeshare check (full)"]!;
  const wink = medians["wink-nlp readDoc (parse only)"]!;
  console.log(`  ratio safeshare / wink-nlp parse: ${(ours / wink).toFixed(2)}  (target: at most 0.50)`);
  console.log(`  ratio safeshare / write-good:     ${(ours / medians["write-good lint"]!).toFixed(2)}\n`);

  console.log("Cost against message length (safeshare check, median):");
  let base = 0;
  for (const words of [1_000, 10_000, 100_000]) {
    const body = sampleEmail(words);
    const runs = words >= 100_000 ? 7 : 25;
    check(body);
    const ms = median(Array.from({ length: runs }, () => time(() => check(body))));
    if (!base) base = ms / words;
    console.log(`  ${words.toLocaleString().padStart(7)} words ${ms.toFixed(2).padStart(9)} ms  ${((ms / words) * 1000).toFixed(3)} ms per 1k words  (x${(ms / words / base).toFixed(2)} of the 1k-word rate)`);
  }
}

main();
