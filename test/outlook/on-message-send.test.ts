import { checkVerdict } from "../../src/core/check/check-verdict";
import { defaultPolicy } from "../../src/core/policy/policy";
import { handoffText } from "../../src/outlook/handoff";
import { DECISION_CUSTOM_PROPERTY, DECISION_HEADER, DECISION_SESSION_KEY, TASK_PANE_COMMAND_ID } from "../../src/outlook/ids";
import { MESSAGE_LIMIT } from "../../src/outlook/onsend/alert-text";
import { hostTimers } from "../../src/outlook/onsend/completion";
import { officeItemReader } from "../../src/outlook/onsend/office-adapter";
import { type CheckVerdict, onMessageSend } from "../../src/outlook/onsend/on-message-send";
import { handlerSettings, type HandlerSettings } from "../../src/outlook/onsend/settings";
import { readSnapshot, snapshotHash } from "../../src/outlook/onsend/snapshot";
import { countingEvent, type FakeItemInit, fakeOffice, settle } from "./fake-office";

const policy = defaultPolicy(["hertfordshire.gov.uk"]);
const settings = handlerSettings(policy);

const RISKY: FakeItemInit = {
  to: [{ emailAddress: "jo.bloggs@gmail.com", displayName: "Jo Bloggs" }],
  subject: "Concern about A",
  body: "Hello Jo,\n\nI think A is at risk of neglect. Her NHS number is 943 476 5919.\n\nSam",
};
const PLAIN: FakeItemInit = {
  to: [{ emailAddress: "kim.lee@hertfordshire.gov.uk", displayName: "Kim Lee", recipientType: "user" }],
  subject: "Lunch",
  body: "Hi Kim, are we still on for lunch on Friday? Sam",
};
const DECISION_ID = "3f2b1c9e-8d4a-4b6f-9e21-7c5d0a1b2c3d";

function run(init: FakeItemInit, options: { settings?: HandlerSettings; check?: () => Promise<CheckVerdict>; throws?: boolean } = {}) {
  const fake = fakeOffice(init);
  const event = countingEvent({ throws: options.throws ?? false });
  const check = options.check ?? (() => Promise.resolve(checkVerdict));
  const outcome = onMessageSend(event, {
    reader: () => officeItemReader(fake.Office),
    check,
    settings: options.settings ?? settings,
    timers: hostTimers(),
  });
  return { fake, event, outcome };
}

/** The content hash the pane would store for this item. */
async function hashOf(init: FakeItemInit): Promise<string> {
  return snapshotHash(await readSnapshot(officeItemReader(fakeOffice(init).Office)));
}

