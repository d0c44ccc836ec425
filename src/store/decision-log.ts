import { type Client, PageIterator, type PageCollection } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import {
  canonicalJson,
  type DecisionRecord,
  isReviewPatch,
  type ListFields,
  listFieldsToRecord,
  listFieldsToReview,
  recordHashOf,
  recordToListFields,
  REVIEW_COLUMNS,
  type Review,
  reviewToListFields,
} from "../core/decision";
import { isDuplicateValueError, isStoreError, isThresholdRefusal, StoreError, storeErrorFrom } from "./errors";
import { type BatchRequest, type BatchRetryOptions, MAX_BATCH, runBatch } from "./graph/batch";
import { fieldCompare, fieldIn } from "./odata";
import { recordMatches, type ReviewQuery, windowFilter } from "./review-query";

/**
 * The decision log: the SharePoint list of decision records, through Microsoft Graph.
 *
 * Append is idempotent by RecordId (an indexed column; unique values enforced on the single list, not on
 * a per-team "read own items" list, where SharePoint forbids it). Whenever the outcome
 * of a write is unknown — the connection dropped, the request timed out, a 504 came back, or SharePoint
 * answered 409 "duplicate values" — the log reads the item back by RecordId and compares its RecordHash:
 * the same hash means the record is already there (success, never a second item); a different hash is a
 * typed `conflict` (never overwritten); no item means the write did not happen and it is sent again.
 * Every loop has a cap; a record still unconfirmed at the cap is reported `gave-up` (transient) and stays
 * in the outbox.
 */

export interface DecisionListRef {
  readonly siteId: string;
  readonly listId: string;
}

export type AppendOutcome =
  | { readonly kind: "created"; readonly recordId: string; readonly itemId: string }
  | { readonly kind: "already-present"; readonly recordId: string; readonly itemId: string }
  | { readonly kind: "failed"; readonly recordId: string; readonly error: StoreError };

export interface DecisionLogOptions {
  readonly client: Client;
  readonly list: DecisionListRef;
  /** Rounds of (post, read back unknowns) per record before giving up (default 6). */
  readonly maxAppendRounds?: number;
  /** Back-off between rounds: base and cap in ms (default 500 ms doubling to 8 s), times `timeScale`. */
  readonly roundDelayMs?: { readonly base: number; readonly max: number };
  readonly batch?: Partial<BatchRetryOptions>;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Multiplier for every wait the log itself makes (tests). */
  readonly timeScale?: number;
  /** Sub-requests per `$batch` (1–20, default 20). */
  readonly batchSize?: number;
  /** Items per page when reading (`$top`, default 200). */
  readonly pageSize?: number;
  /** First time window when reading for review, ms (default one day) and its bounds. */
  readonly window?: { readonly initialMs?: number; readonly minMs?: number; readonly maxMs?: number };
  readonly now?: () => Date;
}

/** Counters for diagnostics and the fault test. */
export interface DecisionLogStats {
  batches: number;
  singlePosts: number;
  subRetries: number;
  unknownOutcomes: number;
  readBacks: number;
  alreadyPresent: number;
  created: number;
  conflicts: number;
  rounds: number;
}

const ItemSchema = z.object({
  id: z.string(),
  eTag: z.string().optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
});
const ItemPageSchema = z.object({ value: z.array(ItemSchema), "@odata.nextLink": z.string().optional() });

/** A list item read for review. */
export type ReviewEntry =
  | { readonly kind: "record"; readonly itemId: string; readonly eTag: string | undefined; readonly record: DecisionRecord; readonly review: Review | null }
  | { readonly kind: "invalid"; readonly itemId: string; readonly message: string };

export interface ItemVersion {
  readonly id: string;
  readonly lastModifiedDateTime: string | undefined;
  readonly fields: ListFields;
}

export type TamperReport = { readonly kind: "intact"; readonly versions: number } | { readonly kind: "tampered"; readonly versions: number; readonly problems: readonly string[] };

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function subError(status: number, body: unknown, context: string): StoreError {
  const e = (body as { error?: { code?: string; message?: string; innerError?: Record<string, string> } } | undefined)?.error;
  const requestId = e?.innerError?.["request-id"];
  return new StoreError("http", `${context}: Graph answered ${status}${e?.code ? ` ${e.code}` : ""}: ${e?.message ?? ""}`, {
    status,
    ...(e?.code ? { code: e.code } : {}),
    ...(requestId ? { requestId } : {}),
  });
}

