// Digits that state nothing: list markers ("1." at line start, "(2)"),
// references ("Section 3.2", "Resolution 2231", "No 833/2014", "[4]"), models
// ("G20", "COVID-19", "F-16", "Su-35", "9M729"), clock times ("10:30", "at
// 2150", see `militaryTimes.ts`),
// coordinates ("33°N"), tallies ("14-0"), citation years ("(Kagan, 2019)", see `citationYears.ts`); numbers inside names are read by
// `nameNumbers.ts`, ids and phone numbers by `identifiers.ts`. `skipAt`
// returns the index of the last token to skip, or -1.

import { citationYearEnd } from './citationYears';
import { isFinancialYearAt, numericDateAt } from './dates';
import { ID_SEPARATORS, identifierEnd, phoneAt } from './identifiers';
import { LOWERCASE_REFERENCES, REFERENCE_NOUNS } from './lexicon';
import { militaryTimeEnd } from './militaryTimes';
import { isNumberWordInName, nameNumberEnd } from './nameNumbers';
import { ORDINAL_SUFFIXES, SCALES, UNITS } from './numberWords';
import { glued, type Token } from './tokens';
import { TIME_UNITS, measureAt, percentAt } from './units';

/** Short abbreviations count only with their dot: "No. 10", "p. 34", "v. 2". */
const DOTTED_ONLY = new Set(['no', 'nos', 'p', 'pp', 'v', 'vol', 'fig', 'para', 'mk']);

const COORDINATE_MARKS = new Set(['°', '′', '″']);

export function skipAt(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  // "Chapter three describes…"; "the Group of Twenty", "the Big Three": capitalised inside a sentence.
  if (t?.type === 'word' && UNITS.has(t.lower) && (isReference(tokens, i) || isNumberWordInName(tokens, i))) return i;
  if (t?.type === 'word' && UNITS.has(t.lower)) return idiomEnd(tokens, i);
  if (t?.type !== 'num') return -1;
  const prev = tokens[i - 1];
  if (isReference(tokens, i)) return chainEnd(tokens, i);
  if (isCoordinate(text, tokens, i)) return coordinateEnd(tokens, i);
  const cited = citationYearEnd(tokens, i);
  if (cited >= 0) return cited;
  const name = nameNumberEnd(text, tokens, i);
  if (name >= 0) return name;
  // Glued to letters before: "G20", "MH17", "COP26"; or by a hyphen: "F-16", "COVID-19".
  if (glued(prev, t) && prev?.type === 'word') return identifierEnd(tokens, i);
  if (glued(prev, t) && prev?.text === '-' && tokens[i - 2]?.type === 'word' && glued(tokens[i - 2], prev)) {
    return identifierEnd(tokens, i);
  }
  // A slash code after capitals: "JMIC/INC/041-25", "A/HRC/55/3" ("km/100" is a rate).
  if (glued(prev, t) && prev?.text === '/' && isCapitalWord(tokens[i - 2]) && glued(tokens[i - 2], prev)) return identifierEnd(tokens, i);
  const phone = phoneAt(tokens, i);
  if (phone >= 0) return phone;
  const clock = clockEnd(tokens, i);
  if (clock >= 0) return clock;
  const time = militaryTimeEnd(tokens, i);
  if (time >= 0) return time;
  // "[4]" citations, "[^2]" footnote marks and "(2)" enumerations.
  const next = tokens[i + 1];
  const opener = prev?.text === '^' && glued(tokens[i - 2], prev) ? tokens[i - 2] : prev;
  if (glued(prev, t) && glued(t, next) && ((opener?.text === '[' && next?.text === ']')
    || (prev?.text === '(' && next?.text === ')' && /^\d{1,2}$/.test(t.text)))) return i + 1;
  if (isListMarker(text, tokens, i)) return i + 1;
  // Letters glued between digits: "9M729", "2S19".
  if (glued(t, next) && next?.type === 'word' && glued(next, tokens[i + 2]) && tokens[i + 2]?.type === 'num') return identifierEnd(tokens, i);
  // Glued letters after that are neither a scale, an ordinal, a decade "s" nor a unit: "3D", "5G".
  if (glued(t, next) && next?.type === 'word' && !SCALES.has(next.lower) && !ORDINAL_SUFFIXES.has(next.lower)
    && next.lower !== 's' && !TIME_UNITS.has(next.lower) && measureAt(text, t.end, next.end + 8) === null
    && percentAt(text, t.end, next.end) === null) {
    return identifierEnd(tokens, i);
  }
  // Tallies, scores and odds: "voted 14-0", "a 3-2 win", "a 50-50 chance" (a pair that does not rise is not a range).
  const to = tokens[i + 2];
  if (next?.text === '-' && glued(t, next) && glued(next, to) && to?.type === 'num' && /^\d+$/.test(t.text) && /^\d+$/.test(to.text)
    && Number(to.text) <= Number(t.text) && t.text.length <= 2) return i + 2;
  // "10:30", "24/7", "1.2.3", "020-7946-0000": digit groups glued by separators; "12/03/2017" is left to the date matcher.
  if (glued(t, next) && ID_SEPARATORS.has(next?.text ?? '') && glued(next, tokens[i + 2]) && tokens[i + 2]?.type === 'num') {
    const sep = next?.text ?? '';
    const third = tokens[i + 3];
    const chained = glued(tokens[i + 2], third) && ID_SEPARATORS.has(third?.text ?? '') && tokens[i + 4]?.type === 'num';
    if ((sep === ':' || sep === '/' || sep === '.' || chained) && numericDateAt(tokens, i) === null && !isFinancialYearAt(tokens, i)) return identifierEnd(tokens, i);
  }
  return -1;
}

