// Units that follow a number, matched on the raw text right after it with
// sticky regexes (symbols like "km²", "m3/s", "°C" do not tokenize well).
// Every pattern is a flat alternation: no nested quantifiers, no backtracking
// blow-up.

import { GROUP_SPACES } from '../text/digitGroups';

/** A space between a number and its unit: the same spaces that may separate its thousands ("5\u2009000\u2009km"). */
const SP = `[${GROUP_SPACES}]`;

const MEASURE_UNITS = [
  'km/h', 'km²', 'km2', 'sq km', 'sq mi', 'm³/s', 'm3/s', 'cu ft/s', 'cu\\.? ?ft', 'm³', 'm3', 'm²', 'm2',
  'acre[·-]f(?:ee|oo)?t', 'acres?', 'hectares?', 'ha',
  'kilomet(?:re|er)s?', 'km', 'nautical miles?', 'miles?', 'mi', 'met(?:re|er)s?', 'm', 'centimet(?:re|er)s?', 'cm',
  'millimet(?:re|er)s?', 'mm', 'feet', 'foot', 'ft', 'inch(?:es)?', 'yards?',
  'kilotonnes?', 'kilotons?', 'megatonnes?', 'megatons?', 'kt', 'tonnes?', 'tons?', 'kilo(?:gram)?s?', 'kg',
  'grams?', 'lbs?', 'pounds(?= of)', '(?<=-)pound', 'pound(?=[ \\u00a0]+[a-z])', 'ounces?', 'oz',
  'barrels?', 'bbl', 'bpd', 'b/d', 'litres?', 'liters?', 'gallons?', 'cubic (?:met(?:re|er)s?|feet)', 'bcm', 'tcf',
  '[kmg]bps', '[kmg]b/s', '[kmgt]wh', '[kmgt]w', 'megawatts?', 'gigawatts?', 'kilowatts?', '[kmg]hz', 'hz', 'mph', 'kph', 'knots',
  'basis points?', 'bps', '°[cf]', 'degrees(?: (?:celsius|fahrenheit))?', 'calibre', 'caliber',
];

const SQUARE = `(?:(?:square|sq\\.?|cubic|cu\\.?)${SP}+)?`;

/** "300 km", "5,000 square kilometres", "4,200 m3/s", "300-km", "84 MW", "155mm". */
const MEASURE = new RegExp(`(?:${SP}|-)?(${SQUARE}(?:${MEASURE_UNITS.join('|')}))(?![\\p{L}\\p{N}])`, 'iuy');

/** Calendar units: durations ("three months") or relative dates ("four days later"). */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'seconds'], ['seconds', 'seconds'], ['minute', 'minutes'], ['minutes', 'minutes'],
  ['hour', 'hours'], ['hours', 'hours'], ['day', 'days'], ['days', 'days'], ['week', 'weeks'],
  ['weeks', 'weeks'], ['fortnight', 'fortnights'], ['month', 'months'], ['months', 'months'],
  ['year', 'years'], ['years', 'years'], ['yr', 'years'], ['yrs', 'years'], ['decade', 'decades'],
  ['decades', 'decades'], ['century', 'centuries'], ['centuries', 'centuries'],
]);

const PERCENT = new RegExp(`${SP}?(%|per${SP}?cent|pct|pc|percentage${SP}points?)(?![\\p{L}])`, 'iuy');

const PERIOD = '(?:day|week|fortnight|month|quarter|year)';
/** "year-on-year" or "year on year". */
const ON = `[-${GROUP_SPACES}]on[-${GROUP_SPACES}]`;

/**
 * Rates after a claim: "$2,000 each", "2 million barrels per day", "£5bn a
 * year" (not "66% a year ago"), and the base of a change, "7.5% year-on-year".
 */
const RATE = new RegExp(
  `${SP}+(each|apiece|a head|per${SP}(?!cent)[a-z]+` +
  `|a${SP}(?:year|day|month|week)(?!${SP}+(?:ago|earlier|later|before)\\b)|an${SP}hour|annually|daily|monthly|weekly|yearly` +
  `|${PERIOD}${ON}${PERIOD}|[ymq]\\/[ymq]|yoy)(?![\\p{L}])` +
  `|(\\/(?:yr|year|day|month))(?![\\p{L}])|-(a-(?:year|day|month|week))(?![\\p{L}])`,
  'iuy',
);

