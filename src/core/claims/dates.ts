// Dates: "3 March 2024", "February 21, 2009", "8-9 June 2018", "November 2006",
// "early October 2011", "mid-2019", "in 2019", "1980-88", "the 1990s",
// "last year", "a year ago", "2024-03-03", "by twenty thirty-five". A date's value is its year when one
// is stated (a year range gives min/max), else null.

import { isPlural } from './countedNoun';
import { DATE_BOUNDS, DATE_MODIFIERS, DATE_PREPOSITIONS, MONTHS, NOUN_STOPS, RELATIVE_DATE_HEADS, RELATIVE_DATE_TAILS,
  RELATIVE_DATE_UNITS, WEEKDAYS } from './lexicon';
import { ORDINAL_SUFFIXES, ORDINAL_WORDS } from './numberWords';
import { spokenYearAt } from './spokenNumbers';
import { digitValue, glued, type Token } from './tokens';
import { TIME_UNITS } from './units';

export interface DateMatch {
  /** Token range of the whole claim (bound and modifier included), inclusive. */
  readonly first: number;
  readonly last: number;
  /** Token range of the date expression itself. */
  readonly numFirst: number;
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly qualifier: string | null;
}

interface Core {
  readonly first: number;
  readonly last: number;
  readonly value: number | null;
  readonly min?: number;
  readonly max?: number;
}

// Plain booleans, not type predicates: a false answer must not narrow a token to undefined.
const isInt = (t: Token | undefined): boolean => t?.type === 'num' && /^\d+$/.test(t.text);
const isDay = (t: Token | undefined): boolean =>
  t !== undefined && isInt(t) && t.text.length <= 2 && digitValue(t) >= 1 && digitValue(t) <= 31;
export const isYear = (t: Token | undefined): boolean =>
  t !== undefined && isInt(t) && t.text.length === 4 && digitValue(t) >= 1800 && digitValue(t) <= 2099;

/** A month word; "May"/"March" only capitalised (the verb and the noun are not dates). */
function isMonth(t: Token | undefined): t is Token {
  if (t?.type !== 'word' || !MONTHS.has(t.lower)) return false;
  return t.text[0] !== t.lower[0];
}

/** Words that join the two ends of a day or year range: "8-9 June", "1 to 31 October", "2019 through 2023". */
const RANGE_JOINERS = new Set(['-', '–', '—', 'to', 'through', 'until', 'till']);

/** Does `tokens[k]` join a range? "and" only after "between" ("between 2019 and 2023"). */
function joinsRange(tokens: readonly Token[], k: number, start: number): boolean {
  const w = tokens[k]?.lower ?? '';
  return RANGE_JOINERS.has(w) || (w === 'and' && tokens[start - 1]?.lower === 'between');
}

/**
 * Day with optional ordinal suffix and optional second day: "5", "5th",
 * "5-6", "1 to 31", "24 and 25" (a month must follow, see calendarAt).
 * Returns last token index.
 */
function dayEnd(tokens: readonly Token[], i: number): number {
  if (!isDay(tokens[i])) return -1;
  let j = i;
  if (glued(tokens[j], tokens[j + 1]) && ORDINAL_SUFFIXES.has(tokens[j + 1]?.lower ?? '')) j++;
  const to = tokens[j + 2];
  const joined = joinsRange(tokens, j + 1, i) || tokens[j + 1]?.lower === 'and';
  if (joined && isDay(to) && digitValue(to as Token) > digitValue(tokens[i] as Token)) {
    j += 2;
    if (glued(tokens[j], tokens[j + 1]) && ORDINAL_SUFFIXES.has(tokens[j + 1]?.lower ?? '')) j++;
  }
  return j;
}

/** Short month names that are whole words: their dot ends the sentence ("in May.", "since June."). */
const FULL_SHORT_MONTHS = new Set(['may', 'june', 'july']);

/** Month token plus an optional abbreviation dot: "Jan.", "Sept." — but "in May." ends a sentence. */
function monthEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!isMonth(t)) return -1;
  const abbreviated = t.text.length <= 4 && !FULL_SHORT_MONTHS.has(t.lower);
  return abbreviated && tokens[i + 1]?.text === '.' && glued(t, tokens[i + 1]) ? i + 1 : i;
}

function yearAfter(tokens: readonly Token[], j: number): { last: number; year: number } | null {
  let k = j + 1;
  if (tokens[k]?.text === ',') k++;
  const y = tokens[k];
  return y !== undefined && isYear(y) ? { last: k, year: digitValue(y) } : null;
}

