import type { ChecklistStepProps } from "./ChecklistStep.types";
import { renderChecklistStep } from "./renderChecklistStep";
import { useChecklistStep } from "./useChecklistStep";
import { useChecklistStepStyles } from "./useChecklistStepStyles.styles";

/** One step of the checklist, rendered from the core's question data, with skip logic and pre-fill from the core. */
export function ChecklistStep(props: ChecklistStepProps) {
  const state = useChecklistStep(props);
  return renderChecklistStep(state, useChecklistStepStyles());
}