describe("onMessageSend: the verdict", () => {
  test("a plain internal note is sent, completing once", async () => {
    const { event, outcome } = run(PLAIN);
    expect((await outcome).reason).toBe("pass");
    expect(event.calls).toEqual([{ allowEvent: true }]);
  });

  test("case content to a personal address is held with the reasons and the way to the pane", async () => {
    const { event, outcome } = run(RISKY);
    const o = await outcome;
    expect(o.reason).toBe("review");
    expect(o.verdict).toBe("review");
    expect(event.calls).toHaveLength(1);
    const c = event.calls[0]!;
    expect(c.allowEvent).toBe(false);
    expect(c.errorMessage).toMatch(/needs a decision/);
    expect(c.errorMessage).toMatch(/jo\.bloggs@gmail\.com/);
    expect(c.errorMessage).toMatch(/NHS number/);
    expect(c.errorMessage!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(c.errorMessageMarkdown!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(c.errorMessageMarkdown).toMatch(/^\*\*This email needs a decision/);
    expect(c.commandId).toBe(TASK_PANE_COMMAND_ID);
    expect(c.cancelLabel).toBe("Review in SafeShare");
    expect(c.cancelLabel!.length).toBeLessThanOrEqual(20);
    const context = JSON.parse(c.contextData!) as { reason: string; contentHash?: string };
    expect(context.reason).toBe("review");
    // The pane hashes the item itself; the handler does not hash a body it only needed to check.
    expect(context.contentHash).toBeUndefined();
  });

  describe("the sender's domain is internal only for an organisation's mailbox (userProfile.accountType)", () => {
    // Settings with no internal domains: colleagues are internal only by the sender's own domain.
    const bare = handlerSettings(defaultPolicy());
    const toColleague = (from: string): FakeItemInit => ({
      from,
      to: [{ emailAddress: `kim@${from.split("@")[1]}`, displayName: "Kim", recipientType: "user" }],
      subject: "Referral",
      body: "Kim, the referral for A: NHS number 943 476 5919, date of birth 03/04/2015.",
    });
    test.each([
      ["office365", "sam@hopetrust.org.uk", "pass"],
      ["enterprise", "sam@hopetrust.org.uk", "pass"],
      ["outlookCom", "sam@hopetrust.org.uk", "review"],
      ["gmail", "sam@hopetrust.org.uk", "review"],
      [null, "sam@hopetrust.org.uk", "review"],
      // A tenant's default domain: another tenant under onmicrosoft.com is not a colleague.
      ["office365", "sam@contoso.onmicrosoft.com", "pass"],
    ] as const)("account type %s, from %s → %s", async (accountType, from, expected) => {
      const fake = fakeOffice({ ...toColleague(from), accountType });
      const event = countingEvent({ throws: false });
      const o = await onMessageSend(event, { reader: () => officeItemReader(fake.Office), check: () => Promise.resolve(checkVerdict), settings: bare, timers: hostTimers() });
      expect(o.reason).toBe(expected);
    });

    test("another tenant's onmicrosoft.com address is held", async () => {
      const init: FakeItemInit = { ...toColleague("sam@contoso.onmicrosoft.com"), to: [{ emailAddress: "kim@kent-gov.onmicrosoft.com", displayName: "Kim" }] };
      const fake = fakeOffice(init);
      const event = countingEvent({ throws: false });
      const o = await onMessageSend(event, { reader: () => officeItemReader(fake.Office), check: () => Promise.resolve(checkVerdict), settings: bare, timers: hostTimers() });
      expect(o.reason).toBe("review");
    });
  });

  test("recipient types and display names reach the check", async () => {
    const seen: unknown[] = [];
    const spy: CheckVerdict = (message, context) => {
      seen.push(message);
      return checkVerdict(message, context);
    };
    const { outcome } = run(
      { ...PLAIN, to: [{ emailAddress: "all-staff@hertfordshire.gov.uk", displayName: "All Staff", recipientType: "distributionList" }] },
      { check: () => Promise.resolve(spy) },
    );
    await outcome;
    expect(seen[0]).toMatchObject({
      from: "sam.jones@hertfordshire.gov.uk",
      to: ['"All Staff" <all-staff@hertfordshire.gov.uk>'],
      recipientTypes: { "all-staff@hertfordshire.gov.uk": "distributionList" },
      html: false,
    });
  });
});

describe("onMessageSend: recorded decisions", () => {
  async function withDecision(outcome: "share" | "do-not-share", change: Partial<FakeItemInit> = {}, header = DECISION_ID): Promise<FakeItemInit> {
    const contentHash = await hashOf(RISKY);
    return {
      ...RISKY,
      ...change,
      headers: { [DECISION_HEADER]: header },
      session: { [DECISION_SESSION_KEY]: handoffText({ v: 1, decisionId: DECISION_ID, contentHash, outcome }) },
    };
  }

  test("a decision to share this exact content lets it go, without loading the check", async () => {
    const check = jest.fn(() => Promise.resolve(checkVerdict));
    const { event, outcome } = run(await withDecision("share"), { check });
    expect((await outcome).reason).toBe("decision");
    expect(event.calls).toEqual([{ allowEvent: true }]);
    expect(check).not.toHaveBeenCalled();
  });

  test("the decision survives Outlook's text round trip (line endings, no-break spaces)", async () => {
    const item = await withDecision("share", { body: RISKY.body!.replace(/\n/g, "\r\n").replace("Hello Jo", "Hello\u00a0Jo") });
    const { outcome } = run(item);
    expect((await outcome).reason).toBe("decision");
  });

  test("editing the message after the decision asks again", async () => {
    const item = await withDecision("share", { body: `${RISKY.body} Her address is 1 High Street.` });
    const { event, outcome } = run(item);
    expect((await outcome).reason).toBe("review");
    expect(event.calls[0]!.allowEvent).toBe(false);
  });

  test("adding a recipient after the decision asks again", async () => {
    const item = await withDecision("share", { cc: [{ emailAddress: "someone@yahoo.co.uk" }] });
    expect((await run(item).outcome).reason).toBe("review");
  });

  test("a header that does not match the handoff does not count", async () => {
    const item = await withDecision("share", {}, "00000000-0000-4000-8000-000000000000");
    expect((await run(item).outcome).reason).toBe("review");
  });

  test("a handoff without the header does not count", async () => {
    const item = await withDecision("share");
    delete item.headers;
    expect((await run(item).outcome).reason).toBe("review");
  });

  test("a decision not to share holds the message, saying so", async () => {
    const { event, outcome } = run(await withDecision("do-not-share"));
    expect((await outcome).reason).toBe("declined");
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]!.errorMessage).toMatch(/decision not to share/);
    expect(event.calls[0]!.commandId).toBe(TASK_PANE_COMMAND_ID);
  });

  test("custom properties stand in for session data on older clients", async () => {
    const item = await withDecision("share");
    const text = item.session![DECISION_SESSION_KEY]!;
    const older: FakeItemInit = { ...item, without: ["sessionData"], customProperties: { [DECISION_CUSTOM_PROPERTY]: text } };
    expect((await run(older).outcome).reason).toBe("decision");
  });

  test("malformed handoffs are ignored", async () => {
    const item: FakeItemInit = { ...RISKY, headers: { [DECISION_HEADER]: DECISION_ID }, session: { [DECISION_SESSION_KEY]: "{not json" } };
    expect((await run(item).outcome).reason).toBe("review");
  });
});

