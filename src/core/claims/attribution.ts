// Source spans of a sentence: "according to X", subject + reporting verb
// ("officials said", "Mr Hartley told reporters", "The report, published by
// X, found"), a speaker after a quote (`…," the air force said`) and the
// inverted form (`…," said General Grey`). Which claim a source governs is
// decided in attributionScope.ts.

import type { TextSpan } from '../model/analysis';
import { FINDING_SUBJECTS } from './lexicon';
import { CLOSING_QUOTES } from './quotes';
import { NAME_JOINERS, isName, parentheticalOpen, speakerAfterQuote, subjectHeadNoun, subjectStart } from './sourceSubject';
import type { Token } from './tokens';

export interface Attribution {
  readonly span: TextSpan;
  /** Token range of the span, inclusive. */
  readonly first: number;
  readonly last: number;
  /** Token index of the reporting verb (of "according" for "according to"). */
  readonly verb: number;
}

const ATTRIBUTION_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'claimed', 'claims', 'claim', 'reported', 'report', 'announced',
  'estimated', 'estimates', 'estimate', 'suggest', 'suggests', 'suggested', 'warned', 'added', 'noted', 'confirmed',
  'insisted', 'alleged', 'alleges', 'believe', 'believes', 'wrote', 'indicated', 'indicate', 'indicates', 'show',
  'shows', 'showed', 'acknowledged', 'admitted', 'revealed', 'disclosed',
]);

/** Verbs that attribute only after a document: "The report found 60%", not "Troops found 20 bodies". */
const FINDING_VERBS = new Set(['found', 'finds', 'concluded', 'concludes', 'documented', 'documents', 'recorded', 'records', 'counted', 'counts', 'calculated', 'projected', 'projects']);

/** Verbs that invert after a quote or a comma: "…," said General Grey. */
const INVERTING_VERBS = new Set(['said', 'says', 'added', 'wrote', 'told', 'warned', 'noted', 'explained']);

const MAX_ATTRIBUTIONS = 6;

export function attributionsOf(text: string, tokens: readonly Token[]): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 0; i < tokens.length && out.length < MAX_ATTRIBUTIONS; i++) {
    const t = tokens[i] as Token;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      out.push(make(text, tokens, i, accordingEnd(tokens, i + 2), i));
      continue;
    }
    // Verbs are lower case: "States" in "United States" is not "states".
    if (t.type !== 'word') continue;
    const finding = FINDING_VERBS.has(t.text);
    if (!finding && !ATTRIBUTION_VERBS.has(t.text)) continue;
    const found = subjectBefore(tokens, i, finding);
    if (found >= 0) {
      out.push(make(text, tokens, found, objectEnd(tokens, i), i));
    } else if (!finding && INVERTING_VERBS.has(t.text) && afterQuoteOrComma(tokens, i)) {
      const end = invertedEnd(tokens, i + 1);
      if (end > i) out.push(make(text, tokens, i, end, i));
    }
  }
  return out;
}

/** The subject before the verb at `verb`, directly, across a parenthetical or after a quote; -1 when there is none. */
function subjectBefore(tokens: readonly Token[], verb: number, finding: boolean): number {
  const direct = subjectStart(tokens, verb);
  if (direct >= 0) return !finding || isFindingSubject(tokens, direct, verb) ? direct : -1;
  const open = parentheticalOpen(tokens, verb);
  const aside = open > 0 ? subjectStart(tokens, open) : -1;
  if (aside >= 0) return !finding || isFindingSubject(tokens, aside, open) ? aside : -1;
  return finding ? -1 : speakerAfterQuote(tokens, verb);
}

function isFindingSubject(tokens: readonly Token[], start: number, end: number): boolean {
  return FINDING_SUBJECTS.has(subjectHeadNoun(tokens, start, end)?.lower ?? '');
}

/** "…, said X" or "…," said X" / "…” said X". */
function afterQuoteOrComma(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text ?? '';
  return prev === ',' || CLOSING_QUOTES.has(prev);
}

/** "told reporters", "told the BBC": the addressee belongs to the attribution. */
function objectEnd(tokens: readonly Token[], verb: number): number {
  const v = tokens[verb] as Token;
  if (v.text !== 'told') return verb;
  const next = tokens[verb + 1];
  // "told reporters", "told lawmakers", "told parliament"
  if (next !== undefined && next.type === 'word' && next.text === next.lower && !/^(?:the|a|an|that|him|her|them|us|me)$/.test(next.lower)) {
    return verb + 1;
  }
  const k = next?.lower === 'the' ? verb + 2 : verb + 1;
  const end = nameEnd(tokens, k);
  return end >= k ? end : verb;
}

/** The end of a name from `from`: capitalised words, joiners inside, "Gen." dots and "Lieutenant-General" hyphens. */
function nameEnd(tokens: readonly Token[], from: number): number {
  let end = from - 1;
  for (let j = from; j < tokens.length && j - from < 8; j++) {
    const t = tokens[j] as Token;
    const prev = tokens[j - 1];
    const inside = end >= from && prev !== undefined && prev.end === t.start;
    if (t.type === 'word' && (t.text[0] !== t.lower[0] || (NAME_JOINERS.has(t.lower) && end >= from))) end = j;
    // "Gen. Grey": a dot glued to a short capitalised word, a capital after it.
    else if (inside && t.text === '.' && j === end + 1 && prev.text.length <= 4 && isName(tokens[j + 1])) continue;
    else if (inside && t.text === '-' && j === end + 1 && isName(tokens[j + 1]) && tokens[j + 1]?.start === t.end) continue;
    else break;
  }
  while (end >= from && NAME_JOINERS.has(tokens[end]?.lower ?? '')) end--;
  return end;
}

const MAX_INVERTED = 8;

/**
 * After an inverted verb: a name ("said Gen. Grey") or, up to the next
 * punctuation, a noun phrase with an article ("said the general", "said a
 * spokesman for the ministry"). Returns the last index, or `from - 1`.
 */
function invertedEnd(tokens: readonly Token[], from: number): number {
  const name = nameEnd(tokens, from);
  if (name >= from) return name;
  const art = tokens[from]?.lower;
  if (art !== 'the' && art !== 'a' && art !== 'an') return from - 1;
  for (let j = from + 1; j < tokens.length && j - from <= MAX_INVERTED; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'num') return from - 1;
    if (t.type === 'punct') return j > from + 1 ? j - 1 : from - 1;
  }
  // No punctuation before the sentence ends: the phrase runs to its end, if short.
  return tokens.length - from <= MAX_INVERTED + 1 && tokens.length - 1 > from ? tokens.length - 1 : from - 1;
}

/** "according to X": up to the next punctuation or "that", at most 8 tokens. */
function accordingEnd(tokens: readonly Token[], from: number): number {
  let end = from - 1;
  for (let j = from; j < tokens.length && j - from < 8; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'punct' && t.text !== '.' && t.text !== '-' && t.text !== '\u2019' && t.text !== "'") break;
    if (t.type === 'punct' && t.text === '.' && !(t.start === tokens[j - 1]?.end && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? ''))) break;
    if (t.lower === 'that' || t.type === 'num') break;
    end = j;
  }
  return Math.max(end, from - 1);
}

function make(text: string, tokens: readonly Token[], from: number, to: number, verb: number): Attribution {
  const last = Math.max(from, to);
  const start = (tokens[from] as Token).start;
  const end = (tokens[last] as Token).end;
  return { span: { text: text.slice(start, end), start, end }, first: from, last, verb };
}
