import { spawnSync } from "node:child_process";
import path from "node:path";

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
});
