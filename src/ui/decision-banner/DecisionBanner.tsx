import type { DecisionBannerProps } from "./DecisionBanner.types";
import { renderDecisionBanner } from "./renderDecisionBanner";
import { useDecisionBanner } from "./useDecisionBanner";
import { useDecisionBannerStyles } from "./useDecisionBannerStyles.styles";

/** The recommendation and the rule path that produced it (the practitioner decides). */
export function DecisionBanner(props: DecisionBannerProps) {
  const state = useDecisionBanner(props);
  return renderDecisionBanner(state, useDecisionBannerStyles());
}
