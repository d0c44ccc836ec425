import { Button, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { EmailAddressDetailsLike } from "../onsend/office-types";
import { answersToRepeat, changesSince, consentIsLawfulBasis, flagResolutionsToRepeat, type DecisionMemo, type Prefill, prefillFrom, type Problem, recommendationFrom, STEPS } from "../../core/decision";
import type { ComposeSnapshot } from "../onsend/snapshot";
import {
  answersInput,
  ChecklistStep,
  DecisionBanner,
  draftFrom,
  type DraftAnswers,
  ErrorSummary,
  FlaggedSentence,
  FlaggedSentenceGroup,
  groupFlaggedSentences,
  OutboxStatus,
  parsedAnswers,
  PeopleSummary,
  RecipientChip,
  type TextEdit,
  withFlagResolution,
  withKnownFlags,
} from "../../ui";
import { readPaneAttachments } from "./pane-attachments";
import { AttachmentFindings, type AttachmentReading } from "../../ui";
import { analyseItem, analysisOf, applyBodyEdit, holdReasonFrom, type RecordMode, recordDecision, secureRouteFor } from "./pane-controller";
import type { PaneItem } from "./pane-office";
import type { PaneAnalysis, PaneServices, SinkCounts } from "./pane-services";
import type { HoldReason } from "../onsend/alert-text";
import { IDENTIFIER_NAMES } from "../../core/check/identifier-names";
import type { IdentifierResult } from "../../core/check/result";
import { EarlierDecision } from "./EarlierDecision";

/**
 * The Outlook task pane: why the email was held, who it goes to, what it says (flags highlighted and
 * explained, with safe one-click fixes), the checklist with pre-fill, the recommendation with its rule
 * path, and the three ways to record the decision. All checklist logic is the core's; this component
 * holds the draft answers and calls the controller.
 */

/**
 * The identifiers of a person found in quoted or forwarded text ("an NHS number (943 476 5919)"): no
 * sentence of the new text holds them, so without this they showed only as a flag in step 6.
 */
function quotedIdentifierList(identifiers: readonly IdentifierResult[]): string[] {
  const shown = identifiers.filter((i) => i.quoted && (i.type === "nhs-number" || i.type === "ni-number" || i.type === "date-of-birth"));
  const named = [...new Set(shown.map((i) => `${IDENTIFIER_NAMES[i.type]} (${i.text})`))];
  return named.length > 5 ? [...named.slice(0, 5), `${named.length - 5} more`] : named;
}

/** More flagged sentences than this put a "Skip to the checklist" link above them. */
const SKIP_LINK_FROM = 3;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    maxWidth: "720px",
    minWidth: "0",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

interface Loaded {
  readonly snapshot: ComposeSnapshot;
  readonly analysis: PaneAnalysis;
  readonly prefill: Prefill;
}

const HOLD_TEXT: Record<HoldReason, string> = {
  review: "SafeShare held this email: it needs a decision before it is sent. See why below, answer the checklist and record your decision.",
  declined: "You recorded a decision not to share this email, so it has not been sent. To share it after all, record a new decision.",
  "check-failed": "SafeShare could not check this email when you pressed Send. It has been checked here: record your decision.",
};

export interface TaskPaneProps {
  readonly item: PaneItem;
  readonly services: PaneServices;
}

export function TaskPane(props: TaskPaneProps) {
  const { item, services } = props;
  const s = useStyles();
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [draft, setDraft] = useState<DraftAnswers>({ version: 1 });
  const [hold, setHold] = useState<HoldReason | undefined>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [notice, setNotice] = useState<{ intent: "success" | "warning" | "error" | "info"; title: string; text: string } | undefined>();
  const [done, setDone] = useState(false);
  const [counts, setCounts] = useState<SinkCounts | undefined>();
  /** The practitioner's last decision in this conversation, offered until taken or the form is started. */
  const [earlier, setEarlier] = useState<{ memo: DecisionMemo; taken: boolean } | undefined>();
  const noticeRef = useRef<HTMLDivElement>(null);
  /** Reading the attachments' contents: how far it has gone, or that this Outlook cannot give them. */
  const [reading, setReading] = useState<AttachmentReading | undefined>();

  /** Which load is current: a slow attachment read from an earlier load must not overwrite a newer one. */
  const loadGeneration = useRef(0);
  const load = useCallback(
    async (keepDraft: boolean) => {
      const generation = ++loadGeneration.current;
      const show = (snapshot: ComposeSnapshot, analysis: PaneAnalysis, keep: boolean) => {
        const prefill = prefillFrom(analysis.result);
        setLoaded({ snapshot, analysis, prefill });
        setDraft((d) => (keep ? withKnownFlags({ ...d, ...(prefill.identifiable ? { identifiable: "yes" } : {}) }, new Set(prefill.flags.map((f) => f.id))) : draftFrom(prefill)));
      };
      try {
        // The body and recipients first (the answer the practitioner sees at once), then the attachments'
        // contents, read on the device with progress shown, and the analysis again with them.
        const { snapshot, analysis } = await analyseItem(item, services.settings);
        show(snapshot, analysis, keepDraft);
        setLoadError(undefined);
        const files = (snapshot.attachments ?? []).filter((a) => !a.isInline);
        if (!services.attachments || (files.length === 0 && item.canReadAttachments)) return setReading(undefined);
        if (files.length) setReading({ kind: "reading", progress: { done: 0, total: files.length, reading: files[0]?.name } });
        const got = await readPaneAttachments(item, { ...services.attachments, onProgress: (progress) => generation === loadGeneration.current && setReading({ kind: "reading", progress }) });
        if (generation !== loadGeneration.current) return;
        if (got.kind === "read") show(snapshot, analysisOf(snapshot, services.settings, got.contents), true);
        setReading(got.kind === "unsupported" ? { kind: "unsupported" } : got.kind === "read" ? { kind: "read" } : undefined);
      } catch (error) {
        if (generation !== loadGeneration.current) return;
        setReading(undefined);
        setLoadError(error instanceof Error ? error.message : String(error));
      }
    },
    [item, services.settings, services.attachments],
  );

  useEffect(() => {
    void load(false);
    void item.initializationContext().then((c) => setHold(holdReasonFrom(c)));
  }, [item, load]);

  // A reply in a conversation already decided: offer that decision (once the message has been read).
  const snapshot = loaded?.snapshot;
  useEffect(() => {
    if (!snapshot) return;
    const recipients = [...snapshot.to, ...snapshot.cc, ...snapshot.bcc].map((r) => r.emailAddress);
    const memo = services.memory?.last(services.settings.practitioner.upn, { conversationId: item.conversationId(), subject: snapshot.subject, recipients });
    setEarlier((e) => (e?.taken ? e : memo ? { memo, taken: false } : undefined));
  }, [item, snapshot, services.memory, services.settings.practitioner.upn]);

  useEffect(() => {
    let live = true;
    void services.sink.counts().then((c) => live && setCounts(c), () => undefined);
    const off = services.sink.subscribe((c) => live && setCounts(c));
    return () => {
      live = false;
      off();
    };
  }, [services.sink]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const recommendation = useMemo(() => (loaded ? recommendationFrom(parsedAnswers(draft), loaded.prefill) : undefined), [draft, loaded]);
  const route = loaded ? secureRouteFor(loaded.snapshot, loaded.analysis.result, services.settings) : undefined;

  /** Run a change to the draft through Office, then re-read and re-analyse. */
  const fix = async (what: string, action: () => Promise<string | undefined>) => {
    setBusy(true);
    try {
      const problem = await action();
      await load(true);
      setNotice(problem ? { intent: "warning", title: `${what}: not applied`, text: problem } : { intent: "info", title: `${what}: done`, text: "SafeShare checked the email again." });
    } catch (error) {
      setNotice({ intent: "error", title: `${what}: not applied`, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const onEdit = (edit: TextEdit) =>
    fix(edit.label, async () => {
      const r = await applyBodyEdit(item, edit);
      if (r === "html") return "This email is formatted (HTML), so SafeShare cannot change its words safely. Make the change in the email yourself, then press Check again.";
      if (r === "changed") return "The email changed since it was checked. It has been checked again: try once more.";
      return undefined;
    });

  const onRecipient = (field: "to" | "cc" | "bcc", address: string, replacement?: string) =>
    fix(replacement ? `Replace ${address}` : `Remove ${address}`, async () => {
      const list = await item.recipients(field);
      const next: EmailAddressDetailsLike[] = list.flatMap((r) =>
        r.emailAddress.trim().toLowerCase() === address ? (replacement ? [{ emailAddress: replacement, displayName: replacement }] : []) : [r],
      );
      await item.setRecipients(field, next);
      return undefined;
    });

  const onRecord = async (mode: RecordMode) => {
    if (!loaded) return;
    if (reading?.kind === "reading") {
      // The record lists what was found in each file: it waits for the reading (a second or two), said plainly.
      setNotice({ intent: "info", title: "Still reading the attachments", text: "SafeShare is checking what is inside the attached files. Record your decision when it has finished (see “Inside the attachments”)." });
      return;
    }
    setBusy(true);
    setProblems([]);
    setNotice(undefined);
    try {
      const outcome = await recordDecision(item, services, { answers: answersInput(draft), analysis: loaded.analysis, mode });
      switch (outcome.kind) {
        case "changed":
          await load(true);
          setNotice({ intent: "warning", title: "The email changed", text: "SafeShare checked it again. Review the flags and your answers, then record your decision." });
          break;
        case "incomplete":
          setProblems(outcome.problems);
          break;
        case "error":
          setNotice({ intent: "error", title: "Not recorded", text: outcome.message });
          break;
        case "recorded": {
          setDone(true);
          const id = outcome.record.recordId;
          const header = outcome.headerStamped ? "" : " This version of Outlook cannot stamp the decision id on the email.";
          if (mode === "not-share") setNotice({ intent: "success", title: "Decision not to share recorded", text: `Record ${id}. The email has not been sent.` });
          else if (outcome.sent) setNotice({ intent: "success", title: "Decision recorded: sending", text: `Record ${id}. Outlook is sending the email.${header}` });
          else if (outcome.pressSend) setNotice({ intent: "success", title: "Decision recorded", text: `Record ${id}. Press Send in the email to send it.${header}` });
          else setNotice({ intent: "success", title: "Decision recorded", text: `Record ${id}. The email has not been sent: press Send when you are ready; SafeShare will let it go as long as it is not changed.${header}` });
          break;
        }
      }
    } catch (error) {
      setNotice({ intent: "error", title: "Something went wrong", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  if (loadError) {
    return (
      <main className={s.root}>
        <h1 className={s.h1}>SafeShare</h1>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>SafeShare cannot read this email</MessageBarTitle> {loadError}
          </MessageBarBody>
        </MessageBar>
        <Button onClick={() => void load(false)}>Try again</Button>
      </main>
    );
  }
  if (!loaded || !recommendation) {
    return (
      <main className={s.root}>
        <Spinner label="Checking the email…" />
      </main>
    );
  }

  const { result } = loaded.analysis;
  const quotedIdentifiers = quotedIdentifierList(result.identifiers);
  const flagged = result.sentences.filter((x) => x.flags.length > 0 || result.identifiers.some((i) => i.start >= x.start && i.end <= x.end));
  const disabled = busy || done;
  const decisionKind = (draft.decision as { kind?: string } | undefined)?.kind;

  return (
    <main className={s.root} aria-busy={busy}>
      <header className={s.section}>
        <h1 className={s.h1}>SafeShare</h1>
        <p className={s.muted}>{hold ? HOLD_TEXT[hold] : "Check who this email goes to and what it says, answer the checklist, and record your decision."}</p>
        {result.verdictReasons.length > 0 && (
          <ul className={s.problems} aria-label="Why it needs a decision">
            {result.verdictReasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        <PeopleSummary result={result} attachments={loaded.snapshot.attachments ?? []} />
      </header>
      <AttachmentFindings contents={result.attachmentContents} mismatches={result.attachmentMismatches} reading={reading?.kind === "read" ? undefined : reading} />

      {earlier && !done && (
        <EarlierDecision
          memo={earlier.memo}
          taken={earlier.taken}
          changes={changesSince(earlier.memo, { recipients: result.recipients.map((r) => r.address), identifierTypes: result.identifiers.map((i) => i.type) })}
          onTake={() => {
            const start = { ...answersToRepeat(earlier.memo), ...(loaded.prefill.identifiable && !earlier.memo.answers.identifiable ? { identifiable: "yes" } : {}) } as DraftAnswers;
            const resolved = flagResolutionsToRepeat(earlier.memo).reduce((d, r) => withFlagResolution(d, r.flagId, r.resolution), start);
            setDraft(withKnownFlags(resolved, new Set(loaded.prefill.flags.map((f) => f.id))));
            setEarlier({ memo: earlier.memo, taken: true });
          }}
          disabled={disabled}
        />
      )}

      <div ref={noticeRef} tabIndex={-1} aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="pane-notice">
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle> {notice.text}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      <section className={s.section} aria-labelledby="ss-recipients">
        <h2 id="ss-recipients" className={s.h2}>
          Who it goes to
        </h2>
        <ul className={s.list}>
          {result.recipients.map((r) => (
            <RecipientChip
              key={`${r.field}:${r.address}`}
              recipient={r}
              busy={disabled}
              onRemove={done ? undefined : () => void onRecipient(r.field, r.address)}
              onReplace={done ? undefined : (to) => void onRecipient(r.field, r.address, to)}
            />
          ))}
        </ul>
        {route?.kind === "subject-tag" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Send it securely</MessageBarTitle> You are sending from NHSmail to an address that is not secure: add [secure] to the subject so NHSmail encrypts it.{" "}
              <Button size="small" disabled={disabled} onClick={() => void fix("Add [secure] to the subject", async () => (await item.setSubject(route.subject), undefined))}>
                Add [secure] to the subject
              </Button>
            </MessageBarBody>
          </MessageBar>
        )}
        {route?.kind === "advice" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Send it securely</MessageBarTitle> {route.text}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={s.section} aria-labelledby="ss-content">
        <h2 id="ss-content" className={s.h2}>
          What it says
        </h2>
        {flagged.length > SKIP_LINK_FROM && (
          // A long message's flags stand between the practitioner and the checklist: one jump past them.
          <Link href="#ss-checklist" onClick={(e) => (e.preventDefault(), document.getElementById("ss-checklist")?.focus())}>
            Skip to the checklist
          </Link>
        )}
        {flagged.length === 0 ? (
          <p className={s.muted}>No sentence needs attention.</p>
        ) : (
          <ul className={s.list}>
            {groupFlaggedSentences(flagged).map((g) => (
              <FlaggedSentenceGroup
                key={g.sentences[0]?.start}
                group={g}
                render={(x) => <FlaggedSentence key={x.start} sentence={x} identifiers={result.identifiers} acronyms={result.acronyms} onFix={done ? undefined : (e) => void onEdit(e)} busy={disabled} />}
              />
            ))}
          </ul>
        )}
        {quotedIdentifiers.length > 0 && (
          <p className={s.muted} data-testid="quoted-identifiers">
            In the quoted or forwarded text: {quotedIdentifiers.join(", ")}. It is sent too.
          </p>
        )}
        {loaded.prefill.specialCategories.length > 0 && (
          <p className={s.muted}>
            Special category information: {loaded.prefill.specialCategories.join(", ").replace(/-/g, " ")}.{" "}
            {consentIsLawfulBasis(parsedAnswers(draft)) ? "The explicit consent you recorded is the Article 9 condition." : "Step 5 asks for the Article 9 condition."}
          </p>
        )}
        <div className={s.actions}>
          <Button size="small" disabled={disabled} onClick={() => void fix("Check again", async () => undefined)}>
            Check again
          </Button>
        </div>
      </section>

      <section className={s.section} aria-labelledby="ss-checklist">
        <h2 id="ss-checklist" className={s.h2} tabIndex={-1}>
          Checklist
        </h2>
        {STEPS.map((step) => (
          <ChecklistStep key={step.id} step={step} draft={draft} prefill={loaded.prefill} onChange={setDraft} disabled={disabled} problems={problems.filter((p) => p.step === step.id)} />
        ))}
      </section>

      <section className={s.section} aria-labelledby="ss-decision">
        <h2 id="ss-decision" className={s.h2}>
          Recommendation and decision
        </h2>
        <DecisionBanner recommendation={recommendation} />
        <ErrorSummary problems={problems} title={`Not recorded yet: ${problems.length === 1 ? "one answer needs" : `${problems.length} answers need`} attention`} />
        <div className={s.actions}>
          <Button appearance="primary" disabled={disabled || decisionKind === "do-not-share"} onClick={() => void onRecord("send")}>
            Record and send
          </Button>
          <Button disabled={disabled || (decisionKind !== undefined && decisionKind !== "do-not-share")} onClick={() => void onRecord("not-share")}>
            Record decision not to share
          </Button>
          <Button disabled={disabled || decisionKind === "do-not-share"} onClick={() => void onRecord("record-only")}>
            Record without sending
          </Button>
        </div>
        <OutboxStatus waiting={counts?.waiting ?? 0} held={counts?.held ?? 0} loading={counts === undefined} />
      </section>
    </main>
  );
}
