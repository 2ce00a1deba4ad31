// Organisation names whose shape the run segmenter checks before anything else:
// "Harrow & Finch Capital" (joined by an ampersand), "(EUBAM Rafah)" (an
// abbreviation and a place filling a bracket), "Humanitarian Logistics Pacific"
// (a region after an organisation head) and "Royal Saudi Air Force" (an opening
// adjective, a KB name and a head), "His Majesty's Government" (a crown body), "Bank Mellat"
// ("Bank" before a proper name).
// Each returns the name's last token.

import type { Scan } from './scan';
import type { Token } from './tokens';
import { FUNCTION_WORDS, MONTHS_AND_DAYS, isCommonWord } from './commonWords';
import { NAME_CONNECTORS, ORG_FOR_ON_HEADS, ORG_HEADS, TITLE_WORDS } from './cueWords';
import { ofNameEnd } from './scan';
import { endsName } from './tokens';

/** Nouns "Bank" modifies in a title-case compound, not a bank's name ("Bank Holiday", "Bank Transfer"). */
const BANK_COMPOUNDS = new Set(['holiday', 'holidays', 'account', 'accounts', 'transfer', 'transfers', 'note', 'notes', 'card',
  'cards', 'statement', 'statements', 'loan', 'loans', 'rate', 'rates', 'run', 'robbery', 'branch', 'manager', 'street', 'station']);

/**
 * "Bank Mellat", "Bank Negara Malaysia", "Bank Melli Iran": "Bank" opening a run before a proper name
 * names a bank, and a state at the end of it is part of the name, not a place. Not before a title
 * or a common word ("Bank Governor", "Bank Holiday"). Returns the bank's last token, or `p`.
 */
export function bankNameEnd(scan: Scan, p: number, runLast: number): number {
  const { tokens } = scan;
  const t = tokens[p] as Token;
  if (t.key !== 'bank' || !t.cap || t.upper || t.possessive || p === runLast) return p;
  let end = p;
  while (end < runLast && !endsName(tokens[end] as Token)) {
    const next = tokens[end + 1] as Token;
    if (!next.cap || next.gap !== 'space' || TITLE_WORDS.has(next.key) || isCommonWord(next.key) || ORG_HEADS.has(next.key)
      || BANK_COMPOUNDS.has(next.key) || MONTHS_AND_DAYS.has(next.key)) break;
    end++;
  }
  return end;
}

/** Last index of the capitalised words joined by spaces from `p` on (within `runLast`). */
function capitalisedEnd(tokens: readonly Token[], p: number, runLast: number): number {
  let q = p;
  while (q < runLast && (tokens[q + 1] as Token).cap && (tokens[q + 1] as Token).gap === 'space' && !endsName(tokens[q] as Token)) q++;
  return q;
}

/**
 * "Harrow & Finch Capital", "Armed Conflict Location & Event Data Project": names joined
 * by an ampersand are one organisation (firms, partnerships, projects), unless the KB
 * reads the whole ("Trinidad & Tobago") or knows both sides ("Russia & China").
 * Returns the last token of that organisation, or `p` when the pattern does not hold.
 */
export function ampersandNameEnd(scan: Scan, p: number, runLast: number): number {
  const { tokens, kbAt } = scan;
  const first = tokens[p] as Token;
  if (!first.cap || FUNCTION_WORDS.has(first.key)) return p;
  const left = capitalisedEnd(tokens, p, runLast);
  const amp = tokens[left + 1];
  const right = tokens[left + 2];
  if (left + 2 > runLast || amp?.text !== '&' || !right?.cap || endsName(tokens[left] as Token)) return p;
  // "R&D", "Q&A": single letters around it are an abbreviation, not two names.
  if ((tokens[left] as Token).text.length < 2 || right.text.length < 2) return p;
  const end = capitalisedEnd(tokens, left + 2, runLast);
  const kbLeft = kbAt.get(p);
  if (kbLeft && kbLeft.last > left) return p;
  const kbRight = kbAt.get(left + 2);
  if (kbLeft?.last === left && kbRight?.last === end) return p;
  return end;
}

