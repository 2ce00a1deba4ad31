// Numbers that belong to a name: "Orbisat 104", "EUCO 12/25", "10 Downing
// Street", unit designations ("903 Expeditionary Air Wing", "10 Squadron"),
// years that label a plan or a document ("Horizon 2020", "the Readiness 2030
// roadmap", "Country Reports on Terrorism 2024"), and capitalised number words
// inside a sentence ("the Group of Twenty"), except in title-case headlines.

import { isPlural } from './countedNoun';
import { isYear } from './dates';
import { isTitleCaseLine, isTitleWord } from './headlines';
import { identifierEnd } from './identifiers';
import { DATE_PREPOSITIONS, DOCUMENT_NOUNS, FORMATION_NOUNS, MONTHS, NOUN_STOPS, PLAN_NOUNS } from './lexicon';
import { ORDINAL_SUFFIXES, SCALES } from './numberWords';
import type { Token } from './tokens';
import { measureAt, percentAt } from './units';

/** The number `tokens[i]` is part of a name → index of the name's last token to skip, or -1. */
export function nameNumberEnd(text: string, tokens: readonly Token[], i: number): number {
  // "EUCO 12/25", "Boeing 737-800": the name's number runs to its last glued part.
  if (isNameNumber(text, tokens, i)) return identifierEnd(tokens, i);
  if (isYearInName(tokens, i) || isAddress(tokens, i)) return i;
  return formationEnd(tokens, i);
}

/** "the Group of Twenty", "the Big Three": a capitalised number word inside a sentence that is not a headline count. */
export function isNumberWordInName(tokens: readonly Token[], i: number): boolean {
  return isCapitalisedInside(tokens, i) && !countsInHeadline(tokens, i);
}

/**
 * A small plain number right after a capitalised word inside a sentence is
 * part of a name: "Orbisat 104", "Boeing 737", "Windows 10", "Patriot 3".
 * Years are read by `isYearInName`; amounts with units and sentence-initial
 * words ("In 2004", "Over 500") are not names.
 */
function isNameNumber(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (i < 2 || prev?.type !== 'word' || prev.text[0] === prev.lower[0] || !/^\d{1,4}$/.test(t.text)) return false;
  if (isYear(t)) return false;
  const before = tokens[i - 2] as Token;
  const next = tokens[i + 1];
  // "(CVN 70)", "(DDG 51)": a hull or model number in brackets.
  const bracketed = before.text === '(' && next?.text === ')' && prev.text.length >= 2 && prev.text === prev.text.toUpperCase();
  if (!bracketed && before.type === 'punct' && /^[.!?:;"“‘(\[]$/.test(before.text)) return false;
  if (NOUN_STOPS.has(prev.lower) || DATE_PREPOSITIONS.has(prev.lower) || MONTHS.has(prev.lower)) return false;
  if (next !== undefined && (SCALES.has(next.lower) || ORDINAL_SUFFIXES.has(next.lower))) return false;
  // "the NATO 2% target" states a share.
  return measureAt(text, t.end, t.end + 24) === null && percentAt(text, t.end, t.end + 24) === null;
}

/**
 * A year that labels a plan or programme dates nothing: "Horizon 2020",
 * "Strategy 2030", "the 2030 Agenda for …", "the 2025 Defence Plan". An event
 * named with its year keeps the date ("the UK-France Summit 2016", "the 1991
 * Gulf War"), and so does a plan word in lower case ("the 2030 target").
 */
function isYearInName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!isYear(t)) return false;
  const prev = tokens[i - 1];
  if (isTitleWord(prev) && PLAN_NOUNS.has((prev as Token).lower)) return true;
  // "the Readiness 2030 roadmap": a name word, the year, then the plan noun in any case ("In 2030 plans…" is a date).
  if (isTitleWord(prev) && !DATE_PREPOSITIONS.has((prev as Token).lower) && PLAN_NOUNS.has(tokens[i + 1]?.lower ?? '')) return true;
  if (closesDocumentTitle(tokens, i)) return true;
  if (prev?.lower !== 'the') return false;
  for (let j = i + 1; j <= i + 4 && isTitleWord(tokens[j]); j++) {
    if (PLAN_NOUNS.has((tokens[j] as Token).lower)) return true;
  }
  return false;
}

const TITLE_LINKS = new Set(['on', 'of', 'for', 'and', 'the', '&']);

const TITLE_WORDS = 6;

/**
 * A year that closes a document's title: "Country Reports on Terrorism 2024",
 * "the Strategic Defence Review 2025", "Global Peace Index 2023". The title
 * words run back from the year, joined by "on", "of", "for", "and", and
 * one of them is a document noun. "the UK-France Summit 2016" names an event
 * and keeps its date.
 */
function closesDocumentTitle(tokens: readonly Token[], i: number): boolean {
  if (!isTitleWord(tokens[i - 1])) return false;
  for (let k = i - 1; k >= 0 && k >= i - TITLE_WORDS; k--) {
    const w = tokens[k] as Token;
    if (isTitleWord(w)) {
      if (DOCUMENT_NOUNS.has(w.lower)) return true;
    } else if (!TITLE_LINKS.has(w.lower)) {
      return false;
    }
  }
  return false;
}

const FORMATION_WORDS = 4;

/**
 * A unit's designation: "903 Expeditionary Air Wing", "10 Squadron", "3
 * Commando Brigade" → index of its unit noun, or -1. Capitalised words run
 * from the number to a singular unit noun that no plural follows ("5 Commando
 * Raids" counts raids; "10 Squadrons" counts squadrons).
 */
function formationEnd(tokens: readonly Token[], i: number): number {
  if (!/^\d{1,4}$/.test(tokens[i]?.text ?? '')) return -1;
  for (let k = i + 1; k <= i + FORMATION_WORDS; k++) {
    const w = tokens[k];
    if (w === undefined || w.type !== 'word' || !w.spaced || w.text[0] === w.lower[0]) return -1;
    if (FORMATION_NOUNS.has(w.lower)) {
      const after = tokens[k + 1];
      return after?.type === 'word' && after.spaced && isPlural(after.lower) ? -1 : k;
    }
    if (isPlural(w.lower)) return -1;
  }
  return -1;
}

const STREET_WORDS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'square', 'place', 'boulevard', 'drive', 'way', 'court', 'terrace']);

/** A house number: "10 Downing Street", "1600 Pennsylvania Avenue". */
function isAddress(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3; k++) {
    const w = tokens[k];
    if (w === undefined || w.type !== 'word' || w.text[0] === w.lower[0]) return false;
    if (k > i + 1 && STREET_WORDS.has(w.lower)) return true;
  }
  return false;
}

function isCapitalisedInside(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (t.text[0] === t.lower[0] || prev === undefined) return false;
  return !(prev.type === 'punct' && /^[.!?:;"“‘(\[—–-]$/.test(prev.text));
}

/** Words before a capitalised number that make it a name even in a headline: "the Five Eyes", "Group of Twenty". */
const NAME_OPENERS = new Set(['the', 'of', 'big']);

/**
 * "Forces Detain Two Associates in Raid": in a title-case headline a
 * capitalised number word before a capitalised plural is a count ("Ten
 * Squadrons" too); "the Five Eyes" and "Group of Twenty" stay names.
 */
function countsInHeadline(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.type !== 'word' || !next.spaced || next.text[0] === next.lower[0] || !isPlural(next.lower)) return false;
  return !NAME_OPENERS.has(tokens[i - 1]?.lower ?? '') && isTitleCaseLine(tokens, i);
}
