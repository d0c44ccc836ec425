import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { CliIO } from "./io";

/** The real process's streams, files and clock, as a CliIO. */
export function nodeIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, "utf8"),
    readFileBytes: async (path) => new Uint8Array(await readFile(path)),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    now: () => new Date(),
  };
}
