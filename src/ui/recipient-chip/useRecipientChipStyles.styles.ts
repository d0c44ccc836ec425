import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { RecipientChipState } from "./RecipientChip.types";

export const recipientChipClassNames = { root: "ss-RecipientChip", badge: "ss-RecipientChip__badge" } as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
    backgroundColor: tokens.colorNeutralBackground1,
    borderInlineStartWidth: tokens.strokeWidthThicker,
  },
  safe: { borderInlineStartColor: tokens.colorPaletteGreenBorder2 },
  caution: { borderInlineStartColor: tokens.colorPaletteMarigoldBorder2 },
  danger: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  head: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  address: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all", color: tokens.colorNeutralForeground1 },
  field: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  badge: {
    fontSize: tokens.fontSizeBase200,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    ...shorthands.border(tokens.strokeWidthThin, "solid", "currentColor"),
    "@media (forced-colors: active)": { forcedColorAdjust: "auto" },
  },
  badgeSafe: { color: tokens.colorPaletteGreenForeground1 },
  badgeCaution: { color: tokens.colorPaletteMarigoldForeground2 },
  badgeDanger: { color: tokens.colorPaletteRedForeground1 },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

/** Class names for the chip; never mutates state. */
export function useRecipientChipStyles(state: Pick<RecipientChipState, "tone">) {
  const s = useStyles();
  const tone = state.tone === "safe" ? s.safe : state.tone === "caution" ? s.caution : s.danger;
  const badgeTone = state.tone === "safe" ? s.badgeSafe : state.tone === "caution" ? s.badgeCaution : s.badgeDanger;
  return {
    root: mergeClasses(recipientChipClassNames.root, s.root, tone),
    head: s.head,
    address: s.address,
    field: s.field,
    badge: mergeClasses(recipientChipClassNames.badge, s.badge, badgeTone),
    reasons: s.reasons,
    actions: s.actions,
  };
}
