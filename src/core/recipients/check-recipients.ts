import type { RecipientField, RecipientFlag, RecipientResult } from "../check/result";
import type { Policy } from "../policy/policy";
import { classifyHost } from "./classify-domain";
import { differentAddressInName } from "./display-name";
import { shorten } from "./domain-name";
import { findGreeting } from "./greeting";
import { nameMatcher, recipientIdentity } from "./name-match";
import { DEFAULT_PARSER_BUDGET, parseMailbox, type Mailbox, type ParseBudget } from "./parse-mailbox";
import {
  DISTRIBUTION_LIST_REASON,
  EXTERNAL_USER_REASON,
  FIRST_TIME_REASON,
  displayNameAddressReason,
  greetingMismatchReason,
  invalidReason,
  largeAudienceReason,
} from "./reasons";

/**
 * Checking every recipient of one message: its class (from the domain) and the warnings beside it.
 *
 * Rules chosen where the issue left room:
 * - `large-audience` goes once, on the first recipient, so that 50 recipients do not carry 50 copies of
 *   the same warning; the count is of distinct addresses in To, Cc and Bcc together.
 * - `first-time-recipient` is for every address that could be sent to (not `invalid`), internal ones too.
 * - `greeting-mismatch` goes on each To recipient (every recipient when there is no To) who could not be
 *   anyone the greeting names, and only when some name matches no recipient at all. When a recipient is a
 *   team mailbox (`mash@`, `duty.team@`) or a distribution list, the named person may well read it, so
 *   no greeting warning is given.
 * - Reasons: the class reason first, then the flags' reasons in this order: display-name-address,
 *   greeting-mismatch, distribution-list, external-user, large-audience, first-time-recipient.
 */

/** One recipient as the host or the CLI gives it. */
export interface RecipientInput {
  /** Raw RFC 5322 mailbox as typed or given by the host: `a@b.uk`, `Name <a@b.uk>`, `"Bloggs, Joe" <a@b.uk>` */
  address: string;
  field: RecipientField;
  /** What Outlook says the recipient is (MailboxEnums.RecipientType in the Outlook JavaScript API), when known. */
  recipientType?: "distributionList" | "user" | "externalUser" | "other";
  /** A display name given separately by the host (Outlook gives displayName + emailAddress). */
  displayName?: string;
}

/** Everything the recipient check needs. */
export interface RecipientCheckInput {
  recipients: readonly RecipientInput[];
  policy: Policy;
  /** The new text of the body (quoted replies already removed), for the greeting check. */
  body?: string;
  /** Addresses (lower-case) the sender has sent to before; when given, new ones get "first-time-recipient". */
  history?: ReadonlySet<string>;
}

/** A recipient part-way through the check. */
interface Row {
  input: RecipientInput;
  result: RecipientResult;
  mailbox?: Mailbox;
  /** Flags by kind, assembled into `result.flags` in a fixed order at the end. */
  flags: Partial<Record<RecipientFlag["kind"], string>>;
}

const FLAG_ORDER: readonly RecipientFlag["kind"][] = [
  "display-name-address",
  "greeting-mismatch",
  "distribution-list",
  "external-user",
  "large-audience",
  "first-time-recipient",
];

/**
 * Classify every recipient and add the warnings beside each class. Results are in the same order as the
 * input. Never throws; 50,000 recipients take well under a second (domains are classified once each).
 */
export function checkRecipients(input: RecipientCheckInput): RecipientResult[] {
  const budget: ParseBudget = { remaining: DEFAULT_PARSER_BUDGET, seen: new Map() };
  const rows = input.recipients.map((r) => checkOne(r, input.policy, budget, input.history));
  addLargeAudience(rows, input.policy.largeAudienceThreshold);
  if (input.body) addGreetingMismatch(rows, input.body);
  return rows.map(finish);
}

