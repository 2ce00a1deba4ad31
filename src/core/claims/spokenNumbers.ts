// Numbers as transcripts write down speech: decimals read digit by digit
// ("two point four eight billion euros", "zero point two five per cent")
// and years read in pairs ("by twenty thirty-five", "in nineteen
// ninety-nine"). Both are read over the same number words as the rest.

import { isPlural } from './countedNoun';
import { NAMES } from './currencies';
import { NOUN_STOPS } from './lexicon';
import { SCALES, UNITS } from './numberWords';
import { glued, type Token } from './tokens';

export interface SpokenDecimal {
  /** "two point four eight" → 0.48 (added to the whole part by the caller). */
  readonly fraction: number;
  /** Scale after the digits ("billion" → 1e9), 1 when there is none. */
  readonly scale: number;
  /** Index of the last token (the last digit word or scale). */
  readonly last: number;
}

const BIG_SCALES = new Set(['thousand', 'million', 'billion', 'trillion']);

/** A digit word 0–9: "zero", "four", "oh" ("point oh five"). */
function digitWord(t: Token | undefined): number | undefined {
  if (t === undefined || t.type !== 'word') return undefined;
  if (t.lower === 'oh' && t.text === t.lower) return 0;
  const v = UNITS.get(t.lower);
  return v !== undefined && v <= 9 && t.lower !== 'dozen' ? v : undefined;
}

/**
 * "point four eight billion" after the whole part ending at token `last`.
 * The decimal must end in a scale, a percent or a currency name: "at one
 * point two soldiers were hurt" is the idiom "at one point", not 1.2.
 */
export function spokenDecimalAfter(tokens: readonly Token[], last: number): SpokenDecimal | null {
  if (tokens[last + 1]?.lower !== 'point' || digitWord(tokens[last + 2]) === undefined) return null;
  let digits = '';
  let k = last + 2;
  for (let d = digitWord(tokens[k]); d !== undefined; d = digitWord(tokens[++k])) digits += String(d);
  let scale = 1;
  while (BIG_SCALES.has(tokens[k]?.lower ?? '')) scale *= SCALES.get(tokens[k++]?.lower ?? '') ?? 1;
  const end = k - 1;
  if (scale === 1 && !percentOrMoneyAt(tokens, k)) return null;
  return { fraction: Number(`0.${digits}`), scale, last: end };
}

/** "per cent", "percent", "%", or a currency name at token `k`. */
function percentOrMoneyAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.lower === 'percent' || t.text === '%' || (t.lower === 'per' && tokens[k + 1]?.lower === 'cent')) return true;
  return t.type === 'word' && NAMES.has(t.lower);
}

/** Spoken centuries: "nineteen ninety-nine", "twenty thirty-five". */
const CENTURIES: ReadonlyMap<string, number> = new Map([['nineteen', 1900], ['twenty', 2000]]);

/** Prepositions before a spoken year; without one "twenty twenty-five" is too often two numbers. */
const SPOKEN_YEAR_CUES = new Set(['in', 'by', 'since', 'until', 'till', 'before', 'after', 'from', 'during', 'through', 'to']);

/**
 * A spoken year at token `i` → [year, index of its last token], or null:
 * "by twenty thirty-five" → 2035, "in twenty ten" → 2010, "twenty oh five"
 * → 2005. A preposition must come first, and no noun, scale or hyphen after
 * ("in twenty twenty-minute slots" is not a year).
 */
export function spokenYearAt(tokens: readonly Token[], i: number): [number, number] | null {
  const century = CENTURIES.get(tokens[i]?.lower ?? '');
  if (century === undefined || !SPOKEN_YEAR_CUES.has(tokens[i - 1]?.lower ?? '')) return null;
  const w = tokens[i + 1];
  const v = w?.type === 'word' ? UNITS.get(w.lower) : undefined;
  let year: number;
  let last = i + 1;
  if (w?.lower === 'oh' && (digitWord(tokens[i + 2]) ?? 0) >= 1) {
    year = digitWord(tokens[i + 2]) ?? 0;
    last = i + 2;
  } else if (v !== undefined && v >= 10 && v <= 19) {
    year = v;
  } else if (v !== undefined && v >= 20 && v <= 90 && v % 10 === 0) {
    year = v;
    const dash = tokens[i + 2];
    const unit = digitWord(tokens[i + 3]) ?? 0;
    if (dash?.text === '-' && glued(w, dash) && glued(dash, tokens[i + 3]) && unit >= 1) {
      year += unit;
      last = i + 3;
    }
  } else {
    return null;
  }
  const next = tokens[last + 1];
  if (next !== undefined && (next.text === '-' || (next.type === 'word' && (SCALES.has(next.lower) || isNounAfter(next))))) return null;
  return [century + year, last];
}

/** A lower-case plural that the number would count: "in twenty twenty pairs" (as "2000 troops" counts). */
function isNounAfter(t: Token): boolean {
  return t.text === t.lower && isPlural(t.lower) && !NOUN_STOPS.has(t.lower);
}
