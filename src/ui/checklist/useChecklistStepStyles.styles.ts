import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";

export const checklistStepClassNames = { root: "ss-ChecklistStep" } as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalM,
    ...shorthands.borderTop(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  help: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  helpSummary: { cursor: "pointer", color: tokens.colorBrandForegroundLink },
  helpQuestion: { margin: 0, marginBlockStart: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  quote: { margin: 0, marginBlockStart: tokens.spacingVerticalXXS, fontStyle: "italic" },
  flags: { margin: 0, paddingInlineStart: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  flag: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorPaletteMarigoldBorder2,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  fieldset: { margin: 0, padding: 0, border: "none", minWidth: 0, display: "flex", flexDirection: "column" },
  legend: { padding: 0, marginBlockEnd: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground1 },
  fieldProblem: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  flagText: { margin: 0, color: tokens.colorNeutralForeground1 },
  summary: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS },
  summaryList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground1 },
});

export function useChecklistStepStyles() {
  const s = useStyles();
  return { ...s, root: mergeClasses(checklistStepClassNames.root, s.root) };
}
