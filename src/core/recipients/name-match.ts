import { LETTER, MARK, runsOfCodePointsIn } from "../text/unicode";
import type { GreetingName } from "./greeting";

/**
 * Could this recipient be the person the greeting names? Recipients are known by their display name and
 * by the local part of their address (`j.bloggs`, `sarah.jones`, `sjones`). The match is deliberately
 * generous (initials, common short forms, a bare local part starting with the right initial): the warning
 * is only useful if it is rarely wrong.
 */

/** What a recipient's name and address say about who they are. */
export interface RecipientIdentity {
  /** Lower-case words of the display name and of the local part (`["joe", "bloggs", "j"]`). */
  words: string[];
  /** The local part as one word, when it has no separators (`sjones`): initial + surname, or a name. */
  compact?: string;
  /** A team mailbox or list (`mash@`, `duty.team@`, a distribution list): anyone could be reading it. */
  shared: boolean;
}

/** Local-part and display-name words of shared mailboxes. */
const ROLE_WORDS = new Set([
  "mash", "duty", "admin", "referral", "referrals", "enquiries", "enquiry", "info", "team", "office", "reception",
  "safeguarding", "contact", "hub", "triage", "mailbox", "noreply", "help", "helpdesk", "support", "cspa", "dsl",
  "secure", "intake", "access", "gateway", "earlyhelp", "frontdoor", "children", "childrens", "services", "service",
  "social", "care", "health", "school", "head", "headteacher", "bursar", "post", "mail", "inbox", "general", "main",
  "senco", "clerk", "governors", "group", "unit", "department", "desk", "line", "list", "all", "staff",
  "nurses", "visitors", "panel", "marac", "mappa", "lado", "cp", "iro", "court", "legal", "records", "data",
]);

/**
 * Groups of first names that are the same person's name: "Tom" for Thomas, "Kate" for Katherine. Names
 * that share their first three letters (Sam / Samantha, Chris / Christopher) need no entry.
 */
const NAME_GROUPS: readonly string[] = [
  "thomas tom tommy", "joseph joe joey", "josephine jo josie", "joanne joanna jo", "katherine catherine kathryn kate katie kat cath cathy kathy katy kay",
  "robert rob bob bobby robbie bert", "william will bill billy liam", "elizabeth liz lizzie beth betty eliza libby lisa",
  "james jim jimmy jamie", "david dave davy", "michael mike mick mickey", "christopher chris kit", "christine christina chris chrissie tina",
  "stephen steven steve stevie", "andrew andy drew", "anthony antony tony", "nicholas nick nicky", "nicola nicky nikki",
  "daniel dan danny", "benjamin ben benny", "matthew matt", "patrick pat paddy", "patricia pat trish patty",
  "susan sue suzy susie", "suzanne sue suzie", "jennifer jen jenny", "rebecca becky becca bec", "alexander alex sandy",
  "alexandra alex lexie", "edward ed eddie ted ned", "peter pete", "richard rich rick ricky dick", "henry harry hal",
  "harold harry", "charles charlie chas", "charlotte charlie lottie", "margaret maggie meg peggy", "deborah debbie deb debra",
  "victoria vicky vicki tori", "jessica jess jessie", "abigail abbie abby abi", "eleanor ellie nell nora", "gregory greg",
  "jonathan jon jonny", "john jack johnny jon", "timothy tim timmy", "frederick fred freddie", "lawrence laurence larry laurie",
  "leonard leo len lenny", "raymond ray", "ronald ron ronnie", "donald don donnie", "kenneth ken kenny", "philip phillip phil",
  "francis frank fran", "frances fran frankie", "geoffrey jeffrey geoff jeff", "gillian gill jill gilly", "helen ellen nell",
  "jacqueline jackie jacqui", "judith judy jude", "pamela pam", "sandra sandy", "teresa theresa tess terri", "valerie val",
  "mohammed muhammad mohammad mohamed mo", "amanda mandy", "caroline carol carrie", "dorothy dot dottie", "angela angie",
  "barbara barb babs", "natalie nat", "nathan nat nate", "oliver ollie", "olivia liv livvy", "sophie sophia", "louise lou louisa",
  "emily em emmy", "emma em", "rachel rach", "sarah sara sally", "mary molly polly", "anne ann annie anna", "stuart stewart stu",
  "alan allan allen al", "zachary zach zak", "samuel sam sammy", "samantha sam sammie", "jacob jake", "joshua josh",
  "daniella daniela dani", "gabriel gabe", "gabrielle gabby gaby", "isabel isabelle isobel izzy bella", "kimberley kimberly kim",
  "lindsay lindsey", "megan meg", "penelope penny", "rosemary rose rosie", "ruth ruthie", "simon si", "vincent vince",
];

let groupsByName: Map<string, number[]> | undefined;

/** Name → the groups it is in, built on first use. */
function nameGroups(): Map<string, number[]> {
  if (groupsByName) return groupsByName;
  const map = new Map<string, number[]>();
  NAME_GROUPS.forEach((group, id) => {
    for (const name of group.split(" ")) {
      const list = map.get(name);
      if (list) list.push(id);
      else map.set(name, [id]);
    }
  });
  groupsByName = map;
  return map;
}

/** The same name, a short form of it, or one a prefix of the other (at least three letters). */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return true;
  const ga = nameGroups().get(a);
  const gb = nameGroups().get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
}

/** Lower-case letter runs of a string: "O'Brien, Mary-Jane" → ["o", "brien", "mary", "jane"]. */
function letterWords(text: string): string[] {
  return runsOfCodePointsIn(text.toLowerCase(), LETTER | MARK);
}

/** Identity of one recipient from the local part of the address and the display name (if any). */
export function recipientIdentity(local: string, displayName: string | undefined, isList: boolean): RecipientIdentity {
  const localWords = letterWords(local.slice(0, 200));
  // Words of a display name, minus any address written in it (those are judged elsewhere).
  const nameWords = displayName
    ? letterWords(
        displayName
          .slice(0, 200)
          .split(/\s+/)
          .filter((w) => !w.includes("@"))
          .join(" "),
      )
    : [];
  const words = [...nameWords, ...localWords];
  const shared = isList || localWords.some((w) => ROLE_WORDS.has(w)) || (nameWords.length > 0 && nameWords.every((w) => ROLE_WORDS.has(w)));
  const identity: RecipientIdentity = { words, shared };
  if (localWords.length === 1 && localWords[0]) identity.compact = localWords[0];
  return identity;
}

/** Could this recipient be the named person? */
export function couldBe(name: GreetingName, id: RecipientIdentity): boolean {
  return nameMatcher(name)(id);
}

/**
 * {@link couldBe} for one name against many recipients: the name's parts are worked out once.
 */
export function nameMatcher(name: GreetingName): (id: RecipientIdentity) => boolean {
  // A loop rather than `flatMap`, which is ES2019 (the on-send bundle runs on ES2016 engines).
  const parts: string[] = [];
  for (const w of name.words) {
    if (w.length > 0) parts.push(w);
    for (const p of letterWords(w)) parts.push(p);
  }
  return (id) => {
    for (const p of parts) {
      for (const w of id.words) {
        if (w.length === 1 ? w === p[0] : sameName(p, w)) return true;
      }
      const c = id.compact;
      if (c && p.length >= 2) {
        if (c.startsWith(p) || c.endsWith(p)) return true;
        // "sjones" for Sarah Jones: initial then surname. Only for a first name, and only when long enough
        // to be initial + surname rather than a word.
        if (!name.titled && c.length >= 4 && c[0] === p[0]) return true;
      }
    }
    return false;
  };
}
