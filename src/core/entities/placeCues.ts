// Second look at names left untyped ("other") using the places around them:
//   "Kafrsaya, Dumriyah and Tellhamra" next to a place → places too;
//   "Anbar, Iraq" (a name then a country) → place;
//   "the liberation of Hawija", "northeast of Dumriyah", "the assault on Tellmara",
//   "Varnessa to the east" → place.
// Runs on the sorted drafts of one text; cheap string checks only.

import type { EntityDraft } from '../detect/drafts';
import { COORDINATION } from './coordination';
import { PLACE_OF_NOUNS } from './cueWords';

/** "the town of Hawija", "the liberation of Hawija", "northeast of Dumriyah": the settlement nouns of cueWords.ts and more. */
const OF_PLACE = new RegExp(String.raw`\b(?:${[...PLACE_OF_NOUNS].join('|')}|area|areas|neighbourhoods?|neighborhoods?|suburb|liberation|siege|capture|fall|centre|center|heart|north|south|east|west|northwest|northeast|southwest|southeast|north-west|north-east|south-west|south-east|native|out)\)?\s+of\s+$`, 'i');
/** "villages along the valley including Kafrsaya", "ports such as Odesa": examples of a plural place noun. */
const PLACE_EXAMPLES = /\b(?:towns|cities|villages|areas|provinces|districts|regions|countries|capitals|ports|islands)\b[^.;:!?]{0,60}?\b(?:including|such as|like|notably|namely|especially)\s+$/i;
/** "the assault on Tellmara", "the offensive against Dumriyah": the target of an assault is a place. */
const ASSAULT_ON = /\b(?:assault|assaults|offensive|raid|raids|siege|bombardment|shelling|airstrikes?|advance|march)\s+(?:on|against|into|of)\s+$/i;
/** "Varnessa to the east", "Kolvaria to the west": a name placed by a compass direction. */
const TO_THE_DIRECTION = /^\s+to\s+the\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\b/i;

function isPlace(d: EntityDraft | undefined): boolean {
  return d !== undefined && d.type === 'place' && d.sense !== 'government';
}

function toPlace(d: EntityDraft): EntityDraft {
  return { ...d, type: 'place', sense: 'place' };
}

export function promoteOthersToPlaces(text: string, drafts: EntityDraft[]): EntityDraft[] {
  if (!drafts.some((d) => d.type === 'other')) return drafts;
  const out = drafts.slice();
  // Two sweeps, left to right then right to left, so a list "A, B and C" fills from either end.
  for (const order of [1, -1]) {
    for (let k = 0; k < out.length; k++) {
      const i = order === 1 ? k : out.length - 1 - k;
      const d = out[i] as EntityDraft;
      if (d.type !== 'other') continue;
      const prev = out[i - 1];
      const next = out[i + 1];
      const before = text.slice(Math.max(0, d.start - 100), d.start);
      const coordinatedBefore = isPlace(prev) && prev !== undefined && COORDINATION.test(text.slice(prev.end, d.start));
      const coordinatedAfter = isPlace(next) && next !== undefined && COORDINATION.test(text.slice(d.end, next.start));
      const countryAfter = next?.type === 'place' && next.sense === 'country' && /^,\s*$/.test(text.slice(d.end, next.start));
      const cued = OF_PLACE.test(before) || PLACE_EXAMPLES.test(before) || ASSAULT_ON.test(before) || TO_THE_DIRECTION.test(text.slice(d.end, d.end + 24));
      if (coordinatedBefore || coordinatedAfter || countryAfter || cued) out[i] = toPlace(d);
    }
  }
  return out;
}
