import emailAddresses from "email-addresses";
import { CAT_CF, unicodeCategory } from "../text/unicode";

/**
 * Reading one RFC 5322 mailbox as typed or given by the host: `a@b.uk`, `Name <a@b.uk>`,
 * `"Bloggs, Joe" <a@b.uk>`, `Bloggs, Joe <a@b.uk>` (Outlook's unquoted form), comments and quoted local
 * parts included.
 *
 * The `email-addresses` parser is the reference. It is also slow (tens of microseconds a call) and
 * badly super-linear on some text (a few nested brackets or a group of addresses can take tens of
 * milliseconds), so:
 * - the everyday shapes, `local@domain`, `Display Name <local@domain>` and `"Quoted, Name" <local@domain>`,
 *   with or without simple comments, are read by a small linear scanner that implements exactly the
 *   grammar the parser applies to them (a property test checks that every mailbox the scanner accepts,
 *   the parser reads the same way);
 * - everything else (nested comments, escapes, quoted local parts, a name containing `@`, obsolete forms)
 *   goes to the parser, but only when it is short, has few quotes, brackets and backslashes, is not a
 *   group, and fits a per-check character budget.
 *
 * Stricter than RFC 5322 on purpose: an address with a space, an invisible character or an `@` in its
 * local part (all possible inside quotes) is refused, because no real safeguarding mailbox has one and
 * each is a way to hide where a message goes.
 */

/** A mailbox that parsed. Case and the trailing dot are left as typed: the domain check normalises. */
export interface Mailbox {
  local: string;
  domain: string;
  displayName?: string;
}

/** The mailbox, or the plain-English reason it cannot be read ("it has no @"). */
export type MailboxParse = { ok: true; mailbox: Mailbox } | { ok: false; reason: string };

/** Limits shared by every recipient of one check, so that hostile input cannot make the full parser slow. */
export interface ParseBudget {
  /** Characters the full parser may still be given. */
  remaining: number;
  /** Results of the full parser by input, so a repeated unusual mailbox costs once. */
  seen?: Map<string, MailboxParse>;
}

/** Longest mailbox accepted at all: an address is at most 254 characters; display names are short. */
export const MAX_MAILBOX_LENGTH = 2000;
/** Longest mailbox handed to the full parser: its backtracking grows quickly with length. */
const MAX_PARSER_INPUT = 128;
/**
 * Characters the full parser may be given per check. Within the limits here (128 characters, comments
 * nested at most two deep, a few quotes and backslashes) the parser's worst case measured about 0.05 ms a
 * character, so this bounds a hostile check to about a fifth of a second, while leaving room for dozens
 * of the rare mailboxes that need it (everyday shapes, comments included, never reach it).
 */
export const DEFAULT_PARSER_BUDGET = 4_000;
/** Quote marks, brackets and backslashes are what make the parser backtrack; real mailboxes use a few. */
const MAX_QUOTES = 4;
const MAX_BRACKETS = 6;
const MAX_COMMENT_DEPTH = 2;
const MAX_BACKSLASHES = 4;

/** RFC 5322 `specials` the fast path leaves to the parser (angle brackets, commas, dots, `@`, quotes and simple comments are handled). */
const PARSER_ONLY = /[()[\]:;\\]/;
/** RFC 5322 atext, plus any non-ASCII character (RFC 6532). */
const ATEXT = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\u0080-\uffff]+$/;
/** RFC 5322 atext by ASCII code, for the per-character loop. */
const IS_ATEXT: readonly boolean[] = Array.from({ length: 128 }, (_, c) => ATEXT.test(String.fromCharCode(c)));
/**
 * An unquoted display name the fast path accepts: words of atext, with spaces, dots and commas between
 * them (the parser's obs-phrase with its `commaInDisplayName` option). A name with an `@` in it goes to
 * the parser, whose reading of that rare (and suspicious) form has quirks not worth copying.
 */
