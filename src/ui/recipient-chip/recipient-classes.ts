import type { RecipientClass, RecipientField } from "../../core/check/result";
import type { RecipientTone } from "./RecipientChip.types";

/** Each recipient class in plain English, with its tone. */
export const RECIPIENT_CLASS_LABELS: Readonly<Record<RecipientClass, { readonly label: string; readonly tone: RecipientTone }>> = {
  internal: { label: "Your organisation", tone: "safe" },
  secure: { label: "Secure", tone: "safe" },
  unverified: { label: "Not known to be secure", tone: "caution" },
  personal: { label: "Personal email", tone: "danger" },
  lookalike: { label: "Look-alike address", tone: "danger" },
  invalid: { label: "Not a valid address", tone: "danger" },
};

export const FIELD_LABELS: Readonly<Record<RecipientField, string>> = { to: "To", cc: "Cc", bcc: "Bcc" };

/** A plausible email address (the host validates it again when it sets the recipient). */
export function isPlausibleAddress(value: string): boolean {
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/.test(value.trim());
}
