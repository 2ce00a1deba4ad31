// Reads the number itself at a token: digits with an optional scale
// ("3.5 million", "40bn"), spelled-out numbers ("two hundred thousand"),
// "a dozen", "half a million", spoken decimals ("two point five billion"),
// vague plurals ("hundreds of thousands"), and
// ranges built from two of them ("10,000-12,000", "between 10 and 12").

import { AMBIGUOUS_SCALES, FRACTIONS, ORDINAL_SUFFIXES, SCALES, UNITS, VAGUE, wordsValue } from './numberWords';
import { spokenDecimalAfter } from './spokenNumbers';
import { digitValue, glued, type Token } from './tokens';

export interface NumberPhrase {
  /** Token range of the number, inclusive. */
  readonly first: number;
  readonly last: number;
  /** Exact value; null for vague plurals. */
  readonly value: number | null;
  /** Lower bound for vague plurals ("millions" → 2,000,000). */
  readonly vagueMin: number | null;
  readonly hasScale: boolean;
  /** Spelled-out words only, no digits ("seven", "a dozen"). */
  readonly spelled: boolean;
  /** A digit ordinal: "71st". */
  readonly ordinal: boolean;
}

const HYPHEN_SCALES = new Set(['million', 'billion', 'trillion']);
const FULL_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'lakh', 'crore', 'mn', 'bn', 'tn', 'mln', 'trn']);

/** Parse the number starting at token `i`; `money` allows one-letter scales ("$5m"). */
export function numberAt(tokens: readonly Token[], i: number, money: boolean): NumberPhrase | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.type === 'num') return digitsAt(tokens, i, money);
  if (t.type === 'word') return wordsAt(tokens, i);
  return null;
}

function digitsAt(tokens: readonly Token[], i: number, money: boolean): NumberPhrase {
  const t = tokens[i] as Token;
  let value = digitValue(t);
  let last = i;
  let hasScale = false;
  let ordinal = false;
  const next = tokens[i + 1];
  if (next?.type === 'word') {
    const scale = SCALES.get(next.lower);
    const stuck = glued(t, next);
    if (scale !== undefined && (scaleAllowed(next.lower, stuck, money) || millionBeforeNoun(tokens, i, stuck))) {
      value *= scale;
      last = i + 1;
      hasScale = true;
      // "1.2 million" may be followed by nothing else; "two hundred thousand" is words-only.
      const after = tokens[i + 2];
      const more = after?.type === 'word' ? SCALES.get(after.lower) : undefined;
      if (more !== undefined && FULL_SCALES.has(after?.lower ?? '') && more > scale) {
        value *= more;
        last = i + 2;
      }
    } else if (stuck && ORDINAL_SUFFIXES.has(next.lower)) {
      ordinal = true;
      last = i + 1;
    }
  } else if (next?.text === '-' && glued(t, next) && glued(next, tokens[i + 2]) && HYPHEN_SCALES.has(tokens[i + 2]?.lower ?? '')) {
    // "a $5-million grant", "a 1.5-billion-dollar deal": the hyphen joins an adjective.
    value *= SCALES.get(tokens[i + 2]?.lower ?? '') ?? 1;
    last = i + 2;
    hasScale = true;
  }
  return { first: i, last, value: hasScale ? roundValue(value) : value, vagueMin: null, hasScale, spelled: false, ordinal };
}

/**
 * "1.5m people", "2m of them": a glued "m" before a plural noun or "of" is
 * millions; "a 5m wall", "8m high" stay metres.
 */
function millionBeforeNoun(tokens: readonly Token[], i: number, stuck: boolean): boolean {
  if (!stuck || tokens[i + 1]?.lower !== 'm') return false;
  const after = tokens[i + 2];
  if (after === undefined || after.type !== 'word' || !after.spaced) return false;
  return after.lower === 'of' || after.lower === 'people' || (/[^su]s$/.test(after.lower) && after.lower.length > 3);
}

function scaleAllowed(word: string, stuck: boolean, money: boolean): boolean {
  if (AMBIGUOUS_SCALES.has(word)) return money;
  if (word === 'k') return stuck || money;
  return stuck || FULL_SCALES.has(word);
}

