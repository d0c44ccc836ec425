/**
 * Health cues (UK GDPR Article 9: data concerning health). Diagnoses, conditions, treatment, services and
 * professionals whose mention says something about a person's physical or mental health. Deliberately
 * left out: "ill", "sick", "unwell" used casually ("off sick" in an ordinary email is still health, but
 * "sick of waiting" is not), "surgery" (a GP surgery is also just a venue) is kept only in phrases,
 * and injuries/bruises, which the case-vocabulary finder covers.
 */
export const HEALTH_PHRASES: readonly string[] = [
  // Mental health and emotional wellbeing
  "mental health", "mental illness", "mental health act", "sectioned", "section 136", "depression", "depressed",
  "depressive", "anxiety disorder", "panic attacks", "panic attack", "ptsd", "post traumatic stress", "ocd",
  "obsessive compulsive", "bipolar", "schizophrenia", "schizophrenic", "psychosis", "psychotic",
  "personality disorder",
  "eating disorder", "anorexia", "anorexic", "bulimia", "bulimic", "self harm", "self harming", "self harmed",
  "selfharm", "self injury", "suicidal", "suicide", "suicide attempt", "attempted suicide", "overdose", "overdosed",
  "suicidal ideation", "low mood", "psychiatric", "psychiatrist", "psychologist", "psychotherapy", "counselling",
  "counsellor", "therapist", "=CAMHS", "camhs", "=CMHT", "=EIP", "=IAPT", "talking therapies", "mental capacity",
  "lacks capacity", "dementia", "alzheimer's", "alzheimers",
  // Neurodevelopmental and disability
  "autism", "autistic", "=ASD", "=ASC", "=ADHD", "adhd", "attention deficit", "dyslexia", "dyslexic", "dyspraxia",
  "learning disability", "learning disabilities", "learning difficulty", "learning difficulties", "disability",
  "disabilities", "disabled", "cerebral palsy", "down's syndrome", "downs syndrome", "down syndrome",
  "global developmental delay", "developmental delay", "hearing impairment", "hearing impaired", "deaf",
  "visual impairment", "visually impaired", "wheelchair user", "wheelchair", "tourette's", "tourettes",
  "foetal alcohol", "fetal alcohol", "=FASD", "=PDA",
  // Physical conditions
  "diagnosis", "diagnosed", "diagnoses", "undiagnosed", "medical condition", "health condition",
  "long term condition",
  "epilepsy", "epileptic", "seizure", "seizures", "asthma", "asthmatic", "diabetes", "diabetic", "cancer", "tumour",
  "leukaemia", "chemotherapy", "=HIV", "hiv", "=AIDS", "hepatitis", "tuberculosis", "sickle cell",
  "cystic fibrosis",
  "heart condition", "stroke", "chronic pain", "terminal illness", "terminally ill", "palliative", "allergy",
  "allergies", "anaphylaxis", "eczema", "failure to thrive", "faltering growth", "malnutrition", "malnourished",
  "obesity", "obese", "brain injury", "head injury", "fracture", "fractures", "fractured", "concussion",
  // Sexual and reproductive health
  "pregnant", "pregnancy", "pregnancies", "miscarriage", "miscarried", "termination of pregnancy", "abortion",
  "antenatal", "ante natal", "postnatal", "post natal", "postnatal depression", "midwife", "midwifery", "maternity",
  "stillbirth", "sexual health", "=STI", "=STIs", "sexually transmitted", "chlamydia", "gonorrhoea",
  "contraception",
  "contraceptive", "morning after pill", "pill", "gender dysphoria",
  // Substances
  "substance misuse", "substance use", "drug misuse", "drug use", "drug addiction", "addiction", "addicted",
  "alcoholic", "alcoholism", "alcohol dependency", "alcohol dependence", "alcohol misuse", "detox", "methadone",
  "opiate", "opiates", "heroin", "cocaine", "cannabis", "=NAS", "neonatal abstinence",
  // Treatment, medication and services
  "medication", "medications", "medicated", "prescribed", "prescription", "antidepressant", "antidepressants",
  "sertraline", "fluoxetine", "citalopram", "ritalin", "methylphenidate", "melatonin", "insulin", "inhaler",
  "epipen", "=GP", "gp", "gp surgery", "doctor's surgery", "hospital", "hospitalised", "admitted to hospital",
  "hospital admission", "=A&E", "a&e", "accident and emergency", "emergency department", "paediatrician",
  "paediatric", "consultant paediatrician", "health visitor", "=HV", "school nurse", "district nurse", "=CPN",
  "speech and language therapy", "speech and language therapist", "occupational therapy", "occupational therapist",
  "physiotherapy", "physiotherapist", "clinic", "outpatient", "outpatients", "=ICU",
  "intensive care", "ambulance", "paramedic", "paramedics", "=NHS 111", "medical records", "medical appointment",
  "health needs", "medical needs", "wheelchair services", "hearing aid", "hearing aids",
  "on the ward", "children's ward", "registered blind", "partially sighted", "did not attend",
];
