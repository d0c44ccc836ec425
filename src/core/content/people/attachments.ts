/**
 * An attachment as the hosts see it before sending: the Office JavaScript API's `AttachmentDetailsCompose`
 * (`getAttachmentsAsync`, Mailbox 1.8) gives the name, size, type (`file`, `item`, `cloud`) and
 * whether it is inline. Only the name is analysed here; the file's contents are not read. Validated at
 * the boundary by `MessageInputSchema` (check/message.ts).
 */
export interface AttachmentInput {
  name: string;
  size?: number;
  type?: "file" | "item" | "cloud";
  isInline?: boolean;
}

/**
 * An attachment's name as text to analyse: the extension dropped and the separators that file names use
 * for spaces ("Safety_plan-O_Kemp.docx") turned into spaces, so that "Safety plan - O Kemp" reads as
 * the words a person would see.
 */
export function attachmentText(name: string): string {
  const bare = name.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  return bare.replace(/[_+]+/g, " ").replace(/\s+/g, " ").trim();
}
