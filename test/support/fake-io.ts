import type { CliIO } from "../../src/cli/io";

/** A CliIO that records what a command wrote, with files and stdin given up front. */
export interface FakeIO extends CliIO {
  out: string[];
  err: string[];
  stdoutText(): string;
  stderrText(): string;
}

export function fakeIO(options: { files?: Record<string, string>; binaryFiles?: Record<string, Uint8Array>; stdin?: string; tty?: boolean; now?: Date } = {}): FakeIO {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = options.stdin ?? "";
  return {
    out,
    err,
    stdoutText: () => out.join(""),
    stderrText: () => err.join(""),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    async readFile(path) {
      const text = options.files?.[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    async readFileBytes(path) {
      const bytes = options.binaryFiles?.[path];
      if (bytes !== undefined) return bytes;
      const text = options.files?.[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return new TextEncoder().encode(text);
    },
    readStdin: async () => stdin,
    async *stdinLines() {
      for (const line of stdin.split(/\r?\n/)) yield line;
    },
    stderrIsTTY: options.tty ?? false,
    env: {},
    now: () => options.now ?? new Date("2026-11-25T09:00:00Z"),
  };
}
