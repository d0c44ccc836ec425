import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { checkMessage, type CheckContext } from "../../../src/core/check/check-message";
import { checkVerdict, checkVerdictWithoutSentences, type VerdictCheck } from "../../../src/core/check/check-verdict";
import { type MessageInput, MessageInputSchema, type MessageInputRaw } from "../../../src/core/check/message";
import { defaultPolicy, type Policy } from "../../../src/core/policy/policy";
import { EMAILS } from "../text/fixtures/emails";
import { MORE_EMAILS } from "../text/fixtures/emails-more";
import corpus from "./fixtures/verdict-corpus.json";
import { readLabelledEmails } from "./fixtures/labelled-emails";

/**
 * `checkVerdict` (what Outlook's on-send handler runs) must give exactly `checkMessage`'s verdict, reasons
 * and recipients, for every message and every verdict policy: it skips the sentence analysis only when
 * sentences cannot change the verdict. Checked on every fixture message the repository has, sent to every
 * kind of recipient, and on thousands of generated messages.
 */

/** The verdict part of the full check. */
function fullVerdict(message: MessageInput, context: CheckContext): VerdictCheck {
  const r = checkMessage(message, context);
  return { verdict: r.verdict, verdictReasons: r.verdictReasons, recipients: r.recipients };
}

function withVerdict(policy: Policy, verdict: Partial<Policy["verdict"]>): Policy {
  return { ...policy, verdict: { ...policy.verdict, ...verdict } };
}

const base = defaultPolicy(["hertfordshire.gov.uk"]);
const POLICIES: [string, Policy][] = [
  ["the default policy", base],
  ["a policy that reviews on sentence flags", withVerdict(base, { reviewOnSentenceFlags: true })],
];

/** One of each recipient class, and mixes of them. */
const RECIPIENT_SETS: string[][] = [
  ["kim.lee@hertfordshire.gov.uk"],
  ["jo.bloggs@gmail.com"],
  ["dr.x@nhs.net"],
  ["pc.smith@met.police.uk"],
  ["a.partner@kent.gov.uk"],
  ["trainer@learningcompany.org.uk"],
  ["dr.x@nhs.met"],
  ["dr.x@nhs.nеt"],
  ["someone@police.uk", "x@@y"],
  ['"Jo Bloggs" <jo.bloggs@hotmail.co.uk>', "kim.lee@hertfordshire.gov.uk", "dr.x@nhs.net"],
  [],
];

/** Every body in the repository's fixtures: the verdict corpus, the labelled emails, the text layer's emails, the classifier's sentences. */
function fixtureBodies(): [name: string, body: string, to: string | undefined][] {
  const out: [string, string, string | undefined][] = [];
  corpus.ordinary.forEach((m, i) => out.push([`ordinary ${i + 1}`, m.body, m.to]));
  corpus.case.forEach((m, i) => out.push([`case ${i + 1}`, m.body, m.to]));
  for (const e of readLabelledEmails()) out.push([`labelled: ${e.name}`, e.body, undefined]);
  for (const e of [...EMAILS, ...MORE_EMAILS]) out.push([`text: ${e.name}`, e.body, undefined]);
  const kinds = path.join(__dirname, "../content/kinds/fixtures");
  for (const file of fs.readdirSync(kinds).filter((f) => f.endsWith(".tsv"))) {
    const sentences = fs.readFileSync(path.join(kinds, file), "utf8").split("\n").slice(1).map((l) => l.split("\t")[1] ?? "").filter(Boolean);
    // In paragraphs of eight: a body with sentence flags but no case content is what separates the policies.
    for (let i = 0; i < sentences.length; i += 8) out.push([`${file} ${i / 8 + 1}`, `Hi Priya,\n\n${sentences.slice(i, i + 8).join(" ")}\n\nJo`, undefined]);
  }
  return out;
}

