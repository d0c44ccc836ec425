import type { AttachmentContent } from "../../core/attachments/check-attachment";
import { checkMessage } from "../../core/check/check-message";
import { recordPolicyOf } from "../../core/policy/policy-version";
import type { CheckResult } from "../../core/check/result";
import { AnswersSchema, type DecisionRecord, topicHashOf, recordFromAnswers, sha256Hex, UNSECURED_CLASSES, type Problem } from "../../core/decision";
import { applyEdit, type TextEdit } from "../../ui/flagged-sentence/segments";
import type { HoldReason } from "../onsend/alert-text";
import { type ComposeSnapshot, messageInput, outlookCheckContext, readSnapshot, snapshotHash } from "../onsend/snapshot";
import type { PaneItem } from "./pane-office";
import type { PaneAnalysis, PaneServices, PaneSettings } from "./pane-services";

/**
 * The pane's actions, apart from React: analyse the draft, apply a fix, and record a decision. Each takes
 * its dependencies as arguments (the item, the services), so tests drive them with a fake Office item.
 */

/** Read the draft and analyse it exactly as the on-send handler does. */
export async function analyseItem(item: PaneItem, settings: Pick<PaneSettings, "policy">): Promise<{ snapshot: ComposeSnapshot; analysis: PaneAnalysis }> {
  const snapshot = await readSnapshot(item);
  return { snapshot, analysis: analysisOf(snapshot, settings) };
}

/** The analysis of one version of the draft, with its attachments' contents when they have been read. */
export function analysisOf(snapshot: ComposeSnapshot, settings: Pick<PaneSettings, "policy">, contents: readonly AttachmentContent[] = []): PaneAnalysis {
  const result = checkMessage(messageInput(snapshot), outlookCheckContext(settings.policy, snapshot.accountType), contents);
  return { result, contentHash: snapshotHash(snapshot), ...(contents.length ? { contents } : {}) };
}

/** Why the pane was opened, from the Smart Alerts dialog's `contextData` (undefined when opened by hand). */
export function holdReasonFrom(contextData: string | undefined): HoldReason | undefined {
  if (!contextData) return undefined;
  try {
    const value = JSON.parse(contextData) as { source?: unknown; reason?: unknown };
    if (value.source !== "safeshare-onsend") return undefined;
    return value.reason === "review" || value.reason === "declined" || value.reason === "check-failed" ? value.reason : undefined;
  } catch {
    return undefined;
  }
}

/** How to send securely: add `[secure]` (NHSmail to a recipient that is not secure), or the organisation's route. */
export type SecureRoute = { readonly kind: "subject-tag"; readonly subject: string } | { readonly kind: "advice"; readonly text: string };

const NHSMAIL = /@nhs\.net$/i;
const SECURE_TAG = /\[secure\]/i;

export function secureRouteFor(snapshot: ComposeSnapshot, result: CheckResult, settings: Pick<PaneSettings, "encryptionAdvice">): SecureRoute | undefined {
  // Not for a look-alike or invalid address: [secure] would deliver the message safely to the wrong person.
  const unsecured = result.recipients.some((r) => (UNSECURED_CLASSES as readonly string[]).includes(r.class) && r.class !== "invalid" && r.class !== "lookalike");
  if (!unsecured) return undefined;
  if (snapshot.from && NHSMAIL.test(snapshot.from.trim())) {
    if (SECURE_TAG.test(snapshot.subject)) return undefined;
    return { kind: "subject-tag", subject: `[secure] ${snapshot.subject}`.trim() };
  }
  return { kind: "advice", text: settings.encryptionAdvice };
}

/** Apply a text fix to the draft's body, when it is plain text and still has the expected words there. */
export async function applyBodyEdit(item: PaneItem, edit: TextEdit): Promise<"applied" | "changed" | "html"> {
  const type = await item.bodyType();
  if (type === "html") return "html";
  const body = await item.bodyText();
  const next = applyEdit(body, edit);
  if (next === undefined) return "changed";
  await item.setBodyText(next);
  return "applied";
}

/** What the practitioner asked for. */
export type RecordMode = "send" | "record-only" | "not-share";

