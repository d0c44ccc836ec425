import type { AttachmentFile, ExtractedAttachment } from "../types";
import type { ExtractContext } from "./context";
import { unreadable } from "./messages";

/**
 * PDFs are read by another step (a PDF library loaded only when a PDF is attached, in a worker). Until it
 * lands, a PDF is said to be unread. Replace this function, keeping its signature.
 */
export async function pdfNotReadHere(file: AttachmentFile, _ctx: ExtractContext): Promise<ExtractedAttachment> {
  return unreadable("unsupported", file.name, "pdf");
}