/** A write whose effect is unknown: no answer, a gateway timeout, or a server error after the retries. */
function outcomeUnknown(error: StoreError): boolean {
  if (error.kind === "network") return true;
  if (error.kind !== "http") return false;
  if (isDuplicateValueError(error.status, error.message)) return true;
  return error.status === 500 || error.status === 502 || error.status === 504;
}

export class DecisionLog {
  readonly stats: DecisionLogStats = { batches: 0, singlePosts: 0, subRetries: 0, unknownOutcomes: 0, readBacks: 0, alreadyPresent: 0, created: 0, conflicts: 0, rounds: 0 };
  private readonly client: Client;
  private readonly itemsPath: string;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly timeScale: number;

  constructor(private readonly options: DecisionLogOptions) {
    this.client = options.client;
    this.itemsPath = `/sites/${options.list.siteId}/lists/${options.list.listId}/items`;
    this.sleep = options.sleep ?? defaultSleep;
    this.timeScale = options.timeScale ?? 1;
  }

  private backoff(round: number): Promise<void> {
    const { base, max } = this.options.roundDelayMs ?? { base: 500, max: 8000 };
    return this.sleep(Math.min(max, base * 2 ** (round - 1)) * this.timeScale);
  }

  /**
   * Items (id and RecordHash) for these RecordIds; absent ids are not in the list. One indexed query.
   *
   * On a per-team "read own items" list (ReadSecurity 2, RecordId not unique) a practitioner's query sees
   * only the items they created. That is enough for the read-back: RecordIds are minted on the
   * practitioner's own device (a random UUID per decision) and only their outbox sends them, under their
   * own token, so any item carrying one of their RecordIds was created by them and is visible to them.
   * Two of their own flushers sending the same entry at once is what the outbox's claims prevent.
   */
  async findByRecordIds(recordIds: readonly string[]): Promise<Map<string, { itemId: string; recordHash: string | undefined }>> {
    const found = new Map<string, { itemId: string; recordHash: string | undefined }>();
    for (let i = 0; i < recordIds.length; i += MAX_BATCH) {
      const chunk = recordIds.slice(i, i + MAX_BATCH);
      this.stats.readBacks++;
      let body: unknown;
      try {
        body = await this.client.api(this.itemsPath).expand("fields($select=RecordId,RecordHash)").filter(fieldIn("RecordId", chunk)).top(chunk.length * 2).get();
      } catch (error) {
        throw storeErrorFrom(error, "read back by RecordId");
      }
      const page = ItemPageSchema.safeParse(body);
      if (!page.success) throw new StoreError("invalid-response", "read back by RecordId: not a list of items");
      for (const item of page.data.value) {
        const id = item.fields?.RecordId;
        if (typeof id !== "string") continue;
        const hash = item.fields?.RecordHash;
        // RecordId comparisons are case-insensitive in SharePoint; ours are lower-case UUIDs.
        found.set(id.toLowerCase(), { itemId: item.id, recordHash: typeof hash === "string" ? hash : undefined });
      }
    }
    return found;
  }

  /** Resolve records whose write outcome is unknown by reading them back. */
  private async resolveUnknown(records: readonly DecisionRecord[]): Promise<{ outcomes: AppendOutcome[]; notThere: DecisionRecord[]; error?: StoreError }> {
    this.stats.unknownOutcomes += records.length;
    let found;
    try {
      found = await this.findByRecordIds(records.map((r) => r.recordId));
    } catch (error) {
      return { outcomes: [], notThere: [...records], error: storeErrorFrom(error) };
    }
    const outcomes: AppendOutcome[] = [];
    const notThere: DecisionRecord[] = [];
    for (const record of records) {
      const item = found.get(record.recordId.toLowerCase());
      if (!item) notThere.push(record);
      else if (item.recordHash === record.recordHash) {
        this.stats.alreadyPresent++;
        outcomes.push({ kind: "already-present", recordId: record.recordId, itemId: item.itemId });
      } else {
        this.stats.conflicts++;
        outcomes.push({
          kind: "failed",
          recordId: record.recordId,
          error: new StoreError("conflict", `record ${record.recordId} is already in the list with a different hash (${item.recordHash ?? "none"}); it is neither overwritten nor duplicated`, {
            recordId: record.recordId,
            itemId: item.itemId,
            attemptedHash: record.recordHash,
            ...(item.recordHash ? { existingHash: item.recordHash } : {}),
          }),
        });
      }
    }
    return { outcomes, notThere };
  }

