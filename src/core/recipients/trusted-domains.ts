import type { Policy } from "../policy/policy";
import { domainSkeleton } from "./confusable-skeleton";
import { endings, parseDomain, type DomainName } from "./domain-name";

/**
 * The trusted domains of a policy (internal, secure, partner), indexed for fast matching and for the
 * look-alike checks, plus the policy's personal-domain overrides. Built once per policy and cached.
 */

/** Why a domain is trusted. */
export type TrustKind = "internal" | "secure" | "partner";

/** One trusted domain, in every form the checks compare. */
export interface TrustedDomain {
  /** As the policy names it (lower-case). */
  domain: string;
  ascii: string;
  unicode: string;
  kind: TrustKind;
  /** Also trusts every subdomain (`police.uk` covers `met.police.uk`). */
  subdomains: boolean;
  /** Plain name for the practitioner: "NHSmail", "your organisation". */
  label: string;
  labelCount: number;
  /** Code points of the Unicode form, for the one-edit check. */
  chars: readonly string[];
  /** UTS #39 skeleton of the Unicode form. */
  skeleton: string;
  skeletonChars: readonly string[];
  /** The skeleton split at dots and hyphens (`["nhs", "net"]`). */
  skeletonTokens: readonly string[];
}

/** A trusted domain that covers a host. */
export interface TrustMatch {
  entry: TrustedDomain;
  /** The host is the trusted domain itself, not a subdomain of it. */
  exact: boolean;
}

/** Everything the domain classification needs from one policy. */
export interface PolicyIndex {
  trusted: readonly TrustedDomain[];
  byAscii: ReadonlyMap<string, readonly TrustedDomain[]>;
  /** By code-point length of the Unicode form. */
  byLength: ReadonlyMap<number, readonly TrustedDomain[]>;
  bySkeletonLength: ReadonlyMap<number, readonly TrustedDomain[]>;
  /** By the first token of the skeleton. */
  byFirstToken: ReadonlyMap<string, readonly TrustedDomain[]>;
  /** By the skeleton's tokens run together (`nhsnet`), to catch `nhsnet.com`. */
  byJoined: ReadonlyMap<string, readonly TrustedDomain[]>;
  /** Extra personal domains (ASCII form). */
  personal: ReadonlySet<string>;
  /** Domains never personal (ASCII form). */
  notPersonal: ReadonlySet<string>;
  /** Classification results by domain string, so that 50,000 recipients on a few domains cost a few checks. */
  cache: Map<string, unknown>;
}

/** Label used in reasons for the organisation's own domains. */
export const INTERNAL_LABEL = "your organisation";

const byIdentity = new WeakMap<Policy, PolicyIndex>();
/** Recent indexes by policy content: callers often build a fresh but equal Policy object per message. */
const byContent = new Map<string, PolicyIndex>();
const MAX_INDEXES = 16;

/**
 * The index for a policy, built on first use. A Policy is treated as immutable: change a copy, not the
 * object that was checked.
 */
export function policyIndex(policy: Policy): PolicyIndex {
  const known = byIdentity.get(policy);
  if (known) return known;
  const key = JSON.stringify([
    policy.internalDomains,
    policy.secureDomains,
    policy.partnerDomains,
    policy.personalDomains,
    policy.notPersonalDomains,
  ]);
  let index = byContent.get(key);
  if (!index) {
    index = buildIndex(policy);
    if (byContent.size >= MAX_INDEXES) {
      const oldest = byContent.keys().next();
      if (!oldest.done) byContent.delete(oldest.value);
    }
    byContent.set(key, index);
  }
  byIdentity.set(policy, index);
  return index;
}

function buildIndex(policy: Policy): PolicyIndex {
  const trusted: TrustedDomain[] = [];
  for (const d of policy.internalDomains) trusted.push(entry(d, "internal", true, INTERNAL_LABEL));
  for (const r of policy.secureDomains) trusted.push(entry(r.domain, "secure", r.subdomains, r.label));
  for (const r of policy.partnerDomains) trusted.push(entry(r.domain, "partner", r.subdomains, r.label));

  const byAscii = new Map<string, TrustedDomain[]>();
  const byLength = new Map<number, TrustedDomain[]>();
  const bySkeletonLength = new Map<number, TrustedDomain[]>();
  const byFirstToken = new Map<string, TrustedDomain[]>();
  const byJoined = new Map<string, TrustedDomain[]>();
  for (const t of trusted) {
    push(byAscii, t.ascii, t);
    push(byLength, t.chars.length, t);
    push(bySkeletonLength, t.skeletonChars.length, t);
    push(byFirstToken, t.skeletonTokens[0] ?? "", t);
    push(byJoined, t.skeletonTokens.join(""), t);
  }
  return {
    trusted,
    byAscii,
    byLength,
    bySkeletonLength,
    byFirstToken,
    byJoined,
    personal: new Set(policy.personalDomains.map(asciiOf)),
    notPersonal: new Set(policy.notPersonalDomains.map(asciiOf)),
    cache: new Map(),
  };
}

function entry(domain: string, kind: TrustKind, subdomains: boolean, label: string): TrustedDomain {
  const parsed = parseDomain(domain);
  const ascii = parsed.ok ? parsed.domain.ascii : domain;
  const unicode = parsed.ok ? parsed.domain.unicode : domain;
  const skel = domainSkeleton(unicode);
  return {
    domain,
    ascii,
    unicode,
    kind,
    subdomains,
    label,
    labelCount: ascii.split(".").length,
    chars: Array.from(unicode),
    skeleton: skel,
    skeletonChars: Array.from(skel),
    skeletonTokens: tokens(skel),
  };
}

function asciiOf(domain: string): string {
  const parsed = parseDomain(domain);
  return parsed.ok ? parsed.domain.ascii : domain;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A domain (or its skeleton) split at dots and hyphens: the boundaries a reader sees as word breaks. */
export function tokens(domain: string): string[] {
  return domain.split(/[.-]/).filter((t) => t.length > 0);
}

/**
 * Every trusted domain that covers the host: the host itself, or a parent of it when the rule includes
 * subdomains. Walks the host's own parents, so the cost does not grow with the size of the policy.
 */
export function trustMatches(domain: DomainName, index: PolicyIndex): TrustMatch[] {
  const out: TrustMatch[] = [];
  endings(domain.ascii).forEach((ending, i) => {
    const exact = i === 0;
    for (const c of index.byAscii.get(ending) ?? []) if (exact || c.subdomains) out.push({ entry: c, exact });
  });
  return out;
}

/** True when the host is the trusted domain or sits under it (whether or not the rule covers subdomains). */
export function isUnder(domain: DomainName, trusted: TrustedDomain): boolean {
  return domain.ascii === trusted.ascii || domain.ascii.endsWith("." + trusted.ascii);
}
