// Title-case headlines capitalise every word, so a capitalised number word
// in one is a count, not a name: "Forces Detain Two Associates in Raid" vs
// "the Group of Twenty met" inside ordinary prose. Shouted lines put every
// word in capitals, so "10,000 TROOPS DEPLOYED" counts troops.

import { NOUN_STOPS } from './lexicon';
import type { Token } from './tokens';

/** Long words that may stay lower case in a title-case line: "with", "from", "into", "over". */
const MIN_LONG = 4;
const MIN_CAPITALISED = 3;

/** "Troops", "Horizon": a capital first letter and the rest lower case ("UK", "iPhone" and "troops" are not). */
export function isTitleCased(text: string, lower: string): boolean {
  return text[0] !== lower[0] && text.slice(1) === lower.slice(1);
}

/** A title-cased word of three letters or more: "Summit", "Strategy", not "UK" or "An". */
export function isTitleWord(t: Token | undefined): boolean {
  return t?.type === 'word' && t.text.length >= 3 && isTitleCased(t.text, t.lower);
}

/** Most words of two letters or more are in capitals, and there are at least two: a headline or a shouted line. */
export function isShouted(tokens: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.type !== 'word' || t.text.length < 2) continue;
    words++;
    if (t.text === t.text.toUpperCase()) caps++;
  }
  return words >= 2 && caps * 2 > words;
}

/**
 * Is the line of `tokens[i]` in title case? Every word of four letters or
 * more is capitalised, except function words ("with", "from"), and there
 * are at least three of them.
 */
export function isTitleCaseLine(tokens: readonly Token[], i: number): boolean {
  let first = i;
  while (first > 0 && !(tokens[first] as Token).lineStart) first--;
  let capitalised = 0;
  for (let k = first; k < tokens.length && (k === first || !(tokens[k] as Token).lineStart); k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'word' || t.text.length < MIN_LONG) continue;
    if (t.text[0] !== t.lower[0]) capitalised++;
    else if (!NOUN_STOPS.has(t.lower)) return false;
  }
  return capitalised >= MIN_CAPITALISED;
}
