import type { Span } from "../check/result";

/**
 * Index of the first span (sorted by start) whose start is at or after `at`: a binary search, for
 * reading the part of a long list of words, tokens or findings that lies inside one sentence.
 */
export function firstStartingAtOrAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