describe("onMessageSend: failures complete exactly once", () => {
  test.each(["fail", "throw"] as const)("the body read that does %s holds the message by default", async (mode) => {
    const { event, outcome } = run({ ...RISKY, behave: { body: mode } });
    const o = await outcome;
    expect(o.reason).toBe("failure");
    expect(event.calls).toHaveLength(1);
    expect(event.calls[0]).toMatchObject({ allowEvent: false, commandId: TASK_PANE_COMMAND_ID, cancelLabel: "Review in SafeShare" });
    expect(event.calls[0]!.errorMessage).toMatch(/could not check/);
    expect(JSON.parse(event.calls[0]!.contextData!)).toMatchObject({ reason: "check-failed" });
  });

  test("with the allow policy a failure lets the message go", async () => {
    const { event } = run({ ...RISKY, behave: { to: "fail" } }, { settings: handlerSettings(policy, { onFailure: "allow" }) });
    await event.done;
    await settle();
    expect(event.calls).toEqual([{ allowEvent: true }]);
  });

  test("missing optional APIs are not failures", async () => {
    const { outcome } = run({ ...PLAIN, without: ["from", "internetHeaders", "sessionData", "loadCustomPropertiesAsync", "notificationMessages"] });
    expect((await outcome).reason).toBe("pass");
  });

  test("an optional API that fails is not a failure", async () => {
    const { outcome } = run({ ...PLAIN, behave: { internetHeaders: "fail", sessionData: "throw", from: "fail" } });
    expect((await outcome).reason).toBe("pass");
  });

  test("no item to read is a failure", async () => {
    const fake = fakeOffice(RISKY);
    fake.Office.context.mailbox.item = null;
    const event = countingEvent();
    const o = await onMessageSend(event, { reader: () => officeItemReader(fake.Office), check: () => Promise.resolve(checkVerdict), settings });
    expect(o.reason).toBe("failure");
    expect(event.calls).toHaveLength(1);
  });

  test("a check that cannot load is a failure", async () => {
    const { event, outcome } = run(RISKY, { check: () => Promise.reject(new SyntaxError("Invalid regular expression")) });
    expect((await outcome).reason).toBe("failure");
    expect(event.calls).toHaveLength(1);
  });

  test("a check that throws is a failure", async () => {
    const { event, outcome } = run(RISKY, { check: () => Promise.resolve((() => { throw new Error("boom"); }) as CheckVerdict) });
    expect((await outcome).reason).toBe("failure");
    expect(event.calls).toHaveLength(1);
  });

  test("an API that never calls back is cut off by the time limit", async () => {
    const quick = handlerSettings(policy, { timeoutMs: 40 });
    const { event, fake, outcome } = run({ ...RISKY, behave: { body: "never" } }, { settings: quick });
    const first = await event.done;
    expect(first).toMatchObject({ allowEvent: false });
    expect(first!.errorMessage).toMatch(/could not check/);
    // The late answer arrives after the time limit: the race must not complete the event again.
    for (const deliver of fake.pending) deliver();
    expect((await outcome).reason).toBe("timeout");
    await settle(20);
    expect(event.calls).toHaveLength(1);
  });

  test("a slow check after the time limit does not complete again", async () => {
    const quick = handlerSettings(policy, { timeoutMs: 20 });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const { event, outcome } = run(RISKY, { settings: quick, check: () => gate.then(() => checkVerdict) });
    await event.done;
    release();
    expect((await outcome).reason).toBe("timeout");
    await settle(10);
    expect(event.calls).toHaveLength(1);
  });

  test("a host that throws from completed is not called twice", async () => {
    const { event, outcome } = run(RISKY, { throws: true });
    expect((await outcome).reason).toBe("review");
    await settle(10);
    expect(event.calls).toHaveLength(1);
  });

  test("without timers the handler still completes once", async () => {
    const fake = fakeOffice(PLAIN);
    const event = countingEvent();
    const o = await onMessageSend(event, { reader: () => officeItemReader(fake.Office), check: () => Promise.resolve(checkVerdict), settings, timers: undefined });
    expect(o.reason).toBe("pass");
    expect(event.calls).toHaveLength(1);
  });
});

