/**
 * The Teams share page (a chat / channel tab, and the dialog): the practitioner writes the case update
 * here, SafeShare checks it against the conversation's members, walks the checklist, records the decision
 * in the team's log, and posts the message through Graph marked with the decision id.
 */
import {
  Badge,
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
  tokens,
  Title2,
  Title3,
} from "@fluentui/react-components";
import type { Client } from "@microsoft/microsoft-graph-client";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import {
  answerProblems,
  answersValidation,
  prefillFrom,
  raisedFlagsFrom,
  recommendationFrom,
  recordFromAnswers,
  sha256Hex,
  STEPS,
  type Problem,
} from "../../core/decision";
import type { Policy } from "../../core/policy/policy";
import { recordPolicyOf } from "../../core/policy/policy-version";
import { ChecklistStep } from "../../ui/checklist/ChecklistStep";
import { answersInput, draftFrom, type DraftAnswers, parsedAnswers, withFlagResolution, withKnownFlags } from "../../ui/checklist/answer-form";
import { DecisionBanner } from "../../ui/decision-banner/DecisionBanner";
import { ErrorSummary } from "../../ui/error-summary/ErrorSummary";
import { PeopleSummary } from "../../ui/people-summary/PeopleSummary";
import { AttachmentFindings } from "../../ui/attachment-findings/AttachmentFindings";
import { usePickedFiles } from "./picked-files";
import { browserPdfReader } from "../../ui/attachments/pdf-reader";

/** One PDF reader for the page (PDF.js and its worker load when the first PDF is picked). */
const PICK_OPTIONS = { limits: { readPdf: browserPdfReader() } };
import { RecipientChip } from "../../ui/recipient-chip/RecipientChip";
import { TeamPicker } from "../../ui/team-picker/TeamPicker";
import { errorText } from "../access-message";
import type { PageConfig } from "../config";
import { fetchMe, fetchMembers, type Me, postMessage, type ShareTarget } from "../graph";
import { openTeamLog, teamListsFor, type TeamLog } from "../log";
import { chooseTeam, noTeamMessage, storageTeamMemory, type TeamMemory } from "../../store";
import { type Audience, audienceFrom, externalMembers } from "../members";
import { channelNeedToKnow, checkShare, externalConfirmationReason, externalFlagId, messageHtml, messageRefFor, postedHtml, sharePolicy, UNCHECKED_CHAT_NOTICE } from "./share-model";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, maxWidth: "56rem" },
  members: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  // A native file input behind a label styled as a Fluent secondary button (keyboard and screen readers get the real input).
  pick: {
    position: "relative",
    display: "inline-flex",
    alignItems: "center",
    minHeight: "32px",
    paddingInline: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":focus-within": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  pickInput: { position: "absolute", inset: 0, width: "100%", height: "100%", opacity: 0, cursor: "pointer" },
});

export interface SharePageProps {
  readonly config: PageConfig;
  readonly client: Client;
  readonly newRecordId: () => string;
  readonly now: () => Date;
  readonly policy?: Policy;
  /** Which saved version `policy` is (store/policy-store.ts); absent: a policy not saved in the site. */
  readonly policyVersion?: number;
}

type Load =
  | { readonly kind: "loading" }
  | { readonly kind: "error"; readonly message: string }
  | { readonly kind: "choose-team"; readonly me: Me; readonly audience: Audience; readonly target: ShareTarget; readonly teams: readonly string[]; readonly memory: TeamMemory }
  | { readonly kind: "ready"; readonly me: Me; readonly audience: Audience; readonly teamLog: TeamLog; readonly target: ShareTarget; readonly team: string };

type Outcome = { readonly kind: "recorded"; readonly recordId: string; readonly posted: boolean; readonly warning?: string } | { readonly kind: "posted" } | { readonly kind: "error"; readonly message: string };

