import { compilePhrases, matchPhrases, wordsOf, type PhraseMatcher } from "../special-category/phrase-matcher";

/**
 * Words in a file name (or the subject of a message with files attached) that say the file is a case
 * record: "referral.pdf", "CP minutes 12.03.docx", "Strategy meeting notes - T.docx", "Chronology.xlsx".
 * A name that also says it is a blank form or a piece of guidance ("Referral form template.docx",
 * "Safety plan guidance.pdf") is not: see {@link TEMPLATE_WORDS}.
 */
const CASE_RECORD_WORDS: readonly string[] = (
  "referral|safety plan|child in need|cin plan|cp plan|chronology|case notes|case note|case summary|case file|cp minutes|child protection|=CP|=ICPC|=RCPC|icpc|rcpc|core group|=CIN|=LAC|=CLA|=EHA|=MARAC|marac|=LADO|lado|=DASH|dash|=TAF|=TAC|=PEP|=EHCP|strategy meeting|strategy discussion|strategy minutes|strategy notes|=s47|s47|section 47|assessment|body map|incident report|incident form|care plan|pathway plan|witness statement|position statement|court report|police report|contact notes|contact record|contact log|visit notes|home visit|discharge summary|birth plan|pre birth|reg 40|regulation 40|notification|cause for concern|concern form|welfare|return home interview|missing episode|=RHI|sar|=SAR|records|record of|health record|school record|medical report|case conference|conference report|social work report|minutes cp|risk assessment|risk management plan|safeguarding letter|letter before proceedings|=PLO|disclosure|consent form|police checks|checks|household|family"
).split("|");

/**
 * Words that make a file a blank form, a piece of guidance or a report on the service rather than a case:
 * "template", "blank", "guidance", "v3", "LADO mid-year report 2024-25", "Needs assessment summary" (of a
 * population, for a strategy).
 */
const TEMPLATE_WORDS =
  /\b(?:templates?|blank|guidance|guide|guides|flyer|poster|leaflet|training|slides|presentation|newsletter|policy|procedure|procedures|toolkit|terms of reference|bulletin|timetable|programme|handbook|checklist|v\d+(?:\.\d+)*|version|example|sample|model|faqs?|briefing|webinar|course|dashboard|data|statistics|stats|annual report|audit|dates|schedule|calendar|rota|aggregate|session|sessions|tool|tools|papers|job description|person spec|jd|fte|trip|residential|outing|excursion|what's changed|changes|criteria|eligibility|advert|vacancy|recruitment|volunteers?|hub|summer|spring|autumn|winter|holiday|activities|performance|statement of purpose|specification|self[- ]assessment|standards|invite|invitation|flowchart|map of services|protocol|operating|directory|poster|annual|mid[- ]year|quarterly|year[- ]end|needs assessment|strategic|consultation|draft)\b|\b20\d\d[-/]\d\d\b(?![-/.]\d)/i;

/** "MARAC referral form (SafeLives) 2025.docx": a form with a year is that year's blank form, not a case's. */
const VERSIONED_FORM = /\bforms?\b[^.]*\b20\d\d\b|\b20\d\d\b[^.]*\bforms?\b/i;

let matcher: PhraseMatcher<true> | undefined;

/** The case-record words in `text` (a file name, or the subject of a message with files), or [] for a blank form or guidance. */
export function caseRecordWords(text: string): string[] {
  if (TEMPLATE_WORDS.test(text) || VERSIONED_FORM.test(text)) return [];
  matcher ??= compilePhrases<true>(CASE_RECORD_WORDS.map((w) => [w, true] as const));
  return matchPhrases(text, wordsOf(text), matcher).map((m) => m.text);
}
