import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import type { ColumnSpec } from "../core/decision";
import type { Policy } from "../core/policy/policy";
import { MAX_POLICY_TEXT, policyDigest, policyFromText, policyText, type PolicyVersion } from "../core/policy/policy-version";
import { isDuplicateValueError, storeErrorFrom } from "./errors";
import { provisionList, type ProvisionResult } from "./provision";

/**
 * The organisation's policy in SharePoint: the list "SafeShare policy", one item per saved version, never
 * edited in place (a new version is a new item), so the history is the list and every decision record's
 * policy version can be looked up. PolicyVersion enforces unique values: two IG leads saving at once both
 * ask for the same next number, and SharePoint refuses the second (`PolicyConflict`), rather than one
 * version silently replacing the other.
 *
 * Who saved a version and when are SharePoint's own createdBy and createdDateTime (from the saver's
 * token), not columns anyone could type into.
 *
 * Who may change it is the list's permissions (information governance edits, everyone else reads): set
 * by `safeshare provision`, as for the decision lists (sharepoint-access.ts).
 */

export const POLICY_LIST_NAME = "SafeShare policy";

/** The policy list's columns (besides SharePoint's own Title, Created, Author). */
export const POLICY_COLUMNS: readonly ColumnSpec[] = [
  { name: "PolicyVersion", displayName: "Policy version", type: "number", indexed: true, enforceUniqueValues: true, role: "record" },
  { name: "PolicyJson", displayName: "Policy (JSON)", type: "multilineText", indexed: false, enforceUniqueValues: false, maxLength: MAX_POLICY_TEXT, role: "record" },
  { name: "PolicySha256", displayName: "Policy SHA-256", type: "text", indexed: false, enforceUniqueValues: false, maxLength: 64, role: "record" },
  { name: "ChangeNote", displayName: "Why it changed", type: "text", indexed: false, enforceUniqueValues: false, maxLength: 255, role: "record" },
];

/** Create the policy list, or compare an existing one's columns with POLICY_COLUMNS. */
export function provisionPolicyList(client: Client, siteId: string, options: { fix?: boolean } = {}): Promise<ProvisionResult> {
  return provisionList(client, siteId, {
    listName: POLICY_LIST_NAME,
    description: "SafeShare's policy: one item per saved version (edited by information governance; read by SafeShare at start).",
    columns: POLICY_COLUMNS,
    fix: options.fix ?? false,
  });
}

/** Someone saved a version after the one this change was made from. */
export class PolicyConflict extends Error {
  constructor(
    readonly expected: number,
    readonly current: number,
  ) {
    super(`version ${current} of the policy was saved after version ${expected}, which this change was made from: read version ${current}, make the change again and save`);
    this.name = "PolicyConflict";
  }
}

/** A saved version that no longer reads: edited in SharePoint by hand, or not a valid policy. */
export interface BrokenVersion {
  readonly version: number;
  readonly problem: string;
}

const FieldsSchema = z
  .object({
    PolicyVersion: z.number(),
    PolicyJson: z.string().nullish(),
    PolicySha256: z.string().nullish(),
    ChangeNote: z.string().nullish(),
  })
  .passthrough();
/** Who SharePoint says created the item: the saver, from their own token (not a field anyone can type). */
const CreatedBySchema = z.object({ user: z.object({ email: z.string().nullish(), displayName: z.string().nullish() }).passthrough().nullish() }).passthrough().nullish();
const ItemSchema = z.object({ id: z.string(), createdBy: CreatedBySchema, createdDateTime: z.string().nullish(), fields: FieldsSchema }).passthrough();
const ItemsSchema = z.object({ value: z.array(ItemSchema) }).passthrough();

function creatorOf(item: z.infer<typeof ItemSchema>): string {
  return item.createdBy?.user?.email || item.createdBy?.user?.displayName || "";
}

