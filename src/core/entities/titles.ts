// Title phrases before a name are not part of it: "German Chancellor Olaf
// Scholz" → "Olaf Scholz", "US Secretary of State Antony Blinken" → "Antony Blinken".
// A phrase counts as a title only when it holds a head word (Minister,
// President, General…) and is not the start of an organisation name
// ("General Assembly", "Foreign Office").

import type { Token } from './tokens';
import { ORG_HEADS, PEERAGE_STYLES, PLACE_HEADS, TITLE_HEADS, TITLE_WORDS } from './cueWords';

/** Title words that are abbreviations, written without their dot too ("Sen Lee", "Gen Amir"). */
const ABBREVIATED_TITLES = new Set(['sen', 'rep', 'gov', 'gen', 'col', 'lt', 'maj', 'capt', 'adm', 'cmdr', 'sgt', 'cpl', 'rev', 'prof']);

/**
 * An abbreviated title ending the run names no one after it, so it is a name's last word
 * instead ("Hun Sen", "Lo Gen"): "Sen Lee" still has its title.
 */
export function isDanglingAbbreviation(tokens: readonly Token[], p: number, runLast: number): boolean {
  const t = tokens[p] as Token;
  return p === runLast && !t.upper && ABBREVIATED_TITLES.has(t.key);
}

/** Last token index of the title phrase starting at `p` (within `runLast`), or -1. */
export function titleEnd(tokens: readonly Token[], p: number, runLast: number): number {
  let head = -1;
  for (let j = p; j <= runLast; j++) {
    const t = tokens[j] as Token;
    if (TITLE_WORDS.has(t.key) && (t.cap || j > p)) {
      if (TITLE_HEADS.has(t.key)) head = j;
      continue;
    }
    // "Secretary of State", "Chief of Staff": a connector between title words.
    const after = tokens[j + 1];
    if ((t.key === 'of' || t.key === 'for') && j > p && j < runLast && after && TITLE_WORDS.has(after.key)) continue;
    break;
  }
  if (head < 0) return -1;
  const after = tokens[head + 1];
  // "General Assembly", "General Hospital": the head word opens an organisation's or a place's name.
  if (head < runLast && after && (ORG_HEADS.has(after.key) || PLACE_HEADS.has(after.key)) && !TITLE_WORDS.has(after.key)) return -1;
  // Trailing title words after the head belong to it ("Secretary of State").
  let end = trailingTitleWords(tokens, head, runLast);
  // "Minister of Foreign Affairs Hon …": a remit after "of" runs over its title words too
  // (a remit after "for" is the role's, see roles.ts: "the Minister for Defence").
  const connector = tokens[end + 1];
  if (end + 2 <= runLast && connector?.key === 'of' && !connector.cap && TITLE_WORDS.has((tokens[end + 2] as Token).key)) {
    end = trailingTitleWords(tokens, end + 2, runLast);
  }
  return end;
}

function trailingTitleWords(tokens: readonly Token[], from: number, runLast: number): number {
  let end = from;
  while (end + 1 <= runLast && TITLE_WORDS.has((tokens[end + 1] as Token).key) && !TITLE_HEADS.has((tokens[end + 1] as Token).key)) end++;
  return end;
}

/**
 * "Lord Ashworth of Kendal", "Baroness Hale of Richmond": after a peerage style the name runs over
 * "of" and its capitalised territorial designation (no place mention of its own). Returns the last
 * token of the name starting at `first` and ending at `nameLast`, extended when that holds.
 */
export function territorialDesignationEnd(tokens: readonly Token[], first: number, nameLast: number, runLast: number): number {
  const style = tokens[first - 1];
  const of = tokens[nameLast + 1];
  if (!style?.cap || !PEERAGE_STYLES.has(style.key) || of?.key !== 'of' || of.cap || nameLast + 2 > runLast) return nameLast;
  let end = nameLast + 2;
  if (!(tokens[end] as Token).cap) return nameLast;
  while (end < runLast && (tokens[end + 1] as Token).cap && (tokens[end + 1] as Token).gap === 'space') end++;
  return end;
}
