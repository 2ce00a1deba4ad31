// One left-to-right pass over a sentence's tokens. At each token it tries, in
// order: things to skip (list markers, references, ids), a date, a number
// claim (qualifier, currency, number, range, unit or counted noun, rate), then
// shares and ranks. A match consumes its tokens, so every token is looked at a
// bounded number of times: the scan is linear in the sentence length.

import type { ClaimKind } from '../model/analysis';
import { countedNounAt } from './countedNoun';
import { CODES, DOLLAR_PREFIXES, SYMBOLS } from './currencies';
import { dateAt } from './dates';
import { moneyNameAt } from './moneyNames';
import { numberAt, type NumberPhrase } from './numberPhrase';
import { FRACTIONS, ORDINAL_WORDS, TIMES_WORDS, UNITS, VAGUE } from './numberWords';
import { qualifierBefore, type QualifierMatch } from './qualifiers';
import { DATE_BOUNDS, DATE_MODIFIERS, MONTHS, NOUN_SKIPS, RELATIVE_DATE_HEADS, RELATIVE_DATE_TAILS, WEEKDAYS } from './lexicon';
import { skipAt } from './skips';
import { rankAt, shareAt } from './specialForms';
import { digitValue, glued, type Token } from './tokens';
import { measureAt, percentAt, rateAt, TIME_UNITS } from './units';

/** A claim as found in one sentence, before epistemic markers are attached. */
export interface RawClaim {
  readonly start: number;
  readonly end: number;
  readonly numStart: number;
  readonly numEnd: number;
  readonly kind: ClaimKind;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly unit: string | null;
  readonly currency: string | null;
  readonly rate: string | null;
  readonly qualifier: string | null;
}

interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** End offset of the sentence: nothing may reach past it. */
  readonly limit: number;
  /** First token index not yet consumed by a claim (qualifiers may not reach before it). */
  readonly floor: number;
}

interface Found {
  readonly claim: RawClaim;
  /** Index of the last token consumed. */
  readonly last: number;
}

export function scanSentence(text: string, tokens: readonly Token[], limit: number): RawClaim[] {
  const out: RawClaim[] = [];
  let floor = 0;
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
    const s: Scan = { text, tokens, limit, floor };
    const found = dateClaim(s, i) ?? numberClaim(s, i) ?? formClaim(s, i);
    if (found === null) {
      i++;
      continue;
    }
    out.push(found.claim);
    i = found.last + 1;
    floor = i;
  }
  return out;
}

/** Words that can open a claim, a date or a skip; digits and currency symbols always can. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...UNITS.keys(), ...VAGUE.keys(), ...FRACTIONS.keys(), ...ORDINAL_WORDS.keys(), ...TIMES_WORDS.keys(),
  ...MONTHS.keys(), ...WEEKDAYS, ...DATE_MODIFIERS, ...DATE_BOUNDS, ...RELATIVE_DATE_HEADS, ...CODES.keys(),
  ...DOLLAR_PREFIXES.keys(), 'a', 'an', 'half', 'earlier', 'later', 'between', 'from', 'several', 'few',
]);

function mayStart(t: Token): boolean {
  if (t.type === 'num') return true;
  if (t.type === 'punct') return SYMBOLS.has(t.text);
  return t.type === 'word' && TRIGGERS.has(t.lower);
}

function tok(s: Scan, i: number): Token {
  return s.tokens[i] as Token;
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

/** Currency written before the number: "$", "US$", "£", "USD", "Rs." → [code, index of the number]. */
function currencyBefore(s: Scan, i: number): [string, number] | null {
  const t = tok(s, i);
  const sym = SYMBOLS.get(t.text);
  if (sym !== undefined) return [sym, i + 1];
  const next = s.tokens[i + 1];
  if (t.type === 'word' && next?.text === '$' && glued(t, next) && t.text === t.text.toUpperCase()) {
    const code = DOLLAR_PREFIXES.get(t.lower);
    if (code !== undefined) return [code, i + 2];
  }
  const code = t.type === 'word' ? CODES.get(t.lower) : undefined;
  if (code !== undefined && (t.text === t.text.toUpperCase() || t.text === 'Rs')) {
    return next?.text === '.' && glued(t, next) ? [code, i + 2] : [code, i + 1];
  }
  return null;
}

