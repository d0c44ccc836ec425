import { z } from "zod";

/**
 * An organisation's SafeShare policy: which domains are its own, which are secure, which are personal,
 * and how strict the verdict is. Loaded from JSON and validated here; every field has a default so an
 * organisation states only what differs from the national defaults.
 */

/** A bare domain name: lower-cased, no scheme, no `@`, trailing dot removed. */
const domainName = z
  .string()
  .trim()
  .min(1, "a domain cannot be empty")
  .transform((d) => d.toLowerCase().replace(/\.$/, ""))
  .refine((d) => /^[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?(\.[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?)+$/.test(d), {
    message: "must be a domain name such as example.gov.uk (no @, no spaces, no scheme)",
  });

/**
 * A secure-domain rule: `domain` matches that exact domain; with `subdomains: true` it also matches any
 * domain ending in `.domain` (so `police.uk` with subdomains covers `met.police.uk` and `pnn.police.uk`).
 */
export const SecureDomainRuleSchema = z.strictObject({
  domain: domainName,
  subdomains: z.boolean().default(true),
  /** Why this domain is secure, shown to the practitioner ("NHSmail", "Criminal Justice Secure Mail"). */
  label: z.string().min(1).max(120),
});
export type SecureDomainRule = z.infer<typeof SecureDomainRuleSchema>;

export const VerdictPolicySchema = z.strictObject({
  /** Hold a message that leaves the organisation carrying an identifier, special category cue or safeguarding vocabulary. */
  reviewExternalCaseContent: z.boolean().default(true),
  /** Hold a message to a personal (webmail) address that carries any case content. */
  reviewPersonalCaseContent: z.boolean().default(true),
  /** Hold every message that leaves the organisation, whatever it says (strictest setting). */
  reviewAllExternal: z.boolean().default(false),
  /** Hold a message whose sentences carry unmarked opinions or unattributed reports. Off by default: alert fatigue. */
  reviewOnSentenceFlags: z.boolean().default(false),
});
export type VerdictPolicy = z.infer<typeof VerdictPolicySchema>;

export const PolicySchema = z.strictObject({
  /** Version of this policy format. */
  version: z.literal(1).default(1),
  /** The organisation's own domains (with their subdomains). */
  internalDomains: z.array(domainName).default([]),
  /** Domains trusted as secure: the national defaults unless replaced. */
  secureDomains: z.array(SecureDomainRuleSchema).default(() => DEFAULT_SECURE_DOMAINS.map((r) => ({ ...r }))),
  /** Partner domains from an information sharing agreement, treated as secure. */
  partnerDomains: z.array(SecureDomainRuleSchema).default([]),
  /** Extra personal (webmail) domains beyond the maintained list. */
  personalDomains: z.array(domainName).default([]),
  /** Domains that must never be treated as personal even though the maintained list names them. */
  notPersonalDomains: z.array(domainName).default([]),
  /** More recipients than this is a large audience (need to know). */
  largeAudienceThreshold: z.number().int().min(1).max(100000).default(10),
  verdict: VerdictPolicySchema.default(() => VerdictPolicySchema.parse({})),
});
export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;

/**
 * The national secure routes (seed 004's list, as today's practice has it): NHSmail, CJSM, police
 * (PNN), MOD and government (covering the legacy GCSX / GSi / GSE / GSX / SCN / HSCIC addresses,
 * all of which are under gov.uk or nhs.uk's secure successors).
 */
export const DEFAULT_SECURE_DOMAINS: readonly SecureDomainRule[] = [
  { domain: "nhs.net", subdomains: true, label: "NHSmail" },
  { domain: "cjsm.net", subdomains: true, label: "Criminal Justice Secure Mail (CJSM)" },
  { domain: "police.uk", subdomains: true, label: "police (PNN)" },
  { domain: "mod.uk", subdomains: true, label: "Ministry of Defence" },
  { domain: "gov.uk", subdomains: true, label: "government (gov.uk, including legacy GCSX / GSi / GSE / GSX)" },
];

/** A readable, one-line-per-problem description of why a policy is invalid. */
export function policyErrorText(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(policy)"}: ${issue.message}`)
    .join("\n");
}

export type PolicyParse = { ok: true; policy: Policy } | { ok: false; error: string };

/** Validate an organisation policy (already parsed from JSON). Never throws. */
export function policyFrom(input: unknown): PolicyParse {
  const parsed = PolicySchema.safeParse(input ?? {});
  return parsed.success ? { ok: true, policy: parsed.data } : { ok: false, error: policyErrorText(parsed.error) };
}

/** The default policy, with the given domains as the organisation's own. */
export function defaultPolicy(internalDomains: readonly string[] = []): Policy {
  return PolicySchema.parse({ internalDomains: [...internalDomains] });
}
