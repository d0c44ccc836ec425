import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

export const decisionBannerClassNames = { root: "ss-DecisionBanner" } as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  body: { whiteSpace: "normal" },
  harm: { fontWeight: tokens.fontWeightSemibold },
  details: { color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
  summary: { cursor: "pointer", color: tokens.colorBrandForegroundLink, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  path: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  quote: { margin: 0, marginBlockStart: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

export function useDecisionBannerStyles() {
  const s = useStyles();
  return { ...s, root: mergeClasses(decisionBannerClassNames.root, s.root) };
}
