// Hedges of a sentence ("may", "reportedly", "if confirmed"), computed once
// per sentence that holds a claim and shared by its claims. Sources are
// found in attribution.ts.

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

export function hedgesOf(tokens: readonly Token[]): string[] {
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
