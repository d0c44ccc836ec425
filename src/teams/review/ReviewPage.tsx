/**
 * The manager's review of a team's decision log (a personal / channel tab, and the same page in a
 * browser): server-side filters, paging, a record view in plain English, "mark reviewed" with a
 * comment (review columns only), CSV export, trends with table fallbacks, and the trust checks.
 *
 * SharePoint decides what the signed-in user may read (docs/teams.md): a practitioner's queries come back
 * with their own records only, another team's list answers 403, and only managers may mark reviewed.
 */
import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
  typographyStyles,
  Title2,
  Title3,
} from "@fluentui/react-components";
import type { Client } from "@microsoft/microsoft-graph-client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type Person, peopleToPick, practitionerProblem, resolvePractitioner } from "../../ui/review/people";
import { PractitionerPicker } from "../../ui/review/PractitionerPicker";
import { SupervisionPack } from "../../ui/review/SupervisionPack";
import { type DecisionRecord, type Review, ReviewSchema } from "../../core/decision";
import { chooseTeam, storageTeamMemory } from "../../store";
import { recordsCsv } from "../../ui/review/csv";
import { CHANNEL_LABELS, CONSENT_STATUS_LABELS, DECISION_LABELS } from "../../ui/review/record-text";
import { RecordView } from "../../ui/review/RecordView";
import { TrendChart } from "../../ui/review/TrendChart";
import { decisionsByPractitioner, decisionsPerWeek, practitionersWithoutDecisions, sharesWithoutConsent, unsecuredOverridden } from "../../ui/review/trends";
import { isTamperSign, type TrustProblem, trustProblems, versionOfETag } from "../../ui/review/trust";
import { errorText, OWN_RECORDS_ONLY, statusOf } from "../access-message";
import { type PageConfig } from "../config";
import { fetchMe, fetchMembers, type Me } from "../graph";
import { openTeamLog, teamListsFor, type TeamLog } from "../log";
import { chainsVerifiable, defaultFilters, filterProblems, LOAD_CAP, PAGE_SIZE, pageCount, type ReviewFilters, reviewQueryFrom } from "./review-model";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  filters: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(12rem, 1fr))", gap: tokens.spacingHorizontalM, alignItems: "start" },
  // Fluent's Dropdown is at least 250px wide: in a 12rem grid cell it ran past the page's right edge.
  fill: { minWidth: 0, width: "100%" },
  submit: { alignSelf: "end" },
  recordTitle: { ...typographyStyles.title3, margin: 0, overflowWrap: "anywhere" },
  attention: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  trends: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(28rem, 1fr))", gap: tokens.spacingHorizontalL },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  detail: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
});

export interface ReviewPageProps {
  readonly config: PageConfig;
  readonly client: Client;
  readonly now: () => Date;
  /** Offer a file to save (the browser's download; a fake in tests). */
  readonly download?: (name: string, text: string, type?: string) => void;
}

interface Entry {
  readonly itemId: string;
  eTag: string | undefined;
  readonly record: DecisionRecord;
  review: Review | null;
}

type Phase = { kind: "idle" } | { kind: "loading" } | { kind: "done"; truncated: boolean } | { kind: "error"; message: string };

