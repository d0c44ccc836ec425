/// <reference types="office-js" />
import { createHash } from "node:crypto";
import { canonicalContent, contentHash, utf8Bytes } from "../../src/core/check/content-hash";
import { defaultPolicy } from "../../src/core/policy/policy";
import { checkVerdict } from "../../src/core/check/check-verdict";
import { decisionMatch, handoffFrom, handoffText, isDecisionHandoff } from "../../src/outlook/handoff";
import { RECIPIENT_NOTICE_KEY } from "../../src/outlook/ids";
import { dialogSupportOf, escapeMarkdown, fitToClient, markdownMessage, MESSAGE_LIMIT, plainMessage, reviewAlert } from "../../src/outlook/onsend/alert-text";
import { completionOnce, type Timers } from "../../src/outlook/onsend/completion";
import { callAsync, OfficeCallError, officeItemReader, recipientList } from "../../src/outlook/onsend/office-adapter";
import type { ComposeItemLike, MailboxEventLike, OfficeLike } from "../../src/outlook/onsend/office-types";
import { NOTICE_LIMIT, onRecipientsChanged } from "../../src/outlook/onsend/on-recipients-changed";
import { handlerSettings } from "../../src/outlook/onsend/settings";
import { mailboxText } from "../../src/outlook/onsend/snapshot";
import { countingEvent, fakeOffice } from "./fake-office";

const settings = handlerSettings(defaultPolicy(["hertfordshire.gov.uk"]));

describe("the Office types fit @types/office-js", () => {
  test("the real compose item, event and Office global are assignable to the adapter's shapes", () => {
    // Compile-time checks: tsc fails this file if Office.js's own types stop fitting.
    type Fits<A, B> = A extends B ? true : false;
    const item: Fits<Office.MessageCompose, ComposeItemLike> = true;
    const event: Fits<Office.MailboxEvent, MailboxEventLike> = true;
    const completed: Fits<Parameters<MailboxEventLike["completed"]>[0], Office.SmartAlertsEventCompletedOptions | undefined> = true;
    expect([item, event, completed]).toEqual([true, true, true]);
  });
});

describe("completionOnce", () => {
  function manualTimers(): Timers & { fire: () => void; cleared: number } {
    let pending: (() => void) | undefined;
    const t = {
      cleared: 0,
      setTimeout: (cb: () => void) => ((pending = cb), 1),
      clearTimeout: () => {
        t.cleared++;
        pending = undefined;
      },
      fire: () => pending?.(),
    };
    return t;
  }

  test("the first completion wins and clears the timer", () => {
    const event = countingEvent();
    const timers = manualTimers();
    const c = completionOnce(event, { timeoutMs: 100, onTimeout: () => ({ allowEvent: false }), timers });
    expect(c.complete({ allowEvent: true }, "pass")).toBe(true);
    expect(c.complete({ allowEvent: false }, "review")).toBe(false);
    timers.fire();
    expect(event.calls).toEqual([{ allowEvent: true }]);
    expect(timers.cleared).toBe(1);
    expect(c.reason).toBe("pass");
  });

  test("the timer completes with the fallback, once", () => {
    const event = countingEvent();
    const timers = manualTimers();
    const c = completionOnce(event, { timeoutMs: 100, onTimeout: () => ({ allowEvent: false, errorMessage: "x" }), timers });
    timers.fire();
    expect(c.complete({ allowEvent: true }, "pass")).toBe(false);
    expect(event.calls).toEqual([{ allowEvent: false, errorMessage: "x" }]);
    expect(c.reason).toBe("timeout");
  });

  test("a fallback that throws still completes (holding)", () => {
    const event = countingEvent();
    const timers = manualTimers();
    completionOnce(event, { timeoutMs: 100, onTimeout: () => { throw new Error("x"); }, timers });
    timers.fire();
    expect(event.calls).toEqual([{ allowEvent: false }]);
  });

  test("completing with no options calls completed() bare", () => {
    const event = countingEvent();
    completionOnce(event, { timeoutMs: 0, onTimeout: () => undefined }).complete(undefined, "done");
    expect(event.calls).toEqual([undefined]);
  });
});

