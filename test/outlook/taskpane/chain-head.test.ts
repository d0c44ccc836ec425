import { chainHead, type ChainLink } from "../../../src/outlook/taskpane/pane-services";

/**
 * The record chain across devices: the pane follows the newer of its own last record (perhaps still in
 * the outbox) and the practitioner's newest record in the log (perhaps written in Outlook on the web or
 * the Teams tab), and never waits long for the log.
 */

const SAM = { upn: "Sam.Jones@hertfordshire.gov.uk", objectId: "2d3c9a71-5b0e-4f7a-9c1d-8e6f4a2b1c30" };
const h = (c: string) => c.repeat(64);

function memory(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { map, storage: { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) } };
}

const at = (iso: string, hash: string): ChainLink => ({ recordHash: hash, decidedAt: iso });

describe("chainHead", () => {
  test.each([
    // [this device's last record, the log's newest, expected previous hash]
    ["none anywhere: the practitioner's first record", null, null, null],
    ["only this device's", at("2026-11-20T10:00:00.000Z", h("a")), null, h("a")],
    ["only the log's (another device)", null, at("2026-11-20T10:00:00.000Z", h("b")), h("b")],
    ["the log's is newer (written on another device since)", at("2026-11-20T10:00:00.000Z", h("a")), at("2026-11-21T09:00:00.000Z", h("b")), h("b")],
    ["this device's is newer (still in the outbox)", at("2026-11-21T09:00:00.000Z", h("a")), at("2026-11-20T10:00:00.000Z", h("b")), h("a")],
    ["the same record both ways", at("2026-11-21T09:00:00.000Z", h("a")), at("2026-11-21T09:00:00.000Z", h("a")), h("a")],
  ] as const)("%s", async (_name, mine, logged, expected) => {
    const { storage } = memory();
    const head = chainHead(storage, async () => logged);
    if (mine) head.advance(SAM, mine);
    await expect(head.previousHash(SAM)).resolves.toBe(expected);
  });

  test("asks the log for the practitioner by object id, and keeps its own head per practitioner (any case of UPN)", async () => {
    const asked: string[] = [];
    const { storage, map } = memory();
    const head = chainHead(storage, async (id) => {
      asked.push(id);
      return null;
    });
    head.advance(SAM, at("2026-11-20T10:00:00.000Z", h("c")));
    await expect(head.previousHash({ ...SAM, upn: SAM.upn.toUpperCase() })).resolves.toBe(h("c"));
    await expect(head.previousHash({ upn: "kim@hertfordshire.gov.uk", objectId: "x" })).resolves.toBeNull();
    expect(asked).toEqual([SAM.objectId, "x"]);
    // Only a hash and a time are stored: nothing from the message.
    expect([...map.values()]).toEqual([JSON.stringify({ recordHash: h("c"), decidedAt: "2026-11-20T10:00:00.000Z" })]);
  });

  test("asks the log once when the pane opens, and again after each record written here", async () => {
    let questions = 0;
    const { storage } = memory();
    const head = chainHead(storage, async () => {
      questions++;
      return at("2026-11-20T10:00:00.000Z", h("b"));
    });
    head.prefetch(SAM);
    await expect(head.previousHash(SAM)).resolves.toBe(h("b"));
    expect(questions).toBe(1);
    head.advance(SAM, at("2026-11-21T10:00:00.000Z", h("c")));
    expect(questions).toBe(2);
    await expect(head.previousHash(SAM)).resolves.toBe(h("c"));
    expect(questions).toBe(2);
  });

  test("a log that fails, hangs or answers nonsense leaves the device's own head", async () => {
    const { storage } = memory();
    const failing = chainHead(storage, () => Promise.reject(new Error("offline")));
    failing.advance(SAM, at("2026-11-20T10:00:00.000Z", h("d")));
    await expect(failing.previousHash(SAM)).resolves.toBe(h("d"));

    let fire: (() => void) | undefined;
    const timers = { setTimeout: (f: () => void) => ((fire = f), 1), clearTimeout: () => undefined };
    const hanging = chainHead(storage, () => new Promise<ChainLink | null>(() => undefined), { timers });
    const answer = hanging.previousHash(SAM);
    fire?.();
    await expect(answer).resolves.toBe(h("d"));

    const nonsense = chainHead(storage, async () => ({ recordHash: "not a hash", decidedAt: "2099-01-01T00:00:00.000Z" }));
    await expect(nonsense.previousHash(SAM)).resolves.toBe(h("d"));
  });

  test("reads the bare hash earlier versions stored, as older than any record", async () => {
    const { storage } = memory({ "safeshare.chainHead.sam.jones@hertfordshire.gov.uk": h("e") });
    await expect(chainHead(storage).previousHash(SAM)).resolves.toBe(h("e"));
    await expect(chainHead(storage, async () => at("2020-01-01T00:00:00.000Z", h("f"))).previousHash(SAM)).resolves.toBe(h("f"));
    const junk = memory({ "safeshare.chainHead.sam.jones@hertfordshire.gov.uk": "{oops" });
    await expect(chainHead(junk.storage).previousHash(SAM)).resolves.toBeNull();
  });
});
