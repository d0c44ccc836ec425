import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import {
  type Analysis,
  AnalysisSchema,
  answersValidation,
  CHANNELS,
  type DecisionRecord,
  EMPTY_PREFILL,
  type MessageRef,
  prefillFrom,
  problemText,
  type Recommendation,
  recommendationFrom,
  recordErrorText,
  recordFromAnswers,
  sha256Hex,
} from "../core/decision";
import { type CliIO, EXIT, UsageError } from "./io";
import { defaultPolicy } from "../core/policy/policy";
import { BUILT_IN_POLICY_VERSION, policyFromText, recordPolicyOf } from "../core/policy/policy-version";

/**
 * `safeshare decide --answers FILE.json [--json] [--record …]`: prints the recommendation for an
 * answer set and the rule path that produced it, and with `--record` the validated decision record, for
 * testing an organisation's policies and for support. The same core code runs in the task pane.
 */

/** `safeshare decide` options after parsing: the command's boundary, validated once. */
export const DecideOptionsSchema = z
  .strictObject({
    answers: z.string({ message: "--answers FILE.json is required" }).min(1, { message: "--answers FILE.json is required" }),
    analysis: z.string().optional(),
    json: z.boolean().default(false),
    record: z.boolean().default(false),
    "record-id": z.string().optional(),
    practitioner: z.string().optional(),
    "practitioner-id": z.string().optional(),
    team: z.string().optional(),
    channel: z.enum(CHANNELS, { message: `--channel must be one of ${CHANNELS.join(", ")}` }).default("email"),
    "message-ref": z.string().optional(),
    subject: z.string().optional(),
    "subject-policy": z.enum(["omit", "record"], { message: "--subject-policy must be omit or record" }).default("omit"),
    /** The policy the check used (`check --policy FILE`), and its saved version if it is one (`policy get` prints it). */
    policy: z.string().min(1).optional(),
    "policy-version": z.coerce.number({ message: "--policy-version must be a whole number" }).int({ message: "--policy-version must be a whole number" }).min(0).max(1_000_000).optional(),
    "shared-text": z.string().optional(),
    "previous-hash": z.string().optional(),
    "app-version": z.string().min(1).default("dev"),
  })
  .superRefine((o, ctx) => {
    const recordOnly = ["record-id", "practitioner", "practitioner-id", "team", "message-ref", "subject", "shared-text", "previous-hash"] as const;
    if (!o.record) {
      for (const name of recordOnly) if (o[name] !== undefined) ctx.addIssue({ code: "custom", message: `--${name} is used only with --record` });
      return;
    }
    for (const name of ["practitioner", "practitioner-id", "team"] as const) {
      if (o[name] === undefined) ctx.addIssue({ code: "custom", message: `--record needs --${name}` });
    }
    if (o.channel !== "email" && o["message-ref"] === undefined) {
      ctx.addIssue({ code: "custom", message: `--channel ${o.channel} needs --message-ref (${o.channel === "teams-chat" ? "CHATID[/MESSAGEID]" : "TEAMID/CHANNELID[/MESSAGEID]"})` });
    }
  });
export type DecideOptions = z.infer<typeof DecideOptionsSchema>;

/** Read argv into DecideOptions, or throw a UsageError that says what is wrong. */
export function decideOptionsFrom(argv: string[]): DecideOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        answers: { type: "string" },
        analysis: { type: "string" },
        json: { type: "boolean" },
        record: { type: "boolean" },
        "record-id": { type: "string" },
        practitioner: { type: "string" },
        "practitioner-id": { type: "string" },
        team: { type: "string" },
        channel: { type: "string" },
        "message-ref": { type: "string" },
        subject: { type: "string" },
        "subject-policy": { type: "string" },
        policy: { type: "string" },
        "policy-version": { type: "string" },
        "shared-text": { type: "string" },
        "previous-hash": { type: "string" },
        "app-version": { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const options = DecideOptionsSchema.safeParse(parsed.values);
  if (!options.success) throw new UsageError(options.error.issues.map((i) => i.message).join("\n"));
  return options.data;
}

/** The message reference for the channel, from `--message-ref` ("/"-separated for Teams). */
export function messageRefFrom(channel: DecideOptions["channel"], ref: string | undefined): MessageRef {
  const parts = (ref ?? "").split("/").filter((p) => p.length > 0);
  switch (channel) {
    case "email":
      return { kind: "email", headerId: ref ?? null };
    case "teams-chat":
      if (parts.length < 1 || parts.length > 2) throw new UsageError("--message-ref for teams-chat is CHATID[/MESSAGEID]");
      return { kind: "teams-chat", chatId: parts[0] as string, messageId: parts[1] ?? null };
    case "teams-channel":
      if (parts.length < 2 || parts.length > 3) throw new UsageError("--message-ref for teams-channel is TEAMID/CHANNELID[/MESSAGEID]");
      return { kind: "teams-channel", teamId: parts[0] as string, channelId: parts[1] as string, messageId: parts[2] ?? null };
  }
}