describe("the adapter", () => {
  test("callAsync turns failure, a missing result and a throw into OfficeCallError", async () => {
    await expect(callAsync("x", "succeeded", (cb) => cb({ status: "succeeded", value: 7 }))).resolves.toBe(7);
    await expect(callAsync("x", "succeeded", (cb) => cb({ status: "failed", value: undefined, error: { message: "no", code: 9020 } }))).rejects.toMatchObject({ api: "x", code: 9020 });
    await expect(callAsync("x", "succeeded", (cb) => cb(undefined as never))).rejects.toBeInstanceOf(OfficeCallError);
    await expect(callAsync("x", "succeeded", () => { throw new Error("sync"); })).rejects.toThrow(/x failed: sync/);
  });

  test("recipient lists are checked for shape", () => {
    expect(recipientList([{ emailAddress: "a@b.org", displayName: "A", recipientType: "user" }])).toEqual([{ emailAddress: "a@b.org", displayName: "A", recipientType: "user" }]);
    expect(recipientList(null)).toEqual([]);
    expect(recipientList([{ displayName: "no address" }])).toBeUndefined();
    expect(recipientList("a@b.org")).toBeUndefined();
  });

  test("a header is read by name, whatever case Outlook returns it in", async () => {
    const fake = fakeOffice();
    const item = fake.Office.context.mailbox.item as unknown as { internetHeaders: { getAsync: unknown } };
    item.internetHeaders.getAsync = (_names: string[], cb: (r: unknown) => void) => cb({ status: "succeeded", value: { "X-SafeShare-Decision": "abc" } });
    await expect(officeItemReader(fake.Office).internetHeader("x-safeshare-decision")).resolves.toBe("abc");
  });

  test("the From address falls back to the signed-in user", async () => {
    const fake = fakeOffice({ without: ["from"] }, "me@hertfordshire.gov.uk");
    await expect(officeItemReader(fake.Office).fromAddress()).resolves.toBe("me@hertfordshire.gov.uk");
  });

  test("display names are quoted for the core, without escapes (the core's own scanner reads every one)", () => {
    expect(mailboxText({ emailAddress: "a@b.org", displayName: 'Smith, "Jo"' })).toBe('"Smith, Jo" <a@b.org>');
    expect(mailboxText({ emailAddress: "a@b.org", displayName: 'C:\\share\\"x"' })).toBe('"C: share x" <a@b.org>');
    expect(mailboxText({ emailAddress: "a@b.org", displayName: "A@B.org" })).toBe("a@b.org");
  });
});

