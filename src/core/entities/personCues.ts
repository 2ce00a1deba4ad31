// Context that makes an unknown name of two to four words a person whatever
// its words: the speaker after a speech verb ("…," said Marta Kowalczyk-Reyes),
// a role in apposition after it ("Riyad Hijab, the committee's coordinator,")
// or before it ("His wife, Umm Yusuf,", "its President, António Costa"), a role
// noun right before it ("the Damascus businessman Marwan Hallaq") and a byline
// ("By Lina Haddad"), or a verb only people do ("Tobek Marandu took power",
// see lifeEvents.ts), or an item of an email header ("Cc: Ana Berg; …").
// Without such a cue (or a given name) a title-case run is no person: "Money
// Laundering", "Air Policing" are concepts.

import type { Token } from './tokens';
import { isAbbreviation } from '../text/abbreviations';
import { ORG_HEADS, PERSON_ROLE_HEADS, ROLE_HEADS, TITLE_HEADS, TITLE_WORDS } from './cueWords';
import { actsAsPerson } from './lifeEvents';
import { isAddressee } from './addressHeaders';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Speech verbs whose subject may follow them in quotation style ("…," said X). */
const SPEECH_VERBS = set('said says added told wrote explained noted warned asked argued insisted recalled replied');

/** Kinship nouns: "His wife, Umm Yusuf", "…, a nephew of the late president". */
const KINSHIP = set(`wife husband son daughter brother sister father mother nephew niece cousin uncle aunt widow widower
  grandson granddaughter grandfather grandmother stepson stepdaughter`);

/** Role nouns in an appositive that describe one person ("…, head of research", "…, a spokeswoman for"). */
const APPOSITIVE_ROLES = set(`head founder cofounder co-founder owner partner deputy coordinator fellow author editor
  member principal dean rector professor lecturer scholar historian veteran resident ceo cfo chairwoman
  king queen emperor empress monarch ruler tsar regent`);

/** Lower-case nouns for one person written right before a name ("the businessman Marwan Hallaq", "historian Anna Berg"). */
const ROLE_BEFORE_NAME = set(`businessman businesswoman historian scholar writer novelist poet author journalist
  reporter photographer activist campaigner lawyer economist analyst researcher professor blogger preacher
  cleric commander militant warlord smuggler financier tycoon magnate banker entrepreneur`);

/** Plural nouns for people before "such as" ("Historians such as Yang Kuisong"). */
const PEOPLE_PLURALS = set(`historians scholars analysts experts officials leaders commanders figures writers
  journalists activists politicians ministers generals clerics academics critics researchers economists`);

/** Words that may open the appositive before its role noun ("the", "a senior", "its chief"). */
const APPOSITIVE_OPENERS = set('a an the its his her their our');

const isRoleWord = (t: Token): boolean => t.cap
  ? TITLE_HEADS.has(t.key)
  : PERSON_ROLE_HEADS.has(t.key) || APPOSITIVE_ROLES.has(t.key) || KINSHIP.has(t.key);

/** Does a speech verb introduce the name ("said Marta Kowalczyk-Reyes")? */
export function followsSpeechVerb(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && !prev.cap && (tokens[first] as Token).gap === 'space' && SPEECH_VERBS.has(prev.key);
}

/** Words after the comma an appositive may run over before its role word. */
const MAX_APPOSITIVE_WORDS = 7;

/** Does the title word at `j` end its phrase: no capitalised word goes on the name ("Envoy for Yemen", "Envoy,")? */
function endsTitlePhrase(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return next === undefined || next.gap !== 'space' || !next.cap;
}

const commaBetween = (text: string, a: Token, b: Token): boolean => b.gap === 'break' && text.slice(a.end, b.start).trim() === ',';

