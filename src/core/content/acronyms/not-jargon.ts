/*
 * All-capital tokens that are not jargon to flag.
 *
 * WELL_KNOWN: abbreviations every reader across agencies understands (NHS, UK, DOB, ASAP) and email
 * furniture (RE, FW, CC). Flagging them would be noise.
 *
 * The words that only the finder of unknown acronyms needs (shouted English, units, Roman numerals) are in
 * unknown-acronyms.ts, so that the case vocabulary, which looks for glossary terms only, and the on-send
 * handler with it, do not carry them.
 */

/** Abbreviations every reader understands, and email furniture: never flagged. */
export const WELL_KNOWN: ReadonlySet<string> = new Set(
  (
    "NHS UK GB EU USA UN BBC ITV TV ID OK ASAP PDF IT HR CV FAQ FYI ETA TBC TBA TBD AOB NB PS PPS RE FW FWD " +
    "CC BCC MP PC DOB NI PIN SMS MMS URL WWW COVID GCSE MOT VAT HMRC CEO CFO NSPCC RSPCA MBE OBE CBE DIY " +
    "ATM PTO RSVP AKA ETC IE EG VIP SOS Q&A GOV HM HMG PhD MSc BSc BA MA LLB JPEG PNG PPT XLS DOC DOCX ICT " +
    "APP IOS USB WIFI CCTV DVD CD SIM QR LOL OMG AM PM ISBN ONS NICE OFSTED UNICEF"
  ).split(" "),
);