async function readJson(io: CliIO, path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The recommendation as `--json` prints it. */
function recommendationJson(recommendation: Recommendation & { kind: "recommendation" }): unknown {
  return {
    value: recommendation.value,
    explanation: recommendation.explanation,
    significantHarm: recommendation.significantHarm !== null,
    path: recommendation.path.map((s) => ({ rule: s.rule, says: s.says, seed: s.source.seed, quote: s.source.quote })),
  };
}

/** The recommendation as a person reads it. */
function recommendationText(recommendation: Recommendation & { kind: "recommendation" }): string {
  const lines = [`Recommendation: ${recommendation.value}`, "", recommendation.explanation, "", "Rule path:"];
  recommendation.path.forEach((s, i) => lines.push(`  ${i + 1}. ${s.rule}: ${s.says}`, `     (${s.source.seed}: "${s.source.quote}")`));
  return `${lines.join("\n")}\n`;
}

/** Run `safeshare decide` with validated options. */
export async function runDecideWith(io: CliIO, options: DecideOptions): Promise<number> {
  const answers = await readJson(io, options.answers, "answers file");
  let analysis: Analysis | undefined;
  if (options.analysis !== undefined) {
    const parsed = AnalysisSchema.safeParse(await readJson(io, options.analysis, "analysis file"));
    if (!parsed.success) throw new UsageError(`analysis file ${options.analysis} is not a safeshare check --json result:\n${recordErrorText(parsed.error)}`);
    analysis = parsed.data;
  }
  const prefill = analysis ? prefillFrom(analysis) : EMPTY_PREFILL;
  const validation = answersValidation(answers, prefill);
  if (validation.kind === "incomplete") {
    for (const problem of validation.problems) io.stderr(`${options.answers}: ${problemText(problem)}\n`);
    return EXIT.usage;
  }
  const recommendation = recommendationFrom(validation.answers, prefill);
  if (recommendation.kind !== "recommendation") {
    io.stderr(`${options.answers}: the flow is waiting for "${recommendation.awaiting}"\n`);
    return EXIT.usage;
  }

  let record: DecisionRecord | undefined;
  if (options.record) {
    const sharedText = options["shared-text"] === undefined ? null : await io.readFile(options["shared-text"]).catch((error: unknown) => {
      throw new UsageError(`cannot read --shared-text ${options["shared-text"]}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const built = recordFromAnswers({
      answers,
      ...(analysis ? { analysis } : {}),
      context: {
        recordId: options["record-id"] ?? randomUUID(),
        decidedAt: io.now().toISOString(),
        practitioner: { upn: options.practitioner ?? "", objectId: options["practitioner-id"] ?? "" },
        team: options.team ?? "",
        message: messageRefFrom(options.channel, options["message-ref"]),
        subject: options.subject ?? null,
        subjectPolicy: options["subject-policy"],
        sharedTextSha256: sharedText === null ? null : sha256Hex(sharedText),
        appVersion: options["app-version"],
        policy: await decidedUnder(io, options.policy, options["policy-version"]),
        previousHash: options["previous-hash"] ?? null,
      },
    });
    if (built.kind === "incomplete") {
      for (const problem of built.problems) io.stderr(`${options.answers}: ${problemText(problem)}\n`);
      return EXIT.usage;
    }
    if (built.kind === "invalid-context") {
      for (const line of built.message.split("\n")) io.stderr(`record: ${line}\n`);
      return EXIT.usage;
    }
    record = built.record;
  }

  if (options.json) {
    io.stdout(`${JSON.stringify({ recommendation: recommendationJson(recommendation), ...(record ? { record } : {}) })}\n`);
  } else {
    io.stdout(recommendationText(recommendation));
    if (record) io.stdout(`\nDecision record (version ${record.schemaVersion}):\n${JSON.stringify(record, null, 2)}\n`);
  }
  return EXIT.ok;
}

/** `safeshare decide`: parse argv, run, and turn usage errors into exit 2. */
export async function runDecide(io: CliIO, argv: string[]): Promise<number> {
  try {
    return await runDecideWith(io, decideOptionsFrom(argv));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`safeshare decide: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/**
 * The record's policy: the file given with --policy (its version: --policy-version, else none, a file not
 * saved in the site), or the built-in default (version 0) as `check` uses without one.
 */
async function decidedUnder(io: CliIO, file: string | undefined, version: number | undefined): Promise<{ version: number | null; sha256: string }> {
  if (file === undefined) {
    if (version !== undefined && version !== BUILT_IN_POLICY_VERSION) throw new UsageError("--policy-version needs --policy FILE: the saved version's JSON (safeshare policy get --version N)");
    return recordPolicyOf(defaultPolicy(), BUILT_IN_POLICY_VERSION);
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read --policy ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const read = policyFromText(text);
  if (!read.ok) throw new UsageError(`--policy ${file} is not a valid policy:\n${read.error}`);
  return recordPolicyOf(read.policy, version ?? null);
}
