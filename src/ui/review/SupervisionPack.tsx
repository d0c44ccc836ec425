/**
 * The supervision pack, ready to print: a practitioner's decisions in a period with the manager's review
 * comments, figures first, then each decision in plain English, and room for notes. Plain HTML with its
 * own stylesheet, so the same markup prints from the page and from the downloaded file (Teams' desktop
 * client does not reliably print from a tab: the file opens in any browser).
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { longDate, type PackEntry, packLines, packOrder, packSummary } from "./supervision-pack";
import { isTamperSign } from "./trust";
import { DECISION_LABELS } from "./record-text";

/** The pack's stylesheet: screen and print alike, in the page and in the downloaded file. */
export const PACK_CSS = `
.ss-pack { font-family: "Segoe UI", system-ui, sans-serif; color: #111; max-width: 52rem; line-height: 1.4; }
.ss-pack h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
.ss-pack h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-top: 1px solid #888; padding-top: .75rem; }
.ss-pack h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.ss-pack dl { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: .25rem 1rem; margin: 0; }
.ss-pack dt { font-weight: 600; }
.ss-pack dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.ss-pack table { border-collapse: collapse; margin: .5rem 0; }
.ss-pack th, .ss-pack td { border: 1px solid #888; padding: .2rem .6rem; text-align: left; }
.ss-pack td.n { text-align: right; font-variant-numeric: tabular-nums; }
.ss-pack .warn { border: 2px solid #a4262c; padding: .5rem; margin: .5rem 0; }
.ss-pack .notes { border: 1px solid #888; min-height: 6rem; margin-top: .5rem; }
.ss-pack .decision { break-inside: avoid-page; }
@media print { .ss-no-print { display: none !important; } .ss-pack { max-width: none; } }
`;

const useStyles = makeStyles({
  toolbar: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", marginBottom: tokens.spacingVerticalL },
});

export interface SupervisionPackProps {
  readonly practitioner: { readonly upn: string; readonly name: string };
  readonly team: string;
  /** YYYY-MM-DD, inclusive. */
  readonly since: string;
  readonly until: string;
  /** The filters other than practitioner and period, in words, when some were applied (the pack is then partial). */
  readonly otherFilters: readonly string[];
  readonly preparedBy: string;
  readonly preparedAt: Date;
  readonly entries: readonly PackEntry[];
  /** Whether the log was read to the end (the review page loads at most its cap). */
  readonly complete: boolean;
  readonly onBack: () => void;
  readonly download: (name: string, text: string, type: string) => void;
}

export function SupervisionPack(props: SupervisionPackProps) {
  const styles = useStyles();
  const packRef = useRef<HTMLElement>(null);
  const { practitioner, entries } = props;
  const s = packSummary(entries);
  const title = `Supervision pack: ${practitioner.name}`;
  const fileName = `supervision-pack-${practitioner.upn.split("@")[0]?.replace(/[^A-Za-z0-9]+/g, "-") ?? "practitioner"}-${props.since}-to-${props.until}.html`;
  const saveFile = () => {
    const body = packRef.current?.outerHTML ?? "";
    // The DOM serialises text escaped; the file holds the pack and its stylesheet, nothing else.
    const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title.replace(/[<&>"]/g, "")}</title><style>${PACK_CSS}</style></head><body>${body}</body></html>`;
    props.download(fileName, html, "text/html;charset=utf-8");
  };
  const figures: [string, number][] = [
    ["Decisions recorded", s.total],
    ["Shared", s.shared],
    ["Shared limited information", s.sharedLimited],
    ["Decided not to share", s.notShared],
    ["Shared without consent", s.withoutConsent],
    ["A child at risk of significant harm", s.significantHarm],
    ["With flags overridden", s.flagsOverridden],
    ["Reviewed by a manager", s.reviewed],
  ];
  return (
    <div>
      <style>{PACK_CSS}</style>
      <div className={`${styles.toolbar} ss-no-print`}>
        <Button appearance="primary" onClick={() => window.print()}>
          Print or save as PDF
        </Button>
        <Button onClick={saveFile}>Download to print (.html)</Button>
        <Button onClick={props.onBack}>Back to the review</Button>
      </div>
      <article className="ss-pack" ref={packRef} aria-labelledby="ss-pack-title">
        <h1 id="ss-pack-title">{title}</h1>
        <p>
          {practitioner.name !== practitioner.upn ? `${practitioner.upn}. ` : ""}
          {props.team}: decisions recorded from {longDate(props.since)} to {longDate(props.until)}. Prepared by {props.preparedBy} on {longDate(props.preparedAt.toISOString())}.
        </p>
        {props.otherFilters.length > 0 && <p className="warn">Only the decisions matching these filters are included: {props.otherFilters.join("; ")}.</p>}
        {!props.complete && <p className="warn">The period holds more records than the review page loads at once: narrow the period for a complete pack.</p>}
        {s.needsAttention > 0 && (
          <p className="warn">
            {s.needsAttention} {s.needsAttention === 1 ? "record was" : "records were"} changed after being written, or a chain is broken: do not rely on {s.needsAttention === 1 ? "it" : "them"} as written, and tell your information governance lead.
          </p>
        )}
        <table>
          <caption className="ss-no-print" style={{ textAlign: "left" }}>
            In figures
          </caption>
          <tbody>
            {figures.map(([label, n]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="n">{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {entries.length === 0 && <p>No decisions were recorded in this period.</p>}
        {packOrder(entries).map((e, i) => (
          <section key={e.record.recordId} className="decision" aria-labelledby={`ss-pack-${i}`}>
            <h2 id={`ss-pack-${i}`}>
              {i + 1}. {longDate(e.record.decidedAt)}, {e.record.decidedAt.slice(11, 16)} UTC: {DECISION_LABELS[e.record.decision]}
            </h2>
            {e.problems.some(isTamperSign) && (
              <p className="warn">
                {e.problems
                  .filter(isTamperSign)
                  .map((p) => p.message)
                  .join(" ")}
              </p>
            )}
            <dl>
              {packLines(e).map((l) => (
                <div key={l.label} style={{ display: "contents" }}>
                  <dt>{l.label}</dt>
                  <dd>{l.value}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <h2>Supervision notes</h2>
        <div className="notes" />
        <p>The records&apos; hashes and chains were checked by SafeShare when this pack was made; the log in SharePoint is the record.</p>
      </article>
    </div>
  );
}
