import type { ExtractLimits, UnreadableReason } from "../types";

/**
 * Why reading stopped early, thrown inside the readers and turned into an `UnreadableAttachment` by
 * `extractAttachment` (which never lets anything escape). `detail` chooses between wordings of one reason.
 */
export class ExtractStop extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail?: StopDetail,
  ) {
    super(reason);
  }
}

/** The finer cause behind a reason, for the practitioner's sentence. */
export type StopDetail =
  | "entity" // an XML document declaring entities (billion laughs)
  | "depth" // nesting deeper than the cap
  | "entries" // a zip with more entries than the cap
  | "ratio" // an entry that expands far more than its compressed size
  | "lied" // an entry that inflates past the size it declared
  | "unzipped" // the parts to read add up to more than the cap
  | "legacy-doc"
  | "legacy-xls"
  | "legacy-ppt"
  | "zip"
  | "opendocument-other"
  | "msg"
  | "inner-count" // past the attachments one email has read
  | "depth-limit"; // an attachment inside an attachment inside an email: not read

/** How many cheap steps pass between two looks at the clock. */
const TICKS_PER_CHECK = 2048;

/**
 * One reading: the caps, the deadline measured with the injected clock, the nesting depth (an attached
 * email's attachments are read at depth 1, and nothing deeper), and how many characters remain for the
 * whole file (its own text and its inner files' together).
 */
export class ExtractContext {
  private ticks = 0;
  private charsLeft: number;

  constructor(
    readonly limits: ExtractLimits,
    readonly deadline: number,
    readonly depth: number,
    chars: number = limits.maxTextChars,
  ) {
    this.charsLeft = Math.max(0, chars);
  }

  /** Throws `timeout` once the clock has passed the deadline. */
  check(): void {
    const now = this.limits.now();
    if (now > this.deadline) throw new ExtractStop("timeout");
  }

  /** Counts `n` cheap steps and looks at the clock every so often. */
  tick(n = 1): void {
    this.ticks += n;
    if (this.ticks >= TICKS_PER_CHECK) {
      this.ticks = 0;
      this.check();
    }
  }

  /** Characters this file may still add. */
  get remainingChars(): number {
    return this.charsLeft;
  }

  /** Records characters kept (by this file or an inner one). */
  spendChars(n: number): void {
    this.charsLeft = Math.max(0, this.charsLeft - n);
  }

  /** The context for a file inside this one: the same deadline, one level deeper, the characters left. */
  inner(): ExtractContext {
    return new ExtractContext(this.limits, this.deadline, this.depth + 1, this.charsLeft);
  }
}