  /** Append one record with a single POST (idempotent by RecordId). */
  async append(record: DecisionRecord): Promise<AppendOutcome> {
    const fields = recordToListFields(record);
    const maxRounds = this.options.maxAppendRounds ?? 6;
    let last: StoreError | undefined;
    for (let round = 1; round <= maxRounds; round++) {
      this.stats.rounds++;
      if (round > 1) await this.backoff(round - 1);
      try {
        this.stats.singlePosts++;
        const item = ItemSchema.parse(await this.client.api(this.itemsPath).post({ fields }));
        this.stats.created++;
        return { kind: "created", recordId: record.recordId, itemId: item.id };
      } catch (thrown) {
        const error = isStoreError(thrown) ? thrown : thrown instanceof z.ZodError ? new StoreError("invalid-response", "create item: not a list item") : storeErrorFrom(thrown, "create item");
        last = error;
        if (outcomeUnknown(error)) {
          const resolved = await this.resolveUnknown([record]);
          if (resolved.outcomes[0]) return resolved.outcomes[0];
          if (resolved.error) last = resolved.error;
          continue; // not there (or could not tell): send again
        }
        if (!error.transient) return { kind: "failed", recordId: record.recordId, error };
      }
    }
    return { kind: "failed", recordId: record.recordId, error: new StoreError("gave-up", `record ${record.recordId}: not confirmed after ${maxRounds} rounds (${last?.message ?? "unknown"})`, { recordId: record.recordId, ...(last?.status ? { status: last.status } : {}) }) };
  }

  /** Append many records through `$batch` (20 per batch), each idempotent by RecordId. One outcome per record, in order. */
  async appendMany(records: readonly DecisionRecord[]): Promise<AppendOutcome[]> {
    const outcomes = new Map<string, AppendOutcome>();
    const size = Math.max(1, Math.min(MAX_BATCH, this.options.batchSize ?? MAX_BATCH));
    for (let i = 0; i < records.length; i += size) {
      for (const o of await this.appendChunk(records.slice(i, i + size))) outcomes.set(o.recordId, o);
    }
    return records.map((r) => outcomes.get(r.recordId) as AppendOutcome);
  }

  private async appendChunk(records: readonly DecisionRecord[]): Promise<AppendOutcome[]> {
    const maxRounds = this.options.maxAppendRounds ?? 6;
    const outcomes: AppendOutcome[] = [];
    const lastError = new Map<string, StoreError>();
    const fieldsOf = new Map(records.map((r) => [r.recordId, recordToListFields(r)]));
    let pending = [...records];
    for (let round = 1; round <= maxRounds && pending.length > 0; round++) {
      this.stats.rounds++;
      if (round > 1) await this.backoff(round - 1);
      const requests: BatchRequest[] = pending.map((r) => ({ id: r.recordId, method: "POST", url: this.itemsPath, body: { fields: fieldsOf.get(r.recordId) } }));
      this.stats.batches++;
      const run = await runBatch(this.client, requests, { ...(this.options.batch ?? {}), timeScale: this.options.batch?.timeScale ?? this.timeScale });
      this.stats.subRetries += run.subRetries;
      const unknown: DecisionRecord[] = [];
      const again: DecisionRecord[] = [];
      const unresolved = new Set(run.unresolved);
      for (const record of pending) {
        if (unresolved.has(record.recordId)) {
          if (run.error) lastError.set(record.recordId, run.error);
          unknown.push(record);
          continue;
        }
        const answer = run.responses.get(record.recordId);
        if (!answer) {
          unknown.push(record);
          continue;
        }
        if (answer.status === 201 || answer.status === 200) {
          const item = ItemSchema.safeParse(answer.body);
          this.stats.created++;
          outcomes.push({ kind: "created", recordId: record.recordId, itemId: item.success ? item.data.id : "" });
          continue;
        }
        const error = subError(answer.status, answer.body, `create item ${record.recordId}`);
        lastError.set(record.recordId, error);
        if (outcomeUnknown(error)) unknown.push(record);
        else if (error.transient) again.push(record);
        else outcomes.push({ kind: "failed", recordId: record.recordId, error });
      }
      if (unknown.length > 0) {
        const resolved = await this.resolveUnknown(unknown);
        outcomes.push(...resolved.outcomes);
        again.push(...resolved.notThere);
        if (resolved.error) for (const r of resolved.notThere) lastError.set(r.recordId, resolved.error);
      }
      pending = again;
    }
    for (const record of pending) {
      const last = lastError.get(record.recordId);
      outcomes.push({
        kind: "failed",
        recordId: record.recordId,
        error: new StoreError("gave-up", `record ${record.recordId}: not confirmed after ${maxRounds} rounds (${last?.message ?? "unknown"})`, { recordId: record.recordId, ...(last?.status ? { status: last.status } : {}) }),
      });
    }
    return outcomes;
  }

