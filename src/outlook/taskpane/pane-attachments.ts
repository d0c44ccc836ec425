import type { AttachmentContent } from "../../core/attachments/check-attachment";
import { type AttachmentToRead, type ReadAllOptions, type ReadProgress, readAttachmentContents } from "../../core/attachments/read-all";
import { quoted } from "../../core/attachments/extract/messages";
import type { AttachmentFile } from "../../core/attachments/types";
import type { PaneItem } from "./pane-office";

export { webCryptoSha256Hex } from "../../ui/attachments/web-sha256";

/**
 * The draft's attachments, read in the task pane (never by the on-send handler, which has neither the
 * time nor the room): each file's content from Outlook (`getAttachmentContentAsync`, Mailbox 1.8), its
 * text read on the device by the core's readers. The contents never leave the pane; only what the
 * analysis found, and each file's name, type, size and SHA-256, reach the record.
 */

/** What reading gave: the contents to check, or why the client cannot give them. */
export type PaneAttachments = { readonly kind: "read"; readonly contents: AttachmentContent[] } | { readonly kind: "unsupported" } | { readonly kind: "none" };

/** Bytes from base64, as `getAttachmentContentAsync` gives a file. Throws on text that is not base64. */
export function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ""));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** A name that tells the readers what an attached item is (an .eml for a message, .ics for a meeting). */
function itemName(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

/**
 * Read the draft's attachments (inline pictures in the body excepted: they are signatures and logos far
 * more often than case files, and Outlook gives them temporary ids while they upload).
 */
export async function readPaneAttachments(
  item: PaneItem,
  options: Omit<ReadAllOptions, "onProgress"> & { readonly onProgress?: (progress: ReadProgress) => void },
): Promise<PaneAttachments> {
  // Before Mailbox 1.8 Outlook gives neither the list nor the contents: the pane cannot even tell whether
  // anything is attached, and says so.
  if (!item.canReadAttachments) return { kind: "unsupported" };
  const details = await item.attachmentDetails();
  const wanted = details.map((d, attachment) => ({ d, attachment })).filter(({ d }) => !d.isInline);
  if (wanted.length === 0) return { kind: "none" };
  const toRead: AttachmentToRead[] = wanted.map(({ d, attachment }) => ({
    attachment,
    name: d.name,
    declaredSize: d.size,
    load: async (): Promise<AttachmentFile | { notRead: string }> => {
      if (d.attachmentType === "cloud") {
        return { notRead: `${quoted(d.name)} is a link to a file in OneDrive or SharePoint, which SafeShare cannot read here: check what it contains and who it is shared with before you send it.` };
      }
      if (!d.id) return { notRead: `Outlook did not give SafeShare ${quoted(d.name)}, so it has not been checked: check what it contains before you send it.` };
      const content = await item.attachmentContent(d.id);
      switch (content.format) {
        case "base64":
          return { name: d.name, bytes: bytesOfBase64(content.content) };
        case "eml":
          return { name: itemName(d.name, ".eml"), contentType: "message/rfc822", bytes: new TextEncoder().encode(content.content) };
        case "iCalendar":
          return { name: itemName(d.name, ".ics"), contentType: "text/calendar", bytes: new TextEncoder().encode(content.content) };
        default:
          return { notRead: `${quoted(d.name)} is a link to a file stored online, which SafeShare cannot read here: check what it contains and who it is shared with before you send it.` };
      }
    },
  }));
  return { kind: "read", contents: await readAttachmentContents(toRead, options) };
}
