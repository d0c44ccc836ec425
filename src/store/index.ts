/**
 * The store: SafeShare's decision log in SharePoint through Microsoft Graph, and the durable outbox.
 * Browser-safe: Node-only pieces (the SQLite outbox) are imported from their own files
 * (`store/outbox/sqlite-outbox`), never from here.
 */
export { isStoreError, StoreError, storeErrorFrom, retryAfterMs, isDuplicateValueError, isThresholdRefusal, type StoreErrorKind, type StoreErrorDetails } from "./errors";
export { odataString, odataDateTime, fieldCompare, fieldIn, fieldRef } from "./odata";
export { graphClientFrom, graphEndpoint, GRAPH_V1, type GraphClientOptions } from "./graph/client";
export { staticTokenProvider, graphAuthProvider, type TokenProvider } from "./graph/token-provider";
export { DEV_APP_ID, devToken, devTokenProvider, GRAPH_AUDIENCES, scpClaim, type DevTokenClaims } from "./graph/dev-token";
export { DEFAULT_RETRY_POLICY, retryHandlerFrom, type RetryPolicy } from "./graph/retry";
export { SafeRequestNetworkRetryHandler, TimeoutFetchHandler } from "./graph/fetch-handler";
export { MAX_BATCH, postBatch, runBatch, isRetryableSubStatus, type BatchRequest, type BatchResponse, type BatchRun, type BatchRetryOptions } from "./graph/batch";
export { siteFrom, siteLookupPath, type SiteInfo } from "./graph/site";
export { DecisionLog, tamperReportFrom, type AppendOutcome, type DecisionListRef, type DecisionLogOptions, type DecisionLogStats, type ItemVersion, type ReviewEntry, type TamperReport } from "./decision-log";
export { recordMatches, serverConditions, windowFilter, type ReviewQuery } from "./review-query";
export { decisionListId, differenceText, provisionDecisionList, readOwnItemsSteps, schemaDifferences, setReadOwnItems, type ProvisionListOptions, type ProvisionResult, type SchemaDifference } from "./provision";
export { DEFAULT_LIST_NAME, decisionListFor, MAX_LIST_TITLE, teamOfDecisionList } from "./list-names";
export { chooseTeam, noTeamMessage, storageTeamMemory, teamRoutingSink, visibleDecisionLists, type TeamChoice, type TeamMemory, type VisibleLists } from "./team-lists";
export {
  applyTeamAccess,
  BASE_PERMISSION_BITS,
  basePermissionsOf,
  emulateTeamAccess,
  formatRestCall,
  FULL_CONTROL_ROLE_TYPE,
  groupRefFrom,
  groupText,
  listEndpoint,
  MANAGER_LEVEL,
  permissionLevelCalls,
  PRACTITIONER_LEVEL,
  principalLookup,
  SAFESHARE_PERMISSION_LEVELS,
  sharePointRestRunner,
  spStringLiteral,
  teamAccessPlan,
  teamListCalls,
  TEAM_LIST_SECURITY,
  type AccessReport,
  type BasePermissionName,
  type EmulatedGroups,
  type GroupRef,
  type PermissionLevelSpec,
  type RestCall,
  type RestRunner,
  type SpListRef,
  type TeamAccessGroups,
} from "./sharepoint-access";
export { storedRecord, type ClaimOptions, type Outbox, type OutboxCounts, type OutboxEntry } from "./outbox/outbox";
export { IdbOutbox, OUTBOX_DB_NAME } from "./outbox/idb-outbox";
export {
  backoffDelay,
  browserOnlineSignal,
  DEFAULT_LEASE_MS,
  OUTBOX_LOCK_NAME,
  OutboxFlusher,
  systemClock,
  webLocksFrom,
  type FlusherClock,
  type FlusherOptions,
  type FlushReport,
  type LockManagerLike,
  type OnlineSignal,
  type OutboxLock,
  type RecordSink,
} from "./outbox/flusher";
export { scopesFor, REFUSED_SCOPES, SCOPES_BY_NEED, type ScopeNeed } from "./auth/scopes";
export { signInWindowTokenProvider, signInPageUrl, signInRequestFrom, SignInMessageSchema, SignInWindowError, KNOWN_SCOPES, type OpenSignInWindow, type SignInMessage, type SignInRequest, type SignInWindowTokenProvider, type SignedInAccount } from "./auth/sign-in-window";
export { authModeFor, msalApplicationFor, msalConfiguration, msalTokenProvider, needsInteraction, type AuthMode, type HostFacts, type MsalClient, type MsalSettings } from "./auth/msal-token-provider";
export { isBrokenVersion, POLICY_COLUMNS, POLICY_LIST_NAME, PolicyConflict, PolicyStore, provisionPolicyList, type BrokenVersion } from "./policy-store";
