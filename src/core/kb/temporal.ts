// Which facts hold at a date. Roles and memberships have start/end; other
// facts are statements "as of" a date and count from that date on. Partial
// dates are read generously: a role that ends "2024" still holds on 2024-06-30.

import type { KbFact } from './kbTypes';

/** First day a partial ISO date can mean: "2024" → "2024-01-01". */
export function dateFloor(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day a partial ISO date can mean: "2024" → "2024-12-31", "2024-02" → "2024-02-31" (compares correctly). */
export function dateCeil(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** True when the fact holds on `date` (YYYY-MM-DD). */
export function factHoldsAt(fact: KbFact, date: string): boolean {
  const day = dateFloor(date);
  if (fact.start !== undefined || fact.end !== undefined) {
    if (fact.start !== undefined && dateFloor(fact.start) > dateCeil(date)) return false;
    if (fact.end !== undefined && dateCeil(fact.end) < day) return false;
    return true;
  }
  return dateFloor(fact.asOf) <= dateCeil(date);
}

/** Facts holding on `date`; of several undated values of one property, the latest as-of wins. */
export function selectFactsAt(facts: readonly KbFact[], date: string): KbFact[] {
  const holding = facts.filter((f) => factHoldsAt(f, date));
  const latestUndated = new Map<string, KbFact>();
  for (const f of holding) {
    if (f.start !== undefined || f.end !== undefined || f.property === 'member' || f.property === 'memberOf') continue;
    const prev = latestUndated.get(f.property);
    if (prev === undefined || dateFloor(f.asOf) > dateFloor(prev.asOf)) latestUndated.set(f.property, f);
  }
  return holding.filter((f) => f.start !== undefined || f.end !== undefined || f.property === 'member' || f.property === 'memberOf' || latestUndated.get(f.property) === f);
}
