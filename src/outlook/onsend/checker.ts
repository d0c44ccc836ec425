/**
 * The core check, as the part of the bundle that is initialised only when a message needs checking (see
 * entry.ts). Kept apart so that registering the handlers, reading the item and honouring a recorded
 * decision never depend on the core's language-feature needs or its start-up cost.
 */
export { checkMessage } from "../../core/check/check-message";
