// Sentence boundaries for detection. Claims link to the entities of their
// sentence, so a wrong split loses links and a missed split invents them.
// Works on raw text or Markdown: blank lines, headings and list items end a
// sentence; offsets are UTF-16 units into `text`, end exclusive.

import type { OffsetRange } from '../model/analysis';
import { isAbbreviation } from './abbreviations';

const CLOSERS = new Set(['"', "'", ')', ']', '}', '\u201d', '\u2019', '\u00bb', '*', '_']);
const OPENERS = new Set(['"', "'", '(', '[', '\u201c', '\u2018', '\u00ab', '*', '_']);

/** Whitespace including NBSP and other Unicode spaces. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Length of a Markdown/plain-text block marker at `pos` (the start of a line's
 * content): "# ", "- ", "* ", "+ ", "> ", "1. ", "2) ". 0 when there is none.
 */
export function blockMarkerLength(text: string, pos: number): number {
  const m = /^(?:#{1,6}[ \t]+|[-*+>][ \t]+|\d{1,3}[.)][ \t]+)/.exec(text.slice(pos, pos + 12));
  return m ? m[0].length : 0;
}

/** Does the line starting at `pos` begin a new block (blank, heading, list item, quote, fence, table)? */
function startsBlock(text: string, pos: number, end: number): boolean {
  let p = pos;
  while (p < end && (text[p] === ' ' || text[p] === '\t')) p++;
  if (p >= end) return true;
  const ch = text[p];
  if (ch === '\n' || ch === '\r') return true;
  if (ch === '|' || text.startsWith('```', p) || text.startsWith('~~~', p)) return true;
  return blockMarkerLength(text, p) > 0;
}

/** Is the line holding `pos` (a position just before its line break) a heading or table row? */
function lineIsStandalone(text: string, lineStart: number): boolean {
  let p = lineStart;
  while (text[p] === ' ' || text[p] === '\t') p++;
  return text[p] === '#' || text[p] === '|';
}

/** The word (letters and inner dots) that ends just before `pos`: "Mr" for "Mr.", "U.S" for "U.S.". */
function wordBefore(text: string, pos: number, floor: number): string {
  let p = pos;
  while (p > floor && /[\p{L}.]/u.test(text[p - 1] ?? '')) p--;
  return text.slice(p, pos);
}

/**
 * Sentences glued without a space: "operations.For North Korea",
 * "invasion”.Kim said", "the year.RUSI did not". A lowercase word of two or
 * more letters (perhaps closed by a quote) meets a capitalised word or an
 * acronym. Domains, paths and decimals stay whole ("kcna.kp", "3.5").
 */
function isGlued(text: string, i: number, next: number, floor: number): boolean {
  let q = i;
  while (q > floor && CLOSERS.has(text[q - 1] as string)) q--;
  const word = wordBefore(text, q, floor);
  if (word.length < 2 || word.includes('.') || !isLower(word[word.length - 1])) return false;
  const before = text[q - word.length - 1];
  if (before === '/' || before === '@' || before === '.' || before === '#') return false;
  if (!isUpper(text[next])) return false;
  const second = text[next + 1];
  if (isLower(second)) return true;
  // An acronym: two or more capitals, then something that is not a letter.
  let e = next;
  while (isUpper(text[e])) e++;
  return e - next >= 2 && !/\p{L}/u.test(text[e] ?? '');
}

/**
 * Decide whether the terminator at `i` ends a sentence. `next` is the index of
 * the first character after the terminator and any closing quotes.
 */
function endsSentence(text: string, i: number, next: number, end: number, floor: number): boolean {
  const ch = text[i];
  if (next >= end) return true;
  const after = text[next];
  if (ch === '.') {
    const word = wordBefore(text, i, floor);
    if (!isSpace(after)) return isGlued(text, i, next, floor);
    // Initials and dotted abbreviations: "U.S.", "John F. Kennedy".
    if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) || word.includes('.')) return followedByBreak(text, next, end);
    const numberAfter = isDigit(firstNonSpace(text, next, end));
    if (isAbbreviation(word, numberAfter)) return followedByBreak(text, next, end);
  }
  if (!isSpace(after)) return false;
  const first = firstNonSpace(text, next, end);
  if (first === undefined) return true;
  return isUpper(first) || isDigit(first) || OPENERS.has(first) || !/[\p{L}\p{N}]/u.test(first) && first !== ',' && first !== ';'
    || isLineBreakBefore(text, next, end);
}

function firstNonSpace(text: string, pos: number, end: number): string | undefined {
  let p = pos;
  while (p < end && isSpace(text[p])) p++;
  return p < end ? text[p] : undefined;
}