function isCapitalWord(t: Token | undefined): boolean {
  return t?.type === 'word' && t.text[0] !== t.lower[0];
}

/** Words after a number that make it a time of day or a channel: "8 a.m.", "0300 GMT", "38 UHF". */
const CLOCK_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'zulu']);
const CHANNEL_WORDS = new Set(['uhf', 'vhf', 'shf', 'ehf', 'fm']);

/** "8 a.m.", "8am", "5 PM", "0300 GMT", "38 UHF", "4 x 4" → last token to skip, or -1. */
function clockEnd(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  if (next === undefined || next.type !== 'word') return -1;
  // "a.m." / "p.m.": letter, dot, "m", dot.
  if ((next.lower === 'a' || next.lower === 'p') && tokens[i + 2]?.text === '.' && tokens[i + 3]?.lower === 'm'
    && glued(next, tokens[i + 2]) && glued(tokens[i + 2], tokens[i + 3])) {
    return tokens[i + 4]?.text === '.' && glued(tokens[i + 3], tokens[i + 4]) ? i + 4 : i + 3;
  }
  const upper = next.text === next.text.toUpperCase();
  // Lower-case "am" after a number is the time too ("at 8 am"); time zones and channels only in capitals.
  if (next.lower === 'am' || next.lower === 'pm' || (upper && (CLOCK_WORDS.has(next.lower) || CHANNEL_WORDS.has(next.lower)))) return i + 1;
  // "4 x 4" / "6×6" vehicles: a drive layout, not a count.
  if ((next.lower === 'x' || next.text === '×') && tokens[i + 2]?.type === 'num' && /^\d$/.test(tokens[i]?.text ?? '') && /^\d$/.test(tokens[i + 2]?.text ?? '')) return i + 2;
  return -1;
}

/** Fixed expressions built on a number word: "a two-state solution", "a zero-sum game", "a two-way street". */
const IDIOM_TAILS = new Set(['state', 'sum', 'way', 'sided', 'pronged', 'tier', 'tiered', 'track', 'faced', 'edged', 'horse', 'dimensional', 'fold']);

function idiomEnd(tokens: readonly Token[], i: number): number {
  const dash = tokens[i + 1];
  const word = tokens[i + 2];
  return dash?.text === '-' && glued(tokens[i], dash) && glued(dash, word) && IDIOM_TAILS.has(word?.lower ?? '') ? i + 2 : -1;
}

/** "35°12′N", "41°05′27″E", "35.200; 41.083", "28° East" — but "40°C" is a temperature. */
function isCoordinate(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (glued(t, next) && COORDINATE_MARKS.has(next?.text ?? '') && measureAt(text, t.end, t.end + 12) === null) return true;
  if (glued(tokens[i - 1], t) && COORDINATE_MARKS.has(tokens[i - 1]?.text ?? '')) return true;
  // Decimal degrees in pairs: "35.200; 41.083", "47.412903, 8.551170".
  if (!isFineDecimal(t)) return false;
  const after = tokens[i + 1]?.text;
  const before = tokens[i - 1]?.text;
  return ((after === ';' || after === ',') && isFineDecimal(tokens[i + 2])) || ((before === ';' || before === ',') && isFineDecimal(tokens[i - 2]));
}