const PLAIN_NAME = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\u0080-\uffff][A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\u0080-\uffff .,]*$/;
const WHITESPACE = /\s/u;
/**
 * Invisible format characters (zero-width space, bidi overrides): a way to make two addresses look the
 * same. True when `text` holds one (`/\p{Cf}/u`, by the core's category table: ES2016 has no `\p{…}`).
 */
function hasInvisibleFormat(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (unicodeCategory(cp) === CAT_CF) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** Parse one mailbox. Never throws; hostile input costs at most linear time plus the shared parser budget. */
export function parseMailbox(raw: string, budget: ParseBudget = { remaining: DEFAULT_PARSER_BUDGET }): MailboxParse {
  const s = raw.trim();
  if (!s) return fail("it is empty");
  if (s.length > MAX_MAILBOX_LENGTH) return fail("it is too long to be an email address");
  if (hasHiddenCharacter(s)) return fail("it contains hidden control characters");
  const fast = fastParse(s);
  return fast === "defer" ? fullParse(s, budget) : fast;
}

/**
 * The everyday shapes, read in one pass: `addr`, `Name <addr>`, `"Quoted, Name" <addr>`, each with
 * optional simple comments (`Joe (Kent Police) <addr>`, `addr (Joe Bloggs)`). "defer" hands anything else
 * (escapes, nested comments, quoted local parts, groups, domain literals) to the full parser.
 */
function fastParse(s: string): MailboxParse | "defer" {
  let quotedName: string | undefined;
  let rest = s;
  if (s.startsWith('"')) {
    const close = s.indexOf('"', 1);
    if (close < 0) return "defer";
    quotedName = s.slice(1, close);
    if (quotedName.includes("\\")) return "defer";
    rest = s.slice(close + 1);
  }
  if (rest.includes('"') || rest.includes("\\")) return "defer";
  const uncommented = withoutComments(rest);
  if (uncommented === undefined) return "defer";
  rest = uncommented.text;
  if (PARSER_ONLY.test(rest)) return "defer";

  let name: string | undefined;
  let addr: string;
  const lt = rest.indexOf("<");
  const gt = rest.indexOf(">");
  if (lt < 0 && gt < 0) {
    if (quotedName !== undefined) return "defer"; // a quoted name needs an <address> after it
    addr = rest.trim();
  } else {
    if (lt < 0) return fail("it has a > without a matching <");
    if (gt < 0) return fail("it has a < without a matching >");
    if (count(rest, "<") !== 1 || count(rest, ">") !== 1 || gt < lt || rest.slice(gt + 1).trim()) return "defer";
    const phrase = collapseSpaces(rest.slice(0, lt));
    if (quotedName !== undefined) {
      if (phrase) return "defer"; // text between the quoted name and the <address>
      name = collapseSpaces(quotedName);
    } else {
      if (phrase && !PLAIN_NAME.test(phrase)) return "defer";
      name = phrase;
    }
    addr = rest.slice(lt + 1, gt);
  }
  // The parser allows folding white space inside the angle brackets; leave that rare form to it.
  if (addr !== addr.trim()) return "defer";
  const spec = addrSpec(addr);
  // A comment inside the address itself (`a(x)@b.uk`) is legal but odd: let the parser judge it.
  if (!spec.ok) return uncommented.firstComment === undefined ? spec : "defer";
  const shown = name || uncommented.firstComment;
  if (shown) spec.mailbox.displayName = shown;
  return spec;
}

/**
 * The text with simple (un-nested) comments replaced by a space, and the first comment's text; undefined
 * when a comment is nested or unclosed, which the full parser judges.
 */
function withoutComments(text: string): { text: string; firstComment?: string } | undefined {
  if (!text.includes("(") && !text.includes(")")) return { text };
  let out = "";
  let firstComment: string | undefined;
  let from = 0;
  for (let open = text.indexOf("("); open >= 0; open = text.indexOf("(", from)) {
    const close = text.indexOf(")", open + 1);
    if (close < 0) return undefined;
    const inner = text.slice(open + 1, close);
    if (inner.includes("(")) return undefined;
    if (text.slice(from, open).includes(")")) return undefined;
    out += text.slice(from, open) + " ";
    firstComment ??= collapseSpaces(inner) || undefined;
    from = close + 1;
  }
  const tail = text.slice(from);
  if (tail.includes(")")) return undefined;
  out += tail;
  return firstComment === undefined ? { text: out } : { text: out, firstComment };
}

/** Runs of spaces and tabs (RFC 5322 white space) as one space, ends trimmed: how the parser reads an unquoted name. */
function collapseSpaces(text: string): string {
  return text
    .split(/[ \t]+/)
    .filter((w) => w.length > 0)
    .join(" ")
    .trim();
}

/** `local@domain` as an RFC 5322 dot-atom on each side (a trailing dot on the domain is allowed and ignored). */
function addrSpec(addr: string): MailboxParse {
  if (!addr) return fail("there is no address between < and >");
  const at = addr.indexOf("@");
  if (at < 0) return fail("it has no @");
  if (addr.indexOf("@", at + 1) >= 0) return fail("it has more than one @");
  if (WHITESPACE.test(addr)) return fail("it contains a space");
  const local = addr.slice(0, at);
  const domain = addr.slice(at + 1);
  if (!local) return fail("there is nothing before the @");
  if (!domain) return fail("there is nothing after the @");
  const localProblem = dotAtomProblem(local, "before");
  if (localProblem) return fail(localProblem);
  const domainProblem = dotAtomProblem(domain.endsWith(".") ? domain.slice(0, -1) : domain, "after");
  if (domainProblem) return fail(domainProblem);
  return { ok: true, mailbox: { local, domain } };
}

/** Why text is not a dot-atom (atoms of atext joined by single dots), or undefined when it is. */
function dotAtomProblem(text: string, side: "before" | "after"): string | undefined {
  if (!text) return `there is nothing ${side} the @`;
  // One pass over the characters: this runs for every recipient, so no splitting or per-atom regexes.
  let previousDot = true; // a leading dot counts as "dot after nothing"
  let nonAscii = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (i === 0) return `the part ${side} the @ starts or ends with a dot`;
      if (previousDot) return "it has two dots in a row";
      previousDot = true;
      continue;
    }
    previousDot = false;
    if (c >= 0x80) nonAscii = true;
    else if (!IS_ATEXT[c]) return `the part ${side} the @ contains ${strayCharacter(text[i] ?? "")}`;
  }
  if (previousDot) return `the part ${side} the @ starts or ends with a dot`;
  if (nonAscii && hasInvisibleFormat(text)) return "it contains an invisible character";
  return undefined;
}

