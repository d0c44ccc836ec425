/**
 * Sex life and sexual orientation cues (Article 9). Rule chosen: gender identity (transgender, non-binary,
 * gender identity) is reported here too. It is not an Article 9 category in itself, but the ICO advises
 * treating it with the same care, gender reassignment is protected under the Equality Act 2010, and
 * practitioners need to be asked about it before sharing. Sexual offences are criminal allegations,
 * not sex life (see criminal.ts); sexual health is health.
 */
export const SEX_LIFE_PHRASES: readonly string[] = [
  "sexual orientation", "sexuality", "gay", "lesbian", "bisexual", "homosexual", "heterosexual", "pansexual",
  "asexual", "queer", "=LGBT", "=LGBTQ", "=LGBTQ+", "=LGBTQIA", "lgbt", "lgbtq", "same sex relationship",
  "same sex partner", "sexually active", "sexual activity", "sexual relationship",
  "sexual relationships", "sexual partner", "sexual partners", "sexual intercourse", "had sex", "having sex",
  "have sex", "sex with", "sexual contact", "sexual behaviour", "sexualised behaviour", "sexualized behaviour",
  "sexting", "sexts", "nude images", "nude photos", "nudes", "pornography", "porn", "sex work", "sex worker",
  "prostitution", "transgender", "trans", "transitioning", "gender identity", "non binary", "nonbinary",
  "gender reassignment", "gender fluid", "genderfluid", "intersex",
  "came out as", "coming out as", "come out as",
];
