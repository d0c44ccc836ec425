/**
 * `tsx bench/onsend.bench.ts`: the on-send handler as Outlook gets it. Prints dist/onsend.js's size
 * (rebuilt first) and the time from Send to `event.completed` for a 10,000-word email to a
 * webmail address, run in a bare `vm` context with only a fake `Office` global:
 *
 * - cold: a fresh context each run, as in classic Outlook's short-lived JavaScript-only runtime (compile
 *   the script, register, initialise the core on first use, read the item, check, complete);
 * - warm: the same context again (browser-based Outlook may keep the runtime between events).
 *
 * Medians of repeated runs: these machines are shared and noisy. Outlook's own clock (the "taking longer"
 * dialog at five seconds) also counts downloading the script, which is what the gzipped size stands for.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { ON_SEND_ACTION_ID } from "../src/outlook/ids";
import type { CompletedOptions, MailboxEventLike } from "../src/outlook/onsend/office-types";
import { fakeOffice } from "../test/outlook/fake-office";
import { sampleEmail } from "./sample-text";

interface BuildModule {
  buildOnSend(options?: Record<string, unknown>): Promise<{ file: string }>;
}

const root = path.resolve(__dirname, "..");
const bundlePath = path.join(root, "dist", "onsend.js");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  // Built every time (well under a second), so the numbers are those of the current source and of the
  // SAFESHARE_* settings in the environment, never of a stale dist/onsend.js.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  await (require("../build/onsend.config.js") as BuildModule).buildOnSend();
  const code = readFileSync(bundlePath, "utf8");
  const script = new vm.Script(code, { filename: "onsend.js" });
  const gz = gzipSync(code, { level: 9 }).length;
  const body = sampleEmail(10_000);
  const words = body.split(/\s+/).filter(Boolean).length;
  const init = { to: [{ emailAddress: "jo.bloggs@gmail.com", displayName: "Jo Bloggs" }], subject: "Referral", body };

  /** Time one Send in `context` (a fresh one when undefined). */
  async function send(context?: { fake: ReturnType<typeof fakeOffice>; ctx: vm.Context }): Promise<{ ms: number; completed: CompletedOptions | undefined }> {
    const t0 = process.hrtime.bigint();
    let fake = context?.fake;
    if (!fake) {
      fake = fakeOffice(init);
      script.runInContext(vm.createContext({ Office: fake.Office }));
    }
    const completed = await new Promise<CompletedOptions | undefined>((resolve) => {
      const event: MailboxEventLike = { completed: (o) => resolve(o) };
      fake.handlers.get(ON_SEND_ACTION_ID)?.(event);
    });
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, completed };
  }

  const first = await send();
  if (first.completed?.allowEvent !== false) throw new Error("expected the sample to be held for review");
  const cold: number[] = [];
  for (let i = 0; i < 15; i++) cold.push((await send()).ms);

  const fake = fakeOffice(init);
  const ctx = vm.createContext({ Office: fake.Office });
  script.runInContext(ctx);
  await send({ fake, ctx });
  const warm: number[] = [];
  for (let i = 0; i < 25; i++) warm.push((await send({ fake, ctx })).ms);

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  process.stdout.write(
    [
      `dist/onsend.js: ${kb(code.length)} minified, ${kb(gz)} gzipped (budget 100 KB, stretch 60 KB)`,
      `send check of a ${words.toLocaleString("en-GB")}-word email to a webmail address, bare vm, verdict review:`,
      `  cold (fresh runtime each Send): median ${median(cold).toFixed(1)} ms (first ${first.ms.toFixed(1)} ms)`,
      `  warm (runtime kept):            median ${median(warm).toFixed(1)} ms`,
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
