// Facts about the text around the tokens that decide whether a capitalised
// word can start a name: heading and all-caps lines (title case everywhere,
// so only KB names count there), URLs (never entities), and the words the
// text also writes in lower case ("Defence" at a sentence start, "defence" later).

import type { Token } from './tokens';
import { CODES } from '../claims/currencies';
import { isAddressLine } from './addressHeaders';
import { isCommonWord } from './commonWords';
import { isDocumentCode, isSectionNumber } from './documentCodes';
import { isGivenName } from './firstNames';
import { ORG_OF_HEADS, PEERAGE_STYLES, PERSONAL_HONORIFICS, TITLE_HEADS, TITLE_WORDS } from './cueWords';

export interface TextContext {
  /** Per token: inside a URL or link target. */
  readonly inUrl: readonly boolean[];
  /** Per token: only KB names count here (a heading, all-caps or title-case line). */
  readonly kbOnly: readonly boolean[];
  /**
   * Per token: inside a foreign-language gloss ("(Arabic: …, Jabal Tarfawi)"), where
   * transliterations look like names but no person is meant.
   */
  readonly inGloss: readonly boolean[];
  /** Keys of words written in lower case somewhere in the text. */
  readonly lowerKeys: ReadonlySet<string>;
  /**
   * Token indices of currency and unit markers ("US$3 billion", "AED 3.2 billion", "1.5°C") and of
   * abbreviations in document codes ("Decision 2014/512/CFSP", see documentCodes.ts): never names.
   */
  readonly markers: ReadonlySet<number>;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s)\]>]+|\]\([^)\s]*\)/g;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

function urlRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * A line whose words are all capitalised or all upper-case, with no sentence end: a heading.
 * A table row is none, though its cells are capitalised ("| Oddar Meanchey | Cambodia | 64,000 |"):
 * `source`, the text before Markdown masking, still shows its pipes.
 */
function isHeadingLine(text: string, tokens: readonly Token[], from: number, to: number, source: string): boolean {
  if (to - from < 2) return false;
  const first = tokens[from] as Token;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  if (/^[ \t]*#/.test(text.slice(lineStart, first.start + 1))) return true;
  if (/^[ \t]*\|/.test(source.slice(lineStart, first.start + 1))) return false;
  let caps = 0;
  let words = 0;
  let upper = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    // One ordinary lower-case word and the line is prose: most lines stop here.
    if (!t.cap && !SMALL_WORDS.has(t.key)) return false;
    words++;
    if (t.upper) upper++;
    caps++;
  }
  if (words >= 2 && upper === words) return true;
  const last = tokens[to - 1] as Token;
  const lineEnd = text.indexOf('\n', last.end);
  const tail = text.slice(last.end, lineEnd < 0 ? text.length : lineEnd).trim();
  return words >= 3 && caps === words && !/[.!?:;,"”]$/.test(tail);
}

/**
 * "Minister for Foreign Affairs Senator Joan Hartwell": a signature line looks like a
 * heading (all capitalised, no full stop) but ends in a title and a two- or three-word name.
 */
function endsWithTitledName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let size = 2; size <= 3; size++) {
    const title = tokens[to - size - 1];
    if (to - size - 1 < from || !title || !TITLE_WORDS.has(title.key)) continue;
    let name = true;
    for (let i = to - size; i < to; i++) {
      const t = tokens[i] as Token;
      if (!t.cap || t.upper || t.gap !== 'space' || TITLE_WORDS.has(t.key) || isCommonWord(t.key)) name = false;
    }
    if (name) return true;
  }
  return false;
}

/**
 * "By Lina Haddad and Emre Kaplan", "John Kerry, Secretary of State", "Cc: Ana Berg": a byline, a
 * signature or an address line is capitalised like a heading but names people, so its names count.
 */
function namesPeople(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from] as Token;
  if (first.text === 'By' && (tokens[from + 1] as Token).cap) return true;
  if (first.key === 'reporting' && tokens[from + 1]?.key === 'by') return true;
  // "To: Harbour Policy Team; Delia Marsh": an email's address line names its addressees.
  if (isAddressLine(text, text.lastIndexOf('\n', first.start - 1) + 1)) return true;
  // A name of two or three words (after honorifics: "Senator the Hon Penny Wong"), a comma, then a
  // title phrase ending the line.
  for (let k = from + 2; k <= from + 6 && k < to; k++) {
    const t = tokens[k] as Token;
    if (t.gap !== 'break' || text.slice((tokens[k - 1] as Token).end, t.start).trim() !== ',' || !TITLE_WORDS.has(t.key)) continue;
    for (let j = k; j < to; j++) if (TITLE_HEADS.has((tokens[j] as Token).key)) return true;
  }
  return false;
}

