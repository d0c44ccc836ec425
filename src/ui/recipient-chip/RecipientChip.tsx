import { renderRecipientChip } from "./renderRecipientChip";
import type { RecipientChipProps } from "./RecipientChip.types";
import { useRecipientChip } from "./useRecipientChip";
import { useRecipientChipStyles } from "./useRecipientChipStyles.styles";

/** One recipient: address, class, reasons, and the fixes (remove, replace) for one that is not secure. Render inside a `<ul>`. */
export function RecipientChip(props: RecipientChipProps) {
  const state = useRecipientChip(props);
  return renderRecipientChip(state, useRecipientChipStyles(state));
}
