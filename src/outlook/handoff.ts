import { DECISION_HEADER } from "./ids";

/**
 * How the task pane tells the on-send handler that a decision was recorded, through the item itself:
 *
 * 1. The pane appends the decision record (outbox first) and gets its id, a UUID.
 * 2. It stamps the id on the message as the internet header `x-safeshare-decision`
 *    (`item.internetHeaders.setAsync`, Mailbox 1.8), so that the sent copy carries it to the recipient's
 *    mailbox and the record can always be found from the email.
 * 3. It stores a {@link DecisionHandoff} as JSON under `item.sessionData["safeshare.decision"]`
 *    (Mailbox 1.11; custom property `safeshareDecision` where session data is missing), with the
 *    {@link contentHash} of the content the decision was made for.
 * 4. On Send the handler allows the message only when the header, the handoff's id and the hash of the
 *    content now in the item all agree. Editing the message after recording changes the hash, and the
 *    practitioner is asked again.
 *
 * The handoff is a hint from our own pane, not evidence: the record in the decision log is the evidence.
 */

/** What the pane hands to the handler. */
export interface DecisionHandoff {
  v: 1;
  /** The decision record's id (a UUID), also stamped as the `x-safeshare-decision` header. */
  decisionId: string;
  /** `contentHash()` of the recipients, subject and body the decision covers (64 lower-case hex digits). */
  contentHash: string;
  /** What was decided: `share` lets the message go; `do-not-share` keeps holding it. */
  outcome: "share" | "do-not-share";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Validate a handoff. Written out rather than with zod on purpose: this runs inside the on-send bundle,
 * and zod (even `zod/mini`) touches `globalThis` when it loads, which the ES2016-era JavaScript-only
 * runtime of older classic Outlook builds does not have; it would also add 6.5 KB gzipped to a file
 * whose download counts against Outlook's five seconds.
 */
export function isDecisionHandoff(value: unknown): value is DecisionHandoff {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.v === 1 &&
    typeof v.decisionId === "string" && UUID.test(v.decisionId) &&
    typeof v.contentHash === "string" && SHA256_HEX.test(v.contentHash) &&
    (v.outcome === "share" || v.outcome === "do-not-share")
  );
}

/** The handoff as the pane stores it. Throws on an invalid handoff (a bug in the caller). */
export function handoffText(handoff: DecisionHandoff): string {
  if (!isDecisionHandoff(handoff)) throw new TypeError("not a valid SafeShare decision handoff");
  const { v, decisionId, contentHash, outcome } = handoff;
  return JSON.stringify({ v, decisionId: decisionId.toLowerCase(), contentHash, outcome });
}

/** Read a stored handoff (JSON text, or an object from custom properties). Undefined when absent or malformed. */
export function handoffFrom(raw: unknown): DecisionHandoff | undefined {
  let value = raw;
  if (typeof raw === "string") {
    if (!raw.trim()) return undefined;
    try {
      value = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (!isDecisionHandoff(value)) return undefined;
  return { v: 1, decisionId: value.decisionId, contentHash: value.contentHash, outcome: value.outcome };
}

/** How a recorded decision relates to the message being sent. */
export type DecisionMatch =
  /** No usable decision on the item. */
  | { kind: "none" }
  /** A decision to share, recorded for exactly this content, with its header on the message. */
  | { kind: "share"; decisionId: string }
  /** A decision not to share, recorded for exactly this content. */
  | { kind: "do-not-share"; decisionId: string }
  /** A decision exists but the message changed afterwards (or its header is missing or different). */
  | { kind: "stale"; decisionId: string };

/**
 * Compare the handoff and the header with the hash of the content now in the item. Both ids must be the
 * same UUID (case-insensitive); `currentHash` is computed only when there is a handoff to compare with.
 */
export function decisionMatch(input: {
  handoff: DecisionHandoff | undefined;
  header: string | undefined;
  currentHash: () => string;
}): DecisionMatch {
  const { handoff } = input;
  if (!handoff) return { kind: "none" };
  const header = (input.header ?? "").trim().toLowerCase();
  const id = handoff.decisionId.toLowerCase();
  if (header !== id || handoff.contentHash !== input.currentHash()) return { kind: "stale", decisionId: id };
  return handoff.outcome === "share" ? { kind: "share", decisionId: id } : { kind: "do-not-share", decisionId: id };
}

export { DECISION_HEADER };
