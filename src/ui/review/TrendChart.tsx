/**
 * One trend as a bar table: a row per category with its label written out in full (wrapping, never
 * truncated or skipped), the numbers, and a horizontal bar drawn from them. The numbers are the data and
 * the bar is decoration (`aria-hidden`, never focusable), so a screen reader reads a plain table, a
 * printout keeps every figure, and the colours are never the only way to tell the series apart.
 *
 * Why not @fluentui/react-charts (used until issue 13): its string x-axis dropped or cut long labels
 * (one truncated label under five bars; every other week), and its keyboard movers add tabster's
 * focusable `aria-hidden` elements, which axe reports as a serious `aria-hidden-focus` violation
 * (microsoft/tabster#288). A table with bars has neither problem and needs no chart library.
 */
import { Caption1, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Trend } from "./trends";

/** Series colours; in Windows high-contrast (forced colours) the system's own colours are used instead. */
const PALETTE = [tokens.colorPaletteBlueBorderActive, tokens.colorPaletteMarigoldBorderActive, tokens.colorPaletteRedBorderActive, tokens.colorPaletteGreenBorderActive];
const FORCED_PALETTE = ["Highlight", "CanvasText", "LinkText", "GrayText"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, breakInside: "avoid" },
  // Fluent's Table lays out columns in equal widths (table-layout: fixed): a bar table sizes them to their content.
  table: { tableLayout: "auto" },
  label: { overflowWrap: "break-word", minWidth: "4.5rem" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  seriesName: { textAlign: "right", maxWidth: "7rem" },
  barCell: { width: "45%", minWidth: "5rem" },
  bar: { display: "flex", height: "0.9rem", "@media (forced-colors: active)": { forcedColorAdjust: "none" } },
  swatch: { display: "inline-block", width: "0.7rem", height: "0.7rem", marginRight: tokens.spacingHorizontalXS, verticalAlign: "baseline", "@media (forced-colors: active)": { forcedColorAdjust: "none" } },
  // Printed bars: browsers drop background colours unless asked to keep them.
  segment: { height: "100%", printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" } as Record<string, string>,
});

export interface TrendChartProps {
  readonly trend: Trend;
}

/** The colour of series `k`, as a CSS value that also works under forced colours. */
function colourOf(k: number, forced: boolean): string {
  const palette = forced ? FORCED_PALETTE : PALETTE;
  return palette[k % palette.length] as string;
}

function useForcedColours(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;
}

export function TrendChart({ trend }: TrendChartProps) {
  const styles = useStyles();
  const titleId = useId();
  const forced = useForcedColours();
  const totals = trend.categories.map((_, i) => trend.series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const max = Math.max(0, ...totals);
  const stacked = trend.series.length > 1;
  return (
    <section className={styles.root} aria-labelledby={titleId} data-trend={trend.id}>
      <Title3 as="h3" id={titleId}>
        {trend.title}
      </Title3>
      <Caption1>{trend.description}</Caption1>
      {max === 0 ? (
        <Text>Nothing to show for this period.</Text>
      ) : (
        <Table className={styles.table} aria-labelledby={titleId} size="extra-small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{trend.categoryLabel}</TableHeaderCell>
              {trend.series.map((s, k) => (
                <TableHeaderCell key={s.name} className={styles.seriesName}>
                  <span className={styles.swatch} style={{ backgroundColor: colourOf(k, forced) }} aria-hidden="true" />
                  {s.name}
                </TableHeaderCell>
              ))}
              {stacked && <TableHeaderCell className={styles.number}>Total</TableHeaderCell>}
              <TableHeaderCell className={styles.barCell}>
                <span className={styles.hidden}>Bar of the figures</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {trend.categories.map((c, i) => (
              <TableRow key={c}>
                <TableCell className={styles.label}>{trend.categoryNames?.[i] ?? c}</TableCell>
                {trend.series.map((s) => (
                  <TableCell key={s.name} className={styles.number}>
                    {s.values[i] ?? 0}
                  </TableCell>
                ))}
                {stacked && <TableCell className={styles.number}>{totals[i]}</TableCell>}
                <TableCell className={styles.barCell}>
                  <div className={styles.bar} aria-hidden="true" style={{ width: `${((totals[i] ?? 0) / max) * 100}%` }}>
                    {trend.series.map((s, k) => {
                      const v = s.values[i] ?? 0;
                      return v > 0 ? <div key={s.name} className={styles.segment} style={{ flexGrow: v, backgroundColor: colourOf(k, forced) }} title={`${s.name}: ${v}`} /> : null;
                    })}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
