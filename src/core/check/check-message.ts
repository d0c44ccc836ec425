import { getDomain } from "tldts";
import type { Policy } from "../policy/policy";
import { checkRecipients, classifyDomain, type RecipientInput } from "../recipients";
import { findSkippedRegions, htmlToText, segmentSentences } from "../text";
import { classifySentence } from "../content/kinds";
import { findIdentifiers } from "../content/identifiers";
import { findSpecialCategory } from "../content/special-category";
import { findAcronyms } from "../content/acronyms";
import { findCaseVocabulary } from "../content/case-vocabulary";
import type { MessageInput } from "./message";
import type { AcronymResult, CheckResult, Cue, SentenceResult, Span } from "./result";
import { searchRegionsFrom, spansOutside } from "./regions";
import { verdictFor } from "./verdict";

/** What the caller knows beyond the message itself. */
export interface CheckContext {
  policy: Policy;
  /**
   * Treat the sender's own registrable domain as internal (the CLI's default when no `--org-domain` is
   * given). Never applied to a shared secure domain (nhs.net, cjsm.net) or a webmail domain: everyone on
   * NHSmail is not one organisation.
   */
  senderDomainIsInternal?: boolean;
  /** Addresses (lower-case) the sender has written to before, for first-time-recipient flags. */
  history?: ReadonlySet<string>;
}

/**
 * Check one outgoing message: who it goes to, what it says, and whether it needs a decision before it
 * leaves. Pure and synchronous: the same function runs in Outlook's on-send handler, the task pane, Teams
 * and the CLI. The body never leaves the device.
 */
export function checkMessage(message: MessageInput, context: CheckContext): CheckResult {
  const body = message.html ? htmlToText(message.body) : message.body;
  const policy = withSenderDomain(context.policy, message.from, context.senderDomainIsInternal === true);

  const skipped = findSkippedRegions(body);
  const searchRegions = searchRegionsFrom(skipped);
  const newText = spansOutside(body.length, skipped);

  const acronyms = findAcronyms(body, newText);
  const sentences = segmentSentences(body, skipped)
    .filter((s) => s.role === "sentence")
    .map((s) => sentenceResult(body, s.start, s.end, acronyms));

  const firstSkip = skipped[0]?.start ?? body.length;
  const recipientsInput: Parameters<typeof checkRecipients>[0] = { recipients: recipientInputs(message), policy, body: body.slice(0, firstSkip) };
  if (context.history) recipientsInput.history = context.history;
  const recipients = checkRecipients(recipientsInput);

  const identifiers = findIdentifiers(body, searchRegions);
  const specialCategory = findSpecialCategory(body, searchRegions);
  const caseVocabulary = findCaseVocabulary(body, searchRegions);
  const verdict = verdictFor({ recipients, identifiers, specialCategory, caseVocabulary, sentences, policy: policy.verdict });

  const result: CheckResult = {
    verdict: verdict.verdict,
    verdictReasons: verdict.reasons,
    recipients,
    sentences,
    identifiers,
    acronyms,
    specialCategory,
    skipped,
  };
  // Object.assign rather than object spread: esbuild lowers spread for ES2016 to a helper that calls
  // Object.getOwnPropertyDescriptors, which is ES2017. `id` stays the first key, as before.
  return message.id === undefined ? result : Object.assign({ id: String(message.id) }, result);
}

function recipientInputs(message: MessageInput): RecipientInput[] {
  const types = message.recipientTypes ?? {};
  const typed = (address: string, field: RecipientInput["field"]): RecipientInput => {
    const type = types[address.toLowerCase()];
    return type ? { address, field, recipientType: type } : { address, field };
  };
  return [
    ...message.to.map((a) => typed(a, "to")),
    ...message.cc.map((a) => typed(a, "cc")),
    ...message.bcc.map((a) => typed(a, "bcc")),
  ];
}

/** One labelled sentence, with cue offsets moved into the body and the acronym flag added. */
function sentenceResult(body: string, start: number, end: number, acronyms: readonly AcronymResult[]): SentenceResult {
  const text = body.slice(start, end);
  const c = classifySentence(text);
  // Explicit object literals rather than `{ ...cue }`: the ES2016 bundles lower object spread to a helper
  // call per cue, which showed up in profiles of long messages. Same keys, same order.
  const cues: Cue[] = c.cues.map((cue) => ({ start: cue.start + start, end: cue.end + start, text: cue.text, rule: cue.rule, why: cue.why }));
  const flags = [...c.flags];
  // Acronyms are sorted by start: jump to the first that can lie inside this sentence (a binary search),
  // so the cost per sentence does not grow with the number of acronyms in the whole message.
  for (let k = firstStartingAtOrAfter(acronyms, start); k < acronyms.length; k++) {
    const a = acronyms[k]!;
    if (a.start >= end) break;
    if (a.end <= end) {
      cues.push({
        start: a.start,
        end: a.end,
        text: a.text,
        rule: "acronym",
        why: a.expansion
          ? `'${a.text}' is not spelled out: other agencies may not know it means ${a.expansion}.`
          : `'${a.text}' is not spelled out: write it in full the first time.`,
      });
      if (!flags.includes("acronym")) flags.push("acronym");
    }
  }
  cues.sort((x, y) => x.start - y.start);
  return { start, end, text, kind: c.kind, cues, flags };
}

/** Index of the first span (sorted by start) whose start is at or after `at`. */
function firstStartingAtOrAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The policy with the sender's registrable domain added as internal, when that is safe to assume. */
function withSenderDomain(policy: Policy, from: string | undefined, enabled: boolean): Policy {
  if (!enabled || !from) return policy;
  const at = from.lastIndexOf("@");
  if (at < 0) return policy;
  // `[\s\S]*` rather than `.*` with the `s` flag, which ES2016 engines lack.
  const host = from.slice(at + 1).replace(/[>\s][\s\S]*$/, "").toLowerCase().replace(/\.$/, "");
  const domain = getDomain(host);
  if (!domain || policy.internalDomains.includes(domain)) return policy;
  const sharedSecure = [...policy.secureDomains, ...policy.partnerDomains].some((r) => r.domain === domain);
  if (sharedSecure || classifyDomain(domain, policy).class === "personal") return policy;
  return Object.assign({}, policy, { internalDomains: [...policy.internalDomains, domain] });
}