/**
 * "(EUBAM Rafah)", "(EUAM Iraq)": an abbreviation and a place filling a bracket name one mission
 * or office. Returns the last token of that organisation, or `p` when the pattern does not hold.
 */
export function bracketedMissionEnd(scan: Scan, p: number, runLast: number): number {
  const { tokens, text } = scan;
  const t = tokens[p] as Token;
  if (!t.upper || runLast === p || text.charCodeAt(t.start - 1) !== 40 || text.charCodeAt((tokens[runLast] as Token).end) !== 41) return p;
  const place = scan.kbAt.get(p + 1);
  if (!place || place.last !== runLast || (tokens[p + 1] as Token).gap !== 'space') return p;
  return place.entries.every((e) => e.entity.type === 'place') ? runLast : p;
}

/**
 * Does "on" after the head at `q` join a body's name ("Commission on Human Rights", "Conference on
 * the Law of the Sea")? Not before a date or a KB name, which say when or what the body met about
 * ("the Council on Monday", "briefed the Council on Syria").
 */
export function joinsByOn(scan: Scan, q: number, runLast: number): boolean {
  const { tokens } = scan;
  const on = tokens[q + 1];
  if (!ORG_FOR_ON_HEADS.has((tokens[q] as Token).key) || on?.key !== 'on' || on.cap || q + 2 > runLast) return false;
  const j = tokens[q + 2]?.key === 'the' && q + 3 <= runLast ? q + 3 : q + 2;
  const word = tokens[j] as Token;
  return word.cap && !MONTHS_AND_DAYS.has(word.key) && !scan.kbAt.has(j);
}

/**
 * "Centre for Northern Security Studies", "Commission on Human Rights": a head opening the run with
 * "for" or "on" and capitalised words after it is one organisation, even when the head alone is a KB
 * name (a region "Centre", the European Commission's short name). Returns its last token, or `p`.
 */
export function headForOnNameEnd(scan: Scan, p: number, runLast: number): number {
  const { tokens } = scan;
  const t = tokens[p] as Token;
  const kb = scan.kbAt.get(p);
  const connector = tokens[p + 1];
  if (!t.cap || t.possessive || !ORG_FOR_ON_HEADS.has(t.key) || (kb && kb.last > p) || !connector || connector.cap || p + 2 > runLast) return p;
  if (connector.key === 'for') {
    const j = tokens[p + 2]?.key === 'the' && p + 3 <= runLast ? p + 3 : p + 2;
    return (tokens[j] as Token).cap ? ofNameEnd(tokens, p + 1, runLast) : p;
  }
  return joinsByOn(scan, p, runLast) ? ofNameEnd(tokens, p + 1, runLast) : p;
}

/**
 * Words that open a body's name before a country's name: a national statistics office ("Statistics
 * Norway", "Statistics Canada") or an airline ("Air France", "Air Malta"); an airline may also be
 * named by a demonym ("Air Italiana"). The country is not meant as a place.
 */
const STATE_NAMED_OPENERS: ReadonlyMap<string, boolean> = new Map([['statistics', false], ['air', true]]);

/** "Statistics Norway", "Air France": the opener and the country's name are one organisation. Returns its last token, or `p`. */
export function stateNamedBodyEnd(scan: Scan, p: number): number {
  const t = scan.tokens[p] as Token;
  // Runs for every token of every capitalised run: the cheap test first.
  const demonymToo = STATE_NAMED_OPENERS.get(t.key);
  if (demonymToo === undefined) return p;
  const match = scan.kbAt.get(p + 1);
  if (!t.cap || t.upper || t.possessive || !match || (scan.tokens[p + 1] as Token).gap !== 'space') return p;
  const national = match.entries.every((e) => e.entity.type === 'place' && e.entity.kind === 'country' && (demonymToo || e.nameKind !== 'demonym'));
  return national ? match.last : p;
}

