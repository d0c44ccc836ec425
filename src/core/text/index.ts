/**
 * Text layer of the core: where the practitioner's own sentences are in a message body. Pure string
 * scanning with offsets into the original body, so the same code runs in the add-in, Outlook's JS-only
 * runtime and Node.
 */
export { segmentSentences, type SegmentSpan, type SegmentRole } from "./segment-sentences";
export { findSkippedRegions } from "./skipped-regions";
export { htmlToText } from "./html-to-text";