/** The unusual mailbox shapes, through the `email-addresses` parser, within the limits above. */
function fullParse(s: string, budget: ParseBudget): MailboxParse {
  const known = budget.seen?.get(s);
  if (known) return known;
  // Cheap refusals first, so that thousands of hostile mailboxes cost little once the budget is spent.
  if (s.length > MAX_PARSER_INPUT) return fail("it is too long or too unusual to check: write it as name@example.org");
  const tooMany = tooManySpecials(s);
  if (tooMany) return fail(tooMany);
  // Groups (`Team: a@b.uk, c@d.uk;`) are the parser's slowest shape and never one recipient.
  if (hasGroupColon(s)) return fail("it is a named group of addresses, not one address");
  if (budget.remaining < s.length) {
    return fail("it is written in too unusual a way to check among so many recipients: write it as name@example.org");
  }
  budget.remaining -= s.length;
  const result = runParser(s);
  budget.seen?.set(s, result);
  return result;
}

/** The `email-addresses` parser itself, on a mailbox that passed the limits above. */
function runParser(s: string): MailboxParse {
  // The parser refuses the trailing dot that the domain check ignores: drop it here.
  const input = s.endsWith(".>") ? `${s.slice(0, -2)}>` : s.endsWith(".") ? s.slice(0, -1) : s;
  let parsed: ReturnType<typeof emailAddresses.parseOneAddress>;
  try {
    parsed = emailAddresses.parseOneAddress({ input, rfc6532: true, atInDisplayName: true, commaInDisplayName: true });
  } catch {
    parsed = null; // deep recursion on pathological input: treat as unreadable
  }
  if (!parsed) return fail(diagnose(s));
  if (parsed.type === "group") return fail("it is a named group of addresses, not one address");
  const { local, domain } = parsed;
  if (!local) return fail("there is nothing before the @");
  if (!domain) return fail("there is nothing after the @");
  if (WHITESPACE.test(local)) return fail("it contains a space");
  if (local.includes("@")) return fail("it has more than one @");
  if (hasInvisibleFormat(local)) return fail("it contains an invisible character");
  const mailbox: Mailbox = { local, domain };
  const name = parsed.name?.trim() || commentName(parsed);
  if (name) mailbox.displayName = name;
  return { ok: true, mailbox };
}

