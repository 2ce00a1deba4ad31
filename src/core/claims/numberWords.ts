// Spelled-out numbers, scale words and ordinals ("two hundred thousand",
// "3.5 million", "$2bn", "third-largest").

export const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90], ['dozen', 12],
]);

/** Scale words, spelled out or abbreviated after a digit ("40bn", "3.5m"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['k', 1e3], ['lakh', 1e5], ['lakhs', 1e5], ['million', 1e6],
  ['mn', 1e6], ['mln', 1e6], ['m', 1e6], ['crore', 1e7], ['crores', 1e7], ['billion', 1e9], ['bn', 1e9],
  ['b', 1e9], ['trillion', 1e12], ['tn', 1e12], ['trn', 1e12], ['tr', 1e12],
]);

/**
 * One-letter scales are ambiguous ("5m" is also five metres), so they count
 * only after a currency ("$5m", "£2b") — or, for "k", glued to a digit.
 */
export const AMBIGUOUS_SCALES: ReadonlySet<string> = new Set(['m', 'b', 'tr']);

/** Vague plurals: "millions of rounds", "tens of thousands". Value is a lower bound. */
export const VAGUE: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['tens', 10], ['hundreds', 1e2], ['thousands', 1e3],
  ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12],
]);

/** Fractions that state a share: "a third of", "two-thirds", "half of". Value in per cent. */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 50], ['halves', 50], ['third', 100 / 3], ['thirds', 100 / 3], ['quarter', 25], ['quarters', 25],
  ['fifth', 20], ['fifths', 20], ['tenth', 10], ['tenths', 10],
]);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['twentieth', 20],
]);

/** Digit ordinal suffixes glued to a number: "71st", "2nd". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** "once", "twice": numbers only after a bound ("at least once"). */
export const TIMES_WORDS: ReadonlyMap<string, number> = new Map([['once', 1], ['twice', 2], ['thrice', 3]]);

/**
 * Fold a run of number words into a value: "two hundred and fifty thousand"
 * → 250000. Returns null when the words do not form a number.
 */
export function wordsValue(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === 'and' || w === 'a' || w === 'an') continue;
    // "two dozen" multiplies.
    if (w === 'dozen') {
      current = (current === 0 ? 1 : current) * 12;
      seen = true;
      continue;
    }
    const unit = UNITS.get(w);
    if (unit !== undefined) {
      current += unit;
      seen = true;
      continue;
    }
    const scale = SCALES.get(w);
    if (scale === undefined) return null;
    const base = current === 0 ? 1 : current;
    if (scale === 100) {
      current = base * 100;
    } else {
      total += base * scale;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : null;
}
