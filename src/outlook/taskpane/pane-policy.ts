import type { Client } from "@microsoft/microsoft-graph-client";
import type { Policy } from "../../core/policy/policy";
import { policyFromText, policyText } from "../../core/policy/policy-version";
import { PolicyStore, siteFrom, storeErrorFrom } from "../../store";

/** The policy the pane checks with, and which saved version it is (0: built in; null: the deployment's file). */
export interface PolicyInForce {
  readonly policy: Policy;
  readonly version: number | null;
  /** Where it came from, for the pane's status and the tests. */
  readonly from: "site" | "cache" | "deployment";
}

/** Where the last policy read from the site is kept on this device, per site (a policy is not personal data). */
export function policyCacheKey(siteUrl: string): string {
  return `safeshare.policy:${siteUrl}`;
}

/**
 * The policy in force at start: the newest saved version in the site's policy list (kept on this device
 * for when the site cannot be reached); when the site has none, the deployment's own (the configured
 * policy, or the built-in default); when the site cannot be reached, the version kept from last time, else
 * the deployment's. A change the IG lead saves applies at the next start, without a new build.
 */
export async function policyInForce(client: Client, siteUrl: string, deployment: { policy: Policy; version: number | null }, storage: Pick<Storage, "getItem" | "setItem"> | undefined): Promise<PolicyInForce> {
  const key = policyCacheKey(siteUrl);
  try {
    const store = new PolicyStore(client, (await siteFrom(client, siteUrl)).id);
    const current = await store.current();
    if (!current.version) return { ...deployment, from: "deployment" };
    try {
      storage?.setItem(key, JSON.stringify({ version: current.version.version, policy: policyText(current.version.policy) }));
    } catch {
      // Storage full or refused: the policy still applies now, it is just not kept for next time.
    }
    return { policy: current.version.policy, version: current.version.version, from: "site" };
  } catch (error) {
    // No policy list yet (an older provisioning): the deployment's policy, as before the list existed.
    if (storeErrorFrom(error).status === 404) return { ...deployment, from: "deployment" };
    const kept = cachedPolicy(storage?.getItem(key) ?? null);
    return kept ? { ...kept, from: "cache" } : { ...deployment, from: "deployment" };
  }
}

function cachedPolicy(raw: string | null): { policy: Policy; version: number } | undefined {
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as { version?: unknown; policy?: unknown };
    if (typeof value.version !== "number" || typeof value.policy !== "string") return undefined;
    const read = policyFromText(value.policy);
    return read.ok ? { policy: read.policy, version: value.version } : undefined;
  } catch {
    return undefined;
  }
}
