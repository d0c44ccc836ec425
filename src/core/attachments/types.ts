/**
 * Attachments read on the device: what a file's text is, where each part of it sits in the file, or why
 * it cannot be read. The text never leaves the device and is never stored; only the file's name, type,
 * size and SHA-256 reach the record.
 */

/** The formats SafeShare reads the text of. */
export type AttachmentFormat = "txt" | "csv" | "rtf" | "docx" | "xlsx" | "pptx" | "odt" | "pdf" | "eml" | "msg";

/** Why a file's text could not be read, each said plainly to the practitioner (`UnreadableAttachment.message`). */
export type UnreadableReason =
  /** A picture (PNG, JPEG, GIF, TIFF, HEIC, BMP, WebP): SafeShare cannot read text in images. */
  | "image"
  /** A PDF with no text layer (a scan). */
  | "scanned"
  /** Password-protected or encrypted (an encrypted Office file, an encrypted zip entry, a PDF with a password). */
  | "encrypted"
  /** A type SafeShare does not read. */
  | "unsupported"
  /** Bigger than the per-file or total cap; nothing (or only the first part) was read. */
  | "too-large"
  /** Not a valid file of its type (damaged, truncated, or not what its name says). */
  | "malformed"
  /** Expands to far more than its size (a zip bomb), or an XML entity bomb / nesting too deep. */
  | "bomb"
  /** Reading took longer than the time budget. */
  | "timeout";

/** A stretch of the extracted text and where it is in the file, in words ("page 2", "sheet “Risks”, row 4", "slide 3", "paragraph 12"). */
export interface TextRegion {
  readonly start: number;
  readonly end: number;
  readonly where: string;
}

/** An attachment whose text was read. */
export interface ReadableAttachment {
  readonly kind: "text";
  readonly format: AttachmentFormat;
  /** The file's text, parts separated by blank lines (paragraphs, rows, slides, pages). */
  readonly text: string;
  /** Every part of `text`, in order, with where it is in the file. */
  readonly regions: readonly TextRegion[];
  /** True when a cap stopped reading before the end (the part read is still checked; the practitioner is told). */
  readonly truncated: boolean;
  /** Files inside this one that were read too (an attached email's own attachments, one level), by name. */
  readonly inner?: readonly { readonly name: string; readonly result: ExtractedAttachment }[];
}

/** An attachment whose text could not be read. */
export interface UnreadableAttachment {
  readonly kind: "unreadable";
  readonly format: AttachmentFormat | "image" | "unknown";
  readonly reason: UnreadableReason;
  /** One plain sentence for the practitioner ("SafeShare cannot read pictures: check what it shows before you send it."). */
  readonly message: string;
}

export type ExtractedAttachment = ReadableAttachment | UnreadableAttachment;

/** One file to read: its name, its declared type (may be wrong or missing) and its bytes. */
export interface AttachmentFile {
  readonly name: string;
  readonly contentType?: string | undefined;
  readonly bytes: Uint8Array;
}

/** The caps that keep reading safe under load; every one has a default (`DEFAULT_LIMITS`). */
export interface ExtractLimits {
  /** Largest file read, in bytes (Purview scans the first 2 MB of text; files themselves are larger). */
  readonly maxFileBytes: number;
  /** Most text kept from one file, in characters. */
  readonly maxTextChars: number;
  /** Most bytes a zip-based file (docx, xlsx, pptx, odt) may expand to, in total. */
  readonly maxUnzippedBytes: number;
  /** Largest expansion ratio of a zip entry (uncompressed / compressed) before it is treated as a bomb. */
  readonly maxZipRatio: number;
  /** Most entries a zip may hold. */
  readonly maxZipEntries: number;
  /** Deepest XML nesting read. */
  readonly maxXmlDepth: number;
  /** Milliseconds allowed for one file, measured with `now`. */
  readonly timeBudgetMs: number;
  /** The clock (the core never reads the time itself). */
  readonly now: () => number;
  /**
   * Reads a PDF's text layer, given by the host (a PDF library is too big for the core and must not load
   * until a PDF is attached). Without one, a PDF is said to be unread.
   */
  readonly readPdf?: PdfTextReader;
}

/** What a PDF reader says it can read of a PDF's text layer; `PdfTextReader` never throws. */
export type PdfText =
  /**
   * Each page's text in page order, lines apart by a line break (an empty string for a page with no text,
   * as a scanned page has); `truncated` when pages or text were left unread because of `maxPages` or `maxChars`.
   */
  | { readonly kind: "pages"; readonly pages: readonly string[]; readonly truncated: boolean }
  /** The file needs a password to open. */
  | { readonly kind: "encrypted" }
  /** Not a PDF the reader could open (damaged, truncated, not a PDF). */
  | { readonly kind: "malformed" }
  /** The deadline passed before the reader finished. */
  | { readonly kind: "timeout" }
  /** Reading needed more memory than the reader allows. */
  | { readonly kind: "too-large" }
  /** The reader itself could not start (its library did not load): the PDF is said to be unread. */
  | { readonly kind: "unavailable" };

/** What one reading of a PDF may take. */
export interface PdfReadOptions {
  /** Most pages read (from the first); the rest are left unread and the result is `truncated`. */
  readonly maxPages: number;
  /** Most characters wanted, all pages together; reading may stop once it has this many. */
  readonly maxChars: number;
  /** When to give up, as read on `now` (the caller's clock, in milliseconds). */
  readonly deadline: number;
  readonly now: () => number;
}

/** Reads a PDF's text layer, page by page. Must resolve (never reject) and must give up at the deadline. */
export type PdfTextReader = (bytes: Uint8Array, options: PdfReadOptions) => Promise<PdfText>;