  /** Items in one time window (server: window + indexed equalities), every page followed with PageIterator. */
  private async readWindow(q: ReviewQuery, from: Date, to: Date): Promise<z.infer<typeof ItemSchema>[]> {
    const items: z.infer<typeof ItemSchema>[] = [];
    let first: unknown;
    try {
      first = await this.client.api(this.itemsPath).expand("fields").filter(windowFilter(q, from, to)).top(this.options.pageSize ?? 200).get();
      const page = ItemPageSchema.safeParse(first);
      if (!page.success) throw new StoreError("invalid-response", "read items: not a list of items");
      const iterator = new PageIterator(this.client, first as PageCollection, (raw: unknown) => {
        const item = ItemSchema.safeParse(raw);
        if (item.success) items.push(item.data);
        return true;
      });
      await iterator.iterate();
    } catch (error) {
      throw storeErrorFrom(error, "read items");
    }
    return items;
  }

  /** Is there any item older than `before`? (A refusal means "yes, many".) */
  private async anyOlder(before: Date): Promise<boolean> {
    try {
      const body = await this.client.api(this.itemsPath).filter(fieldCompare("DecisionTime", "lt", before)).top(1).get();
      const page = ItemPageSchema.safeParse(body);
      return page.success ? page.data.value.length > 0 : true;
    } catch (error) {
      const e = storeErrorFrom(error, "probe older items");
      if (isThresholdRefusal(e.status, e.message, e.details.code)) return true;
      throw e;
    }
  }

  /**
   * Records for review, newest window first (within a window, newest first), walking back window by
   * window from `until` (default now) to `since` (default: until no older item exists). Invalid items
   * are yielded as `invalid` so a reviewer sees them.
   */
  async *readForReview(q: ReviewQuery = {}): AsyncGenerator<ReviewEntry> {
    const w = this.options.window ?? {};
    const minMs = w.minMs ?? 60_000;
    const maxMs = w.maxMs ?? 32 * 86_400_000;
    let windowMs = w.initialMs ?? 86_400_000;
    let end = (q.until ?? (this.options.now ?? (() => new Date()))()).getTime();
    const floor = q.since?.getTime();
    while (floor === undefined || end > floor) {
      const start = floor === undefined ? end - windowMs : Math.max(floor, end - windowMs);
      let items;
      try {
        items = await this.readWindow(q, new Date(start), new Date(end));
      } catch (error) {
        const e = storeErrorFrom(error);
        if (!isThresholdRefusal(e.status, e.message, e.details.code)) throw e;
        if (windowMs <= minMs) throw new StoreError("query-too-broad", `SharePoint refuses even a ${Math.round(windowMs / 1000)} s window: ${e.message}`, e.details);
        windowMs = Math.max(minMs, Math.floor(windowMs / 2));
        continue;
      }
      const entries: ReviewEntry[] = [];
      for (const item of items) {
        const parsed = listFieldsToRecord((item.fields ?? {}) as ListFields);
        if (parsed.kind === "error") {
          entries.push({ kind: "invalid", itemId: item.id, message: parsed.message });
          continue;
        }
        const review = listFieldsToReview((item.fields ?? {}) as ListFields);
        if (recordMatches(q, parsed.record, review)) entries.push({ kind: "record", itemId: item.id, eTag: item.eTag, record: parsed.record, review });
      }
      entries.sort((a, b) => (a.kind === "record" && b.kind === "record" ? b.record.decidedAt.localeCompare(a.record.decidedAt) : 0));
      yield* entries;
      if (floor === undefined && items.length === 0 && !(await this.anyOlder(new Date(start)))) return;
      end = start;
      windowMs = Math.min(maxMs, windowMs * 2);
    }
  }

