import type { AttachmentFormat, ReadableAttachment, TextRegion } from "../types";
import type { ExtractContext } from "./context";

/** Thrown by `PartsBuilder.add` once the text cap is reached: the reader stops and returns what it has. */
export class TextFull extends Error {
  constructor() {
    super("text cap reached");
  }
}

const SEPARATOR = "\n\n";

/**
 * The text of a file, built part by part (a paragraph, a row, a slide): parts are trimmed, empty ones
 * dropped, joined by a blank line, and each gets a region saying where it is. The text never passes
 * the characters left in the context; the part that crosses the cap is cut and the file marked truncated.
 */
export class PartsBuilder {
  private readonly chunks: string[] = [];
  private readonly regions: TextRegion[] = [];
  private length = 0;
  private full = false;
  private readonly cap: number;

  constructor(private readonly ctx: ExtractContext) {
    this.cap = ctx.remainingChars;
  }

  get truncated(): boolean {
    return this.full;
  }

  /** Adds one part; throws `TextFull` when the cap is reached (after keeping what fits). */
  add(text: string, where: string): void {
    if (this.full) throw new TextFull();
    this.ctx.tick(1 + (text.length >> 6));
    const part = trimPart(text);
    if (part.length === 0) return;
    const sep = this.length === 0 ? 0 : SEPARATOR.length;
    const room = this.cap - this.length - sep;
    if (room <= 0) {
      this.full = true;
      throw new TextFull();
    }
    let kept = part.length <= room ? part : part.slice(0, room);
    // Never leave half of a surrogate pair at the cut.
    if (kept.length < part.length && isHighSurrogate(kept.charCodeAt(kept.length - 1))) kept = kept.slice(0, -1);
    if (kept.length === 0) {
      this.full = true;
      throw new TextFull();
    }
    if (sep) this.chunks.push(SEPARATOR);
    const start = this.length + sep;
    this.chunks.push(kept);
    this.length = start + kept.length;
    this.regions.push({ start, end: this.length, where });
    if (kept.length < part.length) {
      this.full = true;
      throw new TextFull();
    }
  }

  /** Marks the text truncated for a cap other than the characters (a part not read). */
  markTruncated(): void {
    this.full = true;
  }

  /** The readable result; spends the characters kept from the context. */
  result(format: AttachmentFormat, extra?: Pick<ReadableAttachment, "inner">): ReadableAttachment {
    this.ctx.spendChars(this.length);
    const base: ReadableAttachment = {
      kind: "text",
      format,
      text: this.chunks.join(""),
      regions: this.regions,
      truncated: this.full,
    };
    return extra?.inner ? { ...base, inner: extra.inner } : base;
  }
}

/** Runs `read`, stopping quietly when the text is full. */
export function readUntilFull(read: () => void): void {
  try {
    read();
  } catch (e) {
    if (!(e instanceof TextFull)) throw e;
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Trims whitespace (spaces, tabs, line breaks, no-break spaces) from both ends of a part (linear, no regex). */
function trimPart(text: string): string {
  return text.trim();
}
