// Currency written after the number: "1.2 trillion yuan", "500 roubles",
// "20 million Australian dollars", "5 million USD", "£3m sterling".
// "pounds of explosives" is a weight, not money, and "1869 Lev Tolstoy" a name.
// An exchange rate names its base currency after: "16.4 cedis to the dollar".

import { CODES, NAMES, QUALIFIED_NAMES } from './currencies';
import { isTitleCased } from './headlines';
import { NOUN_STOPS } from './lexicon';
import { glued, type Token } from './tokens';

export interface MoneyName {
  /** ISO 4217 code, or null for names shared by several currencies ("dinars"). */
  readonly currency: string | null;
  /** Index of the last token of the currency name. */
  readonly last: number;
}

export function moneyNameAt(tokens: readonly Token[], k: number): MoneyName | null {
  const t = tokens[k];
  if (t === undefined || t.type !== 'word') return null;
  // Longest first: "South African rand", "US dollars".
  for (let n = 3; n >= 2; n--) {
    const words = tokens.slice(k, k + n);
    if (words.length < n || words.some((w) => w.type !== 'word')) continue;
    const code = QUALIFIED_NAMES.get(words.map((w) => w.lower).join(' '));
    if (code !== undefined) return { currency: code, last: k + n - 1 };
  }
  const code = CODES.get(t.lower);
  if (code !== undefined && t.text === t.text.toUpperCase() && t.text.length === 3) return { currency: code, last: k };
  if (!NAMES.has(t.lower)) return null;
  // "in 2016 Rand Paul", "1869 Lev Tolstoy": a capitalised name word before another is a person's name.
  const following = tokens[k + 1];
  if (isTitleCased(t.text, t.lower) && following?.type === 'word' && isTitleCased(following.text, following.lower) && !following.lineStart) return null;
  if ((t.lower === 'pounds' || t.lower === 'pound') && tokens[k + 1]?.lower === 'of') return null;
  // "a 2,000 pound bomb": a singular pound before a noun is a weight.
  const after = tokens[k + 1];
  if (t.lower === 'pound' && after?.type === 'word' && after.text === after.lower && after.lower !== 'sterling' && !NOUN_STOPS.has(after.lower)) return null;
  const currency = NAMES.get(t.lower) ?? null;
  // "pounds sterling"
  const last = tokens[k + 1]?.lower === 'sterling' && t.lower.startsWith('pound') ? k + 1 : k;
  return { currency, last };
}

/** The currency name right after token `last`, also across a glued hyphen: "a 1.5-billion-dollar deal". */
export function moneyNameAfter(tokens: readonly Token[], last: number): MoneyName | null {
  const dash = tokens[last + 1];
  if (dash?.text === '-' && glued(tokens[last], dash) && glued(dash, tokens[last + 2])) {
    // "a 500-pound bomb" is a weight.
    if (tokens[last + 2]?.lower.startsWith('pound')) return null;
    const name = moneyNameAt(tokens, last + 2);
    return name !== null && name.last === last + 2 ? name : null;
  }
  return moneyNameAt(tokens, last + 1);
}


/**
 * "16.4 cedis to the dollar", "7.2 to the euro": the base currency of an
 * exchange rate after token `last` → index of its name, or -1. "sent 5
 * million to the euro area" goes on with a noun, so it is not a rate.
 */
export function exchangeBaseAfter(tokens: readonly Token[], last: number): number {
  if (tokens[last + 1]?.lower !== 'to' || tokens[last + 2]?.lower !== 'the') return -1;
  const name = tokens[last + 3];
  if (name === undefined || name.type !== 'word' || !NAMES.has(name.lower) || name.lower.endsWith('s')) return -1;
  const after = tokens[last + 4];
  return after === undefined || after.type === 'punct' || NOUN_STOPS.has(after.lower) ? last + 3 : -1;
}
