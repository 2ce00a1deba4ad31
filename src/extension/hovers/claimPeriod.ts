// Per what period a claim is stated, so a hover never sets a monthly figure
// beside a yearly one without saying so: "paid about $2,000 each per month"
// next to a GDP per capita (a yearly income) needs "≈ $24,000 a year". Pure.
import type { KbFact } from '../../core/kb/kbTypes';
import type { NumericClaim } from '../../core/model/analysis';
import { ratePeriod, type RatePeriod } from '../../core/claims/units';
import { formatNumber } from './markdownText';

export type Period = RatePeriod;

const PER_YEAR: Readonly<Record<Period, number>> = { day: 365, week: 52, month: 12, quarter: 4, year: 1 };

/** Every word AFTER captures. */
const WORDS: Readonly<Record<string, Period>> = {
  day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year', annum: 'year',
  daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', annually: 'year', yearly: 'year',
};

/** The same words right after the claim ("$2,000 each | per month"), before any other word. */
const AFTER = /^\s*(?:(?:each|apiece|a head|per (?:head|person|soldier|man))\s+)?(?:(?:a|an|per|each|every)\s+(day|week|month|quarter|year|annum)|(daily|weekly|monthly|quarterly|annually|yearly))\b/i;

/**
 * The period a claim is per: from its rate, read by the core as the detector
 * wrote it ("a month", "each per month"), else from the words right after its
 * span, for records whose producer left `rate` empty. `after` is the text from
 * the claim's end to its sentence's end. Null when none is stated.
 */
export function claimPeriod(claim: NumericClaim, after: string): Period | null {
  return ratePeriod(rateOf(claim)) ?? periodIn(after, AFTER);
}

/** `rate` is a string or null in the record; read defensively, whatever a producer put there. */
export function rateOf(claim: NumericClaim): string | null {
  const rate: unknown = claim.rate;
  return typeof rate === 'string' && rate.trim() !== '' ? rate : null;
}

/**
 * KB facts that are flows over a year: GDP and GDP per capita, military
 * spending, exports and imports, inflation and growth rates. Counts and
 * measures (population, area, troops) have no period.
 */
export function isYearlyFact(fact: KbFact): boolean {
  return /^gdp|militaryExpenditure|defen[cs]eBudget|exports|imports|inflation|budget|revenue/i.test(fact.property);
}

/**
 * The sentence a hover puts above yearly KB facts when the claim is per
 * another period, e.g. "Per month here, per year in the knowledge base:
 * about $2,000 a month ≈ $24,000 a year." Null when the periods agree or the
 * claim states none. Percentages are not annualised (rates compound).
 */
export function periodNote(claim: NumericClaim, period: Period | null, facts: readonly KbFact[]): string | null {
  if (period === null || period === 'year' || !facts.some(isYearlyFact)) return null;
  const lead = `Per ${period} here, per year in the knowledge base`;
  const value = claim.value ?? null;
  const amount = (n: number): string => money(n, claim);
  if (claim.kind === 'money' && value !== null) {
    return `${lead}: ${amount(value)} a ${period} ≈ ${amount(value * PER_YEAR[period])} a year.`;
  }
  if (claim.kind === 'money' && claim.min !== null && claim.max !== null) {
    const year = PER_YEAR[period];
    const range = (min: number, max: number): string => moneyRange(min, max, claim);
    return `${lead}: ${range(claim.min, claim.max)} a ${period} ≈ ${range(claim.min * year, claim.max * year)} a year.`;
  }
  return `${lead}; the figures are not directly comparable.`;
}

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

/** "$24,000", "€1.5 billion", "24,000 RUB". */
function money(value: number, claim: NumericClaim): string {
  const currency = claim.currency ?? '';
  const symbol = SYMBOLS[currency];
  return symbol !== undefined ? `${symbol}${formatNumber(value)}` : `${formatNumber(value)}${currency === '' ? '' : ` ${currency}`}`;
}

/** "$100–$200", "100–200 RUB". */
function moneyRange(min: number, max: number, claim: NumericClaim): string {
  const currency = claim.currency ?? '';
  if (SYMBOLS[currency] !== undefined || currency === '') return `${money(min, claim)}–${money(max, claim)}`;
  return `${formatNumber(min)}–${formatNumber(max)} ${currency}`;
}

function periodIn(text: string, pattern: RegExp): Period | null {
  const m = pattern.exec(text);
  if (!m) return null;
  return WORDS[(m[1] ?? m[2] ?? '').toLowerCase()] ?? null;
}
