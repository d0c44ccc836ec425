/** Political opinion cues (Article 9). Party names only with "member"/"activist"; extremism is a view. */
export const POLITICAL_PHRASES: readonly string[] = [
  "political opinion", "political opinions", "political views", "political view", "political beliefs",
  "political affiliation", "political party", "party member", "party membership", "labour party",
  "conservative party", "tory party", "liberal democrats", "green party", "reform uk", "=SNP", "plaid cymru",
  "voted for", "votes for", "political activist", "activist", "extremist", "extremism", "extremist views",
  "far right", "far left", "radicalised", "radicalisation", "radicalized", "radicalization", "=Prevent referral",
  "prevent referral", "channel panel", "white supremacist", "neo nazi", "jihadist", 
  "dna testing", "dna sample",
];

/** Trade union membership cues (Article 9). */
export const TRADE_UNION_PHRASES: readonly string[] = [
  "trade union", "trade unions", "union member", "union membership", "union representative", "union rep",
  "=UNISON", "unison rep", "=GMB", "=NEU", "=NASUWT", "=RCN", "=BMA", "=NAHT", "=UCU", "unite union",
  "unite the union", "union official", "industrial action", "on strike", "picket line",
  "dna testing", "dna sample",
];

/** Genetic and biometric data cues (Article 9). */
export const GENETIC_BIOMETRIC_PHRASES: readonly string[] = [
  "genetic", "genetics", "genetic test", "genetic testing", "genome", "genomic", "dna test",
  "paternity test", "biometric", "biometrics", "fingerprint", "fingerprints", "fingerprinted",
  "facial recognition", "retina scan", "iris scan",
  "dna testing", "dna sample",
];
