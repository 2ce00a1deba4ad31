// Words before a number that bound or soften it. "up to 100,000" states a
// maximum, "more than 5,000" a minimum, "nearly a year" an approximate value,
// "a mere 10" an exact value with an attitude.

import type { Token } from './tokens';

/** How a qualifier changes the stated value. */
export type Bound = 'min' | 'max' | 'approx' | 'exact';

interface QualifierDef {
  readonly words: readonly string[];
  readonly bound: Bound;
}

const DEFS: readonly QualifierDef[] = [
  ...[
    'more than', 'over', 'at least', 'in excess of', 'upwards of', 'above', 'exceeding', 'a minimum of',
    'no fewer than', 'no less than', 'not less than', 'just over', 'well over', 'just above', 'well above',
    'greater than', 'over than', 'some more than', 'beyond',
  ].map((w) => ({ words: w.split(' '), bound: 'min' as const })),
  ...[
    'up to', 'as many as', 'as much as', 'no more than', 'not more than', 'fewer than', 'less than', 'under',
    'below', 'at most', 'a maximum of', 'just under', 'well under', 'just below', 'well below', 'as few as',
    'as little as', 'as high as', 'as young as', 'as old as',
  ].map((w) => ({ words: w.split(' '), bound: 'max' as const })),
  ...[
    'nearly', 'almost', 'around', 'about', 'approximately', 'roughly', 'some', 'an estimated', 'estimated',
    'close to', 'circa', 'ca', 'c', 'approx', 'an approximate', 'an average of', 'on average', 'upward of',
    'more or less', 'or so', 'something like', 'the equivalent of', 'approaching',
  ].map((w) => ({ words: w.split(' '), bound: 'approx' as const })),
  ...['a mere', 'just', 'only', 'exactly', 'precisely', 'fully', 'a total of', 'a further', 'another', 'an additional', 'a record']
    .map((w) => ({ words: w.split(' '), bound: 'exact' as const })),
];

// Indexed by last word, longest first so "just over" wins over "over": a
// look-up costs one map get, not a pass over every qualifier.
const BY_LAST_WORD = new Map<string, QualifierDef[]>();
for (const def of [...DEFS].sort((a, b) => b.words.length - a.words.length)) {
  const key = def.words[def.words.length - 1] as string;
  BY_LAST_WORD.set(key, [...(BY_LAST_WORD.get(key) ?? []), def]);
}

export interface QualifierMatch {
  /** Index of the qualifier's first token. */
  readonly first: number;
  readonly text: string;
  readonly bound: Bound;
}

/** The qualifier that ends right before token `k`, if any. "~" counts as "approximately". */
export function qualifierBefore(tokens: readonly Token[], k: number): QualifierMatch | null {
  const prev = tokens[k - 1];
  if (prev?.text === '~' || prev?.text === '≈') return { first: k - 1, text: prev.text, bound: 'approx' };
  for (const def of BY_LAST_WORD.get(prev?.lower ?? '') ?? []) {
    const n = def.words.length;
    if (k - n < 0) continue;
    let ok = true;
    for (let j = 0; j < n && ok; j++) ok = tokens[k - n + j]?.lower === def.words[j];
    // "c." and "ca." need their dot; "about" needs nothing.
    if (ok && (def.words[0] === 'c' || def.words[0] === 'ca')) ok = false;
    if (ok) {
      return { first: k - n, text: joinText(tokens, k - n, k - 1), bound: def.bound };
    }
  }
  return dottedCirca(tokens, k);
}

/** "c. 5,000" / "ca. 5,000": the abbreviation sits before its dot. */
function dottedCirca(tokens: readonly Token[], k: number): QualifierMatch | null {
  const dot = tokens[k - 1];
  const word = tokens[k - 2];
  if (dot?.text === '.' && (word?.lower === 'c' || word?.lower === 'ca')) {
    return { first: k - 2, text: `${word.text}.`, bound: 'approx' };
  }
  return null;
}

function joinText(tokens: readonly Token[], from: number, to: number): string {
  const parts: string[] = [];
  for (let j = from; j <= to; j++) parts.push(tokens[j]?.text ?? '');
  return parts.join(' ');
}
