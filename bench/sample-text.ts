/**
 * A deterministic, realistic case email of about `words` words, built from practitioner-style sentences
 * (facts, opinions, reports, identifiers, acronyms, lists), so that every part of the check does work.
 */
const SENTENCES = [
  "I visited the family home on 12 March at 16:10 with PC Jones.",
  "Chloe (DOB 12/03/2015) answered the door and said mum was asleep upstairs.",
  "The kitchen had no food in the fridge and there were six cans of lager on the floor.",
  "I think mum is struggling to cope since the baby was born.",
  "The school reports that Oscar has been absent for nine of the last twenty days.",
  "Apparently the children's father has returned to the area.",
  "CAMHS have been asked to assess Chloe following the disclosure.",
  "Mr Osei is aggressive and controlling towards professionals.",
  "The GP confirmed that mum has been prescribed antidepressants.",
  "NHS number 943 476 5919 is recorded on the referral form.",
  "1. Strategy discussion to be held on Thursday at 10.30.",
  "2. Dr. Patel will share the paediatric assessment, e.g. the body map.",
  "In my view the family would benefit from a Team Around the Family.",
  "It is likely that Oscar is caring for his younger sister.",
  "Mum can be reached on 07700 900123 or at 14 Acacia Road, AL1 3XY.",
  "Oscar's teacher thinks he is being kept off school to look after his sister.",
];

export function sampleEmail(words: number): string {
  const parts: string[] = ["Dear Sarah,", ""];
  let count = 2;
  for (let i = 0; count < words; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    parts.push(i % 5 === 4 ? `${s}\n` : s);
    count += s.split(/\s+/).length;
  }
  parts.push("", "Kind regards", "Jo Smith", "Senior Social Worker, Children's Services", "Tel: 01707 000000");
  return parts.join(" ");
}
