/**
 * The BUILT handler, as Outlook gets it: dist/onsend.js (built here first when missing) parses as ES2016,
 * runs in a bare `vm` context with only a fake `Office` global (no window, document, localStorage or
 * fetch, as in classic Outlook's JavaScript-only runtime), registers its handlers with
 * `Office.actions.associate`, and completes each event exactly once. A bundle built here with a known
 * policy answers exactly as the TypeScript source does: the handler with `checkVerdict`, which it runs,
 * and with the full `checkMessage`, which it ran before (so the verdict-only check changed nothing). The
 * build leaves the sentence analysis out unless the policy reviews on sentence flags; both builds are
 * compared.
 */
import * as acorn from "acorn";
import { checkMessage } from "../../src/core/check/check-message";
import { checkVerdict } from "../../src/core/check/check-verdict";
import { defaultPolicy, type Policy } from "../../src/core/policy/policy";
import { handoffText } from "../../src/outlook/handoff";
import { DECISION_HEADER, DECISION_SESSION_KEY, ON_RECIPIENTS_CHANGED_ACTION_ID, ON_SEND_ACTION_ID, RECIPIENT_NOTICE_KEY } from "../../src/outlook/ids";
import { officeItemReader } from "../../src/outlook/onsend/office-adapter";
import { type CheckVerdict, onMessageSend } from "../../src/outlook/onsend/on-message-send";
import { handlerSettings } from "../../src/outlook/onsend/settings";
import { readSnapshot, snapshotHash } from "../../src/outlook/onsend/snapshot";
import { build, type BuildResult, distBundle, runInBareContext } from "./bundle-support";
import { countingEvent, type FakeItemInit, fakeOffice, settle } from "./fake-office";

jest.setTimeout(60_000);

const RISKY: FakeItemInit = {
  to: [{ emailAddress: "jo.bloggs@gmail.com", displayName: "Jo Bloggs" }],
  subject: "Concern",
  body: "Hello Jo,\n\nI think A is at risk of neglect. Her NHS number is 943 476 5919.\n\nSam",
};
const PLAIN: FakeItemInit = {
  to: [{ emailAddress: "kim.lee@hertfordshire.gov.uk", recipientType: "user" }],
  subject: "Lunch",
  body: "Hi Kim, lunch on Friday? Sam",
};

/** Load a bundle into a fresh bare context holding `fake.Office` (and `extra` globals); return its handlers. */
function load(code: string, init: FakeItemInit, extra: Record<string, unknown> = {}) {
  const fake = fakeOffice(init);
  runInBareContext(code, { Office: fake.Office, ...extra });
  return fake;
}

/** Fire one registered handler and wait until it completes. */
async function fire(fake: ReturnType<typeof fakeOffice>, id: string) {
  const event = countingEvent();
  const handler = fake.handlers.get(id);
  if (!handler) throw new Error(`no handler ${id}`);
  handler(event);
  await event.done;
  await settle(5);
  return event.calls;
}

