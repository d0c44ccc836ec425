/**
 * Fault injection: a seeded, repeatable decision for each request (and, separately, for each `$batch`
 * sub-request) of what goes wrong. Configured by `FaultConfig`; swapped at run time with `setFaults`.
 */
import { z } from "zod";

/**
 * - `throttle`: 429 with `Retry-After` (seconds), nothing applied.
 * - `unavailable`: 503 with `Retry-After`, nothing applied.
 * - `gatewayTimeout`: 504, nothing applied.
 * - `drop`: the socket is destroyed before the request is handled (nothing applied, no response).
 * - `commitThenDrop`: the request is applied and committed, then the socket is destroyed (response lost).
 * - `commitThenTimeout`: the request is applied and committed, then a 504 is returned.
 */
export const faultKindSchema = z.enum([
  "none",
  "throttle",
  "unavailable",
  "gatewayTimeout",
  "drop",
  "commitThenDrop",
  "commitThenTimeout",
]);
export type FaultKind = z.infer<typeof faultKindSchema>;

/** Faults a `$batch` sub-request can get inside a 200 batch response (a socket cannot fail for one). */
export const subFaultKindSchema = z.enum(["none", "throttle", "unavailable", "gatewayTimeout"]);
export type SubFaultKind = z.infer<typeof subFaultKindSchema>;

const probability = z.number().min(0).max(1);

export const faultConfigSchema = z
  .object({
    /** PRNG seed; the same seed and request order give the same faults. */
    seed: z.number().int().optional(),
    /** Per-request probability of each fault; drawn once per request (their sum must be <= 1). */
    probabilities: z.partialRecord(faultKindSchema.exclude(["none"]), probability).optional(),
    /** Deterministic faults for the first requests, in order (used before `probabilities`). */
    sequence: z.array(faultKindSchema).optional(),
    /** `Retry-After` in seconds for 429 and 503. */
    retryAfterSeconds: z.number().int().min(0).default(1),
    /** Added latency per request: a fixed number of ms, or a uniform range. */
    latencyMs: z.union([z.number().min(0), z.object({ min: z.number().min(0), max: z.number().min(0) })]).optional(),
    /** Which requests are subject to faults (default: all but the site lookup). */
    match: z
      .object({
        methods: z.array(z.string()).optional(),
        /** Regular expression tested against the path after `/v1.0`. */
        path: z.string().optional(),
      })
      .optional(),
    /** Faults for `$batch` sub-requests: the batch answers 200 and the sub-request carries the status. */
    batch: z
      .object({
        probabilities: z.partialRecord(subFaultKindSchema.exclude(["none"]), probability).optional(),
        sequence: z.array(subFaultKindSchema).optional(),
        /** Return sub-responses in a shuffled order (Graph does not promise request order). */
        shuffle: z.boolean().optional(),
      })
      .optional(),
  })
  .strict();

export type FaultConfig = z.input<typeof faultConfigSchema>;
type ParsedFaultConfig = z.output<typeof faultConfigSchema>;

/** mulberry32: a small, fast, seedable PRNG. */
export function prngFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<K extends string>(random: number, probabilities: Partial<Record<K, number>> | undefined): K | undefined {
  if (!probabilities) return undefined;
  let acc = 0;
  for (const [kind, p] of Object.entries(probabilities) as [K, number][]) {
    acc += p;
    if (random < acc) return kind;
  }
  return undefined;
}

export class FaultInjector {
  private config: ParsedFaultConfig;
  private random: () => number;
  private requestCount = 0;
  private subRequestCount = 0;
  private pathRe: RegExp | undefined;

  constructor(config: FaultConfig = {}) {
    this.config = faultConfigSchema.parse(config);
    this.random = prngFrom(this.config.seed ?? 1);
    this.pathRe = this.config.match?.path ? new RegExp(this.config.match.path) : undefined;
  }

  /** Replace the configuration; counters and PRNG restart. */
  set(config: FaultConfig): void {
    this.config = faultConfigSchema.parse(config);
    this.random = prngFrom(this.config.seed ?? 1);
    this.pathRe = this.config.match?.path ? new RegExp(this.config.match.path) : undefined;
    this.requestCount = 0;
    this.subRequestCount = 0;
  }

  get retryAfterSeconds(): number {
    return this.config.retryAfterSeconds;
  }

  get shuffleBatch(): boolean {
    return this.config.batch?.shuffle === true;
  }

  private matches(method: string, path: string): boolean {
    const m = this.config.match;
    if (m?.methods && !m.methods.map((x) => x.toUpperCase()).includes(method.toUpperCase())) return false;
    if (this.pathRe) return this.pathRe.test(path);
    return true;
  }

  /** The fault for a top-level request. */
  decide(method: string, path: string): FaultKind {
    if (!this.matches(method, path)) return "none";
    const n = this.requestCount++;
    const seq = this.config.sequence;
    if (seq && n < seq.length) return seq[n] ?? "none";
    return pick(this.random(), this.config.probabilities) ?? "none";
  }

  /** The fault for one `$batch` sub-request. */
  decideSub(method: string, path: string): SubFaultKind {
    const b = this.config.batch;
    if (!b || !this.matches(method, path)) return "none";
    const n = this.subRequestCount++;
    if (b.sequence && n < b.sequence.length) return b.sequence[n] ?? "none";
    return pick(this.random(), b.probabilities) ?? "none";
  }

  /** Latency to add to this request, in ms. */
  latency(): number {
    const l = this.config.latencyMs;
    if (l === undefined) return 0;
    if (typeof l === "number") return l;
    return l.min + this.random() * Math.max(0, l.max - l.min);
  }

  /** Shuffle in place with the seeded PRNG. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      const a = items[i] as T;
      items[i] = items[j] as T;
      items[j] = a;
    }
    return items;
  }
}
