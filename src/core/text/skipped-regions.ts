import type { SkippedRegion } from "../check/result";
import { trimSpaceBackward } from "./chars";
import { findDisclaimers } from "./disclaimer";
import { type LineRange, regionOfLines } from "./line-ranges";
import { type Line, isBlankLine, splitLines } from "./lines";
import { scanQuotedReply } from "./quoted-reply";
import { findSignatureStart } from "./signature";

/**
 * Regions of the body the practitioner did not write in this message: quoted replies and forwarded chains
 * (`quoted-reply`), their own signature block (`signature`) and confidentiality footers (`disclaimer`).
 * Sorted, non-overlapping, each trimmed to its first and last non-blank characters. A disclaimer inside a
 * quoted chain is part of the `quoted-reply` region. See quoted-reply.ts, signature.ts and disclaimer.ts
 * for the rules.
 */
export function findSkippedRegions(body: string): SkippedRegion[] {
  const lines = splitLines(body);
  const scan = scanQuotedReply(body, lines);
  const regions: SkippedRegion[] = [];
  for (const run of scan.inline) pushRegion(regions, regionOfLines(lines, run.first, run.last, "quoted-reply"));

  const segments = newTextSegments(lines, scan.inline, scan.tail);
  const disclaimerLine = new Set<number>();
  for (const seg of segments) {
    for (const d of findDisclaimers(body, lines, seg.first, seg.last + 1)) {
      pushRegion(regions, regionOfLines(lines, d.first, d.last, "disclaimer"));
      for (let k = d.first; k <= d.last; k++) disclaimerLine.add(k);
    }
  }

  // The signature closes the last stretch of new text that has anything in it.
  const last = lastNonEmpty(lines, segments, disclaimerLine);
  if (last !== undefined) {
    const start = findSignatureStart(body, lines, last.first, last.last + 1, (k) => disclaimerLine.has(k));
    if (start !== null) addSignature(lines, start.line, start.offset, last.last, disclaimerLine, regions);
  }

  const tailLine = lines[scan.tail];
  if (tailLine !== undefined) {
    const end = trimSpaceBackward(body, tailLine.contentStart, body.length);
    if (end > tailLine.contentStart) regions.push({ start: tailLine.contentStart, end, reason: "quoted-reply" });
  }
  return normalise(regions);
}

function pushRegion(regions: SkippedRegion[], r: SkippedRegion | null): void {
  if (r !== null) regions.push(r);
}

/** The stretches of lines before the trailing chain that are not inline quotes. */
function newTextSegments(lines: readonly Line[], inline: readonly LineRange[], tail: number): LineRange[] {
  const segments: LineRange[] = [];
  let next = 0;
  for (const run of inline) {
    if (run.first > next) segments.push({ first: next, last: run.first - 1 });
    next = run.last + 1;
  }
  if (tail > next) segments.push({ first: next, last: Math.min(tail, lines.length) - 1 });
  return segments;
}

function lastNonEmpty(lines: readonly Line[], segments: readonly LineRange[], claimed: ReadonlySet<number>): LineRange | undefined {
  for (let s = segments.length - 1; s >= 0; s--) {
    const seg = segments[s];
    if (seg === undefined) continue;
    for (let k = seg.last; k >= seg.first; k--) {
      const l = lines[k];
      if (l !== undefined && !isBlankLine(l) && !claimed.has(k)) return seg;
    }
  }
  return undefined;
}

/** Adds signature regions from `offset` (on line `first`) to line `last`, around any disclaimers. */
function addSignature(
  lines: readonly Line[],
  first: number,
  offset: number,
  last: number,
  disclaimerLine: ReadonlySet<number>,
  regions: SkippedRegion[],
): void {
  let runFirst = -1;
  const flush = (runLast: number): void => {
    if (runFirst < 0) return;
    const r = regionOfLines(lines, runFirst, runLast, "signature");
    if (r !== null) {
      if (runFirst === first) r.start = Math.max(r.start, offset);
      if (r.end > r.start) regions.push(r);
    }
    runFirst = -1;
  };
  for (let k = first; k <= last; k++) {
    if (disclaimerLine.has(k)) {
      flush(k - 1);
    } else if (runFirst < 0) {
      runFirst = k;
    }
  }
  flush(last);
}

/** Sorts regions and trims any overlap so the result is strictly ordered and disjoint. */
function normalise(regions: SkippedRegion[]): SkippedRegion[] {
  regions.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SkippedRegion[] = [];
  for (const r of regions) {
    const prev = out[out.length - 1];
    if (prev !== undefined && r.start < prev.end) {
      if (r.end <= prev.end) continue;
      r.start = prev.end;
    }
    if (r.end > r.start) out.push(r);
  }
  return out;
}