export function SharePage(props: SharePageProps) {
  const { config, client } = props;
  const styles = useStyles();
  const [load, setLoad] = useState<Load>({ kind: "loading" });

  useEffect(() => {
    let cancelled = false;
    const target = config.target;
    if (!target) {
      setLoad({ kind: "error", message: "This page does not know which chat or channel it is in. Open SafeShare's Share tab from the chat or channel you want to share in." });
      return;
    }
    (async (): Promise<Load> => {
      const me = await fetchMe(client);
      const members = await fetchMembers(client, target).catch((e: unknown) => {
        throw new Error(errorText(e, "members"));
      });
      const audience = audienceFrom(members, me);
      // The team is found from who the user is: the team decision lists SharePoint lets them see.
      const lists = await teamListsFor(client, config.site).catch((e: unknown) => {
        throw new Error(errorText(e, "record"));
      });
      const memory = storageTeamMemory(window.localStorage, me.id, config.site);
      const choice = chooseTeam(lists.visible, { remembered: memory.get(), configured: config.team });
      if (choice.kind === "none") return { kind: "error", message: noTeamMessage(config.site) };
      if (choice.kind === "ask") return { kind: "choose-team", me, audience, target, teams: choice.teams, memory };
      const team = choice.kind === "team" ? choice.team : "";
      const teamLog = await openTeamLog(client, config.site, team).catch((e: unknown) => {
        throw new Error(errorText(e, "record", team));
      });
      return { kind: "ready", me, audience, teamLog, target, team };
    })().then(
      (next) => !cancelled && setLoad(next),
      (e: unknown) => !cancelled && setLoad({ kind: "error", message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, config]);

  const pickTeam = (from: Extract<Load, { kind: "choose-team" }>, team: string): void => {
    from.memory.set(team);
    setLoad({ kind: "loading" });
    openTeamLog(client, config.site, team).then(
      (teamLog) => setLoad({ kind: "ready", me: from.me, audience: from.audience, teamLog, target: from.target, team }),
      (e: unknown) => setLoad({ kind: "error", message: errorText(e, "record", team) }),
    );
  };

  return (
    <main className={styles.page} aria-labelledby="share-title">
      <Title2 as="h1" id="share-title">
        Share case information in this {config.target?.kind === "channel" ? "channel" : "chat"}
      </Title2>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>Only what you share here is checked</MessageBarTitle>
          {UNCHECKED_CHAT_NOTICE}
        </MessageBarBody>
      </MessageBar>
      {load.kind === "loading" && <Spinner label="Reading who is in this conversation…" />}
      {load.kind === "error" && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{load.message}</MessageBarBody>
        </MessageBar>
      )}
      {load.kind === "choose-team" && <TeamPicker teams={load.teams} initial={config.team} onPick={(team) => pickTeam(load, team)} />}
      {load.kind === "ready" && <Composer {...props} ready={load} />}
    </main>
  );
}

/** The error of the last attempt to record or post, announced. */
function ErrorNotice(props: { outcome: Outcome | undefined }) {
  if (props.outcome?.kind !== "error") return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{props.outcome.message}</MessageBarBody>
    </MessageBar>
  );
}

function Composer(props: SharePageProps & { ready: Extract<Load, { kind: "ready" }> }) {
  const { ready, client } = props;
  const { me, audience, teamLog, target, team } = ready;
  const styles = useStyles();
  const [text, setText] = useState("");
  const deferredText = useDeferredValue(text);
  const policy = useMemo(() => sharePolicy(me.userPrincipalName, props.policy), [me.userPrincipalName, props.policy]);
  const picked = usePickedFiles(PICK_OPTIONS);
  const analysis = useMemo(() => checkShare(deferredText, audience, me.userPrincipalName, policy, picked.contents), [deferredText, audience, me.userPrincipalName, policy, picked.contents]);
  const prefill = useMemo(() => prefillFrom(analysis), [analysis]);
  const flags = useMemo(() => raisedFlagsFrom(analysis), [analysis]);
  const [draft, setDraft] = useState<DraftAnswers>(() => draftFrom(prefill));
  const [problems, setProblems] = useState<readonly Problem[] | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const externals = useMemo(() => externalMembers(audience), [audience]);
  const [confirmations, setConfirmations] = useState<Record<string, { confirmed: boolean; why: string }>>({});
  // The verdict passes (no case information, no address to doubt): nothing to decide, so no checklist —
  // post in one click, or choose to record a decision anyway (issue 12: "nothing to decide").
  const [recordAnyway, setRecordAnyway] = useState(false);

  useEffect(() => {
    setDraft((d) => {
      const known = withKnownFlags(d, new Set(flags.map((f) => f.id)));
      return prefill.identifiable && known.identifiable === undefined ? { ...known, identifiable: prefill.identifiable } : known;
    });
  }, [flags, prefill.identifiable]);

  const answers = parsedAnswers(draft);
  const recommendation = recommendationFrom(answers, prefill);
  const decisionKind = answers.decision?.kind;
  const needTo = channelNeedToKnow(target, audience);
  const externalFlagIds = new Set(externals.map(externalFlagId));

  const setConfirmation = (memberId: string, next: { confirmed: boolean; why: string }) => {
    setConfirmations((c) => ({ ...c, [memberId]: next }));
    const member = externals.find((m) => m.id === memberId);
    if (!member) return;
    const flagId = externalFlagId(member);
    if (!flags.some((f) => f.id === flagId)) return;
    setDraft((d) => withFlagResolution(d, flagId, next.confirmed && next.why.trim() ? { kind: "overridden", reason: externalConfirmationReason(member, next.why) } : undefined));
  };

  const unconfirmed = externals.filter((m) => {
    const c = confirmations[m.id];
    return !c || !c.confirmed || !c.why.trim();
  });

  const record = async (mode: "post" | "not-sharing") => {
    setOutcome(undefined);
    const input = answersInput(draft);
    const validation = answersValidation(input, prefill);
    const found = validation.kind === "incomplete" ? [...validation.problems] : [...answerProblems(validation.answers, prefill)];
    if (mode === "post" && decisionKind === "do-not-share") found.push({ step: "decision", field: "decision.kind", message: "your decision is not to share: use “Record decision not to share”" });
    if (mode === "not-sharing" && decisionKind !== "do-not-share") found.push({ step: "decision", field: "decision.kind", message: "choose “do not share” as your decision to record a decision not to share" });
    if (mode === "post" && !text.trim()) found.push({ step: null, field: "message", message: "write the message to share" });
    if (picked.reading?.kind === "reading") found.push({ step: null, field: "files", message: "wait until SafeShare has read the files you picked (see “Files you will share”)" });
    if (mode === "post" && unconfirmed.length > 0) {
      for (const m of unconfirmed) found.push({ step: "right-way", field: "external", message: `confirm that you mean to share with ${m.displayName}, who is outside your organisation, and say why` });
    }
    if (found.length > 0) {
      setProblems(found);
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const previous = await teamLog.log.latestRecordOf(me.id);
      const built = recordFromAnswers({
        answers: input,
        analysis,
        context: {
          recordId: props.newRecordId(),
          decidedAt: props.now().toISOString(),
          practitioner: { upn: me.userPrincipalName.toLowerCase(), objectId: me.id.toLowerCase() },
          team,
          message: messageRefFor(target),
          sharedTextSha256: mode === "post" ? sha256Hex(text) : null,
          appVersion: props.config.appVersion,
          // The national defaults with the home domain are the built-in policy (version 0).
          policy: recordPolicyOf(policy, props.policy ? (props.policyVersion ?? null) : 0),
          previousHash: previous?.recordHash ?? null,
        },
      });
      if (built.kind === "incomplete") {
        setProblems(built.problems);
        return;
      }
      if (built.kind === "invalid-context") {
        setOutcome({ kind: "error", message: `The record could not be built: ${built.message}` });
        return;
      }
      const appended = await teamLog.log.append(built.record);
      if (appended.kind === "failed") {
        setOutcome({ kind: "error", message: `${errorText(appended.error, "record", team)} Nothing was posted.` });
        return;
      }
      if (mode === "not-sharing") {
        setOutcome({ kind: "recorded", recordId: built.record.recordId, posted: false });
        return;
      }
      try {
        await postMessage(client, target, postedHtml(text, built.record.recordId));
        setOutcome({ kind: "recorded", recordId: built.record.recordId, posted: true });
      } catch (e) {
        setOutcome({ kind: "recorded", recordId: built.record.recordId, posted: false, warning: errorText(e, "post") });
      }
    } catch (e) {
      setOutcome({ kind: "error", message: errorText(e, "record", team) });
    } finally {
      setBusy(false);
    }
  };

  const nothingToDecide = text.trim() !== "" && analysis.verdict === "pass" && !recordAnyway;
  const postAsItIs = async () => {
    setOutcome(undefined);
    setBusy(true);
    try {
      await postMessage(client, target, messageHtml(text));
      setOutcome({ kind: "posted" });
    } catch (e) {
      setOutcome({ kind: "error", message: errorText(e, "post") });
    } finally {
      setBusy(false);
    }
  };

  if (outcome?.kind === "posted") {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>
          <MessageBarTitle>Posted</MessageBarTitle>
          There was nothing to decide, so no decision was recorded.
        </MessageBarBody>
      </MessageBar>
    );
  }

  if (outcome?.kind === "recorded") {
    return (
      <MessageBar intent={outcome.warning ? "warning" : "success"} role="status">
        <MessageBarBody>
          <MessageBarTitle>{outcome.posted ? "Recorded and posted" : "Decision recorded"}</MessageBarTitle>
          {outcome.posted ? `Your decision is in the ${team} log (decision ${outcome.recordId}) and the message is posted, marked with that id.` : outcome.warning ?? `Your decision not to share is in the ${team} log (decision ${outcome.recordId}). Nothing was posted.`}
        </MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <>
      <section className={styles.section} aria-labelledby="members-title">
        <Title3 as="h2" id="members-title">
          Who will read it ({audience.members.length} {audience.members.length === 1 ? "person" : "people"} besides you)
        </Title3>
        {!audience.selfIsMember && (
          <MessageBar intent="warning">
            <MessageBarBody>You are not a member of this conversation, so SafeShare cannot post to it for you.</MessageBarBody>
          </MessageBar>
        )}
        {needTo && (
          <MessageBar intent="warning">
            <MessageBarBody>{needTo}</MessageBarBody>
          </MessageBar>
        )}
        <ul className={styles.members} aria-label="Members of this conversation">
          {analysis.recipients.map((r) => (
            <RecipientChip key={r.address} recipient={r} />
          ))}
        </ul>
      </section>

      <Field label="Your message" hint="Write the case update here. It is checked as you type; nothing leaves this page until you record your decision.">
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={8} resize="vertical" disabled={busy} />
      </Field>

      <section className={styles.section} aria-labelledby="files-title">
        <Title3 as="h2" id="files-title">
          Files you will share
        </Title3>
        <Text>Sharing a file in this conversation? Pick it here first: SafeShare checks what is inside it on this device and lists it in the record. It does not upload or post the file.</Text>
        <div className={styles.actions}>
          <label className={styles.pick}>
            Check a file…
            <input
              type="file"
              multiple
              disabled={busy}
              className={styles.pickInput}
              onChange={(e) => {
                picked.add([...(e.currentTarget.files ?? [])]);
                e.currentTarget.value = "";
              }}
            />
          </label>
        </div>
        {picked.files.length > 0 && (
          <ul className={styles.members} aria-label="Files picked">
            {picked.files.map((f, i) => (
              <li key={`${i}-${f.name}`} className={styles.actions}>
                <Text>
                  {f.name} ({Math.max(1, Math.round(f.bytes.length / 1024))} KB)
                </Text>
                <Button size="small" disabled={busy} onClick={() => picked.remove(i)} aria-label={`Remove ${f.name}`}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        <AttachmentFindings contents={analysis.attachmentContents} mismatches={analysis.attachmentMismatches} reading={picked.reading} host="Teams" />
      </section>

      {analysis.verdictReasons.length > 0 && text.trim() && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>SafeShare found things to check</MessageBarTitle>
            {analysis.verdictReasons.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {text.trim() && <PeopleSummary result={analysis} />}

      {nothingToDecide && (
        <>
          <MessageBar intent="success" role="status">
            <MessageBarBody>
              <MessageBarTitle>Nothing to decide</MessageBarTitle>
              SafeShare found no information about anyone&apos;s life in this message, so it needs no sharing decision.
            </MessageBarBody>
          </MessageBar>
          <ErrorNotice outcome={outcome} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || !audience.selfIsMember} onClick={() => void postAsItIs()}>
              Post
            </Button>
            <Button disabled={busy} onClick={() => setRecordAnyway(true)}>
              Record a decision anyway
            </Button>
            {busy && <Spinner size="tiny" label="Posting…" />}
          </div>
        </>
      )}
      {!nothingToDecide && externals.length > 0 && (
        <section className={styles.confirm} aria-labelledby="external-title">
          <Title3 as="h2" id="external-title">
            People outside your organisation
          </Title3>
          <Text>Sharing with them needs your explicit confirmation, recorded with your decision.</Text>
          {externals.map((m) => {
            const c = confirmations[m.id] ?? { confirmed: false, why: "" };
            return (
              <div key={m.id} className={styles.section}>
                <Text weight="semibold">
                  {m.displayName} <Badge appearance="tint" color="danger">{m.external === "guest" ? "Guest" : "Other organisation"}</Badge>
                </Text>
                <Text>{m.reason}</Text>
                <Checkbox checked={c.confirmed} disabled={busy} onChange={(_, d) => setConfirmation(m.id, { ...c, confirmed: d.checked === true })} label={`I confirm I mean to share this with ${m.displayName}, who is outside my organisation`} />
                <Field label={`Why ${m.displayName} needs this information`} required={c.confirmed}>
                  <Textarea value={c.why} disabled={busy} onChange={(_, d) => setConfirmation(m.id, { ...c, why: d.value })} rows={2} />
                </Field>
              </div>
            );
          })}
        </section>
      )}

      {!nothingToDecide && (
        <>
        <section className={styles.section} aria-labelledby="checklist-title">
          <Title3 as="h2" id="checklist-title">
            Checklist
          </Title3>
          {STEPS.map((step) => (
            <ChecklistStep
              key={step.id}
              step={step}
              draft={draft}
              prefill={prefill}
              onChange={(d) => {
                // The external members' confirmations are made above; keep them as confirmed there.
                let next = d;
                for (const id of externalFlagIds) {
                  const member = externals.find((m) => externalFlagId(m) === id);
                  const c = member ? confirmations[member.id] : undefined;
                  if (member && c?.confirmed && c.why.trim() && flags.some((f) => f.id === id)) next = withFlagResolution(next, id, { kind: "overridden", reason: externalConfirmationReason(member, c.why) });
                }
                setDraft(next);
              }}
              {...(problems ? { problems: problems.filter((p) => p.step === step.id) } : {})}
              disabled={busy}
            />
          ))}
        </section>

        {recommendation.kind === "recommendation" && <DecisionBanner recommendation={recommendation} />}

        {problems && <ErrorSummary problems={problems} title={`Not recorded yet: ${problems.length === 1 ? "one answer needs" : `${problems.length} answers need`} attention`} />}
        <ErrorNotice outcome={outcome} />

        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy || !audience.selfIsMember} onClick={() => void record("post")}>
            Record and post
          </Button>
          <Button disabled={busy} onClick={() => void record("not-sharing")}>
            Record decision not to share
          </Button>
          {busy && <Spinner size="tiny" label="Recording…" />}
        </div>
        </>
      )}
    </>
  );
}
