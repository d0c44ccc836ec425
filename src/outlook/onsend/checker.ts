/**
 * The core check, as the part of the bundle that is initialised only when a message needs checking (see
 * entry.ts). Kept apart so that registering the handlers, reading the item and honouring a recorded
 * decision never depend on the core's language-feature needs or its start-up cost.
 *
 * The handler needs only the verdict (the task pane runs the full analysis), so this is `checkVerdict`,
 * right for any policy. When the policy baked into the bundle does not review on sentence flags, the
 * build loads checker-without-sentences.ts in this module's place, leaving the sentence analysis out.
 */
export { checkVerdict } from "../../core/check/check-verdict";