/** The modules that put at least one byte into the built bundle (the metafile also lists tree-shaken ones). */
function bundledModules(built: BuildResult): string[] {
  const output = Object.values(built.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
}

/** What the TypeScript source's handler completes with for `init`, checking with `check`. */
async function fromSource(init: FakeItemInit, check: CheckVerdict, policy: Policy) {
  const event = countingEvent();
  await onMessageSend(event, { reader: () => officeItemReader(fakeOffice(init).Office), check: () => Promise.resolve(check), settings: handlerSettings(policy) });
  return event.calls;
}

describe("dist/onsend.js", () => {
  let code: string;
  beforeAll(async () => {
    code = await distBundle();
  });

  test("parses as ES2016 script, with no module syntax and no require", () => {
    expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
    expect(code).not.toMatch(/\brequire\(|\bimport\(|^\s*import\s|^\s*export\s/m);
  });

  test("names none of the browser's globals and no network", () => {
    expect(code).not.toMatch(/\b(localStorage|sessionStorage|indexedDB|XMLHttpRequest|fetch\(|document\.|window\.)/);
    expect(code).not.toMatch(/\bglobalThis\b/);
  });

  test("associates both handlers in a bare context", () => {
    const fake = load(code, PLAIN);
    expect([...fake.handlers.keys()].sort()).toEqual([ON_RECIPIENTS_CHANGED_ACTION_ID, ON_SEND_ACTION_ID].sort());
  });

  test("lets a plain note go and holds a risky one, completing once each", async () => {
    expect(await fire(load(code, PLAIN), ON_SEND_ACTION_ID)).toEqual([{ allowEvent: true }]);
    const held = await fire(load(code, RISKY), ON_SEND_ACTION_ID);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ allowEvent: false, commandId: "SafeShareTaskPane", cancelLabel: "Review in SafeShare" });
    expect(held[0]!.errorMessage).toMatch(/NHS number/);
  });

  test("a failing Office call completes once, by the failure policy", async () => {
    const calls = await fire(load(code, { ...RISKY, behave: { body: "throw" } }), ON_SEND_ACTION_ID);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.errorMessage).toMatch(/could not check/);
  });

  test("recipients-changed puts up the early warning and completes bare", async () => {
    const fake = load(code, RISKY);
    expect(await fire(fake, ON_RECIPIENTS_CHANGED_ACTION_ID)).toEqual([undefined]);
    expect(fake.notices.get(RECIPIENT_NOTICE_KEY)?.message).toMatch(/personal email account/);
  });

});

describe("a bundle built with a known policy", () => {
  const policy = defaultPolicy(["hertfordshire.gov.uk"]);
  let built: BuildResult;
  beforeAll(async () => {
    built = await build.buildOnSend({ write: false, policy: { internalDomains: ["hertfordshire.gov.uk"] }, timeoutMs: 150 });
  });

  test("with timers, an API that never answers is cut off by the handler's own limit", async () => {
    const fake = load(built.code, { ...RISKY, behave: { to: "never" } }, { setTimeout, clearTimeout });
    // `fire` resolves only when the event completes: with the API silent, only the time limit can do it.
    const calls = await fire(fake, ON_SEND_ACTION_ID);
    expect(calls).toHaveLength(1);
    for (const deliver of fake.pending) deliver();
    await settle(10);
  });

  test("contains no UI, auth, network or storage module", () => {
    const inputs = Object.keys(built.metafile.inputs);
    expect(inputs.filter((i) => /react|fluentui|msal|graph-client|teams-js|idb|src\/(store|ui)\//.test(i))).toEqual([]);
    expect(inputs.filter((i) => /node_modules\/zod\//.test(i))).toEqual([]);
  });

  test("stays within the issue's size budget: at most 100 KB gzipped (see bench for the numbers)", () => {
    expect(built.webmail).toBe("handler");
    expect(built.gzipBytes).toBeLessThanOrEqual(100 * 1024);
  });

  const messages: [string, FakeItemInit][] = [
    ["plain internal", PLAIN],
    ["risky to webmail", RISKY],
    ["look-alike secure domain", { ...PLAIN, to: [{ emailAddress: "dr.x@nhs.met" }] }],
    ["homograph", { ...PLAIN, to: [{ emailAddress: "dr.x@nhs.nеt" }] }],
    ["secure partner with case content", { ...RISKY, to: [{ emailAddress: "pc.smith@met.police.uk" }] }],
    ["invalid address", { ...PLAIN, to: [{ emailAddress: "someone@police.uk" }] }],
    ["distribution list", { ...RISKY, to: [{ emailAddress: "all@hertfordshire.gov.uk", recipientType: "distributionList" }] }],
    ["private suffix host", { ...RISKY, to: [{ emailAddress: "a@foo.blogspot.com" }] }],
    ["Japanese city", { ...RISKY, to: [{ emailAddress: "a@city.kawasaki.jp" }] }],
    ["many recipients", { ...RISKY, cc: Array.from({ length: 30 }, (_, i) => ({ emailAddress: `p${i}@hertfordshire.gov.uk`, recipientType: "user" as const })) }],
    ["empty", { to: [], body: "" }],
    ["display name with quotes and a backslash", { ...RISKY, to: [{ emailAddress: "jo.bloggs@gmail.com", displayName: 'Jo "JJ" Bloggs \\ Home' }] }],
  ];

  test.each(messages)("answers as the source does: %s", async (_name, init) => {
    const fromBundle = await fire(load(built.code, init), ON_SEND_ACTION_ID);
    expect(fromBundle).toEqual(await fromSource(init, checkVerdict, policy));
    expect(fromBundle).toEqual(await fromSource(init, checkMessage, policy));
  });

  test("leaves out the sentence analysis: the policy does not review on sentence flags", () => {
    const inBundle = bundledModules(built);
    expect(inBundle).toContain("src/outlook/onsend/checker-without-sentences.ts");
    // The acronym glossary stays: case vocabulary counts glossary case terms (ICPC, s47, MARAC).
    expect(inBundle.filter((i) => /src\/core\/(content\/kinds\/|text\/segment-sentences|check\/check-message|check\/check-verdict\.ts)|src\/outlook\/onsend\/checker\.ts/.test(i))).toEqual([]);
  });

  test("on a Mailbox 1.12 client it holds without the 1.14/1.15 options, and says where the pane is", async () => {
    const calls = await fire(load(built.code, { ...RISKY, mailbox: "1.12" }), ON_SEND_ACTION_ID);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ allowEvent: false });
    for (const k of ["cancelLabel", "commandId", "contextData", "errorMessageMarkdown"]) expect((calls[0] as Record<string, unknown>)[k]).toBeUndefined();
    expect(String((calls[0] as { errorMessage?: string }).errorMessage)).toMatch(/Don't Send, then .* on the ribbon/);
  });

    test("carries no full RFC 5322 parser: an address only that parser reads is held, never waved through", async () => {
    expect(bundledModules(built).filter((i) => /node_modules\/email-addresses/.test(i))).toEqual([]);
    // A quoted local part: valid RFC 5322 that the task pane reads; no Exchange mailbox looks like this.
    const odd: FakeItemInit = { ...PLAIN, to: [{ emailAddress: '"kim.lee"@hertfordshire.gov.uk', recipientType: "user" }] };
    const fromSourceCalls = await fromSource(odd, checkVerdict, policy);
    expect(fromSourceCalls[0]).toMatchObject({ allowEvent: true });
    const fromBundle = await fire(load(built.code, odd), ON_SEND_ACTION_ID);
    expect(fromBundle).toHaveLength(1);
    expect(fromBundle[0]).toMatchObject({ allowEvent: false });
  });

  test("carries no HTML stripping (the handler reads plain text) and no @noble/hashes (the content hash has its own SHA-256)", () => {
    const inBundle = bundledModules(built);
    expect(inBundle.filter((i) => /html-entities|@noble\//.test(i))).toEqual([]);
    expect(built.code).toContain("it has no HTML stripping");
  });

  test("in a host where the core cannot start, it still completes, and honours a recorded decision", async () => {
    // A host whose RegExp constructor throws (a broken or locked-down engine): the core builds some of
    // its patterns with `new RegExp` as it starts, which then fails; the handler's own code (registering,
    // reading the item, the decision, the content hash) builds none. (ES2016 engines run the core: see
    // onsend-es2016.test.ts.)
    const brokenRegExp = `(function(){var R=RegExp;RegExp=function(){throw new SyntaxError("Invalid regular expression");};RegExp.prototype=R.prototype;})();`;
    const failing = fakeOffice(RISKY);
    runInBareContext(brokenRegExp + built.code, { Office: failing.Office });
    const calls = await fire(failing, ON_SEND_ACTION_ID);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.errorMessage).toMatch(/could not check/);

    const hash = snapshotHash(await readSnapshot(officeItemReader(fakeOffice(RISKY).Office)));
    const id = "3f2b1c9e-8d4a-4b6f-9e21-7c5d0a1b2c3d";
    const decided = fakeOffice({ ...RISKY, headers: { [DECISION_HEADER]: id }, session: { [DECISION_SESSION_KEY]: handoffText({ v: 1, decisionId: id, contentHash: hash, outcome: "share" }) } });
    runInBareContext(brokenRegExp + built.code, { Office: decided.Office });
    expect(await fire(decided, ON_SEND_ACTION_ID)).toEqual([{ allowEvent: true }]);
  });
});

describe("a bundle built for a policy that reviews on sentence flags", () => {
  const policy = defaultPolicy(["hertfordshire.gov.uk"]);
  policy.verdict.reviewOnSentenceFlags = true;
  let built: BuildResult;
  beforeAll(async () => {
    built = await build.buildOnSend({ write: false, policy: { internalDomains: ["hertfordshire.gov.uk"], verdict: { reviewOnSentenceFlags: true } } });
  });

  test("keeps the sentence analysis", () => {
    const inBundle = bundledModules(built);
    expect(inBundle).toContain("src/outlook/onsend/checker.ts");
    expect(inBundle).toContain("src/core/check/check-message.ts");
    expect(inBundle).toContain("src/core/content/kinds/classify.ts");
  });

  const OPINION_ONLY: FakeItemInit = {
    to: [{ emailAddress: "a.partner@kent.gov.uk" }],
    subject: "Visit",
    body: "Hi Priya,\n\nThe house was chaotic. Apparently the family is moving.\n\nJo",
  };

  test.each([
    ["plain internal", PLAIN],
    ["risky to webmail", RISKY],
    ["held only for its sentences", OPINION_ONLY],
  ] as [string, FakeItemInit][])("answers as the source does: %s", async (_name, init) => {
    const fromBundle = await fire(load(built.code, init), ON_SEND_ACTION_ID);
    expect(fromBundle).toEqual(await fromSource(init, checkVerdict, policy));
    expect(fromBundle).toEqual(await fromSource(init, checkMessage, policy));
  });

  test("holds a message for its sentence flags, which the default build lets go", async () => {
    expect((await fire(load(built.code, OPINION_ONLY), ON_SEND_ACTION_ID))[0]).toMatchObject({ allowEvent: false });
    expect((await fire(load(built.code, OPINION_ONLY), ON_SEND_ACTION_ID))[0]!.errorMessage).toMatch(/opinion or hearsay/);
    const lean = await build.buildOnSend({ write: false, policy: { internalDomains: ["hertfordshire.gov.uk"] } });
    expect(await fire(load(lean.code, OPINION_ONLY), ON_SEND_ACTION_ID)).toEqual([{ allowEvent: true }]);
  });
});
