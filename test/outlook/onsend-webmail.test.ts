/**
 * The on-send handler carries a shorter webmail list than the core (build/onsend-data.js
 * `handlerProviders`: the common providers and their other domains, instead of all 8,760 names). This
 * proves the claim that lets it: for EVERY name of the full list, the handler's check gives the same
 * verdict and the same hold message as the check with the full list, whoever sends (an organisation's
 * mailbox or a personal account at that very provider), with and without case content, under each policy
 * the build gives the short list to. Recipient classes may differ only as personal → unverified, and the
 * build keeps the whole list for the one kind of policy where that could change a verdict.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { VerdictCheck } from "../../src/core/check/verdict-only";
import type { CheckContext } from "../../src/core/check/verdict-inputs";
import type { MessageInput } from "../../src/core/check/message";
import { defaultPolicy, type Policy } from "../../src/core/policy/policy";
import { outlookCheckContext } from "../../src/outlook/onsend/snapshot";
import { build, bundledModule, data, root } from "./bundle-support";

jest.setTimeout(120_000);

interface Checker {
  checkVerdictWithoutSentences(message: MessageInput, context: CheckContext): VerdictCheck;
}

const ALL = JSON.parse(readFileSync(path.join(root, "node_modules/email-providers/all.json"), "utf8")) as string[];
const CASE = "Kim, the referral for A: NHS number 943 476 5919, date of birth 03/04/2015. Mum says he was hit.";
const PLAIN = "Hi, are we still on for lunch on Friday?";
/** Read by who the reader is: a member of the public greeted at their own address (recipients/public-mailbox.ts). */
const ADDRESSED = "Hi Jordan,\n\nI've chased the council tax exemption and sent them a copy of your leaving care letter.\n\nNadia";

function withVerdict(policy: Policy, verdict: Partial<Policy["verdict"]>): Policy {
  return { ...policy, verdict: { ...policy.verdict, ...verdict } };
}

const base = defaultPolicy(["hertfordshire.gov.uk"]);
/**
 * Policies the build gives the short list to (checked below with `webmailListDecidesVerdict`), with the
 * share of the full list each is run on: every name for the default policy, every fifth for the others
 * (the sweep costs seconds per policy).
 */
const POLICIES: [string, Policy, number][] = [
  ["the default policy; every name", base, 1],
  ["no internal domains; every fifth name", defaultPolicy(), 5],
  ["review every external message; every fifth name", withVerdict(base, { reviewAllExternal: true }), 5],
  ["no personal-address rule; every fifth name", withVerdict(base, { reviewPersonalCaseContent: false }), 5],
];

describe("the handler's webmail list", () => {
  let full: Checker;
  let short: Checker;
  beforeAll(async () => {
    full = await bundledModule<Checker>("src/core/check/check-verdict.ts", true, "all");
    short = await bundledModule<Checker>("src/core/check/check-verdict.ts", true, "handler");
  });

  test("is derived from the maintained lists: the common providers and their other domains", () => {
    const list = data.handlerProviders();
    const common = JSON.parse(readFileSync(path.join(root, "node_modules/email-providers/common.json"), "utf8")) as string[];
    expect(list.length).toBeLessThan(ALL.length / 8);
    for (const d of common) expect(list).toContain(d.toLowerCase());
    for (const d of ["gmail.com", "hotmail.co.uk", "outlook.com", "live.co.uk", "yahoo.co.uk", "icloud.com", "btinternet.com", "sky.com", "virginmedia.com"]) {
      expect(list).toContain(d);
    }
    const all = new Set(ALL.map((d) => d.toLowerCase()));
    for (const d of list) expect(all.has(d)).toBe(true);
  });

  test.each(POLICIES)("gives the same verdict and hold message for the webmail names (%s)", (_name, policy, step) => {
    expect(data.webmailListDecidesVerdict(policy.verdict)).toBe(false);
    const differ: string[] = [];
    const classes = new Set<string>();
    for (let i = 0; i < ALL.length; i += step) {
      const domain = ALL[i]!;
      // An organisation's mailbox to the provider; a personal account at the provider to another of its
      // users (no account type takes the same path); an organisation whose own domain the list names.
      for (const [from, accountType] of [
        ["sam@hertfordshire.gov.uk", "office365"],
        [`sam@${domain}`, "outlookCom"],
        [`sam@${domain}`, "office365"],
      ] as const) {
        for (const body of [CASE, PLAIN, ADDRESSED]) {
          const message: MessageInput = { from, to: [`kim@${domain}`], cc: [], bcc: [], subject: "Referral", body, html: false };
          const context = outlookCheckContext(policy, accountType);
          const a = full.checkVerdictWithoutSentences(message, context);
          const b = short.checkVerdictWithoutSentences(message, context);
          if (a.verdict !== b.verdict || JSON.stringify(a.verdictReasons) !== JSON.stringify(b.verdictReasons)) differ.push(`${from} → ${domain}`);
          const ca = a.recipients[0]?.class;
          const cb = b.recipients[0]?.class;
          if (ca !== cb) classes.add(`${ca}→${cb}`);
        }
      }
    }
    expect(differ).toEqual([]);
    // The only class change is a rarer webmail name read as unverified (still external) instead of personal.
    expect([...classes].filter((c) => c !== "personal→unverified")).toEqual([]);
    expect(classes.has("personal→unverified")).toBe(true);
  });

  test("a policy where the list could decide the verdict gets the whole list", async () => {
    const onlyPersonal = withVerdict(base, { reviewExternalCaseContent: false, reviewPersonalCaseContent: true });
    expect(data.webmailListDecidesVerdict(onlyPersonal.verdict)).toBe(true);
    const built = await build.buildOnSend({ write: false, policy: onlyPersonal });
    expect(built.webmail).toBe("all");
    const shortBuild = await build.buildOnSend({ write: false, policy: base });
    expect(shortBuild.webmail).toBe("handler");
    expect(built.gzipBytes - shortBuild.gzipBytes).toBeGreaterThan(20_000);
    const asked = await build.buildOnSend({ write: false, policy: base, webmailList: "all" });
    expect(asked.webmail).toBe("all");
  });
});
