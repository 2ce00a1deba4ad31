// The head noun phrase after a number, without a tagger: up to four words,
// cut at function words and verbs, ending at the first plural when counting
// more than one. "45 members of the clan" → "members"; "millions of artillery
// rounds" → "artillery rounds"; "118 more prisoners" → "prisoners";
// "12 of which" → none.

import { MONTHS, NOUN_SKIPS, NOUN_STOPS } from './lexicon';
import { FRACTIONS, SCALES, UNITS, VAGUE } from './numberWords';
import { glued, type Token } from './tokens';
import { TIME_UNITS } from './units';

export interface NounMatch {
  /** Token range, inclusive. */
  readonly first: number;
  readonly last: number;
}

const MAX_WORDS = 4;

function blocks(t: Token): boolean {
  return NOUN_STOPS.has(t.lower) || UNITS.has(t.lower) || SCALES.has(t.lower) || VAGUE.has(t.lower)
    || TIME_UNITS.has(t.lower) || FRACTIONS.has(t.lower) || (MONTHS.has(t.lower) && t.text[0] !== t.lower[0]);
}

/** Plurals without an "s": "three aircraft", "1.2 million personnel", "five gunmen". */
const IRREGULAR_PLURALS = new Set([
  'people', 'men', 'women', 'children', 'personnel', 'police', 'staff', 'aircraft', 'crew', 'cattle', 'livestock',
  'infantry', 'militia', 'feet', 'sheep', 'offspring', 'spacecraft', 'hovercraft',
]);

export function isPlural(lower: string): boolean {
  if (lower.length > 3 && lower.endsWith('s')) return !/(?:ss|us|is)$/.test(lower);
  return IRREGULAR_PLURALS.has(lower) || (lower.length > 4 && lower.endsWith('men'));
}

/** "-ly" adverbs end a noun phrase; nouns that merely end so ("supply routes", "family members") do not. */
function isAdverb(lower: string): boolean {
  return lower.endsWith('ly') && !lower.endsWith('pply') && !LY_NOUNS.has(lower);
}

const LY_NOUNS = new Set(['family', 'ally', 'rally', 'assembly', 'anomaly', 'monopoly', 'reply', 'italy', 'july', 'belly']);

function isNounLike(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && t.spaced && !blocks(t) && !t.lower.endsWith('ed') && !isAdverb(t.lower);
}

const isCapital = (t: Token | undefined): boolean => t !== undefined && t.text[0] !== t.lower[0];

/**
 * May `tokens[j]` extend a phrase that already has words? Only as the plural
 * head ("artillery rounds"), inside a name ("Rapid Reaction Brigade"),
 * or as a modifier of a plural head just ahead ("ISIL tactical units").
 * Otherwise a singular head is complete: "71st Brigade | held the line".
 */
function extends_(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (isPlural(t.lower)) return true;
  if (isCapital(t) && isCapital(tokens[j - 1])) return true;
  for (let k = j + 1; k <= j + 2; k++) {
    const n = tokens[k];
    if (n === undefined || n.type !== 'word' || blocks(n)) return false;
    if (isPlural(n.lower)) return true;
  }
  return false;
}

/**
 * A plural without an "s" may still be a modifier: "24 crew members",
 * "police officers", or part of a name: "2nd Infantry Division".
 */
function pluralGoesOn(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last] as Token;
  const next = tokens[last + 1];
  if (t.lower.endsWith('s') || next === undefined || next.type !== 'word' || !next.spaced) return false;
  return (isCapital(t) && isCapital(next)) || (next.lower.endsWith('s') && isPlural(next.lower) && !blocks(next));
}

/**
 * The noun phrase starting at token `k`; `afterOf` allows a leading "of"
 * ("millions of rounds"); `compound` keeps the word after a hyphenated
 * number adjective ("12-member | team").
 */
export function countedNounAt(tokens: readonly Token[], k: number, single: boolean, afterOf: boolean, compound = false): NounMatch | null {
  let j = k;
  if (afterOf && tokens[j]?.lower === 'of') j++;
  while (tokens[j] !== undefined && NOUN_SKIPS.has(tokens[j]?.lower ?? '')) j++;
  const first = j;
  let last = -1;
  let words = 0;
  while (words < MAX_WORDS) {
    const t = tokens[j];
    if (t === undefined || t.type !== 'word' || blocks(t)) break;
    // A capital opening the next line starts a label or a heading, not the noun: "…7500\nDFAT Media: …".
    if (words === 0 && t.lineStart && isCapital(t)) break;
    // "internally displaced persons", "heavily armed men": an adverb only before a participle and its noun.
    if (isAdverb(t.lower) && !(words === 0 && /ed$/.test(tokens[j + 1]?.lower ?? '') && isNounLike(tokens[j + 2]))) break;
    // After the first word, a participle or gerund is the verb: "people killed", "troops fighting".
    if (words > 0 && /(?:ed|ing)$/.test(t.lower) && t.text[0] === t.lower[0] && !extends_(tokens, j)) break;
    // A first -ed word is an adjective only before a noun: "displaced people" but not "Twenty avoided the…".
    if (words === 0 && /ed$/.test(t.lower) && !isNounLike(tokens[j + 1])) break;
    if (words > 0 && !(compound && words === 1) && !extends_(tokens, j)) break;
    last = j;
    words++;
    // "U.S. Marines": single capitals with their dots.
    while (/^\p{Lu}$/u.test(tokens[last]?.text ?? '') && tokens[last + 1]?.text === '.' && glued(tokens[last], tokens[last + 1])) {
      last++;
      if (tokens[last + 1]?.type === 'word' && /^\p{Lu}$/u.test(tokens[last + 1]?.text ?? '') && glued(tokens[last], tokens[last + 1])) last++;
    }
    // "anti-tank missiles": a glued hyphen joins words.
    const dash = tokens[last + 1];
    if (dash?.text === '-' && glued(tokens[last], dash) && tokens[last + 2]?.type === 'word' && glued(dash, tokens[last + 2])) {
      last += 2;
    } else if (dash?.text === '-' && glued(tokens[last], dash) && tokens[last + 2]?.type === 'num' && glued(dash, tokens[last + 2])) {
      // "50 T-72 tanks", "12 F-16s": a model designation inside the phrase.
      last += 2;
      if (tokens[last + 1]?.type === 'word' && glued(tokens[last], tokens[last + 1])) last++;
    }
    j = last + 1;
    const lw = tokens[last]?.lower ?? '';
    if (!single && isPlural(lw) && !pluralGoesOn(tokens, last)) break;
    if (tokens[j]?.type !== 'word' || !tokens[j]?.spaced) break;
  }
  return last >= first ? { first, last } : null;
}
