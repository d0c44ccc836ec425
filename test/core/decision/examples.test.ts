import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { answersValidation, recommendationFrom, RULES, type RuleId, TERMINAL_RULE_IDS } from "../../../src/core/decision";

// examples/answers/ holds one answers file per path of the flow, named after the rule that ends it.
const DIR = join(__dirname, "..", "..", "..", "examples", "answers");
const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
const fileOf = (rule: RuleId) => `${rule.replace(".", "-")}.json`;
const ruleOf = (file: string): RuleId => {
  const rule = TERMINAL_RULE_IDS.find((r) => fileOf(r) === file);
  if (!rule) throw new Error(`${file} is not named after a terminal rule`);
  return rule;
};

describe("example answers files", () => {
  it("has one file per terminal rule of the flow", () => {
    expect(files).toEqual(TERMINAL_RULE_IDS.map(fileOf).sort());
  });

  it.each(files)("%s is complete and ends the flow at the rule it is named after", (file) => {
    const validation = answersValidation(JSON.parse(readFileSync(join(DIR, file), "utf8")));
    if (validation.kind !== "complete") throw new Error(JSON.stringify(validation.problems));
    const result = recommendationFrom(validation.answers);
    if (result.kind !== "recommendation") throw new Error(`pending ${result.awaiting}`);
    const last = result.path[result.path.length - 1]?.rule;
    expect(last).toBe(ruleOf(file));
    expect(result.value).toBe(RULES[ruleOf(file)].leadsTo);
  });
});