function numberClaim(s: Scan, i: number): Found | null {
  const cur = currencyBefore(s, i);
  const numIdx = cur?.[1] ?? i;
  const np = numberAt(s.tokens, numIdx, cur !== null);
  if (np === null) return null;
  // "1 in 3 Yemenis" is a share, read by formClaim.
  if (cur === null && s.tokens[np.last + 1]?.lower === 'in' && shareAt(s.tokens, i) !== null) return null;
  // Degrees without a unit are coordinates or orbital slots: "8 - 13° East".
  if (COORDINATE_FOLLOWERS.has(s.tokens[np.last + 1]?.text ?? '') && measureAt(s.text, tok(s, np.last).end, s.limit) === null) return null;
  const range = rangeAfter(s, np, cur !== null);
  const last = range?.last ?? np.last;
  let qual = qualifierBefore(s.tokens, i);
  if (qual !== null && qual.first < s.floor) qual = null;
  const between = s.tokens[i - 1]?.lower === 'between' || s.tokens[i - 1]?.lower === 'from';
  if (range?.joiner === 'and' && !between) return null;
  const startIdx = range !== null && between && i - 1 >= s.floor ? i - 1 : qual?.first ?? i;
  return tailOf(s, { startIdx, numFirst: i, np, range, last, currency: cur?.[0] ?? null, qual: range !== null && between ? null : qual });
}

const COORDINATE_FOLLOWERS = new Set(['°', '′', '″']);

interface Head {
  readonly startIdx: number;
  readonly numFirst: number;
  readonly np: NumberPhrase;
  readonly range: Range | null;
  readonly last: number;
  readonly currency: string | null;
  readonly qual: QualifierMatch | null;
}

interface Range {
  readonly min: number;
  readonly max: number;
  readonly last: number;
  readonly joiner: string;
}

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

function tailOf(s: Scan, h: Head): Found | null {
  const { np } = h;
  let last = h.last;
  let pos = tok(s, last).end;
  let kind: ClaimKind = 'count';
  let unit: string | null = null;
  let currency = h.currency;
  let value: number | null = np.value;
  let tailed = true;
  if (currency !== null) {
    kind = 'money';
  } else {
    const pct = percentAt(s.text, pos, s.limit);
    // "millions of dollars", "hundreds of millions of pounds"
    const vagueMoney = np.value === null && s.tokens[last + 1]?.lower === 'of' ? moneyNameAt(s.tokens, last + 2) : null;
    const money = pct === null ? vagueMoney ?? moneyNameAt(s.tokens, last + 1) : null;
    const measure = pct === null && money === null ? measureAt(s.text, pos, s.limit) : null;
    if (pct !== null) {
      kind = 'percent';
      unit = /points?$/i.test(pct.unit) ? 'percentage points' : null;
      pos = pct.end;
    } else if (money !== null) {
      kind = 'money';
      currency = money.currency;
      last = money.last;
      pos = tok(s, last).end;
    } else if (measure !== null) {
      // Frequencies name a channel or a band ("12130 MHz"): identifiers, not claims.
      if (/hz$/i.test(measure.unit)) return null;
      kind = 'measure';
      unit = measure.unit;
      pos = measure.end;
    } else {
      const timed = timeUnit(s, last);
      if (timed !== null && !idiomaticOne(s, h, timed)) return null;
      if (timed !== null) {
        kind = RELATIVE_DATE_TAILS.has(s.tokens[timed + 1]?.lower ?? '') ? 'date' : 'duration';
        unit = TIME_UNITS.get(tok(s, timed).lower) ?? null;
        last = kind === 'date' ? timed + 1 : timed;
        if (kind === 'date') {
          value = null;
          unit = null;
        }
        // "a 15-year-old boy": an age, measured in years.
        const old = s.tokens[timed + 1]?.text === '-' && s.tokens[timed + 2]?.lower === 'old' && glued(tok(s, timed), s.tokens[timed + 1]);
        if (old) {
          kind = 'measure';
          unit = `${unit ?? 'years'} old`;
          last = timed + 2;
        }
        pos = tok(s, last).end;
      } else {
        tailed = false;
      }
    }
  }
  if (!tailed) {
    if (np.ordinal) kind = 'ordinal';
    const start = nounStart(s, h, last);
    const compound = s.tokens[last + 1]?.text === '-';
    const noun = countedNounAt(s.tokens, start, np.value === 1, np.value === null || partitive(s, h), compound);
    if (!acceptBare(s, h, noun !== null)) return null;
    if (noun !== null) {
      unit = s.text.slice(tok(s, noun.first).start, tok(s, noun.last).end);
      last = noun.last;
      pos = tok(s, last).end;
    }
  }
  const rate = kind === 'date' ? null : rateAt(s.text, pos, s.limit);
  if (rate !== null) pos = rate.end;
  return { claim: build(s, h, { kind, value, unit, currency, rate: rate?.unit.toLowerCase().replace(/-/g, ' ') ?? null, end: pos }), last: lastTokenBefore(s, last, pos) };
}

