/**
 * "One edit apart" in the optimal-string-alignment (restricted Damerau–Levenshtein) sense: one character
 * inserted, deleted or substituted, or two neighbouring characters swapped. Only distance 1 matters to
 * the look-alike check, so this is a single linear pass rather than a full distance table.
 */

/**
 * How a typed string differs from the string it should have been:
 * - `different`: one character replaced (`nhs.met` for `nhs.net`)
 * - `extra`: one character too many (`cjsm.nett` for `cjsm.net`)
 * - `missing`: one character left out (`nhs.nt` for `nhs.net`)
 * - `swapped`: two neighbouring characters swapped (`nhs.nte` for `nhs.net`)
 */
export type SingleEditKind = "different" | "extra" | "missing" | "swapped";

/** One edit, with the characters involved so that a reason can name them. */
export interface SingleEdit {
  kind: SingleEditKind;
  /** The character typed (`different`, `extra`), or the first of the swapped pair as typed (`swapped`). */
  typed?: string;
  /** The character that should have been there (`different`, `missing`), or the second of the swapped pair as typed. */
  intended?: string;
}

/**
 * The single edit that turns `intended` into `typed`, or undefined when they are equal or more than one
 * edit apart. Both are arrays of code points (so that one astral character counts as one edit).
 */
export function singleEdit(typed: readonly string[], intended: readonly string[]): SingleEdit | undefined {
  const lt = typed.length;
  const li = intended.length;
  if (Math.abs(lt - li) > 1) return undefined;
  let i = 0;
  const shorter = Math.min(lt, li);
  while (i < shorter && typed[i] === intended[i]) i++;
  if (i === shorter && lt === li) return undefined; // identical
  if (lt === li) {
    if (sameFrom(typed, i + 1, intended, i + 1)) return edit("different", typed[i], intended[i]);
    if (i + 1 < lt && typed[i] === intended[i + 1] && typed[i + 1] === intended[i] && sameFrom(typed, i + 2, intended, i + 2)) {
      return edit("swapped", typed[i], typed[i + 1]);
    }
    return undefined;
  }
  if (lt === li + 1) return sameFrom(typed, i + 1, intended, i) ? edit("extra", typed[i], undefined) : undefined;
  return sameFrom(typed, i, intended, i + 1) ? edit("missing", undefined, intended[i]) : undefined;
}

function edit(kind: SingleEditKind, typed: string | undefined, intended: string | undefined): SingleEdit {
  const out: SingleEdit = { kind };
  if (typed !== undefined) out.typed = typed;
  if (intended !== undefined) out.intended = intended;
  return out;
}

/** True when `a` from index `ai` equals `b` from index `bi` to the end of both. */
function sameFrom(a: readonly string[], ai: number, b: readonly string[], bi: number): boolean {
  if (a.length - ai !== b.length - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a[ai] !== b[bi]) return false;
  return true;
}