/** Is the name followed by ", <role>" ("…, head of commodities research", "…, the committee's coordinator")? */
export function hasRoleAppositive(text: string, tokens: readonly Token[], last: number): boolean {
  const after = tokens[last + 1];
  if (!after || !commaBetween(text, tokens[last] as Token, after)) return false;
  // Up to seven words before the role (MAX_APPOSITIVE_WORDS): an opener, a possessive owner ("Donald Trump's"), modifiers,
  // a body's name ("…, a Ministry of Home Security officer").
  for (let j = last + 1; j <= last + MAX_APPOSITIVE_WORDS; j++) {
    const t = tokens[j];
    if (!t || (j > last + 1 && t.gap === 'break')) return false;
    if (!t.cap && (APPOSITIVE_ROLES.has(t.key) || KINSHIP.has(t.key) || TITLE_HEADS.has(t.key))) return true;
    // Right after the comma a capitalised word only as part of the owner's name, up to its possessive;
    // after an opener it may qualify the role too ("…, the Senate president", "…, a former Labour minister").
    const opened = j > last + 1 && APPOSITIVE_OPENERS.has((tokens[last + 1] as Token).key);
    // "…, the UN Special Envoy for Yemen": after an opener, a capitalised title ending the title phrase.
    if (opened && t.cap && ROLE_HEADS.has(t.key) && endsTitlePhrase(tokens, j)) return true;
    if (t.cap && !t.possessive && !opened && !(tokens[j + 1]?.cap === true && tokens[j + 1]?.gap === 'space')) return false;
    if (!t.cap && !APPOSITIVE_OPENERS.has(t.key) && !/^[a-z-]+$/.test(t.text)) return false;
  }
  return false;
}

/** Plural nouns for several people named in a list after them ("its lawyers, X and Y", "the legal representatives, X and Y"). */
const PLURAL_ROLES = set(`lawyers attorneys advocates counsel representatives advisers advisors envoys negotiators mediators
  spokespeople spokesmen spokeswomen judges prosecutors founders cofounders leaders commanders deputies
  candidates nominees ministers authors editors researchers analysts sons daughters children parents brothers sisters
  chairs hosts presenters guests victims hostages detainees defendants suspects`);

/** Words back to the opener of a role phrase before the comma ("A local physician from Husaybah, …"). */
const MAX_ROLE_PHRASE = 8;

/**
 * Is the name preceded by "<determiner> … <role>, " whose role word passes `isRole`? The phrase
 * must open with a determiner or a possessive owner, within the clause.
 */
function roleBeforeComma(text: string, tokens: readonly Token[], first: number, isRole: (t: Token) => boolean): boolean {
  const comma = tokens[first - 1];
  if (!comma || !commaBetween(text, comma, tokens[first] as Token)) return false;
  // Walking back: an opener before the role word ("The head of the agency, …"), within the clause.
  let role = false;
  for (let j = first - 1; j >= 0 && j >= first - MAX_ROLE_PHRASE; j--) {
    const t = tokens[j] as Token;
    if (isRole(t) && !t.possessive) role = true;
    else if (role && (t.possessive ? t.cap : APPOSITIVE_OPENERS.has(t.key))) return true;
    if (j === 0 || t.gap === 'break' || t.gap === 'start') return false;
  }
  return false;
}

/**
 * Is the name preceded by "<determiner> … <role>, " ("His wife, Umm Yusuf", "The Minister
 * for Africa, Priya Lockhart", "India's oil minister, Hardeep Singh Puri")? The phrase must
 * hold a role, kinship or title word.
 */
export function hasRoleAppositiveBefore(text: string, tokens: readonly Token[], first: number): boolean {
  return roleBeforeComma(text, tokens, first, isRoleWord);
}

/** Tokens ahead in which a list of names reaches its "and" ("X, Y and Z"). */
const MAX_LIST = 12;

/** Does the clause go on from `first` to "and" before a capitalised word ("X and Y", "X, Y and Z")? */
function opensNameList(tokens: readonly Token[], first: number): boolean {
  for (let j = first + 1; j < tokens.length && j <= first + MAX_LIST; j++) {
    const t = tokens[j] as Token;
    if (t.afterStop) return false;
    if (t.key === 'and' && !t.cap) return tokens[j + 1]?.cap === true && (tokens[j + 1] as Token).gap === 'space';
  }
  return false;
}

