import type { IdentifierType } from "./result";

/** Each identifier type in plain English, with its article: "an NHS number", for reasons and questions. */
export const IDENTIFIER_NAMES: Readonly<Record<IdentifierType, string>> = {
  "nhs-number": "an NHS number",
  "ni-number": "a National Insurance number",
  "date-of-birth": "a date of birth",
  postcode: "a postcode",
  phone: "a phone number",
  email: "an email address",
};
