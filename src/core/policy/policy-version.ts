import { z } from "zod";
import { canonicalJson } from "../decision/canonical";
import { sha256Hex } from "../decision/hash";
import { type Policy, PolicySchema, policyErrorText } from "./policy";

/**
 * The organisation's policy as the information governance lead keeps it: numbered versions, each saved
 * whole (never edited in place), so that every decision record can say which version it was decided under
 * and a manager can read what that version said. Version 0 is the built-in default (no saved policy).
 */

/** The most characters a saved policy may have: what a SharePoint multi-line text column holds. */
export const MAX_POLICY_TEXT = 63_999;

/** The version number a record carries when no saved policy was in force: the built-in default. */
export const BUILT_IN_POLICY_VERSION = 0;

/** One saved version of the policy, as the store reads it back. */
export const PolicyVersionSchema = z.strictObject({
  /** 1, 2, 3…: one more than the version it replaced. */
  version: z.number().int().min(1).max(1_000_000),
  policy: PolicySchema,
  /** SHA-256 (hex) of the policy's canonical JSON: a version edited outside SafeShare no longer matches. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Who saved it (UPN) and when (UTC, ISO 8601). */
  savedBy: z.string().max(320),
  savedAt: z.string().max(40),
  /** Why it changed, in the IG lead's words ("Oakfield ISA signed 1 Dec"). */
  note: z.string().max(255),
});
export type PolicyVersion = z.infer<typeof PolicyVersionSchema>;

/** The policy as it is stored and hashed: canonical JSON (keys sorted, no spaces), every default filled in. */
export function policyText(policy: Policy): string {
  return canonicalJson(policy);
}

/** The SHA-256 (hex) of a policy's canonical JSON. */
export function policyDigest(policy: Policy): string {
  return sha256Hex(policyText(policy));
}

/** The policy as people read and edit it: indented JSON in the schema's own key order. */
export function policyForEditing(policy: Policy): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}

export type PolicyTextParse = { ok: true; policy: Policy } | { ok: false; error: string };

/**
 * Read a policy from JSON text, as the admin page, `safeshare policy validate|put` and the store's read
 * back all do: the text must be JSON, an object (not `null`, not a list), within the size a SharePoint
 * column holds, and valid by the schema. Every problem names its field. Never throws.
 */
export function policyFromText(text: string): PolicyTextParse {
  if (text.length > MAX_POLICY_TEXT) return { ok: false, error: `(policy): is ${text.length.toLocaleString("en-GB")} characters; at most ${MAX_POLICY_TEXT.toLocaleString("en-GB")} fit in the SharePoint column` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `(policy): not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { ok: false, error: "(policy): must be a JSON object such as {\"internalDomains\": [\"example.gov.uk\"]}" };
  const parsed = PolicySchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: policyErrorText(parsed.error) };
  if (policyText(parsed.data).length > MAX_POLICY_TEXT) return { ok: false, error: `(policy): with its defaults filled in it is over ${MAX_POLICY_TEXT.toLocaleString("en-GB")} characters, more than the SharePoint column holds` };
  return { ok: true, policy: parsed.data };
}

/** One difference between two versions, in words an IG lead and a manager read. */
export interface PolicyChange {
  /** The field: "partnerDomains", "verdict.reviewAllExternal". */
  readonly field: string;
  readonly kind: "added" | "removed" | "changed";
  /** What was added or removed ("oakfield-primary.org.uk (Oakfield Primary ISA)"), or the value before and after. */
  readonly text: string;
}

/** A list entry in words: a domain, or a domain rule with its label and whether subdomains count. */
function entryText(entry: unknown): string {
  if (typeof entry === "string") return entry;
  if (entry && typeof entry === "object" && "domain" in entry) {
    const rule = entry as { domain: string; subdomains?: boolean; label?: string };
    return `${rule.domain}${rule.subdomains ? " and its subdomains" : ""}${rule.label ? ` (${rule.label})` : ""}`;
  }
  return JSON.stringify(entry);
}

/**
 * What changed from `before` to `after`, field by field: entries added to or removed from a list (a
 * domain rule whose label or subdomains changed is the old one removed and the new one added), and
 * values changed ("largeAudienceThreshold: 10 → 25"). In the schema's field order; empty when equal.
 */
export function policyChanges(before: Policy, after: Policy): PolicyChange[] {
  const out: PolicyChange[] = [];
  const walk = (field: string, a: unknown, b: unknown): void => {
    if (Array.isArray(a) && Array.isArray(b)) {
      const key = (x: unknown): string => canonicalJson(x);
      const had = new Set(a.map(key));
      const has = new Set(b.map(key));
      for (const x of b) if (!had.has(key(x))) out.push({ field, kind: "added", text: entryText(x) });
      for (const x of a) if (!has.has(key(x))) out.push({ field, kind: "removed", text: entryText(x) });
      return;
    }
    if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
      for (const k of keys) walk(field ? `${field}.${k}` : k, (a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
      return;
    }
    const same = a === undefined || b === undefined ? a === b : canonicalJson(a) === canonicalJson(b);
    if (!same) out.push({ field, kind: "changed", text: `${JSON.stringify(a) ?? "(none)"} → ${JSON.stringify(b) ?? "(none)"}` });
  };
  walk("", before, after);
  return out;
}

/** A change as one line: "partnerDomains: added oakfield-primary.org.uk (Oakfield ISA)". */
export function policyChangeText(change: PolicyChange): string {
  return `${change.field}: ${change.kind === "changed" ? change.text : `${change.kind} ${change.text}`}`;
}

/**
 * What a decision record says of the policy it was decided under: the saved version (0 for the built-in
 * default, null for a policy file not saved in SharePoint) and the policy's digest.
 */
export function recordPolicyOf(policy: Policy, version: number | null): { version: number | null; sha256: string } {
  return { version, sha256: policyDigest(policy) };
}
