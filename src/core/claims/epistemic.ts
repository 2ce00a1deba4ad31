// Epistemic markers of a sentence: hedges ("may", "reportedly", "if
// confirmed") and the attribution of its claims to a source ("officials
// said", "according to the UN", "Mr Hartley told reporters"). Computed once
// per sentence that holds a claim, shared by its claims.

import type { TextSpan } from '../model/analysis';
import type { Token } from './tokens';

const HEDGE_WORDS = new Set([
  'may', 'might', 'could', 'reportedly', 'allegedly', 'alleged', 'purportedly', 'potential', 'potentially',
  'possibly', 'possible', 'estimated', 'estimate', 'estimates', 'suggest', 'suggests', 'suggested', 'suggesting',
  'unconfirmed', 'unverified', 'apparently', 'perhaps', 'probably', 'likely', 'rumoured', 'rumored',
  'presumably', 'supposedly', 'claimed',
]);

/** Two-word hedges: "if confirmed", "believed to". */
const HEDGE_PAIRS = new Set([
  'if confirmed', 'believed to', 'thought to', 'said to', 'appears to', 'appear to', 'appeared to', 'seems to',
  'seem to', 'seemed to', 'expected to', 'feared to', 'understood to',
]);

const PAIR_HEADS = new Set([...HEDGE_PAIRS].map((p) => p.split(' ')[0] as string));

const ATTRIBUTION_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'claimed', 'claims', 'claim', 'reported', 'report', 'announced',
  'estimated', 'estimates', 'estimate', 'suggest', 'suggests', 'suggested', 'warned', 'added', 'noted', 'confirmed',
  'insisted', 'alleged', 'alleges', 'believe', 'believes', 'wrote', 'indicated', 'indicate', 'indicates', 'show',
  'shows', 'showed', 'acknowledged', 'admitted', 'revealed', 'disclosed',
]);

/** Nouns that can be a source on their own: "officials said", "reports suggest". */
const SOURCE_NOUNS = new Set([
  'officials', 'official', 'sources', 'source', 'reports', 'report', 'analysts', 'analyst', 'experts', 'expert',
  'diplomats', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'government', 'authorities',
  'police', 'military', 'army', 'witnesses', 'residents', 'investigators', 'estimates', 'monitors', 'monitor',
  'researchers', 'observers', 'data', 'figures', 'statistics', 'intelligence', 'commanders', 'activists', 'agency',
  'group', 'officers', 'media', 'survey', 'study', 'assessment', 'statement', 'minister', 'secretary', 'president',
  'he', 'she', 'they', 'we', 'it', 'i', 'office', 'department', 'spokespeople', 'campaigners', 'organisers',
]);

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'its', 'their', 'in', 'on', 'at', 'but', 'and', 'as', 'if', 'when', 'while', 'after', 'before', 'since']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it', 'i']);
const NAME_JOINERS = new Set(['of', 'the', 'for', 'and', 'de', 'al', 'bin', 'von', 'van']);

export interface Epistemic {
  readonly hedges: readonly string[];
  /** Source spans found in the sentence, in order; a claim takes the first that is not inside it. */
  readonly attributions: readonly TextSpan[];
}

export function epistemicOf(text: string, tokens: readonly Token[]): Epistemic {
  return { hedges: hedgesOf(tokens), attributions: attributionsOf(text, tokens) };
}

function hedgesOf(tokens: readonly Token[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'word') continue;
    let hit: string | null = null;
    const pair = PAIR_HEADS.has(t.lower) ? `${t.lower} ${tokens[i + 1]?.lower ?? ''}` : '';
    if (pair !== '' && HEDGE_PAIRS.has(pair)) hit = pair;
    // "May" capitalised is the month (or a name), not the modal.
    else if (HEDGE_WORDS.has(t.lower) && !(t.lower === 'may' && t.text !== 'may')) hit = t.lower;
    if (hit !== null && !found.includes(hit)) found.push(hit);
  }
  return found;
}

