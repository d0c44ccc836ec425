/**
 * The handler bundle replaces three data modules with compact forms (build/onsend-data.js). These tests
 * prove the core gets the same answers from them: the same webmail set, the same public-suffix results
 * for every rule in the list, and skeletons that compare alike with every trusted (ASCII) domain.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CheckResult } from "../../src/core/check/result";
import type { MessageInput } from "../../src/core/check/message";
import { defaultPolicy, type Policy } from "../../src/core/policy/policy";
import { bundledModule, data, root } from "./bundle-support";

jest.setTimeout(30_000);

interface Tldts {
  parse(host: string, options?: Record<string, unknown>): Record<string, unknown>;
  getDomain(host: string): string | null;
}
interface Skeleton {
  skeleton(text: string): string;
  domainSkeleton(domain: string): string;
}
interface Check {
  checkMessage(message: MessageInput, context: { policy: Policy; senderDomainIsInternal?: boolean }): CheckResult;
}

test("email-providers: the front-coded list decodes to exactly the same set", () => {
  const original = JSON.parse(readFileSync(path.join(root, "node_modules/email-providers/all.json"), "utf8")) as string[];
  const decode = new Function(`return (${data.decodeProvidersSource})`)() as (text: string) => string[];
  const decoded = decode(data.encodeProviders(original));
  expect(new Set(decoded)).toEqual(new Set(original));
  expect(decoded.length).toBe(new Set(original).size);
});

describe("tldts with the compact ICANN trie", () => {
  let full: Tldts;
  let compact: Tldts;
  beforeAll(async () => {
    full = await bundledModule<Tldts>("node_modules/tldts/dist/es6/index.js", false);
    compact = await bundledModule<Tldts>("node_modules/tldts/dist/es6/index.js", true);
  });

  /** Every rule of the public suffix list (ICANN and private), as hosts at, under and beside it. */
  function hosts(): string[] {
    const text = readFileSync(path.join(root, "node_modules/tldts/dist/es6/src/data/trie.js"), "utf8");
    const labels = /labelText = "([^"]*)"/.exec(text)?.[1] ?? "";
    const words = labels.match(/[a-z0-9-]{2,12}/g) ?? [];
    const out = new Set<string>(["com", "uk", "x.uk", "met.police.uk", "police.uk", "nhs.net", "a.nhs.met", "www.ck", "x.www.ck", "city.kawasaki.jp", "a.b.kawasaki.jp", "foo.blogspot.com", "a.b.github.io", "s3.amazonaws.com", "x.compute.amazonaws.com", "xn--p1ai", "a.xn--p1ai", "a..b.com", ".com", "com."]);
    const rules = listRules();
    for (const rule of rules) {
      const r = rule.replace(/^\*\./, "wild.");
      out.add(r);
      out.add(`a.${r}`);
      out.add(`b.a.${r}`);
    }
    for (let i = 0; i + 1 < words.length && i < 4000; i += 2) out.add(`${words[i]}.${words[i + 1]}`);
    return [...out];
  }

  /** The rules, read back from tldts's own trie. */
  function listRules(): string[] {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const t = require(path.join(root, "node_modules/tldts/dist/cjs/src/data/trie.js")) as {
      nodeFlags: Uint8Array; edgeStart: Uint16Array; edgeLength: Uint8Array; edgeChild: Uint16Array; labelText: string; rulesRoot: number; exceptionsRoot: number;
    };
    const offsets: number[] = [];
    for (let e = 0, o = 0; e < t.edgeLength.length; e++) {
      offsets.push(o);
      o += t.edgeLength[e]!;
    }
    const out: string[] = [];
    const walk = (node: number, suffix: string, prefix: string) => {
      for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++) {
        const label = t.labelText.slice(offsets[e], offsets[e]! + t.edgeLength[e]!);
        const name = suffix ? `${label}.${suffix}` : label;
        if (t.nodeFlags[t.edgeChild[e]!]) out.push(prefix + name);
        walk(t.edgeChild[e]!, name, prefix);
      }
    };
    walk(t.rulesRoot, "", "");
    walk(t.exceptionsRoot, "", "");
    return out;
  }

  test("parse and getDomain agree with the full trie on every rule", () => {
    const all = hosts();
    expect(all.length).toBeGreaterThan(30_000);
    const differ: string[] = [];
    for (const host of all) {
      const a = full.parse(host, { extractHostname: false, validateHostname: false });
      const b = compact.parse(host, { extractHostname: false, validateHostname: false });
      if (JSON.stringify(a) !== JSON.stringify(b) || full.getDomain(host) !== compact.getDomain(host)) differ.push(host);
    }
    expect(differ).toEqual([]);
  });

  test("the private section is really gone (that is where the size went)", () => {
    expect(full.parse("foo.blogspot.com", { allowPrivateDomains: true }).publicSuffix).toBe("blogspot.com");
    expect(compact.parse("foo.blogspot.com", { allowPrivateDomains: true }).publicSuffix).toBe("com");
  });
});

