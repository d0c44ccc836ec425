/**
 * Evaluative words: judgements about people, parenting, homes and conduct. Describing what was seen
 * ("six cans of lager on the floor") is fact; summing it up ("chaotic", "filthy", "well cared for")
 * is the writer's opinion, and applied to a person it is a label (recording-kinds.md:
 * "evaluative labels for people or places").
 *
 * Deliberately left out: plain physical or emotional descriptions that practitioners record as
 * observation ("cold", "wet", "crying", "tearful", "upset", "quiet"), and words whose common sense
 * in these emails is neutral ("clean", "tidy", "warm", "high", "positive" alone).
 */
import { forms } from "./entry";

/** About people and their conduct. */
const PEOPLE = forms(
  "aggressive|abusive|hostile|volatile|violent|controlling|coercive|manipulative|intimidating|threatening|menacing|" +
    "unpredictable|erratic|unstable|irrational|paranoid|unreasonable|evasive|defensive|guarded|dismissive|" +
    "deceptive|deceitful|dishonest|untruthful|honest|truthful|genuine|disingenuous|credible|plausible|implausible|" +
    "believable|unbelievable|convincing|unconvincing|reliable|unreliable|cooperative|uncooperative|co-operative|" +
    "unco-operative|non-cooperative|compliant|non-compliant|noncompliant|resistant|obstructive|reluctant|avoidant|" +
    "disengaged|unmotivated|motivated|neglectful|negligent|irresponsible|careless|reckless|selfish|lazy|" +
    "immature|naive|naïve|vulnerable|fragile|needy|clingy|attention-seeking|promiscuous|sexualised|sexualized|" +
    "streetwise|troubled|disturbed|disruptive|naughty|cheeky|defiant|oppositional|rude|disrespectful|respectful|" +
    "polite|well-mannered|well-behaved|badly-behaved|pleasant|unpleasant|lovely|nice|charming|delightful|bright|" +
    "articulate|intelligent|clever|sweet|friendly|unfriendly|loving|caring|uncaring|nurturing|attentive|" +
    "inattentive|affectionate|supportive|unsupportive|protective|unprotective|overprotective|capable|incapable|" +
    "competent|incompetent|mature|dangerous|predatory|harsh|strict|lax|punitive|overbearing|domineering|" +
    "inconsistent|contradictory|vague|drunk|intoxicated|hungover|stoned|lying|liar|liars|bully|manipulating|" +
    "minimising|minimizing|minimises|minimizes|minimised|minimized|exaggerating|deflecting|colluding|" +
    "neglecting|prioritising|prioritizing|struggling|struggles|overwhelmed|engaging|disengaging|non-engagement|" +
    "avoiding|avoids|avoided|fabricating|pretending|uncommunicative|unresponsive|disinterested|" +
    "uninterested|indifferent|cold-hearted|callous|cruel|unkind|kind-hearted|tense|difficult|challenging|" +
    "demanding|hard-working|devoted|doting|dedicated|good|poor|bad|excellent|great|fantastic|wonderful|brilliant|" +
    "amazing|awful|terrible|horrible|dreadful|appalling|disgusting|disgraceful|shocking|outrageous|unacceptable|" +
    "acceptable|appropriate|inappropriate|appropriately|inappropriately|adequate|inadequate|adequately|" +
    "inadequately|sufficient|insufficient|satisfactory|unsatisfactory|concerning|worrying|alarming|troubling|" +
    "disturbing|serious|safer|safest|unsafe|safe|risky|hazardous|better|worse|worst|best|healthy|unhealthy|" +
    "thriving|settled|unsettled|stable|chaotic|dysfunctional|toxic|neglected|uncared|unkempt|dishevelled|" +
    "disheveled|scruffy|grubby|dirty|filthy|smelly|squalid|unhygienic|unsanitary|unclean|messy|untidy|" +
    "cluttered|overcrowded|cramped|unwelcoming|welcoming|bleak|grim|depressing|unsuitable|suitable|unfit|" +
    "excessive|disproportionate|obsessive|groomed|exploited|deprived|impoverished|consistent|improved|" +
    "improving|improvement|improvements|deteriorated|deteriorating|deterioration|worsened|worsening|progress|" +
    "progressed|regressed|significantly|happier|unhappier|commitment|committed|well|precarious|" +
    "unsustainable|sustainable|fraught|strained|turbulent|unhealthy|abusive|exploitative|risky|problematic",
);

/** Multi-word judgements. */
const PHRASES = [
  "well cared for", "well-cared for", "well-cared-for", "well looked after", "well presented", "well-presented",
  "well dressed", "well-dressed", "well kept", "well-kept", "well behaved", "well mannered", "well managed",
  "well supported", "well settled", "settled well", "coping well", "doing well", "engaging well", "engaged well",
  "not coping", "is coping", "are coping", "unable to cope", "cannot cope", "can't cope", "good enough",
  "not good enough", "lacks insight", "lack insight", "lack of insight", "limited insight", "little insight",
  "no insight", "in denial", "disguised compliance", "working openly", "not working openly", "not being honest",
  "not telling the truth", "telling the truth", "trying her best", "trying his best", "trying their best",
  "doing her best", "doing his best", "doing their best", "failing to protect", "failed to protect",
  "fails to protect", "unable to protect", "not protective", "protective factor", "risk factor",
  "not prioritising", "putting her own needs", "putting his own needs", "own needs first", "needs are not being met",
  "needs are not met", "needs are being met", "needs are met", "not being met", "being met",
  "a handful", "a concern", "of concern", "cause for concern", "causes concern", "a worry", "a positive influence",
  "a negative influence", "positive relationship", "negative relationship", "positive role model", "role model",
  "a good parent", "a bad parent", "clean and tidy", "a case of neglect", "emotional abuse", "emotionally abusive",
  "emotionally unavailable", "under the influence", "deliberately", "failing to thrive", "failure to thrive",
  "uncared for", "not safe", "not suitable", "relationship before", "relationships before", "own needs before",
  "needs ahead of", "relationship ahead of", "fend for themselves", "fend for himself", "fend for herself",
  "anger issues", "anger management issues", "has issues", "have issues", "motivation to change",
  "capacity to change", "no insight", "is needed", "is not needed", "are needed", "are not needed",
  "not necessary", "unnecessary", "necessary", "no longer needed", "no longer required", "not required",
];

/** All evaluative words and phrases. */
export const EVALUATIVES: readonly string[] = [...PEOPLE, ...PHRASES];
