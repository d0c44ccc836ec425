import { domainSkeleton, skeleton } from "./confusable-skeleton";
import { endings, type DomainName } from "./domain-name";
import { singleEdit, type SingleEdit } from "./edit-distance";
import { isUnder, tokens, type PolicyIndex, type TrustedDomain, type TrustKind } from "./trusted-domains";

/**
 * Is this domain pretending to be a trusted one? Three ways a domain can imitate a secure, internal or
 * partner domain, each compared like with like:
 *
 * - **typo**: one edit (insert, delete, substitute, swap neighbours) from a trusted domain (`nhs.met`,
 *   `cjsm.nett`, `hertfordshlre.gov.uk`). Only the parts of the host that someone could register are
 *   compared: the registrable domain (eTLD+1 from tldts) and the longer endings that contain it. So a real
 *   subdomain of a public suffix such as `met.police.uk` is never compared with `police.uk` or `gov.uk`
 *   (its `police.uk` ending is not registrable by anyone), while `kemt.gov.uk` is compared with an internal
 *   or partner `kent.gov.uk`, because being under gov.uk does not make it the council the sender meant.
 * - **homograph**: its confusable skeleton (UTS #39) is a trusted domain, or ends with one, although its
 *   letters are not (Cyrillic `е` in `nhs.nеt`, `rn` for `m` in `rnod.uk`, `0` for `o` in `g0v.uk`); or it
 *   is one substituted character away and that character looks the same. For an international domain, a
 *   skeleton one edit from a trusted one counts too (`nhs.nеtt`).
 * - **disguise**: a trusted domain appears inside it, on word boundaries (dots and hyphens), but not as its
 *   ending: `nhs.net.co`, `hertfordshire.gov.uk.mail.ru`, `nhs.net-secure.com`, `secure-nhs.net`, or run
 *   together as `nhsnet.com`. Word boundaries keep `xcjsm.network.com` from being read as `cjsm.net`.
 * - **spliced**: a trusted domain with words put in before its last word, so that the address still
 *   ends the same way: `hertfordshire.gov.co.uk` for `hertfordshire.gov.uk`, `nhs.mail.net` for `nhs.net`.
 *   Whoever holds `gov.co.uk` or `mail.net` holds every name under it. Not for a name that is itself under
 *   a trusted domain (`mod.gov.uk` is gov.uk's to give, not a splice of `mod.uk`).
 *
 * The caller does not run this check on a host that a trusted rule covers at the level of its registrable
 * domain or deeper (`x.nhs.net`, `herts.gcsx.gov.uk` when that is listed): a one-edit neighbour that is
 * itself trusted is not a look-alike.
 */

export type LookalikeKind = "typo" | "homograph" | "disguise" | "spliced";

/** What a look-alike domain imitates, and how. */
export interface Lookalike {
  imitates: TrustedDomain;
  kind: LookalikeKind;
  /** For a one-edit neighbour: the edit, with the characters involved. */
  edit?: SingleEdit;
}

/** The trusted domain this host imitates, or undefined. When it imitates several, the most specific wins. */
export function findLookalike(domain: DomainName, index: PolicyIndex): Lookalike | undefined {
  if (index.trusted.length === 0) return undefined;
  const found: Lookalike[] = [];
  const skel = domainSkeleton(domain.unicode);
  findTypos(domain, skel, index, found);
  findInside(domain, skel, index, found);
  return best(found);
}

/** One-edit and same-skeleton neighbours among the host's registrable endings. */
function findTypos(domain: DomainName, skel: string, index: PolicyIndex, found: Lookalike[]): void {
  const asciiEndings = endings(domain.ascii);
  const unicodeEndings = endings(domain.unicode);
  const skelEndings = endings(skel);
  // Only the endings that contain the registrable domain: `met.police.uk`, never `police.uk` alone.
  const count = asciiEndings.length - Math.max(domain.registrableLabels, 1) + 1;
  for (let i = 0; i < count; i++) {
    const ascii = asciiEndings[i] ?? "";
    eachNear(unicodeEndings[i] ?? "", ascii, index.byLength, (t) => t.chars, (t, chars, intended) => {
      const edit = singleEdit(chars, intended);
      // A swapped-in letter that looks the same (Cyrillic "е" for "e", "0" for "o") is a disguise, not a slip.
      const lookAlike = edit?.kind === "different" && skeleton(edit.typed ?? "") === skeleton(edit.intended ?? "");
      if (edit) found.push({ imitates: t, kind: lookAlike ? "homograph" : "typo", edit });
    });
    const suffixSkel = skelEndings[i] ?? "";
    eachNear(suffixSkel, ascii, index.bySkeletonLength, (t) => t.skeletonChars, (t, chars, intended) => {
      if (t.skeleton === suffixSkel) found.push({ imitates: t, kind: "homograph" });
      // ASCII hosts are already compared letter by letter above; a skeleton one edit away only adds
      // confusion ("rnd.uk" for "mod.uk") without a clearer reason, so it is kept for IDNs.
      else if (domain.international && singleEdit(chars, intended)) found.push({ imitates: t, kind: "homograph" });
    });
  }
}

