/**
 * What a command needs from the outside world, passed in so that commands are plain functions that
 * tests can run without spawning a process (`run(io, args)`; no module singletons to stub).
 */
export interface CliIO {
  /** Write to standard output (results only: never progress or diagnostics). */
  stdout(text: string): void;
  /** Write to standard error (progress, warnings, errors). */
  stderr(text: string): void;
  /** Read a whole file as UTF-8; rejects with the OS error. */
  readFile(path: string): Promise<string>;
  /** Read a whole file as bytes (attachments); rejects with the OS error. */
  readFileBytes(path: string): Promise<Uint8Array>;
  /** Read all of standard input as UTF-8. */
  readStdin(): Promise<string>;
  /** Standard input as lines, for streaming `--jsonl` without holding the whole batch. */
  stdinLines(): AsyncIterable<string>;
  /** True when standard error is a terminal (progress is shown only then). */
  stderrIsTTY: boolean;
  /** Environment variables. */
  env: Readonly<Record<string, string | undefined>>;
  /** Current time, injected for records and tests. */
  now(): Date;
}

/** Exit codes shared by every command: 0 all clear, 1 something needs review, 2 usage or input error. */
export const EXIT = { ok: 0, review: 1, usage: 2 } as const;

/** A usage or input error: printed on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