/** The old `a@b.uk (Joe Bloggs)` form names the person in a comment: the first comment's text. */
function commentName(parsed: emailAddresses.ParsedMailbox): string | undefined {
  const tokens = parsed.parts.comments[0]?.tokens ?? "";
  const open = tokens.indexOf("(");
  const close = tokens.indexOf(")", open + 1);
  if (open < 0 || close < 0) return undefined;
  return collapseSpaces(tokens.slice(open + 1, close).replace(/\(/g, " ")) || undefined;
}

/** A plain reason for a mailbox the parser refused, from the most common mistakes. */
function diagnose(s: string): string {
  const lt = s.lastIndexOf("<");
  const gt = s.indexOf(">", lt + 1);
  if (lt >= 0 && gt < 0) return "it has a < without a matching >";
  const addr = (lt >= 0 ? s.slice(lt + 1, gt) : s).trim();
  const at = addr.indexOf("@");
  if (at < 0) return "it has no @";
  if (addr.indexOf("@", at + 1) >= 0 && !addr.includes('"')) return "it has more than one @";
  if (WHITESPACE.test(addr) && !addr.includes('"') && !addr.includes("(")) return "it contains a space";
  if (at === 0) return "there is nothing before the @";
  if (at === addr.length - 1) return "there is nothing after the @";
  if (addr.includes("..")) return "it has two dots in a row";
  if (count(s, '"') % 2 === 1) return "it has a quote mark without a matching one";
  if (count(s, "(") !== count(s, ")")) return "it has a bracket without a matching one";
  return "it could not be read as an email address: check for stray characters such as quotes or brackets";
}

/**
 * Why the mailbox has more quote marks, brackets or backslashes than any real one needs (these make the
 * parser slow), or undefined.
 */
function tooManySpecials(s: string): string | undefined {
  let quotes = 0;
  let brackets = 0;
  let depth = 0;
  let deepest = 0;
  let backslashes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) quotes++;
    else if (c === 40) {
      brackets++;
      depth++;
      deepest = Math.max(deepest, depth);
    } else if (c === 41) {
      brackets++;
      depth = Math.max(0, depth - 1);
    } else if (c === 92) backslashes++;
  }
  if (quotes > MAX_QUOTES) return "it has too many quote marks";
  if (brackets > MAX_BRACKETS * 2 || deepest > MAX_COMMENT_DEPTH) return "it has too many brackets";
  if (backslashes > MAX_BACKSLASHES) return "it has too many backslashes";
  return undefined;
}

/** A `:` outside quotes and comments: group syntax (or the obsolete source route), never one mailbox. */
function hasGroupColon(s: string): boolean {
  let quoted = false;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++; // backslash escapes the next character
    else if (quoted) quoted = c !== 34;
    else if (c === 34 && depth === 0) quoted = true;
    else if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
    else if (c === 58 && depth === 0) return true;
  }
  return false;
}

/** Controls (C0 except tab, DEL, C1) and unpaired surrogates anywhere in the mailbox. */
function hasHiddenCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9) || (c >= 0x7f && c < 0xa0)) return true; // a tab is white space, not hidden
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** A character that is not allowed, named for the reader. */
function strayCharacter(ch: string): string {
  return ch === "," ? "a comma" : ch === '"' ? "a quote mark" : `"${ch}"`;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
