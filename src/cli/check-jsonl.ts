import { checkMessage } from "../core/check/check-message";
import { z } from "zod";
import { MessageInputSchema } from "../core/check/message";
import { AttachmentLineSchema, attachmentInputs, filesOfLine, readContents } from "./attachments";
import type { Policy } from "../core/policy/policy";
import { type CliIO, EXIT } from "./io";

/** An output line for an input line that could not be checked: the batch goes on. */
interface LineError {
  id: unknown;
  error: { code: "invalid-json" | "invalid-message" | "check-failed"; message: string; line: number };
}

/** How often (in lines) progress is redrawn on a terminal. */
const PROGRESS_EVERY = 200;

/**
 * `safeshare check --jsonl`: one message per input line, one result per output line, same order, same
 * id. A bad line yields an error object for that line, never a crash. Progress goes to stderr, and only
 * when stderr is a terminal, so stdout stays pure JSON lines.
 * Exit: 2 when any line was bad, else 1 when any message needs review, else 0.
 */
export async function runCheckJsonl(io: CliIO, policy: Policy, senderDomainIsInternal: boolean): Promise<number> {
  let lineNo = 0;
  let checked = 0;
  let reviews = 0;
  let errors = 0;
  for await (const rawLine of io.stdinLines()) {
    lineNo++;
    const line = rawLine.trim();
    if (line === "") continue;
    const out = await checkLine(line, lineNo, policy, senderDomainIsInternal);
    if ("error" in out) errors++;
    else if (out.verdict === "review") reviews++;
    checked++;
    io.stdout(`${JSON.stringify(out)}\n`);
    if (io.stderrIsTTY && checked % PROGRESS_EVERY === 0) {
      io.stderr(`\rchecked ${checked} messages: ${reviews} to review, ${errors} bad lines`);
    }
  }
  if (io.stderrIsTTY && checked >= PROGRESS_EVERY) {
    io.stderr(`\rchecked ${checked} messages: ${reviews} to review, ${errors} bad lines\n`);
  }
  if (errors > 0) return EXIT.usage;
  return reviews > 0 ? EXIT.review : EXIT.ok;
}

/** A line: a message as the core reads it, whose attachments may carry their bytes (`base64`). */
const LineSchema = MessageInputSchema.extend({ attachments: z.array(AttachmentLineSchema).max(10000).optional() });

async function checkLine(line: string, lineNo: number, policy: Policy, senderDomainIsInternal: boolean) {
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