function isFineDecimal(x: Token | undefined): boolean {
  return x?.type === 'num' && /\.\d{3,}$/.test(x.text);
}

function coordinateEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  for (;;) {
    const n = tokens[j + 1];
    if (!glued(tokens[j], n) || n === undefined) break;
    if (n.type === 'num' || COORDINATE_MARKS.has(n.text) || /^[NSEW]$/.test(n.text)) j++;
    else break;
  }
  return j;
}

function isReference(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  let dotted = false;
  // "Executive Order (E.O.) 14024": the bracket abbreviates the reference noun before it.
  if (tokens[k]?.text === ')') {
    let open = k - 1;
    while (open > k - 7 && open >= 0 && tokens[open]?.text !== '(') open--;
    if (tokens[open]?.text === '(') k = open - 1;
  }
  // "Transponder: 77", "Table: 3"
  if (tokens[k]?.text === ':' && glued(tokens[k - 1], tokens[k])) k--;
  if (tokens[k]?.text === '.' && glued(tokens[k - 1], tokens[k])) {
    k--;
    dotted = true;
  }
  const w = tokens[k];
  if (w?.type !== 'word') return false;
  // "E.O. 14114": a dotted two-letter initialism is read as its letters ("eo").
  const initialism = dotted && w.text.length === 1 && tokens[k - 1]?.text === '.' && tokens[k - 2]?.text.length === 1
    && glued(tokens[k - 2], tokens[k - 1]) && glued(tokens[k - 1], w) ? `${(tokens[k - 2] as Token).lower}${w.lower}` : null;
  if (initialism !== null) return REFERENCE_NOUNS.has(initialism) && w.text[0] !== w.lower[0];
  if (!REFERENCE_NOUNS.has(w.lower)) return false;
  // "No. 10", and "the No 2 official" (a capitalised No without its dot is still a rank, never a determiner before digits).
  if (DOTTED_ONLY.has(w.lower)) return dotted || w.lower === 'vol' || w.text === 'No';
  return w.text[0] !== w.lower[0] || LOWERCASE_REFERENCES.has(w.lower);
}

/** "Articles 5, 6 and 7", "Section 3.2(a)", "paras 4-6", "No 833/2014": the whole chain is skipped. */
function chainEnd(tokens: readonly Token[], i: number): number {
  let end = identifierEnd(tokens, i);
  for (let j = end + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'num' && ['-', '–', ',', 'and', 'or', 'to', '.'].includes(tokens[j - 1]?.lower ?? '')) {
      end = j;
      continue;
    }
    if (['-', '–', ',', 'and', 'or', 'to', '.'].includes(t.lower) && tokens[j + 1]?.type === 'num') continue;
    // "3.2(a)", "resolution 2254 (2015)"
    if (t.text === '(' && (glued(tokens[j - 1], t) || /^\d{4}$/.test(tokens[j + 1]?.text ?? '')) && tokens[j + 2]?.text === ')') {
      end = j + 2;
      j += 2;
      continue;
    }
    break;
  }
  return end;
}

/** "1." or "2)" opening a line, or a section number "3.2 Findings" at line start. */
function isListMarker(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!atLineStart(text, t.start)) return false;
  const next = tokens[i + 1];
  if ((next?.text === '.' || next?.text === ')') && glued(t, next)) {
    const after = tokens[i + 2];
    return after === undefined || after.spaced;
  }
  return t.text.includes('.') && next?.type === 'word' && next.text[0] !== next.lower[0];
}

/** Only spaces and Markdown block markers ("#", ">", "-", "*", "+") precede `pos` on its line. */
function atLineStart(text: string, pos: number): boolean {
  for (let p = pos - 1; p >= 0; p--) {
    const ch = text[p];
    if (ch === '\n' || ch === '\r') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '#' && ch !== '>' && ch !== '-' && ch !== '*' && ch !== '+' && ch !== '\u00a0') return false;
  }
  return true;
}
