// Where a common-noun phrase starts: walk back from its head over modifiers
// to a determiner — "the [newly built] [al-Shifa] hospital", "a [40 nation]
// coalition", "Assad’s [brutal] regime". Shared by the facility and the
// organisation-reference rules.

import type { Token } from './tokens';
import { FUNCTION_WORDS } from './commonWords';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const DETERMINERS = set('the a an this that its their his her our');

export const MAX_MODIFIERS = 3;

export interface PhraseOptions {
  /** A capitalised possessive opens the phrase ("Assad’s regime"). */
  readonly possessiveOpens?: boolean;
  /** Numbers may modify the head ("a 40 nation coalition"). */
  readonly numbers?: boolean;
}

function isModifier(t: Token, options: PhraseOptions): boolean {
  if (t.cap) return true;
  if (/^\d/.test(t.key)) return options.numbers === true;
  if (FUNCTION_WORDS.has(t.key)) return false;
  // Noun modifiers are singular ("petrol station", "refugee camp"); a plural is
  // more likely a subject before a verb ("the militants base …").
  return !/[^su]s$/.test(t.key) || /ous$/.test(t.key);
}

/** Index of the token opening the phrase whose head is token `h`, or -1 when no determiner opens it. */
export function phraseStart(tokens: readonly Token[], h: number, options: PhraseOptions = {}): number {
  for (let j = h - 1; j >= 0 && j >= h - 1 - MAX_MODIFIERS; j--) {
    const t = tokens[j] as Token;
    if ((tokens[j + 1] as Token).gap === 'break') return -1;
    if (t.possessive) return options.possessiveOpens === true && t.cap ? j : -1;
    if (DETERMINERS.has(t.key)) return j;
    if (!isModifier(t, options)) return -1;
    // A number only right after the determiner ("a 40 nation coalition"), never "killed 84 insurgents".
    if (/^\d/.test(t.key) && !DETERMINERS.has(tokens[j - 1]?.key ?? '')) return -1;
  }
  return -1;
}

/** Words after a head that still end its phrase: verbs, prepositions, conjunctions. */
const PHRASE_ENDERS = set(`is was are were has had have and or but in on at to for with from by that which who will
  would can could must should may might said says also still now then itself themselves of as after before since
  during against into over near outside inside under`);

/**
 * Does the phrase end at the head, given the word after it? A lower-case noun
 * after it means the head only modifies ("the military action", "a bridge loan");
 * a capitalised word is an appositive name ("the organisation ISIL") that is the mention itself.
 */
export function endsPhrase(next: Token | undefined): boolean {
  if (!next || next.gap !== 'space') return true;
  if (next.cap) return false;
  return !/^[a-z]/.test(next.text) || PHRASE_ENDERS.has(next.key) || /(?:ed|[^isu]s)$/.test(next.key);
}
