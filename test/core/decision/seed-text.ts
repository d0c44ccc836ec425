import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The seed guidance, read for tests that check quotations. The seeds live beside the project
 * (../shared/seeds); where a checkout has no seeds those tests are skipped, not failed.
 */
const SEEDS_DIR = join(__dirname, "..", "..", "..", "..", "shared", "seeds");

export function seedsAvailable(): boolean {
  return existsSync(SEEDS_DIR);
}

/** A seed's text with markdown emphasis removed and whitespace collapsed, as quotes are compared. */
export function seedText(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), "utf8").replace(/\*/g, "").replace(/\s+/g, " ");
}

/** A quotation normalised the same way. */
export function quoteText(quote: string): string {
  return quote.replace(/\*/g, "").replace(/\s+/g, " ").trim();
}
