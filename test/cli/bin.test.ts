import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sampleEmail } from "../../bench/sample-text";

/** The installed command, as a user runs it: a real process, real stdin and exit status. */
const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin/safeshare.cjs");

describe("bin/safeshare.cjs", () => {
  it("runs check end to end in a real process with the documented exit status", () => {
    const run = spawnSync(process.execPath, [bin, "check", "--json", "--to", "x@nhs.net.co", "-"], {
      input: "Chloe disclosed that dad hit her.",
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.recipients[0]).toEqual(expect.objectContaining({ class: "lookalike", imitates: "nhs.net" }));
    expect(run.stderr).toBe("");
  }, 60_000);

  it("prints usage and exits 2 for an unknown command", () => {
    const run = spawnSync(process.execPath, [bin, "frobnicate"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'frobnicate'/);
  }, 60_000);

  describe("check --jsonl on every core", () => {
    // Twenty messages (long enough for the workers to start after the first eight), a bad line among them.
    const lines = Array.from({ length: 20 }, (_, i) =>
      i === 11
        ? "{not json"
        : JSON.stringify({
            id: `m${i}`,
            to: [i % 3 ? "sarah@example.gov.uk" : "x@gmail.com"],
            subject: `Update ${i}`,
            body: sampleEmail(300 + i * 40),
            // Some lines carry a file, read asynchronously: a later chunk must not overtake an earlier one.
            ...(i % 4 === 1 ? { attachments: [{ name: `note ${i}.txt`, contentType: "text/plain", base64: Buffer.from(`Alfie Turner, NHS number 943 476 5919, seen ${i} times.`).toString("base64") }] } : {}),
          }),
    );
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [bin, "check", "--jsonl", "--org-domain", "example.gov.uk"], { input: `${lines.join("\n")}\n`, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });

    it("gives the same lines in the same order with workers, on one thread and from the sources", () => {
      const workers = run({ SAFESHARE_CHECK_WORKERS: "2" });
      const oneThread = run({ SAFESHARE_CHECK_WORKERS: "0" });
      const fromSource = run({ SAFESHARE_CLI_FROM_SOURCE: "1" });
      expect(workers.status).toBe(2); // the bad line
      expect(workers.stderr).toBe("");
      const out = workers.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { id?: string; error?: { code: string; line: number } });
      expect(out.map((o) => o.id)).toEqual(lines.map((_, i) => (i === 11 ? null : `m${i}`)));
      expect(out[11]!.error).toEqual(expect.objectContaining({ code: "invalid-json", line: 12 }));
      expect(workers.stdout).toContain('"name":"note 17.txt"');
      expect(oneThread.stdout).toBe(workers.stdout);
      expect(fromSource.stdout).toBe(workers.stdout);
      expect([oneThread.status, fromSource.status]).toEqual([2, 2]);
    }, 120_000);

    it("rebuilds the bundle when its stamp does not match the sources", () => {
      const stamp = path.join(root, "dist/cli/safeshare.cjs.stamp");
      run({ SAFESHARE_CHECK_WORKERS: "0" });
      writeFileSync(stamp, "0 stale");
      const again = run({ SAFESHARE_CHECK_WORKERS: "0" });
      expect(again.status).toBe(2);
      expect(readFileSync(stamp, "utf8")).not.toBe("0 stale");
    }, 120_000);
  });
});

