// Shapes shared by the claim scanner's parts, and `build`, which turns a
// matched head (qualifier, number, range) and tail (kind, unit, rate) into a
// raw claim with min/max/value set from the bounds.

import type { ClaimKind, ClaimReading } from '../model/analysis';
import type { NumberPhrase } from './numberPhrase';
import type { QualifierMatch } from './qualifiers';
import type { Token } from './tokens';

/** A claim as found in one sentence, before epistemic markers are attached. */
export interface RawClaim extends ClaimReading {
  readonly start: number;
  readonly end: number;
  readonly numStart: number;
  readonly numEnd: number;
}

export interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** End offset of the sentence: nothing may reach past it. */
  readonly limit: number;
  /** First token index not yet consumed by a claim (qualifiers may not reach before it). */
  readonly floor: number;
  /**
   * Currency of the last money claim before this point in the sentence, or
   * null: "3.1 trillion roubles, up from 3.5m" — the second amount is roubles too.
   */
  readonly currency: string | null;
  /** Is the sentence shouted ("10,000 TROOPS DEPLOYED")? Worked out once per sentence, when a claim first asks. */
  readonly shouted: () => boolean;
}

export interface Found {
  readonly claim: RawClaim;
  /** Index of the last token consumed. */
  readonly last: number;
}

export interface Head {
  readonly startIdx: number;
  readonly numFirst: number;
  readonly np: NumberPhrase;
  readonly range: Range | null;
  readonly last: number;
  readonly currency: string | null;
  readonly qual: QualifierMatch | null;
}

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly last: number;
  readonly joiner: string;
}

export interface Tail {
  readonly kind: ClaimKind;
  readonly value: number | null;
  readonly unit: string | null;
  readonly currency: string | null;
  readonly rate: string | null;
  readonly end: number;
}

export function tok(s: Scan, i: number): Token {
  return s.tokens[i] as Token;
}

export function build(s: Scan, h: Head, t: Tail): RawClaim {
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
