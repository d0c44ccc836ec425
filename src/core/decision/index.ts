/**
 * The decision model: the checklist, the recommendation and the decision record. The task pane, the
 * Teams share page, the review page, the store and the CLI use this API; none holds checklist logic.
 */
export { AnalysisSchema, EMPTY_ANALYSIS, type Analysis } from "./analysis";
export { answerNeeds, type Need } from "./applicability";
export {
  AdviceSchema,
  AnswersSchema,
  ChildCompetenceSchema,
  ConsentPartySchema,
  ConsentSchema,
  DecisionSchema,
  FlagResolutionSchema,
  InformSchema,
  LawfulBasisSchema,
  PublicInterestSchema,
  PurposeSchema,
  RightWaySchema,
  type Advice,
  type AnswerKey,
  type Answers,
  type AnswersInput,
  type ChildCompetence,
  type Consent,
  type ConsentPartyAnswer,
  type Decision,
  type FlagResolution,
  type Inform,
  type LawfulBasis,
  type PublicInterest,
  type Purpose,
  type RightWay,
} from "./answers";
export { canonicalJson } from "./canonical";
export { consentCoversSharing, consentIsLawfulBasis } from "./consent-basis";
export { verifyChain, practitionerChains, type ChainOptions, type ChainProblem, type ChainReport } from "./chain";
export {
  GOLDEN_RULES_2018,
  GOLDEN_RULES_2024,
  QUESTION_FOR_ANSWER,
  QUESTIONS,
  SEVEN_QUESTIONS,
  type AnswerType,
  type GoldenRule,
  type Option,
  type Question,
} from "./checklist";
export {
  columnDefinition,
  isReviewPatch,
  listFieldsToRecord,
  listFieldsToReview,
  MAX_INDEXED_COLUMNS,
  RECORD_COLUMNS,
  recordToListFields,
  REVIEW_COLUMNS,
  ReviewSchema,
  reviewToListFields,
  type ColumnSpec,
  type ColumnType,
  type ListFields,
  type ListItemParse,
  type Review,
} from "./columns";
export { flagPrinciple, flagQuestion, isRiskyAddressFlag, RaisedFlagSchema, raisedFlagsFrom, UNSECURED_CLASSES, type RaisedFlag } from "./flags";
export { recordHashOf, sealedRecord, sha256Hex } from "./hash";
export {
  decisionTimeFrom,
  DecisionTimeSchema,
  EntraObjectIdSchema,
  RecordIdSchema,
  Sha256HexSchema,
  UpnSchema,
  UtcTimeSchema,
  type EntraObjectId,
  type RecordId,
  type Sha256Hex,
  type Upn,
} from "./ids";
export { answersWithPrefill, article9Required, EMPTY_PREFILL, prefillFrom, type Prefill } from "./prefill";
export { answersToRepeat, changesSince, conversationTopic, DecisionMemoSchema, flagResolutionsToRepeat, memoMatches, topicHashOf, type DecisionMemo } from "./repeat";
export { recommendationFrom, rulePathIds, type Recommendation, type RuleStep } from "./recommendation";
export {
  decisionRecordFrom,
  DecisionRecordDraftSchema,
  DecisionRecordSchema,
  MessageRefSchema,
  RECORD_SCHEMA_VERSION,
  READABLE_RECORD_VERSIONS,
  RecordAttachmentSchema,
  type RecordAttachment,
  MAX_RECORD_ATTACHMENTS,
  recordErrorText,
  RecordFlagSchema,
  RecordRecipientSchema,
  type DecisionRecord,
  type DecisionRecordDraft,
  type MessageRef,
  type RecordFlag,
  type RecordParse,
  type RecordRecipient,
} from "./record";
export { RecordContextSchema, recordAttachments, recordFromAnswers, type RecordBuild, type RecordContextInput } from "./record-builder";
export { ANALYSIS_RULE_IDS, RULE_IDS, RULES, SIGNIFICANT_HARM_NOTICE, TERMINAL_RULE_IDS, type Rule, type RuleId } from "./rules";
export { SEED_FILES, seedQuote, type SeedNumber, type SeedQuote } from "./seeds";
export { significantHarmConcern } from "./significant-harm";
export { ANSWER_KEYS, STEP_IDS, STEPS, stepName, stepOfAnswer, type Step, type StepId } from "./steps";
export { answerProblems, answersValidation, problemText, schemaProblems, type AnswersValidation, type Problem } from "./validation";
export { problemForPerson, questionForField, questionPath, type PersonProblem } from "./problem-wording";
export * from "./vocabulary";
export { CSV_COLUMNS, CSV_EXPORT_COLUMNS, csvCell, csvLine, recordCsvCells, recordCsvLine, recordsCsv, type CsvColumn, type CsvEntry } from "./csv-export";
export * from "./record-text";
