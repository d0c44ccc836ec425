import { z } from "zod";
import { IDENTIFIER_TYPES, type IdentifierType } from "../check/result";
import { IDENTIFIER_NAMES } from "../check/identifier-names";
import { type Answers, AnswersSchema } from "./answers";
import { sha256Hex } from "./hash";

/**
 * What the practitioner's device remembers of their last decision in an email conversation, so that a
 * reply in a thread already decided can start from it ("Same decision as on 3 March?"): the answers, and
 * enough about the message to say what changed. Never the message text, the names in it or the
 * identifiers' values: only the recipients' addresses (which the record holds too) and the identifier
 * types.
 */
export const DecisionMemoSchema = z.strictObject({
  /** Outlook's conversation id, when the item had one (a reply); a new message has none until it is sent. */
  conversationId: z.string().min(1).max(512).optional(),
  /** SHA-256 of the conversation topic (`conversationTopic`): the subject is never stored. */
  topicHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  recordId: z.string().uuid(),
  decidedAt: z.string().datetime(),
  answers: AnswersSchema,
  recipients: z.array(z.string().max(320)).max(500),
  identifierTypes: z.array(z.enum(IDENTIFIER_TYPES)).max(6),
});
export type DecisionMemo = z.infer<typeof DecisionMemoSchema>;

/**
 * The conversation topic of a subject, as mail clients thread: without the reply and forward prefixes
 * ("RE:", "FW:", "Fwd:", and the German, Nordic and Dutch ones), spaces collapsed, lower-case; "" when
 * nothing is left. The first email of a thread has no conversation id while it is composed, so its
 * reply is found by topic.
 */
export function conversationTopic(subject: string): string {
  return subject.replace(/^(?:\s*(?:re|fw|fwd|aw|wg|sv|vs|antw|tr)\s*(?:\[\d+\])?\s*:)+/i, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** The stored form of a topic: its SHA-256, or undefined for an empty topic. */
export function topicHashOf(subject: string): string | undefined {
  const topic = conversationTopic(subject);
  return topic ? sha256Hex(topic) : undefined;
}

/**
 * True when the memo is about the message being written: the same conversation id, or (for a thread
 * whose first email had none) the same topic and at least one recipient in common, so that two cases
 * both under "Referral" are not confused.
 */
export function memoMatches(memo: Pick<DecisionMemo, "conversationId" | "topicHash" | "recipients">, now: { conversationId?: string | undefined; subject: string; recipients: readonly string[] }): boolean {
  if (memo.conversationId && now.conversationId) return memo.conversationId === now.conversationId;
  const topic = topicHashOf(now.subject);
  if (!topic || memo.topicHash !== topic) return false;
  const before = new Set(memo.recipients.map((a) => a.trim().toLowerCase()));
  return now.recipients.some((a) => before.has(a.trim().toLowerCase()));
}

/**
 * The answers to start a reply from: the last decision's, without step 6's confirmations (the principles
 * are checked against the message being sent: one tick confirms them again). How each flag was resolved
 * is given separately ({@link flagResolutionsToRepeat}): the caller keeps only those of flags the reply
 * raises too.
 */
export function answersToRepeat(memo: Pick<DecisionMemo, "answers">): Answers {
  const { rightWay: _rightWay, ...rest } = memo.answers;
  void _rightWay;
  return rest;
}

/**
 * The last decision's flag resolutions. A flag's id names what it is about: a recipient's by the address
 * ("kept: it is Mum's only email"; "confirmed by phone it is theirs"), which holds for the same address in
 * the same conversation; a sentence's or an identifier's by its place in the text, which a reply does not
 * share, so those are not carried over.
 */
export function flagResolutionsToRepeat(memo: Pick<DecisionMemo, "answers">): NonNullable<Answers["rightWay"]>["flagResolutions"] {
  return (memo.answers.rightWay?.flagResolutions ?? []).filter((r) => r.flagId.startsWith("recipient:") || r.flagId.startsWith("recipient-warning:"));
}

/** What is different about the message now, in plain sentences ("Now also to: a@x.org."), empty when nothing the memo holds changed. */
export function changesSince(memo: Pick<DecisionMemo, "recipients" | "identifierTypes">, now: { recipients: readonly string[]; identifierTypes: readonly IdentifierType[] }): string[] {
  const norm = (a: string) => a.trim().toLowerCase();
  const before = new Set(memo.recipients.map(norm));
  const after = new Set(now.recipients.map(norm));
  const added = [...after].filter((a) => !before.has(a));
  const removed = [...before].filter((a) => !after.has(a));
  const newTypes = [...new Set(now.identifierTypes)].filter((t) => !memo.identifierTypes.includes(t));
  const out: string[] = [];
  if (added.length) out.push(`Now also to: ${added.join(", ")}.`);
  if (removed.length) out.push(`No longer to: ${removed.join(", ")}.`);
  if (newTypes.length) out.push(`New in this message: ${newTypes.map((t) => IDENTIFIER_NAMES[t]).join(", ")}.`);
  return out;
}
