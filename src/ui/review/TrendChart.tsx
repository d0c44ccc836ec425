/**
 * One trend: a stacked bar chart (@fluentui/react-charts, themed, keyboard-accessible) with a table
 * fallback the reader can switch to, and a plain caption. With no data it says so instead of drawing.
 */
import { Caption1, makeStyles, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3, tokens } from "@fluentui/react-components";
import { VerticalStackedBarChart, type VerticalStackedChartProps } from "@fluentui/react-charts";
import { useId, useState } from "react";
import type { Trend } from "./trends";

const PALETTE = [tokens.colorPaletteBlueBorderActive, tokens.colorPaletteMarigoldBorderActive, tokens.colorPaletteRedBorderActive, tokens.colorPaletteGreenBorderActive];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  chart: { minHeight: "260px" },
});

export interface TrendChartProps {
  readonly trend: Trend;
  /** Start with the table (e.g. for a print view). */
  readonly tableFirst?: boolean;
}

export function TrendChart({ trend, tableFirst }: TrendChartProps) {
  const styles = useStyles();
  const [asTable, setAsTable] = useState(tableFirst === true);
  const titleId = useId();
  const total = trend.series.reduce((n, s) => n + s.values.reduce((a, b) => a + b, 0), 0);
  const data: VerticalStackedChartProps[] = trend.categories.map((c, i) => ({
    xAxisPoint: c,
    chartData: trend.series.map((s, k) => ({ legend: s.name, data: s.values[i] ?? 0, color: PALETTE[k % PALETTE.length] as string })),
  }));
  return (
    <section className={styles.root} aria-labelledby={titleId} data-trend={trend.id}>
      <div className={styles.head}>
        <Title3 as="h3" id={titleId}>
          {trend.title}
        </Title3>
        <Switch checked={asTable} onChange={(_, d) => setAsTable(d.checked)} label="Show as a table" />
      </div>
      <Caption1>{trend.description}</Caption1>
      {total === 0 ? (
        <Text>Nothing to show for this period.</Text>
      ) : asTable ? (
        <Table aria-labelledby={titleId} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{trend.categoryLabel}</TableHeaderCell>
              {trend.series.map((s) => (
                <TableHeaderCell key={s.name}>{s.name}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {trend.categories.map((c, i) => (
              <TableRow key={c}>
                <TableCell>{c}</TableCell>
                {trend.series.map((s) => (
                  <TableCell key={s.name}>{s.values[i] ?? 0}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <div className={styles.chart} role="figure" aria-label={`${trend.title}: chart. Switch on "Show as a table" to read the numbers.`}>
          <VerticalStackedBarChart data={data} height={260} hideLegend={trend.series.length === 1} chartTitle={trend.title} />
        </div>
      )}
    </section>
  );
}
