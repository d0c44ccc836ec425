/**
 * The on-send bundle on an ES2016 engine (classic Outlook's JavaScript-only runtime before build 2403):
 *
 * - statically: the BUILT bundle holds no regular-expression literal an ES2016 engine cannot parse
 *   (lookbehind, named groups, `\p{…}`, the `s` flag) and calls none of the ES2017+ library functions
 *   listed below (esbuild lowers syntax, not library calls);
 * - at run time: in a `vm` context made to look like such an engine (a RegExp constructor that refuses
 *   ES2018 patterns and flags, and the ES2017+ library functions deleted), the bundle's check answers
 *   exactly as the TypeScript source does, through the handler and, for a corpus of messages, result for
 *   result (the full `checkMessage` the task pane runs, and the handler's verdict-only check).
 */
import * as acorn from "acorn";
import vm from "node:vm";
import { checkMessage } from "../../src/core/check/check-message";
import { checkVerdict } from "../../src/core/check/check-verdict";
import { MessageInputSchema } from "../../src/core/check/message";
import { defaultPolicy } from "../../src/core/policy/policy";
import { ON_SEND_ACTION_ID } from "../../src/outlook/ids";
import { officeItemReader } from "../../src/outlook/onsend/office-adapter";
import { onMessageSend } from "../../src/outlook/onsend/on-message-send";
import { handlerSettings } from "../../src/outlook/onsend/settings";
import corpus from "../core/check/fixtures/verdict-corpus.json";
import { EMAILS } from "../core/text/fixtures/emails";
import { MORE_EMAILS } from "../core/text/fixtures/emails-more";
import { build, type BuildResult, root, runInBareContext } from "./bundle-support";
import { countingEvent, type FakeItemInit, fakeOffice, settle } from "./fake-office";

jest.setTimeout(120_000);

/**
 * Library functions newer than ES2016, as they appear in (minified) code: property names survive
 * minification. Each would be a TypeError on an ES2016 engine. `Object.getOwnPropertyDescriptors` and
 * `Object.hasOwn` are allowed only inside the build's local fallbacks (build/onsend.config.js).
 */
