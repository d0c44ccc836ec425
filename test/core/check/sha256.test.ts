import { createHash, randomBytes } from "node:crypto";
import fc from "fast-check";
import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import { canonicalContent, contentHash, utf8Bytes } from "../../../src/core/check/content-hash";
import { sha256 } from "../../../src/core/check/sha256";

/**
 * The content hash's own SHA-256 (src/core/check/sha256.ts, there to keep @noble/hashes out of the
 * on-send handler) against Node's crypto and against @noble/hashes, which the content hash used before:
 * a decision recorded by an older pane must still match, so the digests must be identical.
 */
const nodeHex = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

test("the FIPS 180-4 examples", () => {
  expect(hex(sha256(utf8Bytes("")))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  expect(hex(sha256(utf8Bytes("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  expect(hex(sha256(utf8Bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
  );
  expect(hex(sha256(utf8Bytes("a".repeat(1_000_000))))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
});

test("every length from 0 to 300 bytes (all the padding cases around 55, 56 and 64)", () => {
  for (let n = 0; n <= 300; n++) {
    const bytes = randomBytes(n);
    expect(hex(sha256(bytes))).toBe(nodeHex(bytes));
  }
});

test("random bytes (2,000 inputs up to 5,000 bytes)", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 5_000 }), (bytes) => {
      const ours = hex(sha256(bytes));
      expect(ours).toBe(nodeHex(bytes));
      expect(ours).toBe(hex(nobleSha256(bytes)));
    }),
    { numRuns: 2_000, seed: 20260214 },
  );
});

test("long inputs (1 MB and 3 MB of random bytes, and a multi-megabyte UTF-8 body)", () => {
  for (const n of [1 << 20, 3 * (1 << 20) + 17]) {
    const bytes = randomBytes(n);
    expect(hex(sha256(bytes))).toBe(nodeHex(bytes));
  }
  const text = "Zoë’s NHS number is 943 476 5919 — 😀 ".repeat(60_000);
  expect(hex(sha256(utf8Bytes(text)))).toBe(nodeHex(Buffer.from(text, "utf8")));
});

test("multi-byte UTF-8 text, lone surrogates included (2,000 strings)", () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: "grapheme", maxLength: 400 }), fc.string({ unit: "binary-ascii" })), (text) => {
      // Node encodes a lone surrogate as U+FFFD, as TextEncoder and utf8Bytes do.
      expect(hex(sha256(utf8Bytes(text)))).toBe(nodeHex(Buffer.from(text, "utf8")));
    }),
    { numRuns: 2_000, seed: 20260215 },
  );
});

test("contentHash is SHA-256 of the canonical form, as with @noble/hashes", () => {
  fc.assert(
    fc.property(fc.array(fc.emailAddress(), { maxLength: 4 }), fc.string({ unit: "grapheme", maxLength: 60 }), fc.string({ unit: "binary", maxLength: 600 }), (to, subject, body) => {
      const input = { to, cc: [], bcc: [], subject, body };
      const canonical = canonicalContent(input);
      expect(contentHash(input)).toBe(nodeHex(Buffer.from(canonical, "utf8")));
      expect(contentHash(input)).toBe(hex(nobleSha256(utf8Bytes(canonical))));
    }),
    { numRuns: 1_000, seed: 20260216 },
  );
});
