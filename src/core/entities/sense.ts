// Which KB entry a matched name means, and in which sense, from cheap context.
// "Pyongyang gains access…", "Washington imposed sanctions", "the Kremlin said":
// a place acting as a subject of a speech or action verb stands for its
// government. "in Pyongyang" (after a locative preposition) stays the city.

import type { EntityType } from '../model/analysis';
import type { KbNameKind } from '../kb/kbTypes';
import type { GazetteerEntry } from './gazetteer';
import type { Token } from './tokens';
import { LOCATIVE_PREPOSITIONS } from './cueWords';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Verbs whose subject is an actor, not a location. */
const ACTION_VERBS = set(`
  said says say stated states announced announces warned warns accused accuses claimed claims denied
  denies insisted insists imposed imposes gains gained gain wants wanted threatened threatens
  responded responds rejected rejects condemned condemns agreed agrees signed signs launched launches
  sent sends supplied supplies demanded demands urged urges vowed vows pledged pledges promised
  promises refused refuses approved approves ordered orders decided decides expelled expels
  recognised recognized recognises recognizes sanctioned sanctions backed backs supports supported
  deployed deploys invaded invades attacked attacks struck strikes provided provides hopes hoped
  believes believed argued argues admitted admits confirmed confirms blamed blames called calls
  reported reports insisted summoned summons retaliated retaliates protested protests seeks sought
  plans planned intends intended tried tries continues continued remains must will would could should
  can cannot may might has have had is was
`);

/** Auxiliaries that only count as "acting" when a past participle or verb follows ("has imposed"). */
const AUXILIARIES = set('has have had is was will would could should can cannot may might must continues remains');

const NAME_KIND_RANK: Readonly<Record<KbNameKind, number>> = {
  official: 0, common: 0, abbreviation: 1, demonym: 1, alias: 2, former: 3, surname: 3, metonym: 4,
};

export interface ResolvedSense {
  readonly entry: GazetteerEntry;
  readonly type: EntityType;
  readonly sense: string | null;
}

/** Is the name spanning tokens [first, last] the subject of a speech/action verb? */
export function actsAsAgent(tokens: readonly Token[], first: number, last: number): boolean {
  const prev = tokens[first - 1];
  if (prev && (tokens[first] as Token).gap !== 'break' && LOCATIVE_PREPOSITIONS.has(prev.key) && !prev.cap) return false;
  const end = tokens[last] as Token;
  const next = tokens[last + 1];
  if (!next || next.cap || next.gap === 'break' || end.possessive) return false;
  if (!ACTION_VERBS.has(next.key)) return false;
  if (!AUXILIARIES.has(next.key)) return true;
  const after = tokens[last + 2];
  // "Moscow has warned", "Beijing will respond" — but not "Paris is beautiful".
  return after !== undefined && !after.cap && (/ed$/.test(after.key) || ACTION_VERBS.has(after.key) || after.key === 'not');
}

function typeOf(entry: GazetteerEntry): EntityType {
  // "Syrians", "North Koreans": the people as a group, an organisation as re3d annotates it
  // (like "Ukrainian forces"); the adjective "Syrian" stays a nationality.
  if (entry.plural) return 'organization';
  if (entry.nameKind === 'demonym') return 'nationality';
  return entry.entity.type;
}

function plainSense(entry: GazetteerEntry): string | null {
  if (entry.plural) return 'people';
  if (entry.nameKind === 'demonym' || entry.entity.kind === 'nationality') return 'nationality';
  return entry.entity.type === 'place' ? entry.entity.kind : null;
}

/** Choose among the KB entries a name matched, and its sense in this context. */
export function resolveSense(entries: readonly GazetteerEntry[], agent: boolean): ResolvedSense | null {
  const plain = entries.filter((e) => e.sense === null).sort((a, b) => NAME_KIND_RANK[a.nameKind] - NAME_KIND_RANK[b.nameKind]);
  const metonyms = entries.filter((e) => e.sense !== null);
  const first = plain[0];
  const metonym = metonyms[0];
  if (metonym && (agent || !first)) {
    // A capital standing for its government keeps the type of what is written
    // (a city: place); a name that only ever means the government is an organisation.
    return { entry: metonym, type: first ? typeOf(first) : 'organization', sense: metonym.sense };
  }
  if (!first) return null;
  const type = typeOf(first);
  const isState = first.entity.kind === 'country' || first.entity.kind === 'territory';
  if (agent && type === 'place' && isState) return { entry: first, type, sense: 'government' };
  return { entry: first, type, sense: plainSense(first) };
}