/**
 * "Board of Governors", "Ministry of Energy": a heading line that is only a body's name, a head
 * before "of" and capitalised words, names that body (a section on it), so its rules still apply.
 */
function namesBody(tokens: readonly Token[], from: number, to: number): boolean {
  const head = tokens[from] as Token;
  const of = tokens[from + 1];
  if (to - from > 6 || to - from < 3 || !head.cap || head.upper || !ORG_OF_HEADS.has(head.key) || of?.key !== 'of' || of.cap) return false;
  for (let j = from + 2; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.possessive || !(t.cap || t.key === 'the' || t.key === 'and')) return false;
  }
  return (tokens[to - 1] as Token).cap;
}

/**
 * "HL1234 — Asked by Lord Hartwell of Ely on 3 May": a capitalised line is still a heading, but an
 * honorific that only opens a person's name ("Lord", "Baroness", "Sir", "Mr") keeps the name after it,
 * with a peer's "of <Place>", out of the KB-only span.
 */
function keepHonorificNames(tokens: readonly Token[], kbOnly: boolean[], from: number, to: number): void {
  for (let j = from; j + 1 < to; j++) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (!t.cap || t.upper || !PERSONAL_HONORIFICS.has(t.key) || !next.cap || next.gap !== 'space' || TITLE_WORDS.has(next.key)) continue;
    let end = j + 1;
    while (end + 1 < to && (tokens[end + 1] as Token).cap && (tokens[end + 1] as Token).gap !== 'break') end++;
    const of = tokens[end + 1];
    if (PEERAGE_STYLES.has(t.key) && of?.key === 'of' && end + 2 < to && (tokens[end + 2] as Token).cap) end += 2;
    kbOnly.fill(false, j, end + 1);
    j = end;
  }
}

/** Lower-case words a section label may hold ("Countering the Financing of Terrorism:"). */
const LABEL_CONNECTORS = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to']);

/**
 * "International and Regional Cooperation: Nigeria is …", "Countering Violent Extremism: …": a
 * title-case label of two to eight words opening a line before a colon and text names a section, so
 * only KB names count in it. A speaker label is a name ("Ada Renn: Thank you") and keeps its rules:
 * one opening with a given name or holding a title. Returns the label's last token, or -1.
 */
function sectionLabelEnd(text: string, tokens: readonly Token[], from: number, to: number): number {
  const first = tokens[from];
  if (!first?.cap || from + 1 >= to) return -1;
  // Most lines hold no colon near their start: one short scan decides.
  const limit = (tokens[Math.min(to, from + 8) - 1] as Token).end;
  let colon = first.end;
  while (colon <= limit && text.charCodeAt(colon) !== 58) colon++;
  if (colon > limit) return -1;
  for (let j = from; j < to && j < from + 8; j++) {
    const t = tokens[j] as Token;
    if ((j > from && t.gap === 'break' && text.slice((tokens[j - 1] as Token).end, t.start).trim() !== ',') || t.possessive) return -1;
    if (TITLE_HEADS.has(t.key) || (!t.cap && !LABEL_CONNECTORS.has(t.key))) return -1;
    // "Defence Committee: Oral evidence …", "DFAT Media: (02) …": a body's name or an acronym labels a line it owns.
    if (t.upper) return -1;
    if (text.charCodeAt(t.end) === 58) return j > from && j + 1 < to && !ORG_OF_HEADS.has(t.key) && !isGivenName(first.key) ? j : -1;
  }
  return -1;
}

/**
 * Currency codes and abbreviations written before an amount ("AED 3.2 billion", "Rs 500 crore", "Dh 50"):
 * the claims module's codes, plus local short forms it does not read as money ("Sh", "Rp", "RM", "Tk").
 */
const CURRENCY_MARKERS: ReadonlySet<string> = new Set([...CODES.keys(), ...'sh rp rm tk'.split(' ')]);

