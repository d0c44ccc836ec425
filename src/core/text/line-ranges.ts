import type { SkipReason, SkippedRegion } from "../check/result";
import { type Line, isBlankLine } from "./lines";

/** Lines `first`..`last` of a body, both inclusive. */
export interface LineRange {
  first: number;
  last: number;
}

/** Index of the first non-blank line at or after `k` and before `to`, or `to`. */
export function nextNonBlank(lines: readonly Line[], k: number, to: number): number {
  let i = k;
  while (i < to) {
    const l = lines[i];
    if (l !== undefined && !isBlankLine(l)) return i;
    i++;
  }
  return to;
}

/** Last line of the paragraph holding line `k`: the line before the next blank line (or `to - 1`). */
export function paragraphEnd(lines: readonly Line[], k: number, to: number): number {
  let i = k;
  while (i + 1 < to) {
    const l = lines[i + 1];
    if (l === undefined || isBlankLine(l)) break;
    i++;
  }
  return i;
}

/** The skipped region covering the trimmed text of lines `first`..`last`, or null when it is all blank. */
export function regionOfLines(lines: readonly Line[], first: number, last: number, reason: SkipReason): SkippedRegion | null {
  let a = first;
  let b = last;
  while (a <= b && isBlankAt(lines, a)) a++;
  while (b >= a && isBlankAt(lines, b)) b--;
  const fl = lines[a];
  const ll = lines[b];
  if (a > b || fl === undefined || ll === undefined) return null;
  return { start: fl.contentStart, end: ll.contentEnd, reason };
}

function isBlankAt(lines: readonly Line[], k: number): boolean {
  const l = lines[k];
  return l === undefined || isBlankLine(l);
}
