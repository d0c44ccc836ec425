/**
 * A decision record in plain English: the text lives in core (src/core/decision/record-text.ts), shared
 * with the CSV export; this module re-exports it for the review page's components.
 */
export {
  CHANNEL_LABELS,
  CLASS_LABELS,
  CONSENT_STATUS_LABELS,
  consentText,
  DECISION_LABELS,
  messageRefText,
  purposeText,
  RECOMMENDATION_LABELS,
  recordLines,
  type RecordLine,
} from "../../core/decision";
