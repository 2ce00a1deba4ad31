// Claims that are not "number + unit": shares ("a third of"), ranks
// ("third-largest"), "a year" after a bound or preposition, "at least once".

import type { ClaimKind } from '../model/analysis';
import { RELATIVE_DATE_TAILS } from './lexicon';
import type { NumberPhrase } from './numberPhrase';
import { ORDINAL_WORDS, TIMES_WORDS, UNITS } from './numberWords';
import { qualifierBefore } from './qualifiers';
import { build, tok, type Found, type Head, type Scan } from './scanTypes';
import { rankAt, shareAt } from './specialForms';
import { TIME_UNITS } from './units';

/** "for a year", "within a week", "in a month" (a rate like "£5bn a year" is taken by its amount first). */
const A_DURATION_CUES = new Set(['for', 'within', 'in', 'after']);

/** Shares ("a third of"), ranks ("third-largest"), "a year" after a bound, "at least once". */
const FORM_STARTS: ReadonlySet<string> = new Set([
  ...UNITS.keys(), ...ORDINAL_WORDS.keys(), ...TIMES_WORDS.keys(), 'a', 'an', 'half',
]);

export function formClaim(s: Scan, i: number): Found | null {
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
      && TIME_UNITS.has(s.tokens[i + 1]?.lower ?? '') && s.tokens[i + 1]?.lower !== 'second'
      && !RELATIVE_DATE_TAILS.has(s.tokens[i + 2]?.lower ?? '')) {
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