function calendarAt(tokens: readonly Token[], i: number): Core | null {
  // "19 December", "3rd of March 2024", "8-9 June 2018"
  const d = dayEnd(tokens, i);
  if (d >= 0) {
    const m = monthEnd(tokens, tokens[d + 1]?.lower === 'of' ? d + 2 : d + 1);
    if (m < 0) return null;
    const y = yearAfter(tokens, m);
    return { first: i, last: y?.last ?? m, value: y?.year ?? null };
  }
  const m = monthEnd(tokens, i);
  if (m < 0) return null;
  // "February 21, 2009", "May 6"
  const d2 = dayEnd(tokens, m + 1);
  if (d2 >= 0 && !(isYear(tokens[m + 1]))) {
    const y = yearAfter(tokens, d2);
    return { first: i, last: y?.last ?? d2, value: y?.year ?? null };
  }
  // "November 2006"
  if (isYear(tokens[m + 1])) return { first: i, last: m + 1, value: digitValue(tokens[m + 1] as Token) };
  // A lone month needs a preposition before it: "in February", "since June".
  const prev = tokens[i - 1];
  if (prev !== undefined && DATE_PREPOSITIONS.has(prev.lower)) return { first: i, last: m, value: null };
  return null;
}

/** "2024-03-03", "12/03/2024". */
export function numericDateAt(tokens: readonly Token[], i: number): Core | null {
  const [a, s1, b, s2, c] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (a === undefined || b === undefined || c === undefined) return null;
  if (!isInt(a) || !isInt(b) || !isInt(c) || s1?.text !== s2?.text) return null;
  if (!(glued(a, s1) && glued(s1, b) && glued(b, s2) && glued(s2, c))) return null;
  if (s1?.text === '-' && isYear(a) && b.text.length === 2 && c.text.length === 2) return { first: i, last: i + 4, value: digitValue(a) };
  if (s1?.text === '/' && a.text.length <= 2 && b.text.length <= 2 && (isYear(c))) return { first: i, last: i + 4, value: digitValue(c) };
  return null;
}

/** Four digits 1000–1799: a year only in a shape no count takes (see `isHistoricYearAt`). */
const isEarlyYearDigits = (t: Token | undefined): boolean =>
  t !== undefined && isInt(t) && t.text.length === 4 && digitValue(t) >= 1000 && digitValue(t) < 1800;

/** Words after which four digits from before 1800 name a year: "in 1650", "since 1707", "reigned 1787–1810". */
const EARLY_YEAR_CUES: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'reigned', 'circa', 'c']);

/**
 * "the 1780s", "1787–1810", "in 1650": a year before 1800 only as a decade,
 * the start of a rising range to another four-digit year, or after a cue word,
 * so "1500 troops" and "1200 houses" stay counts.
 */
function isHistoricYearAt(tokens: readonly Token[], i: number): boolean {
  const y = tokens[i];
  if (!isEarlyYearDigits(y)) return false;
  const s = tokens[i + 1];
  if (s?.lower === 's' && glued(y, s)) return true;
  const to = tokens[i + 2];
  if ((s?.text === '-' || s?.text === '–') && to !== undefined && isInt(to) && to.text.length === 4 && digitValue(to) > digitValue(y as Token)) return true;
  return EARLY_YEAR_CUES.has(tokens[i - 1]?.lower ?? '');
}

/**
 * A financial year "2019/20" or "2019/2020": a year, a slash and the next
 * year. Read here before the identifier rule takes "24/7"-like pairs.
 */
export function isFinancialYearAt(tokens: readonly Token[], i: number): boolean {
  const y = tokens[i];
  const s = tokens[i + 1];
  const to = tokens[i + 2];
  if (!isYear(y) || s?.text !== '/' || !glued(y, s) || !glued(s, to) || to === undefined || !isInt(to)) return false;
  const year = digitValue(y as Token);
  return to.text.length === 2 ? digitValue(to) === (year + 1) % 100 : to.text.length === 4 && digitValue(to) === year + 1;
}

/**
 * A year, a year range ("1980-88", "1977-1979", "2019/20", "2019 to 2023",
 * "between 2019 and 2023") or a decade ("1990s"); before 1800 only in the
 * shapes `isHistoricYearAt` allows.
 */
