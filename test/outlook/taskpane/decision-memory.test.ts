import { topicHashOf } from "../../../src/core/decision";
import { decisionMemory, MEMO_LIMIT } from "../../../src/outlook/taskpane/decision-memory";

const storage = () => {
  const stored = new Map<string, string>();
  return { stored, getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) };
};
/** A reply in the conversation with this id. */
const at = (conversationId: string) => ({ conversationId, subject: "", recipients: [] });
const memo = (n: number) => ({
  conversationId: `conversation-${n}`,
  recordId: `3f2b1c9e-8d4a-4b6f-9e21-${String(n).padStart(12, "0")}`,
  decidedAt: "2026-03-03T10:14:00.000Z",
  answers: { version: 1 as const, decision: { kind: "do-not-share" as const, reasons: `Reason ${n}.` } },
  recipients: ["a@nhs.net"],
  identifierTypes: [],
});

describe("the device's memory of decisions per conversation", () => {
  it("gives back the newest decision of a conversation, per practitioner", () => {
    const s = storage();
    const memory = decisionMemory(s);
    memory.remember("sam@herts.gov.uk", memo(1));
    memory.remember("sam@herts.gov.uk", { ...memo(1), answers: { version: 1, decision: { kind: "do-not-share", reasons: "Newer." } } });
    expect(memory.last("SAM@herts.gov.uk", at("conversation-1"))?.answers.decision).toMatchObject({ reasons: "Newer." });
    expect(memory.last("kim@herts.gov.uk", at("conversation-1"))).toBeUndefined();
    expect(memory.last("sam@herts.gov.uk", at("conversation-2"))).toBeUndefined();
  });

  it(`keeps the newest ${MEMO_LIMIT} conversations`, () => {
    const memory = decisionMemory(storage());
    for (let n = 0; n < MEMO_LIMIT + 5; n++) memory.remember("sam@herts.gov.uk", memo(n));
    expect(memory.last("sam@herts.gov.uk", at("conversation-0"))).toBeUndefined();
    expect(memory.last("sam@herts.gov.uk", at(`conversation-${MEMO_LIMIT + 4}`))).toBeDefined();
  });

  it("ignores what it cannot read and survives storage that refuses to write", () => {
    const s = storage();
    s.stored.set("safeshare.conversations.sam@herts.gov.uk", JSON.stringify([{ conversationId: "conversation-1", answers: "junk" }, memo(2)]));
    const memory = decisionMemory(s);
    expect(memory.last("sam@herts.gov.uk", at("conversation-1"))).toBeUndefined();
    expect(memory.last("sam@herts.gov.uk", at("conversation-2"))).toBeDefined();
    s.stored.set("safeshare.conversations.sam@herts.gov.uk", "{not json");
    expect(memory.last("sam@herts.gov.uk", at("conversation-2"))).toBeUndefined();
    const full = decisionMemory({ getItem: () => null, setItem: () => { throw new Error("QuotaExceededError"); } });
    expect(() => full.remember("sam@herts.gov.uk", memo(3))).not.toThrow();
  });

  it("finds the first email of a thread (no conversation id while composed) by its topic and a recipient in common", () => {
    const memory = decisionMemory(storage());
    const first = { ...memo(7), conversationId: undefined, topicHash: topicHashOf("Lily - health visiting referral") };
    memory.remember("sam@herts.gov.uk", first);
    const reply = { conversationId: "AAQk-reply", subject: "RE: Lily - health visiting referral", recipients: ["A@nhs.net", "gp@nhs.net"] };
    expect(memory.last("sam@herts.gov.uk", reply)?.recordId).toBe(first.recordId);
    // The same subject to nobody in common is another case.
    expect(memory.last("sam@herts.gov.uk", { ...reply, recipients: ["someone.else@nhs.net"] })).toBeUndefined();
    expect(memory.last("sam@herts.gov.uk", { ...reply, subject: "Lily - another matter" })).toBeUndefined();
  });
});
