import { useId } from "react";
import { QUESTION_FOR_ANSWER, type RecommendationValue } from "../../core/decision";
import type { DecisionBannerProps, DecisionBannerState } from "./DecisionBanner.types";

/** Each recommendation in plain English, with its intent. */
export const RECOMMENDATION_TEXTS: Readonly<Record<RecommendationValue, { readonly title: string; readonly intent: DecisionBannerState["intent"] }>> = {
  share: { title: "SafeShare recommends: share", intent: "success" },
  "share-limited": { title: "SafeShare recommends: share limited information", intent: "success" },
  "do-not-share": { title: "SafeShare recommends: do not share", intent: "error" },
  "seek-advice": { title: "SafeShare recommends: seek advice first", intent: "warning" },
};

/** The banner's state from the core's recommendation (pure; exported for tests). */
export function decisionBannerState(props: DecisionBannerProps, pathId: string): DecisionBannerState {
  const r = props.recommendation;
  const path = r.path.map((s) => ({ rule: s.rule, says: s.says, quote: s.source.quote, seed: s.source.seed }));
  if (r.kind === "pending") {
    return {
      intent: "info",
      title: "No recommendation yet",
      explanation: `Answer the checklist to see SafeShare's recommendation. Next: ${QUESTION_FOR_ANSWER[r.awaiting]}`,
      significantHarm: undefined,
      path,
      ids: { path: pathId },
    };
  }
  const text = RECOMMENDATION_TEXTS[r.value];
  return {
    intent: text.intent,
    title: text.title,
    explanation: r.significantHarm ? (r.path[r.path.length - 1]?.says ?? r.explanation) : r.explanation,
    significantHarm: r.significantHarm?.says,
    path,
    ids: { path: pathId },
  };
}

export function useDecisionBanner(props: DecisionBannerProps): DecisionBannerState {
  return decisionBannerState(props, `${useId()}-path`);
}
