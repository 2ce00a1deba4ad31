// Words before an unknown name that make it a place: "in Tellmara", "to the
// Tigris", "fled Dumriyah", and a line opening "-- Near Qayyarah," in a strike
// report. "To" is weak: "a discount of $12 to Brent", "according to Kpler",
// "spoke to Halloway" name no destination.

import type { Token } from './tokens';
import { LOCATIVE_PREPOSITIONS, ORG_HEADS, PLACE_OF_NOUNS } from './cueWords';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs whose object is a place ("fled Tellmara", "retook Dumriyah"). */
const PLACE_VERBS = set(`fled entered captured liberated seized shelled besieged retook reached visited evacuated
  occupied recaptured encircled stormed bombed overran liberate capture seize enter visit leave left surrounded toured`);

/** Words before "to" that make it no direction ("according to", "spoke to", "£15 million to Tearfund"). */
const NOT_DIRECTION_TO = set(`according owing thanks compared relative attributed due spoke speaking talked talking
  wrote writing listened replied responded reported appealed referred pointed linked close closer
  million billion trillion thousand hundred`);

/** Is token `i` a word after which a capitalised name is most likely a place? */
function isLocative(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  const preposition = LOCATIVE_PREPOSITIONS.has(t.key);
  if (!preposition && !PLACE_VERBS.has(t.key)) return false;
  // "Near Qayyarah, six strikes…", "In Tellmara, the…": a capitalised preposition opening a sentence or line.
  if (t.cap && !(preposition && t.afterStop && t.key !== 'to')) return false;
  if (t.key !== 'to') return true;
  const before = tokens[i - 1];
  if (before === undefined) return true;
  // "the Global Fund to Fight AIDS", "Campaign to Stop Landmines": after a body's capitalised head, "to" opens the
  // infinitive of its name, no direction.
  if (before.cap && !before.possessive && t.gap === 'space' && ORG_HEADS.has(before.key)) return false;
  // "$12 to Brent", "3 to 1": a number before "to" makes it a comparison or a range.
  return !(NOT_DIRECTION_TO.has(before.key) || /^\d/.test(before.key));
}

/** Does a locative word (perhaps then "the") come right before the name starting at token `first`? */
export function isAfterLocative(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (prev === undefined || (tokens[first] as Token).gap === 'break') return false;
  if (isLocative(tokens, first - 1)) return true;
  return prev.key === 'the' && !prev.cap && prev.gap !== 'break' && isLocative(tokens, first - 2);
}

/** "according to Kpler", "according to the Observatory": the name is the source of a report. */
export function isAfterAccordingTo(tokens: readonly Token[], first: number): boolean {
  let j = first - 1;
  if (tokens[j]?.key === 'the' && (tokens[j + 1] as Token).gap === 'space') j--;
  return tokens[j]?.key === 'to' && tokens[j - 1]?.key === 'according' && (tokens[j + 1] as Token).gap === 'space';
}

/** Plural place nouns that introduce examples ("islands, including …", "towns such as …"). */
const PLACE_LIST_NOUNS: ReadonlySet<string> = new Set([...[...PLACE_OF_NOUNS].filter((w) => w.endsWith('s')), 'countries', 'capitals', 'atolls']);

/**
 * "the islands of Abu Musa", "islands, including Abu Musa", "towns such as Abu Kamal": the name is one
 * of the places the noun before it counts, whatever its first word (a given name or an Arabic kunya).
 */
export function isInPlaceList(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (prev === undefined || prev.cap || (tokens[first] as Token).gap !== 'space') return false;
  const nounAt = (j: number): boolean => {
    const t = tokens[j];
    return t !== undefined && !t.cap && PLACE_OF_NOUNS.has(t.key);
  };
  if (prev.key === 'of') return nounAt(first - 2) && (tokens[first - 2] as Token).gap !== 'break';
  if (prev.key === 'including') return PLACE_LIST_NOUNS.has(tokens[first - 2]?.key ?? '');
  return prev.key === 'as' && tokens[first - 2]?.key === 'such' && PLACE_LIST_NOUNS.has(tokens[first - 3]?.key ?? '');
}
