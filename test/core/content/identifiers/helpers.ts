import { findIdentifiers, NO_REGIONS } from "../../../../src/core/content/identifiers";
import type { IdentifierType } from "../../../../src/core/check/result";

/** The texts of every identifier of `type` found in `body` with no regions. */
export function found(body: string, type: IdentifierType): string[] {
  return findIdentifiers(body, NO_REGIONS)
    .filter((r) => r.type === type)
    .map((r) => r.text);
}

/** Every identifier in `body` as "type:text". */
export function all(body: string): string[] {
  return findIdentifiers(body, NO_REGIONS).map((r) => `${r.type}:${r.text}`);
}
