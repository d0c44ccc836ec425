import { writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { FrameLocator, Page } from "playwright-core";
import { describeWithChromium, type E2E, eventually, listItems, startE2E } from "./harness";

jest.setTimeout(120_000);

const SHOTS = path.join(__dirname, "__screenshots__");

describeWithChromium("Outlook demo: Send, the SafeShare check, the task pane and the decision log", () => {
  let e2e: E2E;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });
  beforeEach(async () => {
    // A new context per test: its own IndexedDB outbox and chain head.
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on("pageerror", (error) => process.stderr.write(`page error: ${error.message}\n`));
    await page.goto(e2e.stack.composeUrl);
    await page.waitForSelector("body[data-ready=true]");
  });
  afterEach(async () => {
    await page.context().close();
  });

  const load = async (sample: string) => {
    await page.selectOption("#sample", sample);
    await page.click("#load");
  };
  const send = () => page.click("#send");

  /** Send, see the Smart Alerts dialog, open the pane from its button. */
  const sendAndOpenPane = async (act: (step: () => Promise<unknown>) => Promise<unknown> = (step) => step()): Promise<FrameLocator> => {
    await send();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await act(() => dialog.getByRole("button", { name: "Review in SafeShare" }).click());
    const pane = page.frameLocator("#pane-frame");
    await pane.getByRole("heading", { name: "Checklist" }).waitFor();
    return pane;
  };

  /**
   * Send, then open the pane from the dialog, counting the practitioner's actions from "Review in
   * SafeShare" on (issue 12's measure): wrap each click or choice in `act`; fields typed are not counted.
   */
  const countedPaneOpen = async () => {
    let count = 0;
    const act = async (step: () => Promise<unknown>) => {
      count++;
      await step();
    };
    const pane = await sendAndOpenPane(act);
    return { pane, act, actions: () => count };
  };

  const text = (loc: { textContent(): Promise<string | null> }) => async () => (await loc.textContent()) ?? "";
  const sent = () => eventually(text(page.locator("#status")), (t) => t === "Sent.", 15_000, "the email to be sent");
  const contains = (loc: { textContent(): Promise<string | null> }, wanted: string, ms = 10_000) => eventually(text(loc), (t) => t.includes(wanted), ms, wanted);
  const waiting = (pane: FrameLocator, n: number, ms = 15_000) =>
    eventually(() => pane.getByTestId("outbox-status").getAttribute("data-waiting"), (v) => v === String(n), ms, `${n} records waiting`);

  const radio = (pane: FrameLocator, name: string | RegExp) => pane.getByRole("radio", { name, exact: typeof name === "string" }).check();
  const checkbox = (pane: FrameLocator, name: string | RegExp) => pane.getByRole("checkbox", { name }).check();

  /** Answer the checklist for the risky sample: significant harm, consent not sought, public task, share. */
  const answerShare = async (pane: FrameLocator) => {
    await radio(pane, "A child is suffering, or is at risk of, significant harm");
    await radio(pane, /^There is evidence that the child/);
    await pane.locator("[data-question=confidential]").getByRole("radio", { name: "Yes" }).check();
    await radio(pane, "Consent not sought (say why)");
    await pane.locator("[data-question='consent.reason']").getByRole("radio", { name: "Seeking consent would place a child at increased risk of significant harm" }).check();
    await radio(pane, "Public task (Article 6(1)(e))");
    // Step 6: each flag fixed or kept with a reason, then each principle confirmed.
    const flags = pane.locator("[data-flag]");
    const n = await flags.count();
    expect(n).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < n; i++) {
      const flag = flags.nth(i);
      await flag.getByRole("radio", { name: "Keep it, because…" }).check();
      await flag.getByRole("textbox", { name: "Why it is kept" }).fill("Needed for the referral to be acted on today.");
    }
    for (const p of [/^Necessary/, /^Proportionate/, /^Relevant/, /^Adequate/, /^Accurate/, /^Timely/, /^Secure/, /^Have you established/]) await checkbox(pane, p);
    await radio(pane, "Not informing (say why)");
    await pane.locator("[data-question='inform.reason']").getByRole("radio", { name: "Seeking consent would place a child at increased risk of significant harm" }).check();
    await pane.getByRole("textbox", { name: "Why informing would be unsafe, in your words" }).fill("Mum may pressure Chloe to retract.");
    await checkbox(pane, "No advice sought");
  };

  it("keeps a long, repetitive message usable: repeated flags grouped, one jump to the checklist, quoted identifiers shown (issue 12)", async () => {
    await load("chronology");
    const pane = await sendAndOpenPane();
    const groups = pane.getByTestId("flag-group");
    await contains(groups.first(), "is flagged the same way in 3 more sentences");
    // Eight flagged sentences, two cards and two "Show" lines: the checklist is no longer far below.
    expect(await pane.locator("[data-flagged-sentence]").count()).toBeLessThanOrEqual(3);
    await groups.first().getByRole("button", { name: "Show 3 more" }).click();
    expect(await groups.first().getByRole("button", { name: "Hide them" }).getAttribute("aria-expanded")).toBe("true");
    await contains(pane.getByTestId("quoted-identifiers"), "an NHS number (943 476 5919)");
    await pane.getByRole("link", { name: "Skip to the checklist" }).click();
    expect(await pane.locator("body").evaluate((b) => b.ownerDocument.activeElement?.id)).toBe("ss-checklist");
    await page.locator("#pane").screenshot({ path: path.join(SHOTS, "pane-long-message.png") });
  });

  it("sends an internal plain note with no prompt", async () => {
    await load("internal");
    await send();
    await sent();
    expect(await page.getByRole("dialog").isVisible()).toBe(false);
    expect(await page.locator("#sent li").first().textContent()).toContain("no SafeShare header");
  });

  it("holds a risky email, explains why in the pane, records the decision once and sends", async () => {
    await load("risky");
    const pane = await sendAndOpenPane();
    // The pane explains: the personal address, the unmarked opinion, the NHS number.
    await contains(pane.locator("[data-recipient='chloe.mum@gmail.com']"), "Personal email");
    await pane.locator("mark", { hasText: "943 476 5919" }).waitFor();
    await pane.getByText("An opinion that is not marked as opinion", { exact: false }).waitFor();
    await pane.getByText("SafeShare held this email", { exact: false }).waitFor();

    await answerShare(pane);
    await radio(pane, "Share");
    await pane.getByRole("textbox", { name: "Your reasons, in your own words." }).fill("Unexplained bruise and no food: referral for a child protection enquiry.");
    await pane.getByRole("textbox", { name: /^What are you sharing/ }).fill("The visit observations and Chloe's NHS number.");
    await contains(pane.getByTestId("recommendation"), "SafeShare recommends: share");

    await page.screenshot({ path: path.join(SHOTS, "compose-with-pane.png") });
    // What the practitioner sees in the pane: the top (why, who, what), and the decision area.
    await pane.getByRole("heading", { name: "SafeShare" }).scrollIntoViewIfNeeded();
    await page.locator("#pane").screenshot({ path: path.join(SHOTS, "pane-top.png") });
    await pane.getByRole("button", { name: "Record and send" }).scrollIntoViewIfNeeded();
    await page.locator("#pane").screenshot({ path: path.join(SHOTS, "pane-decision.png") });

    await pane.getByRole("button", { name: "Record and send" }).click();
    await sent();
    await contains(pane.getByTestId("pane-notice"), "Decision recorded");
    const header = await page.locator("#sent li").first().getAttribute("data-decision");
    expect(header).toMatch(/^[0-9a-f-]{36}$/);

    // The record reaches the local Graph server's list exactly once, with the right fields.
    await eventually(async () => (await listItems(e2e.stack)).filter((f) => f.RecordId === header).length, (n) => n === 1, 15_000, "the record in the list");
    const item = (await listItems(e2e.stack)).find((f) => f.RecordId === header) ?? {};
    expect(item.Decision).toBe("share");
    expect(item.Channel).toBe("email");
    expect(item.PractitionerUpn).toBe("sam.jones@hertfordshire.gov.uk");
    expect(String(item.Recipients)).toContain("chloe.mum@gmail.com");
    expect(String(item.Recipients)).toContain("personal");
    expect(String(item.Flags)).toContain("nhs-number");
    expect(item.SignificantHarm).toBe(true);
    await waiting(pane, 0);
    expect((await listItems(e2e.stack)).filter((f) => f.RecordId === header)).toHaveLength(1);
  });

  it("records a decision not to share without sending, and Send stays held", async () => {
    await load("risky");
    const pane = await sendAndOpenPane();
    await radio(pane, "A child is suffering, or is at risk of, significant harm");
    await radio(pane, /^There is evidence that the child/);
    await pane.locator("[data-question=confidential]").getByRole("radio", { name: "Yes" }).check();
    await radio(pane, "Consent not sought (say why)");
    await pane.locator("[data-question='consent.reason']").getByRole("radio", { name: "Seeking consent would place a child at increased risk of significant harm" }).check();
    await radio(pane, "Public task (Article 6(1)(e))");
    await radio(pane, "Will inform");
    await checkbox(pane, "No advice sought");
    await radio(pane, "Do not share");
    await pane.getByRole("textbox", { name: "Your reasons, in your own words." }).fill("Mum's personal address is not a secure route; I will phone the school instead.");
    await pane.getByRole("button", { name: "Record decision not to share" }).click();
    await contains(pane.getByTestId("pane-notice"), "Decision not to share recorded");
    expect(await page.locator("#status").textContent()).not.toBe("Sent.");
    const items = await (async () => {
      for (let i = 0; i < 50; i++) {
        const found = (await listItems(e2e.stack)).filter((f) => f.Decision === "do-not-share");
        if (found.length) return found;
        await new Promise((r) => setTimeout(r, 300));
      }
      return [];
    })();
    expect(items).toHaveLength(1);
    // Send again: the handler honours the recorded decision not to share.
    await send();
    await contains(page.getByRole("dialog"), "You recorded a decision not to share this email");
    await page.getByRole("button", { name: "Don't send" }).click();
    expect(await page.locator("#sent li").count()).toBe(0);
  });

  it("says what stops a record in plain English, and each problem's link moves focus to its question (GOV.UK error summary)", async () => {
    await load("risky");
    const pane = await sendAndOpenPane();
    await radio(pane, "A child is suffering, or is at risk of, significant harm");
    await radio(pane, "Consent obtained: explicit consent, in writing");
    await pane.getByRole("button", { name: "Record and send" }).click();
    const summary = pane.getByTestId("error-summary");
    await contains(summary, "answers need attention");
    const wording = (await summary.textContent()) ?? "";
    // The question and what to do, never a field path or the list of allowed values.
    expect(wording).toContain("Does the consent cover these recipients and this purpose? Choose an answer.");
    expect(wording).not.toMatch(/must be "|is required|consent\.coversThisSharing/);
    // The summary takes focus as it appears, so it is announced and one Tab from its first link.
    expect(await summary.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await summary.screenshot({ path: path.join(SHOTS, "pane-error-summary-list.png") });
    await summary.getByRole("link", { name: /Does the consent cover these recipients/ }).click();
    const focusedQuestion = await pane.locator("body").evaluate((body) => body.ownerDocument.activeElement?.closest("[data-question]")?.getAttribute("data-question"));
    expect(focusedQuestion).toBe("consent.coversThisSharing");
    await page.locator("#pane").screenshot({ path: path.join(SHOTS, "pane-error-summary.png") });
  });

  it("shares with consent without the lawful-basis, public-interest, inform or advice questions, counting the actions (issue 12)", async () => {
    await load("consent");
    const { pane, act, actions } = await countedPaneOpen();
    await act(() => radio(pane, "A child in need, or early help"));
    // The message names Lily and Sarah Evans: "identifiable" is answered already.
    expect(await pane.locator("[data-question=identifiable]").getByRole("radio", { name: "Yes" }).isChecked()).toBe(true);
    // Confidentiality is left: with consent that covers this sharing the answer changes nothing.
    await act(() => radio(pane, "Consent obtained: explicit consent, in writing"));
    await act(() => checkbox(pane, "A person with parental responsibility"));
    await act(() => pane.locator("[data-question='consent.coversThisSharing']").getByRole("radio", { name: "Yes" }).check());
    // One "What the guidance says" per step at most, not one per question (issue 12's "fewer stops").
    expect(await pane.locator("[data-step] summary").count()).toBeLessThanOrEqual(await pane.locator("[data-step]").count());
    expect(await pane.locator("[data-question] summary").count()).toBe(0);
    // Step 5 says why it is not asked; the lawful basis is consent.
    await contains(pane.locator("[data-step='lawful-basis']"), "the lawful basis is consent");
    // …and shows what it will record, with "Change", instead of its twenty-odd choices.
    await contains(pane.locator("[data-step='lawful-basis'] [data-testid=step-summary]"), "Consent");
    expect(await pane.locator("[data-step='lawful-basis'] [role=radio]").count()).toBe(0);
    await pane.locator("[data-step='consent']").screenshot({ path: path.join(SHOTS, "pane-consent-step.png") });
    await pane.locator("[data-step='lawful-basis']").screenshot({ path: path.join(SHOTS, "pane-lawful-basis-summary.png") });
    // Resolve what the analysis flagged (each a real question for the practitioner), then one tick for the principles.
    const flags = pane.locator("[data-flag]");
    for (let i = 0; i < (await flags.count()); i++) {
      await act(() => flags.nth(i).getByRole("radio", { name: "Keep it, because…" }).check());
      await flags.nth(i).getByRole("textbox", { name: "Why it is kept" }).fill("Mum asked for this to be shared.");
    }
    await act(() => checkbox(pane, "I have checked the information against every principle below"));
    await act(() => radio(pane, "Share"));
    await pane.getByRole("textbox", { name: "Your reasons, in your own words." }).fill("Mum asked for health visiting support and agreed in writing.");
    await pane.getByRole("textbox", { name: /^What are you sharing/ }).fill("Her request and Lily's age.");
    await contains(pane.getByTestId("recommendation"), "SafeShare recommends: share");
    await act(() => pane.getByRole("button", { name: "Record and send" }).click());
    await sent();
    const notice = await contains(pane.getByTestId("pane-notice"), "Decision recorded");
    const recordId = /Record ([0-9a-f-]{36})/.exec(notice)?.[1];
    const item = await eventually(async () => (await listItems(e2e.stack)).find((f) => f.RecordId === recordId), (f) => f !== undefined, 15_000, "the record");
    expect(item).toMatchObject({ Decision: "share", Recommendation: "share", LawfulBasis: "consent", Article9Condition: "explicit-consent" });
    process.stdout.write(`share with consent: ${actions()} actions plus 2 fields typed (${await flags.count()} flags)\n`);
    // Issue 12's target: at most 8, from "Review in SafeShare" to the recorded decision (README).
    expect(actions()).toBeLessThanOrEqual(8 + (await flags.count()));
    await page.locator("#pane").screenshot({ path: path.join(SHOTS, "pane-share-with-consent.png") });
  });

  it("shares without consent where a child is at risk, counting the actions (issue 12's full path)", async () => {
    await load("risky");
    const { pane, act, actions } = await countedPaneOpen();
    let fields = 0;
    const type = async (name: string | RegExp, value: string) => {
      fields++;
      await pane.getByRole("textbox", { name }).fill(value);
    };
    await act(() => radio(pane, "A child is suffering, or is at risk of, significant harm"));
    await act(() => radio(pane, /^There is evidence that the child/));
    await act(() => pane.locator("[data-question=confidential]").getByRole("radio", { name: "Yes" }).check());
    await act(() => radio(pane, "Consent not sought (say why)"));
    await act(() => pane.locator("[data-question='consent.reason']").getByRole("radio", { name: "Seeking consent would place a child at increased risk of significant harm" }).check());
    await act(() => radio(pane, "Public task (Article 6(1)(e))"));
    const flags = pane.locator("[data-flag]");
    const n = await flags.count();
    for (let i = 0; i < n; i++) {
      await act(() => flags.nth(i).getByRole("radio", { name: "Keep it, because…" }).check());
      fields++;
      await flags.nth(i).getByRole("textbox", { name: "Why it is kept" }).fill("Needed for the referral to be acted on today.");
    }
    await act(() => checkbox(pane, "I have checked the information against every principle below"));
    await act(() => radio(pane, "Not informing (say why)"));
    await act(() => pane.locator("[data-question='inform.reason']").getByRole("radio", { name: "Seeking consent would place a child at increased risk of significant harm" }).check());
    await type("Why informing would be unsafe, in your words", "Mum may pressure Chloe to retract.");
    await act(() => checkbox(pane, "No advice sought"));
    await act(() => radio(pane, "Share"));
    await type("Your reasons, in your own words.", "Referral for a child protection enquiry.");
    await type(/^What are you sharing/, "The visit observations.");
    await act(() => pane.getByRole("button", { name: "Record and send" }).click());
    await sent();
    await contains(pane.getByTestId("pane-notice"), "Decision recorded");
    const withoutFlags = actions() - n;
    process.stdout.write(`share without consent (child at risk): ${withoutFlags} actions plus ${n} flags (one choice each) and ${fields} fields typed\n`);
    // No target in the issue for this path: today's count is the ceiling, so it can only go down (README).
    expect(withoutFlags).toBeLessThanOrEqual(13);
  });

  it("offers a reply the last decision in its conversation, says what changed, and records it in a few actions (issue 12)", async () => {
    await load("consent");
    const first = await sendAndOpenPane();
    await radio(first, "A child in need, or early help");
    await radio(first, "Consent obtained: explicit consent, in writing");
    await checkbox(first, "A person with parental responsibility");
    await first.locator("[data-question='consent.coversThisSharing']").getByRole("radio", { name: "Yes" }).check();
    await checkbox(first, "I have checked the information against every principle below");
    await radio(first, "Share");
    await first.getByRole("textbox", { name: "Your reasons, in your own words." }).fill("Mum asked for health visiting support and agreed in writing.");
    await first.getByRole("textbox", { name: /^What are you sharing/ }).fill("Her request and Lily's age.");
    await first.getByRole("button", { name: "Record and send" }).click();
    await sent();

    // The health visitor replies; Sam answers in the same thread, now copying the GP.
    await page.click("#reply");
    await page.locator("#cc").fill("Dr Patel <gp.surgery@nhs.net>");
    await page.locator("#cc").dispatchEvent("change");
    const quoted = await page.locator("#body").inputValue();
    await page.locator("#body").fill(`Lily's first appointment is on Friday at 10:00; Mum will bring her.${quoted}`);
    const { pane, act, actions } = await countedPaneOpen();
    const earlier = pane.getByTestId("earlier-decision");
    await contains(earlier, "Same decision as on");
    await contains(earlier, "Now also to: gp.surgery@nhs.net.");
    await page.locator("#pane").screenshot({ path: path.join(SHOTS, "pane-earlier-decision.png") });
    await act(() => earlier.getByRole("button", { name: "Start from that decision" }).click());
    await contains(earlier, "are filled in");
    expect(await pane.locator("[data-question='consent.kind']").getByRole("radio", { name: "Consent obtained: explicit consent, in writing" }).isChecked()).toBe(true);
    // Step 6 is confirmed again for this message.
    await act(() => checkbox(pane, "I have checked the information against every principle below"));
    await act(() => pane.getByRole("button", { name: "Record and send" }).click());
    await sent();
    const notice = await contains(pane.getByTestId("pane-notice"), "Decision recorded");
    const recordId = /Record ([0-9a-f-]{36})/.exec(notice)?.[1];
    const item = await eventually(async () => (await listItems(e2e.stack)).find((f) => f.RecordId === recordId), (f) => f !== undefined, 15_000, "the record");
    expect(item).toMatchObject({ Decision: "share", LawfulBasis: "consent" });
    process.stdout.write(`reply in a decided conversation: ${actions()} actions\n`);
    expect(actions()).toBeLessThanOrEqual(4);
  });

  it("records a decision not to share in 4 actions plus the reason typed (issue 12's proportionate path)", async () => {
    await load("carer");
    const { pane, act, actions } = await countedPaneOpen();
    await act(() => radio(pane, "A child in need, or early help"));
    await act(() => radio(pane, "Do not share"));
    // Typing the reason is the one field the guidance asks for: counted as a field, not per key.
    await pane.getByRole("textbox", { name: "Your reasons, in your own words." }).fill("Jo does not need to know Mum's reason; I will just tell her contact is off on Saturday.");
    await act(() => pane.getByRole("button", { name: "Record decision not to share" }).click());
    const notice = await contains(pane.getByTestId("pane-notice"), "Decision not to share recorded");
    expect(actions()).toBeLessThanOrEqual(4);
    const recordId = /Record ([0-9a-f-]{36})/.exec(notice)?.[1];
    const item = await eventually(async () => (await listItems(e2e.stack)).find((f) => f.RecordId === recordId), (f) => f !== undefined, 15_000, "the record");
    expect(item).toMatchObject({ Decision: "do-not-share", Recommendation: "do-not-share", PurposeKind: "child-in-need" });
    expect(String(item?.RecommendationRules)).toContain("decision.not-to-share");
    await page.locator("#pane").screenshot({ path: path.join(SHOTS, "pane-not-share.png") });
  });

  it("keeps the record in the outbox through a Graph outage during Record and send, and writes it once later", async () => {
    await load("risky");
    const pane = await sendAndOpenPane();
    await answerShare(pane);
    await radio(pane, "Share");
    await pane.getByRole("textbox", { name: "Your reasons, in your own words." }).fill("Referral for a child protection enquiry.");
    await pane.getByRole("textbox", { name: /^What are you sharing/ }).fill("The visit observations.");

    e2e.stack.graph.setFaults({ probabilities: { unavailable: 1 }, retryAfterSeconds: 0 });
    await pane.getByRole("button", { name: "Record and send" }).click();
    await sent();
    const header = await page.locator("#sent li").first().getAttribute("data-decision");
    await waiting(pane, 1);

    e2e.stack.graph.setFaults({});
    await waiting(pane, 0, 30_000);
    expect((await listItems(e2e.stack)).filter((f) => f.RecordId === header)).toHaveLength(1);
  });

  it("reads the attached files in the pane: what each carries, the wrong attachment said, and the record lists the file (issue 14)", async () => {
    await load("wrong-file");
    await page.getByTestId("attachment").first().waitFor();
    const pane = await sendAndOpenPane();
    const finding = pane.getByTestId("attachment-finding").first();
    await finding.waitFor({ timeout: 15_000 });
    await expect(finding.textContent()).resolves.toMatch(/The message is about 'Alfie Turner', but 'Referral form\.docx' is about 'Maisie'.*Carries a date of birth: 14\/03\/2016 \(table 1, row 2\); an NHS number: 943 476 5919/);
    await page.locator("#pane").screenshot({ path: path.join(SHOTS, "pane-attachments.png") });
    const results = await new AxeBuilder({ page }).include("#pane-frame").analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    // Decide not to share (the wrong file): the record keeps the file's name, size and SHA-256, and which findings came from it.
    await radio(pane, "A child in need, or early help");
    await radio(pane, "Do not share");
    await pane.getByRole("textbox", { name: "Your reasons, in your own words." }).fill("Wrong file attached: Maisie's referral instead of Alfie's plan.");
    await pane.getByRole("button", { name: "Record decision not to share" }).click();
    await contains(pane.getByTestId("pane-notice"), "Decision not to share recorded");
    const items = await eventually(() => listItems(e2e.stack), (list) => list.some((i) => String(i.CheckedAttachments ?? "").includes("Referral form.docx")), 15_000, "the record with its attachment");
    const record = items.find((i) => String(i.CheckedAttachments ?? "").includes("Referral form.docx"))!;
    expect(String(record.CheckedAttachments)).toMatch(/[0-9a-f]{64}/);
    expect(JSON.stringify(record)).not.toContain("bruis");
  });

  it("flags advice written without 'I think' by its phrasing, and one click marks it as opinion (issue 15)", async () => {
    await page.fill("#to", "pc.jones@met.police.uk");
    await page.fill("#subject", "Leo Carter - update");
    await page.fill(
      "#body",
      "Hi Sam,\n\nI visited Leo Carter (4) at home on Tuesday at 10:15.\nPer the nursery manager, Leo has been collected late every day this week.\nWorth trying a family group conference before we step this up.\n\nThanks,\nJo",
    );
    const pane = await sendAndOpenPane();
    const flagged = pane.locator("[data-flagged-sentence]");
    await contains(flagged.first(), "Worth trying a family group conference");
    await expect(flagged.first().textContent()).resolves.toContain("'Worth' reads as your own judgement or advice");
    // The fact and the attributed report are not flagged: one sentence to look at, not three.
    await expect(flagged.count()).resolves.toBe(1);
    await flagged.first().getByRole("button", { name: /Mark as my opinion/ }).click();
    await eventually(() => page.locator("#body").inputValue(), (v) => v.includes("In my view, worth trying a family group conference"), 10_000, "the sentence marked in the body");
    await eventually(() => flagged.count(), (n) => n === 0, 10_000, "no sentence left to look at");
  });

  it("the pane has no serious or critical accessibility problems (axe-core)", async () => {
    await load("police");
    await sendAndOpenPane();
    await page.locator("#pane").screenshot({ path: path.join(SHOTS, "pane-police.png") });
    const results = await new AxeBuilder({ page }).include("#pane-frame").analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    writeFileSync(path.join(SHOTS, "axe-violations.json"), JSON.stringify(results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })), null, 2));
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`)).toEqual([]);
  });
});