/** Last token of a KB region or country ending the run right after an organisation head at `orgLast`, or -1. */
export function regionalBranchEnd(scan: Scan, orgLast: number, runLast: number): number {
  const place = scan.kbAt.get(orgLast + 1);
  const head = scan.tokens[orgLast] as Token;
  if (!place || place.last !== runLast || !ORG_HEADS.has(head.key) || head.possessive || (scan.tokens[orgLast + 1] as Token).gap !== 'space') return -1;
  return place.entries.every((e) => e.entity.type === 'place' && (e.entity.kind === 'region' || e.entity.kind === 'country')) ? runLast : -1;
}

/** Adjectives that open the proper name of a state's institution ("Royal Saudi Air Force", "Imperial Iranian Navy"). */
const ORG_OPENING_ADJECTIVES = new Set(['royal', 'imperial', 'national', 'federal', 'islamic', 'revolutionary', 'republican',
  'popular', 'supreme', 'special']);

/**
 * "Royal Saudi Air Force": an opening adjective, a KB name and an organisation head ending the
 * run are one organisation (the state inside its own institution is no mention, as in "Saudi Air Force").
 * Returns the last token of that organisation, or `p` when the pattern does not hold.
 */
export function adjectiveOpenedOrgEnd(scan: Scan, p: number, runLast: number): number {
  const { tokens } = scan;
  const t = tokens[p] as Token;
  if (!ORG_OPENING_ADJECTIVES.has(t.key)) return p;
  const match = scan.kbAt.get(p + 1);
  if (!t.cap || t.possessive || !match || (tokens[p + 1] as Token).gap !== 'space') return p;
  // The capitalised words right after the KB name ("Air Force"), up to a connector or a possessive.
  let end = match.last;
  while (end < runLast && (tokens[end + 1] as Token).cap && (tokens[end + 1] as Token).gap === 'space' && !endsName(tokens[end] as Token)) end++;
  if (end > match.last && ORG_HEADS.has((tokens[end] as Token).key)) return end;
  // "the Royal Irish", "the Royal Welsh": "Royal" and a people's adjective alone name a regiment.
  const demonym = match.entries.every((e) => e.nameKind === 'demonym' && !e.plural);
  return t.key === 'royal' && end === match.last && demonym ? end : p;
}

/** Last index of the capitalised words from `q` on, across connectors before a capitalised word ("Revenue and Customs"). */
function namedBodyEnd(tokens: readonly Token[], q: number): number {
  let end = q;
  for (;;) {
    const next = tokens[end + 1];
    if (!next || next.gap !== 'space' || endsName(tokens[end] as Token)) return end;
    if (next.cap) end++;
    // "Revenue and Customs", but not "… and HM Treasury": another crown body starts there.
    else if (NAME_CONNECTORS.has(next.key) && tokens[end + 2]?.cap === true && tokens[end + 2]?.gap === 'space' && crownBodyEnd(tokens, end + 2) === end + 2) end += 2;
    else return end;
  }
}

/**
 * "His Majesty's Government", "Her Majesty's Revenue and Customs", "HM Treasury": the crown's
 * possessive (or its abbreviation "HM") before capitalised words names a state body. The
 * possessive ends the capitalised run, so the name may run past it. Returns its last token, or `p`.
 */
export function crownBodyEnd(tokens: readonly Token[], p: number): number {
  const t = tokens[p] as Token;
  const next = tokens[p + 1];
  if (!t.cap || !next?.cap || next.gap !== 'space') return p;
  if (t.text === 'HM' && !t.possessive) return namedBodyEnd(tokens, p + 1);
  const body = tokens[p + 2];
  if ((t.key !== 'his' && t.key !== 'her') || next.key !== 'majesty' || !next.possessive || !body?.cap || body.gap !== 'space') return p;
  return namedBodyEnd(tokens, p + 2);
}
