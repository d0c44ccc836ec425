import { createHash } from "node:crypto";
import { readAttachmentContents, sha256HexOf, TOTAL_ATTACHMENT_BYTES, type ReadProgress } from "../../../src/core/attachments/read-all";
import { utf8 } from "./extract-support";

const file = (name: string, text: string) => ({ name, contentType: "text/plain", bytes: utf8(text) });

describe("readAttachmentContents: every attachment of one message", () => {
  it("reads each file, keeps its place, type, size and SHA-256 (the core's hash equals Node's)", async () => {
    const files = [
      { attachment: 0, file: file("notes.txt", "Maisie Clarke was seen at school today.") },
      { attachment: 2, file: file("plan.txt", "Safety plan agreed with mum.") },
    ];
    const out = await readAttachmentContents(files, { now: () => 0 });
    expect(out.map((c) => [c.attachment, c.name, c.extracted.kind, c.contentType, c.size])).toEqual([
      [0, "notes.txt", "text", "text/plain", files[0]!.file.bytes.length],
      [2, "plan.txt", "text", "text/plain", files[1]!.file.bytes.length],
    ]);
    for (const [i, c] of out.entries()) expect(c.sha256).toBe(createHash("sha256").update(files[i]!.file.bytes).digest("hex"));
  });

  it("names a file past the total as not read, and still reads the others before it", async () => {
    const files = [
      { attachment: 0, file: file("a.txt", "x".repeat(600)) },
      { attachment: 1, file: file("b.txt", "y".repeat(600)) },
    ];
    const out = await readAttachmentContents(files, { now: () => 0, totalBytes: 1000 });
    expect(out[0]!.extracted.kind).toBe("text");
    expect(out[1]!.extracted).toMatchObject({ kind: "unreadable", reason: "too-large" });
    expect(out[1]!.extracted.kind === "unreadable" && out[1]!.extracted.message).toMatch(/^SafeShare did not read “b\.txt”: the attachments together are over/);
    // The record still gets the unread file's facts.
    expect(out[1]!.sha256).toBe(sha256HexOf(files[1]!.file.bytes));
    expect(TOTAL_ATTACHMENT_BYTES).toBe(50 * 1024 * 1024);
  });

  it("reports progress before each file and once at the end, and uses the host's hash when given", async () => {
    const seen: ReadProgress[] = [];
    const out = await readAttachmentContents([{ attachment: 0, file: file("a.txt", "hello") }, { attachment: 1, file: file("b.txt", "there") }], {
      now: () => 0,
      onProgress: (p) => seen.push(p),
      sha256Hex: async (b) => `host-${b.length}`,
    });
    expect(seen).toEqual([
      { done: 0, total: 2, reading: "a.txt" },
      { done: 1, total: 2, reading: "b.txt" },
      { done: 2, total: 2 },
    ]);
    expect(out.map((c) => c.sha256)).toEqual(["host-5", "host-5"]);
  });
});