/**
 * Where the counted noun starts: after "-strong" ("a 500-strong force"),
 * inside a hyphenated compound ("a 12-member team" → "member team"), or
 * after a partitive "of the" ("two of the soldiers").
 */
function nounStart(s: Scan, h: Head, last: number): number {
  const dash = s.tokens[last + 1];
  const word = s.tokens[last + 2];
  if (dash?.text === '-' && glued(tok(s, last), dash) && word?.type === 'word' && glued(dash, word)) {
    return word.lower === 'strong' ? last + 3 : last + 2;
  }
  if (partitive(s, h)) {
    // "three of the five economists" → "economists"
    let k = /^(?:the|these|those|its|their|his|her|our)$/.test(s.tokens[last + 2]?.lower ?? '') ? last + 3 : last + 2;
    const n = s.tokens[k];
    if (n !== undefined && (n.type === 'num' || UNITS.has(n.lower))) k++;
    return k;
  }
  return last + 1;
}

/** "two of the soldiers": a spelled number above one, then "of". ("one of" is an idiom; "36 of which" has no noun.) */
function partitive(s: Scan, h: Head): boolean {
  return h.np.spelled && !h.np.hasScale && (h.np.value ?? 0) >= 2 && s.tokens[h.np.last + 1]?.lower === 'of';
}

const DEFINITES = new Set(['the', 'these', 'those', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'both', 'all']);

/** Number words without a unit need support: "seven airdrops" yes, "the two met" / "one of" no. */
function acceptBare(s: Scan, h: Head, hasNoun: boolean): boolean {
  const { np } = h;
  // "the two governments said", "our 2 countries": a small definite number refers back, it states nothing new.
  if (h.qual === null && h.range === null && !np.ordinal && !np.hasScale && (np.value ?? 99) <= 10
    && DEFINITES.has(s.tokens[h.startIdx - 1]?.lower ?? '')) return false;
  if (!np.spelled || np.hasScale) return true;
  if (s.tokens[np.last + 1]?.lower === 'of' && !(hasNoun && partitive(s, h))) return false;
  // "at least one", "more than one" state something; "only one way", "about one" rarely do.
  if (np.value === 1) return h.qual !== null && (h.qual.bound === 'min' || h.qual.bound === 'max');
  return hasNoun || h.qual !== null || h.range !== null;
}

/** "five straight months", "three long years". */
const RUN_WORDS = new Set(['straight', 'consecutive', 'successive', 'full', 'long', 'whole']);
const DURATION_CUES = new Set(['for', 'in', 'within', 'after', 'over', 'under', 'than', 'past', 'first', 'last', 'next']);
const DURATION_TAILS = new Set(['since', 'after', 'ago', 'later', 'earlier', 'before', 'on']);

/**
 * "one day" and "one year" are often idioms ("one day Asad will face
 * justice"): a spelled "one" with a time unit counts only after a bound or a
 * preposition ("for one year") or before "since", "ago", "later"…
 * Returns true when the time expression should be kept.
 */
function idiomaticOne(s: Scan, h: Head, timed: number): boolean {
  if (!h.np.spelled || h.np.value !== 1 || h.np.hasScale) return true;
  // "a one-year rate": the hyphenated adjective is never the idiom.
  if (h.qual !== null || s.tokens[h.np.last + 1]?.text === '-') return true;
  return DURATION_CUES.has(s.tokens[h.np.first - 1]?.lower ?? '') || DURATION_TAILS.has(s.tokens[timed + 1]?.lower ?? '');
}

