// What a KB name makes with the capitalised words after it when they are no
// name of their own: an air-force station ("from RAF Akrotiri"), a state's own
// institution or its branch of an international body ("United States Central
// Command", "Australian Red Cross"), or a mission named after a place ("NATO's
// Baltic Air Policing mission", which holds no place).

import type { KbEntity } from '../kb/kbTypes';
import type { GazetteerMatch } from './gazetteer';
import type { Scan } from './scan';
import type { Token } from './tokens';
import { ORG_HEADS, TITLE_WORDS } from './cueWords';
import { isAfterLocative } from './locatives';
import { endsName } from './tokens';

/**
 * The KB organisation right after a country or demonym that makes one body with it: a state's own
 * institution ("United States Central Command", the KB's CENTCOM of the United States: linked), or,
 * for an organisation of no country named by an alias, that state's branch of it ("Myanmar Red Cross
 * Society": not the ICRC, whose alias "Red Cross" is; unlinked). An organisation head may follow.
 */
export function stateInstitution(scan: Scan, i: number, stateId: string | null): { readonly last: number; readonly entity: KbEntity | null } | null {
  const m = scan.kbAt.get(i);
  const t = scan.tokens[i];
  if (!m || !t || !t.cap || t.gap !== 'space' || endsName(scan.tokens[i - 1] as Token)) return null;
  const own = stateId === null ? undefined : m.entries.find((e) => e.entity.type === 'organization' && e.entity.country === stateId);
  const branch = m.entries.every((e) => e.entity.type === 'organization' && e.entity.country === undefined && e.nameKind === 'alias');
  if (!own && !branch) return null;
  let end = m.last;
  while (scan.tokens[end + 1]?.cap && (scan.tokens[end + 1] as Token).gap === 'space' && ORG_HEADS.has((scan.tokens[end + 1] as Token).key)) end++;
  return { last: end, entity: own && end === m.last ? own.entity : null };
}

/**
 * "flying from RAF Akrotiri", "visited RAF Brize Norton": an air force's abbreviation before a name,
 * after a locative word, names a station, a place called after its site (not "RAF Regiment", nor
 * "RAF Typhoons struck", with no locative). Returns the station's last token, or -1.
 */
export function airStationEnd(scan: Scan, match: GazetteerMatch, runLast: number): number {
  const { tokens } = scan;
  if (match.first !== match.last || !isAfterLocative(tokens, match.first)) return -1;
  if (!match.entries.some((e) => e.nameKind === 'abbreviation' && e.entity.type === 'organization' && AIR_FORCE.test(e.entity.label))) return -1;
  let end = match.last;
  while (end < runLast && !endsName(tokens[end] as Token)) {
    const t = tokens[end + 1] as Token;
    if (!t.cap || t.gap !== 'space' || ORG_HEADS.has(t.key) || TITLE_WORDS.has(t.key)) break;
    end++;
  }
  return end > match.last ? end : -1;
}

const AIR_FORCE = /\bAir Force$/;

/** Lower-case nouns after a capitalised name that make it the name of an event or mission. */
const EVENT_NOUNS = new Set(['mission', 'missions', 'operation', 'operations', 'exercise', 'exercises', 'campaign', 'deployment']);

/** Does the lower-case word after a name make it an event's or a mission's ("… Air Policing mission")? */
export function namesEvent(next: Token | undefined, last: Token): boolean {
  return next !== undefined && !next.cap && next.gap === 'space' && !last.possessive && EVENT_NOUNS.has(next.key);
}
