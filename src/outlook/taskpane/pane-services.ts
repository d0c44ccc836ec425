import type { CheckResult } from "../../core/check/result";
import type { DecisionRecord, Upn } from "../../core/decision";
import type { Policy } from "../../core/policy/policy";

/**
 * What the pane needs from its host page, passed in (never module singletons): where records go, who is
 * deciding, and the organisation's settings. `start-pane.tsx` builds these from the pane configuration.
 */

/** The outbox's counts. */
export interface SinkCounts {
  readonly waiting: number;
  readonly held: number;
}

/**
 * Where a decision record goes: into the durable outbox first (`enqueue` resolves once the record is
 * stored on the device), then to the decision log in the background. The store's IdbOutbox and
 * OutboxFlusher implement it (`outboxSink`).
 */
export interface DecisionSink {
  enqueue(record: DecisionRecord): Promise<void>;
  counts(): Promise<SinkCounts>;
  /** Told whenever the counts may have changed. Returns an unsubscribe function. */
  subscribe(onCounts: (counts: SinkCounts) => void): () => void;
}

/** The practitioner's previous record hash (the record chain), kept per practitioner. */
export interface ChainHead {
  get(upn: string): string | null;
  set(upn: string, recordHash: string): void;
}

/** A chain head in `Storage` (the pane's localStorage), keyed by practitioner. */
export function storageChainHead(storage: Pick<Storage, "getItem" | "setItem">): ChainHead {
  const key = (upn: string) => `safeshare.chainHead.${upn.toLowerCase()}`;
  return {
    get: (upn) => {
      const v = storage.getItem(key(upn));
      return v && /^[0-9a-f]{64}$/.test(v) ? v : null;
    },
    set: (upn, hash) => storage.setItem(key(upn), hash),
  };
}

export interface PaneSettings {
  readonly policy: Policy;
  readonly practitioner: { readonly upn: string; readonly objectId: string };
  readonly team: string;
  readonly appVersion: string;
  /** Record the subject only when the organisation allows it (a subject can identify a child). */
  readonly subjectPolicy: "omit" | "record";
  /** What to say when a recipient is not secure and `[secure]` does not apply (the organisation's encryption route). */
  readonly encryptionAdvice: string;
}

/** The pane's dependencies. */
export interface PaneServices {
  readonly settings: PaneSettings;
  readonly sink: DecisionSink;
  readonly chain: ChainHead;
  readonly newId: () => string;
  readonly now: () => Date;
}

export const DEFAULT_ENCRYPTION_ADVICE =
  "Send it by a secure route: use your organisation's encryption option (for example Encrypt in Outlook's Options), or a secure portal agreed with the recipient.";

/** The analysis the pane shows, for one version of the draft. */
export interface PaneAnalysis {
  readonly result: CheckResult;
  /** `snapshotHash` of the content analysed. */
  readonly contentHash: string;
}

export type { DecisionRecord, Upn };
