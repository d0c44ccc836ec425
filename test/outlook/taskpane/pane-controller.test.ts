/**
 * The pane's record path against the on-send handler's contract, with the fake Office item of the
 * handler's own tests (plus the writes the pane uses): after "Record and send" the real `onMessageSend`
 * lets exactly this content go; after "Record decision not to share" it holds it; after an edit it asks
 * again. The record goes to the sink before the item is touched.
 */
import { policyDigest } from "../../../src/core/policy/policy-version";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type DecisionRecord, decisionRecordFrom } from "../../../src/core/decision";
import { defaultPolicy } from "../../../src/core/policy/policy";
import { checkMessage } from "../../../src/core/check/check-message";
import { DECISION_HEADER, DECISION_SESSION_KEY } from "../../../src/outlook/ids";
import { onMessageSend } from "../../../src/outlook/onsend/on-message-send";
import { officeItemReader } from "../../../src/outlook/onsend/office-adapter";
import { handlerSettings } from "../../../src/outlook/onsend/settings";
import { analysisOf, analyseItem, holdReasonFrom, recordDecision, secureRouteFor } from "../../../src/outlook/taskpane/pane-controller";
import { type PaneOfficeLike, paneItemFrom } from "../../../src/outlook/taskpane/pane-office";
import { chainHead, type PaneServices, type SinkCounts } from "../../../src/outlook/taskpane/pane-services";
import { decisionMemory } from "../../../src/outlook/taskpane/decision-memory";
import { countingEvent, fakeOffice, type FakeItemInit } from "../fake-office";

const policy = defaultPolicy();

/** The handler's fake Office, with the pane's writes wired to the same state. */
function paneOffice(init: FakeItemInit & { headers: Record<string, string>; session: Record<string, string> }, options: { canSend?: boolean } = {}) {
  const fake = fakeOffice(init);
  const item = fake.Office.context.mailbox.item as unknown as Record<string, unknown> & { internetHeaders: Record<string, unknown>; sessionData: Record<string, unknown> };
  const order: string[] = [];
  const ok = (cb?: (r: { status: string; value: unknown }) => void) => cb?.({ status: "succeeded", value: undefined });
  item.internetHeaders.setAsync = (h: Record<string, string>, cb?: (r: { status: string; value: unknown }) => void) => {
    order.push("header");
    Object.assign(init.headers, h);
    ok(cb);
  };
  item.sessionData.setAsync = (k: string, v: string, cb?: (r: { status: string; value: unknown }) => void) => {
    order.push("handoff");
    init.session[k] = v;
    ok(cb);
  };
  let sent = 0;
  if (options.canSend !== false) {
    item.sendAsync = (cb?: (r: { status: string; value: unknown }) => void) => {
      order.push("send");
      sent++;
      ok(cb);
    };
  }
  return { fake, item: paneItemFrom(fake.Office as unknown as PaneOfficeLike), order, sent: () => sent };
}

function services(order: string[], records: DecisionRecord[]): PaneServices {
  const stored = new Map<string, string>();
  let id = 0;
  return {
    settings: { policy, policyVersion: 4, practitioner: { upn: "sam.jones@hertfordshire.gov.uk", objectId: "2d3c9a71-5b0e-4f7a-9c1d-8e6f4a2b1c30" }, team: "Team A", appVersion: "test", subjectPolicy: "omit", encryptionAdvice: "Use Encrypt." },
    sink: {
      enqueue: async (r) => {
        order.push("outbox");
        records.push(r);
      },
      counts: async (): Promise<SinkCounts> => ({ waiting: records.length, held: 0 }),
      subscribe: () => () => undefined,
    },
    chain: chainHead({ getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) }),
    newId: () => `3f2b1c9e-8d4a-4b6f-9e21-7c5d0a1b2c${String(++id).padStart(2, "0")}`,
    now: () => new Date("2026-01-05T10:00:00.123Z"),
  };
}

const RISKY = {
  to: [{ emailAddress: "chloe.mum@gmail.com", displayName: "Chloe's mum" }],
  subject: "Chloe - visit",
  body: "I visited Chloe on Monday. Her NHS number is 943 476 5919.\nHer explanation for the bruise is not plausible.",
};

/** Complete answers for the risky message: significant harm, consent not sought, every flag kept. */
function shareAnswers(flagIds: readonly string[], kind: "share" | "do-not-share" = "share") {
  const example = JSON.parse(readFileSync(path.resolve(__dirname, "../../../examples/answers/public-interest-significant-harm.json"), "utf8")) as Record<string, unknown>;
  const rightWay = { ...(example.rightWay as object), flagResolutions: flagIds.map((flagId) => ({ flagId, resolution: { kind: "overridden", reason: "Needed for the referral." } })) };
  const decision = kind === "share" ? example.decision : { kind: "do-not-share", reasons: "Not a secure route." };
  return { ...example, lawfulBasis: { article6: "public-task" }, rightWay, decision };
}

