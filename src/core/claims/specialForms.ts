// Number forms that are not "number + unit": shares stated as fractions ("a
// third of", "half of", "two-thirds", "one in five") and ordinals that rank
// something ("third-largest", "for the fifth time", "71st").

import { FRACTIONS, ORDINAL_WORDS, UNITS } from './numberWords';
import { digitValue, glued, type Token } from './tokens';

export interface FormMatch {
  /** Token range of the number expression, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly value: number;
}

const SHARE_FOLLOWERS = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all']);
const SHARE_CUES = new Set(['by', 'about', 'nearly', 'almost', 'roughly', 'around', 'over', 'than', 'just', 'some', 'only', 'barely']);
const RANK_FOLLOWERS = new Set(['time', 'times', 'consecutive', 'straight', 'successive', 'year', 'round']);

function smallNumber(t: Token | undefined): number | null {
  if (t === undefined) return null;
  if (t.type === 'num' && /^\d{1,3}$/.test(t.text)) return digitValue(t);
  if (t.lower === 'a' || t.lower === 'an') return 1;
  return UNITS.get(t.lower) ?? null;
}

/** "a third of", "half of", "two-thirds", "three quarters of", "one in five", "nine out of 10". Value in per cent. */
export function shareAt(tokens: readonly Token[], i: number): FormMatch | null {
  const t = tokens[i];
  if (t === undefined) return null;
  // "half of", "half the"
  if (t.lower === 'half') {
    const shared = SHARE_FOLLOWERS.has(tokens[i + 1]?.lower ?? '') || SHARE_CUES.has(tokens[i - 1]?.lower ?? '');
    return shared ? { first: i, last: i, value: 50 } : null;
  }
  const n = smallNumber(t);
  if (n === null) return null;
  // "one in five", "nine out of 10"
  const outOf = tokens[i + 1]?.lower === 'out' && tokens[i + 2]?.lower === 'of';
  if (tokens[i + 1]?.lower === 'in' || outOf) {
    const k = outOf ? i + 3 : i + 2;
    const d = smallNumber(tokens[k]);
    if (d !== null && d > n && tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an') {
      return { first: i, last: k, value: Number(((100 * n) / d).toFixed(2)) };
    }
    return null;
  }
  // "two-thirds", "two thirds", "a third", "a quarter"
  let j = i + 1;
  if (tokens[j]?.text === '-' && glued(t, tokens[j])) j++;
  const frac = tokens[j];
  const share = frac !== undefined ? FRACTIONS.get(frac.lower) : undefined;
  if (share === undefined || frac === undefined || frac.lower === 'half' || frac.lower === 'halves') return null;
  const plural = frac.lower.endsWith('s');
  if (plural !== n > 1) return null;
  // "a quarter of a million" is a number, read elsewhere.
  if (tokens[j + 1]?.lower === 'of' && (tokens[j + 2]?.lower === 'a' || tokens[j + 2]?.lower === 'an')) return null;
  // A singular fraction ("a third") needs "of" or a cue before it ("fell by about a third");
  // "two-thirds majority" stands alone.
  if (!plural && !SHARE_FOLLOWERS.has(tokens[j + 1]?.lower ?? '') && !SHARE_CUES.has(tokens[i - 1]?.lower ?? '')) return null;
  return { first: i, last: j, value: Number((n * share).toFixed(2)) };
}

/** "third-largest", "second biggest", "for the fifth time". */
export function rankAt(tokens: readonly Token[], i: number): FormMatch | null {
  const t = tokens[i];
  const value = t !== undefined ? ORDINAL_WORDS.get(t.lower) : undefined;
  if (t === undefined || value === undefined) return null;
  let j = i + 1;
  if (tokens[j]?.text === '-' && glued(t, tokens[j])) j++;
  const next = tokens[j];
  if (next === undefined) return null;
  if (/(?:est|most)$/.test(next.lower) && next.lower !== 'west') return { first: i, last: j, value };
  if (RANK_FOLLOWERS.has(next.lower) && tokens[i - 1]?.lower === 'the') return { first: i, last: j, value };
  return null;
}
