// Times of day in the 24-hour military and maritime form: "at 2150",
// "By 2330 the tanker had turned", "2210 local time", "1930 hours". They are
// four plain digits (0000–2359, no comma) and look like counts or years, so
// the form alone is not enough: a clock word after them, or a time
// preposition before them with nothing after that they could count or
// measure, makes them a time. "local time" alone is enough; "hours"/"hrs"
// needs the preposition too ("at 1930 hours", but "began 1930 hours after"
// stays a duration). Years stay dates ("by 2030", "since 2022"), counts stay counts ("at
// 2,150 metres", "2150 troops", "rose by 1500 to 3000").

import { isYear } from './dates';
import { NOUN_STOPS } from './lexicon';
import { glued, type Token } from './tokens';

/** "0000"–"2359": hours 00–23, minutes 00–59. */
const HHMM = /^(?:[01]\d|2[0-3])[0-5]\d$/;

/** Prepositions that put a clock time in a sentence: "at 2150", "until 0400". */
const TIME_PREPOSITIONS = new Set(['at', 'by', 'from', 'until', 'till', 'before', 'after', 'since']);

/** "by" and "from" also take differences and range starts ("cut by 1500", "rose from 1200"): only opening a clause. */
const CLAUSE_ONLY = new Set(['by', 'from']);

/** Verbs that put a level "at" a figure: "the toll stood at 1450" is a count, not a time. */
const LEVEL_VERBS = new Set([
  'stood', 'stands', 'stand', 'standing', 'put', 'puts', 'estimated', 'estimates', 'set', 'pegged', 'capped',
  'closed', 'opened', 'valued', 'priced', 'totalled', 'totaled', 'peaked', 'remained', 'remains', 'fixed', 'kept', 'held',
]);

/** Approximations between the preposition and the time: "At about 2210". */
const APPROXIMATIONS = new Set(['about', 'around', 'approximately', 'roughly', 'circa', 'some']);

/** Punctuation that opens a clause before "By"/"From": "…, by 2330 the ship…". */
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(']);

/**
 * The last token of a 24-hour time starting at the number `tokens[i]`, or
 * -1: "2210 local time" → "time", "1930 hours" → "hours", "at 2150" → the
 * number itself.
 */
export function militaryTimeEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if (!HHMM.test(t.text)) return -1;
  const next = tokens[i + 1];
  // "2210 local time"
  if (next?.lower === 'local' && tokens[i + 2]?.lower === 'time') return i + 2;
  const prep = prepositionBefore(tokens, i);
  // "at 1930 hours", but "2150 hours of flying" is a duration.
  if ((next?.lower === 'hours' || next?.lower === 'hrs') && prep >= 0 && tokens[i + 2]?.lower !== 'of') return i + 1;
  if (prep < 0 || isYear(t)) return -1;
  if (next !== undefined && RANGE_JOINERS.has(next.lower) && HHMM.test(tokens[i + 2]?.text ?? '')) return rangeEnd(tokens, i + 2);
  return next === undefined || (next.type === 'punct' && next.text !== '%' && !(next.text === '-' && glued(t, next)))
    || (next.type === 'word' && NOUN_STOPS.has(next.lower)) ? i : -1;
}

const RANGE_JOINERS = new Set(['to', 'until', 'till', 'and', '-', '–']);

/** "from 2100 to 2300 local time": the second time of a range, with its clock words. */
function rangeEnd(tokens: readonly Token[], j: number): number {
  const next = tokens[j + 1];
  if (next?.lower === 'local' && tokens[j + 2]?.lower === 'time') return j + 2;
  return next?.lower === 'hours' || next?.lower === 'hrs' ? j + 1 : j;
}

/** Index of the time preposition before the number (across one approximation), or -1. */
function prepositionBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (APPROXIMATIONS.has(tokens[k]?.lower ?? '')) k--;
  const p = tokens[k];
  if (p === undefined || p.type !== 'word' || !TIME_PREPOSITIONS.has(p.lower)) return -1;
  const before = tokens[k - 1];
  if (p.lower === 'at' && LEVEL_VERBS.has(before?.lower ?? '')) return -1;
  if (CLAUSE_ONLY.has(p.lower) && !(before === undefined || p.text !== p.lower || CLAUSE_MARKS.has(before.text))) return -1;
  return k;
}
