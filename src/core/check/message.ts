import { z } from "zod";

/**
 * One outgoing message as the hosts and the CLI hand it to the core: the same shape whether it comes
 * from Outlook's compose item, a Teams share or a line of `safeshare check --jsonl`.
 */
/** One attachment as the hosts see it (the Office JavaScript API's `AttachmentDetailsCompose`): its name and type, never its contents. */
export const AttachmentInputSchema = z.strictObject({
  name: z.string().max(1000),
  size: z.number().int().nonnegative().optional(),
  type: z.enum(["file", "item", "cloud"]).optional(),
  isInline: z.boolean().optional(),
});

export const MessageInputSchema = z.strictObject({
  /** The caller's id for this message, echoed in the result. */
  id: z.union([z.string().max(500), z.number()]).optional(),
  from: z.string().max(1000).optional(),
  to: z.array(z.string().max(2000)).max(100000).default([]),
  cc: z.array(z.string().max(2000)).max(100000).default([]),
  bcc: z.array(z.string().max(2000)).max(100000).default([]),
  subject: z.string().max(10000).optional(),
  /** Plain text, or HTML when `html` is true (tags stripped before analysis; offsets refer to the stripped text). */
  body: z.string().max(20_000_000).default(""),
  html: z.boolean().default(false),
  /** The attachments' names and types (not their contents): a file named for a person or a case is case content. */
  attachments: z.array(AttachmentInputSchema).max(10000).optional(),
  /** Outlook's recipient types by address (lower-case), when the host knows them. */
  recipientTypes: z.record(z.string(), z.enum(["distributionList", "user", "externalUser", "other"])).optional(),
});
export type MessageInput = z.infer<typeof MessageInputSchema>;
export type MessageInputRaw = z.input<typeof MessageInputSchema>;
