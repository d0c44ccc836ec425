import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { canonicalJson } from "./canonical";
import { type Sha256Hex, Sha256HexSchema } from "./ids";
import { type DecisionRecord, type DecisionRecordDraft, DecisionRecordDraftSchema } from "./record";

/**
 * Hashing with @noble/hashes, not WebCrypto: Outlook's JavaScript-only runtime may not have
 * `crypto.subtle`, and the same hash must come out in the browser, the on-send handler and Node.
 */

/** SHA-256 of a string's UTF-8 bytes, as 64 lower-case hex digits. */
export function sha256Hex(text: string): Sha256Hex {
  return Sha256HexSchema.parse(bytesToHex(sha256(utf8ToBytes(text))));
}

/**
 * The hash of a record: SHA-256 of the canonical JSON of every field except `recordHash` itself. The
 * hashed fields include `previousHash`, which chains each record to the practitioner's previous one.
 */
export function recordHashOf(record: DecisionRecordDraft | DecisionRecord): Sha256Hex {
  const { recordHash: _ignored, ...draft } = record as DecisionRecord;
  void _ignored;
  return sha256Hex(canonicalJson(draft));
}

/** A sealed record: the draft (validated) with its record hash. */
export function sealedRecord(draft: DecisionRecordDraft): DecisionRecord {
  const valid = DecisionRecordDraftSchema.parse(draft);
  return { ...valid, recordHash: recordHashOf(valid) };
}
