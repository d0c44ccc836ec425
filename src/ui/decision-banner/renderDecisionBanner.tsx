import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { DecisionBannerState } from "./DecisionBanner.types";
import type { useDecisionBannerStyles } from "./useDecisionBannerStyles.styles";

/** Pure JSX from state: the recommendation, why (the rule path with the guidance quoted), the harm notice. */
export function renderDecisionBanner(state: DecisionBannerState, classes: ReturnType<typeof useDecisionBannerStyles>) {
  return (
    <div className={classes.root} data-testid="recommendation">
      <MessageBar intent={state.intent} layout="multiline">
        <MessageBarBody className={classes.body}>
          <MessageBarTitle>{state.title}</MessageBarTitle> {state.explanation}
          {state.significantHarm && <p className={classes.harm}>{state.significantHarm}</p>}
        </MessageBarBody>
      </MessageBar>
      {state.path.length > 0 && (
        <details className={classes.details}>
          <summary className={classes.summary}>How SafeShare got there ({state.path.length} steps)</summary>
          <ol id={state.ids.path} className={classes.path}>
            {state.path.map((p) => (
              <li key={p.rule} data-rule={p.rule}>
                {p.says}
                <blockquote className={classes.quote}>
                  “{p.quote}” ({p.seed})
                </blockquote>
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
