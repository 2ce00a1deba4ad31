// The subject before a reporting verb, walked back token by token without a
// tagger: "Western intelligence officials", "Mr. Zelensky's office",
// "Officials in Pyongyang, Seoul and Tokyo", "A spokesman for the ministry".
// Also the two places a source stands apart from its verb: after a
// parenthetical ("A senior official, speaking on condition of anonymity,
// said") and after a closing quote ("…," the air force said).

import { CLOSING_QUOTES, DOUBLE_QUOTES, QUOTE_ENDINGS } from './quotes';
import { glued, type Token } from './tokens';

/** Nouns that can be a source on their own: "officials said", "reports suggest". */
const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'official', 'sources', 'source', 'reports', 'report', 'analysts', 'analyst', 'experts', 'expert',
  'diplomats', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'government', 'authorities',
  'police', 'military', 'army', 'witnesses', 'residents', 'investigators', 'estimates', 'monitors', 'monitor',
  'researchers', 'observers', 'data', 'figures', 'statistics', 'intelligence', 'commanders', 'activists', 'agency',
  'group', 'officers', 'media', 'survey', 'study', 'assessment', 'statement', 'minister', 'secretary', 'president',
  'he', 'she', 'they', 'we', 'it', 'i', 'office', 'department', 'spokespeople', 'campaigners', 'organisers',
  'review', 'analysis', 'audit', 'census', 'poll', 'inquiry', 'investigation', 'paper', 'research', 'index',
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'envoy', 'envoys', 'negotiator', 'negotiators',
  'representative', 'representatives', 'lawmakers', 'legislators', 'prosecutors', 'court', 'regulator', 'watchdog',
  'observatory', 'council', 'committee', 'commission', 'navy', 'force', 'forces', 'coalition', 'alliance', 'bank',
  'fund', 'company', 'firm', 'operator', 'authority', 'service', 'spokesmen', 'chief', 'commander', 'general',
  'governor', 'mayor', 'leader', 'leaders', 'premier', 'chancellor', 'ministers', 'presidency', 'cabinet', 'embassy',
]);

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'its', 'their', 'in', 'on', 'at', 'but', 'and', 'as', 'if', 'when', 'while', 'after', 'before', 'since']);
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'it', 'i']);
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'de', 'al', 'bin', 'von', 'van']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** "officials in Kyiv", "a spokesman for the ministry", "diplomats from three states". */
const SUBJECT_PREPOSITIONS = new Set(['in', 'from', 'at', 'for', 'with']);
/** Lower-case words that never modify a source noun: "and officials", "that officials". */
const NOT_MODIFIERS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'as', 'than', 'of', 'in', 'on', 'to', 'by', 'with', 'for', 'from', 'at']);
const APOSTROPHES = new Set(["'", '\u2019']);

const MAX_SUBJECT = 12;

export function isName(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && t.text[0] !== t.lower[0] && !FUNCTION_WORDS.has(t.lower);
}

/**
 * Index of the owner of a possessive ending at `j`: "Zelensky's" (tokens
 * "Zelensky", "'", "s") or "ministers'" → the owner's index, else -1.
 */
function possessiveOwner(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (t === undefined) return -1;
  if (t.lower === 's' && APOSTROPHES.has(tokens[j - 1]?.text ?? '') && glued(tokens[j - 1], t)
    && tokens[j - 2]?.type === 'word' && glued(tokens[j - 2], tokens[j - 1])) return j - 2;
  if (APOSTROPHES.has(t.text) && tokens[j - 1]?.type === 'word' && glued(tokens[j - 1], t) && tokens[j - 1]?.lower.endsWith('s')) return j - 1;
  return -1;
}

/** Where a walk back may stop and still be a whole subject: the sentence start, a punctuation mark, a source noun or a determiner. */
function anchored(tokens: readonly Token[], start: number): boolean {
  const t = tokens[start] as Token;
  const before = tokens[start - 1];
  return before === undefined || before.type === 'punct' || SOURCE_NOUNS.has(t.lower) || DETERMINERS.has(t.lower);
}

/**
 * Walk back from the verb at `verb` over its subject: "Western intelligence
 * officials", "Mr Hartley", "the Ministry of Defence", "Ukraine's defence
 * ministry". Returns the subject's first token index, or -1.
 */
