/**
 * SafeShare's shared UI (Fluent UI v9, React 18): host-free pieces that the Outlook task pane and the
 * Teams pages both use. Nothing here imports Office.js or teams-js; hosts pass data and callbacks in.
 *
 * Components (each split as house style point 6: `X.types.ts`, `useX.ts`, `renderX.tsx`,
 * `useXStyles.styles.ts` with makeStyles + tokens only, forced-colors rules for high contrast):
 * - `RecipientChip`    one recipient: address, class ("Personal email"…), reasons, fixes (remove, replace
 *                      with a secure address). Render inside a `<ul>`.
 * - `FlaggedSentence`  one sentence of the message with its cue words, identifiers and acronyms marked,
 *                      each mark explained in words (not colour alone), and the one-click fixes that are
 *                      safe ("In my view, …", spelling out a known acronym). Render inside a `<ul>`.
 * - `ChecklistStep`    one step of the core's checklist (`STEPS`, `QUESTIONS`): its asked questions as
 *                      inputs, skip notes from `answerNeeds`, step 6's flags to fix or override, the
 *                      validation problems under the fields they belong to.
 * - `DecisionBanner`   the core's recommendation with its rule path and the guidance quoted.
 * - `OutboxStatus`     how many decision records wait in the outbox (a polite live region).
 * - `ErrorSummary`     what stops a record being made (GOV.UK error-summary pattern): plain-English
 *                      problems from the core's `problemForPerson`, each a link that moves focus to its
 *                      question; takes focus and is announced when it appears.
 * - `PeopleSummary`    who the message is about and what it says of them (`peopleLines`), and why a
 *                      close pass passed.
 * - `AttachmentFindings` what is inside each attachment (`attachmentViews`): a progress bar while the
 *                      files are read, then per file what it carries and where, who it is about, why it
 *                      could not be read, and the wrong-attachment warning.
 *
 * Logic (pure, unit-tested): `answer-form.ts` (the checklist's answers while being written: what is
 * asked, reading and writing each question's value, flag resolutions), `segments.ts` (marks and fixes
 * of a sentence), `outboxStatusText`, `decisionBannerState`, `checklistStepView`.
 *
 * Keyboard: every control is a native or Fluent control in document order; radio groups move with the
 * arrow keys; the replace-address box takes Enter to confirm and Escape to cancel.
 */
export { RecipientChip } from "./recipient-chip/RecipientChip";
export type { RecipientChipProps } from "./recipient-chip/RecipientChip.types";
export { FIELD_LABELS, isPlausibleAddress, RECIPIENT_CLASS_LABELS } from "./recipient-chip/recipient-classes";
export { FlaggedSentence } from "./flagged-sentence/FlaggedSentence";
export { FlaggedSentenceGroup } from "./flagged-sentence/FlaggedSentenceGroup";
export { GROUP_FROM, groupFlaggedSentences, type SentenceGroup } from "./flagged-sentence/group-sentences";
export { ErrorSummary, focusQuestion, type ErrorSummaryProps } from "./error-summary/ErrorSummary";
export type { FlaggedSentenceProps } from "./flagged-sentence/FlaggedSentence.types";
export { SENTENCE_FLAG_TEXTS, sentenceFixes } from "./flagged-sentence/useFlaggedSentence";
export { acronymExpansionEdit, applyEdit, opinionPrefixEdit, sentenceMarks, sentenceSegments, type MarkSpan, type Segment, type TextEdit } from "./flagged-sentence/segments";
export { ChecklistStep } from "./checklist/ChecklistStep";
export type { ChecklistStepProps } from "./checklist/ChecklistStep.types";
export { checklistStepView, questionPath } from "./checklist/useChecklistStep";
export * from "./checklist/answer-form";
export { DecisionBanner } from "./decision-banner/DecisionBanner";
export type { DecisionBannerProps } from "./decision-banner/DecisionBanner.types";
export { decisionBannerState, RECOMMENDATION_TEXTS } from "./decision-banner/useDecisionBanner";
export { OutboxStatus, outboxStatusText, type OutboxStatusProps } from "./outbox-status/OutboxStatus";
export { PeopleSummary, peopleLines, type PeopleSummaryProps, type PersonLine } from "./people-summary/PeopleSummary";
export { TeamPicker, type TeamPickerProps } from "./team-picker/TeamPicker";
export { AttachmentFindings, type AttachmentFindingsProps } from "./attachment-findings/AttachmentFindings";
export { attachmentViews, readingText, type AttachmentReading, type AttachmentView } from "./attachment-findings/attachment-lines";
