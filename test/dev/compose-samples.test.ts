import { checkMessage } from "../../src/core/check/check-message";
import { MessageInputSchema } from "../../src/core/check/message";
import { defaultPolicy } from "../../src/core/policy/policy";
import { DEMO_SENDER, SAMPLES } from "../../src/dev/demo/compose/samples";
import { outlookCheckContext } from "../../src/outlook/onsend/snapshot";

/** The compose demo's samples do what their labels promise, under the context Outlook gives a work mailbox. */
const context = outlookCheckContext(defaultPolicy([]), "office365");
const verdictOf = (id: string) => {
  const s = SAMPLES.find((x) => x.id === id)!;
  const split = (v: string) => (v ? v.split(/,(?![^<]*>)/).map((x) => x.trim()) : []);
  const message = MessageInputSchema.parse({ from: DEMO_SENDER, to: split(s.to), cc: split(s.cc), bcc: split(s.bcc), subject: s.subject, body: s.body, attachments: (s.attachments ?? []).map((name) => ({ name })) });
  return checkMessage(message, context);
};

describe("compose demo samples", () => {
  it.each(["risky", "police", "attachment", "carer", "chronology"])("%s is held", (id) => {
    expect(verdictOf(id).verdict).toBe("review");
  });
  it.each(["internal", "bulletin"])("%s sends with no prompt", (id) => {
    expect(verdictOf(id).verdict).toBe("pass");
  });
  it("the foster carer sample is held for what it says of the child's family, with no safeguarding word in it", () => {
    expect(verdictOf("carer").verdictSummary).toMatch(/^It is about 'Mum' .*jokettering71@gmail\.com/);
  });
  it("the attachment sample is held for its file name, and says so", () => {
    expect(verdictOf("attachment").verdictSummary).toContain("attaches 'Safety plan - O Kemp.docx'");
  });
  it("the long chronology repeats its flags and carries an NHS number only in the text it replies to", () => {
    const result = verdictOf("chronology");
    expect(result.sentences.filter((x) => x.flags.length > 0).length).toBeGreaterThanOrEqual(8);
    expect(result.identifiers.filter((i) => i.type === "nhs-number").map((i) => i.quoted)).toEqual([true]);
  });
});
