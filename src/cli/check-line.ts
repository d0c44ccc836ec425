import { z } from "zod";
import { checkMessage } from "../core/check/check-message";
import { MessageInputSchema } from "../core/check/message";
import type { Policy } from "../core/policy/policy";
import { AttachmentLineSchema, attachmentInputs, filesOfLine, readContents } from "./attachments";

/** An output line for an input line that could not be checked: the batch goes on. */
export interface LineError {
  id: unknown;
  error: { code: "invalid-json" | "invalid-message" | "check-failed"; message: string; line: number };
}

/** One checked line, ready to write: its JSON text, and what it counts as in the summary. */
export interface CheckedLine {
  json: string;
  outcome: "error" | "review" | "pass";
}

/** A line: a message as the core reads it, whose attachments may carry their bytes (`base64`). */
const LineSchema = MessageInputSchema.extend({ attachments: z.array(AttachmentLineSchema).max(10000).optional() });

/**
 * Check one `--jsonl` input line (already trimmed, not empty) and serialise its result: the same work on
 * the main thread and in a worker (check-pool.ts), so a batch gives the same bytes either way.
 */
export async function checkLine(line: string, lineNo: number, policy: Policy, senderDomainIsInternal: boolean): Promise<CheckedLine> {
  const out = await resultOf(line, lineNo, policy, senderDomainIsInternal);
  return { json: JSON.stringify(out), outcome: "error" in out ? "error" : out.verdict === "review" ? "review" : "pass" };
}

async function resultOf(line: string, lineNo: number, policy: Policy, senderDomainIsInternal: boolean) {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return lineError(undefined, "invalid-json", `line ${lineNo} is not JSON: ${(error as Error).message}`, lineNo);
  }
  const id = json !== null && typeof json === "object" && "id" in json ? (json as { id: unknown }).id : undefined;
  const parsed = LineSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "(line)"}: ${i.message}`).join("; ");
    return lineError(id, "invalid-message", `line ${lineNo}: ${detail}`, lineNo);
  }
  try {
    const attachments = parsed.data.attachments;
    const message = attachments ? { ...parsed.data, attachments: attachmentInputs(attachments) } : parsed.data;
    const contents = attachments ? await readContents(filesOfLine(attachments)) : [];
    return checkMessage(message, { policy, senderDomainIsInternal }, contents);
  } catch (error) {
    // A bug in the engine must not lose the rest of the batch; say which line and carry on.
    return lineError(id, "check-failed", `line ${lineNo} could not be checked: ${(error as Error).message}`, lineNo);
  }
}

function lineError(id: unknown, code: LineError["error"]["code"], message: string, line: number): LineError {
  return { id: id ?? null, error: { code, message, line } };
}