/** A rate that names a period of time ("a month", "per year", "/yr", "y/y"), not a unit ("each", "per barrel"). */
const PERIOD_RATE = /\b(?:hour|day|week|fortnight|month|quarter|year|annum|yr)s?\b|annually|daily|monthly|weekly|quarterly|yearly|^[ymq]\/[ymq]$|^yoy$/i;

export interface UnitMatch {
  /** The unit text as written. */
  readonly unit: string;
  /** Start offset of the unit text. */
  readonly start: number;
  readonly end: number;
}

function stickyAt(re: RegExp, text: string, pos: number, limit: number): UnitMatch | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  if (m === null) return null;
  const unit = m[1] ?? m[2] ?? m[3] ?? '';
  const end = pos + m[0].length;
  if (end > limit) return null;
  return { unit, start: end - unit.length, end };
}

export function measureAt(text: string, pos: number, limit: number): UnitMatch | null {
  return stickyAt(MEASURE, text, pos, limit);
}

export function percentAt(text: string, pos: number, limit: number): UnitMatch | null {
  return stickyAt(PERCENT, text, pos, limit);
}

function rateAt(text: string, pos: number, limit: number): UnitMatch | null {
  return stickyAt(RATE, text, pos, limit);
}

export interface RateMatch {
  /** Lower-cased: "each", "per day", "a year" ("-a-year" → "a year"), "each per month". */
  readonly rate: string;
  readonly end: number;
}

/**
 * The rate after a claim, with a second one of the other sort: a per-unit
 * rate and a period, in the order written ("$2,000 each per month" → "each
 * per month", "$500 a month each" → "a month each"). Whoever compares amounts
 * against yearly figures can tell a monthly one by its period.
 */
export function rateTail(text: string, pos: number, limit: number): RateMatch | null {
  const first = rateAt(text, pos, limit);
  if (first === null) return null;
  const second = rateAt(text, first.end, limit);
  const chained = second !== null && isPeriodRate(second.unit) !== isPeriodRate(first.unit);
  const rate = chained ? `${normalRate(first.unit)} ${normalRate(second.unit)}` : normalRate(first.unit);
  return { rate, end: chained ? second.end : first.end };
}

function isPeriodRate(rate: string): boolean {
  return PERIOD_RATE.test(rate);
}

export type RatePeriod = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * The rates a claim's `rate` string is made of, as `rateTail` joined them:
 * "each per month" → "each", "per month"; "a month each" → "a month", "each";
 * "year on year" and "a head" stay whole.
 */
function rateParts(rate: string): string[] {
  return rate.match(/(?<!\S)(?:(?:per|an?) \S+|\S+ on \S+|\S+)/g) ?? [];
}

/** The word that names a part's period: "per day" → day, "annually" → annual, "m/m" → m/. */
const PERIOD_WORD = /hour|fortnight|day|dai|week|month|quarter|year|annum|annual|yr|^[ymq]\/|^yoy$/;

const PERIOD_OF_WORD: ReadonlyMap<string, RatePeriod> = new Map([
  ['day', 'day'], ['dai', 'day'], ['week', 'week'], ['month', 'month'], ['m/', 'month'], ['quarter', 'quarter'],
  ['q/', 'quarter'], ['year', 'year'], ['annum', 'year'], ['annual', 'year'], ['yr', 'year'], ['y/', 'year'], ['yoy', 'year'],
]);

/**
 * The period of a claim's rate, for whoever compares amounts on a common
 * basis: "each per month" → month, "annually" → year, "7.5% year-on-year" →
 * year, "per barrel" → null. Hours and fortnights have no place in the
 * answer, so "per hour" is null as well.
 */
export function ratePeriod(rate: string | null): RatePeriod | null {
  if (rate === null) return null;
  for (const part of rateParts(rate)) {
    if (!isPeriodRate(part)) continue;
    const word = PERIOD_WORD.exec(part)?.[0];
    return word === undefined ? null : PERIOD_OF_WORD.get(word) ?? null;
  }
  return null;
}

/** Whether the rate has a part that is not a period: "each", "per barrel", "a head", "a month each"; not "per month". */
export function rateHasPerUnit(rate: string | null): boolean {
  return rate !== null && rateParts(rate).some((part) => !isPeriodRate(part));
}

const SPACES = new RegExp(`[${GROUP_SPACES}]+`, 'g');

function normalRate(unit: string): string {
  const lower = unit.toLowerCase().replace(SPACES, ' ');
  return lower.startsWith('a-') ? lower.replace(/-/g, ' ') : lower;
}
