import { z } from "zod";

/**
 * Branded identifiers and hashes. Each brand is minted only by its schema, so a `RecordId` or a
 * `Sha256Hex` in a typed value has always been checked once at an edge.
 */

/** A decision record's id: a UUID, unique in the SharePoint list. */
export const RecordIdSchema = z.uuid({ message: "must be a UUID such as 3f2b1c9e-8d4a-4b6f-9e21-7c5d0a1b2c3d" }).brand<"RecordId">();
export type RecordId = z.infer<typeof RecordIdSchema>;

/** A Microsoft Entra object id (the practitioner's directory id): a UUID. */
export const EntraObjectIdSchema = z
  .uuid({ message: "must be the Entra object id, a UUID" })
  .transform((s) => s.toLowerCase())
  .brand<"EntraObjectId">();
export type EntraObjectId = z.infer<typeof EntraObjectIdSchema>;

/** A user principal name (sign-in name, email-shaped), lower-cased so one person has one chain. */
export const UpnSchema = z
  .string()
  .trim()
  .max(255)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: "must be a user principal name such as jo.smith@example.gov.uk" })
  .transform((s) => s.toLowerCase())
  .brand<"Upn">();
export type Upn = z.infer<typeof UpnSchema>;

/** A SHA-256 digest as 64 lower-case hex digits. */
export const Sha256HexSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: "must be a SHA-256 hash: 64 lower-case hex digits" })
  .brand<"Sha256Hex">();
export type Sha256Hex = z.infer<typeof Sha256HexSchema>;

/** A UTC time as ISO 8601 with a `Z` (what `Date.prototype.toISOString` gives). */
export const UtcTimeSchema = z.iso.datetime({ offset: false, message: "must be a UTC time such as 2026-11-25T09:00:00.000Z" });

/**
 * The time of a decision: UTC to the whole second, `2026-11-25T09:00:00Z`. SharePoint dateTime columns
 * keep whole seconds, so a record read back from the list hashes exactly as it was written.
 */
export const DecisionTimeSchema = z.iso
  .datetime({ offset: false, precision: 0, message: "must be a UTC time to the second such as 2026-11-25T09:00:00Z" });

/** A UTC ISO time (any precision) cut to the whole second, as `DecisionTimeSchema` wants it. */
export function decisionTimeFrom(isoUtc: string): string {
  return isoUtc.replace(/\.\d+Z$/, "Z");
}
