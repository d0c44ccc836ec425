import type { AttachmentContent } from "../../core/attachments/check-attachment";
import type { ReadAllOptions } from "../../core/attachments/read-all";
import type { CheckResult } from "../../core/check/result";
import type { DecisionRecord, Upn } from "../../core/decision";
import type { Policy } from "../../core/policy/policy";
import type { DecisionMemory } from "./decision-memory";

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

/** A record as the chain needs it: its hash and when it was decided. */
export interface ChainLink {
  readonly recordHash: string;
  readonly decidedAt: string;
}

/**
 * The practitioner's record chain: which record the next one follows. A practitioner works on several
 * devices (Outlook on a desktop and on the web, the Teams share tab), so the newest record may have been
 * written elsewhere: the pane asks the decision log for the practitioner's newest record and also keeps
 * the last one it wrote itself (which may still be waiting in the outbox, not yet in the log), and
 * follows whichever is newer.
 */
export interface ChainHead {
  /**
   * Start asking the log now (when the pane opens), so that recording later does not wait for it: the
   * practitioner spends minutes on the checklist, the question takes a second.
   */
  prefetch(practitioner: { readonly upn: string; readonly objectId: string }): void;
  /** The hash the practitioner's next record follows; null for their first record. */
  previousHash(practitioner: { readonly upn: string; readonly objectId: string }): Promise<string | null>;
  /** Remember a record this device has just written (after it is in the outbox). */
  advance(practitioner: { readonly upn: string; readonly objectId: string }, record: ChainLink): void;
}

/** How long the pane waits for the log's answer before following its own last record. */
export const CHAIN_LOOKUP_MS = 4000;

const HASH = /^[0-9a-f]{64}$/;

/**
 * A chain head from the pane's `Storage` (localStorage: a record hash and time, never message text) and,
 * when given, the decision log's newest record of the practitioner. The log is asked for at most
 * `timeoutMs`; offline, throttled or refused, the pane follows its own last record, as before.
 */
export function chainHead(
  storage: Pick<Storage, "getItem" | "setItem">,
  newestInLog?: (objectId: string) => Promise<ChainLink | null>,
  options: { timeoutMs?: number; timers?: { setTimeout(f: () => void, ms: number): unknown; clearTimeout(id: unknown): void } } = {},
): ChainHead {
  const key = (upn: string) => `safeshare.chainHead.${upn.toLowerCase()}`;
  const local = (upn: string): ChainLink | null => {
    const v = storage.getItem(key(upn));
    if (!v) return null;
    // Earlier versions stored the bare hash: it stays the head, with no time (older than any record).
    if (HASH.test(v)) return { recordHash: v, decidedAt: "" };
    try {
      const parsed = JSON.parse(v) as { recordHash?: unknown; decidedAt?: unknown };
      if (typeof parsed.recordHash === "string" && HASH.test(parsed.recordHash) && typeof parsed.decidedAt === "string") {
        return { recordHash: parsed.recordHash, decidedAt: parsed.decidedAt };
      }
    } catch {
      // Not ours: ignore it.
    }
    return null;
  };
  const timers = options.timers ?? { setTimeout: (f: () => void, ms: number) => setTimeout(f, ms), clearTimeout: (id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>) };
  const fromLog = async (objectId: string): Promise<ChainLink | null> => {
    if (!newestInLog) return null;
    let timer: unknown;
    const late = new Promise<null>((resolve) => {
      timer = timers.setTimeout(() => resolve(null), options.timeoutMs ?? CHAIN_LOOKUP_MS);
    });
    try {
      const found = await Promise.race([newestInLog(objectId).catch(() => null), late]);
      return found && HASH.test(found.recordHash) ? found : null;
    } finally {
      timers.clearTimeout(timer);
    }
  };
  // One question to the log per practitioner at a time, asked again (in the background) after each record
  // written here, for the next one.
  const asked = new Map<string, Promise<ChainLink | null>>();
  const ask = (objectId: string): Promise<ChainLink | null> => {
    let answer = asked.get(objectId);
    if (!answer) {
      answer = fromLog(objectId);
      asked.set(objectId, answer);
    }
    return answer;
  };
  return {
    prefetch(practitioner) {
      void ask(practitioner.objectId);
    },
    async previousHash(practitioner) {
      const mine = local(practitioner.upn);
      const logged = await ask(practitioner.objectId);
      if (!logged) return mine?.recordHash ?? null;
      if (!mine) return logged.recordHash;
      // ISO 8601 times in UTC compare as text; at a tie this device's own record wins.
      return logged.decidedAt > mine.decidedAt ? logged.recordHash : mine.recordHash;
    },
    advance(practitioner, record) {
      storage.setItem(key(practitioner.upn), JSON.stringify({ recordHash: record.recordHash, decidedAt: record.decidedAt }));
      asked.delete(practitioner.objectId);
      if (newestInLog) void ask(practitioner.objectId);
    },
  };
}

export interface PaneSettings {
  readonly policy: Policy;
  /** Which saved version `policy` is (0: the built-in default; null: the deployment's own policy file, not a saved version). */
  readonly policyVersion: number | null;
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
  /** The practitioner's last decision per email conversation on this device (absent: no "same decision?" offer). */
  readonly memory?: DecisionMemory;
  readonly newId: () => string;
  readonly now: () => Date;
  /**
   * How the pane reads attachments' contents (absent: it does not read them): the clock for the readers'
   * time budget, WebCrypto's SHA-256, and the caps and PDF reader over the core's defaults.
   */
  readonly attachments?: { readonly now: () => number; readonly sha256Hex?: (bytes: Uint8Array) => Promise<string>; readonly limits?: ReadAllOptions["limits"] };
}

export const DEFAULT_ENCRYPTION_ADVICE =
  "Send it by a secure route: use your organisation's encryption option (for example Encrypt in Outlook's Options), or a secure portal agreed with the recipient.";

/** The analysis the pane shows, for one version of the draft. */
export interface PaneAnalysis {
  readonly result: CheckResult;
  /** `snapshotHash` of the content analysed. */
  readonly contentHash: string;
  /** The attachments' contents as read (kept so that a re-check after a fix need not read them again). */
  readonly contents?: readonly AttachmentContent[];
}

export type { DecisionRecord, Upn };
