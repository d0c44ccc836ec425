import type { Span } from "../../check/result";

/** Regions that shape where things are looked for. All sorted, non-overlapping, in body offsets. */
export interface SearchRegions {
  /** Quoted replies / forwarded chains: findings here carry quoted: true. */
  quoted: readonly Span[];
  /** Never searched: the sender's own signature block and disclaimer. */
  excluded: readonly Span[];
}

/** No regions at all: search the whole body, nothing quoted. */
export const NO_REGIONS: SearchRegions = { quoted: [], excluded: [] };

/**
 * True when `[start, end)` shares at least one character with any span in `spans`.
 * Spans are sorted and non-overlapping, so a binary search keeps this O(log n) per call: an email with
 * hundreds of findings and a long quoted chain must not go quadratic.
 */
export function spansOverlap(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  // Find the first span whose end is after `start`; it is the only candidate that can overlap first.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s === undefined) break;
    if (s.end <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  const cand = spans[lo];
  return cand !== undefined && cand.start < end && cand.end > start;
}

/**
 * Classifies a finding against the regions: `null` when it touches an excluded region (the sender's own
 * signature is never reported), otherwise whether it lies in quoted text.
 */
export function regionOf(regions: SearchRegions, start: number, end: number): { quoted: boolean } | null {
  if (spansOverlap(regions.excluded, start, end)) return null;
  return { quoted: spansOverlap(regions.quoted, start, end) };
}
