// Titles standing alone for a person: "The Foreign Secretary warned", "the
// Minister", "Minister for Africa". Titles before a name are skipped
// by the run segmenter; these are the ones with no name after them.

import type { Scan } from './scan';
import type { Token } from './tokens';
import { ORG_HEADS, ROLE_HEADS } from './cueWords';
import { FIRST_NAMES } from './firstNames';

/** Titles worn before a name, never part of a remit ("Minister for Trade Senator …", "… Hon Tane Whaanga"). */
const HONORIFIC_TITLES = new Set(['senator', 'hon', 'honourable', 'honorable', 'dr', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'lady',
  'general', 'colonel', 'admiral', 'ambassador', 'professor', 'prof']);

/**
 * A capitalised title standing for a person ("The Foreign Secretary warned", "the
 * Prime Minister and …"): no name follows it. A one-word title needs "the" before
 * it, so a sentence starting "Major cities…" is not a person.
 */
export function isBareTitle(scan: Scan, p: number, titleLast: number, runLast: number): boolean {
  const { tokens } = scan;
  if (scan.ctx.kbOnly[p]) return false;
  // "High Representative/Vice-President Federica Mogherini": titles joined by a slash go before a name.
  if (scan.text.charCodeAt((tokens[titleLast] as Token).end) === 47) return false;
  const next = tokens[titleLast + 1];
  if (titleLast < runLast && next?.cap) return false;
  // The role is its head word wherever it sits: "Secretary of State", "Deputy Chief".
  let role = false;
  for (let j = p; j <= titleLast; j++) if ((tokens[j] as Token).cap && ROLE_HEADS.has((tokens[j] as Token).key)) role = true;
  if (!role) return false;
  if (titleLast > p) return true;
  const prev = tokens[p - 1];
  if (prev !== undefined && ROLE_DETERMINERS.has(prev.key) && (tokens[p] as Token).gap === 'space') return true;
  return standsAlone(scan, p) || roleEnd(scan, titleLast, runLast) > titleLast;
}

/**
 * A one-word title set off by punctuation stands for its holder: a speaker label
 * ("Chair: Thank you"), a bracket ("Mr Pryce (Chair)"), an address ("Thank you,
 * Chair.", "Minister, welcome") or an appositive ending a line ("John Kirby, Spokesperson").
 */
function standsAlone(scan: Scan, p: number): boolean {
  const t = scan.tokens[p] as Token;
  const before = scan.text.slice(Math.max(0, t.start - 8), t.start).trimEnd();
  const after = scan.text.slice(t.end, t.end + 5);
  // "Q1 Chair:": a hearing's question number may open the label's line.
  const openedBy = before.endsWith(',') || before.endsWith('(') || t.afterStop || /(?:^|[\n.!?])[ \t]*Q\d{1,3}$/.test(before);
  // "Minister's office: (02) …": a possessive title opening a line is its holder's.
  return openedBy && (/^[ \t]*(?:[:,.;?!)]|\r?\n|$|and\b)/.test(after) || (t.possessive && t.afterStop));
}

/**
 * "Minister for Africa", "Minister of Foreign Affairs": a role's remit after
 * "for"/"of" belongs to the role mention (its KB place stays a mention of its own).
 * Returns the last token of the role, `titleLast` when there is no remit.
 */
export function roleEnd(scan: Scan, titleLast: number, runLast: number): number {
  const { tokens } = scan;
  const connector = tokens[titleLast + 1];
  if (titleLast >= runLast || !connector || (connector.key !== 'for' && connector.key !== 'of') || connector.cap) return titleLast;
  let j = titleLast + 2;
  if (tokens[j]?.key === 'the' && j < runLast) j++;
  const match = scan.kbAt.get(j);
  if (match && match.last <= runLast) return orgOnKbNameEnd(scan, match.last, runLast);
  let end = titleLast;
  // The remit ends where a name begins: a given name, or a title before one ("Minister for Trade Senator Maren Holt").
  while (j <= runLast && isRemitWord(tokens[j] as Token)) end = j++;
  return end;
}

/**
 * "Commander of U.S. Central Command": capitalised words after the remit's KB name that end in an
 * organisation head make the remit that organisation. Returns its last token, or `kbLast`.
 */
function orgOnKbNameEnd(scan: Scan, kbLast: number, runLast: number): number {
  const { tokens } = scan;
  let k = kbLast;
  while (k < runLast && isRemitWord(tokens[k + 1] as Token) && !scan.kbAt.has(k + 1)) k++;
  return k > kbLast && ORG_HEADS.has((tokens[k] as Token).key) ? k : kbLast;
}

/** A capitalised word that can go on a remit: no given name or honorific ("… Senator Maren Holt"). */
function isRemitWord(t: Token): boolean {
  return t.cap && t.gap === 'space' && !FIRST_NAMES.has(t.key) && !HONORIFIC_TITLES.has(t.key);
}

/** Determiners that make a one-word title one person ("the Minister", "its President"). */
const ROLE_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our']);

/**
 * "the Humanitarian Coordinator", "the UN Emergency Relief Coordinator", "Bangladesh's Refugee
 * Relief and Repatriation Commissioner": a portfolio (tokens [p, title)) and a title with no name
 * after them stand for one person when a determiner or a possessive owner opens them. Returns the
 * first token of that role ("Refugee" when the portfolio joins an earlier one by "and"), or -1.
 */
export function barePortfolioStart(scan: Scan, p: number, titleLast: number, runFirst: number, runLast: number): number {
  const { tokens } = scan;
  const next = tokens[titleLast + 1];
  if (scan.ctx.kbOnly[p] || (titleLast < runLast && next?.cap)) return -1;
  let role = false;
  for (let j = p + 1; j <= titleLast; j++) if ((tokens[j] as Token).cap && ROLE_HEADS.has((tokens[j] as Token).key)) role = true;
  if (!role || (tokens[p] as Token).gap !== 'space') return -1;
  let start = p;
  // "… Relief and Repatriation Commissioner": the portfolio's first half, back over capitalised words.
  if (tokens[p - 1]?.key === 'and' && p - 2 >= runFirst) {
    start = p - 2;
    while (start > runFirst && (tokens[start - 1] as Token).cap && (tokens[start] as Token).gap === 'space') start--;
  }
  const prev = tokens[start - 1];
  if (prev === undefined || (tokens[start] as Token).gap !== 'space') return -1;
  // "the UN Emergency Relief Coordinator": an acronym owner after the determiner.
  const owner = prev.upper && (tokens[start - 2]?.key === 'the') && prev.gap === 'space';
  const opens = ROLE_DETERMINERS.has(prev.key) || prev.key === 'a' || (prev.cap && prev.possessive) || owner;
  return opens ? start : -1;
}