function checkOne(
  input: RecipientInput,
  policy: Policy,
  budget: ParseBudget,
  history: ReadonlySet<string> | undefined,
): Row {
  const raw = typeof input.address === "string" ? input.address : "";
  const parse = parseMailbox(raw, budget);
  const hostName = input.displayName?.trim() || undefined;
  const row: Row = { input, result: { address: raw, field: input.field, class: "invalid", reasons: [], flags: [] }, flags: {} };
  const result = row.result;

  if (!parse.ok) {
    result.reasons.push(invalidReason(shorten(raw.trim()), parse.reason));
    if (hostName) result.displayName = hostName;
  } else {
    const mailbox = parse.mailbox;
    row.mailbox = mailbox;
    const host = normaliseHost(mailbox.domain);
    const address = `${nfcLower(mailbox.local)}@${host}`;
    result.address = address;
    const displayName = hostName ?? mailbox.displayName;
    if (displayName) result.displayName = displayName;

    const c = classifyHost(mailbox.domain, policy);
    result.class = c.class;
    if (c.class === "invalid") result.reasons.push(invalidReason(shorten(address), c.invalidWhy ?? "the domain is not valid"));
    else result.reasons.push(...c.reasons);
    if (c.domain !== undefined) result.domain = c.domain;
    if (c.imitates !== undefined) result.imitates = c.imitates;

    for (const name of [hostName, mailbox.displayName]) {
      const shown = name ? differentAddressInName(name, address) : undefined;
      if (shown) {
        row.flags["display-name-address"] = displayNameAddressReason(shorten(shown), shorten(address));
        break;
      }
    }
    if (history && c.class !== "invalid" && !history.has(address)) row.flags["first-time-recipient"] = FIRST_TIME_REASON;
  }
  if (input.recipientType === "distributionList") row.flags["distribution-list"] = DISTRIBUTION_LIST_REASON;
  if (input.recipientType === "externalUser") row.flags["external-user"] = EXTERNAL_USER_REASON;
  return row;
}

/** Lower-case, NFC, without the trailing dot: the host as it appears in the result's address. */
function normaliseHost(domain: string): string {
  const host = nfcLower(domain.trim());
  return host.endsWith(".") ? host.slice(0, -1) : host;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, and NFC when there is anything to compose (most addresses are plain ASCII). */
function nfcLower(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize("NFC") : text).toLowerCase();
}

/** More distinct recipients than the policy allows: one warning, on the first recipient. */
function addLargeAudience(rows: readonly Row[], threshold: number): void {
  const first = rows[0];
  if (!first || rows.length <= threshold) return;
  const distinct = new Set(rows.map((r) => (r.mailbox ? r.result.address : r.result.address.trim().toLowerCase())));
  if (distinct.size > threshold) first.flags["large-audience"] = largeAudienceReason(distinct.size, threshold);
}

/** A greeting that names someone who is not among the recipients. */
function addGreetingMismatch(rows: readonly Row[], body: string): void {
  const greeting = findGreeting(body);
  if (!greeting || greeting.names.length === 0) return;
  const matchers = greeting.names.map(nameMatcher);
  const matched = greeting.names.map(() => false);
  const nobody: Row[] = []; // recipients who could be none of the people named
  let anyTo = false;
  for (const row of rows) {
    if (!row.mailbox || row.result.class === "invalid") continue;
    const isList = row.input.recipientType === "distributionList";
    const id = recipientIdentity(row.mailbox.local, row.result.displayName, isList);
    if (id.shared) return; // the named person may read a team mailbox or list
    if (row.input.field === "to") anyTo = true;
    let couldBeSomeone = false;
    matchers.forEach((couldBe, i) => {
      if (couldBe(id)) couldBeSomeone = matched[i] = true;
    });
    if (!couldBeSomeone) nobody.push(row);
  }
  const unmatched = greeting.names.filter((_, i) => !matched[i]);
  if (unmatched.length === 0) return;
  const reason = greetingMismatchReason(shorten(greeting.text), unmatched.map((n) => n.text));
  for (const row of nobody) {
    if (!anyTo || row.input.field === "to") row.flags["greeting-mismatch"] = reason;
  }
}

function finish(row: Row): RecipientResult {
  for (const kind of FLAG_ORDER) {
    const reason = row.flags[kind];
    if (reason === undefined) continue;
    row.result.flags.push({ kind, reason });
    row.result.reasons.push(reason);
  }
  return row.result;
}