describe("confusable skeletons with the reduced table", () => {
  let full: Skeleton;
  let compact: Skeleton;
  beforeAll(async () => {
    full = await bundledModule<Skeleton>("src/core/recipients/confusable-skeleton.ts", false);
    compact = await bundledModule<Skeleton>("src/core/recipients/confusable-skeleton.ts", true);
  });

  test("ASCII domains have exactly the same skeleton", () => {
    for (const d of ["nhs.net", "cjsm.net", "police.uk", "mod.uk", "gov.uk", "hertfordshire.gov.uk", "rnod.uk", "g0v.uk", "1ondon.gov.uk", "paypa1.com", "xn--e1afmkfd.xn--p1ai"]) {
      expect(compact.domainSkeleton(d)).toBe(full.domainSkeleton(d));
    }
  });

  test("every confusable character and mixed strings compare alike with ASCII", () => {
    const table = data.confusablesTable();
    const differ: string[] = [];
    for (const ch of Object.keys(table)) {
      for (const text of [ch, `nhs.ne${ch}`, `${ch}${ch}.uk`]) {
        if (data.asciiClass(compact.skeleton(text)) !== data.asciiClass(full.skeleton(text))) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
  });

  test("a policy with a Unicode trusted domain keeps the whole table", () => {
    expect(data.trustedDomainsAreAscii(defaultPolicy(["hertfordshire.gov.uk"]))).toBe(true);
    expect(data.trustedDomainsAreAscii(defaultPolicy(["münchen.de"]))).toBe(false);
    expect(data.trustedDomainsAreAscii(defaultPolicy(["xn--mnchen-3ya.de"]))).toBe(false);
  });
});

describe("the whole check with the compact data", () => {
  let full: Check;
  let compact: Check;
  beforeAll(async () => {
    full = await bundledModule<Check>("src/core/check/check-message.ts", false);
    compact = await bundledModule<Check>("src/core/check/check-message.ts", true);
  });

  const recipients = [
    "kim@hertfordshire.gov.uk", "a@nhs.net", "b@met.police.uk", "c@gmail.com", "d@hotmail.co.uk", "e@btinternet.com",
    "f@nhs.met", "g@nhs.nеt", "h@g0v.uk", "i@rnod.uk", "j@nhs.net.co", "k@secure-nhs.net", "l@hertfordshlre.gov.uk",
    "m@foo.blogspot.com", "n@a.b.github.io", "o@city.kawasaki.jp", "p@x.www.ck", "q@police.uk", "r@example.invalidtld",
    "s@xn--80ak6aa92e.com", "t@аррӏе.com", "u@münchen.de", "v@mail.ru", "w@yandex.ru", "x@0815.ru", "y@proton.me", "z@cjsm.net",
  ];
  const bodies = [
    "Hi, are we still on for Friday?",
    "I think the child is at risk of neglect. Her NHS number is 943 476 5919 and DOB 01/02/2015.",
    "Mum said he was hit. He has ADHD and the GP thinks he is depressed.",
  ];

  test("every webmail domain is still personal", () => {
    const providers = JSON.parse(readFileSync(path.join(root, "node_modules/email-providers/all.json"), "utf8")) as string[];
    const policy = defaultPolicy(["hertfordshire.gov.uk"]);
    const to = providers.map((d, i) => `user${i}@${d}`);
    const message: MessageInput = { from: "sam@hertfordshire.gov.uk", to, cc: [], bcc: [], subject: "s", body: "Hello", html: false };
    const a = full.checkMessage(message, { policy, senderDomainIsInternal: true }).recipients.map((r) => r.class);
    const b = compact.checkMessage(message, { policy, senderDomainIsInternal: true }).recipients.map((r) => r.class);
    expect(b).toEqual(a);
  });

  test("verdicts, reasons and recipient classes are identical", () => {
    for (const policy of [defaultPolicy(["hertfordshire.gov.uk"]), defaultPolicy([])]) {
      for (const body of bodies) {
        for (const to of recipients) {
          const message: MessageInput = { from: "sam@hertfordshire.gov.uk", to: [to], cc: [], bcc: [], subject: "s", body, html: false };
          const a = full.checkMessage(message, { policy, senderDomainIsInternal: true });
          const b = compact.checkMessage(message, { policy, senderDomainIsInternal: true });
          expect({ to, verdict: b.verdict, reasons: b.verdictReasons, recipients: b.recipients }).toEqual({ to, verdict: a.verdict, reasons: a.verdictReasons, recipients: a.recipients });
        }
      }
    }
  });
});