/** A stored item as a version, or why it cannot be one. */
function versionFrom(item: z.infer<typeof ItemSchema>): PolicyVersion | BrokenVersion {
  const fields = item.fields;
  const version = fields.PolicyVersion;
  const read = policyFromText(fields.PolicyJson ?? "");
  if (!read.ok) return { version, problem: `version ${version} is not a valid policy: ${read.error}` };
  const sha256 = policyDigest(read.policy);
  // The digest of what was saved: a version whose JSON was changed in SharePoint no longer matches it.
  if (fields.PolicySha256 !== sha256) return { version, problem: `version ${version} was changed after it was saved (its SHA-256 does not match)` };
  return { version, policy: read.policy, sha256, savedBy: creatorOf(item), savedAt: item.createdDateTime ?? "", note: fields.ChangeNote ?? "" };
}

export function isBrokenVersion(v: PolicyVersion | BrokenVersion): v is BrokenVersion {
  return "problem" in v;
}

/** The policy list's items: reads versions, saves new ones. */
export class PolicyStore {
  constructor(
    private readonly client: Client,
    private readonly siteId: string,
  ) {}

  private get itemsPath(): string {
    return `/sites/${this.siteId}/lists/${encodeURIComponent(POLICY_LIST_NAME)}/items`;
  }

  /** The newest `count` versions, newest first (broken ones included, saying why). */
  async history(count = 20): Promise<(PolicyVersion | BrokenVersion)[]> {
    try {
      const body = ItemsSchema.parse(await this.client.api(this.itemsPath).expand("fields").orderby("fields/PolicyVersion desc").top(count).get());
      return body.value.map(versionFrom);
    } catch (error) {
      throw storeErrorFrom(error, `read the policy list "${POLICY_LIST_NAME}"`);
    }
  }

  /** One version by number, or undefined when there is none. */
  async version(version: number): Promise<PolicyVersion | BrokenVersion | undefined> {
    try {
      const body = ItemsSchema.parse(await this.client.api(this.itemsPath).expand("fields").filter(`fields/PolicyVersion eq ${Math.trunc(version)}`).top(1).get());
      const item = body.value[0];
      return item ? versionFrom(item) : undefined;
    } catch (error) {
      throw storeErrorFrom(error, `read version ${version} of the policy`);
    }
  }

  /**
   * The policy in force: the newest version that reads. A newer version that does not (edited by hand in
   * SharePoint) is reported in `skipped`, and the one before it stays in force; with none, undefined
   * (the built-in default applies).
   */
  async current(): Promise<{ version: PolicyVersion | undefined; skipped: BrokenVersion[] }> {
    // The newest alone first (every pane start asks, and a version can be 64,000 characters); the
    // twenty newest only when it does not read.
    let skipped: BrokenVersion[] = [];
    for (const count of [1, 20]) {
      const versions = await this.history(count);
      skipped = [];
      for (const v of versions) {
        if (!isBrokenVersion(v)) return { version: v, skipped };
        skipped.push(v);
      }
      if (versions.length < count) break;
    }
    return { version: undefined, skipped };
  }

  /**
   * Save `policy` as the next version. `basedOn` is the version the change was made from (0: none saved):
   * if another has been saved since, nothing is written and PolicyConflict says so.
   */
  async save(policy: Policy, options: { basedOn: number; note: string; now: Date }): Promise<PolicyVersion> {
    const newest = (await this.history(1))[0];
    const current = newest?.version ?? 0;
    if (current !== options.basedOn) throw new PolicyConflict(options.basedOn, current);
    const version = current + 1;
    const text = policyText(policy);
    const note = options.note.slice(0, 255);
    const sha256 = policyDigest(policy);
    try {
      const created = ItemSchema.partial({ fields: true }).parse(
        await this.client.api(this.itemsPath).post({ fields: { Title: `Policy version ${version}`, PolicyVersion: version, PolicyJson: text, PolicySha256: sha256, ChangeNote: note } }),
      );
      return { version, policy, sha256, savedBy: creatorOf({ ...created, fields: { PolicyVersion: version } }), savedAt: created.createdDateTime ?? options.now.toISOString(), note };
    } catch (error) {
      const e = storeErrorFrom(error, `save version ${version} of the policy`);
      // Another save took this number between our read and our write: the unique column refused ours.
      if (isDuplicateValueError(e.status, e.message)) throw new PolicyConflict(options.basedOn, version);
      throw e;
    }
  }
}

