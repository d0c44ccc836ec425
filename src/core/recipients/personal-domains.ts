import providers from "email-providers/all.json";

/**
 * Webmail and other personal email providers (gmail.com, hotmail.co.uk, btinternet.com, sky.com,
 * icloud.com, proton.me …), from the maintained `email-providers` list.
 */

let providerSet: ReadonlySet<string> | undefined;

/** The provider list as a Set, built on first use: it has thousands of entries and most runs never need it. */
export function personalProviders(): ReadonlySet<string> {
  providerSet ??= new Set((providers as readonly string[]).map((d) => d.toLowerCase()));
  return providerSet;
}
