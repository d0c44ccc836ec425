import { useId, useState } from "react";
import { FIELD_LABELS, isPlausibleAddress, RECIPIENT_CLASS_LABELS } from "./recipient-classes";
import type { RecipientChipProps, RecipientChipState } from "./RecipientChip.types";

/** Props to state: labels and tone resolved once, the replace form's local state. */
export function useRecipientChip(props: RecipientChipProps): RecipientChipState {
  const { recipient } = props;
  const [replacing, setReplacing] = useState(false);
  const [replacement, setReplacement] = useState("");
  const base = useId();
  const cls = RECIPIENT_CLASS_LABELS[recipient.class];
  const canFix = cls.tone !== "safe" && (props.onRemove !== undefined || props.onReplace !== undefined);
  const replacementValid = isPlausibleAddress(replacement);
  return {
    address: recipient.address,
    displayName: recipient.displayName && recipient.displayName.toLowerCase() !== recipient.address.toLowerCase() ? recipient.displayName : undefined,
    fieldLabel: FIELD_LABELS[recipient.field],
    classLabel: cls.label,
    tone: cls.tone,
    reasons: recipient.reasons,
    canFix,
    replacing,
    replacement,
    replacementValid,
    busy: props.busy === true,
    ids: { reasons: `${base}-reasons`, replaceInput: `${base}-replace` },
    onRemove: props.onRemove,
    onStartReplace: () => setReplacing(true),
    onCancelReplace: () => {
      setReplacing(false);
      setReplacement("");
    },
    onReplacementChange: setReplacement,
    onConfirmReplace: () => {
      if (!replacementValid || !props.onReplace) return;
      props.onReplace(replacement.trim());
      setReplacing(false);
      setReplacement("");
    },
  };
}