function browserDownload(name: string, text: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Records needing attention linked from the alert; the rest are one switch away. */
const ALERT_LINKS = 10;

/** What is wrong with a record, shortly, for the alert's list. */
function attentionText(problems: readonly TrustProblem[]): string {
  const kinds = new Set(problems.filter(isTamperSign).map((p) => p.kind));
  const parts = [kinds.has("edited") && "edited after it was written", kinds.has("later-version") && "changed in a later version", kinds.has("chain") && "a record before it is missing or changed"].filter(Boolean);
  return parts.join("; ") || "needs attention";
}

const CHOICES = {
  channel: [["", "Any"], ...Object.entries(CHANNEL_LABELS)],
  decision: [["", "Any"], ...Object.entries(DECISION_LABELS)],
  consentStatus: [["", "Any"], ...Object.entries(CONSENT_STATUS_LABELS)],
  flagsOverridden: [["", "Any"], ["yes", "Some flags overridden"], ["no", "No flags overridden"]],
  reviewed: [["", "Any"], ["yes", "Reviewed"], ["no", "Not reviewed"]],
} as const;

export function ReviewPage(props: ReviewPageProps) {
  const { client, config } = props;
  const styles = useStyles();
  const [me, setMe] = useState<Me | undefined>();
  const [teams, setTeams] = useState<string[] | undefined>();
  const [team, setTeam] = useState<string | undefined>(config.team);
  const [teamLog, setTeamLog] = useState<TeamLog | undefined>();
  const [fatal, setFatal] = useState<string | undefined>();
  const [draft, setDraft] = useState<ReviewFilters>(() => defaultFilters(props.now()));
  const [applied, setApplied] = useState<ReviewFilters>(draft);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string | undefined>();
  const [versionProblems, setVersionProblems] = useState<Map<string, TrustProblem[]>>(new Map());
  const [roster, setRoster] = useState<Person[]>([]);
  /** Everyone with a record loaded since the page opened: pickable by address even when not on the roster. */
  const [seen, setSeen] = useState<ReadonlySet<string>>(new Set());
  const [picker, setPicker] = useState<{ text: string; upn?: string | undefined }>({ text: "" });
  const [pickerProblem, setPickerProblem] = useState<string | undefined>();
  const [attentionOnly, setAttentionOnly] = useState(false);
  const [pack, setPack] = useState(false);
  const generation = useRef(0);

  // Who is signed in (from the token) and which teams' logs they can open (SharePoint lists only those).
  useEffect(() => {
    (async () => {
      const who = await fetchMe(client);
      setMe(who);
      const { visible } = await teamListsFor(client, config.site);
      const names = [...visible.teams.keys()].sort((a, b) => a.localeCompare(b));
      setTeams(names);
      // The team last reviewed on this device (or the tab's), while it is still one the user can open.
      const choice = chooseTeam(visible, { remembered: storageTeamMemory(window.localStorage, who.id, config.site).get(), configured: config.team });
      setTeam((t) => t ?? (choice.kind === "team" ? choice.team : names[0]));
    })().catch((e: unknown) => setFatal(errorText(e, "review")));
  }, [client, config.site]);

  // The team roster (for "no decisions recorded"), from the channel the tab is in, when configured.
  useEffect(() => {
    const target = config.target;
    if (!target) return;
    fetchMembers(client, target).then(
      (members) => setRoster(members.filter((m) => !m.roles.some((r) => r.toLowerCase() === "guest") && m.email).map((m) => ({ upn: (m.email as string).toLowerCase(), name: m.displayName ?? (m.email as string) }))),
      () => setRoster([]),
    );
  }, [client, config.target]);

  useEffect(() => {
    if (!team) return;
    setTeamLog(undefined);
    openTeamLog(client, config.site, team, { pageSize: 500 }).then(setTeamLog, (e: unknown) => {
      setPhase({ kind: "error", message: errorText(e, "review", team) });
    });
  }, [client, config.site, team]);

  const load = useCallback(
    async (log: TeamLog, filters: ReviewFilters) => {
      const mine = ++generation.current;
      setEntries([]);
      setPage(0);
      setSelected(undefined);
      setVersionProblems(new Map());
      setPhase({ kind: "loading" });
      const loaded: Entry[] = [];
      try {
        for await (const e of log.log.readForReview(reviewQueryFrom(filters))) {
          if (mine !== generation.current) return;
          if (e.kind !== "record") continue;
          loaded.push({ itemId: e.itemId, eTag: e.eTag, record: e.record, review: e.review });
          if (loaded.length % 100 === 0) setEntries([...loaded]);
          if (loaded.length >= LOAD_CAP) break;
        }
        setEntries([...loaded]);
        setSeen((before) => {
          const found = loaded.map((x) => x.record.practitioner.upn.toLowerCase()).filter((u) => !before.has(u));
          return found.length ? new Set([...before, ...found]) : before;
        });
        setPhase({ kind: "done", truncated: loaded.length >= LOAD_CAP });
      } catch (e) {
        if (mine === generation.current) setPhase({ kind: "error", message: errorText(e, "review", log.listName) });
        return;
      }
      // Items with later versions: compare every version (a review adds one; any other change is tampering).
      const later = loaded.filter((x) => versionOfETag(x.eTag) > 1);
      const found = new Map<string, TrustProblem[]>();
      for (let i = 0; i < later.length; i += 4) {
        const batch = later.slice(i, i + 4);
        const reports = await Promise.all(batch.map((x) => log.log.tamperCheck(x.itemId).catch(() => undefined)));
        if (mine !== generation.current) return;
        reports.forEach((r, k) => {
          const x = batch[k] as Entry;
          if (r?.kind === "tampered") found.set(x.record.recordId, [{ recordId: x.record.recordId, kind: "later-version", message: `Changed after it was written (${r.versions} versions): ${r.problems.join("; ")}.` }]);
        });
      }
      setVersionProblems(found);
    },
    [],
  );

  useEffect(() => {
    if (teamLog) void load(teamLog, applied);
  }, [teamLog, applied, load]);

  const records = useMemo(() => entries.map((e) => e.record), [entries]);
  const problems = useMemo(() => {
    // Hashes are always checked; chains only over unfiltered periods (a filter leaves gaps that look like removals).
    const out = new Map<string, TrustProblem[]>();
    for (const [id, list] of trustProblems(records)) {
      const keep = chainsVerifiable(applied) ? list : list.filter((p) => p.kind === "edited");
      if (keep.length > 0) out.set(id, keep);
    }
    for (const [id, list] of versionProblems) out.set(id, [...(out.get(id) ?? []), ...list]);
    return out;
  }, [records, versionProblems, applied]);

  const needsAttention = (e: Entry): boolean => (problems.get(e.record.recordId) ?? []).some(isTamperSign);
  const flagged = entries.filter(needsAttention);
  const flaggedCount = flagged.length;
  const listed = attentionOnly ? flagged : entries;
  const pages = pageCount(listed.length);
  const shown = listed.slice(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE);
  const current = entries.find((e) => e.itemId === selected);
  const filterIssues = filterProblems(draft);
  const people = useMemo(() => peopleToPick(roster, seen), [roster, seen]);
  const nameOf = (upn: string): string => people.find((p) => p.upn === upn.toLowerCase())?.name ?? upn;

  /** Open a record from anywhere (the alert's links): show its page of the list, and the record. */
  const openRecord = (itemId: string) => {
    const at = listed.findIndex((e) => e.itemId === itemId);
    if (at >= 0) setPage(Math.floor(at / PAGE_SIZE));
    setSelected(itemId);
  };

  const applyFilters = () => {
    const choice = picker.upn ? ({ kind: "one", person: { upn: picker.upn, name: picker.text } } as const) : resolvePractitioner(picker.text, people);
    const problem = practitionerProblem(choice, picker.text);
    setPickerProblem(problem);
    if (problem || filterIssues.length > 0) return;
    if (choice.kind === "one") setPicker({ text: choice.person.name, upn: choice.person.upn });
    setApplied({ ...draft, practitioner: choice.kind === "one" ? choice.person.upn : "" });
    setAttentionOnly(false);
  };

  const exportCsv = () => {
    const csv = recordsCsv(entries);
    (props.download ?? browserDownload)(`safeshare-decisions-${(team ?? "team").replace(/[^A-Za-z0-9]+/g, "-")}-${applied.since}-to-${applied.until}.csv`, csv);
  };

  if (fatal) {
    return (
      <main className={styles.page}>
        <Title2 as="h1">Decision log review</Title2>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{fatal}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }

  const without = practitionersWithoutDecisions(records, roster);

  if (pack && applied.practitioner) {
    const choices = { channel: CHANNEL_LABELS, decision: DECISION_LABELS, consentStatus: CONSENT_STATUS_LABELS } as Record<string, Record<string, string>>;
    const otherFilters = (["channel", "decision", "consentStatus", "flagsOverridden", "reviewed"] as const).flatMap((k) => {
      const v = applied[k];
      if (!v) return [];
      const label = { channel: "Channel", decision: "Decision", consentStatus: "Consent", flagsOverridden: "Flags overridden", reviewed: "Reviewed" }[k];
      return [`${label}: ${choices[k]?.[v] ?? (v === "yes" ? "Yes" : "No")}`];
    });
    return (
      <main className={styles.page}>
        <SupervisionPack
          practitioner={{ upn: applied.practitioner, name: nameOf(applied.practitioner) }}
          team={team ?? ""}
          since={applied.since}
          until={applied.until}
          otherFilters={otherFilters}
          preparedBy={me?.displayName ?? me?.userPrincipalName ?? ""}
          preparedAt={props.now()}
          entries={entries.map((e) => ({ record: e.record, review: e.review, problems: problems.get(e.record.recordId) ?? [] }))}
          complete={!(phase.kind === "done" && phase.truncated)}
          onBack={() => setPack(false)}
          download={props.download ?? browserDownload}
        />
      </main>
    );
  }

  return (
    <main className={styles.page} aria-labelledby="review-title">
      <Title2 as="h1" id="review-title">
        Decision log review{team ? `: ${team}` : ""}
      </Title2>
      {me && (
        <Text>
          Signed in as {me.displayName ?? me.userPrincipalName}. SharePoint shows you the records you are allowed to read: your own, or your team's if you are its manager.
        </Text>
      )}

      <section aria-labelledby="filters-title">
        <Title3 as="h2" id="filters-title">
          Filters
        </Title3>
        <form
          className={styles.filters}
          onSubmit={(ev) => {
            ev.preventDefault();
            applyFilters();
          }}
        >
          <Field label="Team">
            <Dropdown
              className={styles.fill}
              value={team ?? ""}
              selectedOptions={team ? [team] : []}
              onOptionSelect={(_, d) => {
                if (!d.optionValue) return;
                setTeam(d.optionValue);
                if (me) storageTeamMemory(window.localStorage, me.id, config.site).set(d.optionValue);
              }}
              placeholder={teams === undefined ? "Loading…" : teams.length === 0 ? "No decision logs you can open" : "Choose a team"}
            >
              {(teams ?? []).map((t) => (
                <Option key={t} value={t}>
                  {t}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label="From">
            <Input className={styles.fill} type="date" value={draft.since} onChange={(_, d) => setDraft({ ...draft, since: d.value })} />
          </Field>
          <Field label="To">
            <Input className={styles.fill} type="date" value={draft.until} onChange={(_, d) => setDraft({ ...draft, until: d.value })} />
          </Field>
          <PractitionerPicker
            people={people}
            text={picker.text}
            picked={picker.upn}
            problem={pickerProblem}
            onText={(text, upn) => {
              setPicker({ text, upn });
              setPickerProblem(undefined);
            }}
          />
          {(Object.keys(CHOICES) as (keyof typeof CHOICES)[]).map((key) => {
            const label = { channel: "Channel", decision: "Decision", consentStatus: "Consent", flagsOverridden: "Flags overridden", reviewed: "Reviewed" }[key];
            const options = CHOICES[key] as readonly (readonly [string, string])[];
            const value = draft[key] as string;
            return (
              <Field key={key} label={label}>
                <Dropdown className={styles.fill} value={options.find(([v]) => v === value)?.[1] ?? "Any"} selectedOptions={[value]} onOptionSelect={(_, d) => setDraft({ ...draft, [key]: d.optionValue ?? "" })}>
                  {options.map(([v, text]) => (
                    <Option key={v || "any"} value={v}>
                      {text}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
          <Button className={styles.submit} type="submit" appearance="primary" disabled={filterIssues.length > 0}>
            Apply filters
          </Button>
        </form>
        {filterIssues.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{filterIssues.join(" ")}</MessageBarBody>
          </MessageBar>
        )}
      </section>

      {phase.kind === "error" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The log could not be read</MessageBarTitle>
            {phase.message}
          </MessageBarBody>
        </MessageBar>
      )}

      {flaggedCount > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>
              {flaggedCount} {flaggedCount === 1 ? "record was" : "records were"} changed after being written, or a chain is broken
            </MessageBarTitle>
            Records are append-only: a record that no longer matches its hash, that has a later version with different content, or a gap in a practitioner's chain of records (a record removed) means the log was edited outside SafeShare. Tell your information governance lead.
            <ul className={styles.attention}>
              {flagged.slice(0, ALERT_LINKS).map((e) => (
                <li key={e.itemId}>
                  <Link as="button" onClick={() => openRecord(e.itemId)}>
                    {e.record.decidedAt.slice(0, 16).replace("T", " ")} by {nameOf(e.record.practitioner.upn)}
                  </Link>
                  : {attentionText(problems.get(e.record.recordId) ?? [])}
                </li>
              ))}
            </ul>
            {flaggedCount > ALERT_LINKS && `And ${flaggedCount - ALERT_LINKS} more: switch on “Needs attention only” to list them all.`}
          </MessageBarBody>
        </MessageBar>
      )}

      <section aria-labelledby="records-title">
        <div className={styles.row}>
          <Title3 as="h2" id="records-title">
            Records
          </Title3>
          <Text aria-live="polite">
            {phase.kind === "loading" ? `Loading… ${entries.length} so far` : `${entries.length} ${entries.length === 1 ? "record" : "records"}${phase.kind === "done" && phase.truncated ? ` (the first ${LOAD_CAP}: narrow the period to see more)` : ""}`}
          </Text>
          {phase.kind === "loading" && <Spinner size="tiny" />}
          <Button onClick={exportCsv} disabled={entries.length === 0 || phase.kind === "loading"}>
            Export CSV
          </Button>
          <Button onClick={() => setPack(true)} disabled={!applied.practitioner || phase.kind === "loading"} aria-describedby={applied.practitioner ? undefined : "pack-hint"}>
            Supervision pack
          </Button>
          {!applied.practitioner && (
            <Text id="pack-hint" size={200}>
              For a supervision pack, choose a practitioner in Filters and apply.
            </Text>
          )}
          <Switch
            checked={attentionOnly}
            disabled={flaggedCount === 0 && !attentionOnly}
            onChange={(_, d) => {
              setAttentionOnly(d.checked);
              setPage(0);
            }}
            label={`Needs attention only (${flaggedCount})`}
          />
        </div>
        <Table aria-labelledby="records-title" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Decided (UTC)</TableHeaderCell>
              <TableHeaderCell>Practitioner</TableHeaderCell>
              <TableHeaderCell>Decision</TableHeaderCell>
              <TableHeaderCell>Consent</TableHeaderCell>
              <TableHeaderCell>Channel</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Open</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((e) => {
              const p = problems.get(e.record.recordId) ?? [];
              const overridden = e.record.flags.some((f) => f.resolution.kind === "overridden");
              return (
                <TableRow key={e.itemId} className={e.itemId === selected ? styles.selected : undefined} data-record-id={e.record.recordId}>
                  <TableCell>{e.record.decidedAt.replace("T", " ").replace("Z", "")}</TableCell>
                  <TableCell style={{ overflowWrap: "anywhere" }} title={e.record.practitioner.upn}>
                    {nameOf(e.record.practitioner.upn)}
                  </TableCell>
                  <TableCell>{DECISION_LABELS[e.record.decision]}</TableCell>
                  <TableCell>{CONSENT_STATUS_LABELS[e.record.consent?.kind ?? "not-needed"]}</TableCell>
                  <TableCell>{CHANNEL_LABELS[e.record.message.kind]}</TableCell>
                  <TableCell>
                    {p.some(isTamperSign) && (
                      <Badge color="danger" appearance="filled">
                        Edited
                      </Badge>
                    )}{" "}
                    {e.review ? <Badge color="success" appearance="tint">Reviewed</Badge> : <Badge appearance="outline">Not reviewed</Badge>}{" "}
                    {overridden && <Badge color="warning" appearance="tint">Flags overridden</Badge>}
                  </TableCell>
                  <TableCell>
                    <Button size="small" aria-label={`Open the record of ${e.record.decidedAt} by ${nameOf(e.record.practitioner.upn)}`} onClick={() => setSelected(e.itemId)}>
                      Open
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <nav className={styles.row} aria-label="Pages of records">
          <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous page
          </Button>
          <Text>
            Page {page + 1} of {pages}
          </Text>
          <Button disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Next page
          </Button>
        </nav>
      </section>

      {current && teamLog && me && (
        <RecordDetail
          key={current.itemId}
          entry={current}
          problems={problems.get(current.record.recordId) ?? []}
          onReviewed={(review, eTag) => {
            setEntries((list) => list.map((x) => (x.itemId === current.itemId ? { ...x, review, eTag } : x)));
          }}
          markReviewed={async (comment) => {
            const review: Review = ReviewSchema.parse({ reviewedBy: me.userPrincipalName.toLowerCase(), reviewedAt: props.now().toISOString().replace(/\.\d{3}Z$/, "Z"), comment });
            await teamLog.log.markReviewed(current.itemId, review, current.eTag);
            return review;
          }}
        />
      )}

      <section aria-labelledby="trends-title">
        <Title3 as="h2" id="trends-title">
          Trends for this period
        </Title3>
        <div className={styles.trends}>
          <TrendChart trend={decisionsPerWeek(records)} />
          <TrendChart trend={sharesWithoutConsent(records)} />
          <TrendChart trend={unsecuredOverridden(records)} />
          <TrendChart trend={decisionsByPractitioner(records, roster)} />
        </div>
        {roster.length > 0 && (
          <MessageBar intent={without.length ? "warning" : "success"}>
            <MessageBarBody>
              <MessageBarTitle>Practitioners with no decisions recorded in this period</MessageBarTitle>
              {without.length ? without.map((m) => `${m.name} (${m.upn})`).join("; ") : "Everyone in this team recorded at least one decision."}
            </MessageBarBody>
          </MessageBar>
        )}
        <Text size={200}>Records waiting in practitioners' outboxes are on their devices and are not visible here until they are written.</Text>
      </section>
    </main>
  );
}

function RecordDetail(props: {
  entry: Entry;
  problems: readonly TrustProblem[];
  markReviewed: (comment: string) => Promise<Review>;
  onReviewed: (review: Review, eTag: string | undefined) => void;
}) {
  const styles = useStyles();
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | undefined>();
  const { entry } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from the list or the alert, perhaps far above: take the reader (and focus) to it.
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: "start" });
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className={styles.detail} aria-labelledby="record-title">
      <h2 id="record-title" ref={heading} tabIndex={-1} className={styles.recordTitle}>
        Record {entry.record.recordId}
      </h2>
      <RecordView record={entry.record} review={entry.review} problems={props.problems} />
      {!entry.review && (
        <form
          className={styles.row}
          onSubmit={(ev) => {
            ev.preventDefault();
            setBusy(true);
            setMessage(undefined);
            props
              .markReviewed(comment)
              .then(
                (review) => {
                  const v = entry.eTag ? entry.eTag.replace(/,(\d+)"?$/, (_m, n: string) => `,${Number(n) + 1}"`) : undefined;
                  props.onReviewed(review, v);
                  setMessage({ intent: "success", text: "Marked reviewed." });
                },
                (e: unknown) => {
                  const status = statusOf(e);
                  setMessage({ intent: "error", text: status === 403 ? `You cannot mark records reviewed: only the team's managers can. ${OWN_RECORDS_ONLY}` : status === 412 ? "Someone else changed this record's review meanwhile: reload to see it." : errorText(e, "mark-reviewed") });
                },
              )
              .finally(() => setBusy(false));
          }}
        >
          <Field label="Review comment (optional)" style={{ flexGrow: 1 }}>
            <Textarea value={comment} onChange={(_, d) => setComment(d.value)} rows={2} disabled={busy} />
          </Field>
          <Button type="submit" appearance="primary" disabled={busy}>
            Mark reviewed
          </Button>
        </form>
      )}
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