const ES2017_PLUS_CALLS: [name: string, pattern: RegExp][] = [
  ["Object.values / entries / fromEntries / groupBy", /\bObject\.(values|entries|fromEntries|groupBy)\b/],
  ["Object.getOwnPropertyDescriptors (outside its fallback)", /\bObject\.getOwnPropertyDescriptors\b(?!\|\|function)/],
  ["Object.hasOwn (outside its fallback)", /\bObject\.hasOwn\b(?!\|\|function)/],
  ["String#padStart / padEnd", /\.pad(Start|End)\(/],
  ["String#trimStart / trimEnd", /\.trim(Start|End)\(/],
  ["String#matchAll / replaceAll", /\.(matchAll|replaceAll)\(/],
  ["String#isWellFormed / toWellFormed", /\.(isWellFormed|toWellFormed)\(/],
  ["Array#flat / flatMap", /\.flat(Map)?\(/],
  ["Array#at / String#at", /\.at\(/],
  ["Array#findLast / findLastIndex", /\.findLast(Index)?\(/],
  ["Array#toSorted / toReversed / toSpliced", /\.to(Sorted|Reversed|Spliced)\(/],
  ["Array.fromAsync", /\bArray\.fromAsync\b/],
  ["Promise#finally", /\.finally\(/],
  ["Promise.allSettled / any / withResolvers", /\bPromise\.(allSettled|any|withResolvers)\b/],
  ["globalThis", /\bglobalThis\b/],
  ["Symbol.asyncIterator", /\bSymbol\.asyncIterator\b/],
  ["BigInt / WeakRef / FinalizationRegistry / AggregateError", /\b(BigInt|WeakRef|FinalizationRegistry|AggregateError)\b/],
  ["structuredClone", /\bstructuredClone\b/],
  ["Atomics / SharedArrayBuffer", /\b(Atomics|SharedArrayBuffer)\b/],
];

/** Every regular-expression literal in `code` that an ES2016 parser rejects. */
function es2018Regexes(code: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as { type?: unknown; regex?: { pattern: string; flags: string } } & Record<string, unknown>;
    if (typeof n.type !== "string") return;
    if (n.type === "Literal" && n.regex) {
      try {
        acorn.parse(`/${n.regex.pattern}/${n.regex.flags}`, { ecmaVersion: 2016 });
      } catch {
        found.push(`/${n.regex.pattern}/${n.regex.flags}`);
      }
      return;
    }
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) value.forEach(visit);
      else visit(value);
    }
  };
  visit(acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" }));
  return found;
}

/**
 * A prelude that makes a fresh `vm` context look like an ES2016 engine: the RegExp constructor throws a
 * SyntaxError for lookbehind, named groups, `\p{…}` / `\P{…}` and the `s`, `d` and `v` flags (the `u` and
 * `y` flags are ES2015 and allowed), and the ES2017+ library functions are deleted. (Regular-expression
 * literals do not go through the constructor: the static scan above covers those.)
 */
const ES2016_ENGINE = `(function () {
  var R = RegExp;
  var refuse = /\\(\\?<[!=]|\\(\\?<[A-Za-z_$]|\\\\k<|\\\\[pP]\\{/;
  function ES2016RegExp(pattern, flags) {
    var source = pattern instanceof R ? pattern.source : String(pattern === undefined ? "" : pattern);
    var f = flags === undefined ? (pattern instanceof R ? pattern.flags : "") : String(flags);
    if (refuse.test(source) || /[sdv]/.test(f)) throw new SyntaxError("Invalid regular expression: /" + source + "/" + f + ": not ES2016");
    return new R(pattern, flags);
  }
  ES2016RegExp.prototype = R.prototype;
  RegExp = ES2016RegExp;
  var gone = [
    [Object, ["values", "entries", "fromEntries", "hasOwn", "groupBy", "getOwnPropertyDescriptors"]],
    [String.prototype, ["padStart", "padEnd", "trimStart", "trimEnd", "matchAll", "replaceAll", "at", "isWellFormed", "toWellFormed"]],
    [Array.prototype, ["flat", "flatMap", "at", "findLast", "findLastIndex", "toSorted", "toReversed", "toSpliced", "with"]],
    [Array, ["fromAsync"]],
    [Promise.prototype, ["finally"]],
    [Promise, ["allSettled", "any", "withResolvers"]],
  ];
  for (var i = 0; i < gone.length; i++) for (var j = 0; j < gone[i][1].length; j++) delete gone[i][0][gone[i][1][j]];
  delete this.globalThis;
  delete this.structuredClone;
})();`;

/** Proof that the prelude bites: what an ES2018 pattern and an ES2017 call do in such a context. */
function engineRefusals(): { lookbehind: string; property: string; sFlag: string; padStart: string; spread: string } {
  const context = vm.createContext({});
  vm.runInContext(ES2016_ENGINE, context);
  const attempt = (code: string): string => {
    try {
      vm.runInContext(code, context);
      return "ran";
    } catch (error) {
      return (error as Error).name;
    }
  };
  return {
    lookbehind: attempt('new RegExp("(?<!a)b")'),
    property: attempt('new RegExp("\\\\p{L}", "u")'),
    sFlag: attempt('new RegExp("a.b", "s")'),
    padStart: attempt('"1".padStart(2, "0")'),
    spread: attempt("Object.getOwnPropertyDescriptors({})"),
  };
}

const policy = defaultPolicy(["hertfordshire.gov.uk"]);

/** Messages that reach every part of the check, Unicode letters included. */
const MESSAGES: [string, FakeItemInit][] = [
  ["plain internal", { to: [{ emailAddress: "kim.lee@hertfordshire.gov.uk", recipientType: "user" }], subject: "Lunch", body: "Hi Kim, lunch on Friday? Sam" }],
  [
    "risky to webmail",
    { to: [{ emailAddress: "jo.bloggs@gmail.com", displayName: "Jo Bloggs" }], subject: "Concern", body: "Hello Jo,\n\nI think A is at risk of neglect. Her NHS number is 943 476 5919.\n\nSam" },
  ],
  [
    "identifiers of every kind",
    {
      to: [{ emailAddress: "pc.smith@met.police.uk" }],
      body: "Dear PC Smith,\n\nChloe (DOB 12/03/2015, NI AB 12 34 56 C) lives at 14 Acacia Road, AL1 3XY. Born on 3rd March 2014. Call 07700 900123.\nThe CAMHS and s47 outcome is pending; the ICPC is on 2024-03-12.\n\nKind regards\nSam",
    },
  ],
  [
    "accented names and a greeting mismatch",
    { to: [{ emailAddress: "zoe.brontë@gmail.com", displayName: "Zoë Brontë" }], body: "Dear Zoë and Łukasz,\n\nÉmile's mum disclosed domestic abuse; she is Muslim and pregnant.\n\nSam" },
  ],
  ["homograph", { to: [{ emailAddress: "dr.x@nhs.nеt" }], body: "Hi, the child protection plan is attached." }],
  ["invisible character", { to: [{ emailAddress: "dr.x\u200b@nhs.net" }], body: "Hello Dr X, the s47 strategy meeting is at 10." }],
  [
    "quoted chain and disclaimer",
    {
      to: [{ emailAddress: "a@kent.gov.uk" }],
      body: "Hi Priya,\n\nSee below.\n\nJo\n\n-----Original Message-----\nFrom: Sam Jones <sam@hertfordshire.gov.uk>\nSent: 12 March 2024 10:30\nTo: Jo\nSubject: Chloe\n\nChloe has a bruise on her arm and told her teacher dad hit her.\n\n*** This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender. ***",
    },
  ],
  ["Greek and Cyrillic words", { to: [{ emailAddress: "a@b.gr" }], body: "Γεια σας ΟΔΟΣ. Ζητώ συγγνώμη, Привет: the family's GP says she self-harms." }],
  ["empty", { to: [], body: "" }],
];

describe("the on-send bundle on an ES2016 engine", () => {
  let built: BuildResult;
  beforeAll(async () => {
    built = await build.buildOnSend({ write: false, policy: { internalDomains: ["hertfordshire.gov.uk"] } });
  });

  test("holds no regular expression that an ES2016 engine cannot parse", () => {
    expect(es2018Regexes(built.code)).toEqual([]);
  });

  test.each(ES2017_PLUS_CALLS)("calls no %s", (_name, pattern) => {
    expect(built.code.match(pattern)?.[0] ?? null).toBeNull();
  });

  test("the simulated engine refuses what an ES2016 engine cannot do", () => {
    expect(engineRefusals()).toEqual({ lookbehind: "SyntaxError", property: "SyntaxError", sFlag: "SyntaxError", padStart: "TypeError", spread: "TypeError" });
  });

  test.each(MESSAGES)("answers as the source does: %s", async (_name, init) => {
    const fake = fakeOffice(init);
    runInBareContext(ES2016_ENGINE + built.code, { Office: fake.Office });
    const event = countingEvent();
    fake.handlers.get(ON_SEND_ACTION_ID)?.(event);
    await event.done;
    await settle(5);

    const sourceEvent = countingEvent();
    await onMessageSend(sourceEvent, {
      reader: () => officeItemReader(fakeOffice(init).Office),
      check: () => Promise.resolve(checkVerdict),
      settings: handlerSettings(policy),
    });
    expect(event.calls).toEqual(sourceEvent.calls);
    expect(event.calls[0]?.errorMessage ?? "").not.toMatch(/could not check/);
  });
});

describe("the core check, bundled for ES2016, on an ES2016 engine", () => {
  /** Runs the bundled check inside the ES2016 context, on JSON in and out (no objects cross realms). */
  let run: (json: string) => string;
  let runVerdict: (json: string) => string;
  beforeAll(async () => {
    const esbuild = await import("esbuild");
    const result = await esbuild.build({
      ...build.coreBundleOptions({}),
      stdin: {
        contents: 'export { checkMessage } from "./src/core/check/check-message"; export { checkVerdictWithoutSentences } from "./src/core/check/verdict-only";',
        resolveDir: root,
        loader: "ts",
      },
      format: "cjs",
      plugins: [build.compactDataPlugin({ fullConfusables: false })],
    });
    const context = vm.createContext({});
    vm.runInContext(ES2016_ENGINE, context);
    vm.runInContext(`var module = { exports: {} }, exports = module.exports;\n${result.outputFiles[0]!.text}`, context);
    run = vm.runInContext(
      "(function (json) { var a = JSON.parse(json); return JSON.stringify(module.exports.checkMessage(a.input, { policy: a.policy, senderDomainIsInternal: true })); })",
      context,
    ) as (json: string) => string;
    runVerdict = vm.runInContext(
      "(function (json) { var a = JSON.parse(json); return JSON.stringify(module.exports.checkVerdictWithoutSentences(a.input, { policy: a.policy, senderDomainIsInternal: true })); })",
      context,
    ) as (json: string) => string;
  });

  const bodies: [string, string, string][] = [
    ...corpus.ordinary.map((m, i): [string, string, string] => [`ordinary ${i + 1}`, m.to, m.body]),
    ...corpus.case.map((m, i): [string, string, string] => [`case ${i + 1}`, m.to, m.body]),
    ...[...EMAILS, ...MORE_EMAILS].map((e): [string, string, string] => [e.name, "someone@example.org", e.body]),
    ...MESSAGES.map(([name, init]): [string, string, string] => [name, init.to?.[0]?.emailAddress ?? "a@b.org", init.body ?? ""]),
  ];

  test.each(bodies)("gives the source's whole result: %s", (_name, to, body) => {
    const input = MessageInputSchema.parse({ from: "jo.smith@hertfordshire.gov.uk", to: [to], body });
    const expected = checkMessage(input, { policy, senderDomainIsInternal: true });
    expect(JSON.parse(run(JSON.stringify({ input, policy })))).toEqual(JSON.parse(JSON.stringify(expected)));
    const verdict = { verdict: expected.verdict, verdictReasons: expected.verdictReasons, recipients: expected.recipients };
    expect(JSON.parse(runVerdict(JSON.stringify({ input, policy })))).toEqual(JSON.parse(JSON.stringify(verdict)));
  });
});
