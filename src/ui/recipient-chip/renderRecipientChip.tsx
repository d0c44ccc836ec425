import { Button, Field, Input } from "@fluentui/react-components";
import type { RecipientChipState } from "./RecipientChip.types";
import type { useRecipientChipStyles } from "./useRecipientChipStyles.styles";

/** Pure JSX from state. */
export function renderRecipientChip(state: RecipientChipState, classes: ReturnType<typeof useRecipientChipStyles>) {
  return (
    <li className={classes.root} aria-describedby={state.reasons.length ? state.ids.reasons : undefined} data-recipient={state.address}>
      <div className={classes.head}>
        <span className={classes.field}>{state.fieldLabel}</span>
        <span className={classes.address}>{state.displayName ? `${state.displayName} <${state.address}>` : state.address}</span>
        <span className={classes.badge}>{state.classLabel}</span>
      </div>
      {state.reasons.length > 0 && (
        <ul id={state.ids.reasons} className={classes.reasons}>
          {state.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {state.canFix && !state.replacing && (
        <div className={classes.actions}>
          {state.onRemove && (
            <Button size="small" disabled={state.busy} onClick={state.onRemove} aria-label={`Remove ${state.address}`}>
              Remove
            </Button>
          )}
          <Button size="small" disabled={state.busy} onClick={state.onStartReplace} aria-label={`Replace ${state.address} with a secure address`}>
            Replace with a secure address
          </Button>
        </div>
      )}
      {state.canFix && state.replacing && (
        <div className={classes.actions}>
          <Field label={`Secure address instead of ${state.address}`} validationMessage={state.replacement && !state.replacementValid ? "Enter an email address" : undefined}>
            <Input
              id={state.ids.replaceInput}
              type="email"
              value={state.replacement}
              onChange={(_, d) => state.onReplacementChange(d.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") state.onConfirmReplace();
                if (e.key === "Escape") state.onCancelReplace();
              }}
            />
          </Field>
          <Button size="small" appearance="primary" disabled={!state.replacementValid || state.busy} onClick={state.onConfirmReplace}>
            Replace
          </Button>
          <Button size="small" onClick={state.onCancelReplace}>
            Cancel
          </Button>
        </div>
      )}
    </li>
  );
}
