/** write-good ships no types; only what the benchmark calls. */
declare module "write-good" {
  function writeGood(text: string, options?: Record<string, boolean>): Array<{ index: number; offset: number; reason: string }>;
  export = writeGood;
}
