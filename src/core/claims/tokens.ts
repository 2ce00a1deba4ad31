// A tiny tokenizer for one sentence: words, numbers, punctuation and URLs with
// their UTF-16 offsets into the original text. Markdown emphasis and code
// markers (* _ ` ~) are dropped so "**10,000** troops" reads as "10,000 troops"
// while offsets still point into the untouched text.

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

// One alternative per token type, each linear: no nested quantifiers.
// Numbers: "1,000", "3.5", "27.500"; words: letters with inner apostrophes
// ("O'Brien") but a possessive "'s" stands apart ("year's" → "year", "'", "s")
// so look-ups see the bare word; anything else is one code point (so emoji
// stay whole).
const TOKEN = /(https?:\/\/|www\.)[^\s<>()[\]]+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:['’](?!s(?![\p{L}]))[\p{L}\p{M}]+)*|\s+|[\s\S]/gu;

const MARKUP = new Set(['*', '_', '`', '~']);

/** Tokenize `text[start, end)`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  re.lastIndex = start;
  let spaced = true;
  let lineStart = true;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    const raw = m[0];
    const s = m.index;
    const e = Math.min(s + raw.length, end);
    const first = raw.charCodeAt(0);
    if (first <= 32 || /^\s/.test(raw)) {
      spaced = true;
      if (raw.includes('\n') || raw.includes('\r')) lineStart = true;
      continue;
    }
    if (MARKUP.has(raw)) {
      spaced = true;
      continue;
    }
    const t = text.slice(s, e);
    out.push({ type: tokenType(t, m[1] !== undefined), text: t, lower: t.toLowerCase(), start: s, end: e, spaced, lineStart });
    spaced = false;
    lineStart = false;
  }
  return out;
}

function tokenType(t: string, isUrl: boolean): TokenType {
  if (isUrl) return 'url';
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'num';
  return /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
}

/** Numeric value of a digit token: "1,000" → 1000, "3.5" → 3.5. */
export function digitValue(t: Token): number {
  return Number(t.text.replace(/,/g, ''));
}

/** Is `b` directly attached to `a` (no space or markup between)? */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start && !b.spaced;
}