function wordsAt(tokens: readonly Token[], i: number): NumberPhrase | null {
  const t = tokens[i] as Token;
  const vague = VAGUE.get(t.lower);
  if (vague !== undefined) return vagueAt(tokens, i, vague);
  // "several hundred", "a few thousand", "several dozen", "a couple of hundred": vague, at least twice the scale.
  const fewAt = vagueScaleIndex(tokens, i);
  const fewScale = fewAt > 0 ? tokens[fewAt] : undefined;
  if (fewScale !== undefined && (isFullScale(fewScale) || fewScale.lower === 'dozen')) {
    const scale = fewScale.lower === 'dozen' ? 12 : SCALES.get(fewScale.lower) ?? 1;
    return { first: i, last: fewAt, value: null, vagueMin: 2 * scale, hasScale: true, spelled: true, ordinal: false };
  }
  const share = fractionOfScale(tokens, i);
  if (share !== null) return share;
  // "half a million"
  if (t.lower === 'half' && isArticle(tokens[i + 1]) && isFullScale(tokens[i + 2])) {
    const scale = SCALES.get((tokens[i + 2] as Token).lower) ?? 1;
    return { first: i, last: i + 2, value: scale / 2, vagueMin: null, hasScale: true, spelled: true, ordinal: false };
  }
  // "a hundred", "a dozen", "a million"
  if (isArticle(t) && !(isFullScale(tokens[i + 1]) || tokens[i + 1]?.lower === 'dozen')) return null;
  if (!isArticle(t) && !UNITS.has(t.lower)) return null;
  const words: string[] = [];
  let last = i - 1;
  let j = i;
  for (;;) {
    const w = tokens[j];
    if (w === undefined) break;
    const lw = w.lower;
    const isNumWord = w.type === 'word' && (UNITS.has(lw) || FULL_SCALES.has(lw));
    const isArt = j === i && isArticle(w);
    // "two hundred and fifty": "and" only between a scale and a unit word.
    const isAnd = lw === 'and' && words.length > 0 && FULL_SCALES.has(words[words.length - 1] ?? '')
      && UNITS.has(tokens[j + 1]?.lower ?? '');
    // "twenty-five": a glued hyphen between two number words.
    const isHyphen = w.text === '-' && words.length > 0 && glued(tokens[j - 1], w) && glued(w, tokens[j + 1])
      && UNITS.has(tokens[j + 1]?.lower ?? '') && (UNITS.get(words[words.length - 1] ?? '') ?? 0) >= 20;
    if (!(isNumWord || isArt || isAnd || isHyphen)) break;
    if (!isHyphen) words.push(lw);
    last = j;
    j++;
  }
  if (last < i) return null;
  // A trailing "and" is not part of the number.
  while (last > i && (tokens[last]?.lower === 'and' || tokens[last]?.text === '-')) last--;
  const value = wordsValue(words);
  if (value === null) return null;
  const hasScale = words.some((w) => FULL_SCALES.has(w));
  // "two point four eight billion", "zero point two five per cent"
  const decimal = hasScale ? null : spokenDecimalAfter(tokens, last);
  if (decimal !== null) {
    const spoken = roundValue((value + decimal.fraction) * decimal.scale);
    return { first: i, last: decimal.last, value: spoken, vagueMin: null, hasScale: decimal.scale > 1, spelled: true, ordinal: false };
  }
  return { first: i, last, value, vagueMin: null, hasScale, spelled: true, ordinal: false };
}

/** Index of the scale word after "several", "few", "a few", "a couple (of)"; -1 when there is none. */
function vagueScaleIndex(tokens: readonly Token[], i: number): number {
  const w = tokens[i]?.lower;
  if (w === 'several' || w === 'few') return i + 1;
  if (w !== 'a') return -1;
  if (tokens[i + 1]?.lower === 'few') return i + 2;
  if (tokens[i + 1]?.lower !== 'couple') return -1;
  return tokens[i + 2]?.lower === 'of' ? i + 3 : i + 2;
}

/** "millions", "tens of thousands", "hundreds of thousands": at least twice the base. */
function vagueAt(tokens: readonly Token[], i: number, base: number): NumberPhrase {
  let min = base * 2;
  let last = i;
  const of = tokens[i + 1];
  const next = tokens[i + 2];
  const nextScale = next !== undefined ? VAGUE.get(next.lower) : undefined;
  if (of?.lower === 'of' && nextScale !== undefined && nextScale > base && nextScale >= 1e3) {
    min = base * 2 * nextScale;
    last = i + 2;
  }
  return { first: i, last, value: null, vagueMin: min, hasScale: true, spelled: true, ordinal: false };
}

/** "a quarter of a million", "three quarters of a billion", "a third of a million". */
function fractionOfScale(tokens: readonly Token[], i: number): NumberPhrase | null {
  const t = tokens[i] as Token;
  const n = isArticle(t) ? 1 : UNITS.get(t.lower);
  const frac = tokens[i + 1] !== undefined ? FRACTIONS.get((tokens[i + 1] as Token).lower) : undefined;
  if (n === undefined || frac === undefined || tokens[i + 2]?.lower !== 'of' || !isArticle(tokens[i + 3])) return null;
  const scale = tokens[i + 4];
  if (scale === undefined || !isFullScale(scale)) return null;
  const value = roundValue((n * frac * (SCALES.get(scale.lower) ?? 1)) / 100);
  return { first: i, last: i + 4, value, vagueMin: null, hasScale: true, spelled: true, ordinal: false };
}

function isArticle(t: Token | undefined): boolean {
  return t?.lower === 'a' || t?.lower === 'an';
}

function isFullScale(t: Token | undefined): boolean {
  return t !== undefined && FULL_SCALES.has(t.lower) && t.lower !== 'mn' && t.lower !== 'bn';
}

/** Float noise from scaling ("1.1 * 1e9") is rounded away. */
function roundValue(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(12)) : v;
}