export type RecordOutcome =
  /** The draft changed since it was analysed: the pane shows the new analysis; nothing recorded. */
  | { readonly kind: "changed"; readonly snapshot: ComposeSnapshot; readonly analysis: PaneAnalysis }
  /** The answers are not complete or not consistent with the button: nothing recorded. */
  | { readonly kind: "incomplete"; readonly problems: readonly Problem[] }
  | { readonly kind: "error"; readonly message: string }
  /** Recorded. `sent`: sendAsync was called; `pressSend`: the client cannot send from the pane. */
  | { readonly kind: "recorded"; readonly record: DecisionRecord; readonly sent: boolean; readonly pressSend: boolean; readonly headerStamped: boolean };

/**
 * Record the decision: validate (core), re-read the draft (it must be what was analysed), append the
 * record (outbox first), stamp its id as the internet header, hand the decision to the on-send handler,
 * and, for "Record and send", send. The record is stored before anything is done to the message, so a
 * failure afterwards never loses it.
 */
export async function recordDecision(
  item: PaneItem,
  services: PaneServices,
  input: { answers: unknown; analysis: PaneAnalysis; mode: RecordMode },
): Promise<RecordOutcome> {
  const { settings } = services;
  const snapshot = await readSnapshot(item);
  const hash = snapshotHash(snapshot);
  if (hash !== input.analysis.contentHash) return { kind: "changed", snapshot, analysis: analysisOf(snapshot, settings) };

  const kind = (input.answers as { decision?: { kind?: unknown } } | undefined)?.decision?.kind;
  if (input.mode === "not-share" && kind !== "do-not-share") {
    return { kind: "incomplete", problems: [{ step: "decision", field: "decision.kind", message: "To record a decision not to share, choose “Do not share” in step 9 and give your reasons." }] };
  }
  if (input.mode !== "not-share" && kind === "do-not-share") {
    return { kind: "incomplete", problems: [{ step: "decision", field: "decision.kind", message: "Your decision in step 9 is not to share: use “Record decision not to share”." }] };
  }

  const recordId = services.newId().toLowerCase();
  const previousHash = await services.chain.previousHash(settings.practitioner);
  const build = recordFromAnswers({
    answers: input.answers,
    analysis: input.analysis.result,
    context: {
      recordId,
      decidedAt: services.now().toISOString(),
      practitioner: settings.practitioner,
      team: settings.team,
      message: { kind: "email", headerId: input.mode === "not-share" ? null : recordId },
      subject: snapshot.subject.slice(0, 255) || null,
      subjectPolicy: settings.subjectPolicy,
      sharedTextSha256: sha256Hex(snapshot.body),
      appVersion: settings.appVersion,
      policy: recordPolicyOf(settings.policy, settings.policyVersion),
      previousHash,
    },
  });
  if (build.kind === "incomplete") return { kind: "incomplete", problems: build.problems };
  if (build.kind === "invalid-context") return { kind: "error", message: `SafeShare could not build the record: ${build.message}` };
  const record = build.record;

  // 1. The record, durably, before anything else.
  await services.sink.enqueue(record);
  services.chain.advance(settings.practitioner, record);
  // The next reply in this conversation can start from this decision (the device's memory, see repeat.ts).
  const conversationId = item.conversationId();
  const topicHash = topicHashOf(snapshot.subject);
  if ((conversationId || topicHash) && services.memory) {
    const parsed = AnswersSchema.safeParse(input.answers);
    if (parsed.success) {
      services.memory.remember(settings.practitioner.upn, {
        ...(conversationId ? { conversationId } : {}),
        ...(topicHash ? { topicHash } : {}),
        recordId,
        decidedAt: record.decidedAt,
        answers: parsed.data,
        recipients: input.analysis.result.recipients.map((r) => r.address),
        identifierTypes: [...new Set(input.analysis.result.identifiers.map((i) => i.type))],
      });
    }
  }

  // 2. The header (the sent copy points at its record) and the handoff to the on-send handler.
  const headerStamped = await item.setDecisionHeader(recordId);
  await item.storeHandoff({ v: 1, decisionId: recordId, contentHash: hash, outcome: input.mode === "not-share" ? "do-not-share" : "share" });

  // 3. Send (Mailbox 1.15), or ask the practitioner to press Send.
  if (input.mode !== "send") return { kind: "recorded", record, sent: false, pressSend: false, headerStamped };
  if (!item.canSend) return { kind: "recorded", record, sent: false, pressSend: true, headerStamped };
  try {
    await item.send();
    return { kind: "recorded", record, sent: true, pressSend: false, headerStamped };
  } catch {
    // Outlook refused to send from the pane (for example a required field is empty): the decision stands.
    return { kind: "recorded", record, sent: false, pressSend: true, headerStamped };
  }
}
