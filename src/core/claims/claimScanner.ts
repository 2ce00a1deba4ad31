// One left-to-right pass over a sentence's tokens. At each token it tries, in
// order: things to skip (list markers, references, ids), a date, a number
// claim (qualifier, currency, number, range, unit or counted noun, rate), then
// shares and ranks. A match consumes its tokens, so every token is looked at a
// bounded number of times: the scan is linear in the sentence length.

import { claimTail } from './claimTail';
import { CODES, SIGN_PREFIXES, SIGN_PREFIX_WORDS, SYMBOLS } from './currencies';
import { dateAt } from './dates';
import { formClaim } from './formClaim';
import { isShouted } from './headlines';
import { DATE_BOUNDS, DATE_MODIFIERS, MONTHS, NOUN_STOPS, RELATIVE_DATE_HEADS, WEEKDAYS } from './lexicon';
import { moneyNameAt } from './moneyNames';
import { numberAt, type NumberPhrase } from './numberPhrase';
import { AMBIGUOUS_SCALES, FRACTIONS, ORDINAL_WORDS, TIMES_WORDS, UNITS, VAGUE } from './numberWords';
import { qualifierBefore } from './qualifiers';
import { tok, type Found, type Range, type RawClaim, type Scan } from './scanTypes';
import { skipAt } from './skips';
import { shareAt } from './specialForms';
import { digitValue, glued, type Token } from './tokens';
import { measureAt, percentAt } from './units';

export type { RawClaim } from './scanTypes';

export function scanSentence(text: string, tokens: readonly Token[], limit: number): RawClaim[] {
  const out: RawClaim[] = [];
  let floor = 0;
  let currency: string | null = null;
  let sentenceShouted: boolean | undefined;
  const shouted = (): boolean => (sentenceShouted ??= isShouted(tokens));
  for (let i = 0; i < tokens.length;) {
    // Most tokens cannot start a claim: one set look-up and move on.
    if (!mayStart(tokens[i] as Token)) {
      i++;
      continue;
    }
    const skip = skipAt(text, tokens, i);
    if (skip >= 0) {
      i = skip + 1;
      continue;
    }
    const s: Scan = { text, tokens, limit, floor, currency, shouted };
    const found = dateClaim(s, i) ?? numberClaim(s, i) ?? formClaim(s, i);
    if (found === null) {
      i++;
      continue;
    }
    out.push(found.claim);
    if (found.claim.currency !== null) currency = found.claim.currency;
    i = found.last + 1;
    floor = i;
  }
  return out;
}

/** Words that can open a claim, a date or a skip; digits and currency symbols always can. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...UNITS.keys(), ...VAGUE.keys(), ...FRACTIONS.keys(), ...ORDINAL_WORDS.keys(), ...TIMES_WORDS.keys(),
  ...MONTHS.keys(), ...WEEKDAYS, ...DATE_MODIFIERS, ...DATE_BOUNDS, ...RELATIVE_DATE_HEADS, ...CODES.keys(),
  ...SIGN_PREFIX_WORDS, 'a', 'an', 'half', 'earlier', 'later', 'between', 'from', 'several', 'few',
]);

function mayStart(t: Token): boolean {
  if (t.type === 'num') return true;
  if (t.type === 'punct') return SYMBOLS.has(t.text);
  return t.type === 'word' && TRIGGERS.has(t.lower);
}

function dateClaim(s: Scan, i: number): Found | null {
  const d = dateAt(s.tokens, i);
  if (d === null) return null;
  // A bare year followed by a unit or currency is an amount: "2000 km", "1500 dollars".
  if (d.numFirst === d.last && d.value !== null && numericTail(s, d.last)) return null;
  const start = tok(s, d.first).start;
  const end = tok(s, d.last).end;
  return {
    claim: {
      start, end, numStart: tok(s, d.numFirst).start, numEnd: end, kind: 'date', value: d.value, min: d.min, max: d.max,
      unit: null, currency: null, rate: null, qualifier: d.qualifier,
    },
    last: d.last,
  };
}

function numericTail(s: Scan, last: number): boolean {
  const pos = tok(s, last).end;
  return measureAt(s.text, pos, s.limit) !== null || percentAt(s.text, pos, s.limit) !== null
    || moneyNameAt(s.tokens, last + 1) !== null;
}

/**
 * Currency written before the number: "$", "US$", "US $", "$US", "GH¢", "£",
 * "USD", "KSh", "Rs." → [code, index of the number].
 */
function currencyBefore(s: Scan, i: number): [string, number] | null {
  const t = tok(s, i);
  const next = s.tokens[i + 1];
  const sym = SYMBOLS.get(t.text);
  if (sym !== undefined) {
    // "$US5 million", "$A 20m": Australian texts put the country after the sign.
    const code = t.text === '$' && next !== undefined && glued(t, next) ? signPrefix(next, '$') : undefined;
    return code !== undefined && s.tokens[i + 2]?.type === 'num' ? [code, i + 2] : [sym, i + 1];
  }
  // "US$5bn", "GH¢67bn" glued; "US $5bn" spaced only for two-letter prefixes ("A $5" is an article).
  if (next !== undefined && (glued(t, next) || t.text.length >= 2)) {
    const code = signPrefix(t, next.text);
    if (code !== undefined) return [code, i + 2];
  }
  const code = t.type === 'word' ? CODES.get(t.lower) : undefined;
  if (code !== undefined && (t.text === t.text.toUpperCase() || CODE_SPELLINGS.has(t.text))) {
    return next?.text === '.' && glued(t, next) ? [code, i + 2] : [code, i + 1];
  }
  return null;
}

