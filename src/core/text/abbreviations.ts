/**
 * Abbreviations that end in a full stop without ending a sentence, grouped by how the word after them
 * decides the matter. All entries are lower case and written without their dots ("e.g." is "e.g").
 */

/** Titles and ranks before a name: a full stop after these never ends a sentence ("Mr. Smith", "Insp. Khan"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "mx", "miss", "messrs", "mssrs", "mdm", "dr", "prof", "st", "rev", "revd", "fr", "sr",
  "cllr", "clr", "hon", "rt", "sgt", "insp", "supt", "det", "const", "capt", "lt", "col", "maj", "gen", "cpl",
  "cmdr", "sen", "rep", "gov", "pres", "mme", "mlle", "jr", "snr", "jnr",
]);

/**
 * Two- and three-letter police ranks. Written with a full stop they are rare, and "the PC." can end a
 * sentence, so they continue only when a capitalised name follows that is not a common sentence opener.
 */
export const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "pc", "dc", "ds", "di", "dci", "dsi", "dsu", "wpc", "pcso",
]);

/** Abbreviations that are always followed by more of the same sentence. */
export const CONTINUING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "e.g", "eg", "i.e", "ie", "cf", "viz", "c.f", "n.b", "nb", "approx", "incl", "excl", "vs", "v", "re",
  "w.r.t", "a.k.a", "aka", "att", "attn",
  // Contact and reference labels: what follows is a number or code, whatever its case ("ref. CAD 123").
  "ref", "refs", "tel", "mob", "ph", "fax", "ext", "cc",
]);

/** Abbreviations usually followed by a number ("no. 12", "tel. 01632 960000", "ref. 12345", "p. 4"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "no", "nos", "nr", "num", "tel", "mob", "ph", "fax", "ext", "ref", "para", "paras", "p", "pp", "pg", "vol",
  "fig", "sec", "s", "art", "reg", "ch", "q", "rm", "flr", "apt", "approx", "c", "ca", "est",
]);

/** Months and weekdays: they continue before a number or a lower-case word ("3 Jan. 2024", "Mon. at 10"). */
export const DATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
]);

/**
 * Other common short forms in case notes ("approx.", "etc.", "appt.", "hrs."). They continue before a
 * lower-case word or a number and end the sentence before a capital ("…coats, shoes etc. Mum said…").
 */
export const GENERAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "etc", "et al", "al", "dept", "depts", "govt", "est", "min", "mins", "hr", "hrs", "yr", "yrs", "wk", "wks",
  "mth", "mths", "mo", "mos", "appt", "appts", "info", "poss", "prev", "cont", "contd", "misc", "max", "avg",
  "assoc", "co", "corp", "ltd", "plc", "rd", "ave", "av", "ln", "cres", "gdns", "sq", "mt", "ft", "cm", "mm",
  "km", "kg", "lb", "lbs", "oz", "ml", "temp", "obs", "dob", "d.o.b", "a.m", "p.m", "am", "pm", "tbc", "tba",
  "asap", "approx", "admin", "dip", "cert", "qual", "univ", "hosp", "med", "meds", "pt", "pts", "diag",
  "hx", "fhx", "sw", "hv", "ed", "eds", "orig", "ibid", "op", "cit", "sch", "yr", "esp", "ps", "pps",
  "wrt", "fyi", "inst", "ult", "prox", "i.a", "u.s", "u.k", "e.u", "n.b",
]);

/** Capitalised words that usually open a sentence, so a rank or initial before them more likely ended one. */
export const COMMON_SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "i", "he", "she", "they", "we", "it", "this", "that", "these", "those", "there", "then",
  "mum", "dad", "mother", "father", "his", "her", "their", "my", "our", "when", "after", "before", "on", "in",
  "at", "no", "yes", "please", "can", "could", "would", "will", "as", "if", "but", "and", "so", "also",
  "however", "following", "today", "yesterday", "tomorrow",
]);