function yearAt(tokens: readonly Token[], i: number): Core | null {
  const y = tokens[i];
  if (y === undefined || !(isYear(y) || isHistoricYearAt(tokens, i))) return null;
  const year = digitValue(y);
  const s = tokens[i + 1];
  if (s?.lower === 's' && glued(y, s)) return { first: i, last: i + 1, value: null, min: year, max: year + 9 };
  const dash = s?.text === '-' || s?.text === '–' || s?.text === '/';
  const to = tokens[i + 2];
  // Short ends ("1980-88") only after a glued dash; worded joiners need a full year.
  if (to !== undefined && isInt(to) && ((dash && to.text.length === 2) || ((dash || joinsRange(tokens, i + 1, i)) && (isYear(to) || isEarlyYearDigits(to))))) {
    const end = to.text.length === 2 ? Math.floor(year / 100) * 100 + digitValue(to) : digitValue(to);
    if (end > year) return { first: i, last: i + 2, value: null, min: year, max: end };
  }
  return { first: i, last: i, value: year };
}

/** "last year", "this week", "next March", "earlier this year", "the past decade". */
function relativeAt(tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i];
  if (t === undefined) return null;
  let j = i;
  if ((t.lower === 'earlier' || t.lower === 'later') && RELATIVE_DATE_HEADS.has(tokens[i + 1]?.lower ?? '')) j++;
  if (!RELATIVE_DATE_HEADS.has(tokens[j]?.lower ?? '')) return null;
  const unit = tokens[j + 1];
  if (unit === undefined) return null;
  if (RELATIVE_DATE_UNITS.has(unit.lower) || WEEKDAYS.has(unit.lower) || isMonth(unit)) {
    // "the past year" reads as a period but still anchors a figure in time.
    return { first: i, last: j + 1, value: null };
  }
  return null;
}

/** "a year ago", "one week later". Number-led forms ("four days later") are read by the claim scanner. */
function agoAt(tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i];
  if (t?.lower !== 'a' && t?.lower !== 'an' && t?.lower !== 'one') return null;
  if (!TIME_UNITS.has(tokens[i + 1]?.lower ?? '') || !RELATIVE_DATE_TAILS.has(tokens[i + 2]?.lower ?? '')) return null;
  return { first: i, last: i + 2, value: null };
}

/** "the 21st century". */
function centuryAt(tokens: readonly Token[], i: number): Core | null {
  const n = tokens[i];
  const suffix = tokens[i + 1];
  if (!isInt(n) || !glued(n, suffix) || !ORDINAL_SUFFIXES.has(suffix?.lower ?? '')) return null;
  const c = tokens[i + 2];
  if (c?.lower !== 'century' && c?.lower !== 'centuries') return null;
  return { first: i, last: i + 2, value: null };
}

const WEEKDAY_CUES = new Set(['on', 'by', 'since', 'until', 'till', 'from', 'last', 'next', 'this', 'before', 'after', 'late', 'early', 'cob', 'eod']);

/** "the third quarter", "the first half of the year", "the 2nd quarter of 2024". */
function periodAt(tokens: readonly Token[], i: number): Core | null {
  const t = tokens[i];
  if (t === undefined) return null;
  let j = i;
  if (!ORDINAL_WORDS.has(t.lower)) {
    if (!(isInt(t) && glued(t, tokens[i + 1]) && ORDINAL_SUFFIXES.has(tokens[i + 1]?.lower ?? ''))) return null;
    j = i + 1;
  }
  const unit = tokens[j + 1]?.lower;
  if (unit !== 'quarter' && unit !== 'half') return null;
  let last = j + 1;
  if (tokens[last + 1]?.lower === 'of') {
    const y = tokens[last + 2];
    if (isYear(y)) last += 2;
    else if (y?.lower === 'the' && (tokens[last + 3]?.lower === 'year' || tokens[last + 3]?.lower === 'decade')) last += 3;
    else if (y?.lower === 'this' || y?.lower === 'last' || y?.lower === 'next') last += tokens[last + 3]?.lower === 'year' ? 3 : 0;
  }
  const year = tokens[last];
  return { first: i, last, value: year !== undefined && isYear(year) ? digitValue(year) : null };
}

