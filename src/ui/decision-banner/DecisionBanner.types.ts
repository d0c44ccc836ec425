import type { Recommendation } from "../../core/decision";

/** Props of {@link DecisionBanner}: the recommendation computed by the core, with its rule path. */
export interface DecisionBannerProps {
  readonly recommendation: Recommendation;
}

/** The state {@link renderDecisionBanner} draws. */
export interface DecisionBannerState {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly title: string;
  readonly explanation: string;
  readonly significantHarm: string | undefined;
  /** Each rule on the path: what it says, and the guidance it comes from. */
  readonly path: readonly { readonly rule: string; readonly says: string; readonly quote: string; readonly seed: string }[];
  readonly ids: { readonly path: string };
}
