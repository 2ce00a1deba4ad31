// Context that makes an unknown name of two or three words a person whatever
// its words: the speaker after a speech verb ("…," said Marta Kowalczyk-Reyes)
// and a role in apposition after it ("Riyad Hijab, the committee's coordinator,").

import type { Token } from './tokens';
import { TITLE_HEADS } from './cueWords';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Speech verbs whose subject may follow them in quotation style ("…," said X). */
const SPEECH_VERBS = set('said says added told wrote explained noted warned asked argued insisted recalled replied');

/** Role nouns in an appositive that describe one person ("…, head of research", "…, a spokeswoman for"). */
const APPOSITIVE_ROLES = set(`head founder cofounder co-founder owner partner deputy coordinator fellow author editor
  member principal dean rector professor lecturer scholar historian veteran resident mother father son
  daughter widow wife husband brother sister ceo cfo chairwoman`);

/** Words that may open the appositive before its role noun ("the", "a senior", "its chief"). */
const APPOSITIVE_OPENERS = set('a an the its his her their our');

/** Does a speech verb introduce the name ("said Marta Kowalczyk-Reyes")? */
export function followsSpeechVerb(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && !prev.cap && (tokens[first] as Token).gap === 'space' && SPEECH_VERBS.has(prev.key);
}

/** Is the name followed by ", <role>" ("…, head of commodities research", "…, the committee's coordinator")? */
export function hasRoleAppositive(text: string, tokens: readonly Token[], last: number): boolean {
  const after = tokens[last + 1];
  if (!after || after.gap !== 'break' || text.slice((tokens[last] as Token).end, after.start).trim() !== ',') return false;
  // Up to three words before the role: an opener, a possessive owner, modifiers.
  for (let j = last + 1; j <= last + 4; j++) {
    const t = tokens[j];
    if (!t || (j > last + 1 && t.gap === 'break')) return false;
    if (!t.cap && (APPOSITIVE_ROLES.has(t.key) || TITLE_HEADS.has(t.key))) return true;
    if (t.cap && !t.possessive) return false;
    if (!t.cap && !APPOSITIVE_OPENERS.has(t.key) && !/^[a-z-]+$/.test(t.text)) return false;
  }
  return false;
}