/**
 * "3.1 trillion roubles, up from 3.5m": after a money claim, a digit with a
 * glued one-letter scale ("3.5m", "2b") and nothing after it that it could
 * measure is an amount in the same currency, not metres.
 */
function carriedCurrency(s: Scan, i: number): [string, number] | null {
  if (s.currency === null || tok(s, i).type !== 'num') return null;
  const scale = s.tokens[i + 1];
  if (scale === undefined || !AMBIGUOUS_SCALES.has(scale.lower) || !glued(tok(s, i), scale)) return null;
  const after = s.tokens[i + 2];
  return after === undefined || after.type === 'punct' || NOUN_STOPS.has(after.lower) ? [s.currency, i] : null;
}

/** Mixed-case abbreviations written before amounts: "Rs 500 crore", "Dh 40m", "KSh 2bn". */
const CODE_SPELLINGS = new Set(['Rs', 'Dh', 'Dhs', 'KSh', 'Ksh', 'USh', 'TSh']);

/** The code of capital letters `t` before the sign `sign`: "US" + "$" → USD, "GH" + "¢" → GHS. */
function signPrefix(t: Token, sign: string): string | undefined {
  return t.type === 'word' && t.text === t.text.toUpperCase() ? SIGN_PREFIXES.get(sign)?.get(t.lower) : undefined;
}

function numberClaim(s: Scan, i: number): Found | null {
  const cur = currencyBefore(s, i) ?? carriedCurrency(s, i);
  const numIdx = cur?.[1] ?? i;
  const np = numberAt(s.tokens, numIdx, cur !== null);
  if (np === null) return null;
  if (cur === null && np.last === i && isDecadeOfLife(s, i)) return ageDecade(s, i);
  // "1 in 3 Yemenis", "nine out of 10", "nearly two-thirds" are shares, read by formClaim.
  if (cur === null && np.last === i && shareAt(s.tokens, i) !== null) return null;
  // Degrees without a unit are coordinates or orbital slots: "2 - 28° East".
  if (COORDINATE_FOLLOWERS.has(s.tokens[np.last + 1]?.text ?? '') && measureAt(s.text, tok(s, np.last).end, s.limit) === null) return null;
  let range = rangeAfter(s, np, cur !== null);
  let qual = qualifierBefore(s.tokens, i);
  if (qual !== null && qual.first < s.floor) qual = null;
  const between = s.tokens[i - 1]?.lower === 'between' || s.tokens[i - 1]?.lower === 'from';
  // "US$ 3 billion and € 4 billion": without "between", "and" lists two amounts.
  if (range?.joiner === 'and' && !between) range = null;
  const last = range?.last ?? np.last;
  const startIdx = range !== null && between && i - 1 >= s.floor ? i - 1 : qual?.first ?? i;
  return claimTail(s, { startIdx, numFirst: i, np, range, last, currency: cur?.[0] ?? null, qual: range !== null && between ? null : qual });
}

/** "70s" in "in his 70s": a round two-digit number with a glued "s". */
function isDecadeOfLife(s: Scan, i: number): boolean {
  const t = tok(s, i);
  const next = s.tokens[i + 1];
  return /^[1-9]0$/.test(t.text) && next?.text === 's' && glued(t, next);
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

/** "in his 70s" → an age from 70 to 79 years; "the 70s" without a possessive is a decade we cannot date, skipped. */
function ageDecade(s: Scan, i: number): Found | null {
  if (!POSSESSIVES.has(s.tokens[i - 1]?.lower ?? '')) return null;
  const t = tok(s, i);
  const start = t.start;
  const end = tok(s, i + 1).end;
  const min = digitValue(t);
  return {
    claim: {
      start, end, numStart: start, numEnd: end, kind: 'measure', value: null, min, max: min + 9,
      unit: 'years old', currency: null, rate: null, qualifier: null,
    },
    last: i + 1,
  };
}

const COORDINATE_FOLLOWERS = new Set(['°', '′', '″']);

/** "10,000-12,000", "10 to 12 million", "between $5m and $10m". */
function rangeAfter(s: Scan, np: NumberPhrase, money: boolean): Range | null {
  const sep = s.tokens[np.last + 1];
  if (sep === undefined || np.value === null) return null;
  const joiner = sep.lower;
  if (!['-', '–', '—', 'to', 'and'].includes(joiner)) return null;
  let k = np.last + 2;
  if (money && s.tokens[k] !== undefined && SYMBOLS.has(tok(s, k).text)) k++;
  const np2 = numberAt(s.tokens, k, money);
  if (np2 === null || np2.value === null || np2.ordinal) return null;
  let min = np.value;
  // "10-12 million": the first number borrows the second's scale.
  if (!np.hasScale && np2.hasScale && !np2.spelled) {
    min = np.value * (np2.value / digitValue(tok(s, np2.first)));
  }
  if (!(min < np2.value)) return null;
  return { min: Number(min.toPrecision(12)), max: np2.value, last: np2.last, joiner };
}
