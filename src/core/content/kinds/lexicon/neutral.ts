/**
 * Neutral phrases: fixed expressions containing a cue word that carry no judgement or report, so
 * the longest-match trie consumes them before the cue word can fire ("Good morning", "safe and
 * well check", "looked after child", "I hope you are well", "appropriate adult").
 */

/** Phrases that yield no cue. */
export const NEUTRALS: readonly string[] = [
  "good morning", "good afternoon", "good evening", "good day", "good night", "good luck", "good news",
  "kind regards", "best regards", "best wishes", "warm regards", "many thanks", "all the best", "with best wishes",
  "hope you are well", "hope you're well", "hope you are keeping well", "hope this helps", "hope that helps",
  "hope this is helpful", "hope that is helpful", "hope all is well", "hope you had", "hope you have",
  "hope to hear", "i look forward", "look forward", "looking forward", "would be grateful", "would be happy to",
  "would be glad", "would appreciate", "would like", "would you", "would it be possible", "could you", "can you",
  "could we", "can we", "may i", "may we", "might i", "wonder if you could", "wondered if you could",
  "wondering if you could", "wondered whether you could", "wondering whether you could", "i wonder if you could",
  "if possible", "where possible", "as soon as possible", "when possible", "if you think", "do you think",
  "looked after", "looking after", "look after", "looks after", "looked-after", "appropriate adult",
  "safe and well", "safe and well check", "safe sleeping", "safe sleep", "safe sleep advice", "safety plan",
  "serious case review", "serious incident", "serious further offence", "child in need", "children in need",
  "caring for", "cares for", "care for", "cared for by", "responsible for", "is responsible for",
  "avoided eye contact", "avoiding eye contact", "avoids eye contact", "avoid eye contact",
  "as discussed", "as agreed", "as previously", "as stated above", "as mentioned",
  "present at", "present during", "present in", "was present", "were present", "are present", "is present",
  "to present", "best interests", "in the best interests", "bad language", "good time", "in good time",
  "the best way", "best way", "safeguarding lead", "supposed to", "as expected",
  "may wish", "you may wish", "should be grateful", "should you", "you may want", "might wish",
  "feel free", "please feel free", "felt free", "let me know", "let you know", "let us know",
  "the police report", "a police report", "police report", "incident report", "school report", "medical report",
  "the report", "this report", "my report", "our report", "reports to",
];
