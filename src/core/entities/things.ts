// Names of things that are none of our types, though their words look like
// ours: ships ("HMS Prince of Wales", "HMAS Brisbane"), weapons and models
// ("Shahab-3", "A400M", "HIMARS launchers", "Virginia-class submarines") and
// agreements and instruments named after a place ("the Paris Agreement", "Minsk
// II", "the Minsk agreements", "the Ukraine Facility"). The rules skip them, so
// no person, place or organisation is read into them.

import type { GazetteerMatch } from './gazetteer';
import type { Token } from './tokens';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Prefixes of navies' ship names: Royal and Commonwealth navies, the US, India, France, Turkey… */
const SHIP_PREFIXES = set('hms hmas hmcs hmnzs usns uss ins ara fs tcg roks hnlms hdms krs pns bns ors rfs');

/** Nouns after a model name that show it is a weapon or a platform ("HIMARS launchers", "K9 howitzers"). */
export const WEAPON_NOUNS = set(`launcher launchers missile missiles rocket rockets interceptor interceptors tank tanks
  howitzer howitzers jet jets fighter fighters aircraft drone drones helicopter helicopters transport transports
  submarine submarines frigate frigates destroyer destroyers corvette corvettes battery batteries system systems
  vehicle vehicles munitions shells rounds strikes variant variants warhead warheads carrier carriers`);

/** Nouns after an acronym that show it names a financial or legal instrument ("the SAFE instrument"). */
export const INSTRUMENT_NOUNS = set(`instrument instruments scheme schemes mechanism mechanisms facility facilities
  framework frameworks package packages loan loans tranche tranches bond bonds regulation regulations`);

/** Words after a KB place that make the pair a document or an event named after it ("Paris Agreement"). */
const DOCUMENT_WORDS = set(`agreement agreements accord accords treaty treaties protocol protocols communique communiques
  memorandum declaration declarations convention conventions format`);

const ROMAN_NUMERAL = /^(?:ii|iii|iv|v|vi|vii|viii|ix|x)$/;

/** Does a ship prefix open a name at token `p` ("HMS Prince of Wales")? */
export function isShipPrefix(tokens: readonly Token[], p: number): boolean {
  const t = tokens[p] as Token;
  const next = tokens[p + 1];
  return t.upper && SHIP_PREFIXES.has(t.key) && next !== undefined && next.cap && next.gap === 'space';
}

/** Last index of the capitalised words and connectors after a ship prefix at `p`, within `runLast`. */
export function shipNameEnd(tokens: readonly Token[], p: number, runLast: number): number {
  let end = p + 1;
  while (end < runLast && (tokens[end + 1] as Token).gap !== 'break') end++;
  while (end > p + 1 && !(tokens[end] as Token).cap) end--;
  return end;
}

/**
 * Is the KB place at `match` part of a thing's name: an agreement ("Paris Agreement",
 * "Minsk agreements", "Minsk II") or a class of ship or weapon ("Virginia-class")?
 */
export function namesThingAfterPlace(tokens: readonly Token[], match: GazetteerMatch): boolean {
  const next = tokens[match.last + 1];
  if (next === undefined || (tokens[match.last] as Token).possessive) return namesThingBeforePlace(tokens, match);
  if (next.gap === 'hyphen') return next.key === 'class' || next.key === 'type';
  if (next.gap !== 'space') return namesThingBeforePlace(tokens, match);
  // "the Ukraine Facility": a capitalised instrument word makes a programme's name.
  if (next.cap && INSTRUMENT_HEADS.has(next.key)) return true;
  return DOCUMENT_WORDS.has(next.key) || (next.upper && ROMAN_NUMERAL.test(next.key)) || namesThingBeforePlace(tokens, match);
}

/** Capitalised words that name a financial or legal instrument ("the Ukraine Facility", "… Facility for Moldova"). */
const INSTRUMENT_HEADS = set('facility instrument mechanism');

/** "the Reform and Growth Facility for Moldova": the place is the instrument's beneficiary, part of its name. */
function namesThingBeforePlace(tokens: readonly Token[], match: GazetteerMatch): boolean {
  const connector = tokens[match.first - 1];
  const head = tokens[match.first - 2];
  if (!connector || connector.cap || (connector.key !== 'for' && connector.key !== 'of')) return false;
  return head !== undefined && head.cap && INSTRUMENT_HEADS.has(head.key) && connector.gap === 'space';
}

/** A model code: letters and digits in one name ("A400M", "K2PL", "Su-35", "Shahab-3"); "G20" is a group. */
export function isModelCode(seg: readonly Token[]): boolean {
  if (seg.length === 1 && /^G\d{1,2}$/.test((seg[0] as Token).text)) return false;
  // "1st Battalion": an ordinal is a unit's number, not a code.
  if (/^\d+(?:st|nd|rd|th)$/.test((seg[0] as Token).key)) return false;
  return seg.some((t, i) => /\d/.test(t.text) && (/[a-z]/i.test(t.text) || (i > 0 && t.gap === 'hyphen')));
}
