/**
 * The five guidance documents every question traces back to (shared/seeds/). A citation names the
 * file and quotes the sentence exactly as the seed has it, so a test can check that the quote is real.
 */

/** The seed files, by the short number the team uses ("seed 002"). */
export const SEED_FILES = {
  "000": "000_909eb6f959d1b13b.txt",
  "001": "001_bc03f247fce50c6c.txt",
  "002": "002_49bbcf2ac3a1f3f6.txt",
  "003": "003_7167e07ba1824b68.txt",
  "004": "004_e61b85b75f34ec07.txt",
} as const;

/** A seed's short number: "000" … "004". */
export type SeedNumber = keyof typeof SEED_FILES;

/** A sentence of the guidance, quoted from a named seed file. */
export interface SeedQuote {
  readonly seed: (typeof SEED_FILES)[SeedNumber];
  readonly quote: string;
}

/** A citation: the seed by number and the exact words (whitespace and markdown emphasis aside). */
export function seedQuote(seed: SeedNumber, quote: string): SeedQuote {
  return { seed: SEED_FILES[seed], quote };
}
