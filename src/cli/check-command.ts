import { parseArgs } from "node:util";
import { z } from "zod";
import { checkMessage } from "../core/check/check-message";
import { MessageInputSchema, type MessageInput } from "../core/check/message";
import type { CheckResult } from "../core/check/result";
import { type Policy, policyFrom } from "../core/policy/policy";
import { type CliIO, EXIT, UsageError } from "./io";
import { formatReport } from "./check-report";
import { splitAddressList } from "./address-list";
import { runCheckJsonl } from "./check-jsonl";
import { attachFiles, readContents } from "./attachments";

/** `safeshare check` options after parsing: the command's boundary, validated once. */
export const CheckOptionsSchema = z
  .strictObject({
    from: z.string().optional(),
    to: z.array(z.string()).default([]),
    cc: z.array(z.string()).default([]),
    bcc: z.array(z.string()).default([]),
    subject: z.string().optional(),
    "org-domain": z.array(z.string()).default([]),
    policy: z.string().optional(),
    json: z.boolean().default(false),
    jsonl: z.boolean().default(false),
    html: z.boolean().default(false),
    file: z.string().optional(),
    attach: z.array(z.string().min(1)).default([]),
  })
  .refine((o) => !(o.json && o.jsonl), { message: "--json and --jsonl cannot be used together" })
  .refine((o) => !(o.jsonl && (o.file !== undefined && o.file !== "-")), {
    message: "--jsonl reads JSON lines from standard input; it takes no FILE",
  })
  .refine((o) => !(o.jsonl && (o.to.length || o.cc.length || o.bcc.length || o.from || o.subject)), {
    message: "with --jsonl, recipients, sender and subject come from each input line, not from options",
  })
  .refine((o) => !(o.jsonl && o.attach.length), {
    message: "with --jsonl, attachments come from each input line's \"attachments\" (with \"base64\"), not from --attach",
  });
export type CheckOptions = z.infer<typeof CheckOptionsSchema>;

/** Read argv into CheckOptions, or throw a UsageError that says what is wrong. */
export function checkOptionsFrom(argv: string[]): CheckOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        from: { type: "string" },
        to: { type: "string", multiple: true },
        cc: { type: "string", multiple: true },
        bcc: { type: "string", multiple: true },
        subject: { type: "string" },
        "org-domain": { type: "string", multiple: true },
        policy: { type: "string" },
        json: { type: "boolean" },
        jsonl: { type: "boolean" },
        html: { type: "boolean" },
        attach: { type: "string", multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > 1) throw new UsageError(`one FILE at most (got ${parsed.positionals.length})`);
  const { values } = parsed;
  const result = CheckOptionsSchema.safeParse({
    ...values,
    to: (values.to ?? []).flatMap(splitAddressList),
    cc: (values.cc ?? []).flatMap(splitAddressList),
    bcc: (values.bcc ?? []).flatMap(splitAddressList),
    file: parsed.positionals[0],
  });
  if (!result.success) throw new UsageError(result.error.issues.map((i) => i.message).join("; "));
  return result.data;
}

/** Load and validate the policy file (if any), then add the organisation's own domains. */
export async function policyForRun(io: CliIO, options: Pick<CheckOptions, "policy" | "org-domain">): Promise<Policy> {
  let raw: unknown = {};
  if (options.policy !== undefined) {
    let text: string;
    try {
      text = await io.readFile(options.policy);
    } catch (error) {
      throw new UsageError(`cannot read policy file '${options.policy}': ${(error as Error).message}`);
    }
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`policy file '${options.policy}' is not valid JSON: ${(error as Error).message}`);
    }
  }
  const withDomains =
    options["org-domain"].length > 0 && raw !== null && typeof raw === "object" && !Array.isArray(raw)
      ? { ...raw, internalDomains: [...(((raw as { internalDomains?: unknown }).internalDomains as string[]) ?? []), ...options["org-domain"]] }
      : raw;
  const policy = policyFrom(withDomains);
  if (!policy.ok) {
    const where = options.policy !== undefined ? `policy file '${options.policy}'` : "--org-domain";
    throw new UsageError(`${where} is not valid:\n${policy.error}`);
  }
  return policy.policy;
}

/** `safeshare check`: check one message (or a JSON-lines batch) and print the result. */
export async function runCheck(io: CliIO, argv: string[]): Promise<number> {
  const options = checkOptionsFrom(argv);
  const policy = await policyForRun(io, options);
  if (options.jsonl) return runCheckJsonl(io, policy, options["org-domain"].length === 0);

  const files = await attachFiles(io, options.attach);
  const body = await readBody(io, options.file);
  const message = MessageInputSchema.parse({
    from: options.from,
    to: options.to,
    cc: options.cc,
    bcc: options.bcc,
    subject: options.subject,
    body,
    html: options.html,
    ...(files.length ? { attachments: files.map((f) => ({ name: f.name, size: f.bytes.length, type: "file" as const })) } : {}),
  } satisfies Partial<MessageInput>);
  const contents = await readContents(files.map((file, attachment) => ({ attachment, file })));
  const result = checkMessage(message, { policy, senderDomainIsInternal: options["org-domain"].length === 0 }, contents);
  io.stdout(options.json ? `${JSON.stringify(result)}\n` : formatReport(result, { message }));
  return exitFor([result]);
}

async function readBody(io: CliIO, file: string | undefined): Promise<string> {
  if (file === undefined || file === "-") return io.readStdin();
  try {
    return await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read '${file}': ${(error as Error).message}`);
  }
}

/** 1 when any message needs review, else 0. */
export function exitFor(results: readonly Pick<CheckResult, "verdict">[]): number {
  return results.some((r) => r.verdict === "review") ? EXIT.review : EXIT.ok;
}
