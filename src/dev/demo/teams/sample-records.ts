/**
 * Sample decision records for the demo: a few hundred realistic, clearly fictional decisions over the
 * last twelve weeks, generated deterministically (same seed and clock, same records) through the core's
 * `recordFromAnswers`, chained per practitioner as the app chains them. No real person, case or child.
 */
import { type Analysis, type DecisionRecord, EMPTY_ANALYSIS, recordFromAnswers, sha256Hex } from "../../../core/decision";
import confidentialNo from "../../../../examples/answers/confidential-no.json";
import confidentialUnsure from "../../../../examples/answers/confidential-unsure.json";
import consentObtained from "../../../../examples/answers/consent-obtained.json";
import consentStatutory from "../../../../examples/answers/consent-statutory-duty.json";
import lawfulBasisNone from "../../../../examples/answers/lawful-basis-none.json";
import limited from "../../../../examples/answers/public-interest-limited.json";
import notSatisfied from "../../../../examples/answers/public-interest-not-satisfied.json";
import otherMeans from "../../../../examples/answers/public-interest-other-means.json";
import satisfied from "../../../../examples/answers/public-interest-satisfied.json";
import harmLimited from "../../../../examples/answers/public-interest-significant-harm-limited.json";
import harm from "../../../../examples/answers/public-interest-significant-harm.json";
import purposeNone from "../../../../examples/answers/purpose-none.json";
import { prngFrom } from "../../graph-server/faults";
import { defaultPolicy } from "../../../core/policy/policy";
import { recordPolicyOf } from "../../../core/policy/policy-version";

/** The sample records were decided under the built-in default with the demo organisation's domain (version 0). */
const SAMPLE_POLICY = recordPolicyOf(defaultPolicy(["hertfordshire.gov.uk"]), 0);


/** A UUID v4 shape from the PRNG (deterministic record ids). */
function uuidFrom(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${"89ab"[Math.floor(next() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const TEMPLATES: readonly { weight: number; answers: Record<string, unknown> }[] = [
  { weight: 6, answers: consentObtained },
  { weight: 5, answers: satisfied },
  { weight: 5, answers: harm },
  { weight: 3, answers: harmLimited },
  { weight: 3, answers: limited },
  { weight: 3, answers: consentStatutory },
  { weight: 2, answers: confidentialNo },
  { weight: 2, answers: notSatisfied },
  { weight: 2, answers: otherMeans },
  { weight: 1, answers: confidentialUnsure },
  { weight: 1, answers: lawfulBasisNone },
  { weight: 1, answers: purposeNone },
];

const REASONS = [
  "School nurse needs the care plan before Monday's review meeting.",
  "Health visitor asked for the outcome of the strategy discussion; only the outcome is shared.",
  "Police need the dates of the two home visits for their enquiry.",
  "The family support worker needs to know the safety plan to keep to it.",
  "Shared the attendance concerns with the designated safeguarding lead at the new school.",
  "Not shared: the request did not say why the information was needed.",
  "Sharing the referral summary with the GP so that the practice can follow up.",
  "The housing officer needs to know there are young children in the household.",
];

const RECIPIENTS: readonly { address: string; class: "secure" | "internal" | "personal" | "unverified" }[] = [
  { address: "duty.team@nhs.net", class: "secure" },
  { address: "pc.example@met.police.uk", class: "secure" },
  { address: "safeguarding@school.example.org.uk", class: "unverified" },
  { address: "colleague@contoso.onmicrosoft.com", class: "internal" },
  { address: "a.parent.example@gmail.com", class: "personal" },
];

export interface SamplePractitioner {
  readonly upn: string;
  readonly objectId: string;
}

export interface SampleOptions {
  readonly practitioners: readonly SamplePractitioner[];
  readonly team: string;
  readonly count: number;
  readonly now: Date;
  readonly seed?: number;
  readonly appVersion?: string;
  /** Give this record (by index) a reason that looks like a spreadsheet formula, to show CSV export keeps it inert. */
  readonly formulaReasonAt?: number;
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function pickTemplate(next: () => number): Record<string, unknown> {
  const total = TEMPLATES.reduce((n, t) => n + t.weight, 0);
  let r = next() * total;
  for (const t of TEMPLATES) {
    r -= t.weight;
    if (r < 0) return t.answers;
  }
  return (TEMPLATES[0] as { answers: Record<string, unknown> }).answers;
}

/**
 * The sample records, oldest first, each practitioner's chained to their previous one. Records with an
 * unsecured recipient carry its flag overridden with a reason when the decision was to share.
 */
export function sampleRecords(options: SampleOptions): DecisionRecord[] {
  const next = prngFrom(options.seed ?? 20_26); // the seeded PRNG the fault injection uses
  const spanMs = 84 * 86_400_000;
  const times = Array.from({ length: options.count }, () => options.now.getTime() - 3_600_000 - Math.floor(next() * spanMs)).sort((a, b) => a - b);
  const previous = new Map<string, string | null>();
  const out: DecisionRecord[] = [];
  times.forEach((t, i) => {
    const practitioner = pick(next, options.practitioners);
    const template = structuredClone(pickTemplate(next)) as Record<string, unknown> & { decision?: { kind: string; reasons?: string } };
    const recipient = pick(next, RECIPIENTS);
    const analysis: Analysis = { ...EMPTY_ANALYSIS, recipients: [{ address: recipient.address, field: "to", class: recipient.class, flags: [] }] };
    const sharing = template.decision?.kind !== "do-not-share";
    const unsecured = recipient.class === "personal" || recipient.class === "unverified";
    if (template.decision) template.decision.reasons = i === options.formulaReasonAt ? '=HYPERLINK("http://evil.example/steal","Click for details")' : pick(next, REASONS);
    if (sharing && unsecured) {
      const rightWay = (template.rightWay ?? {}) as { flagResolutions?: unknown[] };
      rightWay.flagResolutions = [{ flagId: `recipient:${recipient.address}`, resolution: { kind: "overridden", reason: "The recipient confirmed by phone; no secure route was available in time." } }];
      template.rightWay = rightWay;
    }
    const channel = next();
    const built = recordFromAnswers({
      answers: template,
      analysis,
      context: {
        recordId: uuidFrom(next),
        decidedAt: new Date(t).toISOString(),
        practitioner: { upn: practitioner.upn, objectId: practitioner.objectId },
        team: options.team,
        message: channel < 0.6 ? { kind: "email", headerId: sharing ? `<${uuidFrom(next)}@safeshare.demo>` : null } : channel < 0.85 ? { kind: "teams-chat", chatId: "19:sample-chat@thread.v2", messageId: null } : { kind: "teams-channel", teamId: "b7a3c1e2-5d4f-4e6a-9b8c-0d1e2f3a4b5c", channelId: "19:safeguarding-general@thread.tacv2", messageId: null },
        sharedTextSha256: sharing ? sha256Hex(`sample message ${i}`) : null,
        appVersion: options.appVersion ?? "0.1.0-demo",
        policy: SAMPLE_POLICY,
        previousHash: previous.get(practitioner.upn) ?? null,
      },
    });
    if (built.kind !== "record") throw new Error(`sample record ${i}: ${built.kind === "incomplete" ? built.problems.map((p) => p.message).join("; ") : built.message}`);
    previous.set(practitioner.upn, built.record.recordHash);
    out.push(built.record);
  });
  return out;
}
