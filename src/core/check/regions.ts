import type { SkippedRegion, Span } from "./result";

/** The parts of the body outside `regions` (sorted, non-overlapping), as spans. */
export function spansOutside(length: number, regions: readonly Span[]): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const r of regions) {
    if (r.start > at) out.push({ start: at, end: r.start });
    at = Math.max(at, r.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}

/** True when `inner` lies wholly inside `outer`. */
export function spanWithin(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Split skipped regions by what they mean for searching: quoted replies are searched (forwarding a chain
 * shares it too) and findings there are marked; the sender's own signature and disclaimer are not searched.
 */
export function searchRegionsFrom(skipped: readonly SkippedRegion[]): { quoted: Span[]; excluded: Span[] } {
  return {
    quoted: skipped.filter((s) => s.reason === "quoted-reply").map(({ start, end }) => ({ start, end })),
    excluded: skipped.filter((s) => s.reason !== "quoted-reply").map(({ start, end }) => ({ start, end })),
  };
}