const MAX_ATTRIBUTIONS = 3;

function attributionsOf(text: string, tokens: readonly Token[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (let i = 0; i < tokens.length && out.length < MAX_ATTRIBUTIONS; i++) {
    const t = tokens[i] as Token;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      out.push(span(text, tokens, i, accordingEnd(tokens, i + 2)));
      continue;
    }
    // Verbs are lower case: "States" in "United States" is not "states".
    if (t.type !== 'word' || !ATTRIBUTION_VERBS.has(t.text)) continue;
    const subject = subjectStart(tokens, i);
    if (subject >= 0) {
      out.push(span(text, tokens, subject, objectEnd(tokens, i)));
    } else if ((t.text === 'said' || t.text === 'says' || t.text === 'added') && afterQuoteOrComma(tokens, i)) {
      // Inverted: "…, said Defence Secretary Jane Doe."
      const end = nameEnd(tokens, i + 1);
      if (end > i) out.push(span(text, tokens, i, end));
    }
  }
  return out;
}

const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

/** "…, said X" or "…," said X" / "…” said X". */
function afterQuoteOrComma(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text ?? '';
  return prev === ',' || CLOSING_QUOTES.has(prev);
}

/** Walk back from the verb over the subject: "Western intelligence officials", "Mr Hartley", "the Ministry of Defence". */
function subjectStart(tokens: readonly Token[], verb: number): number {
  const head = tokens[verb - 1];
  if (head === undefined || head.type !== 'word') return -1;
  if (PRONOUNS.has(head.lower)) return verb - 1;
  // "An estimated 5,000" is not a source called "An".
  const isName = (t: Token): boolean => t.type === 'word' && t.text[0] !== t.lower[0] && !FUNCTION_WORDS.has(t.lower);
  if (!isName(head) && !SOURCE_NOUNS.has(head.lower)) return -1;
  let start = verb - 1;
  for (let j = verb - 2; j >= 0 && verb - j <= 7; j--) {
    const t = tokens[j] as Token;
    if (isName(t)) start = j;
    else if (t.type === 'word' && NAME_JOINERS.has(t.lower) && tokens[j - 1] !== undefined && isName(tokens[j - 1] as Token)) continue;
    else if (t.type === 'word' && (t.lower === 'the' || t.lower === 'a' || t.lower === 'an')) {
      start = j;
      break;
    } else if (t.text === '.' && t.start === tokens[j - 1]?.end) continue;
    else if (t.type === 'word' && SOURCE_NOUNS.has(head.lower) && !PRONOUNS.has(t.lower) && verb - j <= 3 && /^[a-z-]+$/.test(t.lower) && !/^(?:and|or|but|that|which|who|as|than|of|in|on|to|by|with|for|from|at)$/.test(t.lower)) start = j;
    else break;
  }
  return start;
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

function nameEnd(tokens: readonly Token[], from: number): number {
  let end = from - 1;
  for (let j = from; j < tokens.length && j - from < 6; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'word' && (t.text[0] !== t.lower[0] || (NAME_JOINERS.has(t.lower) && end >= from))) end = j;
    else break;
  }
  while (end >= from && NAME_JOINERS.has(tokens[end]?.lower ?? '')) end--;
  return end;
}

/** "according to X": up to the next punctuation or "that", at most 8 tokens. */
function accordingEnd(tokens: readonly Token[], from: number): number {
  let end = from - 1;
  for (let j = from; j < tokens.length && j - from < 8; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'punct' && t.text !== '.' && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    if (t.type === 'punct' && t.text === '.' && !(t.start === tokens[j - 1]?.end && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? ''))) break;
    if (t.lower === 'that' || t.type === 'num') break;
    end = j;
  }
  return Math.max(end, from - 1);
}

function span(text: string, tokens: readonly Token[], from: number, to: number): TextSpan {
  const start = (tokens[from] as Token).start;
  const end = (tokens[Math.max(from, to)] as Token).end;
  return { text: text.slice(start, end), start, end };
}