describe.each(POLICIES)("checkVerdict gives checkMessage's verdict, reasons and recipients: %s", (_name, policy) => {
  const bodies = fixtureBodies();

  test("fixture count (a guard against a fixture file silently going missing)", () => {
    expect(bodies.length).toBeGreaterThan(100);
  });

  test.each(bodies)("%s", (_label, body, to) => {
    const sets = to === undefined ? RECIPIENT_SETS : [[to], ...RECIPIENT_SETS];
    for (const recipients of sets) {
      for (const html of [false, true]) {
        const message = MessageInputSchema.parse({ from: "jo.smith@hertfordshire.gov.uk", to: recipients, body: html ? `<p>${body.replace(/\n/g, "<br>")}</p>` : body, html });
        for (const context of [{ policy, senderDomainIsInternal: true }, { policy }] as CheckContext[]) {
          expect(checkVerdict(message, context)).toEqual(fullVerdict(message, context));
        }
      }
    }
  });
});

test("the two policies do differ on a message held only for its sentences (so the comparison above means something)", () => {
  const message = MessageInputSchema.parse({ to: ["a.partner@kent.gov.uk"], body: "Hi Priya,\n\nThe house was chaotic. Apparently the family is moving.\n\nJo" });
  const flags = withVerdict(base, { reviewOnSentenceFlags: true });
  expect(checkVerdict(message, { policy: base }).verdict).toBe("pass");
  expect(checkVerdict(message, { policy: flags })).toEqual(fullVerdict(message, { policy: flags }));
  expect(checkVerdict(message, { policy: flags }).verdict).toBe("review");
});

test("checkVerdictWithoutSentences refuses a policy that reviews on sentence flags rather than answer wrongly", () => {
  const message = MessageInputSchema.parse({ to: ["a@gmail.com"], body: "I think so." });
  expect(() => checkVerdictWithoutSentences(message, { policy: withVerdict(base, { reviewOnSentenceFlags: true }) })).toThrow(/sentence flags/);
  expect(checkVerdictWithoutSentences(message, { policy: base })).toEqual(fullVerdict(message, { policy: base }));
});

/* Generated messages: recipients of every class, bodies built from the pieces that move the verdict. */

const addressArb = fc.oneof(
  fc.constantFrom(
    "kim.lee@hertfordshire.gov.uk", "team@schools.hertfordshire.gov.uk", // internal
    "jo.bloggs@gmail.com", "a.b@hotmail.co.uk", "x@yahoo.com", "m@btinternet.com", "q@proton.me", // personal
    "dr.x@nhs.net", "pc.smith@met.police.uk", "a@cjsm.net", "officer@mod.uk", "a.partner@kent.gov.uk", // secure
    "dr.x@nhs.met", "dr.x@nhs.nеt", "h@g0v.uk", "l@hertfordshlre.gov.uk", "k@secure-nhs.net", "j@nhs.net.co", // lookalike
    "someone@police.uk", "x@@y", "<>", "no-at-sign", "a@b", // invalid
    "trainer@learningcompany.org.uk", "accounts@supplier.co.uk", "m@foo.blogspot.com", "o@city.kawasaki.jp", // unverified
  ),
  fc.tuple(fc.constantFrom("Jo Bloggs", "Dr X", "Kim", "Priya Shah", "nhs.net"), fc.constantFrom("jo.bloggs@gmail.com", "dr.x@nhs.net", "kim.lee@hertfordshire.gov.uk", "p.shah@kent.gov.uk", "x@nhs.met")).map(
    ([name, address]) => `"${name}" <${address}>`,
  ),
  fc.emailAddress(),
);

