// Word tokens with exact UTF-16 offsets and the cheap facts the entity rules
// need: case shape, a folded key for KB lookup, and what separates a token
// from the previous one (a space keeps a name going; punctuation ends it).

import type { Gap } from './gaps';
import { classifyGap } from './gaps';

export type { Gap } from './gaps';

export interface Token {
  readonly start: number;
  /** End of the word without a possessive "'s" ("Russia's" ends after "Russia"). */
  readonly end: number;
  readonly text: string;
  /** Lower-case, dot-free, apostrophe- and accent-folded form for lookups. */
  readonly key: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper-case ("NATO", "U.S."). */
  readonly upper: boolean;
  readonly gap: Gap;
  /** The gap before this token ends a sentence or line ("operations.For", "\n"). */
  readonly afterStop: boolean;
  readonly possessive: boolean;
}

// Dotted acronyms first ("U.S."), then words with inner apostrophes ("O'Brien", "Russia’s")
// and soft hyphens ("NA\u00adTO" from a hyphenating editor), then "&" inside a name ("Harrow & Finch").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00ad]*(?:['’][\p{L}\p{M}]+)*|&/gu;
// "| Surin | Thailand |", "Northbridge Radio | Recorded in Riga": a pipe separates cells and fields as a stop does.
const STOP_CHARS = new Set([...'.!?:;|\n\u2026'].map((c) => c.charCodeAt(0)));
const PIPE = 124;
const NON_ASCII = /[^\x00-\x7f]/;

/** Folded lookup key: "U.S." → "us", "O’Brien" → "o'brien", "Zürich" → "zurich", "&" → "and". */
export function foldKey(word: string): string {
  let key = word.toLowerCase();
  if (key.includes('.')) key = key.replace(/\./g, '');
  if (NON_ASCII.test(key)) key = key.replace(/’/g, "'").replace(/\u00ad/g, '').normalize('NFD').replace(/\p{M}/gu, '');
  // "Harrow & Finch", "Trinidad & Tobago": the ampersand is the connector "and" (KB names spell it out).
  return key === '&' ? 'and' : key;
}

/** Is there a stop between `from` and `to`? A table pipe masked away (in `source` only) still counts. */
function hasStop(text: string, from: number, to: number, source: string | undefined): boolean {
  for (let i = from; i < to; i++) if (STOP_CHARS.has(text.charCodeAt(i)) || source?.charCodeAt(i) === PIPE) return true;
  return false;
}

/** Starts with an upper-case letter (ASCII fast path, Unicode otherwise). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return first !== first.toLowerCase();
}

function isAllUpper(word: string): boolean {
  if (word.length < 2 || word !== word.toUpperCase() || word === word.toLowerCase()) return false;
  // "G20" is not an all-caps word; "U.S." and "NATO" are.
  return word.replace(/[^\p{L}]/gu, '').length >= 2;
}

/**
 * Tokenises `text` between `from` and `to` (default: all of it). `source` is the
 * text before Markdown masking when masking changed it (same length): a gap that
 * held markup then separates words the way punctuation does.
 */
export function tokenize(text: string, from = 0, to = text.length, source?: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  let prevEnd = -1;
  let prevWord = '';
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    const start = m.index;
    const full = m[0];
    let word = full;
    let possessive = false;
    const n = word.length;
    if (n > 2 && (word.charCodeAt(n - 1) | 32) === 115 && (word[n - 2] === "'" || word[n - 2] === '\u2019')) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const cap = startsUpper(word);
    const upper = cap && isAllUpper(word);
    const gap: Gap = prevEnd < 0 ? 'start' : classifyGap(text, prevEnd, start, prevWord, word, source);
    const afterStop = prevEnd < 0 || (gap === 'break' && hasStop(text, prevEnd, start, source));
    tokens.push({ start, end: start + word.length, text: word, key: foldKey(word), cap, upper, gap, afterStop, possessive });
    prevEnd = start + full.length;
    prevWord = word;
  }
  return tokens;
}

const LEADING_WORD = new RegExp(WORD.source, WORD.flags);

/** Folded keys of the first `count` words of `text`, as `tokenize` would give them, without building tokens. */
export function leadingKeys(text: string, count: number): string[] {
  const keys: string[] = [];
  const re = LEADING_WORD;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && keys.length < count; m = re.exec(text)) {
    let word = m[0];
    const n = word.length;
    if (n > 2 && (word.charCodeAt(n - 1) | 32) === 115 && (word[n - 2] === "'" || word[n - 2] === '\u2019')) word = word.slice(0, -2);
    keys.push(foldKey(word));
  }
  return keys;
}

/** Does a possessive end the name here? "Russia's Kursk" is two names; "Korean People's Army" is one. */
export function endsName(t: Token): boolean {
  return t.possessive && t.key !== 'people';
}
