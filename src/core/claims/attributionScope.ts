// Which source of a sentence governs which claim. A sentence may hold
// several clauses and sources: in "The UK pledged £1.5bn, the US added US$3
// billion and Japan gave ¥500 billion" only the middle amount is the US's;
// in "Officials said 7 ships sank, and the navy confirmed 2 more" the "2"
// is the navy's. Rules, in order:
// 1. the nearest source before the claim, unless a ";" lies between, or the
//    source's verb took another amount as its object ("added US$3 billion")
//    and a new clause with its own subject and verb starts before the claim
//    ("and Japan gave"). A source with a clause after it ("said 7 ships were
//    sunk and …") reaches to the end of the sentence.
// 2. else the nearest source after the claim that has nothing of its own
//    after it ("…, officials said.", "…, the NIS told lawmakers on Monday").

import type { Attribution } from './attribution';
import { SYMBOLS } from './currencies';
import { OPENING_QUOTES } from './quotes';
import type { Token } from './tokens';

/** A claim as a token range, inclusive. */
export interface ClaimTokens {
  readonly first: number;
  readonly last: number;
}

/** The claims of a sentence by their first token: one look-up, however many claims the sentence has. */
export type ClaimsByStart = ReadonlyMap<number, ClaimTokens>;

export function claimsByStart(claims: readonly ClaimTokens[]): ClaimsByStart {
  return new Map(claims.map((c) => [c.first, c]));
}

export function attributionFor(
  tokens: readonly Token[],
  attributions: readonly Attribution[],
  claims: ClaimsByStart,
  claim: ClaimTokens,
): Attribution | null {
  let before: Attribution | null = null;
  for (const a of attributions) if (a.last < claim.first && (before === null || a.last > before.last)) before = a;
  if (before !== null && claim.first - before.last <= MAX_REACH && reaches(tokens, before, claims, claim)) return before;
  for (const a of attributions) {
    if (a.first > claim.last && a.first - claim.last <= MAX_REACH && trailing(tokens, a, claims)
      && !semicolonBetween(tokens, claim.last, a.first)) return a;
  }
  return null;
}

/**
 * A source reaches claims at most this many tokens away: longer "sentences"
 * are lists or run-on text, and the bound keeps the cost per claim fixed.
 */
const MAX_REACH = 80;
/** A new clause's subject and verb before a claim: "and the Japanese government gave". */
const MAX_CLAUSE_HEAD = 8;

function semicolonBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]?.text === ';') return true;
  return false;
}

/** Words after a claim that make it the subject of a clause: "said 7 ships were sunk", "said 3,000 troops arrived". */
const CLAUSE_VERBS = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'would', 'will', 'could', 'may', 'might', 'remain', 'remained']);

function startsClause(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && t.text === t.lower && (CLAUSE_VERBS.has(t.lower) || (t.lower.length > 3 && t.lower.endsWith('ed')));
}

function reaches(tokens: readonly Token[], a: Attribution, claims: ClaimsByStart, claim: ClaimTokens): boolean {
  if (semicolonBetween(tokens, a.last, claim.first)) return false;
  const object = claims.get(a.last + 1);
  if (object === undefined || object === claim || startsClause(tokens[object.last + 1])) return true;
  return !newClauseBetween(tokens, object.last + 1, claim.first);
}

const COORDINATORS = new Set([',', 'and', 'but', 'while', 'whereas', 'or']);
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'he', 'she', 'they', 'it', 'we']);
const NOT_VERBS = new Set([
  'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'for', 'about', 'than', 'including', 'over', 'under', 'between',
  'and', 'or', 'but', 'the', 'a', 'an', 'its', 'their', 'another', 'further', 'more', 'some', 'up', 'down', 'nearly',
]);

/**
 * A coordinator followed by a subject and a verb right before the claim:
 * "… and Japan gave ¥500bn", ", the EU pledged €2bn". "…, up from 2bn" and
 * "… and a further 2bn" have no subject of their own.
 */
function newClauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(from, to - MAX_CLAUSE_HEAD); k < to; k++) {
    if (!COORDINATORS.has(tokens[k]?.lower ?? '')) continue;
    const j = tokens[k]?.text === ',' && COORDINATORS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const opener = tokens[j];
    const verb = tokens[to - 1];
    if (opener === undefined || verb === undefined || to - j < 2) continue;
    if (!(SUBJECT_OPENERS.has(opener.lower) || opener.text[0] !== opener.lower[0])) continue;
    if (verb.type !== 'word' || verb.text !== verb.lower || NOT_VERBS.has(verb.lower)) continue;
    let words = true;
    for (let m = j; m < to && words; m++) words = (tokens[m] as Token).type === 'word' || /^['\u2019.-]$/.test((tokens[m] as Token).text);
    if (words) return true;
  }
  return false;
}

const CLAUSE_OPENERS = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'those', 'he', 'she', 'they', 'it', 'we', 'there']);

/** Nothing of the source's own follows it: the end, punctuation, or an adjunct ("on Monday", "in a statement"). */
function trailing(tokens: readonly Token[], a: Attribution, claims: ClaimsByStart): boolean {
  const next = tokens[a.last + 1];
  // "according to X" takes no clause of its own: "…, according to a group that studied it".
  if (next === undefined || tokens[a.verb]?.lower === 'according') return true;
  if (next.type === 'num' || claims.has(a.last + 1)) return false;
  // "officials said $5bn…", "officials said “…": an amount or a quote of the source's own follows.
  if (next.type === 'punct') return !SYMBOLS.has(next.text) && !OPENING_QUOTES.has(next.text);
  return !CLAUSE_OPENERS.has(next.lower);
}