describe("the dialog text", () => {
  test("long reasons are shortened to Outlook's 500 characters, in both forms", () => {
    const reasons = [`It leaves your organisation (${"x".repeat(600)}@gmail.com) and carries case information.`, "Second * reason_with [markdown].", "Third."];
    const c = reviewAlert(reasons, settings);
    expect(c.errorMessage!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(c.errorMessageMarkdown!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(c.errorMessage).toMatch(/and 1 more in SafeShare/);
    expect(c.errorMessageMarkdown).toContain("Second \\* reason\\_with \\[markdown\\]");
    expect(c.errorMessageMarkdown).toContain("**Review in SafeShare**");
  });

  test("list items end with \\r as Outlook's Markdown wants", () => {
    const md = markdownMessage("Head.", ["One.", "Two."], undefined, "Select Go.", "Go");
    expect(md).toBe("**Head.**\n\n- One.\r- Two.\r\n\nSelect **Go**.");
    expect(plainMessage("Head.", ["One."], undefined, "Act.")).toBe("Head.\n- One.\nAct.");
    expect(escapeMarkdown("a_b*c")).toBe("a\\_b\\*c");
  });
});

describe("contentHash", () => {
  const base = { to: ["Jo <Jo.Bloggs@Example.ORG>", "b@x.org"], cc: [], bcc: [], subject: "Re:  case", body: "Line one.\r\n\r\nLine\u00a0two." };

  test("is stable across order, case, display names and whitespace shape", () => {
    const h = contentHash(base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash({ ...base, to: ["b@x.org", "jo.bloggs@example.org."], subject: "Re: case", body: "Line one.\n\nLine two.\n" })).toBe(h);
    expect(contentHash({ ...base, body: "Line\u200b one. Line two." })).toBe(h);
  });

  test("changes with any word, digit, recipient or field move", () => {
    const h = contentHash(base);
    expect(contentHash({ ...base, body: "Line one. Line three." })).not.toBe(h);
    expect(contentHash({ ...base, to: ["b@x.org"], cc: ["jo.bloggs@example.org"] })).not.toBe(h);
    expect(contentHash({ ...base, subject: "Re: case 2" })).not.toBe(h);
  });

  test("known answer: SHA-256 of the canonical form", () => {
    const canonical = canonicalContent({ to: [], cc: [], bcc: [], body: "" });
    expect(canonical).toBe('["safeshare-content/1",[],[],[],"",""]');
    expect(contentHash({ to: [], cc: [], bcc: [], body: "" })).toBe(createHash("sha256").update(canonical).digest("hex"));
  });

  test("UTF-8 without TextEncoder matches TextEncoder, lone surrogates included", () => {
    for (const s of ["", "abc", "é", "€", "😀", "a\ud800b", "\udc00", "𝐚𝑎"]) {
      expect(Array.from(utf8Bytes(s))).toEqual(Array.from(new TextEncoder().encode(s)));
    }
  });
});

describe("the decision handoff", () => {
  const good = { v: 1 as const, decisionId: "3F2B1C9E-8D4A-4B6F-9E21-7C5D0A1B2C3D", contentHash: "a".repeat(64), outcome: "share" as const };

  test("round trips and rejects malformed values", () => {
    expect(handoffFrom(handoffText(good))).toEqual({ ...good, decisionId: good.decisionId.toLowerCase() });
    expect(handoffFrom({ ...good })).toEqual(good);
    expect(handoffFrom("")).toBeUndefined();
    expect(handoffFrom({ ...good, contentHash: "xyz" })).toBeUndefined();
    expect(handoffFrom({ ...good, outcome: "maybe" })).toBeUndefined();
    expect(isDecisionHandoff(null)).toBe(false);
    expect(() => handoffText({ ...good, v: 2 } as never)).toThrow();
  });

  test("matching needs the header, the id and the hash to agree", () => {
    const hash = () => "a".repeat(64);
    expect(decisionMatch({ handoff: good, header: good.decisionId.toLowerCase(), currentHash: hash })).toEqual({ kind: "share", decisionId: good.decisionId.toLowerCase() });
    expect(decisionMatch({ handoff: good, header: undefined, currentHash: hash }).kind).toBe("stale");
    expect(decisionMatch({ handoff: good, header: good.decisionId, currentHash: () => "b".repeat(64) }).kind).toBe("stale");
    expect(decisionMatch({ handoff: undefined, header: good.decisionId, currentHash: hash }).kind).toBe("none");
  });
});

describe("onRecipientsChanged", () => {
  const check = () => Promise.resolve(checkVerdict);

  async function notice(to: string[]): Promise<{ text: string | undefined; bar: string | undefined; calls: number }> {
    const fake = fakeOffice({ to: to.map((emailAddress) => ({ emailAddress })) });
    const event = countingEvent();
    const text = await onRecipientsChanged(event, { reader: () => officeItemReader(fake.Office as OfficeLike), check, settings });
    return { text, bar: fake.notices.get(RECIPIENT_NOTICE_KEY)?.message, calls: event.calls.length };
  }

  test("names a look-alike first, then a personal address; clears when there is none", async () => {
    const look = await notice(["a@nhs.met", "b@gmail.com"]);
    expect(look.text).toMatch(/a@nhs\.met looks like nhs\.net/);
    expect(look.bar).toBe(look.text);
    expect(look.calls).toBe(1);
    expect((await notice(["b@gmail.com"])).text).toMatch(/personal email account/);
    expect((await notice(["b@gmail.com", "c@hotmail.co.uk"])).text).toMatch(/2 recipients are personal/);
    const none = await notice(["kim@hertfordshire.gov.uk"]);
    expect(none.text).toBeUndefined();
    expect(none.bar).toBeUndefined();
  });

  test("notices fit Outlook's 150 characters", async () => {
    const long = await notice([`${"x".repeat(140)}@gmail.com`]);
    expect(long.text!.length).toBeLessThanOrEqual(NOTICE_LIMIT);
  });

  test("completes once even when reading fails", async () => {
    const fake = fakeOffice({ behave: { to: "throw" } });
    const event = countingEvent();
    await onRecipientsChanged(event, { reader: () => officeItemReader(fake.Office), check, settings });
    expect(event.calls).toEqual([undefined]);
  });
});

test("an item that is not a message compose form has no reader", () => {
  const fake = fakeOffice({});
  fake.Office.context.mailbox.item = undefined;
  expect(() => officeItemReader(fake.Office)).toThrow(OfficeCallError);
});

describe("the dialog on older clients (requirement sets)", () => {
  const requirements = (max: number) => ({ context: { requirements: { isSetSupported: (name: string, v?: string) => name === "Mailbox" && Number((v ?? "1.1").split(".")[1]) <= max } } });

  it("reads what the client supports, and takes a client without the API as current", () => {
    expect(dialogSupportOf(requirements(12))).toEqual({ paneButton: false, markdown: false });
    expect(dialogSupportOf(requirements(14))).toEqual({ paneButton: true, markdown: false });
    expect(dialogSupportOf(requirements(15))).toEqual({ paneButton: true, markdown: true });
    expect(dialogSupportOf({ context: {} })).toEqual({ paneButton: true, markdown: true });
    expect(dialogSupportOf({ context: { requirements: { isSetSupported: () => { throw new Error("x"); } } } })).toEqual({ paneButton: false, markdown: false });
  });

  it("on Mailbox 1.12 there is no button into the pane: the text says where it is, and the 1.14/1.15 options go", () => {
    const full = reviewAlert(["It goes to a personal address."], settings);
    const old = fitToClient(full, dialogSupportOf(requirements(12)), settings);
    expect(old).toMatchObject({ allowEvent: false });
    for (const k of ["cancelLabel", "commandId", "contextData", "errorMessageMarkdown"] as const) expect(old[k]).toBeUndefined();
    expect(old.errorMessage).toContain(`Choose Don't Send, then ${settings.cancelLabel} on the ribbon`);
    expect(old.errorMessage!.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    const on14 = fitToClient(full, dialogSupportOf(requirements(14)), settings);
    expect(on14.commandId).toBe(full.commandId);
    expect(on14.errorMessageMarkdown).toBeUndefined();
    expect(fitToClient(full, dialogSupportOf(requirements(15)), settings)).toEqual(full);
    expect(fitToClient({ allowEvent: true }, dialogSupportOf(requirements(12)), settings)).toEqual({ allowEvent: true });
  });
});