/** "the legal representatives, Ana Berg and Tomas Weller": a plural role noun before a list of names. */
function opensListAfterPluralRole(text: string, tokens: readonly Token[], first: number): boolean {
  return opensNameList(tokens, first) && roleBeforeComma(text, tokens, first, (t) => !t.cap && PLURAL_ROLES.has(t.key));
}

/** Past participles whose agent after "by" is a person when the name is shaped like one ("a team led by X"). */
const LEADING_VERBS = set('led headed chaired founded directed commanded hosted moderated coached');

/** "a mission led by Ana Berg", "the panel, chaired by Tomas Weller". */
function followsLeadingVerb(tokens: readonly Token[], first: number): boolean {
  const by = tokens[first - 1];
  const verb = tokens[first - 2];
  return by?.key === 'by' && !by.cap && (tokens[first] as Token).gap === 'space' && verb !== undefined && !verb.cap
    && by.gap === 'space' && LEADING_VERBS.has(verb.key);
}

/** Words the organisation after "of the" may run over before its head ("of the United Democratic Front"). */
const MAX_ORG_WORDS = 6;

/**
 * "Ana Berg of the Green Party came third", "Tomas Weller of the Brookings Institution said": a
 * person-shaped name, "of the", then a capitalised name ending in an organisation head.
 */
function memberOfOrganisation(tokens: readonly Token[], last: number): boolean {
  const of = tokens[last + 1];
  const the = tokens[last + 2];
  if (of?.key !== 'of' || of.cap || of.gap !== 'space' || the?.key !== 'the' || (tokens[last] as Token).possessive) return false;
  for (let j = last + 3; j < tokens.length && j <= last + 2 + MAX_ORG_WORDS; j++) {
    const t = tokens[j] as Token;
    if (!t.cap || t.gap !== 'space') return false;
    if (ORG_HEADS.has(t.key) && !t.upper) return true;
    if (t.possessive) return false;
  }
  return false;
}

/** "the businessman Marwan Hallaq", "Historians such as Yang Kuisong". */
function followsRoleNoun(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (prev === undefined || (tokens[first] as Token).gap !== 'space') return false;
  if (!prev.cap && ROLE_BEFORE_NAME.has(prev.key)) return true;
  return prev.key === 'as' && tokens[first - 2]?.key === 'such' && PEOPLE_PLURALS.has(tokens[first - 3]?.key ?? '');
}

// "By Lina Haddad and Emre Kaplan", "Reporting by Lina Haddad in Beirut and Emre Kaplan in Istanbul",
// "Prepared by Lina Haddad, Analyst" (a report's author line).
const BYLINE = /^[ \t]*(?:By|(?:Additional )?[Rr]eporting by|(?:Written|Writing|Prepared|Compiled|Edited) by)[ \t]/;

/** A name in a byline: after its "by", "and" or a comma, on a line that opens with "By" or "Reporting by". */
function inByline(text: string, tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (prev === undefined || (prev.key !== 'by' && prev.key !== 'and' && !commaBetween(text, prev, tokens[first] as Token))) return false;
  const start = (tokens[first] as Token).start;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return BYLINE.test(text.slice(lineStart, Math.min(start, lineStart + 40)));
}

/**
 * "Lt. Gen. Qasim Nouri al-Zubaidi", "Capt. Dana Whitfield": an abbreviated title with its
 * dot just before the name counts as a title, though the dot breaks the run.
 */
export function followsDottedTitle(text: string, tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (prev === undefined || !prev.cap || !TITLE_WORDS.has(prev.key) || (tokens[first] as Token).gap !== 'break') return false;
  return text.slice(prev.end, (tokens[first] as Token).start).trim() === '.' && isAbbreviation(prev.text, false);
}

/** Any context above that makes the unknown name spanning [first, last] a person. */
export function hasPersonContext(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  return followsSpeechVerb(tokens, first) || hasRoleAppositive(text, tokens, last)
    || hasRoleAppositiveBefore(text, tokens, first) || followsRoleNoun(tokens, first) || inByline(text, tokens, first)
    || opensListAfterPluralRole(text, tokens, first) || followsLeadingVerb(tokens, first) || memberOfOrganisation(tokens, last) || actsAsPerson(text, tokens, last)
    || isAddressee(text, tokens, first, last);
}