const piece = fc.constantFrom(
  // greetings and sign-offs (the greeting is matched against recipients)
  "Hi Jo,\n\n", "Dear Dr X,\n\n", "Hello Priya and Kim,\n\n", "Hi all,\n\n", "\n\nKind regards\nSam Jones\nSocial Worker | Children's Services\nTel 01707 000000\n",
  "\n\nThanks\nJo\n",
  // identifiers
  "Her NHS number is 943 476 5919. ", "NI AB 12 34 56 C. ", "DOB 12/03/2015. ", "Born on 3rd March 2014. ", "Call 07700 900123. ", "She lives at AL1 3XY. ",
  "Email sam@example.org. ", "PO 4500123456. ",
  // special category and case vocabulary
  "She is Muslim and pregnant. ", "He has ADHD and the GP thinks he is depressed. ", "Mum disclosed domestic abuse. ", "Dad hit her. ", "The s47 outcome is pending. ",
  "The ICPC is on Friday. ", "The CAMHS referral went in. ", "MARAC meets next week. ", "No harm in asking. ", "The child protection plan is attached. ", "section 47 ",
  // sentence cues
  "I think A is at risk of neglect. ", "The house was chaotic. ", "Apparently the stepfather has a conviction. ", "Ms Evans said the bruise happened at the park. ",
  "I visited at 16:10. ", "In my view, the plan is working. ", "Can we move the meeting to 3pm? ", "The DSL and SENCO will attend. ", "GDPR training is on Monday. ",
  // structure
  "\n", "\n\n", "> ", "\n> Chloe has a bruise on her arm.\n", "\n\n-----Original Message-----\nFrom: Sam Jones <sam@hertfordshire.gov.uk>\nSent: 12 March 2024 10:30\nTo: Jo\nSubject: Chloe\n\nChloe told her teacher dad hit her. NHS 943 476 5919.\n",
  "\n\nOn Mon, 3 Jun 2024 at 09:14, Dave Brown <d.brown@herts.pnn.police.uk> wrote:\n> I think mum is not being honest.\n",
  "\n\n*** This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender. ***\n",
  "\n-- \nSam\n", "• ", "1. ", "e.g. ", "Mr. ", "<b>", "</p>", "&amp;", "\u200b", "é", "😀",
);
const bodyArb = fc.array(fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 24 }).map((parts) => parts.join(""));

const verdictPolicyArb = fc.record({
  reviewExternalCaseContent: fc.boolean(),
  reviewPersonalCaseContent: fc.boolean(),
  reviewAllExternal: fc.boolean(),
  reviewOnSentenceFlags: fc.boolean(),
});

const messageArb = fc.record({
  from: fc.constantFrom(undefined, "jo.smith@hertfordshire.gov.uk", "sam@nhs.net", "me@gmail.com", "a@kent.gov.uk"),
  to: fc.array(addressArb, { maxLength: 5 }),
  cc: fc.array(addressArb, { maxLength: 2 }),
  bcc: fc.array(addressArb, { maxLength: 1 }),
  body: bodyArb,
  html: fc.boolean(),
  listed: fc.boolean(),
});

describe("checkVerdict on generated messages", () => {
  test.each(POLICIES)("equals checkMessage's verdict part (3,000 messages, %s)", (_name, policy) => {
    fc.assert(
      fc.property(messageArb, fc.boolean(), ({ listed, from, ...rest }, senderDomainIsInternal) => {
        const raw: MessageInputRaw = from === undefined ? rest : { ...rest, from };
        if (listed && rest.to[0]) raw.recipientTypes = { [rest.to[0].toLowerCase()]: "distributionList" };
        const message = MessageInputSchema.parse(raw);
        const context: CheckContext = { policy, senderDomainIsInternal, history: new Set(["dr.x@nhs.net"]) };
        expect(checkVerdict(message, context)).toEqual(fullVerdict(message, context));
      }),
      { numRuns: 3_000, seed: 20260211 },
    );
  }, 300_000);

  test("equals checkMessage's verdict part under any verdict policy (2,000 messages)", () => {
    fc.assert(
      fc.property(messageArb, verdictPolicyArb, ({ listed: _listed, from, ...rest }, verdict) => {
        const message = MessageInputSchema.parse(from === undefined ? rest : { ...rest, from });
        const context: CheckContext = { policy: withVerdict(base, verdict), senderDomainIsInternal: true };
        expect(checkVerdict(message, context)).toEqual(fullVerdict(message, context));
      }),
      { numRuns: 2_000, seed: 20260212 },
    );
  }, 300_000);

  test("the generated messages reach both verdicts and every recipient class", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(messageArb, ({ listed: _listed, from, ...rest }) => {
        const r = checkVerdict(MessageInputSchema.parse(from === undefined ? rest : { ...rest, from }), { policy: base });
        seen.add(r.verdict);
        for (const recipient of r.recipients) seen.add(recipient.class);
      }),
      { numRuns: 500, seed: 20260213 },
    );
    expect([...seen].sort()).toEqual(["internal", "invalid", "lookalike", "pass", "personal", "review", "secure", "unverified"]);
  });
});
