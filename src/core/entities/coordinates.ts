// Geographic coordinates are place mentions (re3d annotates them as Location):
// "35°12′N 41°05′E", "35.200°N 41.083°E", and the bare "35.200; 41.083" pair
// that follows them in encyclopedia infoboxes. Sense "coordinates", no KB link.

import type { EntityDraft } from '../detect/drafts';

const DEG = '\\d{1,3}(?:\\.\\d+)?°';
const MIN = "(?:\\d{1,2}(?:\\.\\d+)?[′'])?";
const SEC = '(?:\\d{1,2}(?:\\.\\d+)?[″"])?';
const COORDINATE = new RegExp(`${DEG}${MIN}${SEC}\\s?[NS],?\\s+${DEG}${MIN}${SEC}\\s?[EW]\\b`, 'g');
/** "35.200; 41.083" right after a coordinate and a slash. */
const DECIMAL_PAIR = /^\s*\/\s*(-?\d{1,3}\.\d+;\s*-?\d{1,3}\.\d+)/;

export function coordinateMentions(text: string): EntityDraft[] {
  if (!text.includes('°')) return [];
  const out: EntityDraft[] = [];
  COORDINATE.lastIndex = 0;
  for (let m = COORDINATE.exec(text); m !== null; m = COORDINATE.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ text: m[0], start: m.index, end, type: 'place', kbId: null, label: null, sense: 'coordinates' });
    const pair = DECIMAL_PAIR.exec(text.slice(end, end + 60));
    if (pair?.[1]) {
      const start = end + pair[0].length - pair[1].length;
      out.push({ text: pair[1], start, end: start + pair[1].length, type: 'place', kbId: null, label: null, sense: 'coordinates' });
    }
  }
  return out;
}
