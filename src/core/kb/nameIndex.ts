// The name index: every name of every entity under its normalised surface.
// It is what lookup() searches and what the detector's gazetteer iterates.

import type { EntityType } from '../model/analysis';
import type { KbEntity, KbNameKind } from './kbTypes';
import { normalizeSurface } from './normalize';

export interface KbNameEntry {
  /** Normalised surface (see normalizeSurface): the gazetteer's match key. */
  readonly key: string;
  /** The name as written in the KB. */
  readonly text: string;
  readonly entityId: string;
  readonly kind: KbNameKind;
  /**
   * What a mention under this name refers to: the metonym's sense
   * ("government"), "nationality" for demonyms, else the entity's kind
   * ("country", "city", "person", …).
   */
  readonly sense: string;
  /** Mention type: "nationality" for demonyms, else the entity's type. */
  readonly type: EntityType;
  /** Abbreviations match only with the same letter case ("US" but not "us"). */
  readonly caseSensitive: boolean;
  /**
   * The KB writes this name with a capital ("Amnesty", "Labour", "Fed"):
   * a lower-case occurrence in running text is most likely the common word.
   */
  readonly capitalized: boolean;
}

export type NameIndex = ReadonlyMap<string, readonly KbNameEntry[]>;

/**
 * "CIA", "AfD", "G7", "OPEC+", "RFE/RL": written like an abbreviation, so it
 * must match case-sensitively even when a file calls it a label or alias
 * ("cia" or "afd" in running text is not the agency). For people only
 * all-capital initials count: "McCain" has two capitals too.
 */
export function looksLikeAbbreviation(text: string): boolean {
  // "Kharkiv", "Mosul": one capital then lower case, the common case, decided without Unicode classes.
  if (text.length > 10 || text.includes(' ') || /^[A-Z][a-z]+$/.test(text)) return false;
  if (!/^[\p{Lu}\d][\p{L}\d&+\-./]{1,9}$/u.test(text)) return false;
  const upper = text.replace(/[^\p{Lu}]/gu, '').length;
  const digits = text.replace(/[^\d]/g, '').length;
  return upper >= 2 || (upper >= 1 && digits >= 1);
}

function startsWithCapital(text: string): boolean {
  const t = text.startsWith('the ') || text.startsWith('The ') ? text.slice(4) : text;
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(t);
}

const RECLASSIFIABLE: ReadonlySet<KbNameKind> = new Set(['official', 'common', 'alias', 'former']);

export function entriesOf(entity: KbEntity): KbNameEntry[] {
  const out: KbNameEntry[] = [];
  // The label is a name too; "NATO" or "CIA" as a label is indexed as an abbreviation.
  // Most entities (cities) have a label only: no duplicate check is needed then.
  const seen: string[] | null = entity.names.length > 0 ? [] : null;
  addEntry(out, seen, entity, entity.label, 'official', undefined);
  for (const name of entity.names) addEntry(out, seen, entity, name.text, name.kind, name.sense);
  return out;
}

function addEntry(out: KbNameEntry[], seen: string[] | null, entity: KbEntity, text: string, givenKind: KbNameKind, explicitSense: string | undefined): void {
  // People's initials ("MBS", "AMLO") are abbreviations too; "McCain" is not.
  const abbreviationLike = entity.type === 'person' ? /^\p{Lu}{2,6}$/u.test(text) : looksLikeAbbreviation(text);
  const kind: KbNameKind = RECLASSIFIABLE.has(givenKind) && abbreviationLike ? 'abbreviation' : givenKind;
  const key = normalizeSurface(text);
  if (key === '') return;
  const sense = explicitSense ?? (kind === 'demonym' ? 'nationality' : entity.kind);
  if (seen !== null) {
    // A handful of names per entity: a list scan is cheaper than a Set.
    const dedupe = `${key}\u0000${kind}\u0000${sense}\u0000${kind === 'abbreviation' ? text : ''}`;
    if (seen.includes(dedupe)) return;
    seen.push(dedupe);
  }
  out.push({
    key,
    text,
    entityId: entity.id,
    kind,
    sense,
    type: kind === 'demonym' ? 'nationality' : entity.type,
    caseSensitive: kind === 'abbreviation',
    capitalized: startsWithCapital(text),
  });
}

export function buildNameIndex(entities: Iterable<KbEntity>): NameIndex {
  const index = new Map<string, KbNameEntry[]>();
  for (const entity of entities) {
    for (const entry of entriesOf(entity)) {
      const bucket = index.get(entry.key);
      if (bucket === undefined) index.set(entry.key, [entry]);
      else bucket.push(entry);
    }
  }
  return index;
}
