// What an encyclopedic definition says a name is: "Hawr al-Qasab (Arabic: …)
// is a town on the Tigris" (place), "Abboud Qanbar (…), also known as Abu
// Haidar, is an Iraqi general" (person), "Ansar Tellmara is a jihadist group"
// (organisation), and the appositive "born in al-Alam, a village on the
// Tigris" (place). The predicate noun decides, whatever the name's shape.

import type { EntityType } from '../model/analysis';
import type { Token } from './tokens';
import { ORG_HEADS, PERSON_ROLE_HEADS, TITLE_HEADS } from './cueWords';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Predicate nouns of places ("a town", "a district", "a river"). */
const PLACE_NOUNS = set(`town village city hamlet settlement suburb neighbourhood neighborhood quarter district subdistrict
  sub-district province governorate region county municipality borough commune oblast prefecture capital port
  island archipelago peninsula river lake mountain mountains range valley plain plateau desert oasis coast
  bay gulf strait canal dam reservoir bridge airport airbase crossing highway road`);

/** Predicate nouns of people besides titles and roles ("a politician", "a militant"). */
const PERSON_NOUNS = set(`politician militant jihadist insurgent terrorist soldier officer commander cleric scholar
  businessman businesswoman journalist writer poet author activist diplomat lawyer economist footballer athlete
  actor actress singer warlord financier smuggler physician engineer academic historian theologian preacher`);

/** Predicate nouns of organisations besides organisation heads ("a jihadist group", "a militia"). */
const ORG_NOUNS = set(`group organisation organization militia faction movement party company firm network coalition
  alliance insurgency charity tribe clan`);

/** Words that end the predicate's noun phrase ("a town on …", "a general who …"). */
const PHRASE_END = set(`of in on at near from with and or who which that located situated founded based along between
  for by since during under about`);

// "(Arabic: …)", ", also known as Abu Haidar,", "[1]": what may stand between the name and "is a".
const LEAD_IN = /^(?:\s*\([^()]{0,200}\))?(?:\s*\[\d{1,3}\])*(?:\s*,[^,.;()]{1,80},)?(?:\s*\[\d{1,3}\])*\s+(?:is|was|are|were)\s+(?:a|an|the)\s+$/;

/** The type a noun gives the name it defines, or null when it is none of ours. */
function typeOfNoun(t: Token): EntityType | null {
  if (PLACE_NOUNS.has(t.key)) return 'place';
  if (PERSON_NOUNS.has(t.key) || PERSON_ROLE_HEADS.has(t.key) || TITLE_HEADS.has(t.key)) return 'person';
  if (ORG_NOUNS.has(t.key) || ORG_HEADS.has(t.key)) return 'organization';
  return null;
}

/** The head noun of the phrase opening at token `from` ("an Iraqi [general] who"), or -1. */
function headAt(text: string, tokens: readonly Token[], from: number): number {
  let head = -1;
  for (let j = from; j < tokens.length && j < from + 5; j++) {
    const t = tokens[j] as Token;
    if (j > from && t.gap === 'break') break;
    if (!t.cap && PHRASE_END.has(t.key)) break;
    head = j;
    const c = text.charCodeAt(t.end);
    // , . ; : right after the word
    if (t.possessive || c === 44 || c === 46 || c === 59 || c === 58) break;
  }
  return head;
}

const COPULAS = set('is was are were');

/**
 * The type the definition after the name spanning tokens [first, last] gives it: a copula
 * ("Hawr al-Qasab (Arabic: …) is a town") when the name opens its sentence, or an
 * appositive of a place (", a village on the Tigris") anywhere.
 */
export function definedType(text: string, tokens: readonly Token[], first: number, last: number): EntityType | null {
  const end = (tokens[last] as Token).end;
  const next = tokens[last + 1];
  if (next === undefined) return null;
  // ", a village on the Tigris": an appositive names a place (people and groups have their own cues).
  if (text.charCodeAt(end) === 44 && (next.key === 'a' || next.key === 'an') && /^,\s+$/.test(text.slice(end, next.start))) {
    const head = headAt(text, tokens, last + 2);
    return head >= 0 && typeOfNoun(tokens[head] as Token) === 'place' ? 'place' : null;
  }
  const name = tokens[first] as Token;
  if (!(name.afterStop || name.gap === 'start' || tokens[first - 1]?.key === 'the')) return null;
  for (let j = last + 1; j + 2 < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.start - end > 300) return null;
    if (!COPULAS.has(t.key) || t.cap) continue;
    const article = tokens[j + 1] as Token;
    if (article.key !== 'a' && article.key !== 'an' && article.key !== 'the') return null;
    if (!LEAD_IN.test(text.slice(end, (tokens[j + 2] as Token).start))) return null;
    const head = headAt(text, tokens, j + 2);
    return head >= 0 ? typeOfNoun(tokens[head] as Token) : null;
  }
  return null;
}
