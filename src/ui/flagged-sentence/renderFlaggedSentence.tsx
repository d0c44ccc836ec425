import { Button } from "@fluentui/react-components";
import type { FlaggedSentenceState } from "./FlaggedSentence.types";
import type { useFlaggedSentenceStyles } from "./useFlaggedSentenceStyles.styles";

/** Pure JSX from state: the sentence with its marked words, what each mark means, and the fixes. */
export function renderFlaggedSentence(state: FlaggedSentenceState, classes: ReturnType<typeof useFlaggedSentenceStyles>) {
  return (
    <li className={classes.root} data-flagged-sentence="">
      <p className={classes.text} aria-describedby={state.ids.explanations}>
        {state.segments.map((s) =>
          s.mark ? (
            <mark key={s.start} className={classes.mark(s.mark.kind)}>
              {s.text}
            </mark>
          ) : (
            <span key={s.start}>{s.text}</span>
          ),
        )}
      </p>
      <div id={state.ids.explanations}>
        {state.flagTexts.length > 0 && (
          <ul className={classes.flags}>
            {state.flagTexts.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        )}
        {state.explanations.length > 0 && (
          <ul className={classes.why}>
            {state.explanations.map((e, i) => (
              <li key={`${e.text}-${i}`}>
                <span className={classes.term}>“{e.text}”</span>: {e.why}
              </li>
            ))}
          </ul>
        )}
      </div>
      {state.fixes.length > 0 && state.onFix && (
        <div className={classes.actions}>
          {state.fixes.map((fix) => (
            <Button key={fix.label} size="small" disabled={state.busy} onClick={() => state.onFix?.(fix)}>
              {fix.label}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}
