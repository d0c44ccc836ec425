import { type DecisionMemo, DecisionMemoSchema, memoMatches } from "../../core/decision";

/** The practitioner's last decisions, by email conversation, on this device (see `DecisionMemo`). */
export interface DecisionMemory {
  /** The last decision this practitioner recorded here in the message's conversation, if any (see `memoMatches`). */
  last(upn: string, message: { conversationId?: string | undefined; subject: string; recipients: readonly string[] }): DecisionMemo | undefined;
  /** Remember a decision just recorded (the newest replaces an older one for its conversation). */
  remember(upn: string, memo: DecisionMemo): void;
}

/** Conversations remembered per practitioner: the newest, enough for the threads of a few weeks. */
export const MEMO_LIMIT = 30;

/**
 * The memory over `localStorage` (as the chain head is), one entry per practitioner holding their
 * newest conversations first. What is read back is validated: anything that does not parse (another
 * version, an edit by hand) is ignored, never trusted into the form.
 */
export function decisionMemory(storage: Pick<Storage, "getItem" | "setItem">): DecisionMemory {
  const key = (upn: string) => `safeshare.conversations.${upn.toLowerCase()}`;
  const read = (upn: string): DecisionMemo[] => {
    try {
      const raw: unknown = JSON.parse(storage.getItem(key(upn)) ?? "[]");
      if (!Array.isArray(raw)) return [];
      return raw.flatMap((entry) => {
        const parsed = DecisionMemoSchema.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      });
    } catch {
      return [];
    }
  };
  return {
    last(upn, message) {
      return read(upn).find((m) => memoMatches(m, message));
    },
    remember(upn, memo) {
      // The newest decision of a conversation replaces the older ones (by id, or by topic for a thread's first email).
      const same = (m: DecisionMemo) => (memo.conversationId !== undefined && m.conversationId === memo.conversationId) || (memo.topicHash !== undefined && m.topicHash === memo.topicHash);
      const kept = read(upn).filter((m) => !same(m));
      try {
        storage.setItem(key(upn), JSON.stringify([memo, ...kept].slice(0, MEMO_LIMIT)));
      } catch {
        // Storage full or blocked: the decision is recorded all the same; only the next reply's shortcut is lost.
      }
    },
  };
}