/**
 * Calls `check` for each trusted domain whose length is within one character of `text` (the only ones
 * one edit can reach), except the genuine domain `ascii` itself. The text's code points are worked out
 * only when there is something to compare.
 */
function eachNear(
  text: string,
  ascii: string,
  byLength: ReadonlyMap<number, readonly TrustedDomain[]>,
  charsOf: (t: TrustedDomain) => readonly string[],
  check: (t: TrustedDomain, chars: readonly string[], intended: readonly string[]) => void,
): void {
  let chars: string[] | undefined;
  const length = NON_ASCII.test(text) ? Array.from(text).length : text.length;
  for (let len = length - 1; len <= length + 1; len++) {
    for (const t of byLength.get(len) ?? []) {
      if (t.ascii === ascii) continue; // the genuine domain, not a neighbour
      chars ??= Array.from(text);
      check(t, chars, charsOf(t));
    }
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Trusted domains found inside the host's skeleton on word boundaries, where the host is not genuinely under them. */
function findInside(domain: DomainName, skel: string, index: PolicyIndex, found: Lookalike[]): void {
  const hostTokens = tokens(skel);
  // A name under a trusted domain (mod.gov.uk, nhs.police.uk) was given out by that domain's registry, not
  // spliced together by whoever holds some other ending: only the spliced check needs this, and rarely.
  let under: boolean | undefined;
  const underAnyTrusted = (): boolean => (under ??= index.trusted.some((t) => isUnder(domain, t)));
  for (let i = 0; i < hostTokens.length; i++) {
    const token = hostTokens[i] ?? "";
    for (const t of index.byFirstToken.get(token) ?? []) {
      if (isUnder(domain, t) || !tokensAt(hostTokens, i, t.skeletonTokens)) continue;
      // Ending with the trusted skeleton on a dot but not with its letters: the letters are disguised.
      const asSuffix = skel === t.skeleton || skel.endsWith("." + t.skeleton);
      found.push({ imitates: t, kind: asSuffix ? "homograph" : "disguise" });
    }
    for (const t of index.byFirstToken.get(token) ?? []) {
      if (splicedAt(hostTokens, i, t.skeletonTokens) && startsLabel(skel, i) && !underAnyTrusted()) found.push({ imitates: t, kind: "spliced" });
    }
    for (const t of index.byJoined.get(token) ?? []) {
      if (!isUnder(domain, t)) found.push({ imitates: t, kind: "disguise" });
    }
  }
}

/**
 * The trusted words but the last at `at`, then at least one other word, then the trusted last word as the
 * host's last: `hertfordshire.gov.co.uk` for `hertfordshire.gov.uk`.
 */
function splicedAt(host: readonly string[], at: number, wanted: readonly string[]): boolean {
  const n = wanted.length;
  if (n < 2 || host[host.length - 1] !== wanted[n - 1] || at + n - 1 >= host.length - 1) return false;
  return tokensAt(host, at, wanted.slice(0, n - 1));
}

/**
 * Does the host's token `at` begin one of its dot-separated labels? A splice starts a label
 * (`hertfordshire-gov.co.uk`), so that a firm's hyphenated name (`capita-gov.co.uk`) is not read as one.
 */
function startsLabel(skel: string, at: number): boolean {
  let k = 0;
  for (const label of skel.split(".")) {
    if (k === at) return true;
    k += tokens(label).length;
    if (k > at) return false;
  }
  return false;
}

function tokensAt(host: readonly string[], at: number, wanted: readonly string[]): boolean {
  if (at + wanted.length > host.length) return false;
  for (let j = 0; j < wanted.length; j++) if (host[at + j] !== wanted[j]) return false;
  return true;
}

const KIND_ORDER: Record<TrustKind, number> = { internal: 0, partner: 1, secure: 2 };
// A plain typo is the clearer reason when both apply to the same domain ("büchen.de" for "bücher.de").
const HOW_ORDER: Record<LookalikeKind, number> = { typo: 0, homograph: 1, disguise: 2, spliced: 3 };

/** The most specific imitation: the longest trusted domain, then internal before partner before secure. */
function best(found: readonly Lookalike[]): Lookalike | undefined {
  let winner: Lookalike | undefined;
  for (const f of found) {
    if (!winner) {
      winner = f;
      continue;
    }
    const a = f.imitates;
    const b = winner.imitates;
    const better =
      a.chars.length !== b.chars.length
        ? a.chars.length > b.chars.length
        : KIND_ORDER[a.kind] !== KIND_ORDER[b.kind]
          ? KIND_ORDER[a.kind] < KIND_ORDER[b.kind]
          : HOW_ORDER[f.kind] < HOW_ORDER[winner.kind];
    if (better) winner = f;
  }
  return winner;
}