/** The date that starts at token `i` (or whose modifier does). */
export function dateAt(tokens: readonly Token[], i: number): DateMatch | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const start = i;
  let qualifier: string | null = null;
  let k = i;
  // Weekday before a calendar date: "Thursday 14 October"; alone after a preposition: "on Monday".
  if (WEEKDAYS.has(t.lower)) {
    k = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
    const core = calendarAt(tokens, k);
    if (core !== null) return finish(start, core, qualifier);
    const prev = tokens[i - 1]?.lower ?? '';
    // "Thursday's meeting": a capitalised weekday owning an event is a date too.
    const next = tokens[i + 1];
    const possessive = t.text !== t.lower && (next?.text === "'" || next?.text === '\u2019') && glued(t, next) && tokens[i + 2]?.lower === 's' && glued(next, tokens[i + 2]);
    return WEEKDAY_CUES.has(prev) || possessive ? finish(start, { first: i, last: i, value: null }, null) : null;
  }
  const period = periodAt(tokens, i);
  if (period !== null) return finish(start, period, null);
  if (DATE_BOUNDS.has(t.lower)) k = i + 1;
  // "by the end of 2025", "since early 2020", "mid-2019", "the start of 2024".
  const modifier = modifierAt(tokens, k);
  if (modifier !== null) {
    const m = modifier.core;
    const lone = isMonth(tokens[m]) && m === monthEnd(tokens, m) ? { first: m, last: m, value: null } : null;
    const core = calendarAt(tokens, m) ?? yearAt(tokens, m) ?? lone;
    if (core !== null) return finish(start, core, qualifierText(tokens, start, m));
    if (k === i) return null;
  }
  if (DATE_BOUNDS.has(t.lower)) qualifier = t.lower;
  // "between 2019 and 2023": the preposition belongs to the range.
  if (t.lower === 'between') k = i + 1;
  const core = numericDateAt(tokens, k) ?? calendarAt(tokens, k) ?? relativeAt(tokens, k)
    ?? agoAt(tokens, k) ?? centuryAt(tokens, k) ?? yearCandidate(tokens, k) ?? spokenYear(tokens, k);
  if (core === null || (t.lower === 'between' && !joinedByAnd(tokens, core))) return null;
  return finish(start, core, t.lower === 'between' ? 'between' : qualifier);
}

/** "between 1 and 5 March", "between 2019 and 2023": the range "between" opened is inside the date. */
function joinedByAnd(tokens: readonly Token[], core: Core): boolean {
  for (let j = core.first; j <= core.last; j++) if (tokens[j]?.lower === 'and') return true;
  return false;
}

/** A date modifier at `k` ("early", "mid-", "end of", "the start of") → index where the date itself starts. */
function modifierAt(tokens: readonly Token[], k: number): { core: number } | null {
  let j = tokens[k]?.lower === 'the' ? k + 1 : k;
  const w = tokens[j]?.lower ?? '';
  if (!DATE_MODIFIERS.has(w)) return null;
  // "the end of 2025" but not "the early 2020s": "the" needs a modifier that takes "of".
  const takesOf = tokens[j + 1]?.lower === 'of';
  if (j > k && !takesOf) return null;
  j++;
  if (tokens[j]?.text === '-' || takesOf) j++;
  return { core: j };
}

/** "by the end of" → the words between the claim start and the date, lower-cased, hyphens dropped. */
function qualifierText(tokens: readonly Token[], from: number, to: number): string {
  const words: string[] = [];
  for (let j = from; j < to; j++) if ((tokens[j] as Token).type === 'word') words.push((tokens[j] as Token).lower);
  return words.join(' ');
}

/** Years alone are dates unless they count something ("2000 troops") — decided by the caller's context. */
function yearCandidate(tokens: readonly Token[], i: number): Core | null {
  const core = yearAt(tokens, i);
  if (core === null) return null;
  const prev = tokens[i - 1];
  const next = tokens[core.last + 1];
  const afterPrep = prev !== undefined && (DATE_PREPOSITIONS.has(prev.lower) || prev.text === '(' || prev.text === ',');
  // "2000 troops", "2000 people": a plural counted noun follows ("a 2011 raid" is still a date, "2024 was" too).
  const countsSomething = next?.type === 'word' && next.text === next.lower && isPlural(next.lower) && !NOUN_STOPS.has(next.lower);
  if (countsSomething && !afterPrep) return null;
  return core;
}

/** "by twenty thirty-five", "in nineteen ninety-nine": a year as speech says it. */
function spokenYear(tokens: readonly Token[], i: number): Core | null {
  const year = spokenYearAt(tokens, i);
  return year === null ? null : { first: i, last: year[1], value: year[0] };
}

function finish(start: number, core: Core, qualifier: string | null): DateMatch {
  return {
    first: start, last: core.last, numFirst: core.first, value: core.value,
    min: core.min ?? null, max: core.max ?? null, qualifier,
  };
}
