// What separates two word tokens, which decides whether a name may run on:
// spaces keep it going ("Olaf Scholz"), a hyphen joins ("Kim Jong-un"),
// punctuation and markup end it ("Scholz, Macron", "**Olaf** Scholz"). A few
// gaps look like punctuation but sit inside a name: an en dash between letters
// ("Kim Jong–un"), the line break of hard-wrapped prose ("Olaf\nScholz"), and a
// plural possessive before an organisation head ("Kurdistan Workers' Party").

import { ORG_HEADS } from './cueWords';

/** What lies between a token and the one before it. */
export type Gap = 'start' | 'space' | 'hyphen' | 'break';

const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const EN_DASH = '\u2013';
const LETTER = /\p{L}/u;

/** Shortest line taken for hard-wrapped prose; headlines, bylines and signature lines are shorter. */
const MIN_WRAPPED_LINE = 40;

/** A lower-case word that is not a small function word: the line is prose, not a title-case heading. */
const PROSE_WORD = /(?:^|[^\p{L}])(?!(?:and|the|for|from|with|into|onto|over|upon|of|on|in|at|to|by|or|an|as|vs)(?![\p{L}]))\p{Ll}{3,}/u;

export interface GapWords {
  /** The word before the gap, as written. */
  readonly before: string;
  /** The word after the gap, as written. */
  readonly after: string;
}

/**
 * The gap between a word ending at `from` and the next starting at `to`. `source`
 * is the text before Markdown masking (same length) when masking changed it.
 */
export function classifyGap(text: string, from: number, to: number, words: GapWords, source: string | undefined): Gap {
  if (to - from === 1) {
    const ch = text[from] ?? '';
    if (HYPHENS.has(ch)) return 'hyphen';
    // "Kim Jong–un": an en dash glued between letters joins like a hyphen ("2015–16" stays apart).
    if (ch === EN_DASH && LETTER.test(text[from - 1] ?? '') && LETTER.test(text[to] ?? '')) return 'hyphen';
  }
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    // Markdown blanked here ("**Olaf** Scholz", "the **UK**"): markup ends a name as punctuation does.
    if (source !== undefined && source.charCodeAt(i) !== ch) return 'break';
    if (ch === 32 || ch === 0xa0 || ch === 9) continue;
    if (ch === 10) {
      newlines++;
      continue;
    }
    if (ch === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (i === from && to - from === 2 && (ch === 39 || ch === 0x2019)) return pluralPossessiveGap(words, text.charCodeAt(i + 1));
    // Anything else (comma, quote, "*") breaks a name.
    return 'break';
  }
  if (newlines === 0) return 'space';
  return newlines === 1 && isSoftWrap(text, from, words) ? 'space' : 'break';
}

/** "Kurdistan Workers' Party", "the Veterans’ Association": the apostrophe of a plural before an organisation head. */
function pluralPossessiveGap(words: GapWords, next: number): Gap {
  if (next !== 32 || !/s$/.test(words.before)) return 'break';
  const head = words.after.toLowerCase();
  return /^\p{Lu}/u.test(words.after) && ORG_HEADS.has(head) ? 'space' : 'break';
}

/**
 * A line break inside a sentence of hard-wrapped prose ("…talks with Olaf\nScholz on
 * Tuesday"): the line before is long and reads as prose. A short line (a headline,
 * a byline, a signature) or a shouted word after it ("…Kaplan\nBEIRUT") keeps the break.
 */
function isSoftWrap(text: string, from: number, words: GapWords): boolean {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  if (from - lineStart < MIN_WRAPPED_LINE) return false;
  const shouted = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
  if (shouted(words.after) && !shouted(words.before)) return false;
  return PROSE_WORD.test(text.slice(lineStart, from));
}
