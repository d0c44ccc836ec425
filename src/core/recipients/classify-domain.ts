import type { RecipientClass } from "../check/result";
import type { Policy } from "../policy/policy";
import { endings, parseDomain, shorten, type DomainName } from "./domain-name";
import { findLookalike } from "./lookalike";
import { personalProviders } from "./personal-domains";
import {
  internalReason,
  lookalikeReason,
  partnerReason,
  personalReason,
  secureReason,
  unverifiedReason,
} from "./reasons";
import { policyIndex, trustMatches, type PolicyIndex, type TrustMatch } from "./trusted-domains";

/**
 * The class of a domain under a policy. The order is the issue's: invalid, lookalike, internal, secure,
 * personal, unverified; so a look-alike of a trusted domain is never trusted because it happens to end in
 * a trusted suffix (`kemt.gov.uk` when `kent.gov.uk` is internal).
 *
 * Two refinements where the examples needed them:
 * - An ending that is not a real public suffix makes the domain invalid, but the look-alike check runs
 *   first, so `nhs.met` reads as "looks like nhs.net" (the useful reason) rather than "no such ending".
 *   A domain the policy itself lists is accepted whatever its ending (an organisation's test domain).
 * - A host that is itself a public suffix (`gov.uk`, `police.uk`, `co.uk`) is invalid: the organisation's
 *   part of the address is missing (`name@police.uk` for `name@met.police.uk`).
 */

/** The class of a domain, with plain-English reasons. */
export interface DomainClassification {
  class: RecipientClass;
  reasons: string[];
  /** For `lookalike`: the trusted domain it imitates. */
  imitates?: string;
  /** The registrable domain (eTLD+1), in the form typed, when there is one. */
  domain?: string;
}

/** A classification with, for `invalid`, the bare reason so that the caller can word it for an address. */
export interface HostClassification extends DomainClassification {
  invalidWhy?: string;
}

/** Cap on cached domains per policy: distinct domains in hostile input must not grow memory without bound. */
const MAX_CACHED = 100_000;

/**
 * Classify the part of an address after the `@` (case-insensitive, trailing dot ignored). Results are
 * cached per policy, so checking 50,000 recipients on a few hundred domains costs a few hundred checks.
 * Never throws.
 */
export function classifyDomain(domain: string, policy: Policy): DomainClassification {
  const c = classifyHost(domain, policy);
  const out: DomainClassification = { class: c.class, reasons: [...c.reasons] };
  if (c.imitates !== undefined) out.imitates = c.imitates;
  if (c.domain !== undefined) out.domain = c.domain;
  return out;
}

/**
 * {@link classifyDomain}, returning the cached object itself (do not change it) with the bare reason for
 * an invalid domain.
 */
export function classifyHost(domain: string, policy: Policy): Readonly<HostClassification> {
  const index = policyIndex(policy);
  const key = domain.length > 1024 ? undefined : domain;
  const cached = key === undefined ? undefined : (index.cache.get(key) as HostClassification | undefined);
  if (cached) return cached;
  const result = classifyUncached(domain, index);
  if (key !== undefined) {
    if (index.cache.size >= MAX_CACHED) index.cache.clear();
    index.cache.set(key, result);
  }
  return result;
}

function classifyUncached(raw: string, index: PolicyIndex): HostClassification {
  const parsed = parseDomain(raw);
  if (!parsed.ok) return invalid(raw, parsed.reason);
  const d = parsed.domain;
  const shown = d.registrable ?? d.host;
  if (d.registrableLabels === 0) {
    return invalid(d.host, `"${shorten(d.host)}" is only the ending of an address: the organisation's part is missing (for example name@yourcouncil.gov.uk)`);
  }

  const matches = trustMatches(d, index);
  // A rule that covers the whole registrable domain (or more) vouches for everything under it; a wider
  // rule such as gov.uk or police.uk does not stop a host imitating a more specific trusted domain.
  const vouched = matches.some((m) => m.entry.labelCount >= d.registrableLabels);
  if (!vouched) {
    const look = findLookalike(d, index);
    if (look) {
      const t = look.imitates;
      return {
        class: "lookalike",
        reasons: [lookalikeReason(d.host, t.domain, t.label, t.kind, look.kind, look.edit)],
        imitates: t.domain,
        domain: shown,
      };
    }
  }

  const internal = mostSpecific(matches.filter((m) => m.entry.kind === "internal"));
  if (internal) return { class: "internal", reasons: [internalReason(internal.entry.domain)], domain: shown };
  const secure = mostSpecific(matches.filter((m) => m.entry.kind !== "internal"));
  if (secure) {
    const e = secure.entry;
    const reason = e.kind === "partner" ? partnerReason(e.domain, e.label) : secureReason(e.domain, e.label);
    return { class: "secure", reasons: [reason], domain: shown };
  }

  if (!d.realSuffix) {
    return invalid(d.host, `".${shorten(d.publicSuffix)}" is not a real email ending (such as .uk or .com)`);
  }
  if (isPersonal(d, index)) return { class: "personal", reasons: [personalReason(shown)], domain: shown };
  return { class: "unverified", reasons: [unverifiedReason(shown)], domain: shown };
}

/** The longest matching trusted domain; at equal length a partner (the organisation's own choice) first. */
function mostSpecific(matches: readonly TrustMatch[]): TrustMatch | undefined {
  let winner: TrustMatch | undefined;
  for (const m of matches) {
    if (
      !winner ||
      m.entry.labelCount > winner.entry.labelCount ||
      (m.entry.labelCount === winner.entry.labelCount && m.entry.kind === "partner" && winner.entry.kind !== "partner")
    ) {
      winner = m;
    }
  }
  return winner;
}

/**
 * Personal when the host or one of its parents is a webmail domain (the maintained list or the policy's
 * additions), unless the policy says otherwise; the most specific name decides, so `notPersonalDomains:
 * ["gmail.com"]` clears `x.gmail.com` but a listed `mail.example.org` stays personal under a cleared
 * `example.org`.
 */
function isPersonal(d: DomainName, index: PolicyIndex): boolean {
  const providers = personalProviders();
  const names = endings(d.ascii);
  // Down to the registrable domain: a public suffix such as co.uk is never a provider.
  const last = names.length - Math.max(d.registrableLabels, 2);
  for (let i = 0; i <= last; i++) {
    const name = names[i] ?? "";
    if (index.notPersonal.has(name)) return false;
    if (index.personal.has(name) || providers.has(name)) return true;
  }
  return false;
}

function invalid(raw: string, why: string): HostClassification {
  return { class: "invalid", reasons: [`The domain "${shorten(raw.trim())}" is not valid: ${why}.`], invalidWhy: why };
}
