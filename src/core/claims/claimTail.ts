// The tail of a number claim: what follows the number decides its kind —
// percent, a currency name, a unit of measure, a time unit (duration, age or
// relative date) — else it is a count and takes the counted noun after it.
// Then an optional rate ("each", "per day").

import type { ClaimKind } from '../model/analysis';
import { countedNounAt, isPlural, type NounMatch } from './countedNoun';
import { NOUN_SKIPS, NOUN_STOPS, ONE_COUNTABLES, PARTY_NOUNS, PEOPLE_NOUNS, RELATIVE_DATE_TAILS } from './lexicon';
import { NAMES } from './currencies';
import { isMoneyContext } from './moneyContext';
import { isTitleCased } from './headlines';
import { exchangeBaseAfter, moneyNameAfter, moneyNameAt } from './moneyNames';
import { UNITS } from './numberWords';
import { build, tok, type Found, type Head, type Scan } from './scanTypes';
import { glued } from './tokens';
import { measureAt, percentAt, rateTail, TIME_UNITS, type RateMatch } from './units';

export function claimTail(s: Scan, h: Head): Found | null {
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
    const money = pct === null ? vagueMoney ?? moneyNameAfter(s.tokens, last) : null;
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
      // Frequencies name a channel or a band ("11747 MHz"): identifiers, not claims.
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
    if (!acceptBare(s, h, noun)) return null;
    if (noun !== null) {
      unit = s.text.slice(tok(s, noun.first).start, tok(s, noun.last).end);
      last = noun.last;
      pos = tok(s, last).end;
    } else if (kind === 'count' && isMoneyContext(s.tokens, np, h.startIdx)) {
      kind = 'money';
    } else if (kind === 'count' && isAgeBracket(s, h)) {
      return null;
    } else if (kind === 'count' && s.currency !== null && np.hasScale && (np.value ?? np.vagueMin ?? 0) >= 1e6) {
      // "3.1 trillion roubles, up from 3.5 trillion": the sentence's currency carries over.
      kind = 'money';
      currency = s.currency;
    }
  }
  const rate = kind === 'date' ? null : exchangeRate(s, kind, unit, last) ?? rateTail(s.text, pos, s.limit);
  if (rate !== null) pos = rate.end;
  // "the yuan weakened to 7.23 per dollar", "90 to the euro": an exchange rate, a measure rather than a count.
  if (kind === 'count' && unit === null && rate !== null && NAMES.has(rate.rate.replace(/^(?:per|to the)\s+/, ''))) kind = 'measure';
  if (unit !== null && kind !== 'ordinal') unit = commonCase(s, unit);
  return { claim: build(s, h, { kind, value, unit, currency, rate: rate?.rate ?? null, end: pos }), last: lastTokenBefore(s, last, pos) };
}

/** "16.4 cedis to the dollar", "7.2 to the euro": the base currency of an amount or a bare number, as its rate. */
function exchangeRate(s: Scan, kind: ClaimKind, unit: string | null, last: number): RateMatch | null {
  if (kind !== 'money' && !(kind === 'count' && unit === null)) return null;
  const base = exchangeBaseAfter(s.tokens, last);
  return base < 0 ? null : { rate: `to the ${tok(s, base).lower}`, end: tok(s, base).end };
}

/**
 * "212,000 children under five", "people over 65": a small bare number
 * after a bound, right after a noun for people, is their age bracket, not
 * a claim of its own ("ships over 5,000 tonnes" has a unit and stays).
 */
function isAgeBracket(s: Scan, h: Head): boolean {
  const { qual, np } = h;
  if (qual === null || qual.first !== h.startIdx || h.range !== null || np.value === null) return false;
  if (!Number.isInteger(np.value) || np.value > MAX_AGE || !AGE_BOUNDS.has(qual.text.toLowerCase())) return false;
  return PEOPLE_NOUNS.has(s.tokens[qual.first - 1]?.lower ?? '');
}

const MAX_AGE = 120;
const AGE_BOUNDS = new Set(['under', 'over', 'above', 'below']);

/**
 * A counted noun in title case or shouted ("10,000 Troops", "10,000 TROOPS
 * DEPLOYED") is the common noun: one word, lower-cased when it is a plural
 * in title case, or in capitals next to other capitals. Names ("Royal
 * Marines", "T-72 tanks") and lone acronyms ("4 HIMARS") stay as written.
 */
function commonCase(s: Scan, unit: string): string {
  const c = unit.charCodeAt(0);
  // Most nouns are lower case already: "troops".
  if ((c >= 97 && c <= 122 && unit === unit.toLowerCase()) || !/^\p{L}+$/u.test(unit)) return unit;
  const lower = unit.toLowerCase();
  if (isTitleCased(unit, lower)) return isPlural(lower) ? lower : unit;
  return unit === unit.toUpperCase() && s.shouted() ? lower : unit;
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

/** "two of the soldiers": a spelled number above one, then "of". ("one of" is an idiom; "12 of which" has no noun.) */
function partitive(s: Scan, h: Head): boolean {
  return h.np.spelled && !h.np.hasScale && (h.np.value ?? 0) >= 2 && s.tokens[h.np.last + 1]?.lower === 'of';
}

const DEFINITES = new Set(['the', 'these', 'those', 'both', 'all']);
const POSSESSIVES = new Set(['our', 'their', 'its', 'his', 'her', 'my', 'your']);

/**
 * A small number after a definite refers back to things already named ("the
 * two governments said", "our 2 nations"); after a possessive it states how
 * many the owner has ("their two sons", "its four turbines") unless the noun
 * names the parties themselves ("our two countries").
 */
function refersBack(s: Scan, h: Head, noun: NounMatch | null): boolean {
  const { np } = h;
  if (h.qual !== null || h.range !== null || np.ordinal || np.hasScale || (np.value ?? 99) > 10) return false;
  const before = s.tokens[h.startIdx - 1]?.lower ?? '';
  if (DEFINITES.has(before)) return true;
  return POSSESSIVES.has(before) && (noun === null || PARTY_NOUNS.has(tok(s, noun.last).lower));
}

/** Number words without a unit need support: "seven airdrops" yes, "the two met" / "one of" no. */
function acceptBare(s: Scan, h: Head, noun: NounMatch | null): boolean {
  const { np } = h;
  const hasNoun = noun !== null;
  if (refersBack(s, h, noun)) return false;
  if (!np.spelled || np.hasScale) return true;
  if (s.tokens[np.last + 1]?.lower === 'of' && !(hasNoun && partitive(s, h))) return false;
  // "at least one", "more than one" state something; "only one way", "about one" rarely do.
  if (np.value === 1) return (h.qual !== null && (h.qual.bound === 'min' || h.qual.bound === 'max')) || countsOne(s, noun);
  return hasNoun || h.qual !== null || h.range !== null;
}

/** "one strike destroyed…", "one ISIL fighter was killed": a countable head within the noun phrase. */
function countsOne(s: Scan, noun: NounMatch | null): boolean {
  if (noun === null) return false;
  for (let k = noun.first; k <= noun.last + 2 && k < s.tokens.length; k++) {
    const t = tok(s, k);
    if (t.type !== 'word' || (k > noun.last && NOUN_STOPS.has(t.lower))) return false;
    if (ONE_COUNTABLES.has(t.lower)) return true;
  }
  return false;
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
