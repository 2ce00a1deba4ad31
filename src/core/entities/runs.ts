// Capitalised runs: the stretches of a sentence where a name can be. A run is
// capitalised words joined by single spaces or hyphens, with lower-case name
// particles and connectors inside ("Ministry of Defence", "Kim Jong-un",
// "Bashar al-Assad"). Punctuation, a possessive or a line break ends a run.

import type { Token } from './tokens';
import { endsName } from './tokens';
import type { TextContext } from './context';
import { NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS } from './cueWords';

export interface Run {
  readonly first: number;
  readonly last: number;
}

/** Lower-case words after a hyphen that describe a name rather than continue it ("Seoul-based"). */
const HYPHEN_SUFFIXES = new Set([
  'based', 'born', 'led', 'backed', 'controlled', 'held', 'run', 'owned', 'made', 'style', 'linked',
  'funded', 'allied', 'occupied', 'supported', 'aligned', 'era', 'speaking', 'language', 'bound', 'wide',
  'level', 'related', 'friendly', 'sponsored', 'affiliated', 'dominated', 'centric', 'brokered',
]);

/**
 * The Arabic article assimilated to the next consonant ("ad-Durayhimi", "ash-Shifa",
 * "as-Sadr"): English words too ("as", "at", "an"), so they start a name only
 * when glued by a hyphen to a capitalised word, never inside a run.
 */
const ASSIMILATED_ARTICLES = new Set(['ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'adh', 'ath']);

function canStart(t: Token, next: Token | undefined): boolean {
  if (t.cap) return true;
  // "al-Assad", "bin Salman" inside prose: a particle glued to a capitalised word.
  const particle = NAME_PARTICLES.has(t.key) || ASSIMILATED_ARTICLES.has(t.key);
  return particle && next !== undefined && next.gap === 'hyphen' && next.cap;
}

/** Can token `j` continue a run whose last token is `j - 1`? */
function continues(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const prev = tokens[j - 1] as Token;
  // A sentence start after a soft line break ends the run too ("…talks in Pyongyang\nOfficials said").
  if (endsName(prev) || t.gap === 'break' || t.gap === 'start' || t.afterStop) return false;
  if (t.cap) return true;
  if (t.gap === 'hyphen') return !HYPHEN_SUFFIXES.has(t.key) && t.key.length <= 4;
  // A lower-case connector or particle only stays if a capitalised word follows it.
  if (!NAME_CONNECTORS.has(t.key) && !NAME_PARTICLES.has(t.key)) return false;
  for (let k = j + 1; k < tokens.length && k <= j + 2; k++) {
    const n = tokens[k] as Token;
    if (n.gap === 'break' || n.gap === 'start') return false;
    if (n.cap) return true;
    if (!NAME_CONNECTORS.has(n.key) && !NAME_PARTICLES.has(n.key)) return false;
  }
  return false;
}

/** `kbStarts`: token indices where a KB name begins, even in lower case ("al Qaeda in Iraq"). */
export function findRuns(tokens: readonly Token[], ctx: TextContext, kbStarts: ReadonlySet<number> = new Set()): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (ctx.inUrl[i] || ctx.markers.has(i) || !(canStart(t, tokens[i + 1]) || kbStarts.has(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !ctx.inUrl[j + 1] && !ctx.markers.has(j + 1) && continues(tokens, j + 1)) j++;
    // Never end on a connector ("Ministry of" before a line break).
    while (j > i && !(tokens[j] as Token).cap && (tokens[j] as Token).gap !== 'hyphen') j--;
    runs.push({ first: numberedUnitStart(tokens, i, j), last: j });
    i = j + 1;
  }
  return runs;
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** "1st Battalion", "101st Airborne Division": a unit's ordinal opens its name. */
function numberedUnitStart(tokens: readonly Token[], first: number, last: number): number {
  const ordinal = tokens[first - 1];
  if (!ordinal || !ORDINAL.test(ordinal.key) || (tokens[first] as Token).gap !== 'space') return first;
  for (let k = first; k <= last; k++) if (ORG_HEADS.has((tokens[k] as Token).key)) return first - 1;
  return first;
}
