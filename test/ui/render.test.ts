/**
 * Server-side renders of the shared components (no DOM needed): they render the core's data, label
 * their inputs, and keep working in a FluentProvider. The interactive behaviour is tested in Chromium
 * (test/e2e/outlook).
 */
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { EMPTY_PREFILL, prefillFrom, recommendationFrom, STEPS } from "../../src/core/decision";
import { ChecklistStep, DecisionBanner, draftFrom, FlaggedSentence, OutboxStatus, PeopleSummary, RecipientChip } from "../../src/ui";

const html = (element: ReturnType<typeof createElement>) => renderToString(createElement(FluentProvider, { theme: webLightTheme }, element)).replace(/<!-- -->/g, "");

describe("shared components render (SSR)", () => {
  it("renders a recipient chip with its class, reasons and fixes", () => {
    const out = html(createElement("ul", null, createElement(RecipientChip, { recipient: { address: "mum@gmail.com", field: "to", class: "personal", reasons: ["gmail.com is a personal email service"] }, onRemove: () => undefined, onReplace: () => undefined })));
    expect(out).toContain("Personal email");
    expect(out).toContain("gmail.com is a personal email service");
    expect(out).toContain('aria-label="Remove mum@gmail.com"');
  });

  it("renders a flagged sentence with marks and explanations", () => {
    const out = html(
      createElement("ul", null, createElement(FlaggedSentence, {
        sentence: { start: 0, end: 22, text: "She is not plausible.", kind: "opinion", flags: ["unmarked-opinion"], cues: [{ start: 11, end: 20, text: "plausible", rule: "evaluative", why: "a judgement word" }] },
        onFix: () => undefined,
      })),
    );
    expect(out).toContain("<mark");
    expect(out).toContain("a judgement word");
    expect(out).toContain("In my view");
  });

  it("renders every step of the checklist from the core's questions, with skip notes", () => {
    const prefill = prefillFrom({ recipients: [], sentences: [], identifiers: [{ type: "nhs-number", start: 0, end: 10, quoted: false }], acronyms: [], specialCategory: [] });
    const draft = { ...draftFrom(prefill), purpose: { kind: "none" } };
    const outs = STEPS.map((step) => html(createElement(ChecklistStep, { step, draft, prefill, onChange: () => undefined })));
    expect(outs[0]).toContain("What is the legitimate purpose for sharing this information?");
    expect(outs[3]).toContain("Not needed: there is no legitimate purpose");
    expect(outs[8]).toContain("Your decision: share, share limited information, or do not share?");
  });

  it("renders the banner and the outbox status", () => {
    expect(html(createElement(DecisionBanner, { recommendation: recommendationFrom({ version: 1, purpose: { kind: "none" } }, EMPTY_PREFILL) }))).toContain("SafeShare recommends: do not share");
    expect(html(createElement(OutboxStatus, { waiting: 2, held: 0 }))).toContain("2 decision records are waiting");
  });

  it("renders who the message is about, and why a close pass passed; nothing when there is neither", () => {
    const about = html(createElement(PeopleSummary, { result: { verdict: "review", closeCalls: [], caseContent: [{ start: 0, end: 9, in: "body", person: "Kayden's", said: "supervised", about: "contact and living arrangements", quoted: false }] } }));
    expect(about).toContain("Kayden</span>: contact and living arrangements");
    const close = html(createElement(PeopleSummary, { result: { verdict: "pass", caseContent: [], closeCalls: ["It mentions 'neglect', but about nobody in particular, so it was not held."] } }));
    expect(close).toContain("about nobody in particular");
    expect(html(createElement(PeopleSummary, { result: { verdict: "pass", caseContent: [], closeCalls: [] } }))).not.toContain("people-summary");
  });
});