describe("onMessageSend: attachments (getAttachmentsAsync, Mailbox 1.8)", () => {
  const toCouncil = [{ emailAddress: "t.reed@essex.gov.uk", displayName: "Tom Reed" }];

  test("a file named for a child and leaving the organisation is held, though the body says nothing", async () => {
    const { fake, event, outcome } = run({ to: toCouncil, subject: "Documents", body: "Hi Tom, please see attached. Sam", attachments: [{ name: "Safety plan - O Kemp.docx" }] });
    expect((await outcome).reason).toBe("review");
    expect(fake.calls).toContain("attachments");
    expect(event.calls[0]!.errorMessage).toContain("Safety plan - O Kemp.docx");
  });

  test("a blank template goes through", async () => {
    const { outcome } = run({ to: toCouncil, subject: "Form", body: "Hi Tom, the form you asked for. Sam", attachments: [{ name: "MASH referral form - blank template.docx" }] });
    expect((await outcome).reason).toBe("pass");
  });

  test("an inline image (a signature logo) is not an attachment that is shared", async () => {
    const { outcome } = run({ to: toCouncil, subject: "Room", body: "Hi Tom, room 4 is booked. Sam", attachments: [{ name: "referral.png", isInline: true }] });
    expect((await outcome).reason).toBe("pass");
  });

  test("a failed read of the attachments is a failed check: the failure policy holds it", async () => {
    const { outcome } = run({ ...PLAIN, attachments: [{ name: "x.docx" }], behave: { attachments: "fail" } });
    expect((await outcome).reason).toBe("failure");
  });

  test("a client without getAttachmentsAsync is read as having no attachments", async () => {
    const { outcome } = run({ ...PLAIN, without: ["getAttachmentsAsync"] });
    expect((await outcome).reason).toBe("pass");
  });

  test("a decision covers the files: adding one after recording changes the content hash; their order does not", async () => {
    const base = await hashOf(PLAIN);
    const one = await hashOf({ ...PLAIN, attachments: [{ name: "a.docx" }] });
    const two = await hashOf({ ...PLAIN, attachments: [{ name: "a.docx" }, { name: "b.pdf" }] });
    const swapped = await hashOf({ ...PLAIN, attachments: [{ name: "b.pdf" }, { name: "a.docx" }] });
    expect(new Set([base, one, two]).size).toBe(3);
    expect(swapped).toBe(two);
    expect(await hashOf({ ...PLAIN, attachments: [{ name: "logo.png", isInline: true }] })).toBe(base);
  });
});