  /**
   * A practitioner's newest record in the list (the tail of their record chain), or null when they have
   * none: the first record `readForReview` yields for them, newest first.
   */
  async latestRecordOf(objectId: string): Promise<DecisionRecord | null> {
    for await (const entry of this.readForReview({ practitionerObjectId: objectId.toLowerCase() })) {
      if (entry.kind === "record") return entry.record;
    }
    return null;
  }

  /** PATCH review columns only (refused before any request otherwise). `eTag` makes it conditional (412 if stale). */
  async patchReview(itemId: string, fields: ListFields, eTag?: string): Promise<ListFields> {
    if (!isReviewPatch(fields)) {
      const bad = Object.keys(fields).filter((k) => !REVIEW_COLUMNS.includes(k));
      throw new StoreError("not-review-patch", `a review may change only ${REVIEW_COLUMNS.join(", ")}; refused: ${bad.join(", ")}`, { itemId });
    }
    let request = this.client.api(`${this.itemsPath}/${encodeURIComponent(itemId)}/fields`);
    if (eTag) request = request.header("If-Match", eTag);
    try {
      return (await request.patch(fields)) as ListFields;
    } catch (error) {
      throw storeErrorFrom(error, `review item ${itemId}`);
    }
  }

  /** Mark a record reviewed. */
  markReviewed(itemId: string, review: Review, eTag?: string): Promise<ListFields> {
    return this.patchReview(itemId, reviewToListFields(review), eTag);
  }

  /** An item's versions, oldest first. */
  async versions(itemId: string): Promise<ItemVersion[]> {
    let body: unknown;
    try {
      body = await this.client.api(`${this.itemsPath}/${encodeURIComponent(itemId)}/versions`).expand("fields").get();
    } catch (error) {
      throw storeErrorFrom(error, `versions of item ${itemId}`);
    }
    const parsed = z.object({ value: z.array(z.object({ id: z.string(), lastModifiedDateTime: z.string().optional(), fields: z.record(z.string(), z.unknown()).optional() })) }).safeParse(body);
    if (!parsed.success) throw new StoreError("invalid-response", `versions of item ${itemId}: not a version list`);
    return parsed.data.value
      .map((v) => ({ id: v.id, lastModifiedDateTime: v.lastModifiedDateTime, fields: (v.fields ?? {}) as ListFields }))
      .sort((a, b) => Number.parseFloat(a.id) - Number.parseFloat(b.id));
  }

  /** The tamper check: every version holds the same valid record, whose hash recomputes; only review columns changed. */
  async tamperCheck(itemId: string): Promise<TamperReport> {
    const versions = await this.versions(itemId);
    return tamperReportFrom(versions);
  }
}

/** Compare an item's versions: the record (all non-review columns) must be identical in each and hash correctly. */
export function tamperReportFrom(versions: readonly ItemVersion[]): TamperReport {
  const problems: string[] = [];
  let first: string | undefined;
  for (const v of versions) {
    const parsed = listFieldsToRecord(v.fields);
    if (parsed.kind === "error") {
      problems.push(`version ${v.id}: not a valid record (${parsed.message.split("\n")[0]})`);
      continue;
    }
    if (recordHashOf(parsed.record) !== parsed.record.recordHash) problems.push(`version ${v.id}: the record hash does not match its content`);
    const text = canonicalJson(parsed.record);
    if (first === undefined) first = text;
    else if (text !== first) problems.push(`version ${v.id}: record columns differ from the first version`);
  }
  return problems.length === 0 ? { kind: "intact", versions: versions.length } : { kind: "tampered", versions: versions.length, problems };
}