const handlerDeps = (office: ReturnType<typeof fakeOffice>["Office"]) => ({
  reader: () => officeItemReader(office),
  check: async () => checkMessage,
  settings: handlerSettings(policy),
});

describe("the task pane's record path", () => {
  it("records (outbox first), stamps the header, hands off, sends — and the real handler lets exactly this content go", async () => {
    const init = { ...RISKY, headers: {} as Record<string, string>, session: {} as Record<string, string> };
    const { fake, item, order, sent } = paneOffice(init);
    const { analysis } = await analyseItem(item, { policy });
    expect(analysis.result.verdict).toBe("review");
    const flags = analysis.result.recipients.length; // at least the personal recipient
    expect(flags).toBe(1);
    const records: DecisionRecord[] = [];
    const { prefillFrom } = await import("../../../src/core/decision");
    const flagIds = prefillFrom(analysis.result).flags.map((f) => f.id);

    const outcome = await recordDecision(item, services(order, records), { answers: shareAnswers(flagIds), analysis, mode: "send" });
    expect(outcome.kind).toBe("recorded");
    expect(order).toEqual(["outbox", "header", "handoff", "send"]);
    expect(sent()).toBe(1);
    expect(records).toHaveLength(1);
    const record = records[0]!;
    expect(decisionRecordFrom(record).kind).toBe("ok");
    expect(record.message).toEqual({ kind: "email", headerId: record.recordId });
    expect(record.decidedAt).toBe("2026-01-05T10:00:00Z");
    expect(record.subject).toBeNull();
    expect(init.headers[DECISION_HEADER]).toBe(record.recordId);
    expect(JSON.parse(init.session[DECISION_SESSION_KEY] ?? "{}")).toMatchObject({ v: 1, decisionId: record.recordId, outcome: "share" });

    // Outlook runs the on-send handler again for sendAsync: it must allow, without a check.
    const event = countingEvent();
    const result = await onMessageSend(event, handlerDeps(fake.Office));
    expect(result.reason).toBe("decision");
    expect(event.calls).toEqual([{ allowEvent: true }]);
  });

  it("remembers the decision for the conversation of a reply, on this device, without the message text", async () => {
    const init = { ...RISKY, conversationId: "AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAOnq", headers: {} as Record<string, string>, session: {} as Record<string, string> };
    const { item, order } = paneOffice(init);
    const { analysis } = await analyseItem(item, { policy });
    const { prefillFrom } = await import("../../../src/core/decision");
    const stored = new Map<string, string>();
    const memory = decisionMemory({ getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) });
    const records: DecisionRecord[] = [];
    const outcome = await recordDecision(item, { ...services(order, records), memory }, { answers: shareAnswers(prefillFrom(analysis.result).flags.map((f) => f.id)), analysis, mode: "send" });
    expect(outcome.kind).toBe("recorded");
    const memo = memory.last("Sam.Jones@hertfordshire.gov.uk", { conversationId: init.conversationId, subject: "RE: Chloe - visit", recipients: [] });
    expect(memo).toMatchObject({ recordId: records[0]!.recordId, recipients: ["chloe.mum@gmail.com"], identifierTypes: ["nhs-number"] });
    expect(memo?.answers.decision?.kind).toBe("share");
    // Neither the body, the subject nor the identifier's value is kept.
    expect([...stored.values()].join("")).not.toMatch(/943 476 5919|bruise|visited Chloe|Chloe - visit/);
    // A new message (no conversation id yet) is remembered by its topic's hash, and its reply finds it.
    const fresh = paneOffice({ ...RISKY, subject: "Chloe - school visit", headers: {}, session: {} });
    const { analysis: again } = await analyseItem(fresh.item, { policy });
    const more: DecisionRecord[] = [];
    await recordDecision(fresh.item, { ...services(fresh.order, more), memory }, { answers: shareAnswers(prefillFrom(again.result).flags.map((f) => f.id)), analysis: again, mode: "send" });
    const reply = memory.last("sam.jones@hertfordshire.gov.uk", { conversationId: "AAQk-another", subject: "RE: Chloe - school visit", recipients: ["chloe.mum@gmail.com"] });
    expect(reply?.recordId).toBe(more[0]!.recordId);
    expect([...stored.values()].join("")).not.toMatch(/school visit/i);
  });

  it("a decision not to share is recorded without sending, and the handler keeps holding the email", async () => {
    const init = { ...RISKY, headers: {} as Record<string, string>, session: {} as Record<string, string> };
    const { fake, item, order, sent } = paneOffice(init);
    const { analysis } = await analyseItem(item, { policy });
    const records: DecisionRecord[] = [];
    const outcome = await recordDecision(item, services(order, records), { answers: shareAnswers([], "do-not-share"), analysis, mode: "not-share" });
    expect(outcome.kind).toBe("recorded");
    expect(sent()).toBe(0);
    expect(records[0]?.decision).toBe("do-not-share");
    expect(records[0]?.message).toEqual({ kind: "email", headerId: null });
    // The record says which policy it was decided under: the saved version and its digest.
    expect(records[0]?.policy).toEqual({ version: 4, sha256: policyDigest(policy) });
    const event = countingEvent();
    expect((await onMessageSend(event, handlerDeps(fake.Office))).reason).toBe("declined");
    expect(event.calls[0]?.allowEvent).toBe(false);
  });

  it("refuses a button that contradicts the decision, and incomplete answers, recording nothing", async () => {
    const init = { ...RISKY, headers: {} as Record<string, string>, session: {} as Record<string, string> };
    const { item, order } = paneOffice(init);
    const { analysis } = await analyseItem(item, { policy });
    const records: DecisionRecord[] = [];
    const s = services(order, records);
    const wrong = await recordDecision(item, s, { answers: shareAnswers([], "share"), analysis, mode: "not-share" });
    expect(wrong.kind).toBe("incomplete");
    const missing = await recordDecision(item, s, { answers: shareAnswers([]), analysis, mode: "send" });
    expect(missing.kind === "incomplete" && missing.problems.some((p) => p.step === "right-way")).toBe(true);
    expect(records).toHaveLength(0);
    expect(order).toEqual([]);
  });

  it("notices when the email changed after it was analysed, and records nothing", async () => {
    const init = { ...RISKY, headers: {} as Record<string, string>, session: {} as Record<string, string> };
    const { item, order } = paneOffice(init);
    const { analysis } = await analyseItem(item, { policy });
    init.body = `${RISKY.body}\nOne more line.`;
    const records: DecisionRecord[] = [];
    const outcome = await recordDecision(item, services(order, records), { answers: shareAnswers([]), analysis, mode: "send" });
    expect(outcome.kind).toBe("changed");
    expect(records).toHaveLength(0);
  });

  it("asks the practitioner to press Send where the client cannot send from the pane (before Mailbox 1.15)", async () => {
    const init = { ...RISKY, headers: {} as Record<string, string>, session: {} as Record<string, string> };
    const { item, order } = paneOffice(init, { canSend: false });
    const { analysis } = await analyseItem(item, { policy });
    const { prefillFrom } = await import("../../../src/core/decision");
    const records: DecisionRecord[] = [];
    const outcome = await recordDecision(item, services(order, records), { answers: shareAnswers(prefillFrom(analysis.result).flags.map((f) => f.id)), analysis, mode: "send" });
    expect(outcome).toMatchObject({ kind: "recorded", sent: false, pressSend: true });
  });

  it("suggests [secure] from NHSmail and the organisation's route otherwise; reads the dialog's context", () => {
    const snapshot = { from: "jo@nhs.net", to: [{ emailAddress: "mum@gmail.com" }], cc: [], bcc: [], subject: "Visit", body: "Hello." };
    const result = analysisOf(snapshot, { policy }).result;
    expect(secureRouteFor(snapshot, result, { encryptionAdvice: "Encrypt." })).toEqual({ kind: "subject-tag", subject: "[secure] Visit" });
    expect(secureRouteFor({ ...snapshot, subject: "[SECURE] Visit" }, result, { encryptionAdvice: "Encrypt." })).toBeUndefined();
    expect(secureRouteFor({ ...snapshot, from: "sam@hertfordshire.gov.uk" }, result, { encryptionAdvice: "Encrypt." })).toEqual({ kind: "advice", text: "Encrypt." });
    // A look-alike of NHSmail: no [secure] (it would deliver the message safely to the wrong person).
    const fake = { ...snapshot, to: [{ emailAddress: "duty@nhs.net.co" }] };
    expect(analysisOf(fake, { policy }).result.recipients[0]?.class).toBe("lookalike");
    expect(secureRouteFor(fake, analysisOf(fake, { policy }).result, { encryptionAdvice: "Encrypt." })).toBeUndefined();
    expect(holdReasonFrom(JSON.stringify({ source: "safeshare-onsend", v: 1, reason: "declined" }))).toBe("declined");
    expect(holdReasonFrom("not json")).toBeUndefined();
    expect(holdReasonFrom(undefined)).toBeUndefined();
  });
});
