/** The pane's hand-off to the on-send handler survives a sessionData that fails (issue 11, point 7). */
import { paneItemFrom, type PaneOfficeLike } from "../../../src/outlook/taskpane/pane-office";
import { DECISION_CUSTOM_PROPERTY } from "../../../src/outlook/ids";

type Cb = (r: { status: string; value?: unknown; error?: { message: string } }) => void;

function officeWith(sessionFails: boolean) {
  const saved = new Map<string, unknown>();
  const recipients = { getAsync: (cb: Cb) => cb({ status: "succeeded", value: [] }) };
  const item = {
    to: recipients,
    cc: recipients,
    bcc: recipients,
    subject: { getAsync: (cb: Cb) => cb({ status: "succeeded", value: "" }) },
    body: { getAsync: (_t: string, cb: Cb) => cb({ status: "succeeded", value: "" }) },
    sessionData: { getAsync: (_n: string, cb: Cb) => cb({ status: "failed", error: { message: "x" } }), setAsync: (_n: string, _v: string, cb?: Cb) => cb?.(sessionFails ? { status: "failed", error: { message: "The session data is too large" } } : { status: "succeeded" }) },
    loadCustomPropertiesAsync: (cb: Cb) => cb({ status: "succeeded", value: { get: (k: string) => saved.get(k), set: (k: string, v: unknown) => void saved.set(k, v), saveAsync: (done?: Cb) => done?.({ status: "succeeded" }) } }),
  };
  const office = { context: { mailbox: { item } }, AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } } as unknown as PaneOfficeLike;
  return { office, saved };
}

describe("the pane's hand-off", () => {
  const handoff = { v: 1, decisionId: "00000000-0000-4000-8000-000000000001", outcome: "share", contentHash: "a".repeat(64) } as const;

  it("goes to sessionData when it works", async () => {
    const { office, saved } = officeWith(false);
    expect(await paneItemFrom(office).storeHandoff(handoff)).toBe("session-data");
    expect(saved.size).toBe(0);
  });

  it("falls back to the custom property when sessionData fails", async () => {
    const { office, saved } = officeWith(true);
    expect(await paneItemFrom(office).storeHandoff(handoff)).toBe("custom-property");
    expect(typeof saved.get(DECISION_CUSTOM_PROPERTY)).toBe("string");
  });
});
