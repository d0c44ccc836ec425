import { classifySentence } from "../../../../src/core/content/kinds";
import type { CueRule } from "../../../../src/core/check/result";

/** Every cue's span must index its exact text. */
function expectSpans(text: string): void {
  for (const c of classifySentence(text).cues) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.why.length).toBeGreaterThan(20);
  }
}

function cue(text: string, rule: CueRule): string[] {
  return classifySentence(text)
    .cues.filter((c) => c.rule === rule)
    .map((c) => c.text);
}

describe("flags", () => {
  it.each([
    ["Dad is aggressive.", ["unmarked-opinion", "evaluative-label"]],
    ["Mr Osei is a controlling partner.", ["unmarked-opinion", "evaluative-label"]],
    ["Mum is a vulnerable adult with complex needs.", ["unmarked-opinion", "evaluative-label"]],
    ["Oscar is a polite and well-mannered boy.", ["unmarked-opinion", "evaluative-label"]],
    ["I think Mr Osei is minimising the incident.", ["evaluative-label"]],
    ["The flat is filthy.", ["unmarked-opinion"]],
    ["The home environment is unhygienic and unsafe.", ["unmarked-opinion"]],
    ["Chloe is probably self-harming.", ["unmarked-opinion"]],
    ["Dad's parenting is inconsistent.", ["unmarked-opinion"]],
    ["In my view the family would benefit from a Team Around the Family.", []],
    ["My assessment is that the baby is at risk.", []],
    ["Opinion: the family need an early help assessment.", []],
    ["I am concerned that the baby is not being fed regularly.", []],
    ["It was reported that Mr Osei threatened a neighbour with a knife.", ["unattributed-report"]],
    ["Apparently the children's father has returned to the area.", ["unattributed-report"]],
    ["Rumour has it that dad is back.", ["unattributed-report"]],
    ["There are rumours that a known offender is living at the house.", ["unattributed-report"]],
    ["I have been informed that Amir is staying with a cousin.", ["unattributed-report"]],
    ["It is believed that the family are moving to Wales.", ["unattributed-report"]],
    ["An anonymous caller said the children were alone.", ["unattributed-report"]],
    ["A neighbour, who did not want to be named, said the children were alone.", ["unattributed-report"]],
    ["The caller refused to give their name but said dad was drunk.", ["unattributed-report"]],
    ["A parent at the school, who asked to remain anonymous, reported that Leo was hit.", ["unattributed-report"]],
    ["Word on the estate is that he is dealing.", ["unattributed-report"]],
    ["Mrs Khan, the neighbour at number 4, said the children were alone.", []],
    ["I was told by the receptionist that mum had cancelled.", []],
    ["Neighbours have complained that the children are left outside until late.", []],
    ["Dr Patel believes the fracture is non-accidental.", []],
    ["Mum said the teacher is aggressive.", []],
    ["I saw Chloe at 13:00.", []],
  ])("%s → %j", (text, flags) => {
    expect(classifySentence(text).flags).toEqual(flags);
  });
});

describe("kinds at the edges the spec names", () => {
  it.each([
    ["She said nothing and left the room.", "fact"],
    ["He told me to leave.", "fact"],
    ["Chloe's stepfather raised his voice and told me to leave.", "fact"],
    ["Dad appeared at the door at 9pm.", "fact"],
    ["Mum appeared in court on 8 August.", "fact"],
    ["Dad appeared drunk at the door at 9pm.", "opinion"],
    ["The bathroom had no hot water.", "fact"],
    ["I did not see any bruising.", "fact"],
    ["Mum denies that there was any argument.", "reported"],
    ["Is Oscar attending?", "fact"],
    ["Please call me on 01234 567890.", "fact"],
    ["Mum said she may move.", "reported"],
    ["I think mum's account is not plausible.", "opinion"],
    ["Mum's account is that she was at work.", "reported"],
    ["Mum said she was fine, but in my view she was drunk.", "opinion"],
    ["The baby had not been fed since 6am, mum said.", "reported"],
    ["I told mum that I would visit again on Thursday.", "fact"],
    ["I asked Chloe whether she felt safe at home.", "fact"],
    ["The meeting is on 3 May at 10am.", "fact"],
    ["Mum may move to Leeds in May.", "opinion"],
    ["The conference will take place on 2 October.", "fact"],
    ["Oscar will struggle if he moves school.", "opinion"],
    ["Dad refused to say where he had been.", "fact"],
    ["Dad rang to say he would be late.", "reported"],
    ["According to our records, there were two referrals in 2021.", "fact"],
  ])("%s → %s", (text, kind) => {
    expect(classifySentence(text).kind).toBe(kind);
  });
});

describe("cues", () => {
  it("names the words that decided the kind, with exact spans", () => {
    expect(cue("The flat seemed cold and unwelcoming.", "hedge")).toEqual(["seemed"]);
    expect(cue("The flat seemed cold and unwelcoming.", "evaluative")).toEqual(["unwelcoming"]);
    expect(cue("I think Mr Osei is minimising the incident.", "cognition")).toEqual(["think"]);
    expect(cue("In my view the family would benefit from support.", "opinion-marker")).toEqual(["In my view"]);
    expect(cue("In my view the family would benefit from support.", "recommendation")).toEqual(["would benefit"]);
    expect(cue("Chloe will struggle if she moves school.", "prediction")).toEqual(["will struggle"]);
    expect(cue("Chloe told me that her stepfather grabbed her arm.", "reporting-verb")).toEqual(["told"]);
    expect(cue("Chloe told me that her stepfather grabbed her arm.", "source")).toEqual(["Chloe"]);
    expect(cue("Oscar's teacher thinks he is being kept off school.", "source")).toEqual(["Oscar's teacher"]);
    expect(cue("According to the police, there were two call-outs.", "attribution")).toEqual(["According to"]);
    expect(cue("Apparently the children's father has returned.", "hearsay")).toEqual(["Apparently"]);
    expect(cue("It is alleged that dad sells drugs.", "hearsay")).toEqual(["It is alleged"]);
  });

  it("gives a fact no cues", () => {
    expect(classifySentence("I met Chloe at school at 13:00 in the pastoral office.").cues).toEqual([]);
  });

  it("explains a hedge in plain English", () => {
    const [c] = classifySentence("Mum seems tired.").cues;
    expect(c?.why).toMatch(/impression/);
  });

  it.each([
    "The flat seemed cold and unwelcoming.",
    "Oscar’s teacher thinks he’s being kept off school.",
    "I’m worried that mum’s partner is controlling.",
    "“Daddy hurts mummy,” Oscar’s sister told me.",
    "Apparently — according to the school — Oscar is often hungry.",
    "Dr Patel believes the fracture is non-accidental; I agree.",
  ])("spans index the exact text: %s", (text) => {
    expectSpans(text);
  });
});
