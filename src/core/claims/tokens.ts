// A tiny tokenizer for one sentence: words, numbers, punctuation and URLs with
// their UTF-16 offsets into the original text. Markdown emphasis and code
// markers (* _ ` ~) are dropped so "**10,000** troops" reads as "10,000 troops"
// while offsets still point into the untouched text.

import { isDigitGroupAt, isGroupSeparatorCode, isGroupSpaceCode, withoutGroupSeparators } from '../text/digitGroups';

export type TokenType = 'num' | 'word' | 'punct' | 'url';

export interface Token {
  readonly type: TokenType;
  readonly text: string;
  /** Lower-cased text, for lexicon look-ups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Whitespace (or dropped Markdown) separates it from the previous token. */
  readonly spaced: boolean;
  /** First token of its line (or of the scanned range). */
  readonly lineStart: boolean;
}

const MARKUP = new Set(['*', '_', '`', '~']);
const LETTER = /[\p{L}\p{M}]/u;

// Hand-written over char codes: a regex tokenizer was the claim detector's
// main cost (~140 ms/MB). Numbers: "1,000", "5 000", "3.5", "27.500"; words: letters
// with inner apostrophes ("O'Brien") but a possessive "'s" stands apart
// ("year's" → "year", "'", "s") so look-ups see the bare word; URLs are one
// token; anything else is one code point (so emoji stay whole).

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0 || Number.isNaN(c)) return false;
  return LETTER.test(text[p] as string);
}

function numberEnd(text: string, p: number, end: number): number {
  let q = p;
  while (q < end && isDigitCode(text.charCodeAt(q))) q++;
  // Thousands groups only after a 1-3 digit head and only of exactly three
  // digits, one separator kind per number: "1,000,000", "5 000", not
  // "2019,2020", "5 10" or "1,000 000". Space groups never start after a
  // leading zero or inside a longer run of spaced digits: "030 123 456" and
  // "1300 123 456" are phone numbers, each group its own token.
  const sep = text.charCodeAt(q);
  if (q - p <= 3 && isGroupSeparatorCode(sep) && (sep === 44 || !inSpacedDigits(text, p))) {
    while (text.charCodeAt(q) === sep && isDigitGroupAt(text, q + 1, end)) q += 4;
  }
  if (text.charCodeAt(q) === 46 && q + 1 < end && isDigitCode(text.charCodeAt(q + 1))) {
    q++;
    while (q < end && isDigitCode(text.charCodeAt(q))) q++;
  }
  return Math.min(q, end);
}

/** A leading zero, or a digit and a group space right before the number at `p`. */
function inSpacedDigits(text: string, p: number): boolean {
  return text.charCodeAt(p) === 48 || (p >= 2 && isGroupSpaceCode(text.charCodeAt(p - 1)) && isDigitCode(text.charCodeAt(p - 2)));
}

function wordEnd(text: string, p: number, end: number): number {
  let q = p;
  for (;;) {
    while (q < end && isLetterAt(text, q)) q++;
    const c = text.charCodeAt(q);
    if ((c !== 39 && c !== 0x2019) || q + 1 >= end || !isLetterAt(text, q + 1)) return q;
    // A possessive "'s" stands apart.
    const possessive = (text[q + 1] === 's' || text[q + 1] === 'S') && !(q + 2 < end && isLetterAt(text, q + 2));
    if (possessive) return q;
    q++;
  }
}

function urlEnd(text: string, p: number, end: number): number {
  if (!(text.startsWith('http://', p) || text.startsWith('https://', p) || text.startsWith('www.', p))) return -1;
  let q = p;
  while (q < end && !isSpaceCode(text.charCodeAt(q)) && !'<>()[]'.includes(text[q] as string)) q++;
  return q;
}

/** Tokenize `text[start, end)`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let spaced = true;
  let lineStart = true;
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (isSpaceCode(c)) {
      spaced = true;
      if (c === 10 || c === 13) lineStart = true;
      p++;
      continue;
    }
    let q: number;
    let type: TokenType;
    if (isDigitCode(c)) {
      q = numberEnd(text, p, end);
      type = 'num';
    } else if (isLetterAt(text, p)) {
      const u = c === 104 || c === 119 ? urlEnd(text, p, end) : -1;
      q = u > p ? u : wordEnd(text, p, end);
      type = u > p ? 'url' : 'word';
    } else {
      // One code point: a surrogate pair stays whole.
      q = c >= 0xd800 && c <= 0xdbff && p + 1 < end ? p + 2 : p + 1;
      const ch = text.slice(p, q);
      if (MARKUP.has(ch)) {
        spaced = true;
        p = q;
        continue;
      }
      type = LETTER.test(ch) ? 'word' : 'punct';
    }
    const t = text.slice(p, q);
    out.push({ type, text: t, lower: type === 'word' ? t.toLowerCase() : t, start: p, end: q, spaced, lineStart });
    spaced = false;
    lineStart = false;
    p = q;
  }
  return out;
}

/** Numeric value of a digit token: "1,000" → 1000, "12 500" → 12500, "3.5" → 3.5. */
export function digitValue(t: Token): number {
  return Number(withoutGroupSeparators(t.text));
}

/** Is `b` directly attached to `a` (no space or markup between)? */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start && !b.spaced;
}