/** Is token `t` a currency or unit marker: before "$" ("US$", "NT$"), after "°" ("°C"), or a currency code before a number? */
function isMarker(text: string, t: Token): boolean {
  if (text.charCodeAt(t.end) === 36 || text.charCodeAt(t.start - 1) === 176) return true;
  return CURRENCY_MARKERS.has(t.key) && /^\.?[ \u00a0]?\d/.test(text.slice(t.end, t.end + 3));
}

function isLetterStart(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  return c >= 128 && /^\p{L}/u.test(word);
}

// "(Arabic: تل الورد Tal al-Ward, Kurdish: Girê Gulan)": transliterations, not names in prose.
const GLOSS = /\((?:[A-Z][a-z]+ )?(?:Arabic|Kurdish|Persian|Farsi|Pashto|Dari|Urdu|Turkish|Hebrew|Russian|Ukrainian|Chinese|Korean|Japanese|French|German|Spanish|Syriac|Aramaic|Kurmanji|Sorani|transliterated|also known as)\b[^)]{0,300}\)/g;

// "(Tomara Sor in Kurdish; also written as …)": a bracket naming its language after the words.
const GLOSS_AFTER = /\([^()]{1,80}?\bin (?:Arabic|Kurdish|Persian|Farsi|Pashto|Dari|Urdu|Turkish|Hebrew|Russian|Ukrainian|Chinese|Korean|Japanese|Syriac|Aramaic|Kurmanji|Sorani)\b[^)]{0,300}\)/g;

function markGlosses(text: string, tokens: readonly Token[], inGloss: boolean[]): void {
  if (!text.includes('(')) return;
  markGlossMatches(GLOSS, text, tokens, inGloss);
  markGlossMatches(GLOSS_AFTER, text, tokens, inGloss);
}

function markGlossMatches(re: RegExp, text: string, tokens: readonly Token[], inGloss: boolean[]): void {
  re.lastIndex = 0;
  let i = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    while (i < tokens.length && (tokens[i] as Token).start < m.index) i++;
    for (let j = i; j < tokens.length && (tokens[j] as Token).start < end; j++) {
      // The language labels themselves ("Arabic:", "Kurdish:") stay ordinary words.
      if (text[(tokens[j] as Token).end] !== ':') inGloss[j] = true;
    }
  }
}

/** `source`: the text before Markdown masking, when masking changed it (same length). */
export function buildContext(text: string, tokens: readonly Token[], source: string = text): TextContext {
  const inUrl: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const ranges = urlRanges(text);
  let r = 0;
  for (let i = 0; i < tokens.length && r < ranges.length; i++) {
    const t = tokens[i] as Token;
    while (r < ranges.length && (ranges[r] as [number, number])[1] <= t.start) r++;
    const range = ranges[r];
    if (range && t.start >= range[0] && t.start < range[1]) inUrl[i] = true;
  }

  const kbOnly: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const lowerKeys = new Set<string>();
  let lineFrom = 0;
  // Next line break at or after the previous token; recomputed only once passed, so O(n) overall.
  let nextBreak = text.indexOf('\n');
  const markers = new Set<number>();
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && !t.cap && isLetterStart(t.text)) lowerKeys.add(t.key);
    else if (t && t.cap && (isMarker(text, t) || isDocumentCode(text, tokens, i) || isSectionNumber(text, t))) markers.add(i);
    let newLine = t === undefined;
    if (t && nextBreak >= 0 && nextBreak < t.start) {
      newLine = i > 0;
      nextBreak = text.indexOf('\n', t.start);
    }
    if (!newLine) continue;
    if (isHeadingLine(text, tokens, lineFrom, i, source) && !endsWithTitledName(tokens, lineFrom, i) && !namesPeople(text, tokens, lineFrom, i)
      && !namesBody(tokens, lineFrom, i)) {
      kbOnly.fill(true, lineFrom, i);
      keepHonorificNames(tokens, kbOnly, lineFrom, i);
    } else {
      const label = sectionLabelEnd(text, tokens, lineFrom, i);
      if (label >= lineFrom) kbOnly.fill(true, lineFrom, label + 1);
    }
    lineFrom = i;
  }
  const inGloss: boolean[] = new Array<boolean>(tokens.length).fill(false);
  markGlosses(text, tokens, inGloss);
  return { inUrl, kbOnly, inGloss, lowerKeys, markers };
}