export function subjectStart(tokens: readonly Token[], verb: number): number {
  const head = tokens[verb - 1];
  if (head === undefined || head.type !== 'word') return -1;
  if (PRONOUNS.has(head.lower)) return verb - 1;
  // "An estimated 5,000" is not a source called "An".
  if (!isName(head) && !SOURCE_NOUNS.has(head.lower)) return commonSubjectStart(tokens, verb);
  let start = verb - 1;
  // The latest noun of the subject: modifiers may stand up to two words before it.
  let noun = verb - 1;
  // A list "Pyongyang, Seoul and Tokyo": the start before its first comma, kept if the list turns out not to be the subject.
  let sawAnd = false;
  let beforeList = -1;
  for (let j = verb - 2; j >= 0 && verb - j <= MAX_SUBJECT; j--) {
    const t = tokens[j] as Token;
    const owner = possessiveOwner(tokens, j);
    if (owner >= 0 && owner < start) {
      start = owner;
      noun = owner;
      j = owner;
      continue;
    }
    if (isName(t)) {
      start = j;
      continue;
    }
    if (t.type === 'word' && NAME_JOINERS.has(t.lower) && isName(tokens[j - 1])) {
      if (t.lower === 'and') sawAnd = true;
      continue;
    }
    if (t.text === ',' && sawAnd && isName(tokens[j - 1]) && beforeList < 0) {
      beforeList = start;
      continue;
    }
    if (t.type === 'word' && SUBJECT_PREPOSITIONS.has(t.lower) && j === start - 1 && subjectHead(tokens[j - 1])) {
      noun = j - 1;
      continue;
    }
    if (t.type === 'word' && DETERMINERS.has(t.lower)) {
      start = j;
      // "A spokesman for the ministry said": the determiner may close a prepositional phrase.
      const prep = tokens[j - 1];
      if (prep !== undefined && SUBJECT_PREPOSITIONS.has(prep.lower) && subjectHead(tokens[j - 2])) {
        noun = j - 2;
        j--;
        continue;
      }
      break;
    }
    if (t.text === '.' && glued(tokens[j - 1], t)) continue;
    if (t.type === 'word' && SOURCE_NOUNS.has(tokens[noun]?.lower ?? '') && noun - j <= 2 && !PRONOUNS.has(t.lower)
      && /^[a-z-]+$/.test(t.lower) && !NOT_MODIFIERS.has(t.lower)) {
      start = j;
      continue;
    }
    break;
  }
  if (beforeList >= 0 && start < beforeList && !anchored(tokens, start)) return beforeList;
  return start;
}

const CLAUSE_STARTS = new Set(['and', 'but', 'while', 'whereas', 'as']);
const MAX_COMMON_WORDS = 3;

/**
 * A plain noun phrase with an article opening a clause: "…, and the coast
 * guard confirmed 3 more". Only at a clause start, so "the number of troops
 * said to be…" is no source.
 */
function commonSubjectStart(tokens: readonly Token[], verb: number): number {
  for (let j = verb - 1; j >= 0 && verb - j <= MAX_COMMON_WORDS + 1; j--) {
    const t = tokens[j] as Token;
    if (t.type !== 'word') return -1;
    if (DETERMINERS.has(t.lower)) {
      const before = tokens[j - 1];
      const opens = before === undefined || before.type === 'punct' || CLAUSE_STARTS.has(before.lower);
      return opens && j < verb - 1 ? j : -1;
    }
    if (!/^[a-z-]+$/.test(t.text) || NOT_MODIFIERS.has(t.lower) || PRONOUNS.has(t.lower)) return -1;
  }
  return -1;
}

function subjectHead(t: Token | undefined): boolean {
  return t !== undefined && (SOURCE_NOUNS.has(t.lower) || isName(t)) && !PRONOUNS.has(t.lower);
}

/** Head noun of the subject starting at `start` and ending before `verb`: "report" in "The report, published by …". */
export function subjectHeadNoun(tokens: readonly Token[], start: number, verb: number): Token | undefined {
  for (let j = verb - 1; j >= start; j--) {
    const t = tokens[j] as Token;
    if (t.type === 'word' && SOURCE_NOUNS.has(t.lower)) return t;
  }
  return tokens[verb - 1];
}

const MAX_PARENTHETICAL = 12;
const PAIRED = new Set([',', '—', '–']);

/**
 * "A senior US official, speaking on condition of anonymity, said" → the
 * index of the comma that opens the parenthetical, or -1. The aside holds no
 * number and no quote, and opens with a lower-case word or an article: a
 * participle, a relative clause or an apposition.
 */
export function parentheticalOpen(tokens: readonly Token[], verb: number): number {
  const close = tokens[verb - 1];
  if (close === undefined || !PAIRED.has(close.text)) return -1;
  for (let j = verb - 2; j >= 0 && verb - j <= MAX_PARENTHETICAL + 1; j--) {
    const t = tokens[j] as Token;
    if (t.type === 'num' || DOUBLE_QUOTES.has(t.text) || t.text === ';') return -1;
    if (t.text !== close.text) continue;
    const first = tokens[j + 1];
    if (j + 1 >= verb - 1 || first === undefined || first.type !== 'word') return -1;
    return first.text === first.lower || DETERMINERS.has(first.lower) ? j : -1;
  }
  return -1;
}

const MAX_SPEAKER = 7;

/** An apostrophe inside a possessive: "Zelensky's", "ministers' ". */
function isPossessiveMark(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  return APOSTROPHES.has(t.text) && (possessiveOwner(tokens, j + 1) === j - 1 || possessiveOwner(tokens, j) === j - 1);
}

/**
 * `"We destroyed 20 drones," the air force said`: the speaker between a
 * closing quote and the verb, in any case, up to seven tokens of words,
 * possessives, hyphens and abbreviation dots. Returns the speaker's first
 * index, or -1.
 */
export function speakerAfterQuote(tokens: readonly Token[], verb: number): number {
  for (let j = verb - 1; j >= 0 && verb - j <= MAX_SPEAKER + 1; j--) {
    const t = tokens[j] as Token;
    if (t.type === 'word' || t.text === '-' || (t.text === '.' && glued(tokens[j - 1], t)) || isPossessiveMark(tokens, j)) continue;
    // `," the air force said` or, with the comma outside, `", the air force said`.
    const quote = t.text === ',' && CLOSING_QUOTES.has(tokens[j - 1]?.text ?? '') ? j - 1 : j;
    const q = tokens[quote];
    if (q === undefined || !CLOSING_QUOTES.has(q.text) || j + 1 >= verb) return -1;
    return quote < j || QUOTE_ENDINGS.has(tokens[quote - 1]?.text ?? '') ? j + 1 : -1;
  }
  return -1;
}
