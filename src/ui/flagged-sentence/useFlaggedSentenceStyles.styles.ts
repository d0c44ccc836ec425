import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";

export const flaggedSentenceClassNames = { root: "ss-FlaggedSentence", mark: "ss-FlaggedSentence__mark" } as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    backgroundColor: tokens.colorNeutralBackground1,
  },
  text: { margin: 0, lineHeight: tokens.lineHeightBase400, color: tokens.colorNeutralForeground1 },
  mark: {
    color: "inherit",
    backgroundColor: tokens.colorPaletteYellowBackground2,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`,
    paddingInline: "1px",
    "@media (forced-colors: active)": { backgroundColor: "Mark", color: "MarkText", borderBottomColor: "CanvasText" },
  },
  identifier: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    borderBottomColor: tokens.colorPaletteRedBorder2,
  },
  acronym: {
    backgroundColor: tokens.colorPaletteBlueBackground2,
    borderBottomColor: tokens.colorPaletteBlueBorderActive,
    borderBottomStyle: "dashed",
  },
  flags: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
  why: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  term: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export function useFlaggedSentenceStyles() {
  const s = useStyles();
  return {
    root: mergeClasses(flaggedSentenceClassNames.root, s.root),
    text: s.text,
    mark: (kind: string) => mergeClasses(flaggedSentenceClassNames.mark, s.mark, kind === "identifier" ? s.identifier : kind === "acronym" ? s.acronym : undefined),
    flags: s.flags,
    why: s.why,
    term: s.term,
    actions: s.actions,
  };
}
