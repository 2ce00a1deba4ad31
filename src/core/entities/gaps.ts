// What separates two word tokens, which decides whether a name may run on:
// spaces keep it going ("Olaf Scholz"), a hyphen joins ("Kim Jong-un"),
// punctuation and markup end it ("Scholz, Macron", "**Olaf** Scholz"). A few
// gaps look like punctuation but sit inside a name: an en dash between letters
// ("Kim Jong–un"), the line break of hard-wrapped prose ("Olaf\nScholz"), and a
// plural possessive before an organisation head ("Kurdistan Workers' Party").

import { EMPHASIS_CHARS } from '../text/markdown';
import { ORG_HEADS } from './cueWords';
import { isCasedLetterCode, isUpperCode } from './letters';

/** What lies between a token and the one before it. */
export type Gap = 'start' | 'space' | 'hyphen' | 'break';

const HYPHEN_CODES = new Set([0x2d, 0x2010, 0x2011]);
const EN_DASH = 0x2013;

/** Shortest line taken for hard-wrapped prose; headlines, bylines and signature lines are shorter. */
const MIN_WRAPPED_LINE = 40;

/** A lower-case word that is not a small function word: the line is (English) prose, not a title-case heading. */
const PROSE_WORD = /(?:^|[^A-Za-z])(?!(?:and|the|for|from|with|into|onto|over|upon|of|on|in|at|to|by|or|an|as|vs)(?![A-Za-z]))[a-z]{3,}/;

/**
 * The gap between the word `before` ending at `from` and the word `after` starting at `to`.
 * `source` is the text before Markdown masking (same length) when masking changed it.
 */
export function classifyGap(text: string, from: number, to: number, before: string, after: string, source: string | undefined): Gap {
  const first = text.charCodeAt(from);
  if (to - from === 1) {
    // Masking writes spaces, so only a space can hide markup.
    if (first === 32 && source === undefined) return 'space';
    if (HYPHEN_CODES.has(first)) return 'hyphen';
    // "Kim Jong–un": an en dash glued between letters joins like a hyphen ("2015–16" stays apart).
    if (first === EN_DASH && isCasedLetterCode(text.charCodeAt(from - 1)) && isCasedLetterCode(text.charCodeAt(to))) return 'hyphen';
  }
  let newlines = 0;
  let emphasis = false;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (source !== undefined && source.charCodeAt(i) !== ch) {
      // Markdown blanked here ("[Kursk](…) said", "| Surin | Thailand |"): markup ends a name as punctuation does.
      if (!EMPHASIS_CHARS.has(source.charCodeAt(i))) return 'break';
      emphasis = true;
      continue;
    }
    if (ch === 32 || ch === 0xa0 || ch === 9) continue;
    if (ch === 10) {
      newlines++;
      continue;
    }
    if (ch === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (i === from && to - from === 2 && (ch === 39 || ch === 0x2019)) return pluralPossessiveGap(before, after, text.charCodeAt(i + 1));
    // Anything else (comma, quote, "*") breaks a name.
    return 'break';
  }
  // Emphasis is transparent to the words around it ("its spokeswoman **Maly Socheata**", "the **UK**"),
  // but no name runs across it ("**Olaf** Scholz", "**North** Korea": two capitalised words stay apart).
  if (emphasis) return newlines === 0 && !(isUpperCode(before.charCodeAt(0)) && isUpperCode(after.charCodeAt(0))) ? 'space' : 'break';
  if (newlines === 0) return 'space';
  return newlines === 1 && isSoftWrap(text, from, before, after) ? 'space' : 'break';
}

/** "Kurdistan Workers' Party", "the Veterans’ Association": the apostrophe of a plural before an organisation head. */
function pluralPossessiveGap(before: string, after: string, next: number): Gap {
  if (next !== 32 || !before.endsWith('s')) return 'break';
  return isUpperCode(after.charCodeAt(0)) && ORG_HEADS.has(after.toLowerCase()) ? 'space' : 'break';
}

const shouted = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/**
 * A line break inside a sentence of hard-wrapped prose ("…talks with Olaf\nScholz on
 * Tuesday"): the line before is long and reads as prose, and a name may go on (the next
 * word is capitalised). A short line (a headline, a byline, a signature) or a shouted
 * word after it ("…Kaplan\nBEIRUT") keeps the break.
 */
function isSoftWrap(text: string, from: number, before: string, after: string): boolean {
  if (!isUpperCode(after.charCodeAt(0))) return false;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  if (from - lineStart < MIN_WRAPPED_LINE) return false;
  if (shouted(after) && !shouted(before)) return false;
  return PROSE_WORD.test(text.slice(lineStart, from));
}