/** After an abbreviation only a paragraph or block break ends the sentence. */
function followedByBreak(text: string, pos: number, end: number): boolean {
  let p = pos;
  while (p < end && (text[p] === ' ' || text[p] === '\t' || text[p] === '\u00a0')) p++;
  if (p >= end) return true;
  if (text[p] === '\r') p++;
  if (text[p] !== '\n') return false;
  return startsBlock(text, p + 1, end);
}

function isLineBreakBefore(text: string, pos: number, end: number): boolean {
  let p = pos;
  while (p < end && (text[p] === ' ' || text[p] === '\t')) p++;
  return text[p] === '\n' || text[p] === '\r';
}

/** Did the sentence starting at `start` begin its line (after indentation or a block marker)? */
function startsLine(text: string, lineStart: number, start: number): boolean {
  return start >= lineStart && /^\s*(?:[-*+>\u2022]\s+|\d{1,3}[.)]\s+|#{1,6}\s+)?$/.test(text.slice(lineStart, start));
}

/** Words a wrapped line of prose often ends with; a headline does not. */
const CONTINUES = /(?:^|\s)(?:and|or|but|the|a|an|of|to|in|on|for|with|by|at|from|as|that|its|their|his|her)$/i;

/**
 * A one-line title or dateline in plain text, followed by prose on the next
 * line without a blank line between: "China unveils 1.2 trillion yuan stimulus
 * as APEC leaders gather\nInvented sample text…". The sentence so far must be
 * exactly this line (from `start` to the line break at `lineEnd`), end without
 * punctuation or a connecting word, and be clearly shorter than the next line,
 * which starts like a sentence. Hard-wrapped prose, whose lines have about
 * the same length, stays whole.
 */
function isHeadline(text: string, start: number, lineEnd: number, end: number): boolean {
  let e = lineEnd;
  while (e > start && isSpace(text[e - 1])) e--;
  const line = text.slice(start, e);
  if (line.length === 0 || /[.!?,;:\-\u2013\u2014(]$/.test(line) || CONTINUES.test(line)) return false;
  let n = lineEnd + 1;
  while (n < end && (text[n] === ' ' || text[n] === '\t')) n++;
  const first = text[n];
  if (!(isUpper(first) || isDigit(first) || first === '"' || first === '\u201c')) return false;
  let nextEnd = text.indexOf('\n', n);
  if (nextEnd < 0 || nextEnd > end) nextEnd = end;
  const nextLength = text.slice(n, nextEnd).trimEnd().length;
  return line.length <= 0.9 * nextLength;
}

/**
 * Split `text` (or the part of it in `range`) into sentences. Returned ranges
 * are trimmed of surrounding whitespace and of a leading block marker ("## ",
 * "- ", "1. "), never empty, in document order.
 */
export function splitSentences(text: string, range?: OffsetRange): OffsetRange[] {
  const floor = Math.max(0, range?.start ?? 0);
  const end = Math.min(text.length, range?.end ?? text.length);
  const out: OffsetRange[] = [];
  let start = -1;
  let lineStart = floor;
  // True while only whitespace has been seen on the current line (kept as a
  // flag: re-scanning the line would be quadratic on one-line documents).
  let lineBlank = true;

  const close = (stop: number): void => {
    if (start < 0) return;
    let e = stop;
    while (e > start && isSpace(text[e - 1])) e--;
    if (e > start) out.push({ start, end: e });
    start = -1;
  };

  for (let i = floor; i < end; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      if (start >= 0 && (lineIsStandalone(text, lineStart) || startsBlock(text, i + 1, end)
        || (startsLine(text, lineStart, start) && isHeadline(text, start, i, end)))) close(i);
      lineStart = i + 1;
      lineBlank = true;
      continue;
    }
    const atLineStart = lineBlank;
    if (lineBlank && !isSpace(ch)) lineBlank = false;
    if (start < 0) {
      if (isSpace(ch)) continue;
      // Skip a block marker at the start of a line so "## Troops" starts at "Troops".
      const marker = atLineStart ? blockMarkerLength(text, i) : 0;
      if (marker > 0) {
        i += marker - 1;
        continue;
      }
      start = i;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '\u2026') {
      let next = i + 1;
      while (next < end && (text[next] === '.' || text[next] === '!' || text[next] === '?')) next++;
      while (next < end && CLOSERS.has(text[next] as string)) next++;
      if (endsSentence(text, i, next, end, Math.max(floor, start))) {
        close(next);
        i = next - 1;
      } else {
        i = next - 1;
      }
    }
  }
  close(end);
  return out;
}