/** Time unit right after the number, or after a glued hyphen: "12 months", "10-year", "four more days". */
function timeUnit(s: Scan, last: number): number | null {
  const next = s.tokens[last + 1];
  if (next !== undefined && TIME_UNITS.has(next.lower)) return last + 1;
  if (next !== undefined && (NOUN_SKIPS.has(next.lower) || RUN_WORDS.has(next.lower)) && TIME_UNITS.has(s.tokens[last + 2]?.lower ?? '')) return last + 2;
  if (next?.text === '-' && glued(tok(s, last), next) && TIME_UNITS.has(s.tokens[last + 2]?.lower ?? '')) return last + 2;
  return null;
}

function lastTokenBefore(s: Scan, last: number, pos: number): number {
  let j = last;
  while (s.tokens[j + 1] !== undefined && tok(s, j + 1).end <= pos) j++;
  return j;
}

interface Tail {
  readonly kind: ClaimKind;
  readonly value: number | null;
  readonly unit: string | null;
  readonly currency: string | null;
  readonly rate: string | null;
  readonly end: number;
}

function build(s: Scan, h: Head, t: Tail): RawClaim {
  const { np, range, qual } = h;
  let value = t.value;
  let min: number | null = null;
  let max: number | null = null;
  if (range !== null) {
    value = null;
    min = range.min;
    max = range.max;
  } else if (np.value === null) {
    min = np.vagueMin;
  }
  if (qual?.bound === 'min' && value !== null) [min, value] = [value, null];
  if (qual?.bound === 'max' && value !== null) [max, value] = [value, null];
  const numEnd = tok(s, range?.last ?? np.last).end;
  return {
    start: tok(s, h.startIdx).start, end: t.end, numStart: tok(s, h.numFirst).start, numEnd, kind: t.kind,
    value, min, max, unit: t.unit, currency: t.currency, rate: t.rate,
    qualifier: range !== null && s.tokens[h.startIdx]?.lower === 'between' ? 'between' : qual?.text.toLowerCase() ?? null,
  };
}

/** "for a year", "within a week", "in a month" (a rate like "£5bn a year" is taken by its amount first). */
const A_DURATION_CUES = new Set(['for', 'within', 'in', 'after']);

/** Shares ("a third of"), ranks ("third-largest"), "a year" after a bound, "at least once". */
const FORM_STARTS: ReadonlySet<string> = new Set([
  ...UNITS.keys(), ...ORDINAL_WORDS.keys(), ...TIMES_WORDS.keys(), 'a', 'an', 'half',
]);

function formClaim(s: Scan, i: number): Found | null {
  if (!FORM_STARTS.has(tok(s, i).lower) && tok(s, i).type !== 'num') return null;
  let qual = qualifierBefore(s.tokens, i);
  if (qual !== null && qual.first < s.floor) qual = null;
  const share = shareAt(s.tokens, i);
  const t = tok(s, i);
  let kind: ClaimKind | null = null;
  let value = 0;
  let last = i;
  let unit: string | null = null;
  if (share !== null) {
    [kind, value, last] = ['percent', share.value, share.last];
  } else {
    const rank = rankAt(s.tokens, i);
    if (rank !== null) {
      [kind, value, last] = ['ordinal', rank.value, rank.last];
      unit = tok(s, rank.last).lower;
    } else if ((qual !== null || A_DURATION_CUES.has(s.tokens[i - 1]?.lower ?? '')) && (t.lower === 'a' || t.lower === 'an')
      && TIME_UNITS.has(s.tokens[i + 1]?.lower ?? '') && !RELATIVE_DATE_TAILS.has(s.tokens[i + 2]?.lower ?? '')) {
      [kind, value, last] = ['duration', 1, i + 1];
      unit = TIME_UNITS.get(tok(s, i + 1).lower) ?? null;
    } else if (qual !== null && TIMES_WORDS.has(t.lower)) {
      [kind, value, last, unit] = ['count', TIMES_WORDS.get(t.lower) ?? 1, i, 'times'];
    }
  }
  if (kind === null) return null;
  const np: NumberPhrase = { first: i, last, value, vagueMin: null, hasScale: false, spelled: true, ordinal: kind === 'ordinal' };
  const h: Head = { startIdx: qual?.first ?? i, numFirst: i, np, range: null, last, currency: null, qual };
  return { claim: build(s, h, { kind, value, unit, currency: null, rate: null, end: tok(s, last).end }), last };
}
