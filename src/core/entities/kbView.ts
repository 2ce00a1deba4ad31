// The slice of the knowledge base the entity detector needs: every name with
// the entry it belongs to, and entries by id. The shipped `KnowledgeBase`
// satisfies it; `kbViewFromEntities` builds one from plain entries (tests, tools).

import type { KbEntity, KbNameKind } from '../kb/kbTypes';

export interface KbNameRecord {
  /** The name as written in the KB ("Kim Jong-un", "DPRK", "North Korean"). */
  readonly text: string;
  readonly entityId: string;
  readonly kind: KbNameKind;
  /** For metonyms: the sense the name stands for ("government"); other kinds may carry the entity's kind. */
  readonly sense?: string;
}

export interface EntityKb {
  names(): Iterable<KbNameRecord>;
  byId(id: string): KbEntity | undefined;
  /**
   * All entries, when the KB can list them: the gazetteer then reads names
   * straight from the entries and the KB need not build its lookup index
   * (about 200 ms of cold start for the bundled KB).
   */
  entities?(): Iterable<KbEntity>;
}

/** Every name of `entities` as records, the label first (what `names()` yields, without an index). */
export function* nameRecordsOf(entities: Iterable<KbEntity>): Iterable<KbNameRecord> {
  for (const e of entities) {
    yield { text: e.label, entityId: e.id, kind: 'official' };
    for (const n of e.names) {
      yield n.sense === undefined
        ? { text: n.text, entityId: e.id, kind: n.kind }
        : { text: n.text, entityId: e.id, kind: n.kind, sense: n.sense };
    }
  }
}

/** An `EntityKb` over a list of entries, with each entry's label as a name too. */
export function kbViewFromEntities(entities: readonly KbEntity[]): EntityKb {
  const index = new Map(entities.map((e) => [e.id, e]));
  return {
    names: (): Iterable<KbNameRecord> => nameRecordsOf(entities),
    byId: (id: string): KbEntity | undefined => index.get(id),
    entities: (): Iterable<KbEntity> => entities,
  };
}
